OUTLET = "Energy Storage Wire"
PUBLISHED = "2025-09-23"

NV = "Nordvolta Energy"
NVS = "Nordvolta Energy statement"
HS = "Henrik Sjöberg"
MIN = "Polish Ministry of Development"
ATTRIBUTIONS = [
    # "said in a statement": the verb is the cue
    (S("the company", 1), NV, S("said", 1),
     R("Nordvolta Energy, a Stockholm-based", "city of Gdańsk"), "indirect", False),
    (S("the statement", 1), NVS, S("according to"),
     R("The plant, on a 60-hectare site", "by 2030"), "indirect", False),
    # quote-first, a second quoted sentence after the cue: one content span
    (S("chief executive Henrik Sjöberg"), HS, S("said", after="chief executive Henrik"),
     R("Gdańsk gives us a deep-water port", "the clear choice"), "direct", False),
    (S("Sjöberg", after="clear choice"), HS, S("added"),
     R("the company had also considered", "settling on Poland"), "indirect", False),
    # "X quoted Y as saying P": the document and the ultimate speaker (as "X, citing Y")
    (S("The statement", after="Poland.\n\nThe statement"), NVS, S("quoted"),
     R("the investment was", "were privatised"), "mixed", False),
    (S("Pomeranian regional governor Agnieszka Wróbel"), "Agnieszka Wróbel", S("as saying"),
     R("the investment was", "were privatised"), "mixed", False),
    (S("the release"), NVS, S("said", after="the release"),
     R("The Pomeranian Voivodeship, which", "to the site"), "indirect", False),
    (S("Poland's Ministry of Development"), MIN, S("welcomed"),
     S("the decision"), "indirect", False),
    (S("Poland's Ministry of Development"), MIN, S("said", after="welcomed the decision and"),
     R("the project had qualified", "earlier this year"), "indirect", False),
    # "declined to give the amount" is not a cue
    (S("the company", after="wind and solar farms, "), NV, S("said", after="wind and solar farms, the company"),
     R("Nordvolta, which already runs", "wind and solar farms"), "indirect", False),
    (S("The company", after="permits are issued. "), NV, S("said", after="permits are issued. The company"),
     R("it had signed", "and the Netherlands"), "mixed", False),
    (S("Analysts at the Warsaw brokerage Baltyk Capital"), "Baltyk Capital analysts", S("wrote"),
     R("the plant \"strengthens", "battery hub"), "mixed", False),
    (S("they", after="battery hub"), "Baltyk Capital analysts", S("cautioned"),
     R("demand for storage cells", "this year"), "indirect", False),
]

DATES = [
    (S("Sept. 23, 2025"), "2025-09-23"),
    (S("Monday", 1), "2025-09-22"),
    # a quarter, as fiscal periods
    (S("the third quarter of 2027"), None),
    (S("2030"), "2030"),
    (S("earlier this year"), "2025"),
    (S("early 2026"), "2026"),
    (S("Tuesday"), "2025-09-23"),
    (S("this year", after="weaker than expected"), "2025"),
    (S("Monday", 2), "2025-09-22"),
    (S("2017"), "2017"),
]

GD = ("Gdańsk", "PL", "city")
PL = ("Poland", "PL", "country")
DE = ("Germany", "DE", "country")
SE = ("Sweden", "SE", "country")
PLACES = [
    (S("Gdańsk", 1), *GD),
    (S("Stockholm", 1), "Stockholm", "SE", "city"),
    (S("Gdańsk", 2), *GD),
    (S("Gdańsk", 3), *GD),
    (S("Baltic"), "Baltic Sea", None, "geographic feature"),
    (S("Germany", 1), *DE),
    (S("Klaipėda"), "Klaipėda", "LT", "city"),
    (S("Lithuania"), "Lithuania", "LT", "country"),
    (S("Poland", 1), *PL),
    (S("Pomeranian Voivodeship"), "Pomeranian Voivodeship", "PL", "province"),
    # the old German name resolves to the current one
    (S("Danzig"), *GD),
    (S("Poland", 2), *PL),
    (S("Skellefteå"), "Skellefteå", "SE", "city"),
    (S("Sweden", 1), *SE),
    (S("Gdańsk", 4), *GD),
    (S("Gdynia"), "Gdynia", "PL", "city"),
    (S("Germany", 2), *DE),
    (S("Netherlands"), "Netherlands", "NL", "country"),
    (S("Warsaw"), "Warsaw", "PL", "city"),
    (S("Poland", 3), *PL),
    (S("Europe"), "Europe", None, "region"),
    (S("Stockholm", 2), "Stockholm", "SE", "city"),
    (S("Sweden", 2), *SE),
    (S("Finland"), "Finland", "FI", "country"),
    (S("Norway"), "Norway", "NO", "country"),
    # not places: Baltyk Capital (a company), European Commission, "Pomeranian" (adjective)
]

HTML = dict(
    layout="business", site="Energy Storage Wire", tagline="Batteries, grids and the energy transition",
    section="Manufacturing",
    nav=["News", "Manufacturing", "Grid", "Policy", "Markets", "Events"],
    kicker="Manufacturing", byline="Energy Storage Wire staff", shown_date="September 23, 2025",
    published_time="2025-09-23T07:30:00Z", author="Energy Storage Wire", cookie=True,
    figure="A rendering of the planned plant in Gdańsk's port district. Image: Nordvolta Energy",
    related_title="Related",
    related=["Grid battery prices fall again", "Lithuania courts cell makers with land offer",
             "Offshore wind auction in the Baltic draws record bids"],
    tags=["Poland", "Batteries", "Manufacturing", "Nordvolta"],
    footer="© 2025 Energy Storage Wire.",
)
