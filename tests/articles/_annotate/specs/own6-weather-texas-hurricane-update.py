OUTLET = "Gulf Coast News Now"
PUBLISHED = "2026-08-25"

NHC = "National Hurricane Center"
RH = "Ray Hollister"
LC = "Luis Cantu"
DK = "Dallas Kerr"
MV = "Marisol Vega"
FC = "National Hurricane Center forecasters"
ATTRIBUTIONS = [
    # an order with a noun complement (as "declared a 14-day emergency")
    (S("officials"), "officials", S("ordered"),
     R("mandatory evacuations for low-lying", "Matagorda counties"), "indirect", True),
    (S("The National Hurricane Center"), NHC, S("said", 1),
     R("Odette had maximum", "Port O'Connor"), "indirect", False),
    (S("Forecasters", 1), FC, S("said", after="Forecasters said the storm could"),
     R("the storm could strengthen", "and Freeport"), "indirect", True),
    # cue inside the content
    (S("the center"), NHC, S("warned", 1),
     R("A storm surge of 9", "the Coastal Bend"), "indirect", False),
    # "issued a disaster declaration": no clause, not a cue
    (S("Gov. Ray Hollister"), RH, S("told", 1),
     R("2,500 National Guard", "to the coast"), "indirect", False),
    (S("Hollister", 2), RH, S("said", after="leave now,\""),
     R("If you are told to leave", "see the water"), "direct", False),
    (None, None, S("are told"), S("to leave", 1), "indirect", True),
    (S("Mayor Luis Cantu"), LC, S("said", after="Mayor Luis Cantu"),
     R("the mandatory order covered", "in San Antonio"), "indirect", False),
    (S("Cantu", 2), LC, S("said", after="a lot from Harvey,\""),
     R("We learned a lot from Harvey", "caught out again"), "direct", False),
    (S("County Judge Rhonda Maresh"), "Rhonda Maresh", S("said", after="Rhonda Maresh"),
     R("about 70% of residents", "Tuesday evening"), "indirect", False),
    (S("estimates from traffic counters on State Highway 35"), "traffic counters", S("according to", 1),
     R("about 70% of residents", "Tuesday evening"), "indirect", True),
    (S("the Texas Department of Transportation"), "Texas Department of Transportation", S("said", after="Department of Transportation"),
     R("it had opened contraflow", "toward San Antonio"), "indirect", False),
    # a person named like a city
    (S("Dallas Kerr"), DK, S("said", after="office in Corpus Christi,"),
     R("tornadoes were possible", "Wednesday afternoon"), "indirect", False),
    (S("He", after="Wednesday afternoon. "), DK, S("said", after="Wednesday afternoon. He"),
     R("residents in Corpus Christi should", "of the surge"), "indirect", False),
    (S("Forecasters", 2), FC, S("said", after="Aug. 25, 2017. Forecasters"),
     R("the storm's slow forward speed", "Cuero and Goliad"), "indirect", True),
    (S("The Electric Reliability Council of Texas"), "Electric Reliability Council of Texas", S("said", after="Council of Texas"),
     R("it did not expect", "the power grid"), "indirect", False),
    (S("utilities"), "coastal utilities", S("warned", 2),
     R("outages along the coast", "last days"), "indirect", True),
    (S("AEP Texas"), "AEP Texas", S("said", after="AEP Texas"),
     R("it had brought in", "other states"), "indirect", False),
    (S("She", after="for a generator. "), MV, S("said", after="for a generator. She"),
     R("she had driven from Palacios", "three children"), "indirect", False),
    (S("she", after="up to the windows,\""), MV, S("said", after="up to the windows,\""),
     R("The last time we stayed", "Not this time"), "direct", False),
    (S("the Texas Chemical Council"), "Texas Chemical Council", S("according to", 2),
     R("Refineries and chemical plants", "on Monday"), "indirect", False),
    (S("traders"), "traders", S("said", after="on Tuesday, traders"),
     S("Oil prices rose about 2% on Tuesday"), "indirect", True),
]

DATES = [
    (S("Tuesday afternoon"), "2026-08-25"),
    (S("Wednesday", 1), "2026-08-26"),
    (S("Tuesday morning"), "2026-08-25"),
    (S("2017", 1), "2017"),
    (S("Wednesday morning"), "2026-08-26"),
    (S("Tuesday evening"), "2026-08-25"),
    (S("Wednesday afternoon"), "2026-08-26"),
    (S("Aug. 25, 2017"), "2017-08-25"),
    (S("Friday", 1), "2026-08-28"),
    (S("Monday"), "2026-08-24"),
    (S("Tuesday", after="Oil prices rose about 2% on "), "2026-08-25"),
    (S("Friday", 2), "2026-08-28"),
]

