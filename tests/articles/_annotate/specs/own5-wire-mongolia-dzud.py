OUTLET = "Steppe News Agency"
PUBLISHED = "2024-01-09"

NEMA = "National Emergency Management Agency"
FAO = "Food and Agriculture Organization"
MINOFF = "official at the Ministry of Food, Agriculture and Light Industry"
ATTRIBUTIONS = [
    # "declared a state of ...": a communicative act with a noun complement (as "declared a 14-day emergency")
    (S("Mongolia", 1), "Mongolian government", S("declares"),
     S("disaster preparedness in 14 provinces"), "indirect", False),
    (S("Mongolia's government"), "Mongolian government", S("declared"),
     S("a state of disaster preparedness in 14 of the country's 21 provinces"), "indirect", False),
    (S("officials"), "Mongolian officials", S("said", 1),
     R("Mongolia's government declared", "reach grazing land"), "indirect", True),
    (S("the National Emergency Management Agency (NEMA)"), NEMA, S("said", 2),
     R("More than 170,000 head", "the start of winter"), "indirect", False),
    # "X said, citing Y": Y is the ultimate (unnamed) source of the same content
    (S("reports from provincial governors"), "provincial governors", S("citing"),
     R("More than 170,000 head", "the start of winter"), "indirect", True),
    (S("NEMA spokesman Colonel Batbayar Dorj"), "Batbayar Dorj", S("told", 1),
     R("Snow depth in parts", "trucks cannot go"), "direct", False),
    (S("The national weather agency"), "national weather agency", S("forecast"),
     S("more snow over the western provinces through Friday"), "indirect", True),
    (S("The national weather agency"), "national weather agency", S("warned"),
     R("night temperatures around Uvs Lake", "minus 50 degrees"), "indirect", True),
    (S("Herders reached by telephone in Khovd province"), "herders in Khovd province", S("said", after="Khovd province"),
     R("they had lost", "a single night"), "indirect", True),
    # inverted cue: the trailing relative clause is left out of the source; a herder who gives
    # only her first name withholds her name -> anonymous
    (S("one herder"), "Oyuna, a herder in Khovd province", S("said", after="dig through it,\""),
     R("The snow has a crust", "dig through it"), "direct", True),
    (S("Deputy Prime Minister Ganbold Erdene"), "Ganbold Erdene", S("told", 2),
     R("the government would release", "from state reserves"), "indirect", False),
    (S("Lawmakers from both main parties"), "lawmakers from both main parties", S("welcomed"),
     S("the move"), "indirect", True),
    # "said in a statement from Rome": the verb is the cue
    (S("The U.N. Food and Agriculture Organization"), FAO, S("said", after="Agriculture Organization"),
     R("it had released $1.2 million", "veterinary kits"), "indirect", False),
    (S("The U.N. Food and Agriculture Organization"), FAO, S("adding"),
     S("the window to save the spring lambs is closing fast"), "mixed", False),
    # "asking not to be named" is not a cue
    (S("a customs official"), "customs official", S("said", after="a customs official"),
     R("Trucks carrying hay", "on Monday"), "indirect", True),
    (S("government figures"), "Mongolian government", S("according to"),
     R("The last dzud this severe", "the national herd"), "indirect", False),
    (S("an official at the Ministry of Food, Agriculture and Light Industry"), MINOFF,
     S("said", after="Light Industry"), R("Many herding families", "this year"), "indirect", True),
    (S("the official", after="nothing to sell,\""), MINOFF, S("said", after="nothing to sell,\""),
     S("This year many will have nothing to sell"), "direct", True),
]

DATES = [
    (S("Jan. 9"), "2024-01-09"),
    (S("Tuesday", 1), "2024-01-09"),
    (S("the start of winter"), None),
    (S("Friday"), "2024-01-12"),
    (S("Monday", 1), "2024-01-08"),
    (S("Monday", 2), "2024-01-08"),
    (S("December 2009"), "2009-12"),
    (S("Tsagaan Sar"), "2024-02-10"),
    # the apposition names the same holiday
    (S("Lunar New Year"), "2024-02-10"),
    (S("Feb. 10"), "2024-02-10"),
    (S("this year"), "2024"),
    (S("This year"), "2024"),
    (S("Tuesday morning"), "2024-01-09"),
]

MN = ("Mongolia", "MN", "country")
PLACES = [
    (S("Mongolia", 1), *MN),
    (S("ULAANBAATAR"), "Ulaanbaatar", "MN", "city"),
    (S("Mongolia", 2), *MN),
    (S("Zavkhan"), "Zavkhan Province", "MN", "province"),
    (S("Govi-Altai"), "Govi-Altai Province", "MN", "province"),
    (S("Uvs Lake"), "Uvs Lake", "MN", "geographic feature"),
    (S("Khovd"), "Khovd Province", "MN", "province"),
    (S("Rome"), "Rome", "IT", "city"),
    (S("China"), "China", "CN", "country"),
    # only the name before the lowercase "region"; a different place from Mongolia
    (S("Inner Mongolia"), "Inner Mongolia", "CN", "region"),
    (S("Zamyn-Uud"), "Zamyn-Üüd", "MN", "town"),
    (S("Ulaanbaatar"), "Ulaanbaatar", "MN", "city"),
    (S("Mongolia", after="about half of "), *MN),
    # not places: Steppe News Agency, U.N. Food and Agriculture Organization
]

HTML = dict(
    layout="agency", site="Steppe News Agency", tagline="News from Mongolia and Central Asia", section="Mongolia",
    nav=["Mongolia", "Region", "World", "Economy", "Mining", "Culture", "Sport"],
    kicker="Weather emergency", byline="Steppe News Agency", shown_date="09.01.2024 18:40",
    published_time="2024-01-09T10:40:00Z", author="Steppe News Agency", cookie=False,
    figure="Herders clear snow from a livestock shelter in Zavkhan province. Photo: SNA",
    related_title="Related news",
    related=["Coal prices rise as capital shivers", "Cashmere exports fall for second year",
             "Parliament debates fodder reserve law"],
    tags=["Mongolia", "Dzud", "Herders", "Weather"],
    footer="© 2024 Steppe News Agency. Reproduction with reference to SNA.",
)
