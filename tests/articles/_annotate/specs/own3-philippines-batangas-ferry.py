OUTLET = "The Philippine Chronicle"
PUBLISHED = "2024-04-02"

# Holy Week dates: Maundy Thursday 2024-03-28, Black Saturday 2024-03-30, Easter Sunday
# 2024-03-31, "the day after Easter" 2024-04-01. "Holy Week" is a week expression (null).
PCG = "Philippine Coast Guard"
MO = "Marites Ocampo"
SF = "Starline Ferries Inc."
PPA = "Philippine Ports Authority"
PAG = "PAGASA (state weather bureau)"
ATTRIBUTIONS = [
    (S("the Philippine Coast Guard (PCG)"), PCG, S("said", 1),
     R("A roll-on/roll-off ferry", "on Easter Sunday night"), "indirect", False),
    (S("the PCG", after="before dawn, "), PCG, S("said", 2),
     R("All passengers and 38 crew", "before dawn"), "indirect", False),
    # "No injuries were reported." is the writer's idiom for a fact, no reported clause: not a cue
    (S("PCG spokesperson Commodore Marites Ocampo"), MO, S("said", after="Marites Ocampo"),
     R("the MV Santa Lucia Star", "around 9 p.m."), "indirect", False),
    (S("she", after="was not breached, "), MO, S("said", after="was not breached, she"),
     S("Its hull was not breached"), "indirect", False),
    # a Tagalog quotation with its gloss, then a second quoted sentence after the cue
    (S("Ocampo", after="Everyone is safe"), MO, S("told"),
     R("Ligtas po ang lahat", "error in navigation"), "direct", False),
    (S("The vessel's operator, Starline Ferries Inc."), SF, S("admitted"),
     S("the ferry had strayed from its usual route"), "indirect", False),
    (S("The vessel's operator, Starline Ferries Inc."), SF, S("denied"),
     S("it was overloaded"), "indirect", False),
    (S("The vessel's operator, Starline Ferries Inc."), SF, S("pointing out"),
     S("the ship was licensed to carry 500 passengers"), "indirect", False),
    # nested inside the quotation; "nobody could tell us when" is negated, not a cue
    (S("The crew"), "crew of the MV Santa Lucia Star", S("telling"),
     S("to stay calm, that help was coming"), "indirect", True),
    (S("Jennifer dela Cruz"), "Jennifer dela Cruz", S("recounted"),
     R("The children were crying", "tell us when"), "direct", False),
    (S("Another passenger, retired teacher Ernesto Villanueva"), "Ernesto Villanueva",
     S("said", after="Ernesto Villanueva, 67,"), R("it took rescuers", "reach the ferry"), "indirect", False),
    (S("The Maritime Industry Authority (MARINA)"), "Maritime Industry Authority", S("announced"),
     R("it had suspended", "pending an investigation"), "indirect", False),
    # "A report on the grounding is due" has no reported content: not a cue
    (S("Senator Ramon Villacorta"), "Ramon Villacorta", S("called for"),
     R("a Senate inquiry", "Batangas–Mindoro route"), "indirect", False),
    (S("the Philippine Ports Authority (PPA)"), PPA, S("according to"),
     R("which carries more than a million", "a typical Holy Week"), "indirect", False),
    # "it expects" is part of the reported clause
    (S("The PPA"), PPA, S("said", after="The PPA"),
     R("passenger traffic at the port", "on April 10"), "indirect", False),
    (S("The state weather bureau PAGASA"), PAG, S("warned"),
     R("the heat index in Metro Manila", "dry season peaks"), "indirect", False),
    (S("It", after="dry season peaks. "), PAG, S("said", after="dry season peaks. It"),
     R("the rainy season", "until late May"), "indirect", False),
    (S("The Department of Education"), "Department of Education", S("said", after="The Department of Education"),
     R("schools could keep", "until mid-April"), "indirect", False),
    (S("fishermen near Tingloy"), "fishermen near Tingloy", S("said", after="fishermen near Tingloy"),
     R("the shoal where", "been a hazard"), "indirect", True),
    # "Everybody here knows it" is knowledge, not a cue
    (S("Rodel Macaraig"), "Rodel Macaraig", S("said", after="boat stuck there,\""),
     R("Every summer there is", "captains from Manila"), "direct", False),
]

