OUTLET = "Northern Currents"
PUBLISHED = "2024-04-18"

ISH = "Ingrid Solvik-Haugen"
ATTRIBUTIONS = [
    (S("Solvik-Haugen", 2), ISH, S("said", 1),
     R("the hardest part of the transition", "the technology"), "indirect", False),
    (S("she", after="the easy part,\""), ISH, S("said", 2),
     R("Batteries were the easy part", "in the 1960s.", 2), "direct", False),
    (S("she", after="a small town uses, "), ISH, S("explained"),
     R("Charging a ferry in the ten minutes", "approve new connections"), "indirect", False),
    # the interviewer's question, agentless participle
    (None, "Northern Currents interviewer", S("Asked"), S("whether the model could be exported"), "indirect", False),
    (S("she", after="We are talking to operators"), ISH, S("said", after="We are talking to operators"),
     R("We are talking to operators", "short crossings."), "direct", False),
    (S("A report last year by the Oslo-based Fjord Climate Forum"), "Fjord Climate Forum", S("estimated"),
     R("the conversions had cost", "in public subsidies"), "indirect", False),
    (S("A report last year by the Oslo-based Fjord Climate Forum"), "Fjord Climate Forum", S("questioned"),
     R("whether the money might have cut", "emissions elsewhere"), "indirect", False),
    (S("Solvik-Haugen", after="a fair question"), ISH, S("said", after="a fair question"),
     R("That's a fair question", "the cost of doing nothing."), "direct", False),
    (S("She", after="the cost of doing nothing"), ISH, S("added", 1),
     R("the company planned to retire", "the Lofoten islands"), "indirect", False),
    (S("she", after="ten years ago,\""), ISH, S("said", after="ten years ago,\""),
     R("Hydrogen is where batteries were", "Give it time."), "direct", False),
    (S("Transport Minister Knut Aasland"), "Knut Aasland", S("told"),
     R("the government would set up a fund", "ferry quays and harbours"), "indirect", False),
    (S("The minister"), "Knut Aasland", S("added", 2),
     R("the fund, worth 2 billion kroner", "before the summer."), "mixed", False),
    (S("Solvik-Haugen", after="before the summer"), ISH, S("said", after="before the summer"),
     S("she would believe it when she saw it"), "indirect", False),
    (S("I", after="Write that "), ISH, S("said", after="Write that I"), S("it", after="Write that I said"), "indirect", False),
    (S("she", after="nicely,\" she"), ISH, S("said", after="nicely,\" she"),
     S("Write that I said it nicely"), "direct", False),
]

DATES = [
    (S("Tuesday"), "2024-04-16"),
    (S("the 1960s"), None),
    (S("2018"), "2018"),
    (S("last year"), "2023"),
    (S("2027"), "2027"),
    (S("ten years ago"), "2014"),
    (S("later that day"), "2024-04-16"),
    (S("the summer"), None),
]

PLACES = [
    (S("Norway"), "Norway", "NO", "country"),
    (S("Sognefjord"), "Sognefjord", "NO", "geographic feature"),
    (S("Stavanger"), "Stavanger", "NO", "city"),
    (S("Hardangerfjord"), "Hardangerfjord", "NO", "geographic feature"),
    (S("Bergen"), "Bergen", "NO", "city"),
    (S("Vestland"), "Vestland", "NO", "county"),
    (S("Denmark"), "Denmark", "DK", "country"),
    (S("Scotland"), "Scotland", "GB", "country"),
    ("ALL", "Oslo", "Oslo", "NO", "city"),
    (S("Lofoten"), "Lofoten", "NO", "geographic feature"),
]

HTML = dict(
    layout="magazine", site="Northern Currents", tagline="Business and energy in the Nordics", section="Interviews",
    nav=["News", "Energy", "Shipping", "Interviews", "Markets", "Events"],
    kicker="The Interview", byline="By Kari Nordby", shown_date="18 April 2024",
    published_time="2024-04-18T06:30:00+02:00", author="Kari Nordby", cookie=True,
    figure="Ingrid Solvik-Haugen at the ferry quay in Bergen. Photo: Northern Currents",
    related_title="More interviews",
    related=["The shipbroker betting on ammonia", "Q&A: Denmark's port boss on offshore wind",
             "Why Norway's grid is the bottleneck"],
    tags=["Ferries", "Electrification", "Norway", "Interview"],
    ad_after=[3],
    footer="© 2024 Northern Currents AS. All rights reserved.",
)
