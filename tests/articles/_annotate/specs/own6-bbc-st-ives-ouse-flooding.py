OUTLET = "BBC News"
PUBLISHED = "2026-01-09"

CM = "Chris March"
MH = "Margaret Holloway"
EA = "Environment Agency"
HDC = "Huntingdonshire District Council"
HF = "Helen Frost"
ATTRIBUTIONS = [
    # agentless passives with an infinitive complement
    (None, None, S("told", 1), S("to move valuables upstairs"), "indirect", True),
    (None, None, S("have been told"), S("to move valuables and medicines upstairs"), "indirect", True),
    # "issued a severe flood warning" has no reported clause; "are thought to be" is not a cue
    # a person named like a month: source "Chris March" (not a date)
    (S("Chris March"), CM, S("said", 1),
     R("river levels at St Ives", "Saturday morning"), "indirect", False),
    (S("he", after="very seriously,\""), CM, S("told", after="very seriously,\""),
     R("We are asking people", "please leave"), "direct", False),
    (None, None, S("are told"), S("to leave", 1), "indirect", True),
    (S("Cambridgeshire Police"), "Cambridgeshire Police", S("said", after="Cambridgeshire Police"),
     R("officers had knocked", "friends or relatives"), "indirect", False),
    (S("Margaret Holloway"), MH, S("said", after="Margaret Holloway"),
     R("the water was", "front step"), "mixed", False),
    (S("she", after="I was here"), MH, S("said", after="like that again,\""),
     R("I was here in 1998", "here we are"), "direct", False),
    # nested inside the quote
    (S("I", after="I was here in 1998 and "), MH, S("said", after="I was here in 1998 and I"),
     S("I'd never see it like that again"), "indirect", False),
    # first name only -> anonymous
    (S("Her neighbour"), "Ian, Margaret Holloway's neighbour", S("said", after="Her neighbour"),
     R("he had spent the night", "up the stairs"), "indirect", True),
    # "All told" is not a cue
    (S("he", after="three hours' sleep,\""), "Ian, Margaret Holloway's neighbour", S("said", after="three hours' sleep,\""),
     S("All told, I've had about three hours' sleep"), "direct", True),
    (S("Huntingdonshire District Council"), HDC, S("said", after="Huntingdonshire District Council"),
     R("sandbags were being", "St Neots"), "indirect", False),
    (S("a spokesperson", 1), "Huntingdonshire District Council spokesperson", S("warned", 1),
     S("stocks were running low"), "indirect", True),
    (S("The council's leader, Councillor Ruth Ashby"), "Ruth Ashby", S("said", after="Ruth Ashby"),
     R("she had asked", "not forthcoming"), "mixed", False),
    (S("she", after="Ruth Ashby, said "), "Ruth Ashby", S("had asked"),
     S("for emergency funding"), "indirect", False),
    (S("A spokesperson for the Department for Environment, Food and Rural Affairs"), "Defra spokesperson",
     S("said", after="Rural Affairs"), R("the government was", "by the flooding"), "mixed", True),
    # "has issued a yellow warning for rain": no clause, not a cue
    (S("Forecaster Sophie Alder"), "Sophie Alder", S("said", after="Sophie Alder"),
     R("a further 20 to 30mm", "saturated ground"), "indirect", False),
    (S("The EA", 1), EA, S("said", after="The EA said flood"),
     R("flood defences built", "120 properties"), "indirect", False),
    (S("The EA", 1), EA, S("warned", 2),
     R("the town's older streets", "remained vulnerable"), "indirect", False),
    (S("Dr Helen Frost"), HF, S("said", after="Dr Helen Frost"),
     R("the pattern of repeated floods", "warming climate"), "indirect", False),
    (S("She", after="warming climate."), HF, S("said", after="warming climate. She"),
     R("a study she co-wrote", "since the 1960s"), "indirect", False),
    (R("a study she co-wrote", "Cambridge, Massachusetts"), "study by Helen Frost and MIT colleagues", S("found"),
     R("extreme rainfall in eastern", "since the 1960s"), "indirect", False),
    (S("The EA", 2), EA, S("said", after="The EA said people"),
     R("people could check", "through floodwater"), "indirect", False),
]

