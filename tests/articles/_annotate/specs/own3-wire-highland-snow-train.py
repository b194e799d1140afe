OUTLET = "Northline (wire service)"
PUBLISHED = "2012-12-20"

# A 2012 wire story recounting December 2010: the narrative's relative expressions ("the next
# day", "A week later", "two days after that") resolve against the narrated dates, not against
# publication; "on Thursday" and "late January" against publication (Thursday 2012-12-20).
RP = "Rail Incident Review Panel report"
ML = "Moira Lindqvist"
CRS = "Caledonian Rail Services"
FM = "Fiona McBride"
ED = "Euan Drummond"
ATTRIBUTIONS = [
    (S("an inquiry report published on Thursday"), RP, S("according to"),
     R("The operator of a snowbound train", "to ask for help"), "indirect", False),
    (S("The 260-page report by the Rail Incident Review Panel"), RP, S("said", 1),
     R("Caledonian Rail Services \"failed", "December 27, 2010"), "mixed", False),
    # "which some of them later called 'the ice box'" is a naming verb: not a cue
    (S("Panel chair Moira Lindqvist"), ML, S("told", 1),
     R("the operator's control room", "leave anyway"), "indirect", False),
    (S("she", after="asked the obvious question,\" "), ML, S("said", after="asked the obvious question,\" she"),
     R("Nobody in that room", "picked up the phone"), "direct", False),
    # name only: the non-restrictive relative is left out; "declined to comment" is not a cue
    (S("Caledonian Rail Services", 2), CRS, S("said", after="lost its franchise"),
     S("it accepted the findings and apologised again to the passengers"), "indirect", False),
    (S("the Scottish government"), "Scottish government", S("announced"),
     S("a review of winter rail planning"), "indirect", False),
    (S("transport minister Alasdair Rennie"), "Alasdair Rennie", S("promised"),
     S("no train will be sent into a storm again"), "mixed", False),
    (S("Fiona McBride"), FM, S("said", after="die there,\""),
     S("I remember my daughter asking whether we would die there"), "direct", False),
    # nested inside the quotation
    (S("my daughter"), "Fiona McBride's daughter", S("asking"),
     S("whether we would die there"), "indirect", True),
    (S("She", after="her two children. "), FM, S("said", after="her two children. She"),
     R("staff handed out biscuits", "no information"), "indirect", False),
    (S("The guard"), "guard of the train", S("saying"), S("a plough was on its way"), "indirect", True),
    (S("The report", after="It never came"), RP, S("found"),
     R("the snowplough assigned", "at Mossend instead"), "indirect", False),
    (S("It", after="at Mossend instead. "), RP, S("recommended"),
     R("trains be held whenever", "emergency supplies on board"), "indirect", False),
    (S("Track Scotland"), "Track Scotland", S("said", after="said in a statement"),
     R("it had bought four new", "already in place"), "indirect", False),
    (S("The passengers' lawyer, Euan Drummond"), ED, S("said", after="Euan Drummond,"),
     S("his 200 clients would now seek compensation"), "indirect", False),
    (S("he", after="you were right,\" "), ED, S("said", after="you were right,\" he"),
     S("Two years is a long time to wait to be told you were right"), "direct", False),
    # agentless passive nested in the quotation
    (None, None, S("told", after="Two years is"), S("you were right"), "indirect", True),
    # "Ministers are expected to respond" has no reported content: not a cue
]

DATES = [
    (S("2010", 1), "2010"),
    (S("two years ago"), "2010"),
    (S("on Thursday"), "2012-12-20"),
    (S("December 27, 2010"), "2010-12-27"),
    (S("Christmas"), "2010-12-25"),
    (S("the next day"), "2010-12-28"),
    (S("December 28"), "2010-12-28"),
    (S("2011", 1), "2011"),
    (S("that winter"), None),
    (S("A week later"), "2011-01-03"),
    (S("January 3, 2011"), "2011-01-03"),
    (S("two days after that"), "2011-01-05"),
    (S("March 2011"), "2011-03"),
    (S("late January"), "2013-01"),
]

ED_ = ("Edinburgh", "GB", "city")
PLACES = [
    (S("Scotland", 1), "Scotland", "GB", "country"),
    (S("EDINBURGH"), *ED_),
    (S("Scotland", 2), "Scotland", "GB", "country"),
    (S("Scottish Highlands"), "Scottish Highlands", "GB", "region"),
    (S("Glasgow"), "Glasgow", "GB", "city"),
    (S("Fort William"), "Fort William", "GB", "town"),
    (S("Bridge of Orchy"), "Bridge of Orchy", "GB", "village"),
    (S("Edinburgh", after="news conference in"), *ED_),
    (S("Leeds"), "Leeds", "GB", "city"),
    (S("Aberdeen"), "Aberdeen", "GB", "city"),
    (S("Oban"), "Oban", "GB", "town"),
    (S("Paisley"), "Paisley", "GB", "town"),
    (S("Mossend"), "Mossend", "GB", "village"),
    # not places: West Highland Line (a railway), Heathrow (the airport), Caledonian Rail
    # Services, Track Scotland, Scottish Parliament, Scottish government (demonym), Graham
    # Tulloch (a person named like a place)
]

HTML = dict(
    layout="wire", site="Northline", tagline="News wire", section="World",
    nav=["Top News", "World", "UK", "Business", "Markets", "Sport"],
    kicker="Britain · Transport", byline="Iain Ferrie", shown_date="December 20, 2012 12:41 PM GMT",
    published_time="2012-12-20T12:41:00Z", author="Iain Ferrie", cookie=True,
    related_title="Related coverage",
    related=["Snow closes Scottish airports for second day (Dec 2010)", "Rail franchise handed to new operator",
             "Winter resilience plan published"],
    tags=["Rail", "Scotland", "Weather"],
    ad_after=[3],
    footer="© 2012 Northline. All rights reserved. Republication requires written consent.",
)
