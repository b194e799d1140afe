OUTLET = "The Capitol Ledger"
PUBLISHED = "2026-06-11"

AIDES = "aides involved in the talks"
DW = "Dale Whitcomb"
PB = "person briefed on the negotiations"
MC = "Maria Castellanos"
JA = "Jordan Ames"
TR = "Tammy Reyes"
ATTRIBUTIONS = [
    (S("aides", 1), AIDES, S("say", 1),
     S("Senate deal on rail safety bill stalls over crew-size rule"), "indirect", True),
    (S("three aides involved in the talks"), AIDES, S("according to", 1),
     R("A bipartisan push", "on most trains"), "indirect", True),
    # long subject with apposition and relative clause -> the name with its title only
    (S("Sen. Dale Whitcomb"), DW, S("told", 1),
     R("he still hoped", "not months"), "mixed", False),
    (S("he", after="closer than we've ever been,\""), DW, S("said", after="closer than we've ever been,\""),
     R("We are closer", "get 60 votes"), "direct", False),
    # "A draft circulated last week would also have made" is not a cue
    (S("a person briefed on the negotiations"), PB, S("According to"),
     R("at least four Republicans", "left to regulators"), "indirect", True),
    (S("at least four Republicans"), "at least four Republican senators", S("told", after="four Republicans"),
     R("they would oppose", "left to regulators"), "indirect", True),
    (S("The person"), PB, S("said", after="private conversations,"),
     S("the industry had lobbied hard against the rule"), "indirect", True),
    (S("The Association of American Railroads"), "Association of American Railroads", S("said", after="American Railroads"),
     R("crew size \"should", "time in history"), "mixed", False),
    (S("Sen. Maria Castellanos of Nevada"), MC, S("said", after="top Democrat on the panel,"),
     R("dropping the crew rule", "along the tracks"), "mixed", False),
    (S("She", after="along the tracks"), MC, S("told", after="along the tracks"),
     R("Democrats would not support", "cut out of it"), "mixed", False),
    # "has backed the bill" is not a cue
    (S("Press secretary Jordan Ames"), JA, S("told", after="Jordan Ames"),
     R("President Hale", "both parties"), "mixed", False),
    # the interviewer's question: agentless
    (None, None, S("Asked"), R("whether the president", "the crew rule"), "indirect", True),
    (S("Ames", 2), JA, S("said", after="without the crew rule, Ames"),
     R("he would not", "this podium"), "mixed", False),
    (S("The National Transportation Safety Board"), "National Transportation Safety Board", S("said", after="Safety Board"),
     R("an overheated wheel bearing", "before the crash"), "indirect", False),
    # "had testified before the committee" carries no reported clause of its own
    (S("Tammy Reyes"), TR, S("said", after="Tammy Reyes"),
     R("she had testified", "lot of promises"), "mixed", False),
    (S("she", after="three hearings,\""), TR, S("said", after="three hearings,\""),
     R("All told, they've held", "a thing change"), "direct", False),
    # a person named like a city (Austin Pell)
    (S("Rep. Austin Pell"), "Austin Pell", S("said", after="Austin Pell"),
     R("the House would take up", "the Senate acts"), "mixed", False),
    (S("Aides", 1), AIDES, S("said", after="\n\nAides"),
     R("Whitcomb was considering", "hazardous materials"), "indirect", True),
    # "described the odds ... as" is naming, not a cue
]

DATES = [
    (S("Fourth of July"), "2026-07-04"),
    (S("Wednesday", 1), "2026-06-10"),
    # bare season relative to publication -> null, as "next spring"
    (S("last fall"), None),
    (S("last week"), None),
    (S("Tuesday night"), "2026-06-09"),
    (S("Wednesday afternoon"), "2026-06-10"),
    (S("this summer"), None),
    (S("Oct. 14, 2025"), "2025-10-14"),
    (S("December"), "2025-12"),
    (S("February"), "2026-02"),
    (S("March"), "2026-03"),
    (S("July 4"), "2026-07-04"),
    (S("next Tuesday"), "2026-06-16"),
]

SO = ("Springfield, Ohio", "US", "city")
OH = ("Ohio", "US", "state")
PLACES = [
    (S("WASHINGTON"), "Washington, D.C.", "US", "city"),
    (S("Ohio", 1), *OH),
    (S("Springfield", 1), *SO),
    (S("Ohio", 2), *OH),
    (S("Nevada"), "Nevada", "US", "state"),
    (S("Clark County"), "Clark County, Ohio", "US", "county"),
    (S("Springfield", 2), *SO),
    (S("Enon"), "Enon", "US", "village"),
    (S("Springfield", 3), *SO),
    (S("Georgia"), "Georgia", "US", "state"),
    (S("Atlanta"), "Atlanta", "US", "city"),
    (S("Dayton"), "Dayton", "US", "city"),
    (S("Springfield", 4), *SO),
    # not places: the Capitol, the White House, Senate Commerce Committee, Federal Railroad
    # Administration, Association of American Railroads, CNN; people Jordan Ames, Austin Pell, President Hale
]

HTML = dict(
    layout="broadsheet", accent="#1f3a93", site="The Capitol Ledger", tagline="Politics and policy", section="Congress",
    nav=["Politics", "Congress", "White House", "Campaigns", "Policy", "Opinion"],
    kicker="Congress", byline="Nora Pritchett and Sam Okafor", shown_date="June 11, 2026",
    published_time="2026-06-11T01:12:00Z", author="Nora Pritchett", cookie=True,
    related_title="More in Congress",
    related=["House panel advances pipeline inspection bill", "What's in the rail safety bill",
             "Springfield residents still waiting on derailment payouts"],
    tags=["Congress", "Rail safety", "Senate", "Ohio"],
    footer="© 2026 The Capitol Ledger.",
)
