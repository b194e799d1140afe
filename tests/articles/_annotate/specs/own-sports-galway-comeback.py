OUTLET = "The Western Sportsline"
PUBLISHED = "2023-09-17"

ATTRIBUTIONS = [
    (S("Keane", 1), "Siobhán Keane", S("hails"), S("character", 1), "direct", False),
    (S("Wanderers head coach Siobhán Keane"), "Siobhán Keane", S("said", 1),
     R("her side had shown", "a difficult first half"), "mixed", False),
    # one quotation over three paragraphs: the first two paragraphs have no closing mark
    (S("Keane", after="no question,\""), "Siobhán Keane", S("said", 2),
     R("We were second best", "take care of itself."), "direct", False),
    (S("Walsh", after="hit the target"), "Shannon Walsh", S("said", after="hit the target"),
     R("I just tried to hit the target", "this one forever."), "direct", False),
    (S("He", after="with the officiating"), "Dermot Fahy", S("said", after="with the officiating"),
     R("the free kick that led", "the matter with the league"), "mixed", False),
    (S("Fahy", 2), "Dermot Fahy", S("told"),
     R("I've been in football 30 years", "we move on."), "direct", False),
]

DATES = [
    (S("Saturday"), "2023-09-16"),
    (S("May"), "2023-05"),
    (S("Friday night"), "2023-09-15"),
    (S("Friday", 2), "2023-09-22"),
    (S("2009"), "2009"),
]

PLACES = [
    (S("Galway", after="Corrib Park in"), "Galway", "IE", "city"),
    (S("Cork", after="won 2-0 in"), "Cork", "IE", "city"),
    (S("River Corrib"), "River Corrib", "IE", "geographic feature"),
    (S("Shannon", after="west of the"), "River Shannon", "IE", "geographic feature"),
    (S("Reykjavik"), "Reykjavík", "IS", "city"),
]

HTML = dict(
    layout="sports", site="The Western Sportsline", tagline="Sport from the west of Ireland", section="Football",
    nav=["Football", "GAA", "Rugby", "Racing", "Results", "Fixtures", "Tables"],
    kicker="Women's football · Match report", byline="By Niamh Gallagher", shown_date="Sun 17 Sep 2023",
    published_time="2023-09-17T08:00:00+01:00", author="Niamh Gallagher", cookie=True,
    infobox="Galway Wanderers: Quinlan; Hynes, Mulryan, Fox, Tully; Dunne, Carey, Moran; Kilbane (Walsh 78), Burke, Ruane. "
            "Goals: Carey 51, Dunne 60, Walsh 90+2. Cork Harbour: Brennan 12. Referee: P Delaney. Att: 2,114.",
    related_title="Latest results",
    related=["Liffey Rovers held 2-2 at Waterford", "Five things we learned from the weekend",
             "Table: Galway Wanderers close the gap"],
    comments=[("WestEnder", "17 Sep 2023", "Best second half I've seen at Corrib Park in years."),
              ("harbour_lass", "17 Sep 2023", "That free kick was never a foul. Robbed.")],
    tags=["Galway Wanderers", "Cork Harbour", "Women's football"],
    ad_after=[3],
    footer="© 2023 The Western Sportsline. Fixtures and results are subject to change.",
)
