OUTLET = "The Keystone Ledger"
PUBLISHED = "2025-03-26"

TC = "Tom Chester"
LW = "Linda Warren"
ATTRIBUTIONS = [
    (S("unofficial results"), "unofficial results", S("according to", 1),
     R("Democrat Tom Chester won Tuesday's", "the state House"), "indirect", True),
    (S("the Delaware County and Chester County election offices"), "Delaware County and Chester County election offices",
     S("according to", 2), R("With all 48 precincts reporting", "or 46.6%"), "indirect", False),
    (S("county officials"), "county officials", S("said", 1),
     R("Turnout was about 27%", "registered voters"), "indirect", True),
    (S("Chester", after="and their paychecks,\""), TC, S("told"),
     R("Tonight the voters", "exactly that."), "direct", False),
    # nested inside the quote
    (S("the voters of this district"), "voters of the 160th Legislative District", S("said", after="the voters of this district"),
     R("they want someone in Harrisburg", "their paychecks"), "indirect", True),
    (S("Warren", after="exactly that.\""), LW, S("conceded"), S("defeat", after="conceded"), "indirect", False),
    (S("Warren", after="exactly that.\""), LW, S("saying", 1),
     R("she had called Chester", "congratulate him"), "indirect", False),
    (S("Warren", after="I respect that,\""), LW, S("said", after="I respect that,\""),
     R("The voters have spoken", "Concord Township"), "direct", False),
    (S("Warren", after="Warren, 58"), LW, S("accusing"),
     R("Chester of backing", "School District"), "indirect", False),
    (S("Chester", after="where he taught"), TC, S("denied"), S("the charge"), "indirect", False),
    (S("Chester", after="where he taught"), TC, S("saying", 2),
     R("the school board, not the teachers", "sets tax rates"), "indirect", False),
    (S("campaign finance reports filed with the Pennsylvania Department of State"), "campaign finance reports",
     S("according to", 3), R("Republicans and allied groups", "about $900,000"), "indirect", True),
    (S("State Republican Party chairman Ray Dunmore"), "Ray Dunmore", S("said", after="Ray Dunmore"),
     R("the narrow margin", "2026 midterms"), "mixed", False),
    (S("a spokesperson for the Chester County election office"), "spokesperson for the Chester County election office",
     S("said", after="spokesperson for the Chester County election office"), R("Military and overseas ballots", "change the outcome"), "indirect", True),
]

DATES = [
    (S("Tuesday", 1), "2025-03-25"),
    (S("Election Day"), "2025-03-25"),
    (S("Tonight"), "2025-03-25"),
    (S("January"), "2025-01"),
    (S("April 4"), "2025-04-04"),
    (S("2023"), "2023"),
    (S("March 12"), "2025-03-12"),
    (S("Tuesday", 2), "2025-03-25"),
    (S("this year"), "2025"),
    (S("June 30"), "2025-06-30"),
    (S("November"), "2024-11"),
    (S("2026"), "2026"),
    (S("next Tuesday"), "2025-04-01"),
    # not dates: 1,861 / 14,612 / 12,751 / 2,024 ballots / 102-101 / 10 p.m. / 160th
]

PLACES = [
    # headline: "Delaware, Chester counties"
    (S("Delaware", 1), "Delaware County", "US", "county"),
    (S("Chester", after="Delaware, Chester counties"), "Chester County", "US", "county"),
    (S("MEDIA"), "Media", "US", "town"),
    (S("Pa."), "Pennsylvania", "US", "state"),
    (S("Pennsylvania", 1), "Pennsylvania", "US", "state"),
    ("ALL", "Delaware County", "Delaware County", "US", "county"),
    ("ALL", "Chester County", "Chester County", "US", "county"),
    (S("Harrisburg"), "Harrisburg", "US", "city"),
    (S("Kennett Square"), "Kennett Square", "US", "town"),
    (S("Chadds Ford", 1), "Chadds Ford", "US", "town"),
    (S("Concord Township"), "Concord Township", "US", "town"),
    (S("Delaware", after="stretches from the"), "Delaware", "US", "state"),
    ("ALL", "West Chester", "West Chester", "US", "town"),
    (S("Chadds Ford", after="landscaping business in"), "Chadds Ford", "US", "town"),
    (S("Media", after="a debate in"), "Media", "US", "town"),
    # not places: the candidate Tom Chester, "Pennsylvania's 160th Legislative District" (an electoral
    # district: only "Pennsylvania" is a place), Unionville-Chadds Ford School District,
    # Pennsylvania Department of State, State Republican Party
]

HTML = dict(
    layout="election", site="The Keystone Ledger", tagline="Pennsylvania politics, every day", section="Elections",
    nav=["Elections", "Harrisburg", "Philadelphia", "Suburbs", "Courts", "Data", "Opinion"],
    kicker="Special election results", byline="By Maura Kelleher and DeShawn Price", shown_date="March 26, 2025, 12:47 a.m.",
    published_time="2025-03-26T00:47:00-04:00", modified_time="2025-03-26T08:10:00-04:00",
    author="Maura Kelleher", cookie=True,
    infobox="Results: 160th Legislative District (48 of 48 precincts). Tom Chester (D) 14,612 · 53.4% — "
            "Linda Warren (R) 12,751 · 46.6%. Source: county election offices, unofficial.",
    related_title="More election coverage",
    related=["Live results: every special election in Pennsylvania this year",
             "What a 102-101 House means for the state budget",
             "How the suburbs swung: a precinct-by-precinct map"],
    comments=[("bucksvoter", "March 26, 2025", "Turnout of 27% is embarrassing for a seat this important."),
              ("chadds_ford_dad", "March 26, 2025", "Warren ran a clean race. Respect.")],
    tags=["Elections", "Pennsylvania House", "Delaware County", "Chester County"],
    ad_after=[3, 9],
    footer="© 2025 The Keystone Ledger. Nonprofit, nonpartisan newsroom.",
)
