OUTLET = "Health Horizon"
PUBLISHED = "2023-11-29"

STUDY = "trial in the Journal of Community Cardiology"
TEAM = "researchers led by Sydney Owusu"
SO = "Sydney Owusu"
ATTRIBUTIONS = [
    (S("trial", 1), STUDY, S("finds"),
     R("Text reminders and pharmacy checks", "control blood pressure"), "indirect", False),
    (S("a randomised trial in Ghana published on Wednesday"), STUDY, S("according to", 1),
     R("Weekly text-message reminders", "under control"), "indirect", False),
    (S("the researchers"), TEAM, S("reported"),
     R("After 12 months", "usual care"), "indirect", False),
    (S("the authors", 1), TEAM, S("wrote", 1),
     R("Pharmacies are often the first", "effective."), "direct", False),
    # parenthetical inside the quote: the content is the clause it interrupts
    (S("our data"), "data of the trial", S("suggest"),
     R("Using them as a front door", "effective"), "indirect", False),
    (S("Lead author Dr Sydney Owusu"), SO, S("said", 1),
     R("the approach could be expanded", "existing budgets"), "mixed", False),
    (S("Dr Owusu"), SO, S("said", 2),
     R("We did not build anything new", "by name"), "direct", False),
    (S("the authors", 2), TEAM, S("noted", 1),
     R("The gap between the groups", "under 50"), "indirect", False),
    (S("They", after="under 50, the authors noted."), TEAM, S("noted", 2),
     S("several limitations"), "indirect", False),
    (S("they", after="part of the study, "), TEAM, S("wrote", 2),
     R("About 14% of participants", "part of the study"), "indirect", False),
    # "called the results ..." is a naming verb, not a cue
    (S("He", after="not yet a blueprint"), "Joseph Tamale", S("cautioned"),
     R("a 12-month follow-up", "was short"), "indirect", False),
    (S("Tamale", after="not much of a victory"), "Joseph Tamale", S("said", after="not much of a victory"),
     R("Blood pressure control that fades", "a victory"), "direct", False),
    (S("the World Health Organization"), "World Health Organization", S("according to", 2),
     R("Hypertension affects", "middle-income countries"), "indirect", False),
    # a survey whose author is not named
    (S("a 2019 national survey"), "2019 national survey in Ghana", S("found"),
     R("fewer than one in five", "receiving treatment"), "indirect", True),
    (S("Ghana’s Ministry of Health"), "Ghana Ministry of Health", S("announced"),
     R("it would train", "the end of 2025"), "indirect", False),
    (S("the authors", 3), TEAM, S("noted", 3),
     R("The trial was registered", "the Netherlands"), "indirect", False),
    (S("Owusu", after="the Netherlands, the authors noted."), SO, S("said", after="the Netherlands, the authors noted."),
     R("the team planned", "starting in 2024"), "indirect", False),
]

DATES = [
    (S("Wednesday"), "2023-11-29"),
    (S("March 2021"), "2021-03"),
    (S("June 2022"), "2022-06"),
    (S("every Monday"), None),
    (S("2019"), "2019"),
    (S("last month"), "2023-10"),
    (S("the end of 2025"), "2025"),
    (S("14 January 2021"), "2021-01-14"),
    (S("2024"), "2024"),
    # not dates: 140/90 mmHg, PACTR202101748392017, "year two", "12 months"
]

PLACES = [
    ("ALL", "Ghana", "Ghana", "GH", "country"),
    (S("Ashanti"), "Ashanti Region", "GH", "province"),
    (S("Northern"), "Northern Region", "GH", "province"),
    (S("Kumasi"), "Kumasi", "GH", "city"),
    (S("Kampala"), "Kampala", "UG", "city"),
    # Dr Joseph Tamale is a person; "Tamale-based" names the city
    (S("Tamale", after="funded by the"), "Tamale", "GH", "city"),
    (S("Netherlands"), "Netherlands", "NL", "country"),
    (S("Upper East"), "Upper East Region", "GH", "province"),
    (S("Volta"), "Volta Region", "GH", "province"),
    # not places: "US cents" (currency, as dev "U.S. dollars"), Pan African Clinical Trials Registry,
    # Komfo Anokye Teaching Hospital, Makerere University, Savannah Health Trust, Ghanaians
]

HTML = dict(
    layout="health", site="Health Horizon", tagline="Evidence-based health news", section="Research",
    nav=["News", "Research", "Conditions", "Global health", "Nutrition", "Mental health", "Newsletters"],
    kicker="Research · Cardiology", byline="By Hannah Okafor-Reid, Health reporter", shown_date="29 November 2023",
    published_time="2023-11-29T00:01:00+00:00", author="Hannah Okafor-Reid", cookie=True,
    infobox="Medical disclaimer: this article reports on published research and is not medical advice. "
            "Talk to a health professional before changing any treatment.",
    related_title="Related research",
    related=["Salt substitutes cut strokes in rural China, large trial shows",
             "Community health workers and blood pressure: what the evidence says",
             "Why hypertension goes undiagnosed in half of adults worldwide"],
    tags=["Hypertension", "Ghana", "Clinical trials", "Digital health"],
    ad_after=[5],
    footer="© 2023 Health Horizon. Independent and reader-funded.",
)
