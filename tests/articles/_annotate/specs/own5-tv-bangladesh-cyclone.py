OUTLET = "Asia Tonight (broadcast transcript)"
PUBLISHED = "2025-05-27"

NA = "Nasrin Akter"
ATTRIBUTIONS = [
    (S("Officials in Dhaka"), "officials in Dhaka", S("say", 1),
     S("at least 14 people have died"), "indirect", True),
    (S("Disaster management officials"), "disaster management officials", S("told", 1),
     R("more than 800,000 people", "coastal districts"), "indirect", True),
    # "showed us the waterline" is depiction, not a cue
    (S("The Bangladesh Meteorological Department"), "Bangladesh Meteorological Department", S("had warned"),
     S("the storm surge could reach three metres"), "indirect", False),
    (S("many here"), "many people in Mongla", S("say", after="many here"),
     S("that warning saved lives"), "indirect", True),
    (S("one woman at the shelter"), "woman at a shelter in Mongla", S("told", after="one woman"),
     R("In 2007 we did not", "we believed it"), "direct", True),
    # name followed by a non-restrictive apposition -> the name only
    (S("Nasrin Akter"), NA, S("told", after="Nasrin Akter"),
     R("the death toll was expected", "since Sunday"), "indirect", False),
    (S("Forecasters"), "forecasters", S("say", after="Forecasters"),
     R("the storm is weakening", "toward Barisal and Dhaka"), "indirect", True),
    (S("state officials"), "West Bengal state officials", S("said", after="state officials"),
     R("India's West Bengal state moved", "south of Kolkata"), "indirect", True),
    # the authority of the port just named
    (S("the port authority"), "Chittagong Port Authority", S("according to"),
     S("the port suspended operations for a second day"), "indirect", False),
    (S("Aid agencies"), "aid agencies", S("warn", after="Aid agencies"),
     S("drinking water is the biggest worry"), "indirect", True),
    (S("UNICEF"), "UNICEF", S("said", after="UNICEF"),
     R("it had sent water purification tablets", "Khulna and Satkhira"), "indirect", False),
]

DATES = [
    (S("Tuesday, May 27, 2025"), "2025-05-27"),
    (S("Monday"), "2025-05-26"),
    (S("this afternoon"), "2025-05-27"),
    (S("Saturday"), "2025-05-24"),
    (S("2007"), "2007"),
    (S("Sunday"), "2025-05-25"),
    (S("the monsoon"), None),
    (S("last May"), "2024-05"),
]

BD = ("Bangladesh", "BD", "country")
DH = ("Dhaka", "BD", "city")
KH = ("Khulna", "BD", "city")
PLACES = [
    (S("Bangladesh", 1), *BD),
    (S("Bangladesh", 2), *BD),
    (S("Dhaka", 1), *DH),
    # a place as a modifier outside a name
    (S("South Asia"), "South Asia", None, "region"),
    (S("Khulna", 1), *KH),
    (S("Mongla"), "Mongla", "BD", "town"),
    (S("Dhaka", 2), *DH),
    (S("Barisal"), "Barishal", "BD", "city"),
    (S("Dhaka", 3), *DH),
    (S("India"), "India", "IN", "country"),
    (S("West Bengal"), "West Bengal", "IN", "state"),
    (S("Sundarbans"), "Sundarbans", None, "geographic feature"),
    (S("Kolkata"), "Kolkata", "IN", "city"),
    (S("Chittagong"), "Chattogram", "BD", "city"),
    (S("Khulna", 2), *KH),
    (S("Satkhira"), "Satkhira", "BD", "town"),
    (S("Khulna", 3), *KH),
    # not places: Cyclone Sarai, Bangladesh Meteorological Department ("Bangladesh", 3), UNICEF
]

HTML = dict(
    layout="tv", site="Asia Tonight", tagline="The region's evening news", section="Transcripts",
    nav=["Home", "Asia", "World", "Business", "Climate", "Transcripts", "Watch live"],
    labels=["PRIYA MENON, ANCHOR:", "FARHAN RAHMAN, CORRESPONDENT:", "RAHMAN:", "ABDUL KARIM (through interpreter):",
            "MENON:"],
    kicker="Transcript", byline="Asia Tonight", shown_date="May 27, 2025 21:00 SGT",
    published_time="2025-05-27T13:00:00Z", author="Asia Tonight", cookie=True,
    figure="Residents wade through a flooded road in Khulna. Image: Asia Tonight",
    related_title="Watch next",
    related=["How Bangladesh's cyclone shelters changed", "Sundarbans: mangroves under pressure",
             "Salt in the wells: the coast after the storm"],
    tags=["Bangladesh", "Cyclone", "India", "Weather"], ads=True,
    footer="© 2025 Asia Tonight. Transcripts may be edited for clarity.",
)
