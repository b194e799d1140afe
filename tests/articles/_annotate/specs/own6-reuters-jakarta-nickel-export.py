OUTLET = "Reuters"
PUBLISHED = "2026-03-04"

PFM = "people familiar with the matter"
AP = "Agus Pranoto"
RH = "Rina Halim"
MS = "Meidy Sutrisno"
EX = "executive at a Morowali smelter"
GO = "government official with knowledge of the deliberations"
ATTRIBUTIONS = [
    # headline "sources say": the people familiar with the matter
    (S("sources", 1), PFM, S("say", 1),
     S("Indonesia weighs quota on nickel ore shipments to smelters"), "indirect", True),
    (S("three people familiar with the matter"), PFM, S("said", 1),
     R("Indonesia is considering a cap", "next year"), "indirect", True),
    # "They asked not to be named" is not a cue
    (S("two of the sources"), PFM, S("told", 1),
     R("The proposal, drafted by", "lines are approved"), "indirect", True),
    (S("one of the people"), PFM, S("said", after="one of the people"),
     R("The view inside the ministry", "like 2024"), "direct", True),
    # descriptor followed by the name -> both; "declined to comment" is not a cue
    (S("A spokesman for the ministry, Agus Pranoto"), AP, S("said", after="Agus Pranoto"),
     R("the government \"regularly", "had been made"), "mixed", False),
    (S("estimates by the Jakarta-based consultancy Tanjung Research"), "Tanjung Research", S("according to", 1),
     R("Indonesian smelters now have", "ore a year"), "indirect", False),
    # name + non-restrictive apposition -> the name only; the coordinated cue shares the subject
    (S("Rina Halim"), RH, S("told", after="Rina Halim"),
     R("a quota would", "almost overnight"), "mixed", False),
    (S("Rina Halim"), RH, S("warned"),
     R("smaller smelters without", "cut output"), "indirect", False),
    (S("Its secretary-general, Meidy Sutrisno"), MS, S("said", after="Meidy Sutrisno"),
     R("miners supported", "for our grandchildren"), "mixed", False),
    (S("Its secretary-general, Meidy Sutrisno"), MS, S("adding"),
     R("the association had not", "seen a draft"), "indirect", False),
    (S("An executive at one of the largest plants in Morowali"), EX, S("said", after="condition of anonymity,"),
     R("the company had been told", "up to a fifth"), "indirect", True),
    # nested agentless passive with a clause
    (None, None, S("had been told"),
     R("ore allocations could", "up to a fifth"), "indirect", True),
    # "according to plan" is not a cue
    (S("the executive", after="investors were promised"), EX, S("said", after="investors were promised"),
     R("We will adjust", "investors were promised"), "direct", True),
    (S("A second source"), GO, S("said", after="knowledge of the deliberations"),
     R("the ministry wanted", "under them"), "indirect", True),
    (S("The official"), GO, S("said", after="The official"),
     R("the president had been", "last week"), "indirect", True),
    (S("local newspaper Harian Ekonomi"), "Harian Ekonomi", S("reported"),
     S("officials were discussing quotas"), "indirect", False),
    (S("The company", after="discussing quotas"), "PT Halmahera Persada Mining", S("said", after="discussing quotas"),
     R("it was \"not aware", "policy change"), "mixed", False),
    (S("A trader in Shanghai"), "trader in Shanghai", S("said", after="A trader in Shanghai"),
     R("Chinese refiners had begun", "of next year"), "indirect", True),
    (S("the sources", after="local communities"), PFM, S("said", after="local communities"),
     R("Indonesia holds a general election", "local communities"), "indirect", True),
]

DATES = [
    (S("March 4"), "2026-03-04"),
    (S("next year", 1), "2027"),
    (S("February", 1), "2026-02"),
    (S("2027", 1), "2027"),
    (S("2024"), "2024"),
    (S("Tuesday"), "2026-03-03"),
    (S("2020"), "2020"),
    (S("late 2025"), "2025"),
    (S("this year"), "2026"),
    (S("last year"), "2025"),
    (S("Wednesday", 1), "2026-03-04"),
    (S("mid-February"), "2026-02"),
    # calendar quarters -> null
    (S("the third quarter"), None),
    (S("2027", 2), "2027"),
    (S("last week"), None),
    (S("Wednesday", 2), "2026-03-04"),
    (S("the first quarter of next year"), None),
    (S("November"), "2026-11"),
]

ID = ("Indonesia", "ID", "country")
HM = ("Halmahera", "ID", "geographic feature")
MW = ("Morowali Regency", "ID", "district")
JK = ("Jakarta", "ID", "city")
PLACES = [
    (S("Indonesia", 1), *ID),
    (S("JAKARTA"), *JK),
    (S("Indonesia", 2), *ID),
    (S("Sulawesi", 1), "Sulawesi", "ID", "geographic feature"),
    (S("Halmahera", 1), *HM),
    (S("Indonesia", 3), *ID),
    (S("Morowali", 1), *MW),
    (S("Central Sulawesi"), "Central Sulawesi", "ID", "province"),
    (S("Weda Bay"), "Weda Bay", "ID", "geographic feature"),
    (S("Halmahera", 2), *HM),
    (S("North Maluku"), "North Maluku", "ID", "province"),
    (S("Jakarta", 1), *JK),
    (S("Morowali", 2), *MW),
    (S("Jakarta", 2), *JK),
    (S("China"), "China", "CN", "country"),
    (S("South Korea"), "South Korea", "KR", "country"),
    (S("Shanghai"), "Shanghai", "CN", "city"),
    (S("Indonesia", after="Indonesia holds"), *ID),
    # not places: London Metal Exchange, Tanjung Research, Indonesian Nickel Miners Association,
    # PT Halmahera Persada Mining, Harian Ekonomi; demonyms Indonesian, Chinese
]

HTML = dict(
    layout="wire", site="Reuters", tagline="Business, financial and world news", section="Commodities",
    nav=["World", "Business", "Markets", "Commodities", "Sustainability", "Technology"],
    kicker="Exclusive", byline="Bayu Santoso and Fransiska Wulandari", shown_date="March 4, 2026 9:41 AM GMT+7",
    published_time="2026-03-04T02:41:00Z", author="Bayu Santoso", cookie=True,
    related_title="More from Commodities",
    related=["Philippine nickel miners brace for rainy season", "LME nickel extends gains",
             "Battery makers seek new supply deals in Australia"],
    tags=["Indonesia", "Nickel", "Mining", "Exclusive"],
    footer="© 2026 Reuters. All rights reserved.",
)
