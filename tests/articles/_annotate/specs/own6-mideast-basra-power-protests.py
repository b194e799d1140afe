OUTLET = "Al Jazeera"
PUBLISHED = "2026-08-02"

MIN = "Iraqi electricity ministry"
AM = "Ahmed Moussawi"
AA = "Abbas al-Saadi"
MAB = "Mahmoud Abdelwahid"
LJ = "Lina Jaber"
ATTRIBUTIONS = [
    (S("witnesses and local officials"), "witnesses and local officials", S("according to", 1),
     R("Security forces fired", "Umm Qasr"), "indirect", True),
    # "asking not to be named" is not a cue
    (S("a health official in Basrah"), "health official in Basra", S("told", 1),
     R("At least 12 protesters", "were injured"), "indirect", True),
    (S("Haider Kadhim"), "Haider Kadhim", S("said", 1),
     R("We are not asking for luxury", "cannot breathe"), "direct", False),
    (S("Iraq's electricity ministry"), MIN, S("said", after="Iraq's electricity ministry"),
     R("output in the south", "unpaid bills"), "indirect", False),
    # Iran giving its reasons: nested
    (S("Iran", after="megawatts after "), "Iran", S("citing"),
     S("maintenance at a pipeline and unpaid bills"), "indirect", False),
    (S("Ministry spokesman Ahmed Moussawi"), AM, S("told", after="Ahmed Moussawi"),
     R("Baghdad had transferred", "within days"), "mixed", False),
    (S("He", after="within days"), AM, S("denied"),
     S("the government had been warned in advance"), "indirect", False),
    (S("He", after="within days"), AM, S("saying", after="warned in advance"),
     R("the cut came", "without notice"), "mixed", False),
    # "have not commented publicly": negated, not a cue
    (S("Iran's state-run news agency IRNA"), "IRNA", S("reported"),
     R("the National Iranian Gas Company", "during the heatwave"), "mixed", False),
    (S("figures from the International Energy Agency"), "International Energy Agency", S("according to", 2),
     R("Iraq, despite sitting", "from its neighbour"), "indirect", False),
    (S("A report by the agency published in March"), "International Energy Agency report", S("found"),
     R("Iraq flares more gas", "from Iran"), "indirect", False),
    (S("Al Jazeera's Mahmoud Abdelwahid"), MAB, S("said", after="Mahmoud Abdelwahid"),
     R("the streets of the city centre", "during the day"), "indirect", False),
    # "what they call": naming, not a cue
    (S("he", after="come out to protest,\""), MAB, S("said", after="come out to protest,\""),
     R("People only come out", "broken promises"), "direct", False),
    (S("Basra's governor, Abbas al-Saadi"), AA, S("urged"),
     S("residents to protest peacefully"), "indirect", False),
    (S("Basra's governor, Abbas al-Saadi"), AA, S("announced"),
     R("government offices across", "because of the heat"), "indirect", False),
    (S("He", after="because of the heat."), AA, S("blamed"),
     R("saboteurs", "last week"), "mixed", False),
    (S("local media reports"), "local media", S("according to", 3),
     R("Protests also spread", "in Maysan"), "indirect", True),
    (S("His office"), "office of Prime Minister Karim al-Hashimi", S("said", after="His office"),
     R("he had ordered", "in the sector"), "mixed", False),
    (S("he", after="in a statement that "), "Karim al-Hashimi", S("had ordered"),
     R("the electricity ministry to divert", "residential areas"), "indirect", False),
    (S("Analysts"), "analysts", S("say", after="Analysts"),
     S("the crisis is largely of the government's own making"), "indirect", True),
    (S("Lina Jaber"), LJ, S("said", after="same film,\""),
     R("Every summer we see", "grid collapses"), "direct", False),
    (S("Successive governments"), "successive Iraqi governments", S("have promised"),
     S("to capture flared gas and fix the grid"), "indirect", True),
    (S("Iraq's meteorological authority"), "Iraqi meteorological authority", S("said", after="meteorological authority"),
     R("Temperatures in Basra", "at least Tuesday"), "indirect", False),
    # parenthetical cue: one content span around it
    (S("officials", after="Last year, "), "Iraqi officials", S("said", after="Last year, officials"),
     R("Last year, officials", "in August"), "indirect", True),
]

