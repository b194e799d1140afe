OUTLET = "The Coastal Herald (South African daily)"
PUBLISHED = "2023-09-26"

# Heritage Day is 24 September (a Sunday in 2023); the public holiday was observed on Monday
# 25 September. "the Heritage Day long weekend" and "the weekend" are week expressions (null);
# "Braai Day" names the same holiday. "December visitors" are this coming December's (2023-12).
TN = "Thembeka Ngcobo"
RPT = "report tabled at the eThekwini executive committee"
SM = "Sipho Mkhize"
ATTRIBUTIONS = [
    (S("the eThekwini Municipality"), "eThekwini Municipality", S("said", 1),
     R("Eight of Durban's most popular", "high levels of E. coli in the sea"), "indirect", False),
    # test results stating a finding, nested in the municipality's statement
    (S("tests"), "water tests", S("found"), S("high levels of E. coli in the sea"), "indirect", True),
    # "which many South Africans call Braai Day" is a naming verb: not a cue
    (S("Municipal spokesperson Thembeka Ngcobo"), TN, S("said", after="Municipal spokesperson"),
     R("samples taken on Thursday", "safe limits"), "mixed", False),
    # data stating a proposition, nested in her statement
    (S("samples taken on Thursday at uMhlanga, Durban North and the Golden Mile"), "municipal water samples",
     S("showed"), R("E. coli counts", "safe limits"), "mixed", False),
    (S("She", after="safe limits"), TN, S("said", after="safe limits. She"),
     R("the beaches would reopen", "clean results"), "indirect", False),
    (S("A report tabled at the city's executive committee in August"), RPT, S("blamed"),
     R("the pollution on the Northern", "fully repaired"), "indirect", False),
    (S("the report", after="Raw sewage"), RPT, S("said", after="Umgeni River mouth, the report"),
     R("Raw sewage has since flowed", "Umgeni River mouth"), "indirect", False),
    (S("Priya Naidoo"), "Priya Naidoo", S("said", after="disaster for us,\""),
     R("It's a disaster for us", "phoning to cancel"), "direct", False),
    (S("Civic Alliance ward councillor Sipho Mkhize"), SM, S("told"),
     R("the city had \"known", "the plant was failing"), "mixed", False),
    (S("he", after="It is always soon,\" "), SM, S("said", after="It is always soon,\" he"),
     R("They keep telling residents", "It is always soon"), "direct", False),
    (S("They", after="They keep telling"), "eThekwini Municipality", S("telling"),
     S("it will be fixed soon"), "indirect", False),
    (S("Ms Ngcobo"), TN, S("said", after="Ms Ngcobo"),
     R("R2.3 billion had been set aside", "March next year"), "indirect", False),
    (S("Tourism KZN chief executive Lwazi Dube"), "Lwazi Dube", S("said", after="Lwazi Dube"),
     R("hotel occupancy in Durban", "78% a year ago"), "indirect", False),
    (S("Tourism KZN chief executive Lwazi Dube"), "Lwazi Dube", S("warned", 1),
     R("the city could lose December", "was not solved"), "indirect", False),
    # agentless passive
    (None, None, S("were advised"),
     S("to avoid the beachfront"), "indirect", True),
    (S("The national weather office"), "national weather office", S("has warned of"),
     R("strong winds and rough seas", "Richards Bay"), "indirect", True),
]

DATES = [
    (S("Heritage Day", 1), "2023-09-24"),
    (S("the Heritage Day long weekend"), None),
    (S("on Monday", 1), "2023-09-25"),
    (S("Heritage Day", 3), "2023-09-24"),
    (S("Braai Day"), "2023-09-24"),
    (S("Sunday, 24 September"), "2023-09-24"),
    (S("this year"), "2023"),
    (S("on Monday", 2), "2023-09-25"),
    (S("Thursday"), "2023-09-21"),
    (S("August"), "2023-08"),
    (S("April 2022"), "2022-04"),
    (S("March next year"), "2024-03"),
    (S("the weekend"), None),
    (S("a year ago"), "2022"),
    (S("December"), "2023-12"),
    (S("this Saturday"), "2023-09-30"),
    (S("Wednesday"), "2023-09-27"),
    (S("11 September"), "2023-09-11"),
]

DBN = ("Durban", "ZA", "city")
PLACES = [
    (S("Durban", 1), *DBN),
    (S("DURBAN"), *DBN),
    (S("Durban", 2), *DBN),
    (S("uMhlanga"), "uMhlanga", "ZA", "town"),
    (S("Durban North"), "Durban North", "ZA", "neighbourhood"),
    (S("Golden Mile"), "Golden Mile", "ZA", "neighbourhood"),
    # the old spelling resolves to the current name
    (S("Umgeni River"), "uMngeni River", "ZA", "geographic feature"),
    (S("the Bluff"), "Bluff", "ZA", "neighbourhood"),
    (S("Durban", after="hotel occupancy in"), *DBN),
    (S("Gauteng"), "Gauteng", "ZA", "province"),
    (S("KwaZulu-Natal"), "KwaZulu-Natal", "ZA", "province"),
    (S("Port Shepstone"), "Port Shepstone", "ZA", "town"),
    (S("Richards Bay"), "Richards Bay", "ZA", "city"),
    (S("eThekwini", 2), "eThekwini", "ZA", "district"),
    (S("Pietermaritzburg"), "Pietermaritzburg", "ZA", "city"),
    # not places: eThekwini Municipality (the council), Durban North only as the suburb above,
    # Northern Wastewater Treatment Works, Tourism KZN, Kings Park (stadium), the Sharks, the
    # Bulls, Civic Alliance, Daily Coast; "South Africans" (demonym)
]

HTML = dict(
    layout="regional", site="The Coastal Herald", tagline="Durban · KwaZulu-Natal", section="News",
    accent="#006b3f",
    nav=["News", "KZN", "Business", "Sport", "Lifestyle", "Opinion", "Property"],
    kicker="Local News", byline="Nomvula Khumalo", shown_date="26 September 2023 | 06:00",
    published_time="2023-09-26T04:00:00Z", author="Nomvula Khumalo", cookie=True,
    figure="Red flags on a closed beach at the Golden Mile on Monday.",
    related_title="Most read",
    related=["Load shedding: Stage 4 until further notice", "Sharks name side for Bulls clash",
             "Water cuts: these suburbs are affected"],
    tags=["eThekwini", "Beaches", "Sewage"],
    ad_after=[3, 8],
    footer="© 2023 The Coastal Herald. All rights reserved.",
)