DATES = [
    (S("Easter Sunday", 1), "2024-03-31"),
    (S("Holy Week", 1), None),
    (S("Easter Sunday night"), "2024-03-31"),
    (S("the long weekend"), None),
    (S("the day after Easter"), "2024-04-01"),
    (S("Holy Week", 2), None),
    (S("Black Saturday"), "2024-03-30"),
    (S("Araw ng Kagitingan"), "2024-04-09"),
    (S("April 9"), "2024-04-09"),
    (S("Eid'l Fitr"), "2024-04-10"),
    (S("April 10"), "2024-04-10"),
    (S("late March"), "2024-03"),
    (S("yesterday"), "2024-04-01"),
    (S("the dry season"), None),
    (S("the rainy season"), None),
    (S("late May"), "2024-05"),
    (S("mid-April"), "2024-04"),
    (S("Every summer"), None),
]

BP = ("Batangas", "PH", "province")
BC = ("Batangas City", "PH", "city")
MI = ("Mindoro", "PH", "geographic feature")
TG = ("Tingloy", "PH", "town")
PLACES = [
    (S("Batangas", 1), *BP),
    (S("BATANGAS CITY"), *BC),
    (S("Philippines"), "Philippines", "PH", "country"),
    (S("Mindoro", 1), *MI),
    (S("Verde Island Passage"), "Verde Island Passage", "PH", "geographic feature"),
    (S("Calapan City"), "Calapan", "PH", "city"),
    (S("Oriental Mindoro"), "Oriental Mindoro", "PH", "province"),
    (S("Tingloy", 1), *TG),
    (S("Quezon City"), "Quezon City", "PH", "city"),
    (S("Puerto Galera"), "Puerto Galera", "PH", "town"),
    # the port city at one end of the route
    (S("Batangas", 3), *BC),
    (S("Mindoro", 3), *MI),
    (S("Luzon", 1), "Luzon", "PH", "geographic feature"),
    (S("Metro Manila"), "Metro Manila", "PH", "region"),
    (S("Central Luzon"), "Central Luzon", "PH", "region"),
    (S("Batangas", 4), *BP),
    (S("Tingloy", 2), *TG),
    (S("Manila", 2), "Manila", "PH", "city"),
    # not places: Batangas Port ("Batangas", 2; a facility), MV Santa Lucia Star (a ship),
    # Starline Ferries Inc., Philippine Coast Guard, Philippine Ports Authority, DZRT,
    # Maritime Industry Authority, Senate, Department of Education, Araw ng Kagitingan
]

HTML = dict(
    layout="broadsheet", site="The Philippine Chronicle", tagline="Balita ng bayan · Since 1958", section="Nation",
    accent="#0038a8",
    nav=["News", "Nation", "Metro", "Regions", "Business", "Sports", "Lifestyle", "Opinion"],
    kicker="Maritime", byline="Carlo Mendoza", shown_date="April 2, 2024 05:12 AM",
    published_time="2024-04-01T21:12:00Z", author="Carlo Mendoza", cookie=True,
    figure="Passengers of the MV Santa Lucia Star disembark at the port of Batangas City early Monday.",
    related_title="Latest in Nation",
    related=["PAGASA: heat index to hit 'danger' level in 30 areas", "LTFRB extends special permits for provincial buses",
             "Holy Week road crashes down 12 percent, PNP says"],
    tags=["Maritime safety", "Batangas", "Holy Week", "PCG"],
    ad_after=[2, 9],
    footer="© 2024 The Philippine Chronicle. All rights reserved.",
)
