OUTLET = "The Levant Desk"
PUBLISHED = "2023-07-03"

LM = "Levant Monitor for Human Rights"
AWC = "official at the Aleppo Water Company"
AANES = "Autonomous Administration of North and East Syria"
ATTRIBUTIONS = [
    (S("activists", 1), "activists", S("say"),
     R("Heat and power cuts", "without water"), "indirect", True),
    (S("activists and residents"), "activists and residents", S("said", 1),
     R("Hundreds of thousands of people", "on the Euphrates"), "indirect", True),
    # an unnamed state institution
    (S("the state meteorological service"), "Syrian state meteorological service", S("according to", 1),
     R("Temperatures in Aleppo governorate", "on Sunday"), "indirect", True),
    # named in the next sentence
    (S("a war monitor"), LM, S("reported", 1),
     R("At least three people", "since Thursday"), "indirect", False),
    (S("The monitor, the London-based Levant Monitor for Human Rights"), LM, S("said", 2),
     R("the pumping station at al-Khafsa", "Eid al-Adha"), "mixed", False),
    (S("An official at the Aleppo Water Company"), AWC, S("told", 1),
     R("engineers were working", "restore supply"), "mixed", True),
    (S("An official at the Aleppo Water Company"), AWC, S("blamed", 1),
     R("\"terrorist attacks\"", "for the outage"), "mixed", True),
    (S("The Kurdish-led Autonomous Administration of North and East Syria"), AANES, S("said", after="upper Euphrates"),
     R("it had reduced electricity output", "levels"), "mixed", False),
    (S("It", after="\"critical\" levels. "), AANES, S("accused"),
     R("Turkey of cutting", "upstream"), "indirect", False),
    (S("Ankara"), "Turkish government", S("denied"), S("a charge"), "indirect", False),
    (S("residents", after="In Raqqa"), "residents of Raqqa", S("said", after="In Raqqa"),
     R("water was reaching homes", "two hours a day"), "indirect", True),
    # a man who gives only his kunya "for fear of reprisals" withholds his name: anonymous
    (S("Abu Khaled"), "Abu Khaled", S("said", after="before the crowds come"),
     R("We fill jerrycans", "to wash them"), "direct", True),
    (S("residents of the Salaheddine and Bustan al-Qasr neighbourhoods"), "residents of Salaheddine and Bustan al-Qasr",
     S("said", after="Bustan al-Qasr"), R("tanker operators had tripled", "five barrels"), "indirect", True),
    (S("the local news site Halab Now"), "Halab Now", S("according to", 2),
     R("tanker operators had tripled", "five barrels"), "indirect", False),
    (S("A local council official in al-Mayadin"), "local council official in al-Mayadin", S("told", 2),
     R("a second pumping station", "on Saturday"), "indirect", True),
    # agentless evidential passive
    (None, None, S("was reported"), R("water had also been cut", "with Iraq"), "indirect", True),
    (S("The UN children's agency UNICEF"), "UNICEF", S("warned"),
     R("the shortages raised", "return of cholera"), "indirect", False),
    (S("UNICEF's representative in Syria, Farah Haddad-Lund"), "Farah Haddad-Lund", S("said", after="washing water"),
     R("Parents are being forced", "washing water"), "direct", False),
    (S("Damascus"), "Syrian government", S("blamed", 2),
     R("Western sanctions", "power grid"), "indirect", False),
    (S("the Jordan-based Arab Regional Climate Centre"), "Arab Regional Climate Centre", S("said", after="Climate Centre"),
     R("The heatwave, one of the worst", "the end of the week"), "indirect", False),
]

DATES = [
    (S("Monday"), "2023-07-03"),
    (S("Sunday", 1), "2023-07-02"),
    (S("Thursday"), "2023-06-29"),
    (S("the first day of Eid al-Adha"), "2023-06-28"),
    (S("Sunday", 2), "2023-07-02"),
    (S("Saturday", 1), "2023-07-01"),
    (S("Sunday", 3), "2023-07-02"),
    (S("Saturday", 2), "2023-07-01"),
    (S("late 2022"), "2022"),
    (S("the end of the week"), None),
]

