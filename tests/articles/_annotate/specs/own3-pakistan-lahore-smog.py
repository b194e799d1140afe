OUTLET = "The Crescent"
PUBLISHED = "2024-11-13"

AQ = "Ayesha Qureshi"
EPD = "Environment Protection Department, Punjab"
ST = "Salman Tariq"
ATTRIBUTIONS = [
    # passive with an agent: the by-phrase is the source
    (S("Senior Provincial Minister Ayesha Qureshi"), AQ, S("was announced"), S("The decision"), "indirect", False),
    (S("she", after="must go out,\""), AQ, S("said", after="must go out,\""),
     R("Health is our first priority", "must go out"), "direct", False),
    (S("she", after="must go out,\""), AQ, S("adding"),
     R("markets would close at 8pm", "banned in Lahore"), "indirect", False),
    (S("AirScan"), "AirScan", S("According to"),
     R("Lahore was the most polluted", "guideline"), "indirect", False),
    (S("The Environment Protection Department (EPD)"), EPD, S("blamed"),
     R("crop residue burning", "for the smog"), "indirect", False),
    # "who requested not to be named" is not a cue and is left out of the source
    (S("An EPD official"), "EPD official", S("told", 1),
     R("satellite data showed", "the Pakistani side"), "indirect", True),
    (S("satellite data"), "satellite data", S("showed"),
     R("more than 1,200 farm fires", "the Pakistani side"), "indirect", True),
    (S("Indian officials"), "Indian officials", S("rejected"), S("the claim"), "indirect", True),
    (S("Indian officials"), "Indian officials", S("saying", 1),
     R("stubble burning accounts", "Lahore's pollution"), "indirect", True),
    # "he did not say when" is negated speech, not a cue
    (S("Foreign Office spokesperson Zahid Rasool"), "Zahid Rasool", S("said", after="Zahid Rasool"),
     R("Islamabad would raise", "climate diplomacy\""), "mixed", False),
    (S("Dr Salman Tariq"), ST, S("said", after="pulmonologist at the hospital,"),
     R("the number of patients", "since late October"), "indirect", False),
    (S("he", after="without oxygen,\""), ST, S("said", after="without oxygen,\""),
     R("We are seeing children", "public health emergency"), "direct", False),
    (S("Traders"), "traders", S("criticised"), S("the early closure of markets"), "indirect", True),
    (S("Khalid Butt"), "Khalid Butt", S("said", after="not the factories,\""),
     R("The government closes our shops", "pay our workers"), "direct", False),
    (S("The Lahore High Court"), "Lahore High Court", S("directed"),
     R("the provincial government to submit", "by November 20"), "indirect", False),
    (S("The judge"), "judge of the Lahore High Court", S("remarked"),
     S("half-measures will not do"), "mixed", True),
    (S("The Pakistan Meteorological Department"), "Pakistan Meteorological Department", S("has forecast"),
     R("no significant rain", "next ten days"), "indirect", False),
    (S("The Pakistan Meteorological Department"), "Pakistan Meteorological Department", S("saying", 2),
     R("calm winds and low temperatures", "near the ground"), "indirect", False),
    # agentless passive
    (None, None, S("are told"), S("to stay indoors"), "indirect", True),
    (S("Environmentalists"), "environmentalists", S("say", after="Environmentalists"),
     S("the measures come too late"), "indirect", True),
    (S("Aleena Jafri"), "Aleena Jafri", S("said", after="already failed,\""),
     S("Shutting schools is what you do when you have already failed"), "direct", False),
]

DATES = [
    (S("Sunday", 1), "2024-11-17"),
    (S("Tuesday", 1), "2024-11-12"),
    (S("November 17"), "2024-11-17"),
    (S("this month"), "2024-11"),
    (S("Tuesday morning"), "2024-11-12"),
    (S("Sunday", 2), "2024-11-10"),
    (S("Tuesday", 3), "2024-11-12"),
    (S("late October"), "2024-10"),
    (S("Monday"), "2024-11-11"),
    (S("November 20"), "2024-11-20"),
    (S("every winter"), None),
]

LHR = ("Lahore", "PK", "city")
PBPK = ("Punjab, Pakistan", "PK", "province")
PBIN = ("Punjab, India", "IN", "state")
PLACES = [
    (S("Lahore", 1), *LHR),
    (S("LAHORE"), *LHR),
    (S("Punjab", 1), *PBPK),
    # "Lahore, Gujranwala, Faisalabad and Multan divisions": one mention per name
    (S("Lahore", 2), "Lahore Division", "PK", "district"),
    (S("Gujranwala"), "Gujranwala Division", "PK", "district"),
    (S("Faisalabad"), "Faisalabad Division", "PK", "district"),
    (S("Multan"), "Multan Division", "PK", "district"),
    (S("Lahore", 3), *LHR),
    (S("Lahore", 4), *LHR),
    # "Indian Punjab": the adjective qualifies, only the name is spanned
    (S("Punjab", 2), *PBIN),
    (S("Punjab", 3), *PBIN),
    (S("Lahore", 5), *LHR),
    (S("Islamabad", 1), "Islamabad", "PK", "city"),
    (S("New Delhi"), "New Delhi", "IN", "city"),
    (S("Mall Road"), "Mall Road, Lahore", "PK", "street"),
    (S("Punjab", 4), *PBPK),
    (S("Lahore", 7), *LHR),
    (S("Islamabad", 2), "Islamabad", "PK", "city"),
    # not places: Civil Secretariat, World Health Organisation, Foreign Office, Mayo Hospital,
    # Lahore High Court ("Lahore", 6), Pakistan Meteorological Department; "Swiss", "Indian",
    # "Pakistani" are demonyms
]

HTML = dict(
    layout="indian", site="The Crescent", tagline="Lahore · Karachi · Islamabad", section="Pakistan",
    accent="#0b6623",
    nav=["Home", "Pakistan", "Lahore", "World", "Business", "Sport", "Opinion", "Epaper"],
    topbar="Wednesday, November 13, 2024 · Lahore AQI 986 Hazardous",
    kicker="Smog crisis", byline="Our Staff Reporter", shown_date="Published November 13, 2024",
    published_time="2024-11-13T01:10:00Z", author="Staff Reporter", cookie=True,
    figure="Motorists make their way through thick smog on Canal Road, Lahore, on Tuesday.",
    related_title="Related",
    related=["Editorial: smog is a policy failure", "Green lockdown: what is open and what is not",
             "Multan hospitals report surge in respiratory cases"],
    comments=[("Usman R", "13 Nov 2024", "Every year we wait for rain. Where is the long-term plan?"),
              ("Sana", "13 Nov 2024", "Brick kilns still running near Raiwind.")],
    tags=["Smog", "Lahore", "Air quality", "Punjab"],
    ad_after=[2, 7],
    footer="© 2024 The Crescent. All rights reserved.",
)
