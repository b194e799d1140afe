OUTLET = "Pan-Asia Press Agency"
PUBLISHED = "2024-10-14"

MIN = "Japanese transport ministry"
ATTRIBUTIONS = [
    (S("local police"), "local police in Nagano Prefecture", S("said", 1),
     R("No one was seriously hurt", "mild hypothermia"), "indirect", True),
    (S("Transport Minister Kenji Morioka"), "Kenji Morioka", S("told", 1),
     R("Passenger safety is the foundation", "no stone unturned."), "direct", False),
    (S("the ministry", 1), MIN, S("said", after="regional transport bureaus"),
     R("Operators must complete checks", "regional transport bureaus"), "indirect", False),
    (S("Its operator, Alps Kogen Transport"), "Alps Kogen Transport", S("said", after="Alps Kogen Transport"),
     R("a faulty control board", "did not engage as designed"), "mixed", False),
    (S("company president Hiroshi Tanabe"), "Hiroshi Tanabe", S("said", after="Hiroshi Tanabe"),
     R("We deeply apologise", "hardship we caused"), "direct", False),
    (S("public broadcaster NHK"), "NHK", S("reported", 1),
     R("Police rescue teams", "shortly after 7:30 p.m."), "indirect", False),
    # "who asked not to be named" is a non-restrictive relative: left out of the source span
    (S("A woman in her 70s from Osaka"), "woman in her 70s from Osaka", S("told", after="who asked not to be named"),
     R("she had “never been", "in my life."), "mixed", True),
    (S("she", after="for an hour,”"), "woman in her 70s from Osaka", S("said", after="for an hour,”"),
     R("The wind was swinging", "for an hour"), "direct", True),
    # "citing X" names the ultimate source of what Kyodo reported: one attribution each
    (S("an unnamed official at the transport ministry"), "unnamed official at the transport ministry", S("citing"),
     R("the same line had been cited", "after repairs"), "indirect", True),
    (S("Kyodo News"), "Kyodo News", S("reported", 2),
     R("the same line had been cited", "after repairs"), "indirect", False),
    # "declined to confirm" is not a cue; "saying only that ..." is
    (S("An official at the ministry's railway bureau"), "official at the ministry's railway bureau", S("saying"),
     R("past inspection records", "under review"), "mixed", True),
    (S("the Japan Cableway Association"), "Japan Cableway Association", S("according to"),
     R("Many of Japan's ropeways", "40 years old"), "indirect", False),
    (S("The association"), "Japan Cableway Association", S("warned"),
     R("a shortage of qualified engineers", "postpone upgrades"), "indirect", False),
    (S("the Hakuba village tourism office"), "Hakuba village tourism office", S("said", after="tourism office"),
     S("it expected record numbers this winter"), "indirect", False),
    (S("Chief Cabinet Secretary Yumiko Sato"), "Yumiko Sato", S("said", after="Yumiko Sato"),
     R("the government would consider", "since 1987"), "indirect", False),
    (S("she", after="they are lifelines,”"), "Yumiko Sato", S("said", after="they are lifelines,”"),
     R("Ropeways are not only", "they are lifelines"), "direct", False),
    (S("she", after="they are lifelines,”"), "Yumiko Sato", S("adding"),
     R("the prefectures of Toyama and Gifu", "checks of their own"), "indirect", False),
    (S("the prefectures of Toyama and Gifu"), "Toyama and Gifu prefectural governments", S("announced"),
     S("checks of their own"), "indirect", False),
]

DATES = [
    (S("Monday"), "2024-10-14"),
    (S("the weekend"), None),
    (S("Saturday"), "2024-10-12"),
    (S("Nov. 29"), "2024-11-29"),
    (S("Sunday evening"), "2024-10-13"),
    (S("2019"), "2019"),
    (S("the late 1980s"), None),
    (S("early 1990s"), None),
    (S("last year"), "2023"),
    (S("this winter"), None),
    (S("1987"), "1987"),
    (S("1998"), "1998"),
]

PLACES = [
    ("ALL", "Japan", "Japan", "JP", "country", ["Japan Cableway Association", "Sea of Japan"]),
    # headline: the gorge is in the prefecture
    (S("Nagano", 1), "Nagano Prefecture", "JP", "province"),
    (S("TOKYO"), "Tokyo", "JP", "city"),
    (S("Japanese Alps"), "Japanese Alps", "JP", "geographic feature"),
    (S("Hakuba", 1), "Hakuba", "JP", "village"),
    (S("Nagano Prefecture"), "Nagano Prefecture", "JP", "province"),
    (S("Tokyo", after="told reporters in"), "Tokyo", "JP", "city"),
    (S("Happo-one"), "Happo-one", "JP", "geographic feature"),
    (S("Nagano", after="news conference in"), "Nagano", "JP", "city"),
    (S("Osaka"), "Osaka", "JP", "city"),
    (S("Hakuba", after="Tourism in the"), "Hakuba Valley", "JP", "geographic feature"),
    (S("Australia"), "Australia", "AU", "country"),
    (S("Hong Kong"), "Hong Kong", "HK", "city"),
    (S("Southeast Asia"), "Southeast Asia", None, "region"),
    (S("Hakuba", after="and the Hakuba"), "Hakuba", "JP", "village"),
    (S("Toyama"), "Toyama Prefecture", "JP", "province"),
    (S("Gifu"), "Gifu Prefecture", "JP", "province"),
    (S("Matsukawa"), "Matsukawa River", "JP", "geographic feature"),
    (S("Hime River"), "Hime River", "JP", "geographic feature"),
    (S("Sea of Japan"), "Sea of Japan", None, "geographic feature"),
    (S("Itoigawa"), "Itoigawa", "JP", "city"),
    (S("Hakuba", after="Itoigawa"), "Hakuba", "JP", "village"),
    # "Nagano" inside the event name "1998 Nagano Winter Olympics" is not a place (as organisation names)
]

HTML = dict(
    layout="wire", site="Pan-Asia Press", tagline="Asia's news agency", section="Asia-Pacific",
    accent="#c8102e",
    nav=["Asia-Pacific", "World", "Business", "Japan", "China", "Korea", "Sport", "Photos"],
    kicker="Japan · Transport", byline="Pan-Asia Press", shown_date="14/10/2024 17:22 JST",
    published_time="2024-10-14T08:22:00Z", author="Pan-Asia Press", cookie=True,
    ticker=("Latest", "Typhoon warning lifted for Okinawa · Nikkei closes higher · Seoul protests continue"),
    related_title="More from Asia-Pacific",
    related=["South Korea to extend cable car safety rules to private resorts",
             "Japan's rural rail lines face closure as passenger numbers fall",
             "Record foreign arrivals push Japan tourism spending past pre-pandemic high"],
    tags=["Japan", "Transport", "Safety", "Tourism"],
    ad_after=[4],
    footer="© 2024 Pan-Asia Press Agency. All rights reserved. Redistribution prohibited without written permission.",
)
