OUTLET = "Battery Materials Daily"
PUBLISHED = "2025-03-11"

V = "Velora Materials"
CAB = "Kentucky Cabinet for Economic Development"
DM = "Dale Mattingly"
ATTRIBUTIONS = [
    (S("the company", 1), V, S("announced"),
     R("Velora Materials, a Paris-based", "outside Paris, Kentucky"), "indirect", False),
    (S("a joint news release from the company and the Kentucky Cabinet for Economic Development"),
     "joint news release of Velora Materials and the Kentucky Cabinet for Economic Development", S("according to", 1),
     R("The $310 million plant", "in early 2028"), "indirect", False),
    (S("the release", 1), "joint news release of Velora Materials and the Kentucky Cabinet for Economic Development",
     S("said", 1), S("Construction will begin in the second half of this year"), "indirect", False),
    (S("Velora", after="the release said."), V, S("said", 2),
     R("the plant would process", "in the United States"), "indirect", False),
    (S("It", after="in the United States. "), V, S("said", 3),
     R("the recovered metals", "electric vehicles"), "indirect", False),
    (S("Velora chief executive Hélène Marchetti"), "Hélène Marchetti", S("said", after="Hélène Marchetti"),
     R("Kentucky offered us", "built in America"), "direct", False),
    # "described the Kentucky project as ..." is a naming verb, not a cue
    (S("The company", after="one in Poland"), V, S("said", after="The company"),
     R("it chose Kentucky", "began in 2023"), "indirect", False),
    (S("the cabinet"), CAB, S("said", after="the cabinet"),
     R("The state has approved", "Investment program"), "indirect", False),
    (S("Bourbon County Judge-Executive Dale Mattingly"), DM, S("said", after="young people here,\""),
     R("This is a generational investment", "young people here"), "direct", False),
    # relative "who added" -> its antecedent
    (S("Bourbon County Judge-Executive Dale Mattingly"), DM, S("added"),
     R("the county would extend", "serve the site"), "indirect", False),
    # "The release did not say" (negated) and "declined to give a figure" are not cues
    (S("A Velora spokeswoman"), "Velora spokeswoman", S("said", after="reached by phone in Paris"),
     R("average wages at the plant", "the county average"), "mixed", True),
    (S("at least two recyclers"), "at least two battery recyclers", S("citing"),
     S("low metal prices"), "indirect", True),
    # belief attributed to a source; unnamed analysts at a named firm
    (S("Analysts at Cathode Intelligence"), "analysts at Cathode Intelligence", S("believe"),
     R("North American recycling capacity", "end of its life"), "indirect", True),
    (S("the firm"), "Cathode Intelligence", S("said", after="the firm"),
     R("Until then, plants like", "battery factories"), "indirect", False),
    (S("the company", after="venture funds, according to"), V, S("according to", 2),
     R("Its investors include", "two venture funds"), "indirect", False),
]

DATES = [
    (S("Tuesday"), "2025-03-11"),
    (S("early 2028"), "2028"),
    (S("the second half of this year"), "2025"),
    (S("2016"), "2016"),
    (S("2023"), "2023"),
    (S("2022"), "2022"),
    (S("last year"), "2024"),
    (S("the early 2030s"), None),
    (S("last month"), "2025-02"),
]

PK = ("Paris, Kentucky", "US", "city")
PF = ("Paris", "FR", "city")
KY = ("Kentucky", "US", "state")
US = ("United States", "US", "country")
PLACES = [
    (S("Paris", 1), *PK),
    (S("Ky.", 1), *KY),
    (S("PARIS"), *PK),
    (S("Ky.", 2), *KY),
    (S("Paris", 2), *PF),
    (S("Paris", 3), *PK),
    (S("Kentucky", 1), *KY),
    (S("Bourbon County", 1), "Bourbon County", "US", "county"),
    (S("United States", 1), *US),
    (S("Kentucky", 3), *KY),
    (S("America"), *US),
    (S("Saint-Denis"), "Saint-Denis", "FR", "city"),
    (S("Paris", 4), *PF),
    (S("Kentucky", 4), *KY),
    (S("France"), "France", "FR", "country"),
    (S("Dunkirk"), "Dunkirk", "FR", "city"),
    (S("Lyon"), "Lyon", "FR", "city"),
    (S("Poland"), "Poland", "PL", "country"),
    (S("Kentucky", 5), *KY),
    (S("Tennessee"), "Tennessee", "US", "state"),
    # the US state, not the country
    (S("Georgia"), "Georgia", "US", "state"),
    (S("Bourbon County", 2), "Bourbon County", "US", "county"),
    (S("Bourbon County", 3), "Bourbon County", "US", "county"),
    (S("U.S. 460"), "U.S. Route 460", "US", "street"),
    (S("Paris", 5), *PF),
    (S("United States", 2), *US),
    (S("Nevada"), "Nevada", "US", "state"),
    (S("New York"), "New York", "US", "state"),
    (S("London"), "London", "GB", "city"),
    (S("Paris", 6), *PK),
    (S("Ky.", 3), *KY),
    # not places: Kentucky Cabinet for Economic Development ("Kentucky", 2), Kentucky Business
    # Investment program ("Kentucky", 6), 2022 Inflation Reduction Act, Cathode Intelligence;
    # "North American", "French" are adjectives
]

HTML = dict(
    layout="business", site="Battery Materials Daily", tagline="Supply chain news for the energy transition",
    section="Recycling", accent="#2a9d8f",
    nav=["News", "Recycling", "Cathodes", "Lithium", "Policy", "Events", "Jobs"],
    kicker="Plant announcements", byline="Staff report", shown_date="March 11, 2025",
    published_time="2025-03-11T16:30:00Z", author="Battery Materials Daily staff", cookie=True,
    infobox="This article is based on a news release issued by Velora Materials and the Kentucky Cabinet for Economic Development, with additional reporting.",
    related_title="Latest in Recycling",
    related=["Nevada recycler pauses second line as cobalt slumps", "EU battery passport: what recyclers must report",
             "Cell scrap prices fall for third straight quarter"],
    tags=["Recycling", "Kentucky", "Plant announcements", "Velora Materials"],
    ad_after=[2],
    footer="© 2025 Battery Materials Daily. All rights reserved.",
)