DZ = "Deir ez-Zor"
PLACES = [
    (S("Aleppo", 1), "Aleppo", "SY", "city"),
    (S("Deir al-Zour", 1), DZ, "SY", "city"),
    (S("AMMAN"), "Amman", "JO", "city"),
    (S("Aleppo", 2), "Aleppo", "SY", "city"),
    (S("Deir ez-Zor", 1), DZ, "SY", "city"),
    ("ALL", "Euphrates", "Euphrates", None, "geographic feature"),
    (S("Aleppo", 3), "Aleppo Governorate", "SY", "province"),
    (S("Deir al-Zour", 2), "Deir ez-Zor Governorate", "SY", "province"),
    (S("London"), "London", "GB", "city"),
    (S("al-Khafsa"), "Al-Khafsa", "SY", "town"),
    (S("Aleppo", after="al-Khafsa, east of"), "Aleppo", "SY", "city"),
    (S("Lake Assad"), "Lake Assad", "SY", "geographic feature"),
    (S("Turkey"), "Turkey", "TR", "country"),
    (S("Ankara"), "Ankara", "TR", "city"),
    (S("Raqqa"), "Raqqa", "SY", "city"),
    (S("Deir ez-Zor", 2), DZ, "SY", "city"),
    (S("al-Joura"), "Al-Joura", "SY", "neighbourhood"),
    (S("Deir Ezzor"), DZ, "SY", "city"),
    (S("Halab", 1), "Aleppo", "SY", "city"),
    (S("Aleppo", after="In Halab, as"), "Aleppo", "SY", "city"),
    (S("Salaheddine"), "Salaheddine", "SY", "neighbourhood"),
    (S("Bustan al-Qasr"), "Bustan al-Qasr", "SY", "neighbourhood"),
    (S("al-Mayadin"), "Al-Mayadin", "SY", "city"),
    (S("Deir ez-Zor", 3), "Deir ez-Zor Governorate", "SY", "province"),
    (S("Albu Kamal"), "Abu Kamal", "SY", "city"),
    (S("Iraq"), "Iraq", "IQ", "country"),
    (S("Syria", after="spread through"), "Syria", "SY", "country"),
    (S("Syria", after="representative in"), "Syria", "SY", "country"),
    (S("Damascus"), "Damascus", "SY", "city"),
    (S("Levant", after="on record across"), "Levant", None, "region"),
    (S("Jordan"), "Jordan", "JO", "country"),
    # not places: Levant Monitor for Human Rights, Aleppo Water Company, Autonomous Administration of
    # North and East Syria, Halab Now, Furat Post, Arab Regional Climate Centre, Syrian/Kurdish/Western
]

HTML = dict(
    layout="agency", site="The Levant Desk", tagline="Independent reporting on Syria, Lebanon, Jordan and Iraq",
    accent="#8a5a00", section="Syria",
    nav=["Syria", "Lebanon", "Iraq", "Jordan", "Gulf", "Analysis", "Humanitarian", "Podcast"],
    kicker="Syria · Humanitarian", byline="Levant Desk staff", shown_date="3 July 2023",
    published_time="2023-07-03T14:05:00+03:00", author="Levant Desk staff", cookie=True,
    figure="Residents fill containers from a well in Deir ez-Zor. Photo: Levant Desk",
    related_title="Read next",
    related=["Explainer: who controls the Euphrates dams?",
             "Cholera cases rise again in northeast Syria camps",
             "Lebanon's power cuts push families to solar"],
    tags=["Syria", "Water", "Heatwave", "Aleppo", "Deir ez-Zor"],
    ad_after=[4],
    footer="© 2023 The Levant Desk. Names of some sources have been withheld for their safety.",
)
