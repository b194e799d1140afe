OUTLET = "Northern Record (New Zealand daily)"
PUBLISHED = "2024-02-07"

# Waitangi Day 2024 was Tuesday 6 February: "on Tuesday" = the holiday itself. "until the
# weekend" is a week expression (null); "all of February" the month (2024-02); "last year"
# 2023; "the end of the year" 2024. Māori names keep their macrons in "name": Whangārei (also
# when spelled without, as in "Whangarei District Council", which is an organisation anyway),
# Kaitāia, Ōtāhuhu; Te Tai Tokerau is the Māori name of Northland. Named highways are streets.
NZTA = "NZ Transport Agency"
ATR = "Aroha Te Rangi"
HK = "Hone Kerehoma"
WP = "Wiremu Pōtae"
ATTRIBUTIONS = [
    (S("The NZ Transport Agency"), NZTA, S("said", 1),
     R("State Highway 1 reopened", "at 7pm"), "indirect", False),
    (S("The NZ Transport Agency"), NZTA, S("warned"),
     R("drivers should expect delays", "until the weekend"), "indirect", False),
    (S("it", after="trip to Auckland, "), NZTA, S("said", after="trip to Auckland, it"),
     R("A detour through Dargaville", "trip to Auckland"), "indirect", False),
    (S("MetService meteorologist Aroha Te Rangi"), ATR, S("said", after="Aroha Te Rangi"),
     R("142mm of rain fell", "all of February"), "indirect", False),
    (S("Mereana Hōhepa"), "Mereana Hōhepa", S("said", after="no toilet,\""),
     R("We sat on the road", "open in an hour"), "direct", False),
    (S("The police"), "police", S("telling"), S("it would open in an hour"), "indirect", True),
    (S("Hato Hone St John"), "Hato Hone St John", S("said", after="Hato Hone St John"),
     R("it took two people", "near Kaiwaka"), "indirect", False),
    (S("Whangārei mayor Hone Kerehoma"), HK, S("told"),
     R("the region could not keep", "one road over one hill"), "mixed", False),
    (S("he", after="lost millions, "), HK, S("said", after="lost millions, he"),
     R("The Brynderwyns section was closed", "lost millions"), "indirect", False),
    # name only: the non-restrictive relative "who spoke at Waitangi on Monday" is left out
    (S("Ngāpuhi leader Wiremu Pōtae"), WP, S("said", after="on Monday,"),
     R("people from Kaitāia", "too many times"), "mixed", False),
    (S("He", after="too many times\". "), WP, S("called for"),
     R("work on a second route", "end of the year"), "indirect", False),
    (S("A spokesperson for Whangarei District Council"), "Whangārei District Council spokesperson",
     S("said", after="Whangarei District Council"), R("the council's own roads", "east of the city"), "indirect", True),
    (S("The agency"), NZTA, S("said", after="The agency"),
     R("geotechnical engineers", "on Thursday"), "indirect", False),
    (S("MetService", 2), "MetService", S("according to"),
     R("More rain is forecast", "Friday and Saturday"), "indirect", False),
]

DATES = [
    (S("Waitangi Day", 1), "2024-02-06"),
    (S("on Tuesday", 1), "2024-02-06"),
    (S("Waitangi Day", 2), "2024-02-06"),
    (S("the weekend"), None),
    (S("on Tuesday", 2), "2024-02-06"),
    (S("February"), "2024-02"),
    (S("last year"), "2023"),
    (S("on Monday"), "2024-02-05"),
    (S("the end of the year"), "2024"),
    (S("on Thursday"), "2024-02-08"),
    (S("Friday"), "2024-02-09"),
    (S("Saturday"), "2024-02-10"),
]

WH = ("Whangārei", "NZ", "city")
NL = ("Northland", "NZ", "region")
PLACES = [
    (S("Whangārei", 1), *WH),
    (S("Northland", 1), *NL),
    (S("Brynderwyn Hills"), "Brynderwyn Hills", "NZ", "geographic feature"),
    (S("State Highway 1"), "State Highway 1", "NZ", "street"),
    (S("Dargaville"), "Dargaville", "NZ", "town"),
    (S("State Highway 12"), "State Highway 12", "NZ", "street"),
    (S("Auckland", 1), "Auckland", "NZ", "city"),
    (S("Kaikohe"), "Kaikohe", "NZ", "town"),
    (S("Ōtāhuhu"), "Ōtāhuhu", "NZ", "neighbourhood"),
    (S("South Auckland"), "South Auckland", "NZ", "region"),
    (S("Kaiwaka"), "Kaiwaka", "NZ", "village"),
    (S("Whangārei", after="Whangārei mayor"), *WH),
    # the short form of the range
    (S("Brynderwyns"), "Brynderwyn Hills", "NZ", "geographic feature"),
    (S("Te Tai Tokerau"), *NL),
    (S("Waitangi", after="who spoke at"), "Waitangi", "NZ", "town"),
    (S("Kaitāia"), "Kaitāia", "NZ", "town"),
    (S("Mangawhai"), "Mangawhai", "NZ", "town"),
    (S("Ngunguru Road"), "Ngunguru Road", "NZ", "street"),
    (S("Northland", 2), *NL),
    # not places: SH1 in the headline is spanned below; Waitangi Day (holiday), Waitangi Treaty
    # Grounds, Whangārei Hospital, Whangarei District Council, Hato Hone St John, Te Tai News,
    # Cyclone Gabrielle, Ngāpuhi (an iwi), MetService
    (S("SH1"), "State Highway 1", "NZ", "street"),
]

HTML = dict(
    layout="regional", site="Northern Record", tagline="Te Tai Tokerau's daily since 1875", section="Local News",
    accent="#00587a",
    nav=["Local News", "Northland", "Business", "Sport", "Rural", "Opinion", "Puzzles"],
    kicker="Weather", byline="Tama Hēnare", shown_date="7 Feb, 2024 05:00 AM",
    published_time="2024-02-06T16:00:00Z", author="Tama Hēnare", cookie=True,
    figure="Crews clear a slip on State Highway 1 in the Brynderwyn Hills on Tuesday afternoon.",
    related_title="More Northland news",
    related=["Waitangi Day: thousands gather at dawn service", "Brynderwyns: what we know about the next closure",
             "Kaitāia water restrictions lifted"],
    tags=["Northland", "Weather", "Roads", "Waitangi Day"],
    ad_after=[2, 6],
    footer="© 2024 Northern Record. All rights reserved.",
)
