OUTLET = "The Harbour Times"
PUBLISHED = "2026-10-20"

STL = "Straits Transit Link"
EC = "Edwin Chua"
TLY = "Tan Li Ying"
MFR = "Muhammad Faizal Rahman"
LTA = "Land Transport Authority"
AZ = "Ahmad Zulkifli"
VL = "Victoria Lim"
ICA = "Immigration and Checkpoints Authority"
ATTRIBUTIONS = [
    (S("operator Straits Transit Link"), STL, S("said", 1),
     R("A one-way trip", "opens to passengers"), "indirect", False),
    (S("the company"), STL, S("said", after="the company"),
     R("Fares for trips", "set at RM14"), "indirect", False),
    # "is expected to carry" is not a cue
    (S("Transport Minister Edwin Chua"), EC, S("said", after="Edwin Chua"),
     R("the fares had been set", "operating costs"), "mixed", False),
    (S("He", after="operating costs"), EC, S("added"),
     R("the RTS Link would", "off the Causeway"), "mixed", False),
    # "Commuters who spoke to The Harbour Times": no content, not a cue
    (S("Ms Tan Li Ying"), TLY, S("said", after="Jurong East,"),
     R("she currently spends", "on a bad day"), "indirect", False),
    (S("she", after="compared with the stress,\""), TLY, S("said", after="compared with the stress,\""),
     R("If the train really", "the whole story"), "direct", False),
    (S("Mr Muhammad Faizal Rahman"), MFR, S("said", after="every weekend,"),
     R("the fare was", "for families", n=1), "mixed", False),
    (S("He", after="for families"), MFR, S("said", after="for families\". He"),
     R("he would probably", "family passes"), "mixed", False),
    (S("The LTA", 1), LTA, S("said", after="The LTA said in response"),
     R("concession fares for students", "passenger service"), "mixed", False),
    # "had agreed that" is a decision, not a cue
    (S("Malaysia's Transport Minister Ahmad Zulkifli"), AZ, S("told", after="Ahmad Zulkifli"),
     R("both governments had agreed", "checkpoints twice"), "indirect", False),
    (S("He", after="checkpoints twice"), AZ, S("said", after="checkpoints twice. He"),
     R("Malaysia hoped to ride", "Chinese New Year"), "mixed", False),
    (S("Analysts"), "analysts", S("said", after="Analysts"),
     S("the fare was in line with expectations"), "indirect", True),
    # a person named Victoria (not the street)
    (S("Associate Professor Victoria Lim of the National University of Singapore's Lee Kuan Yew School of Public Policy"), VL,
     S("said", after="School of Public Policy"), R("the pricing \"signals", "on subsidies"), "mixed", False),
    (S("Dr Lim"), VL, S("cautioned"),
     R("the line's success", "were improved"), "indirect", False),
    (S("she", after="in their cars,\""), VL, S("said", after="in their cars,\""),
     R("If people have to wait", "in their cars"), "direct", False),
    (S("the LTA", after="Separately, "), LTA, S("said", after="Separately, the LTA"),
     R("works to widen", "bus interchange"), "indirect", False),
    (S("the Immigration and Checkpoints Authority (ICA)"), ICA, S("according to"),
     R("Traffic at the Woodlands", "last year"), "indirect", False),
    (S("The ICA"), ICA, S("said", after="The ICA"),
     R("travellers should expect", "school holidays"), "indirect", False),
    (S("The ICA"), ICA, S("advised"),
     R("them to use the MyICA", "immigration faster"), "indirect", False),
]

DATES = [
    (S("December"), "2026-12"),
    (S("Oct 19"), "2026-10-19"),
    (S("Dec 1"), "2026-12-01"),
    (S("the first quarter of 2027"), None),
    (S("Monday", 1), "2026-10-19"),
    (S("Monday", 2), "2026-10-19"),
    (S("Chinese New Year"), "2027-02-06"),
    (S("the end of November"), "2026-11"),
    (S("2010"), "2010"),
    (S("January 2021"), "2021-01"),
    (S("that November"), "2021-11"),
    # Deepavali 2025 fell on 20 October
    (S("Deepavali"), "2025-10-20"),
    (S("last year"), "2025"),
    (S("Tuesday"), "2026-10-20"),
    (S("the year-end school holidays"), None),
]

SG = ("Singapore", "SG", "country")
JB = ("Johor Bahru", "MY", "city")
MY = ("Malaysia", "MY", "country")
WL = ("Woodlands", "SG", "neighbourhood")
PLACES = [
    (S("SINGAPORE"), *SG),
    (S("Singapore", after="from the "), *SG),
    (S("Johor Bahru", after="trips starting in "), *JB),
    (S("Singapore", after="joint announcement with "), *SG),
    (S("Malaysia", 1), *MY),
    (S("Singapore", after="Woodlands North station in "), *SG),
    (S("Johor Bahru", after="Bukit Chagar station in "), *JB),
    (S("Iskandar Puteri"), "Iskandar Puteri", "MY", "city"),
    (S("Jurong East"), "Jurong East", "SG", "neighbourhood"),
    (S("Woodlands", after="get from "), *WL),
    (S("Jurong", after="from Woodlands to "), "Jurong", "SG", "region"),
    (S("Tampines"), "Tampines", "SG", "neighbourhood"),
    (S("Johor", after="visits relatives in "), "Johor", "MY", "state"),
    (S("Malaysia", after="The LTA said in response"), *MY),
    (S("Johor Bahru", after="told reporters in "), *JB),
    (S("Malaysia", after="He said Malaysia"), *MY),
    (S("Johor Bahru", after="feeder buses in "), *JB),
    (S("Woodlands Avenue 3"), "Woodlands Avenue 3", "SG", "street"),
    (S("Republic Crescent"), "Republic Crescent", "SG", "street"),
    (S("Singapore", after="near the "), *SG),
    (S("Victoria Street"), "Victoria Street", "SG", "street"),
    (S("Bugis"), "Bugis", "SG", "neighbourhood"),
    # "the Woodlands and Tuas checkpoints": lowercase descriptor, the places stay places
    (S("Woodlands", after="Traffic at the "), *WL),
    (S("Tuas"), "Tuas", "SG", "neighbourhood"),
    (S("Singapore", after="joint venture of "), *SG),
    (S("Malaysia", after="Metro Rail Holdings and "), *MY),
    # not places: the Causeway, Woodlands North station, Bukit Chagar station, the RTS Link,
    # National University of Singapore, Lee Kuan Yew School of Public Policy, ICA; Victoria Lim (a person)
]

HTML = dict(
    layout="broadsheet", accent="#8a1538", site="The Harbour Times", tagline="Singapore", section="Transport",
    nav=["Singapore", "Asia", "World", "Business", "Tech", "Opinion", "Life"],
    kicker="Transport", byline="Lim Wei Jie, Transport Correspondent", shown_date="Oct 20, 2026, 05:00 AM",
    published_time="2026-10-19T21:00:00Z", author="Lim Wei Jie", cookie=True,
    figure="A test train at Woodlands North station. PHOTO: THE HARBOUR TIMES",
    related_title="Related",
    related=["Causeway jams: what travellers need to know", "Johor Bahru readies feeder bus routes",
             "Forum: RTS Link fares should be lower for students"],
    tags=["RTS Link", "Johor", "Transport", "Causeway"],
    footer="Copyright © 2026 The Harbour Times. All rights reserved.",
)
