OUTLET = "Tayside Business Journal"
PUBLISHED = "2025-01-27"

TV = "Tay Valley Distillers"
FS = "Fiona Strachan"
PKC = "Perth and Kinross Council spokesperson"
ATTRIBUTIONS = [
    (S("the company", 1), TV, S("said", 1),
     R("A family-owned whisky maker", "Perth, Western Australia"), "indirect", False),
    # the non-restrictive relative clause is left out of the source
    (S("Tay Valley Distillers", 1), TV, S("said", 2),
     R("the contract would be worth", "by the end of 2026"), "indirect", False),
    (S("managing director Fiona Strachan"), FS, S("said", after="managing director Fiona Strachan"),
     R("Two Perths, twelve thousand", "written it better"), "direct", False),
    (S("She", after="written it better"), FS, S("said", after="written it better.\"\n\nShe"),
     R("the first containers would leave", "demand for whisky peaks"), "indirect", False),
    # descriptor followed by the name -> both
    (S("The Western Australian buyer, Swan Cellars"), "Swan Cellars", S("said", after="The Western Australian buyer"),
     R("Scotch sales in the state", "past two years"), "indirect", False),
    # "described the deal as 'a natural fit'" is a naming verb: not a cue
    (S("figures published by the Scotch Whisky Association on Thursday"), "Scotch Whisky Association figures",
     S("according to"), S("Exports of Scotch whisky fell by about 4% in value last year"), "indirect", False),
    (S("A spokesperson for Perth and Kinross Council"), PKC, S("said", after="Kinross Council"),
     R("the new jobs were", "news for the area"), "mixed", True),
    (S("A spokesperson for Perth and Kinross Council"), PKC, S("adding"),
     R("the council had approved", "in November"), "indirect", True),
    (S("The company", after="The company said it was also"), TV,
     S("said", after="The company said it was also"),
     R("it was also in talks", "had been signed"), "indirect", False),
    (S("the company", after="next month, "), TV, S("said", after="next month, the company"),
     R("The distillery's visitor centre", "next month"), "mixed", False),
]

DATES = [
    (S("27 January 2025"), "2025-01-27"),
    (S("Burns Night"), "2025-01-25"),
    (S("Saturday"), "2025-01-25"),
    (S("the end of 2026"), "2026"),
    (S("March"), "2025-03"),
    # anaphoric: about seven weeks after March (unresolvable to a month)
    (S("seven weeks later"), None),
    (S("the Australian winter"), None),
    (S("Sunday"), "2025-01-26"),
    (S("Australia Day"), "2025-01-26"),
    (S("2024"), "2024"),
    (S("last year"), "2024"),
    (S("Thursday"), "2025-01-23"),
    (S("November"), "2024-11"),
    (S("Lunar New Year"), "2025-01-29"),
    (S("Wednesday"), "2025-01-29"),
    (S("1961"), "1961"),
    (S("the spring"), None),
    (S("next month", 1), "2025-02"),
]

PS = ("Perth, Scotland", "GB", "city")
PA = ("Perth, Western Australia", "AU", "city")
PLACES = [
    (S("Perth", 1), *PS),
    (S("Perth", 2), *PA),
    (S("Perth", 3), *PS),
    (S("Scotland"), "Scotland", "GB", "country"),
    (S("Perth", 4), *PA),
    (S("Western Australia"), "Western Australia", "AU", "state"),
    # "Two Perths" (a plural covering both cities) and the "Two Perths" evening are not annotated
    (S("Grangemouth"), "Grangemouth", "GB", "town"),
    (S("Fremantle"), "Fremantle", "AU", "city"),
    (S("United States"), "United States", "US", "country"),
    (S("China"), "China", "CN", "country"),
    (S("Singapore"), "Singapore", "SG", "country"),
    (S("Taiwan"), "Taiwan", "TW", "country"),
    (S("River Tay"), "River Tay", "GB", "geographic feature"),
    (S("Perthshire"), "Perthshire", "GB", "county"),
    (S("Perth", after="warehouses in "), *PA),
    (S("Bunbury"), "Bunbury", "AU", "city"),
    # not places: Tay Valley Distillers, Perth and Kinross Council, Scotch Whisky Association,
    # "Western Australian" / "Australian" / "Scottish" (adjectives)
]

HTML = dict(
    layout="business", site="Tayside Business Journal", tagline="Business news for Perth, Dundee and Angus",
    section="Food & Drink",
    nav=["News", "Food & Drink", "Property", "Tourism", "Jobs", "Events"],
    kicker="Food & Drink", byline="Business desk", shown_date="27 January 2025",
    published_time="2025-01-27T08:00:00Z", author="Tayside Business Journal", cookie=True,
    figure="Casks at the Tay Valley warehouse near Perth. Photo: Tay Valley Distillers",
    related_title="Related",
    related=["Scotch exports dip for a second year", "New bonded warehouse plan for Perthshire",
             "Grangemouth port expands container yard"],
    tags=["Whisky", "Exports", "Perth", "Australia"],
    footer="© 2025 Tayside Business Journal.",
)
