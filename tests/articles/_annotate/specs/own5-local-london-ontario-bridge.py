OUTLET = "The Forest City Courier"
PUBLISHED = "2024-10-10"

TK = "Tom Kowalczyk"
ATTRIBUTIONS = [
    (S("Coun. Priya Sandhu"), "Priya Sandhu", S("said", after="Coun. Priya Sandhu"),
     R("This isn't London, England", "opens on time"), "direct", False),
    (S("a staff report"), "London city staff report", S("According to"),
     R("the existing bridge was closed", "two of its steel beams"), "indirect", False),
    # an inspection's finding, nested in the report's content
    (S("an inspection"), "bridge inspection", S("found", 1),
     S("corrosion in two of its steel beams"), "indirect", True),
    (S("Staff", after="steel beams. "), "London city staff", S("told", 1),
     R("the new span", "next spring"), "indirect", True),
    (S("Several residents"), "residents", S("said", after="Several residents"),
     R("the proposed steel arch", "14 mature trees"), "indirect", True),
    # interrupted quotation; "Nobody asked us" inside it is negated, not a cue
    (S("Dan Okafor"), "Dan Okafor", S("said", after="on that bridge,\""),
     R("My kids learned", "what we wanted"), "direct", False),
    (S("Deputy Mayor Tom Kowalczyk"), TK, S("defended"),
     S("the consultation"), "indirect", False),
    (S("Deputy Mayor Tom Kowalczyk"), TK, S("saying"),
     R("the city held two open houses", "online comments"), "indirect", False),
    (S("He", after="online comments. "), TK, S("told", after="online comments. He"),
     S("further delay would add costs"), "indirect", False),
    # agentless passive with a question complement
    (None, None, S("was asked"),
     R("whether a cheaper truss bridge", "had been considered"), "indirect", True),
    # parenthetical cue: content from the first to the last reported word, the cue inside
    (S("she", after="It had, "), "Laura Chen", S("said", after="It had, she"),
     R("It had, she", "accessibility standards"), "indirect", False),
    (S("The Upper Thames River Conservation Authority"), "Upper Thames River Conservation Authority",
     S("said", after="Conservation Authority, which"), R("it had \"no objection", "to the design"), "mixed", False),
    (S("Jenna Morrow"), "Jenna Morrow", S("told", after="Jenna Morrow"),
     S("the closure has added 20 minutes to her commute"), "indirect", False),
    (S("she", after="Just build it,\""), "Jenna Morrow", S("said", after="Just build it,\""),
     S("I'll take any bridge. Just build it"), "direct", False),
    # "a request from Middlesex County" is nominal: not a cue
    (S("The Wortley Village Community Association"), "Wortley Village Community Association", S("says"),
     R("it will hold its own meeting", "on Oct. 17"), "indirect", False),
]

DATES = [
    (S("Thursday, October 10, 2024"), "2024-10-10"),
    (S("the 1950s"), None),
    (S("Tuesday", 1), "2024-10-08"),
    (S("November"), "2024-11"),
    (S("Tuesday", 2), "2024-10-08"),
    (S("March"), "2024-03"),
    # a season with its year -> the year
    (S("the fall of 2026"), "2026"),
    (S("next spring"), None),
    (S("the spring", after="two open houses in"), None),
    (S("Oct. 22"), "2024-10-22"),
    (S("Thanksgiving"), "2024-10-14"),
    (S("Oct. 17"), "2024-10-17"),
]

TH = ("Thames River (Ontario)", "CA", "geographic feature")
WV = ("Wortley Village", "CA", "neighbourhood")
PLACES = [
    (S("Thames", 1), *TH),
    (S("Wortley Village", 1), *WV),
    (S("Thames River", 1), *TH),
    (S("Wortley Village", 2), *WV),
    (S("London", 1), "London, Ontario", "CA", "city"),
    (S("Ont."), "Ontario", "CA", "province"),
    # the councillor's contrast: the other London
    (S("London", 2), "London", "GB", "city"),
    (S("England"), "England", "GB", "country"),
    (S("Toronto"), "Toronto", "CA", "city"),
    (S("Askin Street"), "Askin Street", "CA", "street"),
    (S("Byron"), "Byron, London, Ontario", "CA", "neighbourhood"),
    # "Thames", 4 is inside the Upper Thames River Conservation Authority
    (S("Middlesex County"), "Middlesex County, Ontario", "CA", "county"),
    (S("St. Thomas"), "St. Thomas, Ontario", "CA", "city"),
    # "Wortley Village", 3 is inside the Wortley Village Community Association
]

HTML = dict(
    layout="local", site="The Forest City Courier", tagline="London and Middlesex news", section="City Hall",
    nav=["News", "City Hall", "Neighbourhoods", "Schools", "Sports", "Obituaries", "Events"],
    kicker="City Hall", byline="Megan Tremblay", shown_date="October 10, 2024",
    published_time="2024-10-10T10:00:00Z", author="Megan Tremblay", cookie=False,
    figure="The closed footbridge over the Thames near Wortley Village. Courier photo",
    related_title="More local news",
    related=["Byron library branch to close for repairs", "School board trustees approve new boundaries",
             "Farmers' market moves indoors for the winter"],
    tags=["City council", "Wortley Village", "Bridges"],
    footer="© 2024 The Forest City Courier.",
)
