OUTLET = "The Heartland Ledger (Opinion)"
PUBLISHED = "2024-02-21"

RM = "Ron Maddox"
ATTRIBUTIONS = [
    # prepositional cue "By most accounts": cue the preposition, source the noun phrase (as "according to X")
    (S("most accounts"), "most accounts", S("By", after="it dropped Mondays"),
     S("the second part worked"), "indirect", True),
    # naming verb "what the district's website calls" is not a cue
    (S("the district's superintendent, Ron Maddox"), RM, S("In the words of"),
     R("the long weekend became", "recruiting tool we have"), "mixed", False),
    # "did not go according to plan" (according to #1) is not a cue
    # the columnist's own study, a document with named authors
    (S("A study my colleagues and I published last spring"), "study by Carla Jennings and colleagues", S("found"),
     R("by their third year", "less in reading"), "indirect", False),
    # "points in the same direction": no reported content, not annotated
    (S("Supporters"), "supporters of the four-day week", S("point out"),
     R("many of those districts", "fell afterward"), "indirect", True),
    (S("They", after="fell afterward. "), "supporters of the four-day week", S("claim"),
     S("the fifth day is used for tutoring and enrichment"), "indirect", True),
    (S("attendance records the state collects"), "Missouri attendance records", S("according to", 2),
     R("In most", "students show up"), "indirect", False),
    (S("a handful of districts"), "handful of Missouri districts", S("said", after="a handful of districts"),
     S("they will switch back this fall"), "indirect", True),
    # nested inside the quotation
    (S("Our parents"), "parents in the Osage Valley R-3 district", S("tell"),
     S("they'd rather have the Mondays"), "indirect", True),
    (S("he", after="rather have the Mondays,\""), RM, S("told", 1),
     R("Our parents tell us", "rather have the Mondays"), "direct", False),
    # "I believe him": belief about a person, no content
    (S("the research"), "research on four-day school weeks", S("indicates"),
     R("the costs fall hardest", "cannot take Mondays off"), "indirect", True),
    (S("the National Education Association"), "National Education Association", S("according to", 3),
     R("Missouri's average starting salary", "near the bottom nationally"), "indirect", False),
    # "No one ... says" (negated) and "All told" are not cues
    (S("Critics of studies like ours"), "critics of four-day-week studies", S("like to say"),
     S("test scores are not everything"), "indirect", True),
]

DATES = [
    (S("Five years ago"), "2019"),
    (S("Mondays", 1), None),
    (S("last spring"), None),
    (S("2017"), "2017"),
    (S("2022"), "2022"),
    (S("November"), "2023-11"),
    (S("In May"), "2023-05"),
    (S("this fall"), None),
    (S("the Mondays"), None),
    (S("January"), "2024-01"),
    (S("Mondays", 3), None),
    (S("2020"), "2020"),
]

MO = ("Missouri", "US", "state")
PLACES = [
    (S("Missouri", 1), *MO),
    (S("Lake of the Ozarks"), "Lake of the Ozarks", "US", "geographic feature"),
    (S("Missouri", 2), *MO),
    (S("Kansas City", 1), "Kansas City", "US", "city"),
    (S("Missouri", 3), *MO),
    (S("Jefferson City"), "Jefferson City", "US", "city"),
    (S("Missouri", 4), *MO),
    (S("Oklahoma"), "Oklahoma", "US", "state"),
    (S("Colorado"), "Colorado", "US", "state"),
    (S("Ozarks", 2), "Ozarks", "US", "region"),
    (S("St. Louis"), "St. Louis", "US", "city"),
    # not places: Osage Valley R-3 school district, National Education Association,
    # University of Missouri-Kansas City ("Missouri", 5; "Kansas City", 2)
]

HTML = dict(
    layout="broadsheet", site="The Heartland Ledger", tagline="Missouri's independent voice", section="Opinion",
    accent="#6b2c0e",
    nav=["News", "Politics", "Education", "Opinion", "Sports", "Obituaries", "E-edition"],
    kicker="Guest column", byline="Carla Jennings", shown_date="Feb. 21, 2024", published_time="2024-02-21T11:00:00Z",
    author="Carla Jennings", cookie=True,
    infobox="Guest columns reflect the views of their authors. To submit one, write to opinion@example.org.",
    related_title="More opinion",
    related=["Editorial: pay teachers like we mean it", "Letters: a four-day week saved our district",
             "Column: what the legislature got right on schools"],
    comments=[("OzarksDad", "Feb. 21, 2024", "Our kids love the long weekend. Scores aren't everything."),
              ("RetiredTeacher62", "Feb. 21, 2024", "A month of math is a month of math. Well said.")],
    tags=["Education", "Four-day week", "Opinion"],
    ad_after=[3],
    footer="© 2024 The Heartland Ledger. All rights reserved.",
)
