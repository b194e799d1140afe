OUTLET = "Daily Clarion"
PUBLISHED = "2024-08-14"

DW = "Doreen Walsh"
EL = "East Lindsey District Council"
ATTRIBUTIONS = [
    # headline quotation + colon, no verb: not an attribution
    # "blasted" = criticised: a communicative act with a noun complement
    (S("PENSIONERS"), "pensioners", S("blasted"), S("a seaside council"), "indirect", True),
    (S("East Lindsey District Council"), EL, S("says", 1),
     R("the six-month trial", "cyclists and children"), "mixed", False),
    (S("furious residents"), "furious residents", S("say", after="furious residents"),
     R("the ban, which began", "visitors stranded"), "indirect", True),
    (S("Grandmother Doreen Walsh"), DW, S("fumed"),
     R("It's a disgrace", "I'm not welcome"), "direct", False),
    # agentless passive inside the quotation
    (None, None, S("being told"), S("I'm not welcome"), "indirect", True),
    (S("The retired dinner lady"), DW, S("added"),
     R("Nobody asked us", "up overnight"), "direct", False),
    (S("The new signs"), "new signs on the promenade", S("warn"),
     S("they face a £100 fine between 10am and 6pm"), "indirect", True),
    (S("Her son Gary"), "Gary Walsh", S("said", after="Her son Gary"),
     R("the family had driven", "on Tuesday"), "indirect", False),
    # "The look on her face said it all" is an idiom inside the quotation, not a cue
    (S("he", after="Mum was in tears,\""), "Gary Walsh", S("said", after="Mum was in tears,\""),
     R("Mum was in tears", "said it all"), "direct", False),
    (S("Disability campaigner Raj Patel"), "Raj Patel", S("slammed"),
     R("the decision as", "lazy and cruel"), "mixed", False),
    (S("Disability campaigner Raj Patel"), "Raj Patel", S("called on"),
     S("councillors to scrap it"), "indirect", False),
    (S("He", after="councillors to scrap it"), "Raj Patel", S("said", after="councillors to scrap it"),
     R("Mobility scooters are not", "seafront at all"), "direct", False),
    (S("He", after="seafront at all"), "Raj Patel", S("claimed"),
     R("the council had", "bringing in the rules"), "mixed", False),
    (S("the authority"), EL, S("denies"), S("a charge"), "indirect", False),
    (S("A council spokesman"), "East Lindsey District Council spokesman", S("said", after="A council spokesman"),
     R("Public safety on the promenade", "reviewed in February"), "direct", True),
    # "declined to say" is not a cue
    (S("Local councillor Terry Hobbs"), "Terry Hobbs", S("told", after="Terry Hobbs"),
     R("he had seen", "crowds of kiddies"), "mixed", False),
    (S("he", after="before someone got killed,\""), "Terry Hobbs", S("said", after="before someone got killed,\""),
     S("Something had to be done before someone got killed"), "direct", False),
    (S("Skegness mum-of-three Kelly Dunn"), "Kelly Dunn", S("said", after="Kelly Dunn"),
     R("she had never seen", "living in the resort"), "indirect", False),
    (S("she", after="you want to watch,\""), "Kelly Dunn", S("laughed"),
     S("It's the cyclists you want to watch"), "direct", False),
    (S("Visit Lincolnshire figures"), "Visit Lincolnshire", S("according to"),
     R("Last summer the resort", "four million visitors"), "indirect", False),
]

DATES = [
    (S("the August bank holiday"), "2024-08-26"),
    (S("Monday"), "2024-08-12"),
    (S("2019"), "2019"),
    (S("every summer"), None),
    (S("Tuesday"), "2024-08-13"),
    (S("February"), "2025-02"),
    (S("Last summer"), None),
    (S("last night"), "2024-08-13"),
    (S("2022"), "2022"),
]

PLACES = [
    (S("Skegness", 1), "Skegness", "GB", "town"),
    (S("Grand Parade"), "Grand Parade, Skegness", "GB", "street"),
    (S("Skeggy"), "Skegness", "GB", "town"),
    (S("Mablethorpe"), "Mablethorpe", "GB", "town"),
    (S("Lincoln"), "Lincoln", "GB", "city"),
    # a modifier outside the charity's name
    (S("Lincolnshire", 1), "Lincolnshire", "GB", "county"),
    (S("Skegness", 2), "Skegness", "GB", "town"),
    (S("Boston"), "Boston, Lincolnshire", "GB", "town"),
    # not places: East Lindsey District Council, Access All Areas, Visit Lincolnshire ("Lincolnshire", 2)
]

HTML = dict(
    layout="tabloid", site="DAILY CLARION", tagline="Britain's brightest paper", section="News",
    nav=["News", "Showbiz", "Sport", "Money", "Travel", "Motors", "Puzzles", "Deals"],
    kicker="SEASIDE ROW", byline="Karen Doyle", shown_date="Published: 06:00, 14 Aug 2024",
    published_time="2024-08-14T05:00:00Z", author="Karen Doyle", cookie=True,
    figure="Doreen Walsh, 81, on Skegness seafront. Picture: Daily Clarion",
    inserts={5: ("Read more", "Britain's best beaches for 2024 revealed — and one in Lincolnshire tops the list")},
    related_title="Most read",
    related=["Soap star's secret seaside wedding", "Heatwave to return next week, Met Office says",
             "Pub landlord bans phones at the bar"],
    comments=[("SkegLad", "14 Aug 2024", "Been going 50 years, never seen a scooter hurt anyone."),
              ("Ann_from_Louth", "14 Aug 2024", "The bikes are the real problem.")],
    tags=["Skegness", "Lincolnshire", "Disability", "Councils"],
    ad_after=[2, 10],
    footer="© Daily Clarion 2024. Part of Clarion Media Group.",
)
