OUTLET = "The Heartland Courier"
PUBLISHED = "2026-05-10"

LB = "Loretta Banks"
HB = "Hattie Banks"
SA = "Samuel Ashford"
DF = "Denise Ferrell"
ATTRIBUTIONS = [
    (S("People", 1), "people in Cairo", S("told", 1), S("she was crazy"), "indirect", True),
    (S("Loretta", 2), LB, S("recalled"), R("People told her", "was crazy"), "indirect", False),
    # quote holding two nested quoted speech acts
    (S("she", after="nobody left to buy it,'\" "), LB, S("said", after="nobody left to buy it,'\" she"),
     R("Everybody said", "whoever's still here"), "direct", False),
    (S("Everybody"), "people in Cairo", S("said", after="\"Everybody"),
     R("Hattie, nobody's going", "left to buy it"), "direct", True),
    (S("My mother"), HB, S("said", after="\"My mother"),
     S("Then I'll bake it for whoever's still here"), "direct", False),
    (S("census estimates"), "census estimates", S("according to", 1),
     R("Today it has fewer", "than 1,700"), "indirect", True),
    # parenthetical cue: one content span around it
    (S("Loretta", after="seventh month, "), LB, S("said", after="seventh month, Loretta"),
     R("The bakery turned", "as far as Paducah"), "indirect", False),
    # "Neighbors still talk about it" has no content
    (S("Rev. Samuel Ashford of the Greater Bethel Church"), SA, S("said", after="like the mailman,\""),
     S("She'd knock twice and leave, like the mailman"), "direct", False),
    # relative-pronoun source -> the antecedent
    (S("Rev. Samuel Ashford of the Greater Bethel Church"), SA, S("said", after="Greater Bethel Church, who"),
     R("he received a loaf", "that year"), "indirect", False),
    (S("her daughter"), LB, S("said", after="following winter, her daughter"),
     R("She kept working", "was freshest"), "indirect", False),
    (S("She", after="diagnosed with cancer. "), HB, S("telling"),
     S("which bread was freshest"), "indirect", False),
    (S("she", after="stay a month,\" "), LB, S("said", after="stay a month,\" she"),
     R("I told my husband", "three years ago"), "direct", False),
    (S("I", after="\"I told my"), LB, S("told", after="\"I told my"),
     S("I'd stay a month"), "indirect", False),
    (S("Loretta", after="was cut off. "), LB, S("said", after="was cut off. Loretta"),
     R("she considered shutting", "that May"), "indirect", False),
    (S("county records"), "Alexander County records", S("according to", 2),
     R("the Alexander County board", "business grant"), "indirect", False),
    (S("Mayor Denise Ferrell"), DF, S("said", after="Mayor Denise Ferrell"),
     R("the bakery had become", "same tables"), "mixed", False),
    (S("she", after="a biscuit at Banks,\" "), DF, S("said", after="a biscuit at Banks,\" she"),
     R("When people ask me", "biscuit at Banks"), "direct", False),
    (S("people", after="\"When "), "people", S("ask"), S("whether Cairo has a future"), "indirect", True),
    (S("I", after="has a future, "), DF, S("tell", after="has a future, I"), S("to come get a biscuit at Banks"), "indirect", False),
    # "People think" is a mental state
    (S("Loretta", after="about bread,\" "), LB, S("said", after="about bread,\" Loretta"),
     R("People think this is about bread", "3 a.m. for"), "direct", False),
    (S("she", after="Cairo, Egypt, which "), LB, S("said", after="Cairo, Egypt, which she"),
     R("has sent her", "on Facebook"), "indirect", False),
]

DATES = [
    (S("March 3, 2019"), "2019-03-03"),
    (S("the 1920s"), None),
    # "Today" meaning nowadays
    (S("Today", 1), None),
    # narrative anchor: the spring of 2019
    (S("That spring"), "2019"),
    (S("April 2020"), "2020-04"),
    (S("every Friday"), None),
    (S("that year"), "2020"),
    (S("Two years later"), "2022"),
    (S("the summer of 2022"), "2022"),
    (S("the following winter"), None),
    (S("Feb. 11, 2023"), "2023-02-11"),
    (S("three years ago"), "2023"),
    (S("2024"), "2024"),
    (S("the spring of 2025"), "2025"),
    (S("that May"), "2025-05"),
    (S("Today", 2), None),
    (S("Sundays"), None),
    (S("Mother's Day"), "2026-05-10"),
]

CI = ("Cairo, Illinois", "US", "city")
CA = ("Commercial Avenue", "US", "street")
IL = ("Illinois", "US", "state")
OR = ("Ohio River", "US", "geographic feature")
PLACES = [
    (S("Cairo", 1), *CI),
    (S("CAIRO"), *CI),
    (S("Ill."), *IL),
    (S("Ohio River"), *OR),
    (S("Commercial Avenue", 1), *CA),
    (S("Cairo", 2), *CI),
    (S("Cairo", 3), *CI),
    (S("Illinois"), *IL),
    (S("Ohio", after="where the "), *OR),
    (S("Mississippi"), "Mississippi River", "US", "geographic feature"),
    (S("Sikeston"), "Sikeston", "US", "city"),
    (S("Missouri"), "Missouri", "US", "state"),
    (S("Wickliffe"), "Wickliffe", "US", "town"),
    (S("Kentucky"), "Kentucky", "US", "state"),
    (S("Paducah"), "Paducah", "US", "city"),
    (S("Memphis"), "Memphis", "US", "city"),
    (S("Tennessee"), "Tennessee", "US", "state"),
    (S("Commercial Avenue", 2), *CA),
    (S("Alexander County"), "Alexander County, Illinois", "US", "county"),
    (S("Cairo", after="ask me whether "), *CI),
    # the homonym
    (S("Cairo", after="same name in "), "Cairo", "EG", "city"),
    (S("Egypt"), "Egypt", "EG", "country"),
    # not places: Banks Family Bakery / "Banks", Greater Bethel Church, Buick, Facebook
]

HTML = dict(
    layout="magazine", site="The Heartland Courier", tagline="Stories from the middle of America", section="Features",
    nav=["News", "Features", "Food", "Communities", "Photos", "Opinion"],
    kicker="Small towns", byline="Beth Ann Carver", shown_date="May 10, 2026",
    published_time="2026-05-10T11:00:00Z", author="Beth Ann Carver", cookie=False,
    figure="Loretta Banks pulls loaves from the oven before dawn. Photo: Heartland Courier",
    related_title="More features",
    related=["The last barber in Mound City", "A river pilot's 40 years on the Ohio",
             "Why small-town grocery stores keep closing"],
    tags=["Cairo", "Illinois", "Small business", "Food"],
    footer="© 2026 The Heartland Courier.",
)