TX = ("Texas", "US", "state")
VT = ("Victoria, Texas", "US", "city")
PL = ("Port Lavaca", "US", "city")
VC = ("Victoria County", "US", "county")
CC = ("Calhoun County, Texas", "US", "county")
SA = ("San Antonio", "US", "city")
CX = ("Corpus Christi", "US", "city")
FP = ("Freeport, Texas", "US", "city")
PLACES = [
    (S("Texas", 1), *TX),
    (S("Victoria", 1), *VT),
    (S("Port Lavaca", 1), *PL),
    (S("Texas", 2), *TX),
    (S("Victoria", 2), *VC),
    (S("Calhoun", 1), *CC),
    (S("Matagorda", after="low-lying parts of"), "Matagorda County", "US", "county"),
    (S("Port O'Connor"), "Port O'Connor", "US", "town"),
    (S("Gulf", after="warm waters of the "), "Gulf of Mexico", None, "geographic feature"),
    (S("Port Aransas"), "Port Aransas", "US", "city"),
    (S("Freeport", 1), *FP),
    (S("Matagorda Bay"), "Matagorda Bay", "US", "geographic feature"),
    (S("San Antonio Bay"), "San Antonio Bay", "US", "geographic feature"),
    (S("South Texas"), "South Texas", "US", "region"),
    (S("Coastal Bend"), "Coastal Bend", "US", "region"),
    (S("Austin"), "Austin", "US", "city"),
    (S("Victoria", after="see the water"), *VT),
    (S("Guadalupe River"), "Guadalupe River", "US", "geographic feature"),
    (S("San Antonio", after="shelters in "), *SA),
    (S("Port Lavaca", 2), *PL),
    (S("Calhoun County"), *CC),
    (S("Lavaca Bay"), "Lavaca Bay", "US", "geographic feature"),
    (S("State Highway 35"), "State Highway 35", "US", "street"),
    (S("U.S. 59"), "U.S. Route 59", "US", "street"),
    (S("Interstate 37"), "Interstate 37", "US", "street"),
    (S("I-37"), "Interstate 37", "US", "street"),
    (S("San Antonio", after="part of I-37 toward "), *SA),
    (S("Corpus Christi", 1), *CX),
    (S("Corpus Christi", 2), *CX),
    (S("Texas", after="first major hurricane to hit the middle "), *TX),
    (S("Rockport"), "Rockport, Texas", "US", "city"),
    (S("Cuero"), "Cuero", "US", "city"),
    (S("Goliad"), "Goliad", "US", "city"),
    (S("El Campo"), "El Campo", "US", "city"),
    (S("Palacios"), "Palacios", "US", "city"),
    (S("Corpus Christi", 3), *CX),
    (S("Freeport", after="between Corpus Christi and "), *FP),
    (S("Victoria", after="Schools in "), *VC),
    (S("Calhoun", after="Schools in Victoria, "), *CC),
    (S("Jackson"), "Jackson County, Texas", "US", "county"),
    # not places: National Hurricane Center, National Weather Service, Texas Department of Transportation,
    # Electric Reliability Council of Texas, AEP Texas, Texas Chemical Council, National Guard;
    # Harvey (a hurricane), Dallas Kerr (a person)
]

HTML = dict(
    layout="tv", site="Gulf Coast News Now", tagline="Weather. Traffic. Your neighborhood.", section="Weather",
    nav=["News", "Weather", "Hurricane Center", "Traffic", "Sports", "Community"],
    kicker="Hurricane Odette", byline="GCNN Weather Team", shown_date="August 25, 2026",
    updated="Updated 6:45 p.m. CDT",
    published_time="2026-08-25T23:45:00Z", author="GCNN Weather Team", cookie=False,
    ticker=("LIVE", "Mandatory evacuations in Victoria, Calhoun and Matagorda counties"),
    related_title="Hurricane coverage",
    related=["Evacuation routes: what you need to know", "Where to find shelters in San Antonio",
             "Track Odette with our live radar"],
    tags=["Hurricane Odette", "Weather", "Evacuations"],
    footer="© 2026 Gulf Coast News Now.",
)
