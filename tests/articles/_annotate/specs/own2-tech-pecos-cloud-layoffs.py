OUTLET = "The Ledger"
PUBLISHED = "2024-09-12"

MH = "Maren Holt"
PC = "Pecos Cloud"
USERS = "Blind users who said they worked at Pecos"
ATTRIBUTIONS = [
    (S("CEO"), MH, S("tells"),
     R("Pecos Cloud to cut", "Kraków office"), "indirect", False),
    (S("chief executive Maren Holt"), MH, S("told", 1),
     R("Austin, Texas-based cloud software company", "Kraków, Poland"), "indirect", False),
    # "which was seen by The Ledger" is not a cue
    (S("Holt", 1), MH, S("wrote", 1),
     R("This is the hardest message", "have to grow up."), "direct", False),
    (S("Holt", 2), MH, S("said", 1),
     R("employees in the United States", "the end of the year"), "indirect", False),
    (S("she", after="local law and practice,”"), MH, S("wrote", 2),
     R("Staff outside the US", "local law and practice"), "mixed", False),
    (S("the company", after="In a statement, "), PC, S("said", after="In a statement, the company"),
     R("the restructuring would", "$140 million"), "mixed", False),
    (S("a filing with the Securities and Exchange Commission"), "Pecos Cloud filing with the SEC", S("according to"),
     R("Pecos expects to record charges", "Oct. 31"), "indirect", False),
    # "declined to comment" is not a cue
    (S("A Pecos spokesperson"), "Pecos Cloud spokesperson", S("told", 2),
     R("the Kraków office, which employs", "Dublin and Bengaluru"), "indirect", True),
    (S("A WARN notice filed with the Texas Workforce Commission on Wednesday"), "Pecos Cloud WARN notice", S("shows"),
     R("212 jobs will go", "in Austin"), "indirect", False),
    # relative-clause cue inside the subject of "claimed": source = the antecedent
    (S("several users"), USERS, S("said", after="several users who"),
     S("they worked at Pecos"), "indirect", True),
    (S("several users who said they worked at Pecos"), USERS, S("claimed"),
     R("the cuts had fallen hardest", "Kraków and Austin"), "indirect", True),
    (S("one engineer in Kraków"), "engineer in Kraków", S("wrote", 3),
     R("Half my team found out", "That was it"), "direct", True),
    (S("a calendar invite"), "calendar invite", S("said", after="a calendar invite that"),
     S("Quick sync"), "direct", True),
    (S("Priya Raman"), "Priya Raman", S("said", after="trying to tell one"),
     R("The market is punishing", "another question."), "direct", False),
    (S("Holt", after="January 2023, when"), MH, S("said", after="January 2023, when Holt"),
     R("it had", "during the pandemic"), "mixed", False),
    (S("Rival Sierra Stack"), "Sierra Stack", S("announced"),
     S("a similar round of cuts"), "indirect", False),
]

DATES = [
    (S("Wednesday", 1), "2024-09-11"),
    (S("9/11/2024"), "2024-09-11"),
    (S("the end of the year"), "2024"),
    (S("Oct. 31"), "2024-10-31"),
    (S("March 31"), "2025-03-31"),
    (S("Wednesday", 2), "2024-09-11"),
    (S("Wednesday", 3), "2024-09-11"),
    (S("January 2023"), "2023-01"),
    (S("2016"), "2016"),
    (S("last month"), "2024-08"),
]

PLACES = [
    ("ALL", "Kraków", "Kraków", "PL", "city"),
    (S("Austin", 1), "Austin", "US", "city"),
    (S("Texas", 1), "Texas", "US", "state"),
    (S("Poland"), "Poland", "PL", "country"),
    (S("United States"), "United States", "US", "country"),
    (S("US"), "United States", "US", "country"),
    (S("Dublin"), "Dublin", "IE", "city"),
    (S("Bengaluru"), "Bengaluru", "IN", "city"),
    (S("Austin", 2), "Austin", "US", "city"),
    (S("Austin", 3), "Austin", "US", "city"),
    ("ALL", "New York", "New York City", "US", "city"),
    (S("East Austin"), "East Austin", "US", "neighbourhood"),
    (S("Reno"), "Reno", "US", "city"),
    (S("Nevada"), "Nevada", "US", "state"),
    # not places: Pecos Cloud / Pecos (company), Sierra Stack, Texas Workforce Commission,
    # Securities and Exchange Commission, Halvorsen Research
]

HTML = dict(
    layout="business", site="THE LEDGER", tagline="Tech · Markets · Work", section="Technology",
    nav=["Markets", "Technology", "Work", "Startups", "AI", "Policy", "Newsletters", "Events"],
    ticker=("PCOS +4.2%", "NASDAQ +0.8% · S&P 500 +0.5% · 10Y 3.65%"),
    kicker="Tech layoffs", byline="By Daniel Ferreira and Joanna Kowal", shown_date="Sep 12, 2024, 6:00 AM CDT",
    published_time="2024-09-12T11:00:00Z", modified_time="2024-09-12T14:22:00Z",
    author="Daniel Ferreira", cookie=True,
    infobox="Do you work at Pecos Cloud or another company cutting jobs? Contact our reporters securely.",
    inserts={2: ("Read more", "Tech layoffs tracker: every major cut in 2024")},
    related_title="More in Technology",
    related=["Cloud spending slows as customers scrutinise AI bills",
             "Kraków's outsourcing boom faces first real test",
             "Austin startups raise less as investors retreat"],
    comments=[("jk_devops", "Sep 12, 2024", "Calendar invite layoffs need to stop."),
              ("austinite", "Sep 12, 2024", "Third round at Pecos in two years. Not great.")],
    tags=["Layoffs", "Pecos Cloud", "Cloud computing", "Poland"],
    ad_after=[3, 9],
    footer="© 2024 The Ledger Media Inc. Market data delayed at least 15 minutes.",
)
