OUTLET = "The Associated Press (style)"
PUBLISHED = "2024-06-12"

DA = "Denise Arroyo"
FHWA = "Federal Highway Administration"
PW = "Paul Whitcombe"
STUDY = "2023 study led by Hyun-woo Park"
ATTRIBUTIONS = [
    (S("police"), "police", S("said", 1),
     R("Eleven students and a coach", "at a Dayton hospital"), "indirect", True),
    (S("Transportation Secretary Denise Arroyo"), DA, S("told", 1),
     R("We are not going to wait", "safe, full stop"), "direct", False),
    (S("The Federal Highway Administration"), FHWA, S("said", after="The Federal Highway Administration"),
     R("states must finish the inspections", "within 72 hours"), "indirect", False),
    (S("It", after="within 72 hours. "), FHWA, S("said", after="within 72 hours. It"),
     R("money Congress has already set aside", "pay for the work"), "indirect", False),
    # unnamed records: anonymous; "reviewed by" is not a cue
    (S("state records reviewed by The Associated Press"), "Ohio state inspection records", S("according to"),
     R("The Kettering bridge, a 120-foot span", "inspection in 2022"), "mixed", True),
    (S("The records"), "Ohio state inspection records", S("show"),
     R("inspectors found corrosion", "closing the bridge"), "indirect", True),
    (S("Kettering City Manager Paul Whitcombe"), PW, S("said", after="Paul Whitcombe"),
     S("the city had scheduled repairs for this fall"), "indirect", False),
    # cue in the middle of the quotation: one content span
    (S("he", after="not soon enough,\""), PW, S("said", after="not soon enough,\""),
     R("In hindsight", "I own that"), "direct", False),
    # ", R-Ohio, who toured the site Sunday," is non-restrictive: name only
    (S("Sen. Marcus Hale"), "Marcus Hale", S("accused"),
     R("the agency of moving", "aging bridges"), "indirect", False),
    (S("Hale", after="since at least 2015,\""), "Marcus Hale", S("said", after="since at least 2015,\""),
     R("Washington has known", "The repairs did not"), "direct", False),
    (S("Rep. Tanya Okafor"), "Tanya Okafor", S("called on"),
     R("Congress to double", "for small bridges"), "indirect", False),
    (S("She", after="for small bridges. "), "Tanya Okafor", S("said", after="for small bridges. She"),
     R("many footbridges sit", "state and local budgets"), "mixed", False),
    (S("A 2023 study led by Purdue University engineer Hyun-woo Park"), STUDY, S("found", after="Hyun-woo Park"),
     R("pedestrian bridges in 19 states", "highway agencies"), "indirect", False),
    (S("The finding"), STUDY, S("suggests"),
     S("the federal inventory undercounts such bridges"), "indirect", False),
    (S("the authors"), "authors of the study led by Hyun-woo Park", S("wrote"),
     R("The finding suggests", "undercounts such bridges"), "indirect", False),
    (S("Arroyo", after="private companies, "), DA, S("said", after="private companies, Arroyo"),
     R("The order does not cover", "private companies"), "indirect", False),
    # the reporters' question, agentless
    (None, "reporters", S("Asked"),
     R("whether the department", "authority over those"), "indirect", True),
    (S("she", after="authority over those, "), DA, S("said", after="authority over those, she"),
     S("everything is on the table"), "mixed", False),
    # inverted cue, trailing apposition left out; "All told" is part of the reported clause, not a cue
    (S("Matt Greer"), "Matt Greer", S("said", after="end of July, "),
     R("All told", "by the end of July"), "indirect", False),
    # a sign's words
    (S("a sign zip-tied to the chain-link fence around the collapsed span"), "sign on the fence at the bridge", S("reads"),
     S("Closed by order of the City Engineer."), "direct", True),
    (S("Greg Soto"), "Greg Soto", S("said", after="run for years, "),
     S("The runners had been using a route the team had run for years"), "indirect", False),
    (S("he", after="a practice like any other,\""), "Greg Soto", S("said", after="a practice like any other,\""),
     R("It was a practice", "in the water"), "direct", False),
    # relative "who said" -> its antecedent (descriptor + name); "declined to comment" is not a cue
    (S("a lawyer, Lisa Brandt of Cincinnati"), "Lisa Brandt", S("said", after="Lisa Brandt of Cincinnati, who"),
     R("the families", "not sympathy"), "mixed", False),
]

DATES = [
    (S("Wednesday"), "2024-06-12"),
    (S("1980"), "1980"),
    (S("Saturday"), "2024-06-08"),
    (S("Aug. 30"), "2024-08-30"),
    (S("1974"), "1974"),
    (S("2022"), "2022"),
    (S("this fall"), None),
    (S("Tuesday"), "2024-06-11"),
    (S("Sunday"), "2024-06-09"),
    (S("2015"), "2015"),
    (S("2023"), "2023"),
    (S("the end of July"), "2024-07"),
]

OH = ("Ohio", "US", "state")
PLACES = [
    (S("Ohio", 1), *OH),
    (S("WASHINGTON"), "Washington, D.C.", "US", "city"),
    (S("Dayton", 1), "Dayton", "US", "city"),
    (S("Ohio", 2), *OH),
    (S("Kettering", 1), "Kettering", "US", "city"),
    (S("Dayton", 2), "Dayton", "US", "city"),
    (S("Kettering", 2), "Kettering", "US", "city"),
    (S("Little Beaver Creek"), "Little Beaver Creek", "US", "geographic feature"),
    (S("Kettering", 3), "Kettering", "US", "city"),
    (S("Ohio", 3), *OH),
    # metonymy: the federal government
    (S("Washington", 1), "Washington, D.C.", "US", "city"),
    (S("Ohio", 4), *OH),
    (S("Kettering", 4), "Kettering", "US", "city"),
    (S("Ohio", 5), *OH),
    (S("Kettering", 5), "Kettering", "US", "city"),
    (S("Cincinnati"), "Cincinnati", "US", "city"),
    (S("Columbus"), "Columbus", "US", "city"),
    (S("Ohio", 7), *OH),
    # not places: Federal Highway Administration, Purdue University, Ohio Department of
    # Transportation ("Ohio", 6), Fairmont High School, The Associated Press
]

HTML = dict(
    layout="wire", site="AP NEWSWIRE", tagline="Independent global news", section="U.S. News",
    accent="#e00000",
    nav=["U.S. News", "World", "Politics", "Business", "Sports", "Health", "Science", "Photography"],
    kicker="Infrastructure", byline="By JOHN MERCADO", shown_date="Updated 4:17 PM EDT, June 12, 2024",
    published_time="2024-06-12T20:17:00Z", author="John Mercado", cookie=True,
    figure="A collapsed pedestrian bridge over Little Beaver Creek in Kettering, Ohio, is fenced off on Sunday.",
    related_title="Related coverage",
    related=["Runner, 16, remains hospitalized after Ohio bridge collapse",
             "Infrastructure law money slow to reach small bridges, audit says",
             "States race to clear bridge inspection backlog"],
    tags=["Bridges", "Transportation", "Ohio", "Accidents"],
    ad_after=[3, 9],
    footer="Copyright 2024 AP Newswire. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.",
)
