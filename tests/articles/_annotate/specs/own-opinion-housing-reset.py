OUTLET = "The Compass (Opinion)"
PUBLISHED = None   # an undated opinion column: no dateline, no date

ATTRIBUTIONS = [
    (S("Minister", 1), "Claire Beaudoin", S("admits"),
     R("housing targets", "will not be met", n=1), "mixed", False),
    (S("Ottawa"), "Government of Canada", S("admitted"),
     S("what everyone who builds houses in this country already knew"), "indirect", False),
    (S("Housing Minister Claire Beaudoin"), "Claire Beaudoin", S("conceded"),
     R("the government's pledge of 3.9 million", "on the current trajectory."), "mixed", False),
    (S("The government"), "Government of Canada", S("claims"),
     S("the measures will unlock 250,000 additional homes over five years"), "indirect", False),
    (S("A group representing developers in Ontario and British Columbia"), "group representing developers in Ontario and British Columbia",
     S("said"), R("the loans were \"a rounding error\"", "since 2020"), "mixed", True),
    (S("ministers"), "government ministers", S("blamed"),
     S("purchasers from abroad for pushing prices out of reach"), "indirect", True),
    (S("the government's own figures"), "Government of Canada", S("show"),
     S("non-residents own fewer than 3 per cent of homes in Toronto and Vancouver"), "indirect", False),
    (S("The minister"), "Claire Beaudoin", S("insists"),
     S("the reset is \"a beginning, not an end."), "mixed", False),
]

DATES = [
    (S("last week"), None),
    (S("2031"), "2031"),
    (S("2022"), "2022"),
    (S("2023", 1), "2023"),
    (S("2020"), "2020"),
    (S("2023", 2), "2023"),
    (S("2023", 3), "2023"),
]

PLACES = [
    (S("Ottawa"), "Ottawa", "CA", "city"),
    (S("Ontario"), "Ontario", "CA", "province"),
    (S("British Columbia"), "British Columbia", "CA", "province"),
    (S("Toronto", 1), "Toronto", "CA", "city"),
    (S("Vancouver"), "Vancouver", "CA", "city"),
    (S("Calgary"), "Calgary", "CA", "city"),
    (S("Halifax"), "Halifax", "CA", "city"),
    (S("Greater Toronto Area"), "Greater Toronto Area", "CA", "region"),
    (S("Prairies"), "Canadian Prairies", "CA", "region"),
    (S("Canada"), "Canada", "CA", "country"),
    (S("Auckland"), "Auckland", "NZ", "city"),
    (S("Dublin"), "Dublin", "IE", "city"),
]

HTML = dict(
    layout="broadsheet", site="The Compass", tagline="Ideas · Argument · Analysis", section="Opinion",
    accent="#8e0000",
    nav=["News", "Politics", "Opinion", "Analysis", "Letters", "Podcasts"],
    kicker="Opinion · Housing", byline="Rebecca Thorne", shown_date=None, published_time=None,
    author="Rebecca Thorne", cookie=True,
    infobox="Rebecca Thorne writes about housing and cities. The views expressed are her own.",
    related_title="More opinion",
    related=["Editorial: a reset needs a plan", "Letters: readers on rent, renovictions and the reset",
             "Analysis: what the housing agency can and cannot do"],
    comments=[("TorontoRenter", "", "Every year a new announcement, every year higher rent."),
              ("BuilderBob", "", "The labour point is the one nobody in Ottawa wants to hear.")],
    tags=["Housing", "Federal politics", "Opinion"],
    ad_after=[3],
    footer="© The Compass. Opinion pieces reflect the views of their authors.",
)
