OUTLET = "Empire Wire (state news service)"
PUBLISHED = "2025-04-02"

# New York the state vs New York City vs "the city": "New York missed its budget deadline"
# (the state, metonymic), "upstate New York" (one span, the region), lowercase "upstate" alone
# is not a proper name and is not annotated; "Albany" for the state government is a metonymic
# place. "late Tuesday" -> "Tuesday" (2025-04-01). The fiscal year is not annotated apart from
# its start date "April 1". "a typical weekday" is generic (not a date).
HM = "Helen Marchetti"
RD = "Rosa Delgado"
DW = "Dale Whitcomb"
CBC = "Citizens Budget Council report"
AC = "Andre Castellanos"
CUT = "Coalition for Upstate Transit"
ATTRIBUTIONS = [
    (S("Gov. Helen Marchetti"), HM, S("said", 1),
     R("talks were \"close\"", "within days"), "mixed", False),
    (S("Assemblymember Rosa Delgado"), RD, S("said", after="from the Bronx,"),
     R("the city \"sends", "Metropolitan Transportation Authority"), "mixed", False),
    # name only: the non-restrictive apposition with its relative clause is left out
    (S("State Sen. Dale Whitcomb"), DW, S("said", after="the Finger Lakes,"),
     R("families in upstate New York", "never ride"), "mixed", False),
    # agentless passive nested in his statement
    (None, None, S("were being asked"), S("to \"pay for a subway they will never ride"), "mixed", True),
    (S("He", after="never ride.\" "), DW, S("said", after="never ride.\" He"),
     R("bridges in Steuben County", "for repairs"), "indirect", False),
    (S("A report last month by the Citizens Budget Council"), CBC, S("found"),
     R("the MTA faces", "below 60th Street"), "indirect", False),
    (S("New York City Mayor Andre Castellanos"), AC, S("told"),
     R("the state \"cannot", "backs of straphangers"), "mixed", False),
    (S("His office"), "office of the New York City mayor", S("said", after="His office"),
     R("3.6 million people", "a typical weekday"), "indirect", False),
    (S("The Rochester-based Coalition for Upstate Transit"), CUT, S("said", after="the North Country,"),
     R("its members had been promised", "did not get it"), "indirect", False),
    # nested agentless passive with a noun complement
    (None, None, S("had been promised"), S("a 10% increase"), "indirect", True),
    # "pressed for money" (lobbying, no reported content): not a cue
    (S("Lawmakers", after="20 days late"), "New York state lawmakers", S("said", after="20 days late. Lawmakers"),
     S("they hoped to finish this one before Easter"), "indirect", True),
]

DATES = [
    (S("on Tuesday"), "2025-04-01"),
    (S("Tuesday", 2), "2025-04-01"),
    (S("April 1", 1), "2025-04-01"),
    (S("April 14"), "2025-04-14"),
    (S("last month"), "2025-03"),
    (S("2026", 1), "2026"),
    (S("2026", 2), "2026"),
    (S("Last year"), "2024"),
    (S("Easter"), "2025-04-20"),
]

NYS = ("New York", "US", "state")
NYC = ("New York City", "US", "city")
PLACES = [
    (S("New York", 1), *NYS),
    (S("ALBANY"), "Albany", "US", "city"),
    (S("N.Y."), *NYS),
    (S("New York", 2), *NYS),
    (S("New York City", 1), *NYC),
    (S("Bronx"), "The Bronx", "US", "district"),
    (S("Albany", after="sends far more to"), "Albany", "US", "city"),
    (S("Southern Tier"), "Southern Tier", "US", "region"),
    (S("Finger Lakes"), "Finger Lakes", "US", "region"),
    (S("upstate New York"), "Upstate New York", "US", "region"),
    (S("Steuben County"), "Steuben County", "US", "county"),
    (S("Manhattan"), "Manhattan", "US", "district"),
    (S("60th Street"), "60th Street", "US", "street"),
    (S("New York City", 2), *NYC),
    (S("Rochester"), "Rochester, New York", "US", "city"),
    (S("Buffalo", 1), "Buffalo, New York", "US", "city"),
    (S("North Country"), "North Country", "US", "region"),
    (S("Western New York"), "Western New York", "US", "region"),
    (S("Syracuse"), "Syracuse, New York", "US", "city"),
    (S("Orchard Park"), "Orchard Park", "US", "town"),
    (S("Long Island"), "Long Island", "US", "geographic feature"),
    (S("Hudson Valley"), "Hudson Valley", "US", "region"),
    # not places: Metropolitan Transportation Authority / MTA, Citizens Budget Council,
    # Coalition for Upstate Transit, City Hall (a building), Buffalo Bills (a team), lowercase
    # "upstate" ("upstate districts", "Upstate business groups" is an adjective)
]

HTML = dict(
    layout="wire", site="Empire Wire", tagline="Statehouse news from Albany", section="Politics",
    accent="#1f4e9c",
    nav=["Politics", "Budget", "Upstate", "NYC", "Business", "Education"],
    kicker="State budget", byline="Marcy Ellison", shown_date="April 2, 2025, 6:30 a.m. ET",
    published_time="2025-04-02T10:30:00Z", author="Marcy Ellison", cookie=False,
    related_title="Budget watch",
    related=["What's in the governor's $252 billion plan", "Stopgap bill keeps state paychecks flowing",
             "MTA capital plan: where the money goes"],
    tags=["State budget", "MTA", "Upstate"],
    ad_after=[2],
    footer="© 2025 Empire Wire. All rights reserved.",
)
