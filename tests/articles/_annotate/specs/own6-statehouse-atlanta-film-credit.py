OUTLET = "Peach State Capitol Report"
PUBLISHED = "2026-03-20"

SP = "Savannah Pruitt"
MB = "Marcus Bell"
GSA = "Georgia Screen Alliance"
WC = "Wes Crandall"
EG = "Ellis Grant"
TK = "Tom Kvaratskhelia"
ATTRIBUTIONS = [
    # a lawmaker named like a city (Savannah Pruitt); descriptor + name
    (S("The bill's sponsor, Rep. Savannah Pruitt"), SP, S("said", 1),
     R("the credit had cost", "building imagined"), "mixed", False),
    (S("Pruitt", 2), SP, S("said", after="in Fayette County,\""),
     R("I love that we film", "gets to do that"), "direct", False),
    # "opposed the measure" is not a cue
    (S("Rep. Marcus Bell"), MB, S("warned"),
     R("studios would move", "New Jersey"), "indirect", False),
    (S("he", after="will not come back,\""), MB, S("said", after="will not come back,\""),
     S("They will leave, and they will not come back"), "direct", False),
    (S("The Georgia Screen Alliance"), GSA, S("said", after="an industry group,"),
     R("the cap would", "jobs packing"), "mixed", False),
    (S("Its president, Dana Whitlock"), "Dana Whitlock", S("told"),
     R("two studios had already", "and Savannah"), "indirect", False),
    (S("Senate Majority Leader Wes Crandall"), WC, S("said", after="Wes Crandall"),
     R("the Senate had", "this year"), "mixed", False),
    (S("two lobbyists who attended a closed-door meeting with Senate leaders last week"), "two lobbyists",
     S("According to"), R("Crandall suggested", "$10 million"), "indirect", True),
    (S("Crandall", 2), WC, S("suggested"),
     R("the state require audits", "$10 million"), "indirect", False),
    # "has not taken a public position" is not a cue
    (S("Her spokesman, Ellis Grant"), EG, S("said", after="Ellis Grant"),
     R("the governor would", "her desk"), "mixed", False),
    (S("Her spokesman, Ellis Grant"), EG, S("noted"),
     R("the state had a budget surplus", "end of June"), "indirect", False),
    # "a resolution welcoming a trade delegation": a participle modifier, not annotated
    (S("The resolution's author, Rep. Tom Kvaratskhelia of Alpharetta"), TK, S("said", after="in 1994,"),
     R("the visit would promote", "ours, too"), "mixed", False),
    (S("He", after="ours, too.\"\n\n"), TK, S("said", after="ours, too.\"\n\nHe"),
     R("officials from Tbilisi", "Port of Savannah"), "indirect", False),
]

DATES = [
    (S("Thursday", 1), "2026-03-19"),
    (S("fiscal 2025"), None),
    (S("Thursday evening"), "2026-03-19"),
    (S("this year"), "2026"),
    (S("last week"), None),
    (S("the end of June"), "2025-06"),
    (S("April 3"), "2026-04-03"),
    (S("January"), "2027-01"),
    (S("next Tuesday"), "2026-03-24"),
    (S("1994"), "1994"),
]

GS = ("Georgia", "US", "state")
GC = ("Georgia", "GE", "country")
TB = ("Tbilisi", "GE", "city")
PLACES = [
    (S("ATLANTA"), "Atlanta", "US", "city"),
    (S("Macon"), "Macon", "US", "city"),
    (S("Fayette County"), "Fayette County, Georgia", "US", "county"),
    (S("Georgia", after="no family in "), *GS),
    (S("Atlanta", after="Republicans from the "), "Atlanta", "US", "city"),
    (S("Decatur"), "Decatur, Georgia", "US", "city"),
    (S("New Mexico"), "New Mexico", "US", "state"),
    (S("New Jersey"), "New Jersey", "US", "state"),
    (S("Columbus"), "Columbus, Georgia", "US", "city"),
    (S("Savannah", after="expansion plans in Columbus and "), "Savannah, Georgia", "US", "city"),
    # the country
    (S("Georgia", after="trade delegation from "), *GC),
    (S("Alpharetta"), "Alpharetta", "US", "city"),
    (S("Tbilisi", 1), *TB),
    (S("Georgia", after="promote \"the other "), *GC),
    (S("Tbilisi", 2), *TB),
    (S("Poti"), "Poti", "GE", "city"),
    # not places: "the Georgia House" (the chamber), Georgia Screen Alliance, the Capitol, House Ways and
    # Means Committee, Hartsfield-Jackson Atlanta International Airport, Port of Savannah; Rep. Savannah
    # Pruitt (a person); "Georgian" (demonym)
]

HTML = dict(
    layout="election", site="Peach State Capitol Report", tagline="Covering the Georgia General Assembly", section="Legislature",
    nav=["Legislature", "Governor", "Budget", "Elections", "Courts", "Opinion"],
    kicker="Legislature", byline="Renee Caldwell", shown_date="March 20, 2026",
    published_time="2026-03-20T00:30:00Z", author="Renee Caldwell", cookie=False,
    related_title="More from the Gold Dome",
    related=["Senate passes school cellphone ban", "What's left on the calendar before Sine Die",
             "Film industry rallies at the Capitol"],
    tags=["Film tax credit", "Georgia House", "Legislature"],
    footer="© 2026 Peach State Capitol Report.",
)
