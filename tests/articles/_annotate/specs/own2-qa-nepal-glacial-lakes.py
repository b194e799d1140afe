OUTLET = "Mountain Dispatch"
PUBLISHED = None   # an undated interview page

ST = "Sangita Tamang"
# The "Q:" / "A:" labels are typographic, not verbal cues: the answers are not annotated as
# attributions (the intro's "she says" / "she told" are); cues inside questions and answers are.
ATTRIBUTIONS = [
    (S("she", after="in Kathmandu, "), ST, S("says"),
     R("at least 21 of Nepal’s", "within a generation"), "mixed", False),
    (S("she", after="Last year "), ST, S("told", 1),
     R("Nepal needed", "every drawer"), "mixed", False),
    (S("officials in Kathmandu"), "Nepali government officials", S("announced"),
     S("the danger was over"), "indirect", True),
    (S("The district office"), "Dolakha district office", S("told", 2),
     R("they would be repaired", "before the monsoon"), "indirect", True),
    (S("Critics"), "critics", S("say", after="Critics"),
     R("glacier monitoring in Nepal", "badly underfunded"), "indirect", True),
    (S("The 2019 Hindu Kush Himalaya Assessment"), "2019 Hindu Kush Himalaya Assessment", S("warned"),
     R("a third of the region’s glaciers", "1.5 degrees"), "indirect", False),
    (S("Nepal’s energy ministry"), "Nepal energy ministry", S("said", after="energy ministry"),
     R("hydropower companies would pay", "lake-monitoring fund"), "indirect", False),
    # "a story our grandparents told" has no reported content: not a cue
    (S("an old man"), "old man in Beding", S("told", after="an old man"),
     R("The lake used to be a story", "it is a neighbour."), "direct", True),
    (S("They", after="it is a neighbour.”"), "villagers of Beding", S("asked for"),
     R("a second escape path", "does not"), "indirect", True),
    # not cues: "Tamang spoke to Mountain Dispatch", "showed a pond" (depiction),
    # "What do people in the villages tell you?" (no reported content)
]

DATES = [
    (S("Last year", 1), None),
    (S("2000"), "2000"),
    (S("August 1985"), "1985-08"),
    (S("the late 1990s"), None),
    (S("April"), None),
    (S("the monsoon", 1), None),
    (S("Last year", 2), None),
    (S("2017"), "2017"),
    (S("2021"), "2021"),
    (S("2019"), "2019"),
    (S("2100"), "2100"),
    (S("March"), None),
    # habitual day name (as "every November")
    (S("Mondays"), None),
    (S("the monsoon", 2), None),
]

PLACES = [
    ("ALL", "Nepal", "Nepal", "NP", "country"),
    ("ALL", "Kathmandu", "Kathmandu", "NP", "city"),
    (S("Lalitpur"), "Lalitpur", "NP", "city"),
    ("ALL", "Rolwaling", "Rolwaling Valley", "NP", "geographic feature"),
    (S("Tsho Rolpa"), "Tsho Rolpa", "NP", "geographic feature"),
    (S("Dolakha"), "Dolakha", "NP", "district"),
    (S("Tamakoshi"), "Tamakoshi Valley", "NP", "geographic feature"),
    ("ALL", "Beding", "Beding", "NP", "village"),
    (S("Na", after="Beding and"), "Na", "NP", "village"),
    (S("Singati"), "Singati", "NP", "village"),
    (S("Dig Tsho"), "Dig Tsho", "NP", "geographic feature"),
    (S("Khumbu"), "Khumbu", "NP", "region"),
    ("ALL", "Thame", "Thame", "NP", "village"),
    (S("Everest", 1), "Khumbu", "NP", "region"),
    (S("Everest", 2), "Mount Everest", None, "geographic feature"),
    # not places: Himalayan Glacial Lakes Observatory, Hindu Kush Himalaya Assessment (a report title),
    # Japanese, Dutch
]

HTML = dict(
    layout="magazine", site="Mountain Dispatch", tagline="Reporting from the world's high places", section="Interviews",
    accent="#2f5d62",
    nav=["Stories", "Interviews", "Climate", "Expeditions", "Photo essays", "Shop", "Subscribe"],
    labels=["Q:", "A:"],
    kicker="The Q&A", byline="Interview by Lena Hofstetter", shown_date=None, published_time=None,
    author="Lena Hofstetter", cookie=False,
    figure="Sangita Tamang at Tsho Rolpa. Photo: Mountain Dispatch",
    related_title="More interviews",
    related=["The Sherpa guides who became lake surveyors", "Q&A: a hydrologist on the Indus in a hotter world",
             "Photo essay: thirty years of retreat on one glacier"],
    comments=[("trekker_ann", "", "Walked through Beding last spring. The lake is all anyone talks about."),
              ("hydro_eng", "", "The monitoring fund has been promised for years.")],
    tags=["Glaciers", "Nepal", "Climate risk", "Interview"],
    ad_after=[],
    ads=False,
    footer="© Mountain Dispatch. Reader-supported, ad-free.",
)
