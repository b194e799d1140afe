OUTLET = "Levant Press Agency (LPA)"
PUBLISHED = "2024-03-12"

# Ramadan 2024 began on Monday 2024-03-11 ("the first day of Ramadan"); "Ramadan" alone is a
# month-long period (null, like "Holy Week"). Yearless months before March resolve to 2024
# ("since February", "since January"); "since the war began in October" to 2023-10.
# Transliteration variants resolve to one name: Deir el-Balah -> Deir al-Balah, Khan Yunis ->
# Khan Younis. "the Rafah crossing" and "the Kerem Shalom crossing" are facilities; "Gaza"
# alone and in "the group's Gaza director" is the Gaza Strip.
BC = "Blue Crescent Water Relief"
SAH = "Samir Abu Hasna"
ATTRIBUTIONS = [
    (S("the aid group that runs it"), BC, S("said", 1),
     R("The last large desalination plant", "the first day of Ramadan"), "indirect", False),
    (S("Blue Crescent Water Relief"), BC, S("said", after="Blue Crescent Water Relief"),
     R("the plant in Deir al-Balah", "since March 3"), "indirect", False),
    (S("the group's Gaza director, Samir Abu Hasna"), SAH, S("told"),
     R("We have water", "that are not safe"), "direct", False),
    (S("Residents"), "residents of Deir al-Balah", S("said", after="Residents"),
     R("they were queuing", "nearby Nuseirat"), "indirect", True),
    # a kunya given "only" withholds the name
    (S("a mother of five who gave her name only as Umm Khaled"), "Umm Khaled", S("said", after="break the fast,\""),
     R("My children fast", "break the fast"), "direct", True),
    (S("Israel's military"), "Israeli military", S("said", after="said in a statement"),
     R("it \"does not restrict\"", "on Sunday"), "mixed", False),
    (S("The United Nations humanitarian office"), "United Nations humanitarian office", S("said", after="humanitarian office"),
     R("fuel deliveries had fallen", "since February"), "indirect", False),
    (S("The United Nations humanitarian office"), "United Nations humanitarian office", S("warned"),
     R("hospitals in Rafah", "the last litres"), "mixed", False),
    (S("The Gaza health ministry"), "Gaza health ministry", S("said", after="The Gaza health ministry"),
     R("cases of acute diarrhoea", "tripled since January"), "indirect", False),
    # "X, citing Y": two attributions with the same content
    (S("data from clinics in Rafah"), "data from clinics in Rafah", S("citing"),
     R("cases of acute diarrhoea", "tripled since January"), "indirect", True),
    (S("Egyptian officials"), "Egyptian officials", S("said", after="Egyptian officials"),
     R("talks in Cairo", "had stalled"), "indirect", True),
    (S("Egypt's state television"), "Egyptian state television", S("reported"),
     R("Egyptian officials said", "had stalled"), "indirect", False),
    (S("Blue Crescent", 2), BC, S("said", after="Blue Crescent said"),
     R("it could restart it", "the Egyptian side on Tuesday"), "indirect", False),
]

DATES = [
    (S("Ramadan", 1), None),
    (S("March 12"), "2024-03-12"),
    (S("on Monday"), "2024-03-11"),
    (S("the first day of Ramadan"), "2024-03-11"),
    (S("March 3"), "2024-03-03"),
    (S("on Sunday"), "2024-03-10"),
    (S("on Tuesday", 1), "2024-03-12"),
    (S("February"), "2024-02"),
    (S("January"), "2024-01"),
    (S("Eid al-Fitr"), "2024-04-10"),
    (S("April 10"), "2024-04-10"),
    (S("2017"), "2017"),
    (S("October"), "2023-10"),
    (S("on Tuesday", 2), "2024-03-12"),
]

GS = ("Gaza Strip", "PS", "region")
DB = ("Deir al-Balah", "PS", "city")
RF = ("Rafah", "PS", "city")
PLACES = [
    (S("Gaza", 1), *GS),
    (S("DEIR AL-BALAH"), *DB),
    (S("Gaza Strip", 1), *GS),
    (S("Gaza", 3), *GS),
    (S("Deir al-Balah", 1), *DB),
    (S("Mediterranean"), "Mediterranean Sea", None, "geographic feature"),
    (S("Gaza", 4), *GS),
    (S("Deir el-Balah"), *DB),
    (S("Nuseirat"), "Nuseirat", "PS", "town"),
    (S("Israel"), "Israel", "IL", "country"),
    (S("Gaza Strip", 2), *GS),
    (S("Rafah", 1), *RF),
    (S("Khan Yunis"), "Khan Younis", "PS", "city"),
    # "The Gaza health ministry": the territory as a modifier
    (S("Gaza", after="The Gaza health"), *GS),
    (S("Rafah", 2), *RF),
    (S("Cairo", 1), "Cairo", "EG", "city"),
    (S("Egypt"), "Egypt", "EG", "country"),
    (S("Deir al-Balah", 2), *DB),
    (S("Cairo", 2), "Cairo", "EG", "city"),
    # not places: Kerem Shalom crossing, Rafah crossing (facilities), European Union funding
    # (an organisation), Blue Crescent Water Relief, LPA; "Egyptian" (demonym)
]

HTML = dict(
    layout="wire", site="Levant Press Agency", tagline="LPA · Beirut · Amman · Cairo", section="Middle East",
    accent="#8a1538",
    nav=["Top News", "Middle East", "World", "Business", "Energy", "Sport"],
    kicker="Gaza · Humanitarian", byline="Nour Haddad", shown_date="March 12, 2024 3:05 PM GMT+2",
    published_time="2024-03-12T13:05:00Z", author="Nour Haddad", cookie=True,
    related_title="Related",
    related=["Aid trucks queue at Rafah crossing", "UN: fuel shortages threaten hospitals", "Ramadan begins amid high prices"],
    tags=["Gaza", "Water", "Humanitarian aid"],
    ad_after=[3],
    footer="© 2024 Levant Press Agency. All rights reserved.",
)
