OUTLET = "Science Pulse"
PUBLISHED = "2024-05-22"

STUDY = "study in the Journal of Reef Biology"
TEAM = "research team led by Jordan Whitfield"
ATTRIBUTIONS = [
    (S("study", 1), STUDY, S("finds"),
     S("Red Sea corals shrug off heat that kills reefs elsewhere"), "indirect", False),
    (S("a study published on Wednesday in the Journal of Reef Biology"), STUDY, S("according to", 1),
     R("Corals in the northern Red Sea", "of the world's reefs"), "indirect", False),
    (S("the team"), TEAM, S("reported"),
     S("More than 80 percent of the fragments survived without losing their colour"), "indirect", False),
    (S("lead author Jordan Whitfield"), "Jordan Whitfield", S("said", 1),
     R("These corals are sitting", "don't have one."), "direct", False),
    (S("The study"), STUDY, S("found"),
     R("the corals' tolerance appears", "than in the north"), "indirect", False),
    (S("Co-author Ellen May"), "Ellen May", S("said", after="Co-author Ellen May"),
     R("the results were good news", "the gulf's coastline"), "indirect", False),
    (S("Co-author Ellen May"), "Ellen May", S("warned"), S("against complacency"), "indirect", False),
    (S("May", after="heat or no heat"), "Ellen May", S("said", after="heat or no heat"),
     R("Pollution, coastal construction", "they really are."), "direct", False),
    (S("surveys by Australian government scientists"), "Australian government scientists", S("according to", 2),
     R("The findings contrast sharply", "of the reef's corals"), "indirect", True),
    (S("Other researchers"), "other researchers", S("urged"), S("caution", 1), "indirect", True),
    (S("Dr. Kwame Asante"), "Kwame Asante", S("said", after="Kwame Asante"),
     R("laboratory experiments could not", "low oxygen and disease"), "indirect", False),
    (S("Asante", 2), "Kwame Asante", S("said", after="not a summer on a reef"),
     R("Six weeks in a tank", "work is careful."), "direct", False),
    (S("the paper's supplementary data"), "supplementary data of the study", S("according to", 3),
     S("Sampling began on 2017-10-26"), "indirect", False),
    (S("the researchers"), TEAM, S("said", after="Whitfield, the researchers"),
     R("Whitfield, the researchers said", "several governments"), "indirect", False),
    (S("Whitfield", after="moving corals around"), "Jordan Whitfield", S("cautioned"),
     R("We're not going to save reefs", "to protect first."), "direct", False),
]

DATES = [
    (S("Wednesday"), "2024-05-22"),
    (S("2016"), "2016"),
    (S("2017", 1), "2017"),
    (S("2021"), "2021"),
    (S("2017-10-26"), "2017-10-26"),
    (S("mid-2022"), "2022"),
]

PLACES = [
    ("ALL", "Red Sea", "Red Sea", None, "geographic feature", ["Red Sea Marine Institute"]),
    ("ALL", "Gulf of Aqaba", "Gulf of Aqaba", None, "geographic feature"),
    (S("Plymouth"), "Plymouth", "GB", "city"),
    (S("England"), "England", "GB", "country"),
    (S("Bab el-Mandeb"), "Bab-el-Mandeb", None, "geographic feature"),
    ("ALL", "Aqaba", "Aqaba", "JO", "city", ["Gulf of Aqaba"]),
    (S("Jordan", after="good news for"), "Jordan", "JO", "country"),
    (S("Egypt"), "Egypt", "EG", "country"),
    (S("Israel"), "Israel", "IL", "country"),
    (S("Saudi Arabia"), "Saudi Arabia", "SA", "country"),
    (S("Great Barrier Reef"), "Great Barrier Reef", "AU", "geographic feature"),
    (S("Australia"), "Australia", "AU", "country"),
    (S("Dahab"), "Dahab", "EG", "town"),
    (S("Sinai Peninsula"), "Sinai Peninsula", "EG", "geographic feature"),
    (S("Persian Gulf"), "Persian Gulf", None, "geographic feature"),
    (S("Indian Ocean"), "Indian Ocean", None, "geographic feature"),
    (S("Geneva"), "Geneva", "CH", "city"),
]

HTML = dict(
    layout="science", site="Science Pulse", tagline="Research news for curious minds", section="Oceans",
    nav=["Latest", "Space", "Earth", "Oceans", "Health", "Tech", "Newsletters"],
    kicker="Oceans · Coral reefs", byline="By Tomás Herrera", shown_date="May 22, 2024",
    published_time="2024-05-22T15:00:00Z", author="Tomás Herrera", cookie=True,
    figure="Staghorn coral in the northern Red Sea. Image: Science Pulse illustration",
    infobox="Reference: Whitfield J., May E. et al., Journal of Reef Biology (2024).",
    related_title="More from Oceans",
    related=["Deep-sea mining trial stirs up more sediment than expected", "Seagrass meadows store carbon for millennia",
             "How marine heatwaves are counted"],
    tags=["Coral reefs", "Climate", "Red Sea", "Genetics"],
    ad_after=[4],
    footer="© 2024 Science Pulse. Science journalism, independent of funders.",
)
