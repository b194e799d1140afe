OUTLET = "The Deccan Sentinel"
PUBLISHED = "2023-08-17"

ENG = "senior BBMP engineer"
SRC = "sources in the BBMP"
KN = "Kaveri Nanjappa"
ATTRIBUTIONS = [
    # headline quote + colon, no cue: not an attribution
    (S("officials", 1), "officials", S("said", 1),
     R("Residents of at least six", "access roads"), "indirect", True),
    (S("a status report submitted to the civic body's chief commissioner last week"), "status report to the BBMP chief commissioner",
     S("according to"), R("The work, however, is", "barely half done"), "mixed", True),
    (S("a senior BBMP engineer"), ENG, S("told", 1),
     R("The contractor has been paid", "the approved plan"), "direct", True),
    (S("The engineer"), ENG, S("said", after="The engineer"),
     R("a show-cause notice", "on August 9"), "indirect", True),
    (S("fire department sources"), "fire department sources", S("said", after="fire department sources"),
     R("Close to 4.5 lakh litres", "a single building"), "indirect", True),
    (S("Kaveri Nanjappa"), KN, S("said", after="a new deadline"),
     R("We have been complaining", "a new deadline"), "direct", False),
    (S("Ms Nanjappa"), KN, S("said", after="Ms Nanjappa"),
     R("her 78-year-old father-in-law", "switched off"), "indirect", False),
    (S("she", after="paddy fields and a lake,\""), KN, S("said", after="paddy fields and a lake"),
     R("When we moved to Bangalore", "comes to us"), "direct", False),
    (S("Mahadevapura zonal commissioner R. Shivakumar"), "R. Shivakumar", S("told", 2),
     R("32 high-capacity pumps", "wherever it is safe"), "mixed", False),
    (S("He", after="wherever it is safe"), "R. Shivakumar", S("blamed"),
     R("the delay on", "Pollution Control Board"), "mixed", False),
    (S("sources in the BBMP"), SRC, S("According to"),
     R("the same contractor was blacklisted", "by the High Court"), "indirect", True),
    (S("the firm's managing director, P. Raghavendra Rao"), "P. Raghavendra Rao", S("denied"),
     S("the allegations"), "indirect", False),
    (S("he", after="cleared our bills,\""), "P. Raghavendra Rao", S("said", after="cleared our bills"),
     R("We have completed 70 per cent", "cleared our bills"), "direct", False),
    (S("Opposition legislators"), "opposition legislators", S("sought"),
     S("a judicial probe"), "indirect", True),
    # "called the project ..." is a naming verb, not a cue
    (S("Former minister Dinesh Gowda"), "Dinesh Gowda", S("demanded"),
     R("the State government register", "officials responsible"), "indirect", False),
    (S("The India Meteorological Department (IMD)"), "India Meteorological Department", S("forecast"),
     R("moderate to heavy rain", "till Saturday"), "indirect", False),
    (S("sources", after="on Friday, said"), "sources", S("said", after="on Friday,"),
     R("The chief commissioner is likely", "on Friday"), "indirect", True),
]

DATES = [
    (S("Every monsoon"), None),
    (S("Wednesday"), "2023-08-16"),
    (S("June 30"), "2023-06-30"),
    (S("last week"), None),
    (S("August 9"), "2023-08-09"),
    (S("Tuesday night"), "2023-08-15"),
    (S("Independence Day"), "2023-08-15"),
    (S("2019"), "2019"),
    (S("every monsoon"), None),
    (S("2006"), "2006"),
    (S("Thursday evening"), "2023-08-17"),
    (S("2021"), "2021"),
    (S("14-03-2022"), "2022-03-14"),
    # Indian financial year (April 2023 - March 2024): annotated, no calendar value
    (S("2023-24"), None),
    (S("2018"), "2018"),
    (S("Saturday"), "2023-08-19"),
    (S("Friday"), "2023-08-18"),
]

PLACES = [
    ("ALL", "Whitefield", "Whitefield", "IN", "neighbourhood"),
    (S("BENGALURU"), "Bengaluru", "IN", "city"),
    (S("Hagadur"), "Hagadur", "IN", "neighbourhood"),
    (S("Varthur Lake"), "Varthur Lake", "IN", "geographic feature"),
    # the city's water supply, named after the river
    (S("Cauvery"), "Kaveri River", "IN", "geographic feature"),
    (S("Bangalore"), "Bengaluru", "IN", "city"),
    (S("Mahadevapura"), "Mahadevapura", "IN", "district"),
    (S("Bengaluru", after="allowed to bid in"), "Bengaluru", "IN", "city"),
    (S("Kundalahalli"), "Kundalahalli", "IN", "neighbourhood"),
    (S("Bengaluru Urban"), "Bengaluru Urban", "IN", "district"),
    (S("Bengaluru Rural"), "Bengaluru Rural", "IN", "district"),
    (S("Karnataka", after="yellow alert"), "Karnataka", "IN", "state"),
    # not places: Bruhat Bengaluru Mahanagara Palike, Karnataka State Pollution Control Board,
    # Mysuru City Corporation, India Meteorological Department, Palm Grove Residents' Welfare Association
]

HTML = dict(
    layout="indian", site="The Deccan Sentinel", tagline="Since 1948 · Bengaluru edition", section="Bengaluru",
    nav=["Home", "Bengaluru", "Karnataka", "India", "World", "Business", "Cricket", "Cinema", "e-Paper"],
    topbar="Thursday, August 17, 2023 · Bengaluru 24°C Light rain",
    kicker="Civic issues", byline="Special Correspondent", shown_date="August 17, 2023 01:12 IST",
    published_time="2023-08-16T19:42:00Z", author="Special Correspondent", cookie=True,
    figure="Residents wade through water outside an apartment complex in Whitefield on Wednesday.",
    inserts={3: ("Also read", "Bellandur lake frothing returns after first spell of rain")},
    related_title="Trending in Bengaluru",
    related=["Metro Purple Line: trial runs on Whitefield stretch from next week",
             "Traffic advisory for Outer Ring Road till August 31",
             "Tender for 110 villages water project floated again"],
    comments=[("Ramesh K", "17 Aug 2023", "Same story every year. Nobody is held accountable."),
              ("Anjali S", "17 Aug 2023", "Please name the engineers who signed the completion reports.")],
    tags=["BBMP", "Whitefield", "Stormwater drains", "Monsoon"],
    ad_after=[2, 8],
    footer="© 2023 The Deccan Sentinel. All rights reserved. Printed and published at Bengaluru.",
)
