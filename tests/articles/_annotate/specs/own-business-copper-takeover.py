OUTLET = "Bourse Daily"
PUBLISHED = "2024-06-10"

PEOPLE = "people familiar with the matter"
ATTRIBUTIONS = [
    (S("sources"), PEOPLE, S("say"),
     S("Chile's Andina Cobre in talks to buy Canada's Northgate Copper"), "indirect", True),
    (S("people familiar with the matter"), PEOPLE, S("said", 1),
     R("Chilean copper producer Andina Cobre", "($3 billion)"), "indirect", True),
    (S("the people"), PEOPLE, S("said", 2),
     S("An agreement could be announced as soon as next week"), "indirect", True),
    (S("they"), PEOPLE, S("cautioned"), S("The talks could still fall apart"), "indirect", True),
    (S("Northgate", after="declined to comment"), "Northgate Copper Corp", S("said", after="declined to comment"),
     R("it \"does not comment", "or speculation."), "mixed", False),
    (S("Northgate", after="dated June 7"), "Northgate Copper Corp", S("disclosed"),
     R("it had hired advisers", "of its assets"), "mixed", False),
    (S("Hannah Osei"), "Hannah Osei", S("said", after="nobody has enough of it"),
     R("Everybody wants copper", "than building one."), "direct", False),
    (S("analysts"), "analysts", S("said", after="mines are located"),
     R("Andina Cobre, which is controlled", "mines are located"), "indirect", True),
    (S("The company"), "Andina Cobre SA", S("reported"),
     S("a 12% drop in net profit last year"), "indirect", False),
    (S("its annual report"), "Andina Cobre annual report", S("according to", 1),
     S("The company reported a 12% drop in net profit last year"), "indirect", False),
    (S("its chief executive, Rodrigo Valdés Pino"), "Rodrigo Valdés Pino", S("told"),
     R("the group would consider", "acquisitions abroad"), "mixed", False),
    (S("data compiled by DealScope"), "DealScope", S("according to", 2),
     R("A deal would be the largest", "since 2021"), "indirect", False),
    (S("a portfolio manager at a Canadian pension fund that owns shares in both companies"),
     "portfolio manager at a Canadian pension fund", S("said", after="not an easy place to start"),
     S("Andina has never run a mine outside Chile, and Peru is not an easy place to start"), "direct", True),
]

DATES = [
    (S("Monday", 1), "2024-06-10"),
    (S("next week"), None),
    (S("Monday", 2), "2024-06-10"),
    (S("March 2020"), "2020-03"),
    (S("June 7"), "2024-06-07"),
    (S("this year"), "2024"),
    (S("2027"), "2027"),
    (S("last year"), "2023"),
    (S("January"), "2024-01"),
    (S("2021"), "2021"),
]

PLACES = [
    ("ALL", "Chile", "Chile", "CL", "country"),
    (S("Canada"), "Canada", "CA", "country"),
    (S("Vancouver"), "Vancouver", "CA", "city"),
    (S("Toronto"), "Toronto", "CA", "city"),
    ("ALL", "London", "London", "GB", "city", ["London Metal Exchange"]),
    ("ALL", "Peru", "Peru", "PE", "country"),
    (S("Arequipa"), "Arequipa", "PE", "province"),
    (S("Kamloops"), "Kamloops", "CA", "city"),
    (S("British Columbia"), "British Columbia", "CA", "province"),
    ("ALL", "Santiago", "Santiago", "CL", "city"),
    (S("Atacama Desert"), "Atacama Desert", "CL", "geographic feature"),
    (S("Shanghai"), "Shanghai", "CN", "city"),
]

HTML = dict(
    layout="business", site="Bourse Daily", tagline="Markets · Deals · Commodities", section="Deals",
    nav=["Markets", "Deals", "Commodities", "Companies", "Economy", "Tech", "Wealth"],
    kicker="Mergers & Acquisitions", byline="By Marcus Ibe and Valentina Ruiz",
    shown_date="June 10, 2024 at 4:47 PM EDT", published_time="2024-06-10T20:47:00Z",
    modified_time="2024-06-10T21:30:00Z", author="Marcus Ibe; Valentina Ruiz", cookie=True,
    ticker=("LME COPPER", "$10,112 ▲1.1%  ·  TSX 22,041 ▲0.3%  ·  IPSA 6,512 ▼0.4%  ·  USD/CLP 931.2"),
    infobox="Bourse Daily does not provide investment advice. Prices delayed at least 15 minutes.",
    related_title="Deals this week",
    related=["Lithium producer weighs sale of Argentine brine assets", "Gold miners' shares slip as bullion retreats",
             "Analysis: why copper supply keeps disappointing"],
    tags=["Copper", "Mining", "M&A", "Chile", "Canada"],
    ad_after=[3, 9],
    footer="© 2024 Bourse Daily Ltd. Data provided for information only.",
)
