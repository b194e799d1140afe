OUTLET = "The Valley Ledger"
PUBLISHED = "2025-04-17"

EP = "Erin Pelletier"
GH = "Georges Haddad"
DR = "Dana Roux"
LNH = ("Lebanon, New Hampshire", "US", "city")
ATTRIBUTIONS = [
    (S("Councilor Erin Pelletier"), EP, S("said", 1),
     R("downtown restaurants", "a taco truck"), "mixed", False),
    # "pointed to a 2023 survey" has no reported content; the survey's finding does
    (S("a 2023 survey by the Lebanon Business Association"), "Lebanon Business Association survey", S("found"),
     R("six in ten downtown visitors", "White River Junction"), "indirect", False),
    (S("Georges Haddad"), GH, S("told", 1),
     R("the trucks would pay none", "his business pays"), "indirect", False),
    (S("Haddad", after="to be fair,\""), GH, S("said", after="to be fair,\" Haddad"),
     R("I came from Lebanon", "want it to be fair"), "direct", False),
    (S("City Manager Dana Roux"), DR, S("said", after="City Manager Dana Roux"),
     R("the trucks would pay a $500", "front door"), "indirect", False),
    (S("she", after="starting April 28, "), DR, S("said", after="starting April 28, she"),
     R("Permits would go on sale", "April 28"), "indirect", False),
    # relative clause "which staff estimated would raise ...": the content follows the cue
    (S("staff", after="The parking fee, which "), "Lebanon city staff", S("estimated"),
     S("would raise about $90,000 a year"), "indirect", True),
    (S("Assistant Mayor Luis Ortega"), "Luis Ortega", S("said", after="Luis Ortega"),
     R("it would \"punish", "bring downtown"), "mixed", False),
    (S("several councilors"), "several Lebanon city councilors", S("said", after="several councilors"),
     R("they had heard from", "for parking there"), "indirect", True),
    (S("Police Chief Anne Merrill"), "Anne Merrill", S("told", after="Anne Merrill"),
     R("officers had issued", "on Saturdays"), "indirect", False),
    (S("Councilors", after="costume parade. "), "Lebanon city councilors", S("said", after="costume parade. Councilors"),
     S("they would review it next winter"), "indirect", True),
    (S("the city", after="the city clerk, "), "City of Lebanon", S("said", after="the city clerk, the city"),
     R("Residents who want to comment", "the city clerk"), "indirect", False),
]

DATES = [
    # the one-year pilot's months (not habitual)
    (S("May", 1), "2025-05"),
    (S("October"), "2025-10"),
    (S("Wednesday night"), "2025-04-16"),
    (S("Wednesday", 2), "2025-04-16"),
    (S("2023"), "2023"),
    (S("1998"), "1998"),
    (S("April 28", 1), "2025-04-28"),
    (S("January"), "2025-01"),
    (S("March"), "2025-03"),
    (S("Saturdays"), None),
    (S("Memorial Day"), "2025-05-26"),
    (S("Oct. 31"), "2025-10-31"),
    (S("Halloween"), "2025-10-31"),
    (S("next winter"), None),
    (S("May 7"), "2025-05-07"),
    (S("Thursday"), "2025-04-17"),
    (S("May 21"), "2025-05-21"),
    (S("July 1"), "2025-07-01"),
    (S("June"), "2025-06"),
]

HN = ("Hanover, New Hampshire", "US", "town")
PLACES = [
    (S("Lebanon", 1), *LNH),
    (S("LEBANON"), *LNH),
    (S("N.H."), "New Hampshire", "US", "state"),
    # Colburn Park is a park (a facility); "Lebanon", 2 is inside the Lebanon Business Association
    (S("Hanover", 1), *HN),
    (S("Connecticut River"), "Connecticut River", "US", "geographic feature"),
    (S("White River Junction"), "White River Junction", "US", "village"),
    (S("Hanover Street"), "Hanover Street, Lebanon", "US", "street"),
    (S("Beirut"), "Beirut", "LB", "city"),
    (S("Lebanon", 3), "Lebanon", "LB", "country"),
    (S("Lebanon", 4), *LNH),
    (S("West Lebanon"), "West Lebanon, New Hampshire", "US", "neighbourhood"),
    (S("Hanover", 3), *HN),
]

HTML = dict(
    layout="local", site="The Valley Ledger", tagline="Upper Valley news since 1911", section="Local News",
    nav=["Local News", "Lebanon", "Hanover", "Vermont", "Schools", "Sports", "Obituaries"],
    kicker="Lebanon", byline="Caleb Whitcomb", shown_date="April 17, 2025",
    published_time="2025-04-17T09:30:00Z", author="Caleb Whitcomb", cookie=False,
    figure="A food truck on the edge of Colburn Park last summer. Valley Ledger photo",
    related_title="More from the Upper Valley",
    related=["Hanover selectboard weighs sidewalk plowing contract", "West Lebanon plaza sold",
             "School budget passes on second try"],
    tags=["Lebanon", "City Council", "Food trucks", "Parking"],
    footer="© 2025 The Valley Ledger.",
)
