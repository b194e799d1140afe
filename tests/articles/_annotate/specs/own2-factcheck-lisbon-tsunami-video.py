OUTLET = "Verity Check"
PUBLISHED = "2024-03-08"

DV = "Duarte Vilaça"
ANPC = "Portuguese civil protection authority"
ATTRIBUTIONS = [
    # "CLAIM:" / "VERDICT:" labels and "A video shows ..." (depiction) are not cues; neither is
    # the fact-checker's own "Verity Check traced ..." nor "did not respond to a request for comment"
    (S("captions", 1), "social media captions", S("claiming"),
     S("it shows a tsunami striking the Portuguese capital"), "indirect", True),
    (S("one post on X"), "post on X", S("claimed", 1),
     R("LISBON UNDERWATER", "hiding it"), "direct", True),
    (S("Versions of the post in Spanish and French"), "versions of the post in Spanish and French", S("claimed", 2),
     R("the wave had also hit Porto", "Huelva"), "indirect", True),
    (S("data from the European-Mediterranean Seismological Centre"), "European-Mediterranean Seismological Centre",
     S("according to"), R("A magnitude 4.3 quake", "on Tuesday"), "indirect", False),
    (S("Portugal’s civil protection authority"), ANPC, S("said", 1),
     R("It was felt in Faro", "no damage"), "indirect", False),
    (S("The authority"), ANPC, S("said", 2),
     R("it had received", "began to spread"), "mixed", False),
    (S("a spokesperson for the institute"), "spokesperson for IPMA", S("told", 1),
     R("Portugal’s sea and weather institute, IPMA, did not", "in sea level"), "indirect", True),
    (S("Vilaça", 2), DV, S("told", 2),
     R("That’s my video", "attached every year."), "direct", False),
    # nested in the quote
    (S("I", after="lighthouse at Nazaré, and "), DV, S("asked"),
     R("people a hundred times", "false captions"), "indirect", False),
    (S("IPMA’s buoy data"), "IPMA buoy data", S("show", after="buoy data"),
     R("significant wave heights", "north of the Azores"), "indirect", False),
    (S("Inês Carvalho"), "Inês Carvalho", S("said", after="whenever the ground shakes"),
     R("Lisbon was largely destroyed", "whenever the ground shakes"), "indirect", False),
    (S("she", after="fills in the rest,”"), "Inês Carvalho", S("said", after="fills in the rest,”"),
     R("People see a headline", "the remaining work."), "direct", False),
]

DATES = [
    (S("2020", 1), "2020"),
    (S("March 5, 2024"), "2024-03-05"),
    (S("October 2020", 1), "2020-10"),
    (S("this week", 1), None),
    (S("Tuesday", 1), "2024-03-05"),
    # inside the quoted post, which was written on Tuesday
    (S("this morning"), "2024-03-05"),
    (S("Thursday"), "2024-03-07"),
    (S("Tuesday", 2), "2024-03-05"),
    (S("Wednesday"), "2024-03-06"),
    (S("29 October 2020"), "2020-10-29"),
    (S("this week", 2), None),
    (S("29/10/2020"), "2020-10-29"),
    # coordinated days sharing one month and year: two dates
    (S("October 28"), "2020-10-28"),
    (S("29, 2020"), "2020-10-29"),
    (S("1 November 1755"), "1755-11-01"),
]

PLACES = [
    ("ALL", "Nazaré", "Nazaré", "PT", "town"),
    ("ALL", "Lisbon", "Lisbon", "PT", "city"),
    (S("LISBON"), "Lisbon", "PT", "city"),
    (S("Porto"), "Porto", "PT", "city"),
    (S("Huelva"), "Huelva", "ES", "city"),
    (S("Algarve"), "Algarve", "PT", "region"),
    (S("Faro"), "Faro", "PT", "city"),
    (S("Lagos"), "Lagos", "PT", "town"),
    ("ALL", "Portugal", "Portugal", "PT", "country"),
    (S("Cascais"), "Cascais", "PT", "town"),
    (S("Sines"), "Sines", "PT", "town"),
    (S("Sítio"), "Sítio da Nazaré", "PT", "neighbourhood"),
    (S("Praia do Norte"), "Praia do Norte", "PT", "geographic feature"),
    (S("Tagus"), "Tagus Estuary", "PT", "geographic feature"),
    (S("Atlantic"), "Atlantic Ocean", None, "geographic feature"),
    (S("Azores"), "Azores", "PT", "region"),
    # not places: European-Mediterranean Seismological Centre, University of Coimbra, X, Portuguese, Spanish
]

HTML = dict(
    layout="factcheck", site="Verity Check", tagline="Independent fact-checking since 2016", section="Fact checks",
    nav=["Fact checks", "Explainers", "How we work", "Media literacy", "Tips", "Donate"],
    labels=["CLAIM:", "VERDICT:"],
    breadcrumb=["Home", "Fact checks", "Europe"],
    kicker="Fact check · Europe", byline="By Sofia Marques", shown_date="March 8, 2024",
    published_time="2024-03-08T10:00:00+00:00", author="Sofia Marques", cookie=True,
    figure="Screenshot of the viral post, with the false caption crossed out. Verity Check",
    infobox="Verity Check is a signatory of the International Fact-Checking Network's code of principles. "
            "See something that needs checking? Send it to our tipline.",
    related_title="More fact checks",
    related=["No, this photo does not show snow in the Sahara this week",
             "Old video of Naples protest shared as recent unrest",
             "Explainer: how to check whether a video is recycled"],
    tags=["Portugal", "Earthquakes", "Video", "Misattributed"],
    ad_after=[],
    footer="© 2024 Verity Check. Content licensed CC BY-ND 4.0 unless otherwise stated.",
)
