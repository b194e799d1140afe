OUTLET = "Pitchside"
PUBLISHED = "2026-07-21"

CM = "Carlos Mendieta"
AB = "Anja Brenner"
HO = "Hannah Okoye"
JL = "Jonas Lindqvist"
ATTRIBUTIONS = [
    (S("sources close to the deal"), "sources close to the deal", S("told", 1),
     R("Aston Borough have agreed", "on Wednesday"), "indirect", True),
    (S("a person with knowledge of the negotiations"), "person with knowledge of the negotiations", S("according to", 1),
     R("Personal terms", "to be a problem"), "indirect", True),
    # the club, not the city
    (S("Hamburg", after="Napoli earlier in the summer. "), "Hamburger SV", S("insisted"),
     S("he was not for sale"), "indirect", False),
    (S("a club source"), "Hamburg club source", S("said", after="a club source"),
     R("Hamburg had initially insisted", "in late June"), "indirect", True),
    # "refused to confirm the deal": not a cue
    (S("Mendieta", 2), CM, S("said", after="17 in Malmö,\""),
     R("He is a player I have followed", "from other clubs"), "direct", False),
    (None, None, S("Asked"), R("whether the club's owners", "he wanted"), "indirect", True),
    # "according to plan" is not a cue
    (S("he", after="going according to plan,\""), CM, S("said", after="going according to plan,\""),
     S("Everything is going according to plan"), "direct", False),
    (S("Lindqvist's agent, Erik Nordahl"), "Erik Nordahl", S("told", after="Erik Nordahl"),
     R("his client was", "advanced stage"), "mixed", False),
    # "declined to comment" is not a cue
    (S("Hamburg sporting director Anja Brenner"), AB, S("said", after="Anja Brenner"),
     S("no agreement had been signed"), "indirect", False),
    (S("she", after="right for Hamburg,\""), AB, S("said", after="right for Hamburg,\""),
     R("We have received several offers", "right for Hamburg"), "direct", False),
    # "a reported €6m": adjective, not a cue
    (S("The club's chief executive, Hannah Okoye"), HO, S("told", after="Hannah Okoye"),
     R("Borough would", "this summer"), "mixed", False),
    (S("She", after="this summer. "), HO, S("said", after="this summer. She"),
     R("the club expected", "September 1"), "indirect", False),
    (S("Borough supporters' trust chair Derek Walsh"), "Derek Walsh", S("said", after="Derek Walsh"),
     R("fans had been", "for two years"), "mixed", False),
    (S("he", after="it's a statement,\""), "Derek Walsh", S("told", after="it's a statement,\""),
     R("If this gets done", "until now"), "direct", False),
    # evidential passive with a speech verb: one attribution
    (S("Lindqvist", after="on August 15. "), JL, S("is understood to have told"),
     S("he wanted to leave"), "indirect", False),
    (S("sources at the club"), "sources at Aston Borough", S("said", after="sources at the club"),
     R("no bids had been made", "either player"), "indirect", True),
    (S("German outlet Kicker"), "Kicker", S("reported", 2),
     R("the club had opened talks", "Luca Steiner"), "indirect", False),
]

DATES = [
    (S("Wednesday"), "2026-07-22"),
    # "last season" (football) is not a calendar expression
    (S("the summer", 1), None),
    (S("late June"), "2026-06"),
    (S("Monday"), "2026-07-20"),
    (S("Sunday"), "2026-07-19"),
    (S("January 2023"), "2023-01"),
    (S("last September"), "2025-09"),
    (S("May"), "2026-05"),
    (S("last month"), "2026-06"),
    (S("this summer"), None),
    (S("September 1"), "2026-09-01"),
    (S("August 15"), "2026-08-15"),
    (S("Tuesday", 1), "2026-07-21"),
    (S("2025"), "2025"),
    (S("Tuesday", 2), "2026-07-21"),
]

PLACES = [
    (S("Birmingham"), "Birmingham", "GB", "city"),
    (S("Midlands"), "Midlands", "GB", "region"),
    (S("Salzburg"), "Salzburg", "AT", "city"),
    (S("Malmö", 1), "Malmö", "SE", "city"),
    (S("Gothenburg"), "Gothenburg", "SE", "city"),
    (S("Tbilisi"), "Tbilisi", "GE", "city"),
    (S("Saudi Arabia"), "Saudi Arabia", "SA", "country"),
    # not places: clubs and teams (Hamburg, Aston Borough, Atletico Madrid, Napoli, Malmö's academy,
    # Aarhus Victoria, Sweden and Georgia as national teams, Al-Qadisiyah, Newcastle, Lyon, Sporting Lisbon,
    # Freiburg), Villa Lane (a ground), Kieran Sheffield (a person), Bundesliga, Premier League, Nations League
]

HTML = dict(
    layout="sports", site="Pitchside", tagline="Football news, transfers and gossip", section="Transfers",
    nav=["Football", "Transfers", "Premier League", "Europe", "Women's football", "Fixtures"],
    kicker="Transfer news", byline="Ollie Grant, Football correspondent", shown_date="21 July 2026",
    published_time="2026-07-21T14:05:00Z", author="Ollie Grant", cookie=True,
    related_title="Latest transfer news",
    related=["Deadline day: everything you need to know", "Borough target second striker",
             "Bundesliga clubs brace for Premier League raids"],
    tags=["Aston Borough", "Hamburg", "Transfers", "Premier League"],
    footer="© 2026 Pitchside Media.",
)
