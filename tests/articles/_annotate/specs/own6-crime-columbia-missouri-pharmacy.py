OUTLET = "Columbia Daily Ledger"
PUBLISHED = "2026-02-19"

CPD = "Columbia Police Department"
PCS = "probable cause statement"
RS = "Ray Sandoval"
TM = "Tyler J. Mercer"
HG = "Hannah Greer"
SR = "Sunita Rao"
ATTRIBUTIONS = [
    (S("police", 1), CPD, S("say", 1),
     S("Columbia man charged in string of pharmacy break-ins"), "indirect", False),
    (S("police", 2), CPD, S("said", 1),
     R("A 27-year-old Columbia man", "past month"), "indirect", False),
    # a document without a named author
    (S("a probable cause statement filed in Boone County Circuit Court"), PCS, S("according to", 1),
     R("Tyler J. Mercer was arrested", "two of the stores"), "indirect", True),
    # "Online court records did not list": not a cue; a spokesperson named like the town of Fulton
    (S("Columbia Police Department spokesperson Officer Brooke Fulton"), "Brooke Fulton", S("said", after="Officer Brooke Fulton"),
     R("detectives linked", "orange backpack"), "indirect", False),
    (S("police", after="on Jan. 22 at a pharmacy on Providence Road, "), CPD, S("said", after="on Providence Road, police"),
     R("The first burglary happened", "on Providence Road"), "indirect", False),
    # "was reported early Saturday": the event was reported, no content
    (S("the statement", 1), PCS, S("said", after="the pharmacy counter, the statement"),
     R("In each case", "the pharmacy counter"), "indirect", True),
    (S("Fulton Police Chief Ray Sandoval"), RS, S("told", 1),
     R("A break-in on Feb. 9", "tied to Mercer"), "indirect", False),
    (S("Sandoval", 2), RS, S("said", after="the same way in,\""),
     R("It was the same backpack", "first week of February"), "direct", False),
    (S("the statement", 2), PCS, S("According to"),
     R("a witness told officers", "Providence Road store"), "indirect", True),
    (S("a witness"), "witness", S("told", after="a witness"),
     R("she saw a man", "Providence Road store"), "indirect", True),
    (S("investigators"), "investigators", S("wrote"),
     R("A license plate reader", "Feb. 9 break-in"), "indirect", True),
    (S("Mercer", after="investigators wrote.\n\n"), TM, S("told", after="investigators wrote.\n\nMercer"),
     R("he had found the pills", "from St. Louis"), "mixed", False),
    (S("the statement", 3), PCS, S("said", after="from St. Louis,\" the statement"),
     R("Mercer told detectives", "from St. Louis"), "mixed", True),
    (S("He", after="the statement said. "), TM, S("denied"),
     S("taking part in the break-ins"), "indirect", False),
    (S("Boone County Prosecuting Attorney Hannah Greer"), HG, S("said", after="Hannah Greer"),
     R("her office would seek", "drugs involved"), "indirect", False),
    (S("Greer", 2), HG, S("said", after="crimes of desperation,\""),
     R("These were not crimes", "a business"), "direct", False),
    (S("Pharmacists"), "pharmacists", S("said", after="Pharmacists"),
     S("the break-ins had rattled staff"), "indirect", True),
    (S("Sunita Rao"), SR, S("said", after="one of the stores,"),
     S("employees now leave in pairs after closing"), "indirect", False),
    (S("she", after="off its hinges,\""), SR, S("said", after="off its hinges,\""),
     R("You come in at 8 a.m.", "It stays with you"), "direct", False),
    (S("Police", after="It stays with you"), CPD, S("said", after="It stays with you.\"\n\nPolice"),
     S("no one was injured in any of the burglaries"), "indirect", False),
    # "All told" is not a cue
    (S("estimates provided by the pharmacies"), "pharmacies", S("according to", 2),
     R("the stolen medication", "about $48,000"), "indirect", True),
    (S("state records"), "Missouri state records", S("show", after="state records"),
     R("Mercer was previously convicted", "August 2024"), "indirect", False),
    (S("Police", after="March 3."), CPD, S("asked"),
     R("anyone with information", "573-875-8477"), "indirect", False),
]

DATES = [
    (S("Wednesday", 1), "2026-02-18"),
    (S("Tuesday afternoon"), "2026-02-17"),
    (S("Wednesday", 2), "2026-02-18"),
    (S("Jan. 22"), "2026-01-22"),
    (S("early Saturday"), "2026-02-14"),
    (S("Valentine's Day"), "2026-02-14"),
    (S("Feb. 9", 1), "2026-02-09"),
    # a week expression
    (S("the first week of February"), None),
    (S("Feb. 9", 2), "2026-02-09"),
    (S("2019"), "2019"),
    (S("August 2024"), "2024-08"),
    (S("March 3"), "2026-03-03"),
]

CO = ("Columbia, Missouri", "US", "city")
FU = ("Fulton, Missouri", "US", "city")
PR = ("Providence Road", "US", "street")
PLACES = [
    ("ALL", "Columbia", *CO, ["Columbia Police Department"]),
    (S("Fulton", 1), *FU),
    (S("Paris Road"), "Paris Road", "US", "street"),
    (S("Providence Road", 1), *PR),
    (S("Business Loop 70"), "Business Loop 70", "US", "street"),
    (S("Fulton", after="A break-in on Feb. 9 at a pharmacy in "), *FU),
    (S("Callaway County"), "Callaway County", "US", "county"),
    # a place in a title outside an organisation's name
    (S("Fulton", after="tied to Mercer, "), *FU),
    (S("Providence Road", 2), *PR),
    (S("Interstate 70"), "Interstate 70", "US", "street"),
    (S("Fulton", after="near the Fulton"), *FU),
    (S("St. Louis"), "St. Louis", "US", "city"),
    (S("Boone County", after="He denied"), "Boone County, Missouri", "US", "county"),
    (S("Jefferson City"), "Jefferson City", "US", "city"),
    (S("Missouri"), "Missouri", "US", "state"),
    # not places: Boone County Circuit Court, Boone County Jail, Columbia Police Department,
    # the Tribune, Crime Stoppers, Honda Civic; Officer Brooke Fulton (a person)
]

HTML = dict(
    layout="local", accent="#7a1f1f", site="Columbia Daily Ledger", tagline="Mid-Missouri news", section="Crime",
    nav=["News", "Crime", "Education", "Mizzou", "Business", "Opinion", "Obituaries"],
    kicker="Crime & Courts", byline="Kendra Walsh", shown_date="Feb 19, 2026",
    published_time="2026-02-19T10:40:00-06:00", author="Kendra Walsh", cookie=False,
    related_title="More crime & courts",
    related=["Man sentenced for 2024 Broadway shooting", "Fulton council approves new police cameras",
             "Boone County jail population hits record"],
    tags=["Crime", "Columbia", "Fulton", "Burglary"],
    footer="© 2026 Columbia Daily Ledger.",
)
