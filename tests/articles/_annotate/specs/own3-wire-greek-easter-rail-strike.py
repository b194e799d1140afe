OUTLET = "Aegean Wire (AW)"
PUBLISHED = "2024-04-29"

# Holiday-anchored dates in an Orthodox country: Orthodox Easter 2024-05-05, so the Greek
# "Good Friday" is 2024-05-03 and "Holy Saturday" 2024-05-04; Western Easter ("Western
# Easter", the Catholics' "Easter") is 2024-03-31. Labour Day / May Day 2024-05-01.
# "the Easter weekend" and "Holy Week" are week expressions (null). The dateline date
# "April 29" is a date. "May Day" in the headline is the holiday.
UN = "Union of Hellenic Rail Staff (ESSE)"
SK = "Stavros Kalogeropoulos"
NA = "Nikos Argyrou"
TR = "traders at the central market in Athens"
ATTRIBUTIONS = [
    (S("their union"), UN, S("said", 1),
     R("Greek rail workers will walk off", "from Wednesday"), "indirect", False),
    (S("the Union of Hellenic Rail Staff (ESSE)"), UN, S("said", after="said in a statement"),
     R("The strike, which starts", "until Friday morning"), "indirect", False),
    (S("union president Stavros Kalogeropoulos"), SK, S("told", 1),
     R("We have no choice", "they were promised"), "direct", False),
    # "the safety upgrades they were promised": a promise with no reported clause, not a cue
    # "called the strike 'unjustified'" is a naming verb: not a cue
    (S("Deputy Transport Minister Nikos Argyrou"), NA, S("urged"),
     R("the union to call it off", "usually peaks"), "indirect", False),
    (S("The ministry"), "Greek transport ministry", S("said", after="The ministry"),
     R("extra buses would run", "Patras and Larissa"), "indirect", False),
    (S("Hellas Rail, the private operator"), "Hellas Rail", S("said", after="the private operator,"),
     R("passengers holding tickets", "full refunds"), "indirect", False),
    (S("Aegean Sky Airways"), "Aegean Sky Airways", S("said", after="Aegean Sky Airways"),
     R("it would add 14 flights", "Crete and Rhodes"), "indirect", False),
    (S("the coast guard"), "Greek coast guard", S("said", after="the coast guard"),
     R("Ferry operators expect", "the Easter weekend"), "indirect", True),
    (S("Yiannis Dimou"), "Yiannis Dimou", S("said", after="everyone else does,\""),
     R("My mother in Kalamata", "for four hours"), "direct", False),
    (S("My mother in Kalamata"), "Yiannis Dimou's mother", S("told", after="My mother"),
     R("to take the bus", "everyone else does"), "indirect", True),
    (S("traders"), TR, S("according to"),
     R("Lamb prices at the central market", "from last year"), "indirect", True),
    # relative pronoun source -> its antecedent
    (S("traders"), TR, S("blamed"),
     R("higher feed costs", "floods in Thessaly"), "indirect", True),
    (S("state radio"), "Cypriot state radio", S("reported"),
     R("air traffic controllers called off", "for Holy Week"), "indirect", True),
]

DATES = [
    (S("May Day"), "2024-05-01"),
    (S("Orthodox Easter", 1), "2024-05-05"),
    (S("April 29"), "2024-04-29"),
    (S("Wednesday"), "2024-05-01"),
    (S("on Monday"), "2024-04-29"),
    (S("Orthodox Easter", 2), "2024-05-05"),
    (S("May 1", 1), "2024-05-01"),
    (S("Labour Day", 1), "2024-05-01"),
    (S("Friday morning"), "2024-05-03"),
    (S("Orthodox Easter", 3), "2024-05-05"),
    (S("May 5", 1), "2024-05-05"),
    (S("this year"), "2024"),
    (S("Western Easter"), "2024-03-31"),
    (S("March 31", 1), "2024-03-31"),
    (S("Good Friday"), "2024-05-03"),
    (S("May 1-2"), "2024-05-01"),
    (S("the Easter weekend"), None),
    (S("Thursday"), "2024-05-02"),
    (S("Last year"), "2023"),
    (S("last year"), "2023"),
    (S("last autumn"), None),
    (S("Easter", after="celebrated Easter"), "2024-03-31"),
    (S("March 31", 2), "2024-03-31"),
    (S("Labour Day", 2), "2024-05-01"),
    (S("Orthodox Easter", 4), "2024-05-05"),
    (S("May 5", 2), "2024-05-05"),
    (S("Holy Week"), None),
    (S("Holy Saturday"), "2024-05-04"),
]

ATH = ("Athens", "GR", "city")
PLACES = [
    (S("ATHENS"), *ATH),
    (S("Athens", 1), *ATH),
    (S("Athens", 2), *ATH),
    (S("Thessaloniki"), "Thessaloniki", "GR", "city"),
    (S("Patras"), "Patras", "GR", "city"),
    (S("Larissa"), "Larissa", "GR", "city"),
    (S("Crete"), "Crete", "GR", "geographic feature"),
    (S("Rhodes"), "Rhodes", "GR", "geographic feature"),
    (S("Piraeus"), "Piraeus", "GR", "city"),
    (S("Rafina"), "Rafina", "GR", "town"),
    (S("Kalamata"), "Kalamata", "GR", "city"),
    # "Athens' Kifissos bus terminal": the city as a modifier is a place; the terminal is not
    (S("Athens", 3), *ATH),
    (S("Athens", 4), *ATH),
    (S("Thessaly"), "Thessaly", "GR", "region"),
    (S("Greece"), "Greece", "GR", "country"),
    (S("Syros"), "Syros", "GR", "geographic feature"),
    (S("Tinos"), "Tinos", "GR", "geographic feature"),
    (S("Cyprus"), "Cyprus", "CY", "country"),
    # not places: Kifissos bus terminal, Aegean Sky Airways, Hellas Rail, Union of Hellenic
    # Rail Staff; "Greek", "Cycladic", "the capital", "the island" (no proper name)
]

HTML = dict(
    layout="wire", site="Aegean Wire", tagline="AW · news agency", section="Europe",
    accent="#0d5eaf",
    nav=["Top News", "Greece", "Europe", "Business", "Markets", "Sport"],
    kicker="Greece · Strikes", byline="Eleni Vrettou", shown_date="April 29, 2024 2:17 PM GMT+3",
    published_time="2024-04-29T11:17:00Z", author="Eleni Vrettou", cookie=True,
    related_title="More from Europe",
    related=["Greek inflation edges up on food prices", "Cyprus tourism bookings at record", "Athens metro extension opens"],
    tags=["Greece", "Strikes", "Easter", "Transport"],
    ad_after=[2],
    footer="© 2024 Aegean Wire. All rights reserved.",
)
