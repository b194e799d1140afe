OUTLET = "Sahel Press Agency (SPA)"
PUBLISHED = "2024-02-12"

MIN = "Mauritanian Ministry of Fisheries"
ST = "Mauritanian Ministry of Fisheries statement"
ATTRIBUTIONS = [
    (S("the fisheries ministry"), MIN, S("said", 1),
     R("Mauritania will suspend", "to April 30"), "indirect", False),
    # the survey is later named as IMROP's January survey
    (S("a scientific survey"), "IMROP survey", S("found", 1),
     S("catches had fallen by a third since 2021"), "indirect", False),
    # "speaking on condition of anonymity" is not a cue
    (S("a senior ministry official"), "senior fisheries ministry official", S("told", 1),
     R("The ban covers", "at the landing sites"), "direct", True),
    (S("Fisheries Minister Aminetou Mint Brahim"), "Aminetou Mint Brahim", S("was quoted as saying"),
     R("the sea needs time", "to fish it"), "mixed", False),
    (S("Fishermen's unions in Nouadhibou"), "fishermen's unions in Nouadhibou", S("criticised"),
     S("the timing"), "indirect", True),
    (S("Fishermen's unions in Nouadhibou"), "fishermen's unions in Nouadhibou", S("saying", 2),
     R("boat owners had already", "the coming season"), "indirect", True),
    # agentless passive inside the quotation
    (None, None, S("were told"), S("there would be no closure before the summer"), "indirect", True),
    (S("Sidi Ould Ahmed"), "Sidi Ould Ahmed", S("said", after="three weeks' notice,\""),
     R("We were told in December", "three weeks' notice"), "direct", False),
    (S("a statement posted on its website"), ST, S("according to", 1),
     R("The ministry will pay", "during the closure"), "indirect", False),
    (S("The Mauritanian Institute for Oceanographic Research and Fisheries (IMROP)"),
     "Mauritanian Institute for Oceanographic Research and Fisheries", S("found", 2),
     R("octopus biomass on the shelf", "since 2013"), "indirect", False),
    (S("the statement", after="since 2013, "), ST, S("said", after="since 2013, the statement"),
     R("The Mauritanian Institute for Oceanographic", "since 2013"), "indirect", False),
    (S("an EU official in Brussels"), "EU official in Brussels", S("said", after="an EU official in Brussels"),
     R("Spanish trawlers that fish", "excludes octopus"), "indirect", True),
    (S("traders"), "traders at the Las Palmas fish market", S("told", after="traders"),
     R("Wholesale octopus prices", "on Monday"), "indirect", True),
    (S("Diplomats"), "diplomats", S("said", after="Diplomats"),
     R("Morocco and Senegal", "in advance"), "indirect", True),
    # "Neither government had commented" is negated: not a cue
    (S("IMROP figures"), "Mauritanian Institute for Oceanographic Research and Fisheries", S("according to", 2),
     R("The last full closure", "a record catch"), "indirect", False),
]

DATES = [
    (S("Feb 12"), "2024-02-12"),
    (S("March 1"), "2024-03-01"),
    (S("April 30"), "2024-04-30"),
    (S("Monday", 1), "2024-02-12"),
    (S("2021"), "2021"),
    (S("the autumn"), None),
    (S("December"), "2023-12"),
    (S("the summer"), None),
    (S("Sunday"), "2024-02-11"),
    (S("January"), "2024-01"),
    (S("2013"), "2013"),
    (S("Monday", 2), "2024-02-12"),
    (S("Monday evening"), "2024-02-12"),
    # a season with its year -> the year
    (S("the spring of 2019"), "2019"),
]

MR = ("Mauritania", "MR", "country")
PLACES = [
    (S("Mauritania", 1), *MR),
    (S("NOUAKCHOTT"), "Nouakchott", "MR", "city"),
    (S("Mauritania", 2), *MR),
    (S("Nouadhibou", 1), "Nouadhibou", "MR", "city"),
    (S("Mauritania", 3), *MR),
    (S("Spain"), "Spain", "ES", "country"),
    (S("Italy"), "Italy", "IT", "country"),
    (S("Japan"), "Japan", "JP", "country"),
    (S("Nouadhibou", 2), "Nouadhibou", "MR", "city"),
    (S("Cap Blanc"), "Cap Blanc", "MR", "geographic feature"),
    (S("Cap Timiris"), "Cap Timiris", "MR", "geographic feature"),
    (S("Mauritania", 4), *MR),
    (S("Brussels"), "Brussels", "BE", "city"),
    (S("Las Palmas"), "Las Palmas de Gran Canaria", "ES", "city"),
    (S("Gran Canaria"), "Gran Canaria", "ES", "geographic feature"),
    (S("Morocco"), "Morocco", "MA", "country"),
    (S("Senegal"), "Senegal", "SN", "country"),
    # not places: Sahel Press Agency, European Union (an organisation), the Mauritanian Institute ...
]

HTML = dict(
    layout="wire", site="SPA", tagline="Sahel Press Agency", section="Africa",
    nav=["World", "Africa", "Business", "Markets", "Environment", "Sport"],
    kicker="Fisheries", byline="Cheikh Sow", shown_date="February 12, 2024 4:17 PM UTC",
    published_time="2024-02-12T16:17:00Z", author="Cheikh Sow", cookie=True,
    related_title="More from SPA",
    related=["Senegal's canoe fleet faces fuel price rise", "EU fishing accord talks resume",
             "Octopus prices hit a five-year high in Spain"],
    tags=["Mauritania", "Fisheries", "Octopus"],
    footer="© 2024 Sahel Press Agency. All rights reserved.",
)
