OUTLET = "The Southern Cone Herald (Opinion)"
PUBLISHED = "2025-06-10"

# The columnist's own opinion verbs ("I fear", "I have read") are her own voice, not
# attributions; a speech act she reports of her newspaper ("this newspaper asked") is.
ATTRIBUTIONS = [
    (S("The mayor's office"), "Córdoba mayor's office", S("insists"),
     S("the change will save 1.4 billion pesos a year"), "indirect", False),
    (S("the municipal transport authority's own annual report"), "Córdoba municipal transport authority annual report",
     S("according to"), S("The trolleybus network carried about 21 million passengers in 2024"), "indirect", False),
    (S("A 2023 study by engineers at the National University of Córdoba"),
     "study by engineers at the National University of Córdoba", S("found"),
     R("the overhead wires and substations", "the city had claimed"), "indirect", False),
    # "than the city had claimed": comparative, no reported clause of its own -> not annotated
    (S("Transport Secretary Martín Ibarra"), "Martín Ibarra", S("told", 1),
     R("hybrids would be", "cheaper from day one"), "mixed", False),
    (S("this newspaper", 2), "The Southern Cone Herald", S("asked"),
     S("the calculation behind that claim"), "indirect", False),
    (S("a spokeswoman"), "spokeswoman for Martín Ibarra's office", S("said", after="a spokeswoman"),
     R("it was \"still", "being finalised"), "mixed", True),
    # "as its transport chief reminded a conference": the clause before "as" is the content
    (S("its transport chief"), "Rosario's transport chief", S("reminded"),
     R("kept its trolleybuses", "extending them"), "indirect", True),
    (S("Supporters of the plan"), "supporters of the plan", S("say", after="Supporters of the plan"),
     S("the routes are too short to matter"), "indirect", True),
    # "Drivers ... disagree" has no content; "asking that I not print his name" is not a cue
    (S("one of them"), "trolleybus driver on Route B", S("told", after="one of them"),
     R("When the wires work", "the bus works"), "direct", True),
    # "Nobody is arguing that" is negated: not a cue
]

DATES = [
    (S("last Thursday"), "2025-06-05"),
    (S("the end of 2026"), "2026"),
    (S("2024"), "2024"),
    (S("2023"), "2023"),
    (S("1989"), "1989"),
    (S("March"), "2025-03"),
    (S("last week"), None),
    (S("the 1970s"), None),
    (S("last November"), "2024-11"),
    (S("the winter recess"), None),
    (S("July 7"), "2025-07-07"),
    # generic: "a Thursday night"
    (S("Thursday night"), None),
]

CA = ("Córdoba, Argentina", "AR", "city")
PLACES = [
    (S("Córdoba", 1), *CA),
    (S("Córdoba", 2), *CA),
    # "Córdoba", 3 is inside the National University of Córdoba
    (S("Córdoba", 4), "Córdoba, Spain", "ES", "city"),
    (S("Andalusia"), "Andalusia", "ES", "region"),
    (S("Rosario"), "Rosario", "AR", "city"),
    (S("Buenos Aires"), "Buenos Aires", "AR", "city"),
    (S("Alberdi"), "Alberdi, Córdoba", "AR", "neighbourhood"),
]

HTML = dict(
    layout="magazine", site="The Southern Cone Herald", tagline="Argentina in English", section="Opinion",
    accent="#5b2a86",
    nav=["News", "Argentina", "Region", "Business", "Opinion", "Culture", "Sport"],
    kicker="Opinion · City", byline="Lucía Ferreyra", shown_date="10 June 2025",
    published_time="2025-06-10T09:00:00Z", author="Lucía Ferreyra", cookie=True,
    related_title="More opinion",
    related=["The case for night trains to Mendoza", "Why our bus fares keep rising",
             "Letters: the trolleybus is not a museum piece"],
    tags=["Córdoba", "Transport", "Trolleybuses", "Opinion"],
    footer="© 2025 The Southern Cone Herald.",
)
