OUTLET = "The Australian Ledger"
PUBLISHED = "2026-04-14"

RH = "Rachel Hunter"
TB = "Tim Barrett"
OPP = "Coalition opposition"
DOC = "briefing documents"
OFF = "officials in the Department of Climate Change, Energy, the Environment and Water"
DR = "Declan Rourke"
PN = "Priya Nandakumar"
GT = "Graham Tulley"
ATTRIBUTIONS = [
    # a commissive with a noun complement (as "have promised to")
    (S("Federal government"), "federal government", S("pledges"),
     S("$750m for Newcastle hydrogen hub"), "indirect", False),
    (S("Coalition", 1), OPP, S("cries"), S("pork barrel", 1), "direct", False),
    # a minister named like the region: "Rachel Hunter" is a person
    (S("Energy Minister Rachel Hunter"), RH, S("announced"),
     R("The federal government will spend", "Port of Newcastle"), "indirect", False),
    # relative-clause cue with its content after it
    (S("the opposition", 1), OPP, S("says"),
     R("is aimed squarely", "next election"), "indirect", False),
    (S("Ms Hunter", 1), RH, S("told", 1),
     R("the hub would create", "energy capital"), "mixed", False),
    (S("she", after="for a hundred years with coal,\""), RH, S("said", after="for a hundred years with coal,\""),
     R("This region powered", "green ammonia"), "direct", False),
    # "the government committed to the project": money, not speech
    (S("Opposition energy spokesman Tim Barrett"), TB, S("said", after="Tim Barrett"),
     R("the announcement was", "history of the Hunter"), "mixed", False),
    (S("He", after="history of the Hunter"), TB, S("told", after="history of the Hunter"),
     R("the government had failed", "for the hub"), "indirect", False),
    (S("Mr Barrett", 1), TB, S("said", after="eat a press release,\""),
     R("You can't eat a press release", "to Japan?"), "direct", False),
    (S("briefing documents seen by The Australian Ledger"), DOC, S("According to"),
     R("officials in the Department", "late 2030s"), "mixed", True),
    (S("officials in the Department of Climate Change, Energy, the Environment and Water"), OFF, S("warned"),
     R("demand from Japan", "late 2030s"), "mixed", True),
    (S("A spokeswoman for Ms Hunter"), "spokeswoman for Rachel Hunter", S("said", after="A spokeswoman for Ms Hunter"),
     R("the documents were", "Japanese utilities"), "mixed", True),
    (S("The mayor of Newcastle, Declan Rourke"), DR, S("welcomed"),
     S("the announcement", 2), "indirect", False),
    (S("The mayor of Newcastle, Declan Rourke"), DR, S("said", after="welcomed the announcement but"),
     R("the council had not been consulted", "on the location"), "indirect", False),
    (S("Cr Rourke"), DR, S("said", after="Stockton and Carrington,\""),
     R("We support the hub", "Stockton and Carrington"), "direct", False),
    (S("Greens senator Priya Nandakumar"), PN, S("said", after="who is from Victoria,"),
     R("her party would back", "make hydrogen"), "indirect", False),
    (S("she", after="marketing budget,\""), PN, S("said", after="marketing budget,\""),
     S("Blue hydrogen is just gas with a marketing budget"), "direct", False),
    (S("Independent MP for the NSW seat of Lyne, Graham Tulley"), GT, S("said", after="Graham Tulley"),
     R("he had asked the minister", "further north"), "indirect", False),
    (S("he", after="Graham Tulley, said "), GT, S("had asked"),
     R("the minister in a letter", "further north"), "indirect", False),
    (S("He", after="further north. "), GT, S("said", after="further north. He"),
     S("he had not received a reply"), "indirect", False),
    (S("The Hunter Business Chamber"), "Hunter Business Chamber", S("said", after="Hunter Business Chamber"),
     R("the hub would \"anchor", "for a generation"), "mixed", False),
    (S("the Australian Hydrogen Council"), "Australian Hydrogen Council", S("said", after="Australian Hydrogen Council"),
     R("the investment was", "Australia is serious"), "mixed", False),
    (S("the Victorian government"), "Victorian state government", S("citing"),
     S("weak investor interest"), "indirect", False),
    # "is expected to visit": not a cue; the interviewer's question is agentless
    (None, None, S("Asked"), R("whether the hub would go ahead", "won government"), "indirect", True),
    (S("Mr Barrett", 2), TB, S("said", after="won government, Mr Barrett"),
     R("the opposition would", "every dollar"), "mixed", False),
]

DATES = [
    (S("Monday", 1), "2026-04-13"),
    (S("2032"), "2032"),
    # a financial year
    (S("the 2026-27 budget"), None),
    (S("May 12"), "2026-05-12"),
    (S("late 2024"), "2024"),
    (S("Monday night"), "2026-04-13"),
    (S("February"), "2026-02"),
    (S("the late 2030s"), None),
    (S("last week"), None),
    (S("Anzac Day"), "2026-04-25"),
    (S("2025"), "2025"),
    (S("Monday", 3), "2026-04-13"),
]

NC = ("Newcastle, New South Wales", "AU", "city")
HR = ("Hunter Region", "AU", "region")
AU = ("Australia", "AU", "country")
JP = ("Japan", "JP", "country")
PLACES = [
    (S("Newcastle", 1), *NC),
    (S("Hunter", after="marginal seats in the "), *HR),
    (S("Hunter", after="give the "), *HR),
    (S("Australia", after="second century as "), *AU),
    (S("Hunter", after="history of the "), *HR),
    (S("Japan", 1), *JP),
    (S("Japan", 2), *JP),
    (S("South Korea"), "South Korea", "KR", "country"),
    (S("Hunter Valley"), "Hunter Valley", "AU", "region"),
    (S("Australia", after="the debate over "), *AU),
    (S("Newcastle", after="coal exports through "), *NC),
    (S("Muswellbrook"), "Muswellbrook", "AU", "town"),
    (S("Singleton"), "Singleton", "AU", "town"),
    (S("Newcastle", after="The mayor of "), *NC),
    (S("Stockton", 1), "Stockton, New South Wales", "AU", "neighbourhood"),
    (S("Carrington", 1), "Carrington, New South Wales", "AU", "neighbourhood"),
    (S("Victoria"), "Victoria", "AU", "state"),
    (S("NSW"), "New South Wales", "AU", "state"),
    (S("Australia", after="signal to global buyers that "), *AU),
    (S("Portland"), "Portland, Victoria", "AU", "town"),
    (S("Hunter", after="expected to visit the "), *HR),
    # not places: Port of Newcastle, Port of Yamba, Hunter Business Chamber, Australian Hydrogen Council,
    # Sky News; electoral seats (Lyne, Newcastle, Shortland, Paterson, Hunter); Rachel Hunter (a person);
    # demonyms Victorian, Japanese
]

HTML = dict(
    layout="broadsheet", accent="#00205b", site="The Australian Ledger", tagline="National affairs", section="Politics",
    nav=["News", "Politics", "Business", "World", "Climate", "Opinion", "Sport"],
    kicker="Federal politics", byline="Jess Malouf, Political reporter", shown_date="14 April 2026",
    published_time="2026-04-13T20:30:00Z", author="Jess Malouf", cookie=True,
    figure="Coal ships wait off Newcastle harbour. Picture: The Australian Ledger",
    related_title="More politics",
    related=["Budget 2026: what we know so far", "Victoria shelves Portland hydrogen plan",
             "Hunter mine workers wary of energy transition"],
    tags=["Hydrogen", "Newcastle", "Federal politics", "Energy"],
    footer="© 2026 The Australian Ledger.",
)
