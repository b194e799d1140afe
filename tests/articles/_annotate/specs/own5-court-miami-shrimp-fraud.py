OUTLET = "Gulf Coast Courier"
PUBLISHED = "2024-07-03"

KW = "Karen Whitlow"
PH = "Patricia Holloway"
RQ = "Rafael Quintero Salas"
AGENT = "FBI special agent"
IND = "indictment of Rafael Quintero Salas"
ATTRIBUTIONS = [
    # relative-clause cue: "who prosecutors said relabeled ..."
    (S("prosecutors", 1), "federal prosecutors", S("said", 1),
     R("relabeled millions of pounds", "Gulf of Mexico shrimp"), "indirect", False),
    # a plea is the converse of "denied the charge": a cue with its complement
    (S("Rafael Quintero Salas"), RQ, S("pleaded"),
     R("guilty last August", "food labeling laws"), "indirect", False),
    # parenthetical cue: one content span, the cue inside
    (S("prosecutors", 2), "federal prosecutors", S("alleged"),
     R("Between 2017 and 2021", "Panama City, Florida"), "indirect", False),
    (S("court documents"), "court documents", S("according to", 1),
     R("Restaurants and grocery chains", "the fake label"), "indirect", True),
    (S("Assistant U.S. Attorney Karen Whitlow"), KW, S("told"),
     R("This was not a paperwork mistake", "a business model"), "direct", False),
    (S("She", after="told the court. "), KW, S("said", after="told the court. She"),
     R("the scheme had hurt shrimpers", "lower-priced product"), "indirect", False),
    # descriptor followed by the name -> both
    (S("Quintero's attorney, Marco Delgado"), "Marco Delgado", S("argued"),
     S("a sentence of four years"), "indirect", False),
    (S("Quintero's attorney, Marco Delgado"), "Marco Delgado", S("saying"),
     R("his client had cooperated", "part of the money"), "indirect", False),
    (S("Quintero", after="In a letter to the judge, "), RQ, S("wrote"),
     R("he was \"ashamed", "of two countries"), "mixed", False),
    (S("she", after="was the product,\""), PH, S("said", after="was the product,\" she"),
     R("The label was the product", "the story was false"), "direct", False),
    (S("an FBI special agent"), AGENT, S("testified"),
     R("The investigation began", "to a laboratory"), "indirect", True),
    # test results stating a finding
    (S("DNA tests"), "DNA tests on the samples", S("showed"),
     R("the shrimp had come", "Ecuador and Vietnam"), "indirect", True),
    (S("the agent"), AGENT, S("said", after="the agent"),
     R("DNA tests showed", "Ecuador and Vietnam"), "indirect", True),
    (S("the indictment", 1), IND, S("said", after="Port of Miami, the indictment"),
     R("On Christmas Eve 2020", "Port of Miami"), "indirect", True),
    (S("the indictment", 2), IND, S("according to", 2),
     R("Three days later", "Panama City, Panama"), "indirect", True),
    (S("A person familiar with the case"), "person familiar with the case", S("said", after="familiar with the case"),
     R("two former employees", "later this month"), "indirect", True),
    # the non-restrictive relative clause is left out of the source
    (S("The Southern Shrimp Alliance"), "Southern Shrimp Alliance", S("said", after="in eight states, "),
     R("the sentence \"sends a message", "just a label"), "mixed", False),
]

DATES = [
    (S("Tuesday"), "2024-07-02"),
    (S("last August"), "2023-08"),
    (S("Oct. 1"), "2024-10-01"),
    (S("2017"), "2017"),
    (S("2021"), "2021"),
    (S("the summer of 2019"), "2019"),
    (S("Christmas Eve 2020"), "2020-12-24"),
    # narrated: three days after Christmas Eve 2020
    (S("Three days later"), "2020-12-27"),
    (S("later this month"), "2024-07"),
]

GOM = ("Gulf of Mexico", None, "geographic feature")
US = ("United States", "US", "country")
FL = ("Florida", "US", "state")
PA = ("Panama", "PA", "country")
PLACES = [
    (S("Gulf", 1), *GOM),
    (S("MIAMI"), "Miami", "US", "city"),
    (S("Asia"), "Asia", None, "region"),
    (S("Gulf of Mexico"), *GOM),
    (S("Coral Gables"), "Coral Gables", "US", "city"),
    (S("U.S.", 1), *US),
    (S("Panama", 1), *PA),
    (S("Doral"), "Doral", "US", "city"),
    # the label's "Wild Gulf Shrimp" is a brand; the origin it claims is a place
    (S("Panama City", 1), "Panama City, Florida", "US", "city"),
    (S("Florida", 1), *FL),
    (S("U.S.", 2), *US),
    (S("Gulf Coast"), "Gulf Coast of the United States", "US", "region"),
    (S("Texas"), "Texas", "US", "state"),
    (S("Florida Panhandle"), "Florida Panhandle", "US", "region"),
    (S("U.S.", 3), *US),
    (S("Louisiana"), "Louisiana", "US", "state"),
    (S("Ecuador"), "Ecuador", "EC", "country"),
    (S("Vietnam"), "Vietnam", "VN", "country"),
    # the Port of Miami is a facility
    (S("Panama City", 2), "Panama City", "PA", "city"),
    (S("Panama", after="City, Panama"), *PA),
    # not places: FBI, Southern Shrimp Alliance
]

HTML = dict(
    layout="court", site="Gulf Coast Courier", tagline="Florida news from the coast", section="Courts",
    nav=["News", "Courts", "Business", "Fishing", "Weather", "Opinion"],
    kicker="Federal court", byline="Ana Betancourt", shown_date="July 3, 2024",
    published_time="2024-07-03T11:20:00Z", author="Ana Betancourt", cookie=False,
    figure="Boxes of seized shrimp in an evidence photo filed in federal court.",
    related_title="More from the courts",
    related=["Keys charter captain pleads guilty to fuel fraud", "Grouper mislabeling case heads to trial",
             "Doral warehouse fire ruled accidental"],
    tags=["Courts", "Seafood", "Fraud", "Miami"],
    footer="© 2024 Gulf Coast Courier.",
)
