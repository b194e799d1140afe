OUTLET = "Sunday Flash"
PUBLISHED = "2024-12-30"

VD = "Pieter van Dijk"
FR = "friend of Ryan Castellano"
ATTRIBUTIONS = [
    (S("a source close to the star"), "source close to Ryan Castellano", S("told", 1),
     R("The former \"Harbour Lane\" star", "a mechanical bull"), "indirect", True),
    (S("furious locals in the exclusive hillside estate"), "neighbours on the hillside estate", S("say", 1),
     S("the noise kept their children awake all night"), "indirect", True),
    # title and nationality before the name belong to the source; the trailing age does not
    (S("retired Dutch banker Pieter van Dijk"), VD, S("fumed"),
     R("It sounded like a war zone", "hiding under the bed"), "direct", False),
    (S("neighbours", after="according to"), "neighbours on the hillside estate", S("according to"),
     S("Police were called twice"), "indirect", True),
    (S("A spokesman for Marbella's local police"), "Marbella local police spokesman", S("confirmed"),
     R("officers had visited", "lower the volume"), "mixed", True),
    # nested inside the confirmed content
    (S("officers", after="confirmed"), "Marbella local police officers", S("asked"),
     S("the occupants to lower the volume"), "indirect", True),
    # "We understand": the paper's own claim, not an attribution
    (S("A pal of Ryan's"), FR, S("insisted"),
     R("the party was", "totally innocent fun"), "mixed", True),
    (S("the friend"), FR, S("said", after="the friend"),
     R("Ryan invited the neighbours", "He's gutted"), "direct", True),
    (S("Another guest"), "guest at the party", S("told", after="Another guest"),
     R("the fun carried on", "the following afternoon"), "indirect", True),
    # "for a reported £2.4 million" (adjective) and "were approached for comment" are not cues
    (S("residents of his old street in Chelmsford"), "residents of Ryan Castellano's old street in Chelmsford",
     S("complained"), S("a hot tub on his roof terrace"), "indirect", True),
    (S("Van Dijk", after="Back in Marbella"), VD, S("told", after="Back in Marbella"),
     R("he would take the matter", "one more party"), "mixed", False),
]

DATES = [
    (S("Boxing Day"), "2024-12-26"),
    (S("December 26"), "2024-12-26"),
    # narrated: the afternoon after the Boxing Day party
    (S("the following afternoon"), "2024-12-27"),
    (S("the spring"), None),
    (S("last year"), "2023"),
    (S("2021"), "2021"),
    (S("New Year's Eve"), "2024-12-31"),
    (S("Tuesday"), "2024-12-31"),
]

MB = ("Marbella", "ES", "city")
PLACES = [
    (S("Marbella", 1), *MB),
    (S("Marbella", 2), *MB),
    (S("Costa del Sol"), "Costa del Sol", "ES", "region"),
    (S("Marbella", 3), *MB),
    (S("Essex"), "Essex", "GB", "county"),
    (S("Puerto Banús"), "Puerto Banús", "ES", "neighbourhood"),
    (S("Spain"), "Spain", "ES", "country"),
    (S("Manchester"), "Manchester", "GB", "city"),
    (S("Chelmsford"), "Chelmsford", "GB", "city"),
    (S("Marbella", 4), *MB),
    (S("Málaga"), "Málaga", "ES", "city"),
    # not places: "Harbour Lane" (a TV show)
]

HTML = dict(
    layout="tabloid", site="SUNDAY FLASH", tagline="The stars, the scoops", section="Showbiz",
    nav=["News", "Showbiz", "Soaps", "Sport", "Travel", "Money", "Puzzles"],
    kicker="SOAP SCOOP", byline="Jade Whitlock", shown_date="Updated: 11:48, 30 Dec 2024",
    published_time="2024-12-30T11:48:00Z", author="Jade Whitlock", cookie=True,
    figure="Ryan Castellano at his villa on the Costa del Sol. Picture: Flash Pictures",
    inserts={6: ("Read more", "Soap star's wedding plans in tatters after Ibiza bust-up")},
    related_title="Most read",
    related=["Harbour Lane legend returns for New Year special", "Costa expats brace for new noise laws",
             "Telly chef's Spanish farmhouse for sale"],
    comments=[("costa_carol", "30 Dec 2024", "Seven in the morning?! Poor neighbours."),
              ("RyanFan86", "30 Dec 2024", "Leave him alone, it was Christmas!")],
    tags=["Ryan Castellano", "Marbella", "Soaps"],
    ad_after=[2, 8],
    footer="© Sunday Flash 2024.",
)
