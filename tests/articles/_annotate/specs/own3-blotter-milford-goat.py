OUTLET = "The Shoreline Ledger (Connecticut local paper)"
PUBLISHED = "2024-08-15"

# Police blotter: one-line town headings (MILFORD, ORANGE, ...) are places. Days resolve to the
# week before publication (Thursday 2024-08-15): Friday 2024-08-09, Saturday 2024-08-10,
# "the next morning" 2024-08-11, Sunday 2024-08-11, Tuesday 2024-08-13. Orange and Oxford are
# the Connecticut towns; Officer Kyle Shelton is a person, Shelton a city. Not cues: "reports
# released by", "charged with", "officers named" (naming verb), "a promise to appear".
ATTRIBUTIONS = [
    (S("police", after="on Aug. 9, "), "Milford police", S("said", 1),
     R("A 34-year-old West Haven man", "on Aug. 9"), "indirect", True),
    (S("The car's owner"), "owner of the car", S("told", 1),
     R("she heard", "dentist's drill"), "mixed", True),
    (S("Officer Kyle Shelton"), "Kyle Shelton", S("said", after="Officer Kyle Shelton"),
     R("thefts of catalytic converters", "since January"), "indirect", False),
    (S("police", after="drifting off Long Beach"), "Stratford police", S("according to"),
     R("A 17-foot fishing boat", "drifting off Long Beach"), "indirect", True),
    (S("A police spokesperson"), "Stratford police spokesperson", S("said", after="A police spokesperson"),
     R("the owner had left", "in the ignition"), "indirect", True),
    (S("Sgt. Maria Lopes"), "Maria Lopes", S("said", after="Sgt. Maria Lopes"),
     S("He was faster than most of the people we chase"), "direct", False),
    (S("police", after="on Main Street, "), "Derby police", S("said", after="on Main Street, police"),
     R("A Shelton woman, 52", "on Main Street"), "indirect", True),
    (S("She", after="on Main Street, police said. "), "Shelton woman arrested in Derby", S("told", after="police said. She"),
     R("she had \"two glasses", "wedding in Oxford"), "mixed", True),
    # relative-clause cue inside the subject: source = the antecedent
    (S("A man"), "man charged on the New Haven Green", S("told", after="A man who"),
     S("he was a \"licensed wizard"), "mixed", True),
    (S("the police report"), "New Haven police report", S("According to"),
     S("he threatened to turn two officers into frogs"), "indirect", True),
    (S("he", after="According to the police report, "), "man charged on the New Haven Green", S("threatened"),
     S("to turn two officers into frogs"), "indirect", True),
]

DATES = [
    (S("Aug. 9"), "2024-08-09"),
    (S("Aug. 27"), "2024-08-27"),
    (S("January"), "2024-01"),
    (S("on Saturday"), "2024-08-10"),
    (S("the next morning"), "2024-08-11"),
    (S("on Tuesday"), "2024-08-13"),
    (S("Sunday night"), "2024-08-11"),
    (S("Friday afternoon"), "2024-08-09"),
    (S("Sept. 4"), "2024-09-04"),
]

MIL = ("Milford, Connecticut", "US", "town")
PLACES = [
    (S("MILFORD"), *MIL),
    (S("West Haven"), "West Haven, Connecticut", "US", "town"),
    (S("Boston Post Road"), "Boston Post Road", "US", "street"),
    (S("Milford", 1), *MIL),
    (S("STRATFORD"), "Stratford, Connecticut", "US", "town"),
    (S("Housatonic River"), "Housatonic River", "US", "geographic feature"),
    (S("Long Beach"), "Long Beach, Stratford", "US", "geographic feature"),
    (S("ORANGE"), "Orange, Connecticut", "US", "town"),
    (S("Wilbur Cross Parkway"), "Wilbur Cross Parkway", "US", "street"),
    (S("Woodbridge"), "Woodbridge, Connecticut", "US", "town"),
    (S("DERBY"), "Derby, Connecticut", "US", "city"),
    (S("Shelton", 2), "Shelton, Connecticut", "US", "city"),
    (S("Main Street"), "Main Street, Derby", "US", "street"),
    (S("Oxford"), "Oxford, Connecticut", "US", "town"),
    (S("NEW HAVEN"), "New Haven", "US", "city"),
    # not places: New Haven Green (a park, like Corrib Park), Superior Court, Officer Kyle
    # Shelton (a person); "the city" (no name)
]

HTML = dict(
    layout="local", site="The Shoreline Ledger", tagline="Milford · Orange · Stratford · West Haven", section="Police & Courts",
    nav=["News", "Police & Courts", "Schools", "Sports", "Obituaries", "Events", "e-Edition"],
    headings=["MILFORD", "STRATFORD", "ORANGE", "DERBY", "NEW HAVEN"],
    kicker="Police blotter", byline="Staff reports", shown_date="Aug. 15, 2024",
    published_time="2024-08-15T09:00:00Z", author="Shoreline Ledger staff", cookie=True,
    related_title="More police & courts",
    related=["Milford man sentenced in 2022 crash", "Stratford council approves new police station",
             "Orange farm goats go viral (again)"],
    tags=["Police blotter", "Milford", "Orange"],
    ad_after=[3],
    footer="© 2024 The Shoreline Ledger. All rights reserved.",
)
