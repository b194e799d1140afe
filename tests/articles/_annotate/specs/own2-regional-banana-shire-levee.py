OUTLET = "The Dawson Valley Leader"
PUBLISHED = "2024-02-22"

NA = "Neville Ashby"
BG = "Bev Gladstone"
ATTRIBUTIONS = [
    # "despite warnings that ..." is nominal: not a cue
    (S("Mayor Neville Ashby"), NA, S("said", 1),
     R("the levee would", "whenever the river rises"), "mixed", False),
    (S("Cr Ashby", 1), NA, S("told", 1),
     R("Every time there's a big wet", "no way to live"), "direct", False),
    (S("Cr Bev Gladstone"), BG, S("said", after="Cr Tony Rix"),
     R("ratepayers in Moura", "of their own"), "indirect", False),
    (S("Cr Gladstone"), BG, S("told", 2),
     R("I'm not against Theodore", "a blank cheque"), "direct", False),
    (S("She", after="after the meeting"), BG, S("said", after="after the meeting"),
     R("the $4.2 million did not cover", "$180,000 a year"), "indirect", False),
    (S("a consultant's report tabled on Wednesday"), "consultant's report tabled at the council meeting", S("according to"),
     R("ongoing maintenance, which", "$180,000 a year"), "indirect", True),
    (S("Cr Rix"), "Tony Rix", S("said", after="Cr Rix"),
     R("he had raised the same concerns", "bothered to turn up"), "mixed", False),
    (S("Hairdresser Sharon Kileen"), "Sharon Kileen", S("welcomed"), S("the vote", after="welcomed"), "indirect", False),
    (S("she", after="truckload of dirt,\""), "Sharon Kileen", S("said", after="truckload of dirt"),
     R("We've been promised a levee", "truckload of dirt"), "direct", False),
    (S("A Bureau of Meteorology spokesperson"), "Bureau of Meteorology spokesperson", S("said", after="Meteorology spokesperson"),
     R("falls of up to 150 millimetres", "Fitzroy rivers"), "indirect", True),
    (S("Council's acting chief executive, Darren Oakes"), "Darren Oakes", S("said", after="Darren Oakes"),
     R("a detailed design would", "state funding is confirmed"), "mixed", False),
    (S("Mr Oakes"), "Darren Oakes", S("said", after="Mr Oakes"),
     R("council had also applied", "for months"), "mixed", False),
    (S("A spokesperson for the Minister for Disaster Recovery"), "spokesperson for the Queensland Minister for Disaster Recovery",
     S("said", after="Minister for Disaster Recovery"), R("the state's offer stood", "stacks up"), "mixed", True),
    (S("Cr Ashby", 2), NA, S("told", 3),
     R("a safer Theodore", "a lot of our bills"), "mixed", False),
]

DATES = [
    (S("Wednesday", 1), "2024-02-21"),
    (S("a fortnight ago"), "2024-02-08"),
    (S("Wednesday", 2), "2024-02-21"),
    (S("January", 1), "2024-01"),
    (S("January 27"), "2024-01-27"),
    (S("late December 2010"), "2010-12"),
    (S("that summer"), None),
    (S("the weekend"), None),
    (S("2011"), "2011"),
    (S("Easter"), "2024-03-31"),
    # Australian financial year (July 2024 - June 2025): annotated, no calendar value
    (S("the 2024-25 financial year"), None),
    (S("Thursday"), "2024-02-22"),
]

PLACES = [
    ("ALL", "Theodore", "Theodore", "AU", "town"),
    (S("Banana Shire"), "Banana Shire", "AU", "county"),
    (S("Dawson River"), "Dawson River", "AU", "geographic feature"),
    (S("Biloela"), "Biloela", "AU", "town"),
    (S("Moura"), "Moura", "AU", "town"),
    (S("Taroom"), "Taroom", "AU", "town"),
    ("ALL", "Baralaba", "Baralaba", "AU", "town"),
    (S("Central Queensland"), "Central Queensland", "AU", "region"),
    (S("Dawson", after="The Dawson peaked"), "Dawson River", "AU", "geographic feature"),
    (S("Leichhardt Highway"), "Leichhardt Highway", "AU", "street"),
    (S("Dawson", after="the upper"), "Dawson River", "AU", "geographic feature"),
    (S("Dawson", after="current for the"), "Dawson River", "AU", "geographic feature"),
    (S("Fitzroy", 1), "Fitzroy River", "AU", "geographic feature"),
    (S("Fitzroy", 2), "Fitzroy River", "AU", "geographic feature"),
    (S("Rockhampton"), "Rockhampton", "AU", "city"),
    (S("Bruce Highway"), "Bruce Highway", "AU", "street"),
    # the councillor Bev Gladstone is a person; the port city is a place
    (S("Gladstone", after="the port at"), "Gladstone", "AU", "city"),
    # not places: ABC Capricornia, Bureau of Meteorology, Disaster Ready Fund
]

HTML = dict(
    layout="regional", site="The Dawson Valley Leader", tagline="Banana Shire's local voice since 1926", section="News",
    nav=["News", "Council", "Rural", "Weather", "Sport", "Community", "Classifieds", "Digital edition"],
    topbar="Thursday, 22 February 2024 · Biloela 34°C Storms likely",
    kicker="Council", byline="Jess McAuley", shown_date="22 February 2024 - 11:30am",
    published_time="2024-02-22T11:30:00+10:00", author="Jess McAuley", cookie=False,
    figure="The Dawson River at Theodore in late January. Picture: supplied",
    related_title="Latest local news",
    related=["Biloela show entries open", "Moura pool to reopen after repairs",
             "Taroom cattle sale yards record prices", "Road closures: Leichhardt Highway update"],
    comments=[("Shazza T", "22 Feb 2024", "About time. We've been waiting since the big one."),
              ("Moura local", "22 Feb 2024", "Fix our roads first.")],
    infobox="Have a news tip? Email the newsroom or call in to our office on Kariboe Street.",
    tags=["Banana Shire Council", "Theodore", "Flooding", "Dawson River"],
    ad_after=[3, 10],
    footer="© 2024 The Dawson Valley Leader. Proudly independent and locally owned.",
)