DATES = [
    (S("Saturday", 1), "2026-08-01"),
    (S("the summer of 2018"), "2018"),
    (S("Saturday night"), "2026-08-01"),
    (S("Thursday"), "2026-07-30"),
    (S("Friday"), "2026-07-31"),
    (S("March"), "2026-03"),
    (S("Sunday"), "2026-08-02"),
    (S("Wednesday"), "2026-08-05"),
    (S("last week"), None),
    (S("Saturday", 3), "2026-08-01"),
    # habitual
    (S("Every summer"), None),
    (S("every summer"), None),
    (S("Tuesday"), "2026-08-04"),
    # 20 Safar 1448
    (S("Arbaeen"), "2026-08-04"),
    (S("Last year"), "2025"),
    (S("August"), "2025-08"),
]

IQ = ("Iraq", "IQ", "country")
IR = ("Iran", "IR", "country")
BS = ("Basra", "IQ", "city")
BG = ("Baghdad", "IQ", "city")
PLACES = [
    (S("Iraq", 1), *IQ),
    (S("Basra", 1), *BS),
    (S("Iraq", 2), *IQ),
    (S("Basra", 2), *BS),
    (S("Hayaniya"), "Hayaniya", "IQ", "neighbourhood"),
    (S("Umm Qasr"), "Umm Qasr", "IQ", "town"),
    # variant spelling
    (S("Basrah"), *BS),
    (S("Iraq", after="Iranian consulate"), *IQ),
    (S("Iran", after="megawatts after "), *IR),
    (S("Baghdad", 1), *BG),
    (S("Tehran"), "Tehran", "IR", "city"),
    (S("Qatar"), "Qatar", "QA", "country"),
    (S("Iran", after="But "), *IR),
    (S("Ahvaz"), "Ahvaz", "IR", "city"),
    (S("Abadan"), "Abadan", "IR", "city"),
    (S("Iraq", after="across the border"), *IQ),
    (S("Iraq", after="found that "), *IQ),
    (S("Iran", after="than it imports from "), *IR),
    (S("Basra", after="Reporting from "), *BS),
    # the governor's Basra is the governorate
    (S("Basra", after="broken promises"), "Basra Governorate", "IQ", "province"),
    (S("Zubair"), "Zubair", "IQ", "town"),
    (S("Nasiriyah"), "Nasiriyah", "IQ", "city"),
    (S("Dhi Qar"), "Dhi Qar Governorate", "IQ", "province"),
    (S("Amarah"), "Amarah", "IQ", "city"),
    (S("Maysan"), "Maysan Governorate", "IQ", "province"),
    (S("Baghdad", after="In "), *BG),
    (S("Beirut"), "Beirut", "LB", "city"),
    (S("Basra", after="Temperatures in "), *BS),
    (S("Iraq", after="until at least Tuesday, "), *IQ),
    (S("Iraq", after="travel through southern "), *IQ),
    (S("Karbala"), "Karbala", "IQ", "city"),
    # not places: Al Jazeera, IRNA, National Iranian Gas Company, International Energy Agency,
    # Levant Energy Forum; demonyms Iranian
]

HTML = dict(
    layout="tv", accent="#fa9000", site="Al Jazeera", tagline="News | Middle East", section="Middle East",
    nav=["News", "Middle East", "Africa", "Asia", "Economy", "Opinion", "Features"],
    kicker="News | Protests", byline="Al Jazeera Staff", shown_date="2 Aug 2026",
    published_time="2026-08-02T09:20:00Z", author="Al Jazeera Staff", cookie=True,
    figure="Protesters burn tyres outside the provincial council building in Basra. Photo: Al Jazeera",
    related_title="More from the same show",
    related=["Why Iraq still cannot keep the lights on", "Iran-Iraq gas deal: what we know",
             "Heatwave grips southern Iran"],
    tags=["Iraq", "Protests", "Energy", "Climate crisis"],
    footer="© 2026 Al Jazeera Media Network",
)