DATES = [
    (S("Thursday"), "2026-01-08"),
    # a holiday inside an event name, and its year
    (S("Easter"), "1998-04-12"),
    (S("1998", 1), "1998"),
    (S("Tuesday"), "2026-01-06"),
    (S("Saturday morning"), "2026-01-10"),
    (S("Friday"), "2026-01-09"),
    (S("1998", 2), "1998"),
    (S("Sunday"), "2026-01-11"),
    (S("Wednesday"), "2026-01-07"),
    (S("2003"), "2003"),
    (S("2020"), "2020"),
    (S("last year"), "2025"),
    (S("the 1960s"), None),
]

SI = ("St Ives, Cambridgeshire", "GB", "town")
CB = ("Cambridgeshire", "GB", "county")
GO = ("River Great Ouse", "GB", "geographic feature")
PLACES = [
    (S("Great Ouse", 1), *GO),
    (S("St Ives", 1), *SI),
    (S("St Ives", 2), *SI),
    (S("Cambridgeshire", 1), *CB),
    (S("River Great Ouse"), *GO),
    (S("Westwood Road"), "Westwood Road", "GB", "street"),
    (S("St Ives", 3), *SI),
    (S("Huntingdon"), "Huntingdon", "GB", "town"),
    (S("Godmanchester"), "Godmanchester", "GB", "town"),
    (S("A1123"), "A1123", "GB", "street"),
    (S("Houghton"), "Houghton", "GB", "village"),
    (S("Bridge Street"), "Bridge Street", "GB", "street"),
    (S("Ramsey"), "Ramsey", "GB", "town"),
    (S("St Neots"), "St Neots", "GB", "town"),
    (S("East of England"), "East of England", "GB", "region"),
    (S("East Midlands"), "East Midlands", "GB", "region"),
    (S("Bedford"), "Bedford", "GB", "town"),
    (S("Embankment"), "The Embankment, Bedford", "GB", "street"),
    (S("St Ives", 4), *SI),
    (S("St Ives", 5), *SI),
    (S("Cambridgeshire", 3), *CB),
    (S("Cambridge", after="north-west of"), "Cambridge", "GB", "city"),
    (S("Cambridge", after="Technology in"), "Cambridge, Massachusetts", "US", "city"),
    (S("Massachusetts", 2), "Massachusetts", "US", "state"),
    (S("Great Ouse", after="repeated floods on the"), *GO),
    (S("England", after="eastern"), "England", "GB", "country"),
    # not places: Cambridgeshire Police, Huntingdonshire District Council, Burgess Hall, One Leisure,
    # Old Bridge, University of Cambridge, Massachusetts Institute of Technology, BBC Look East,
    # BBC Cambridgeshire, Met Office; "Cornish" is a demonym; Chris March is a person
]

HTML = dict(
    layout="broadsheet", accent="#b80000", site="BBC News", tagline="Cambridgeshire", section="England",
    nav=["Home", "UK", "World", "Business", "England", "Local News", "Climate"],
    breadcrumb=["England", "Cambridgeshire"],
    kicker="Cambridgeshire", byline="Tom Rudd, BBC News, Cambridgeshire", shown_date="9 January 2026",
    published_time="2026-01-09T11:05:00Z", author="Tom Rudd", cookie=True, ads=False,
    figure="The Great Ouse has spread across the meadows near the Old Bridge. Image: BBC",
    related_title="More on this story",
    related=["Flood warnings issued across the Fens", "How to prepare your home for a flood",
             "Bedford Embankment closed as river rises"],
    tags=["Flooding", "St Ives", "Huntingdon", "Environment Agency"],
    footer="Copyright 2026 BBC. The BBC is not responsible for the content of external sites.",
)
