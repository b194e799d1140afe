OUTLET = "South Wales Chronicle"
PUBLISHED = "2024-11-06"

SL = "Sian Lewis"
GP = "Gareth Pryce"
TEACHER = "retired teacher from Swansea"
# "the court heard" / "the jury heard" / "court hears": the court is the audience, not the
# speaker -> an agentless cue (source and speaker null), as "a jury was told"
ATTRIBUTIONS = [
    (None, None, S("hears"), R("Barry man sold", "to fans"), "indirect", True),
    (None, None, S("was told"), R("A ticket tout from Barry", "outside the stadium"), "indirect", True),
    # "denies seven counts": a denial with a noun complement is a cue (as "denied all 14 counts")
    (S("Gareth Pryce"), GP, S("denies"),
     S("seven counts of fraud by false representation and one of money laundering"), "indirect", False),
    (S("Sian Lewis"), SL, S("told", after="Sian Lewis"),
     R("Pryce had made", "other people's excitement"), "mixed", False),
    (S("She", after="excitement\". "), SL, S("said", 1),
     R("he had printed the tickets", "£350 each"), "indirect", False),
    (None, None, S("heard", 1), R("Pryce placed the first advertisement", "Dai Tickets"), "indirect", True),
    # parenthetical cue: one content span, the cue inside
    (S("prosecutors"), "prosecution", S("allege", 1),
     R("The following week, prosecutors", "Ireland and Scotland"), "indirect", False),
    (S("Ms Lewis"), SL, S("said", after="Ms Lewis"),
     R("about 80 supporters", "one gate alone"), "indirect", False),
    # "gave evidence by video link" has no content
    (S("He", after="by video link. "), TEACHER, S("told", after="by video link. He"),
     R("he had travelled", "flashed red"), "mixed", True),
    (S("he", after="Westgate Street,\""), TEACHER, S("said", after="Westgate Street,\""),
     R("The boys were in tears", "Westgate Street"), "direct", True),
    (None, None, S("heard", 2), R("Detectives searched", "in a biscuit tin"), "indirect", True),
    (S("the prosecutor"), SL, S("said", after="the prosecutor"),
     R("Officers returned two days later", "from a garage"), "indirect", False),
    (S("Pryce", after="St David's Day that year, "), GP, S("said", after="St David's Day that year, Pryce"),
     R("he had bought the tickets", "were real"), "indirect", False),
    # a document without a named author
    (S("a transcript read to the court"), "police interview transcript", S("according to"),
     R("In police interview", "were real"), "indirect", True),
    # "declined to name the man" is not a cue
    (S("The prosecution"), "prosecution", S("alleges"),
     R("Pryce moved about £41,000", "after the match"), "indirect", False),
    # "is expected to argue": a speech act not (yet) made -> not annotated
    (S("Judge Catrin Morgan"), "Catrin Morgan", S("reminded"),
     R("jurors not to read", "outside the jury room"), "indirect", False),
]

DATES = [
    (S("Tuesday"), "2024-11-05"),
    (S("20 January 2023"), "2023-01-20"),
    # week expressions are null; "two days later" counts from one of them
    (S("The following week"), None),
    (S("February 2023"), "2023-02"),
    (S("the following week"), None),
    (S("two days later"), None),
    (S("St David's Day"), "2023-03-01"),
    (S("that year"), "2023"),
]

BA = ("Barry", "GB", "town")
CF = ("Cardiff", "GB", "city")
PLACES = [
    (S("Barry", 1), *BA),
    (S("Cardiff", 1), *CF),
    (S("Barry", 2), *BA),
    (S("Cardiff", 2), *CF),
    (S("Cork"), "Cork", "IE", "city"),
    (S("Edinburgh"), "Edinburgh", "GB", "city"),
    (S("Station Road"), "Station Road, Barry", "GB", "street"),
    (S("Barry", 3), *BA),
    # "Cardiff", 3 is inside Cardiff Crown Court
    (S("Ireland"), "Ireland", "IE", "country"),
    (S("Scotland"), "Scotland", "GB", "country"),
    (S("Swansea"), "Swansea", "GB", "city"),
    (S("Westgate Street"), "Westgate Street, Cardiff", "GB", "street"),
    (S("Vale of Glamorgan"), "Vale of Glamorgan", "GB", "county"),
    (S("Bristol"), "Bristol", "GB", "city"),
    # not places: South Wales Police, "Dai Tickets"
]

HTML = dict(
    layout="court", site="South Wales Chronicle", tagline="News for Cardiff and the Valleys", section="Crime & Courts",
    nav=["News", "Crime & Courts", "Cardiff", "Vale", "Rugby", "What's On"],
    kicker="Crown Court", byline="Rhys Llewellyn", shown_date="6 November 2024",
    published_time="2024-11-06T07:15:00Z", author="Rhys Llewellyn", cookie=True,
    figure="Cardiff Crown Court. Picture: South Wales Chronicle",
    related_title="More from the courts",
    related=["Swansea landlord fined over damp flats", "Man jailed for stealing lead from chapel roof",
             "Newport fraud trial told of 'cash in shoeboxes'"],
    tags=["Courts", "Fraud", "Rugby", "Barry"],
    footer="© 2024 South Wales Chronicle.",
)
