OUTLET = "Morning Desk (public radio transcript)"
PUBLISHED = "2023-10-18"

# Transcript: the speaker labels ("MIKE DELACROIX:", "PRUITT:") are typographic, like Q:/A:,
# so what the labelled speakers say is not an attribution; the narration's cues ("He says",
# "the National Weather Service says") and cues inside the labelled speech are annotated.
ATTRIBUTIONS = [
    (S("the National Weather Service"), "National Weather Service", S("says", 1),
     R("At Memphis, the river fell", "in the 1870s"), "indirect", False),
    (S("He", after="PRUITT: He says"), "Mike Delacroix", S("says", after="PRUITT: He"),
     R("each barge leaving here", "a full one"), "indirect", False),
    (S("figures from the Agriculture Department"), "U.S. Department of Agriculture", S("according to"),
     R("The cost of shipping a ton", "since August"), "indirect", False),
    # inside the labelled answer
    (S("Everybody"), "everybody", S("telling"), S("to store it and wait"), "indirect", True),
    (S("Kaufmann", after="PRUITT: Kaufmann"), "Lisa Kaufmann", S("says", after="PRUITT: Kaufmann"),
     R("local elevators are offering", "a year ago"), "indirect", False),
    (S("A report out this week from agricultural economists at the University of Missouri"),
     "University of Missouri agricultural economists' report", S("estimates"),
     R("farmers across the Mid-South", "the harvest began"), "indirect", False),
    # belief attributed to a source group
    (S("Grain traders I spoke with"), "grain traders", S("believe"),
     S("the discount will last as long as the river stays low"), "indirect", True),
    (S("Forecasters"), "forecasters", S("say", after="Forecasters"),
     R("the river at Memphis could drop", "end of the month"), "indirect", True),
    (S("the Corps", after="end of the month"), "U.S. Army Corps of Engineers", S("told", after="end of the month"),
     S("it expects low water to last into December"), "indirect", False),
    (S("Shippers"), "shippers", S("warning"), S("deliveries could run weeks late"), "indirect", True),
]

DATES = [
    (S("October 18, 2023"), "2023-10-18"),
    (S("Tuesday"), "2023-10-17"),
    (S("the 1870s"), None),
    (S("This week"), None),
    (S("Last week"), None),
    (S("August"), "2023-08"),
    (S("a year ago"), "2022"),
    (S("this week", after="A report out"), None),
    (S("2019"), "2019"),
    (S("the end of the month"), "2023-10"),
    (S("December"), "2023-12"),
]

MR = ("Mississippi River", "US", "geographic feature")
PLACES = [
    (S("Mississippi", 1), *MR),
    (S("Mississippi River"), *MR),
    (S("Memphis", 1), "Memphis", "US", "city"),
    (S("Osceola", 1), "Osceola, Arkansas", "US", "city"),
    (S("Arkansas", 1), "Arkansas", "US", "state"),
    (S("Memphis", 2), "Memphis", "US", "city"),
    (S("Greenville"), "Greenville, Mississippi", "US", "city"),
    (S("Mississippi", after="Greenville, "), "Mississippi", "US", "state"),
    (S("Hickman"), "Hickman, Kentucky", "US", "city"),
    (S("Kentucky"), "Kentucky", "US", "state"),
    (S("St. Louis"), "St. Louis", "US", "city"),
    (S("the Gulf"), "Gulf of Mexico", None, "geographic feature"),
    (S("Blytheville"), "Blytheville", "US", "city"),
    (S("Mid-South"), "Mid-South", "US", "region"),
    (S("Osceola", 2), "Osceola, Arkansas", "US", "city"),
    (S("Arkansas", 2), "Arkansas", "US", "state"),
    (S("Memphis", after="the river at"), "Memphis", "US", "city"),
    (S("Memphis", after="member station WKNR in"), "Memphis", "US", "city"),
    # not places: U.S. Army Corps of Engineers, the Corps' Memphis District (a unit), University of Missouri
]

HTML = dict(
    layout="tv", site="Morning Desk", tagline="Public radio news", section="Transcripts",
    accent="#1d5fa7",
    nav=["Home", "News", "Transcripts", "Podcasts", "Music", "Stations", "Donate"],
    labels=["LAURA BENNETT, HOST:", "DWAYNE PRUITT, BYLINE:", "MIKE DELACROIX:", "PRUITT:", "RENÉE WHITAKER:",
            "LISA KAUFMANN:", "DELACROIX:", "BENNETT:"],
    kicker="Morning Desk · Transcript", byline="Dwayne Pruitt", shown_date="October 18, 2023 5:04 AM ET",
    published_time="2023-10-18T09:04:00Z", author="Dwayne Pruitt", cookie=False,
    figure="Barges tied up at a grain terminal near Osceola, Ark. Photo: WKNR",
    related_title="More from Morning Desk",
    related=["Saltwater creeps up the Mississippi toward drinking water intakes",
             "Why the river keeps hitting record lows", "Farm incomes fall for a second year"],
    tags=["Mississippi River", "Drought", "Agriculture", "Shipping"],
    ads=False, newsletter=True,
    footer="© 2023 Morning Desk. Listener-supported public radio.",
)
