OUTLET = "Polar Science News"
PUBLISHED = "2025-08-14"

IC = "Ines Carvalho"
TEAM = "Carvalho's research team (Scripps-Baird Polar Institute)"
SO = "Samuel Okoro"
ATTRIBUTIONS = [
    # headline "…, study finds"
    (S("study", after="ocean warms, "), "study in Marine Ecology Letters", S("finds"),
     R("Krill swarms near", "as the ocean warms"), "indirect", False),
    (S("a study published on Wednesday in the journal Marine Ecology Letters"), "study in Marine Ecology Letters",
     S("according to"), R("Antarctic krill, the shrimp-like", "since the 1970s"), "indirect", False),
    (S("They", after="Antarctic Peninsula. "), TEAM, S("found", 1),
     R("the densest swarms", "further south"), "indirect", False),
    # inverted cue; descriptor followed by the name -> both
    (S("the study's lead author, marine ecologist Dr. Ines Carvalho"), IC, S("said", 1),
     R("The krill are following", "cannot always follow"), "direct", False),
    (S("the researchers"), TEAM, S("said", after="the researchers"),
     R("The shift matters", "in fixed places"), "indirect", False),
    (S("data from earlier surveys"), "earlier surveys", S("show"),
     R("Colonies of macaroni penguins", "since the 1980s"), "indirect", True),
    (S("The study", after="further south"), "study in Marine Ecology Letters", S("found", 2),
     S("krill in the southern swarms were on average smaller"), "indirect", False),
    (S("the authors"), TEAM, S("suggest"),
     S("may reflect poorer feeding conditions under a thinner cover of sea ice"), "indirect", False),
    # "Not all scientists are persuaded" is a mental state
    (S("Dr. Samuel Okoro"), SO, S("said", after="Dr. Samuel Okoro"),
     R("the historical nets were", "with modern ones"), "indirect", False),
    (S("he", after="put a number on it,\""), SO, S("said", after="put a number on it,\""),
     R("It's a strong signal", "a number on it"), "direct", False),
    (S("A spokesperson for the Association of Responsible Krill Harvesting Companies"),
     "Association of Responsible Krill Harvesting Companies spokesperson", S("said", after="Harvesting Companies"),
     R("its members already avoid", "science-based management"), "mixed", True),
    (S("she", after="due to be published next year, "), IC, S("said", after="next year, she"),
     R("Results from that cruise", "next year"), "indirect", False),
    # the non-restrictive relative clause is left out of the source; "asked not to be named" is not a cue
    (S("A senior British Antarctic Survey scientist in Cambridge, England"), "senior British Antarctic Survey scientist",
     S("said", after="under review, "), R("the new study's estimate", "what we are seeing"), "mixed", True),
]

DATES = [
    (S("14 August 2025"), "2025-08-14"),
    (S("the 1970s"), None),
    (S("Wednesday"), "2025-08-13"),
    (S("1976"), "1976"),
    (S("2024"), "2024"),
    (S("the 1980s"), None),
    # "the breeding season" is not a calendar season
    (S("October"), "2025-10"),
    (S("the austral summer"), None),
    (S("next year"), "2026"),
]

AP = ("Antarctic Peninsula", "AQ", "region")
SG = ("South Georgia", "GS", "geographic feature")
PLACES = [
    (S("Antarctic Peninsula", 1), *AP),
    (S("Southern Ocean"), "Southern Ocean", None, "geographic feature"),
    (S("Scotia Sea"), "Scotia Sea", None, "geographic feature"),
    (S("Antarctic Peninsula", 2), *AP),
    (S("South Georgia", 1), *SG),
    (S("Bransfield Strait"), "Bransfield Strait", "AQ", "geographic feature"),
    (S("South Georgia", 2), *SG),
    # the University of Georgia is an organisation; Athens here is Athens, Georgia
    (S("Athens"), "Athens, Georgia", "US", "city"),
    (S("Norway"), "Norway", "NO", "country"),
    (S("China"), "China", "CN", "country"),
    (S("Chile"), "Chile", "CL", "country"),
    (S("Hobart"), "Hobart", "AU", "city"),
    (S("Punta Arenas"), "Punta Arenas", "CL", "city"),
    (S("King George Island"), "King George Island", "AQ", "geographic feature"),
    (S("Cambridge"), "Cambridge", "GB", "city"),
    (S("England"), "England", "GB", "country"),
    # not places: Scripps-Baird Polar Institute, CCAMLR, British Antarctic Survey, "Antarctic krill"
]

HTML = dict(
    layout="science", site="Polar Science News", tagline="Research from the ends of the Earth", section="Oceans",
    nav=["News", "Oceans", "Ice", "Wildlife", "Climate", "Expeditions"],
    kicker="Marine ecology", byline="Science Desk", shown_date="14 August 2025",
    published_time="2025-08-14T06:00:00Z", author="Polar Science News", cookie=True,
    figure="A krill swarm photographed in the Bransfield Strait. Photo: Scripps-Baird Polar Institute",
    related_title="Related research",
    related=["Sea ice hits a new winter low", "Penguin counts from space", "The krill fishery's quiet boom"],
    tags=["Antarctica", "Krill", "Oceans", "Climate"],
    footer="© 2025 Polar Science News.",
)
