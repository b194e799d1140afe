OUTLET = "The Straits Ledger (Column)"
PUBLISHED = "2025-03-19"

OWNER = "ryokan owner in Higashiyama"
KBA = "Kyoto Buddhist Association"
ATTRIBUTIONS = [
    (S("the city's tourism bureau"), "Kyoto city tourism bureau", S("according to"),
     S("Kyoto now receives more than 50 million visits a year"), "indirect", False),
    (S("City officials"), "Kyoto city officials", S("say", after="City officials"),
     R("the money will go", "from the temples"), "indirect", True),
    # "the city's own planners seem to know it": mental state, no cue
    (S("A survey of residents published by the city in January"), "Kyoto city survey of residents", S("found"),
     R("four in ten had stopped", "cherry blossom season"), "indirect", False),
    # an office without the holder's name: anonymous (the speaker is not identified by name)
    (S("Kyoto's mayor"), "mayor of Kyoto", S("was quoted as saying"),
     R("the city \"cannot", "close its doors"), "mixed", True),
    # "Nobody is asking him to" is negated; "as X put it to me" is a cue
    (S("one ryokan owner in Higashiyama"), OWNER, S("put it"),
     R("What residents want", "not a theme park"), "mixed", True),
    # a request for anonymity ("asked me not to use her name") is not a cue, as "asking not to be named"
    (S("she", after="her guests, "), OWNER, S("said", after="her guests, she"),
     R("her guests", "the hand that feeds her"), "indirect", True),
    (S("she", after="feeds her. But "), OWNER, S("said", after="feeds her. But she"),
     R("what many here admit", "at the same hour"), "indirect", True),
    (S("many here"), "many Kyoto residents", S("admit"),
     R("that the problem is not", "at the same hour"), "indirect", True),
    (S("A tourism researcher at a university in Tokyo"), "tourism researcher at a Tokyo university", S("told"),
     R("dynamic pricing for entry", "any hotel tax"), "indirect", True),
    (S("The Kyoto Buddhist Association"), KBA, S("has rejected"),
     S("the idea"), "indirect", False),
    (S("The Kyoto Buddhist Association"), KBA, S("saying", 2),
     S("worship cannot carry a price"), "indirect", False),
    # "the lines outside them suggest ...": the columnist's own argument, not a cue
]

DATES = [
    (S("twenty years ago"), "2005"),
    (S("Last month"), "2025-02"),
    # a Tuesday in February that cannot be pinned down
    (S("Tuesday"), None),
    (S("February"), "2025-02"),
    (S("April 1"), "2025-04-01"),
    (S("January"), "2025-01"),
    (S("the cherry blossom season"), None),
    (S("2024"), "2024"),
    # a holiday period, as Holy Week
    (S("Golden Week"), None),
    (S("cherry blossom season", 2), None),
]

KY = ("Kyoto", "JP", "city")
PLACES = [
    (S("Kyoto", 1), *KY),
    (S("Gion"), "Gion", "JP", "neighbourhood"),
    (S("Kyoto", 2), *KY),
    (S("Kyoto", 3), *KY),
    # Kiyomizu-dera is a temple (a building), not a place
    (S("Kyoto", 4), *KY),
    (S("Higashiyama"), "Higashiyama-ku, Kyoto", "JP", "district"),
    (S("Venice"), "Venice", "IT", "city"),
    (S("Amsterdam"), "Amsterdam", "NL", "city"),
    (S("Japan"), "Japan", "JP", "country"),
    (S("Nara"), "Nara", "JP", "city"),
    (S("Ōsaka"), "Osaka", "JP", "city"),
    (S("Tōhoku"), "Tohoku", "JP", "region"),
    (S("Tokyo"), "Tokyo", "JP", "city"),
    # "Kyoto", 5 is inside the Kyoto Buddhist Association
    (S("Kyoto", 6), *KY),
    # "Kyoto", 7 is inside the Kyoto Protocol (a treaty)
]

HTML = dict(
    layout="broadsheet", site="The Straits Ledger", tagline="Singapore · Asia · World", section="Opinion",
    nav=["Singapore", "Asia", "World", "Business", "Opinion", "Life", "Travel"],
    kicker="Column", byline="Daniel Koh", shown_date="Mar 19, 2025, 05:00 AM",
    published_time="2025-03-18T21:00:00Z", author="Daniel Koh", cookie=True,
    figure="Visitors crowd a lane in Gion, Kyoto. Photo: The Straits Ledger",
    related_title="More columns",
    related=["Bali's tourist levy, one year on", "Why Penang's heritage core needs fewer cars",
             "Overtourism is a timing problem"],
    tags=["Japan", "Kyoto", "Tourism", "Column"],
    footer="© 2025 The Straits Ledger.",
)
