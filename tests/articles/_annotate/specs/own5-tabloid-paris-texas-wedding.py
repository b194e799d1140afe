OUTLET = "The Daily Buzz"
PUBLISHED = "2025-02-17"

JM = "Jolene Maddox"
SRC = "source close to Jolene Maddox"
ATTRIBUTIONS = [
    (S("a source close to the star"), SRC, S("told", 1),
     R("The \"Midnight Rodeo\" singer", "in Paris, Texas"), "indirect", True),
    # nested inside the quotation
    (S("She", after="\"She always"), JM, S("joked"),
     S("she'd get married in Paris"), "indirect", False),
    # interrupted quotation: one content span, the cue inside
    (S("the insider"), SRC, S("said", after="the insider"),
     R("She always joked", "on the whole world"), "direct", True),
    # "we can reveal": the paper's own claim, not an attribution
    (S("superfan Chloé Marchand"), "Chloé Marchand", S("laughed"),
     R("We saved for months", "eating barbecue"), "direct", False),
    (S("A rep for Jolene"), "Jolene Maddox's representative", S("confirmed"),
     S("the marriage"), "indirect", True),
    # "refused to share any more details" is not a cue (as "declined to comment")
    (S("the spokesperson"), "Jolene Maddox's representative", S("said", after="the spokesperson"),
     R("Jolene and Dax are very happy", "ask for privacy"), "direct", True),
    (S("Jolene and Dax", after="\"Jolene and Dax"), "Jolene Maddox and Dax Whitfield", S("ask for"),
     S("privacy"), "indirect", False),
    (S("Pals"), "friends of the couple", S("say", after="Pals"),
     R("the lovebirds will honeymoon", "on March 15"), "indirect", True),
    (S("Paris Mayor Cody Renfro"), "Cody Renfro", S("said", after="Cody Renfro"),
     R("the town was", "its famous visitors"), "mixed", False),
    (S("folks calling from Japan"), "callers from Japan", S("asking"),
     S("where they can buy the hat"), "indirect", True),
    (S("he", after="buy the hat,\""), "Cody Renfro", S("told", after="buy the hat,\""),
     R("We've had folks calling", "buy the hat"), "direct", False),
    # "posted a single photo ... with the caption" is not a reporting verb
    (S("A second source"), "second source", S("told", after="A second source"),
     R("the couple first met", "two summers ago"), "indirect", True),
    (S("He", after="two summers ago. \""), "Dax Whitfield", S("asked", after="two summers ago. \"He"),
     S("her to dance"), "indirect", False),
    (S("the source", after="That was it,\""), "second source", S("claimed"),
     R("He asked her to dance", "That was it"), "direct", True),
]

DATES = [
    (S("Valentine's Day"), "2025-02-14"),
    (S("Thursday"), "2025-02-13"),
    (S("Sunday"), "2025-02-16"),
    (S("March 15"), "2025-03-15"),
    (S("Saturday night"), "2025-02-15"),
    # a season anchored to a year -> the year
    (S("two summers ago"), "2023"),
]

PT = ("Paris, Texas", "US", "city")
PF = ("Paris", "FR", "city")
TX = ("Texas", "US", "state")
PLACES = [
    (S("PARIS"), *PT),
    (S("Texas", 1), *TX),
    (S("France", 1), "France", "FR", "country"),
    # the Eiffel Tower (and the town's replica) is a landmark, not a place
    (S("Paris", after="went to the wrong "), *PF),
    (S("Paris", after="tiny chapel in "), *PT),
    (S("Texas", 2), *TX),
    # she meant the Texas one
    (S("Paris", after="get married in "), *PT),
    (S("Texas", 3), *TX),
    (S("Dallas", 1), "Dallas", "US", "city"),
    (S("Tulsa"), "Tulsa", "US", "city"),
    (S("Oklahoma"), "Oklahoma", "US", "state"),
    (S("Nashville"), "Nashville", "US", "city"),
    (S("Paris", after="luxury hotel in "), *PF),
    (S("France", 2), "France", "FR", "country"),
    (S("Lyon"), "Lyon", "FR", "city"),
    (S("Avenue Montaigne"), "Avenue Montaigne", "FR", "street"),
    (S("Texas", 4), *TX),
    (S("Cabo San Lucas"), "Cabo San Lucas", "MX", "city"),
    (S("Mexico"), "Mexico", "MX", "country"),
    (S("Melbourne"), "Melbourne", "AU", "city"),
    (S("Paris", after="on March 15"), *PT),
    (S("Japan"), "Japan", "JP", "country"),
    (S("Dallas", 2), "Dallas", "US", "city"),
    (S("Houston"), "Houston", "US", "city"),
]

HTML = dict(
    layout="tabloid", site="THE DAILY BUZZ", tagline="Celebs · Scandal · Style", section="Celebs",
    nav=["Celebs", "TV", "Music", "Royals", "Style", "Viral", "Deals"],
    kicker="EXCLUSIVE", byline="Tammy Voss", shown_date="Feb 17, 2025, 7:02 a.m. ET",
    published_time="2025-02-17T12:02:00Z", author="Tammy Voss", cookie=True,
    figure="Jolene Maddox on stage last year. Picture: Buzz Pictures",
    inserts={4: ("Don't miss", "Jolene's 10 wildest stage outfits, ranked")},
    related_title="Trending now",
    related=["Reality star's secret twins revealed", "Inside the hat-shaped wedding cake",
             "Hockey hunk's ex breaks silence"],
    comments=[("boots_and_bows", "Feb 17, 2025", "Paris TEXAS, I'm dying"),
              ("lyon_lou", "Feb 17, 2025", "I was at the hotel too... so cold")],
    tags=["Jolene Maddox", "Weddings", "Paris", "Texas"],
    ad_after=[3, 9],
    footer="© 2025 The Daily Buzz. All rights reserved.",
)
