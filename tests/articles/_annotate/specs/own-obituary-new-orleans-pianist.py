OUTLET = "The Gulf Coast Times-Herald"
PUBLISHED = "2022-11-15"

ATTRIBUTIONS = [
    (S("His daughter, Marguerite Batiste-Holloway"), "Marguerite Batiste-Holloway", S("said", 1),
     R("the cause was complications", "in mid-2019"), "indirect", False),
    # "a move he later described as ..." and "Critics have since called ..." are naming verbs: not cues
    (S("the clarinetist Odile Fontaine"), "Odile Fontaine", S("said", after="the same way twice"),
     R("He was very proud", "the same way twice"), "direct", False),
    (S("he", after="my heart in the Ninth Ward,\""), "Lucien Batiste", S("told"),
     S("I left my piano in the water and my heart in the Ninth Ward"), "direct", False),
    (S("his family"), "Batiste's family", S("According to"),
     S("he sat down at the piano every day until last week"), "indirect", True),
    (S("Ms. Batiste-Holloway"), "Marguerite Batiste-Holloway", S("said", after="Ms. Batiste-Holloway"),
     R("He kept saying he had", "didn't tell us."), "direct", False),
    (S("He", after="According to his family"), "Lucien Batiste", S("saying"),
     S("he had one more song to finish"), "indirect", False),
]

DATES = [
    (S("Sunday", 1), "2022-11-13"),
    (S("mid-2019"), "2019"),
    (S("April 9, 1938"), "1938-04-09"),
    (S("the late 1950s"), None),
    (S("1966"), "1966"),
    (S("the 1970s"), None),
    (S("2012"), "2012"),
    (S("the 1990s"), None),
    (S("1987"), "1987"),
    (S("August 2005"), "2005-08"),
    (S("2006"), "2006"),
    (S("March 2021"), "2021-03"),
    (S("03/04/2021"), "2021-03-04"),
    (S("last week"), None),
    (S("2016"), "2016"),
    (S("Nov. 25"), "2022-11-25"),
]

PLACES = [
    ("ALL", "New Orleans", "New Orleans", "US", "city"),
    ("ALL", "Paris", "Paris", "FR", "city"),
    ("ALL", "Tremé", "Tremé", "US", "neighbourhood"),
    (S("Plaquemines Parish"), "Plaquemines Parish", "US", "county"),
    (S("Louisiana"), "Louisiana", "US", "state"),
    (S("Rampart Street"), "Rampart Street", "US", "street"),
    (S("Montmartre"), "Montmartre", "FR", "neighbourhood"),
    (S("United States"), "United States", "US", "country"),
    (S("Frenchmen Street"), "Frenchmen Street", "US", "street"),
    (S("Marigny"), "Faubourg Marigny", "US", "neighbourhood"),
    (S("Houston"), "Houston", "US", "city"),
    (S("Texas"), "Texas", "US", "state"),
    (S("Ninth Ward"), "Ninth Ward", "US", "neighbourhood"),
    (S("Congo Square"), "Congo Square", "US", "street"),
    (S("Atlanta"), "Atlanta", "US", "city"),
    (S("Baton Rouge"), "Baton Rouge", "US", "city"),
]

HTML = dict(
    layout="local", site="The Gulf Coast Times-Herald", tagline="New Orleans · since 1889", section="Obituaries",
    accent="#5b2c6f",
    nav=["News", "Music", "Food", "Saints", "Obituaries", "Opinion", "Weather"],
    topbar="Tuesday, November 15, 2022 · New Orleans 72°F",
    kicker="Obituaries · Music", byline="By Claudette Mouton", shown_date="November 15, 2022",
    published_time="2022-11-15T10:00:00-06:00", author="Claudette Mouton", cookie=True,
    figure="Lucien Batiste at the piano on Frenchmen Street. Times-Herald file photo",
    related_title="Remembering",
    related=["Photos: six decades of Professor Lu", "Listen: 'Downriver Sunday' in full",
             "Guestbook: share your memories"],
    comments=[("marigny_mike", "Nov 15, 2022", "Saw him every Thursday for ten years. Rest easy, Professor."),
              ("Juliette R.", "Nov 15, 2022", "Je l'ai vu à Paris en 1974. Inoubliable."),
              ("NOLA4ever", "Nov 15, 2022", "The second line on the 25th is going to be something.")],
    tags=["Obituaries", "Music", "Jazz", "Tremé"],
    ad_after=[4],
    footer="© 2022 The Gulf Coast Times-Herald. Obituary notices may be placed through our classifieds desk.",
)
