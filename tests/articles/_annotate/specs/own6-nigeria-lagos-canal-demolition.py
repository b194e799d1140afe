OUTLET = "The Lagos Mirror"
PUBLISHED = "2026-07-13"

LSG = "Lagos State Government"
OB = "Olatunde Bakare"
FO = "Funmilayo Oduya"
EM = "Emeka, a trader"
KM = "Kabiru Musa"
NIHSA = "Nigerian Hydrological Services Agency"
BH = "Bisola Hassan"
ATTRIBUTIONS = [
    (S("The Lagos State Government"), LSG, S("said", 1),
     R("it would begin removing", "from Monday"), "indirect", False),
    (S("The Lagos State Government"), LSG, S("insisting"),
     R("the structures had worsened", "last week's downpour"), "indirect", False),
    # descriptor + name; the press secretary only signs the statement
    (S("The Commissioner for the Environment and Water Resources, Mr. Olatunde Bakare"), OB,
     S("said", after="Olatunde Bakare"), R("owners of the affected", "October 2025"), "indirect", False),
    (S("the commissioner"), OB, S("said", after="Lagosians at risk,\" the commissioner"),
     R("The state government will not", "Lagosians at risk"), "direct", False),
    # "the said channel": adjective, not a cue
    (S("him"), OB, S("According to"),
     R("the said channel", "in some sections"), "indirect", False),
    (S("The statement"), "Lagos State environment ministry statement", S("added"),
     R("traders who had valid permits", "remove their goods"), "indirect", False),
    # "Our correspondent ... observed": the paper's own voice, not an attribution
    (S("Some of the traders"), "some of the traders", S("accused"),
     S("the government of acting in bad faith"), "indirect", True),
    # "was never told": negated speech, not a cue
    (S("A provision seller, Mrs. Funmilayo Oduya"), FO, S("told", after="Funmilayo Oduya"),
     R("she had paid", "belonged to the government"), "indirect", False),
    (S("she", after="want us to go?\""), FO, S("asked", after="want us to go?\""),
     R("They collected our money", "want us to go?"), "direct", False),
    (S("they", after="they issued receipts, and now "), LSG, S("say", after="and now they"),
     S("we are illegal"), "indirect", False),
    # first name only -> anonymous
    (S("Another trader"), EM, S("said", after="his name as Emeka,"),
     S("the seven-day notice was too short"), "indirect", True),
    (S("Another trader"), EM, S("adding"),
     R("many of the traders had taken", "last month"), "indirect", True),
    # agentless "It was gathered that"
    (None, None, S("was gathered"), R("the association, the Lekki", "since 2021"), "indirect", True),
    (S("the chairman of the union, Alhaji Kabiru Musa"), KM, S("denied"),
     S("collecting money for land"), "indirect", False),
    (S("the chairman of the union, Alhaji Kabiru Musa"), KM, S("saying"),
     S("the levies were for security and sanitation"), "indirect", False),
    (S("The Nigerian Hydrological Services Agency"), NIHSA, S("predicted"),
     R("Lagos would be among", "this year"), "indirect", False),
    (S("The agency"), NIHSA, S("warned"),
     R("coastal communities in Lagos", "July and September"), "indirect", False),
    (S("Residents of Victoria Island"), "residents of Victoria Island", S("said", after="Residents of Victoria Island"),
     R("the flooding on Thursday", "July 2021"), "indirect", True),
    (S("A banker who lives on Ajose Adeogun Street"), "banker on Ajose Adeogun Street", S("said", after="asked not to be named,"),
     R("water entered his ground-floor flat", "eight years"), "indirect", True),
    (S("The Lagos State Emergency Management Agency (LASEMA)"), "Lagos State Emergency Management Agency",
     S("said", after="(LASEMA)"), R("no life was lost", "to be towed"), "indirect", False),
    (S("Environmental activist Dr. Bisola Hassan"), BH, S("said", after="Coastal Resilience Initiative,"),
     S("demolitions alone would not solve the problem"), "indirect", False),
    (S("She", after="solve the problem."), BH, S("urged"),
     R("the state to publish", "Ibeju-Lekki"), "indirect", False),
    (S("the Ogun State Government"), "Ogun State Government", S("announced"),
     R("a clean-up of drainage channels", "rainy season"), "indirect", False),
    # "according to plan" is not a cue; the agentless "had been directed to" is
    (S("Mr. Bakare"), OB, S("said", after="Mr. Bakare"),
     R("the demolition exercise", "pulled down"), "mixed", False),
    (None, None, S("had been directed"), R("to allow traders", "pulled down"), "indirect", True),
]

