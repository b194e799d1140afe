OUTLET = "Market Pulse"
PUBLISHED = "2026-09-04"

BLS = "Bureau of Labor Statistics"
PR = "Priya Raman"
MW = "Marcus Webb"
ATTRIBUTIONS = [
    # the data are the BLS report's
    (S("data", 1), BLS, S("showed", 1),
     R("U.S. employers added", "four-year high"), "indirect", False),
    (S("the Labor Department's Bureau of Labor Statistics"), BLS, S("said", 1),
     R("Nonfarm payrolls increased", "last month"), "indirect", False),
    # "polled" is not a cue; "had forecast" is
    (S("Economists polled by the Market Pulse survey"), "economists polled by Market Pulse", S("had forecast"),
     S("payrolls rising by 110,000"), "indirect", True),
    (S("the report", 1), "BLS employment report", S("showed", 2),
     R("Data for June and July", "61,000 jobs"), "indirect", False),
    # "than the first prints suggested": comparative without a clause, not a cue
    (S("Priya Raman"), PR, S("said", after="gone from cooling to cold,\""),
     R("This is a labor market", "first prints suggested"), "direct", False),
    (S("the report", 2), "BLS employment report", S("said", after="0.3% in July, the report"),
     R("Average hourly earnings", "0.3% in July"), "indirect", False),
    (S("The White House"), "White House", S("said", after="The White House"),
     R("the losses reflected", "fourth quarter"), "mixed", False),
    # "seized on the report" is not a cue
    (S("Senator Elena Brooks of Minnesota"), "Elena Brooks", S("told", 1),
     R("the numbers were", "on the dashboard"), "mixed", False),
    (S("data from CME Group"), "CME Group", S("according to"),
     R("traders raised bets", "Sept. 16"), "indirect", False),
    (S("Fed Governor Thomas Whitfield"), "Thomas Whitfield", S("said", after="Thomas Whitfield"),
     R("he would support", "further weakness"), "mixed", False),
    # a clipped institution ("Kansas City Fed") inside the title: not a place
    (S("Kansas City Fed President Lorraine Dunne"), "Lorraine Dunne", S("told", after="Lorraine Dunne"),
     R("inflation remained", "move cautiously"), "mixed", False),
    (S("A separate report from the Institute for Supply Management"), "Institute for Supply Management report",
     S("found"), R("factory activity contracted", "higher input costs"), "indirect", False),
    (S("respondents"), "ISM survey respondents", S("citing"),
     S("weak export orders and higher input costs"), "indirect", True),
    (S("Some economists"), "some economists", S("cautioned"),
     S("against reading too much into a single month"), "indirect", True),
    (S("the BLS"), BLS, S("said", after="the BLS"),
     R("the response rate had fallen", "lowest on record"), "indirect", False),
    (S("Marcus Webb"), MW, S("said", after="One number is one number,\""),
     S("One number is one number"), "direct", False),
    # the quote after the indirect sentence has no cue of its own: not annotated
    (S("He", after="San Francisco. "), MW, S("said", after="San Francisco. He"),
     R("a slowdown had been expected", "remained low"), "indirect", False),
]

DATES = [
    (S("August", 1), "2026-08"),
    (S("Sept 4"), "2026-09-04"),
    (S("August", 2), "2026-08"),
    (S("Friday"), "2026-09-04"),
    (S("later this month"), "2026-09"),
    (S("last month", 1), "2026-08"),
    (S("July", 1), "2026-07"),
    (S("the summer of 2022"), "2022"),
    (S("June"), "2026-06"),
    (S("July", 2), "2026-07"),
    (S("mid-March"), "2026-03"),
    (S("July", 3), "2026-07"),
    (S("August", 3), "2026-08"),
    (S("May 2021"), "2021-05"),
    (S("the back-to-school season"), None),
    (S("the fourth quarter"), None),
    (S("2023"), "2023"),
    (S("Sept. 16"), "2026-09-16"),
    (S("Thursday"), "2026-09-03"),
    (S("last month", 2), "2026-08"),
    (S("Wednesday"), "2026-09-02"),
    (S("August", 4), "2026-08"),
    (S("the first quarter"), None),
    (S("September"), "2026-09"),
    (S("Oct. 2"), "2026-10-02"),
    (S("Monday"), "2026-09-07"),
    (S("Labor Day"), "2026-09-07"),
]

US = ("United States", "US", "country")
PLACES = [
    (S("U.S.", 1), *US),
    (S("WASHINGTON"), "Washington, D.C.", "US", "city"),
    (S("U.S.", 2), *US),
    (S("U.S.", 3), *US),
    (S("New York"), "New York City", "US", "city"),
    (S("Japan"), "Japan", "JP", "country"),
    (S("Minnesota"), "Minnesota", "US", "state"),
    (S("Capitol Hill"), "Capitol Hill", "US", "neighbourhood"),
    (S("Chicago"), "Chicago", "US", "city"),
    (S("Jackson"), "Jackson, Wyoming", "US", "town"),
    (S("Wyoming"), "Wyoming", "US", "state"),
    (S("San Francisco"), "San Francisco", "US", "city"),
    # not places: the European Union (an organisation), the White House, Kansas City Fed,
    # Federal Reserve, CME Group, Institute for Supply Management, Pacific Rim Securities, Treasury
]

HTML = dict(
    layout="business", site="Market Pulse", tagline="Markets, economy, money", section="Economy",
    nav=["Markets", "Economy", "Companies", "Rates", "Commodities", "Opinion"],
    kicker="U.S. economy", byline="Dana Whitaker", shown_date="September 4, 2026 8:52 AM EDT",
    published_time="2026-09-04T12:52:00Z", author="Dana Whitaker", cookie=True,
    related_title="Economy",
    related=["Jobless claims hold near historic lows", "Fed officials split on size of next cut",
             "Factory activity contracts for sixth month"],
    tags=["Jobs report", "Federal Reserve", "Labor market"],
    footer="© 2026 Market Pulse.",
)
