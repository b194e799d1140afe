OUTLET = "Cascade Wire (Pacific Northwest news service)"
PUBLISHED = "2025-07-10"

# Washington the state ("Washington state", "Wash.", "hatchery programs in Washington",
# "Eastern Washington") vs Washington the federal capital, also metonymic for the federal
# government ("We made a deal with Washington", "returns to Washington", "Washington, D.C.",
# one span). Lake Washington is a place; Washington State University and the state
# Department of Fish and Wildlife are organisations; Sharon Everett is a person, Everett a
# city. "the Fourth of July recess" holds the holiday (2025-07-04); "this summer" is a season
# (null); "The federal fiscal year" is not annotated apart from its start date "Oct. 1".
EF = "Elaine Fairbanks"
ID = "U.S. Interior Department"
PL = "Patricia Lindgren"
TK = "Tom Keller"
WDFW = "Washington Department of Fish and Wildlife"
SE = "Sharon Everett"
ATTRIBUTIONS = [
    (S("Gov. Elaine Fairbanks"), EF, S("said", 1),
     R("Washington state will have to delay", "last month"), "indirect", False),
    (S("Fairbanks", 2), EF, S("told"),
     R("We made a deal", "walking away from it"), "direct", False),
    (S("The Interior Department"), ID, S("said", after="said in a statement"),
     R("the cut reflected", "would continue"), "mixed", False),
    # name only: the party-state tag is left out of the source (its state is a place)
    (S("Sen. Patricia Lindgren"), PL, S("said", after="D-Wash., "),
     R("she would try", "Fourth of July recess"), "indirect", False),
    (S("Rep. Tom Keller"), TK, S("said", after="Eastern Washington,"),
     R("the plan had \"never", "new studies"), "mixed", False),
    (S("Dan Oakes"), "Dan Oakes", S("said", after="doesn't move,\""),
     S("Without the barges, our wheat doesn't move"), "direct", False),
    # "called the cut 'a broken promise'" is a naming verb: not a cue
    (S("A tribal spokesperson"), "Nez Perce Tribe spokesperson", S("said", after="A tribal spokesperson"),
     S("the tribe was weighing legal action"), "indirect", True),
    (S("the state Department of Fish and Wildlife"), WDFW, S("said", after="Fish and Wildlife"),
     R("Biologists counted", "since 2009"), "indirect", False),
    (S("Department spokesperson Sharon Everett"), SE, S("said", after="Sharon Everett"),
     R("a hatchery near Everett", "by a third"), "indirect", False),
    (S("A 2023 study by researchers at Washington State University in Pullman"),
     "Washington State University study", S("estimated"),
     R("restoring the Snake River runs", "and Pasco"), "indirect", False),
    (S("police"), "Seattle police", S("according to"),
     R("about 300 people rallied", "on Wednesday evening"), "indirect", True),
]

DATES = [
    (S("last month"), "2025-06"),
    (S("Wednesday", 1), "2025-07-09"),
    (S("Fourth of July"), "2025-07-04"),
    (S("this summer"), None),
    (S("2009"), "2009"),
    (S("2023"), "2023"),
    (S("Wednesday evening"), "2025-07-09"),
    (S("July 22"), "2025-07-22"),
    (S("Oct. 1"), "2025-10-01"),
]

WA = ("Washington", "US", "state")
DC = ("Washington, D.C.", "US", "city")
PLACES = [
    (S("Washington", 1), *WA),
    (S("Snake River", 1), "Snake River", "US", "geographic feature"),
    (S("OLYMPIA"), "Olympia, Washington", "US", "city"),
    (S("Wash.", 1), *WA),
    (S("Washington", 2), *WA),
    # "the Snake and Columbia rivers": one mention per name
    (S("Snake", after="on the Snake and"), "Snake River", "US", "geographic feature"),
    (S("Columbia"), "Columbia River", "US", "geographic feature"),
    (S("Washington", after="We made a deal with"), *DC),
    (S("Washington", 4), *DC),
    (S("Olympia", after="the Capitol in"), "Olympia, Washington", "US", "city"),
    (S("Washington", after="hatchery programs in"), *WA),
    (S("Oregon"), "Oregon", "US", "state"),
    (S("Idaho", 1), "Idaho", "US", "state"),
    (S("Wash.", 2), *WA),
    (S("Washington", after="the Senate returns to"), *DC),
    (S("Wash.", 3), *WA),
    (S("Eastern Washington"), "Eastern Washington", "US", "region"),
    (S("Tri-Cities"), "Tri-Cities, Washington", "US", "region"),
    (S("Snake", after="the barge route on the"), "Snake River", "US", "geographic feature"),
    (S("Walla Walla"), "Walla Walla, Washington", "US", "city"),
    (S("Idaho", 2), "Idaho", "US", "state"),
    (S("Lake Washington"), "Lake Washington", "US", "geographic feature"),
    (S("Everett", after="a hatchery near"), "Everett, Washington", "US", "city"),
    (S("Pullman"), "Pullman, Washington", "US", "city"),
    (S("Snake River", 2), "Snake River", "US", "geographic feature"),
    (S("Lewiston"), "Lewiston, Idaho", "US", "city"),
    (S("Idaho", 3), "Idaho", "US", "state"),
    (S("Pasco"), "Pasco, Washington", "US", "city"),
    (S("Seattle"), "Seattle", "US", "city"),
    (S("Washington, D.C."), *DC),
    # not places: Interior Department, the Capitol, Ballard Locks (a facility), Washington State
    # University, Nez Perce Tribe, Department of Fish and Wildlife, Sharon Everett (a person),
    # Cascade Wire, the federal courthouse
]

HTML = dict(
    layout="wire", site="Cascade Wire", tagline="News from the Pacific Northwest", section="Environment",
    accent="#2b6e4f",
    nav=["Top Stories", "Washington", "Oregon", "Idaho", "Environment", "Politics", "Business"],
    kicker="Salmon", byline="Jenna Moody", shown_date="July 10, 2025 at 5:45 a.m. PDT",
    published_time="2025-07-10T12:45:00Z", author="Jenna Moody", cookie=False,
    related_title="Related",
    related=["Sockeye count at Ballard Locks lowest in years", "Tri-Cities farmers rally for dams",
             "Tribes sue over Columbia River flows"],
    tags=["Salmon", "Snake River", "Federal budget"],
    ad_after=[3],
    footer="© 2025 Cascade Wire. All rights reserved.",
)
