OUTLET = "Health Watch"
PUBLISHED = "2025-02-12"

NTL = "Nguyễn Thị Lan"
TEAM = "authors of the Tropical Medicine Reports study"
MOH = "ministry of health official in Hanoi"
ATTRIBUTIONS = [
    (S("a study published on Monday in the journal Tropical Medicine Reports"), "study in Tropical Medicine Reports",
     S("found", 1), R("Releasing mosquitoes infected", "Vietnam's Mekong Delta"), "indirect", False),
    (S("the researchers"), TEAM, S("explained"),
     R("Wolbachia stops the virus", "when they bite"), "indirect", False),
    # name followed by a non-restrictive apposition -> the name only
    (S("Dr. Nguyễn Thị Lan"), NTL, S("told"),
     R("We saw the effect", "to the clinic with fever"), "direct", False),
    (S("the authors"), TEAM, S("reported", 1),
     R("Hospital admissions for dengue", "fell by 77%"), "indirect", False),
    (S("they", after="fell by 77%"), TEAM, S("cautioned"),
     R("the trial was not designed", "rare severe cases"), "indirect", False),
    (S("the Ministry of Health"), "Vietnamese Ministry of Health", S("according to"),
     S("Vietnam recorded more than 170,000 cases in 2024"), "indirect", False),
    (S("the World Health Organization"), "World Health Organization", S("estimates"),
     S("about half the world's population is now at risk"), "indirect", False),
    # "who was not authorised to speak publicly" is left out of the source
    (S("A health ministry official in Hà Nội"), MOH, S("said", after="speak publicly, "),
     R("the government was considering", "approved a budget"), "indirect", True),
    (S("the official", after="was postponed, "), MOH, S("said", after="was postponed, the official"),
     R("Officials had been expected", "was postponed"), "indirect", True),
    (S("Local media"), "local media", S("reported", 2),
     R("a rumour had spread", "genetically modified"), "indirect", True),
    (S("a rumour"), "social media rumour", S("claiming"),
     S("the mosquitoes were genetically modified"), "indirect", True),
    (S("Nguyễn", after="genetically modified. "), NTL, S("said", after="genetically modified. Nguyễn"),
     R("her team had held", "explain the project"), "indirect", False),
    (S("Independent experts"), "independent experts", S("welcomed"),
     S("the results"), "indirect", True),
    (S("Professor Helen Marsh of the London School of Hygiene"), "Helen Marsh", S("said", after="Southeast Asia,\""),
     S("This is the strongest evidence yet from mainland Southeast Asia"), "direct", False),
    (S("She", after="for the journal. "), "Helen Marsh", S("added"),
     R("longer follow-up would show", "the effect lasts"), "indirect", False),
]

DATES = [
    (S("12 February 2025"), "2025-02-12"),
    (S("Monday"), "2025-02-10"),
    (S("2021", 1), "2021"),
    (S("2023"), "2023"),
    (S("the first rainy season"), None),
    (S("2024"), "2024"),
    (S("Tết", 1), "2025-01-29"),
    (S("Tết", 2), "2025-01-29"),
    (S("Jan. 29"), "2025-01-29"),
    (S("this year"), "2025"),
    # habitual
    (S("the rainy season", after="this year, and"), None),
    (S("May"), None),
    (S("2021", 2), "2021"),
]

MD = ("Mekong Delta", "VN", "region")
VN = ("Vietnam", "VN", "country")
CT = ("Can Tho", "VN", "city")
SEA = ("Southeast Asia", None, "region")
PLACES = [
    (S("Mekong Delta", 1), *MD),
    (S("Vietnam", 1), *VN),
    (S("Mekong Delta", 2), *MD),
    # a locative after the institute's name, not part of it
    (S("Hồ Chí Minh City"), "Ho Chi Minh City", "VN", "city"),
    (S("Cần Thơ", 1), *CT),
    (S("Long Xuyên"), "Long Xuyen", "VN", "city"),
    (S("Southeast Asia", 1), *SEA),
    (S("Vietnam", 2), *VN),
    (S("Yogyakarta"), "Yogyakarta", "ID", "city"),
    (S("Indonesia"), "Indonesia", "ID", "country"),
    (S("Brazil"), "Brazil", "BR", "country"),
    (S("Curitiba"), "Curitiba", "BR", "city"),
    (S("Hà Nội"), "Hanoi", "VN", "city"),
    (S("Đồng Tháp"), "Dong Thap Province", "VN", "province"),
    (S("An Giang"), "An Giang Province", "VN", "province"),
    (S("Cần Thơ", 2), *CT),
    (S("Southeast Asia", 2), *SEA),
    (S("Geneva"), "Geneva", "CH", "city"),
    # not places: Pasteur Institute, London School of Hygiene ("London"), World Health Organization
]

HTML = dict(
    layout="health", site="Health Watch", tagline="Evidence-based health news", section="Infectious disease",
    nav=["News", "Infectious disease", "Research", "Global health", "Explainers", "Newsletter"],
    kicker="Dengue", byline="Health Watch", shown_date="12 February 2025",
    published_time="2025-02-12T07:00:00Z", author="Health Watch", cookie=True,
    figure="A technician sorts Wolbachia mosquitoes in Cần Thơ. Photo: Health Watch",
    related_title="More on dengue",
    related=["Why dengue is spreading to new cities", "Vaccines for dengue: where do they stand?",
             "Heat and rain: the mosquito calendar"],
    tags=["Dengue", "Vietnam", "Mosquitoes", "Research"],
    footer="© 2025 Health Watch.",
)