DATES = [
    (S("Sunday", 1), "2026-07-12"),
    (S("Monday"), "2026-07-13"),
    (S("last week"), None),
    (S("October 2025"), "2025-10"),
    (S("Saturday"), "2026-07-11"),
    (S("2023"), "2023"),
    (S("last month"), "2026-06"),
    (S("2021", 1), "2021"),
    (S("Sunday", 2), "2026-07-12"),
    # a year in a report's name
    (S("2026"), "2026"),
    (S("April"), "2026-04"),
    (S("this year"), "2026"),
    (S("July", after="between"), "2026-07"),
    (S("September"), "2026-09"),
    (S("Thursday"), "2026-07-09"),
    (S("July 2021"), "2021-07"),
    (S("the rainy season"), None),
]

LK = ("Lekki", "NG", "neighbourhood")
VI = ("Victoria Island", "NG", "neighbourhood")
LS = ("Lagos State", "NG", "state")
PLACES = [
    (S("Lagos", 1), *LS),
    (S("Lekki", 1), *LK),
    (S("Lekki", 2), *LK),
    (S("Victoria Island", 1), *VI),
    (S("Ikoyi"), "Ikoyi", "NG", "neighbourhood"),
    (S("Lekki Phase 1"), "Lekki Phase 1", "NG", "neighbourhood"),
    (S("Lagos Lagoon"), "Lagos Lagoon", "NG", "geographic feature"),
    (S("Ajah"), "Ajah", "NG", "neighbourhood"),
    (S("Lagos", after="predicted that "), *LS),
    (S("Lagos", after="coastal communities in "), *LS),
    (S("Ogun", after="coastal communities in "), "Ogun State", "NG", "state"),
    (S("Delta"), "Delta State", "NG", "state"),
    (S("Rivers"), "Rivers State", "NG", "state"),
    (S("Victoria Island", 2), *VI),
    (S("Ajose Adeogun Street"), "Ajose Adeogun Street", "NG", "street"),
    (S("Lekki-Epe Expressway"), "Lekki-Epe Expressway", "NG", "street"),
    (S("Lagos", after="who heads the "), "Lagos", "NG", "city"),
    (S("Lekki", after="wetlands in "), *LK),
    (S("Ibeju-Lekki"), "Ibeju-Lekki", "NG", "district"),
    (S("Abeokuta"), "Abeokuta", "NG", "city"),
    (S("Sagamu"), "Sagamu", "NG", "city"),
    # not places: Lagos State Government, Ogun State Government, LASEMA, Lekki Coastal Traders Union,
    # Nigerian Hydrological Services Agency, Coastal Resilience Initiative; Mrs. Victoria Adeyemi (a person);
    # "Lagosians" (demonym)
]

HTML = dict(
    layout="regional", accent="#006837", site="The Lagos Mirror", tagline="Nigeria's independent daily", section="Metro",
    nav=["News", "Metro", "Politics", "Business", "Sports", "Entertainment", "Opinion"],
    kicker="Metro", byline="Chinedu Okafor", shown_date="13 July 2026",
    published_time="2026-07-13T05:30:00+01:00", author="Chinedu Okafor", cookie=True,
    figure="Traders pack their wares beside the drainage channel in Lekki. Photo: Lagos Mirror",
    related_title="Related News",
    related=["Flood: LASEMA rescues 40 in Ikorodu", "Traders protest planned market relocation",
             "Ogun begins clean-up of drainage channels"],
    tags=["Lagos", "Flooding", "Demolition", "Lekki"],
    footer="© 2026 The Lagos Mirror. All rights reserved.",
)
