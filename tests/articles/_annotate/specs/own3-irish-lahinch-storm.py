OUTLET = "The West Clare Courier (Irish local weekly)"
PUBLISHED = "2024-03-20"

# St Patrick's Day = Lá Fhéile Pádraig = Sunday 2024-03-17; "on Monday" is the bank holiday
# 2024-03-18; "St Patrick's weekend" and "this week" are week expressions (null).
# "Clare" is a place only where it names the county ("Clare coast", "for Clare, Galway and
# Kerry"), not in Clare County Council, the West Clare Municipal District or Cllr Clare Moloney.
MC = "Mary Considine"
CM = "Clare Moloney"
COUNCIL = "Clare County Council"
ATTRIBUTIONS = [
    (S("Council engineers who inspected the damage on Monday"), "Clare County Council engineers",
     S("said", 1), R("the repairs could cost", "€1.8 million"), "indirect", True),
    (S("Mary Considine"), MC, S("said", after="come over like that,\""),
     R("It was ripped apart", "come over like that"), "direct", False),
    (S("She", after="Lahinch promenade. "), MC, S("said", after="Lahinch promenade. She"),
     R("the water reached", "on Sunday"), "indirect", False),
    # "the damage showed that": an argument of the councillor's, not data: not a cue
    # the party tag "(Ind)" is left out of the source, as AP party-state tags
    (S("Cllr Clare Moloney"), CM, S("said", after="(Ind)"),
     R("the damage showed", "no longer enough"), "mixed", False),
    (S("she", after="It didn't last ten,\" "), CM, S("said", after="It didn't last ten,\" she"),
     R("We were told in 2014", "It didn't last ten"), "direct", False),
    # agentless passive nested in the quotation
    (None, None, S("were told"), S("the wall would last another 50 years"), "indirect", True),
    # "had issued an orange wind warning for ..." has no reported clause: not a cue
    (S("the national forecaster"), "national forecaster", S("according to"),
     R("Gusts of 130km/h", "on Sunday evening"), "indirect", True),
    (S("Gardaí"), "gardaí", S("said", after="Gardaí"),
     R("a man in his 60s", "on Sunday night"), "indirect", True),
    (S("Local TD Pádraig Ó Lochlainn"), "Pádraig Ó Lochlainn", S("said", after="Ó Lochlainn"),
     R("he had written to", "be fast-tracked"), "indirect", False),
    (S("he", after="Ó Lochlainn said"), "Pádraig Ó Lochlainn", S("asking"),
     S("that the works be fast-tracked"), "indirect", False),
    (S("the council", after="In a statement"), COUNCIL, S("said", after="In a statement, the council"),
     R("it would apply for funding", "until further notice"), "mixed", False),
    # "organisers billed as" is a naming verb: not a cue; the relative clause's "they said" is
    (S("they", after="celebration in a decade"), "parade organisers in Ennis", S("said", after="and which they"),
     S("went ahead despite the wind"), "indirect", True),
]

DATES = [
    (S("St Patrick's weekend"), None),
    (S("St Patrick's Day", 1), "2024-03-17"),
    (S("on Monday"), "2024-03-18"),
    (S("this week"), None),
    (S("on Sunday", 1), "2024-03-17"),
    (S("Tuesday"), "2024-03-19"),
    (S("2014"), "2014"),
    (S("Sunday evening"), "2024-03-17"),
    (S("Sunday night"), "2024-03-17"),
    (S("April"), "2024-04"),
    (S("St Patrick's Day", 2), "2024-03-17"),
    (S("Lá Fhéile Pádraig"), "2024-03-17"),
]

CL = ("County Clare", "IE", "county")
LAH = ("Lahinch", "IE", "town")
PLACES = [
    (S("Lahinch", 1), *LAH),
    (S("Clare", 1), *CL),
    (S("Lahinch", 2), *LAH),
    (S("Co Clare"), *CL),
    (S("Kilkee"), "Kilkee", "IE", "town"),
    (S("Quilty"), "Quilty", "IE", "village"),
    (S("Doolin"), "Doolin", "IE", "village"),
    (S("Fanore"), "Fanore", "IE", "village"),
    (S("Lahinch", 3), *LAH),
    (S("Loop Head"), "Loop Head", "IE", "geographic feature"),
    (S("Clare", after="orange wind warning for"), *CL),
    (S("Galway"), "County Galway", "IE", "county"),
    (S("Kerry"), "County Kerry", "IE", "county"),
    (S("Doonbeg"), "Doonbeg", "IE", "village"),
    (S("Ennis"), "Ennis", "IE", "town"),
    (S("Kilrush"), "Kilrush", "IE", "town"),
    # not places: Clare County Council, West Clare Municipal District, Cllr Clare Moloney,
    # University Hospital Limerick (a facility), Storm Orla, Minister for Housing
]

HTML = dict(
    layout="local", site="The West Clare Courier", tagline="Serving Kilrush, Kilkee and the Loop Head peninsula",
    section="News", accent="#0a6e3a",
    nav=["News", "Sport", "GAA", "Community", "Farming", "Death Notices", "Digital Edition"],
    kicker="Storm Orla", byline="Siobhán Keane", shown_date="Wednesday, March 20, 2024",
    published_time="2024-03-20T07:00:00Z", author="Siobhán Keane", cookie=True,
    figure="Damage to the promenade at Lahinch on Monday morning.",
    related_title="Also in the news",
    related=["Kilkee lifeguard service to expand this summer", "Ennis parade: the best pictures",
             "Doonbeg wind farm appeal lodged"],
    tags=["Lahinch", "Storm Orla", "Coastal erosion"],
    ad_after=[2, 6],
    footer="© 2024 The West Clare Courier. All rights reserved.",
)
