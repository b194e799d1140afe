OUTLET = "The Global Ledger (weekly world briefing)"
PUBLISHED = "2024-06-14"

# Qualified regions: "North India", "Greater Manchester", "North West England", "South
# Taranaki", "Western Cape" are named regions; lowercase "northern India" spans only "India".
# Organisations holding them are not places (Greater Manchester Police, Transport for Greater
# Manchester, South Taranaki District Council). "usually reaches the capital around June 27"
# is habitual (null); "the monsoon", "winter", "summer break" are seasons (null); "the weekend"
# a week expression (null); "King's Birthday" (NZ) 2024-06-03 in "the King's Birthday weekend";
# "Christmas" here the last one (2023-12-25). "Bury" is the town.
NWO = "Indian national weather office"
GMP = "Greater Manchester Police"
STDC = "South Taranaki District Council"
ATTRIBUTIONS = [
    (S("the national weather office"), NWO, S("said", 1),
     R("Temperatures passed 47C", "on Thursday"), "indirect", True),
    (S("State health officials"), "Uttar Pradesh state health officials", S("said", after="State health officials"),
     R("hospitals in Uttar Pradesh", "this week"), "indirect", True),
    (S("forecasters", 1), "Indian forecasters", S("said", after="since June 2, forecasters"),
     R("The monsoon, which usually", "since June 2"), "indirect", True),
    (S("Dr Anjali Rawat"), "Anjali Rawat", S("said", after="between noon and four,\""),
     S("We are telling people not to go out between noon and four"), "direct", False),
    (S("We", after="We are telling"), "Anjali Rawat and her colleagues", S("telling"),
     S("not to go out between noon and four"), "indirect", False),
    (S("Greater Manchester Police"), GMP, S("said", after="Greater Manchester Police"),
     R("The River Irwell burst", "were evacuated"), "indirect", False),
    (S("The national flood agency"), "national flood agency", S("warned"),
     R("rivers across North West England", "over the weekend"), "indirect", True),
    (S("Lorraine Hatch"), "Lorraine Hatch", S("said", after="through the floorboards,\""),
     S("The water came up through the floorboards"), "direct", False),
    (S("Transport for Greater Manchester"), "Transport for Greater Manchester", S("said", after="Transport for Greater Manchester"),
     R("tram services to Bury", "on Monday"), "indirect", False),
    (S("Farmers in South Taranaki"), "farmers in South Taranaki", S("say"),
     R("they are facing", "began in 1941"), "indirect", True),
    (S("the South Taranaki District Council"), STDC, S("said", after="the South Taranaki District Council"),
     R("Only 38mm of rain", "since March"), "indirect", False),
    (S("dairy farmer Craig Wharehoka"), "Craig Wharehoka", S("said", after="since Christmas,\""),
     S("We've been feeding out since Christmas"), "direct", False),
    (S("The council"), STDC, S("asked"),
     S("residents to cut water use"), "indirect", False),
    (S("the city's disaster management centre"), "Cape Town disaster management centre", S("said", after="disaster management centre"),
     R("A cold front brought", "the Cape Flats"), "indirect", False),
    (S("Forecasters", 1), "South African forecasters", S("said", after="Forecasters"),
     S("a second front would reach the province on Saturday"), "indirect", True),
]

DATES = [
    (S("winter", 1), None),
    (S("the week", 1), None),
    (S("on Thursday"), "2024-06-13"),
    (S("this week"), None),
    (S("June 27"), None),
    (S("June 2", after="since June 2"), "2024-06-02"),
    (S("summer break"), None),
    (S("June 30"), "2024-06-30"),
    (S("Wednesday night"), "2024-06-12"),
    (S("the weekend"), None),
    (S("on Monday", 1), "2024-06-10"),
    (S("winter", 2), None),
    (S("1941"), "1941"),
    (S("March"), "2024-03"),
    (S("Christmas"), "2023-12-25"),
    (S("King's Birthday"), "2024-06-03"),
    (S("on Monday", 2), "2024-06-10"),
    (S("on Saturday"), "2024-06-15"),
]

GM = ("Greater Manchester", "GB", "county")
ST = ("South Taranaki", "NZ", "district")
PLACES = [
    (S("North India", 1), "North India", "IN", "region"),
    (S("Greater Manchester", 1), *GM),
    (S("South Taranaki", 1), *ST),
    (S("NEW DELHI"), "New Delhi", "IN", "city"),
    (S("North India", 2), "North India", "IN", "region"),
    (S("Delhi", 1), "Delhi", "IN", "city"),
    (S("Uttar Pradesh"), "Uttar Pradesh", "IN", "state"),
    (S("West Bengal"), "West Bengal", "IN", "state"),
    (S("Lucknow"), "Lucknow", "IN", "city"),
    (S("India", after="across northern"), "India", "IN", "country"),
    (S("MANCHESTER"), "Manchester", "GB", "city"),
    (S("England", 1), "England", "GB", "country"),
    (S("Greater Manchester", 2), *GM),
    (S("River Irwell"), "River Irwell", "GB", "geographic feature"),
    (S("Salford"), "Salford", "GB", "city"),
    (S("Stockport"), "Stockport", "GB", "town"),
    (S("Bury", 1), "Bury, Greater Manchester", "GB", "town"),
    (S("North West England"), "North West England", "GB", "region"),
    (S("Radcliffe"), "Radcliffe, Greater Manchester", "GB", "town"),
    (S("Bury", 2), "Bury, Greater Manchester", "GB", "town"),
    (S("HĀWERA"), "Hāwera", "NZ", "town"),
    (S("New Zealand"), "New Zealand", "NZ", "country"),
    (S("South Taranaki", 2), *ST),
    (S("Hāwera"), "Hāwera", "NZ", "town"),
    (S("Pātea"), "Pātea", "NZ", "town"),
    (S("Mount Taranaki"), "Mount Taranaki", "NZ", "geographic feature"),
    (S("CAPE TOWN"), "Cape Town", "ZA", "city"),
    (S("Western Cape"), "Western Cape", "ZA", "province"),
    (S("Cape Flats"), "Cape Flats", "ZA", "region"),
    # not places: Greater Manchester Police, Transport for Greater Manchester, South Taranaki
    # District Council, King's Birthday; "the capital", "the province" (no name)
]

HTML = dict(
    layout="magazine", site="The Global Ledger", tagline="The week, briefly", section="World",
    nav=["The Week", "World", "Climate", "Business", "Science", "Culture"],
    kicker="Weather briefing", byline="Our correspondents", shown_date="Friday, June 14, 2024",
    published_time="2024-06-14T06:00:00Z", author="The Global Ledger", cookie=True,
    related_title="Previous briefings",
    related=["Heat records fall across Mexico", "Spain's reservoirs recover after spring rain",
             "Typhoon season starts late in the Philippines"],
    tags=["Weather", "Climate", "World briefing"],
    ad_after=[2],
    footer="© 2024 The Global Ledger. All rights reserved.",
)
