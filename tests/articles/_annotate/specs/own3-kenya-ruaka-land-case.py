OUTLET = "The Kenya Courier"
PUBLISHED = "2025-02-26"

PG = "Peter Kimani Gathogo"
JO = "James Otieno"
WM = "Wanjiku Mwangi"
LA = "Lucy Achieng"
EACC = "Ethics and Anti-Corruption Commission"
GW = "Grace Wambui"
ATTRIBUTIONS = [
    # reduced relative "a case prosecutors say cost ...": content is the predicate
    (S("prosecutors"), "prosecutors", S("say", 1), S("cost taxpayers Sh340 million"), "indirect", True),
    # "denied 11 counts": a noun complement; the non-restrictive relative is left out of the source
    (S("Peter Kimani Gathogo"), PG, S("denied"),
     S("11 counts of forgery, abuse of office and conspiracy to defraud"), "indirect", False),
    # a charge sheet has no named author
    (S("the charge sheet"), "charge sheet against Peter Kimani Gathogo", S("According to"),
     R("Gathogo and two others", "was public land"), "indirect", True),
    # quotation first in a long paragraph; "The accused" inside it is a noun, not a cue
    (S("prosecution counsel James Otieno"), JO, S("told", 1),
     R("This is not a paperwork error", "to his relatives"), "direct", False),
    (S("prosecution counsel James Otieno"), JO, S("urging"),
     S("it to deny the accused bail"), "indirect", False),
    (S("Otieno", 2), JO, S("said", after="deny the accused bail."),
     R("the Ethics and Anti-Corruption Commission (EACC) had traced", "a brother-in-law"), "indirect", False),
    (S("Defence lawyer Wanjiku Mwangi"), WM, S("argued"),
     R("her client had acted", "since been dissolved"), "indirect", False),
    (S("She", after="since been dissolved. "), WM, S("said", after="since been dissolved. She"),
     R("Gathogo had cooperated", "his arrest in November"), "indirect", False),
    (S("Mwangi", after="did not make,\" "), WM, S("told", 2),
     S("My client is being made a scapegoat for decisions he did not make"), "direct", False),
    (S("The magistrate"), LA, S("ruled"), S("the accused was not a flight risk"), "indirect", False),
    (S("The magistrate"), LA, S("noting"), S("he had surrendered his passport to the EACC"), "indirect", False),
    (S("She", after="to the EACC. "), LA, S("directed"),
     R("him not to contact", "in Kiambu town"), "indirect", False),
    # "In a statement, the EACC said": the verb is the cue
    (S("the EACC", after="In a statement, "), EACC, S("said", after="In a statement, the EACC"),
     R("it had also filed", "recover the plot"), "indirect", False),
    (S("It", after="recover the plot. "), EACC, S("said", after="recover the plot. It"),
     R("at least 37 families", "lose their homes"), "indirect", False),
    # "who asked not to be named" is not a cue and not part of the source
    (S("One of the buyers, a secondary school teacher"), "secondary school teacher who bought a plot",
     S("said", after="losing her job,"), R("she paid Sh3.2 million", "house on it"), "indirect", True),
    # nested inside the quotation
    (S("they", after="the land was clean. Now "), "authorities", S("tell"),
     S("it belongs to a school"), "indirect", True),
    (S("she", after="belongs to a school,\""), "secondary school teacher who bought a plot",
     S("said", after="belongs to a school,\""), R("We did a search", "belongs to a school"), "direct", True),
    (S("Kiambu County Executive for Lands Grace Wambui"), GW, S("said", after="Grace Wambui"),
     R("the county supported", "other county land"), "indirect", False),
    (S("she", after="not negotiable,\""), GW, S("said", after="not negotiable,\""),
     R("The school will be built", "not negotiable"), "direct", False),
    (S("Transparency campaigners"), "transparency campaigners", S("accused", 4),
     R("county governments of losing", "well-connected developers"), "indirect", True),
    (S("A 2022 audit by the Auditor-General"), "Auditor-General of Kenya", S("found"),
     R("14 of the 47 counties", "health centres"), "indirect", False),
    # not cues: "charged with", "asked not to be named", "will be mentioned" (a court mention),
    # "the accused" (a noun)
]

DATES = [
    (S("yesterday"), "2025-02-25"),
    (S("2017"), "2017"),
    (S("2021"), "2021"),
    (S("March 2019"), "2019-03"),
    (S("November"), "2024-11"),
    (S("2020"), "2020"),
    (S("2022"), "2022"),
    (S("last year"), "2024"),
    (S("March 12"), "2025-03-12"),
    (S("May 5"), "2025-05-05"),
]

KC = ("Kiambu County", "KE", "county")
PLACES = [
    (S("Kiambu", 1), *KC),
    ("ALL", "Ruaka", "Ruaka", "KE", "town"),
    (S("Kiambu County", 1), *KC),
    (S("Nairobi"), "Nairobi", "KE", "city"),
    (S("Kiambu", after="registry in "), "Kiambu", "KE", "town"),
    (S("Thika"), "Thika", "KE", "town"),
    # a place in a title outside a name
    (S("Kiambu County", 2), *KC),
    (S("Mombasa"), "Mombasa", "KE", "city"),
    # not places: Milimani Law Courts (a facility), Ethics and Anti-Corruption Commission,
    # Environment and Land Court, Greenleaf Heights Ltd, The Kenya Courier
]

HTML = dict(
    layout="court", site="The Kenya Courier", tagline="Truth without fear", section="Courts",
    accent="#b22222",
    nav=["Home", "Counties", "Courts", "Politics", "Business", "Sports", "Opinion", "E-Paper"],
    kicker="Land fraud", byline="Faith Njeri", shown_date="Wednesday, February 26, 2025",
    published_time="2025-02-25T21:30:00Z", author="Faith Njeri", cookie=True,
    figure="Peter Kimani Gathogo at the Milimani Law Courts. Photo: The Kenya Courier",
    related_title="More from Courts",
    related=["Court halts eviction of 200 families in Kitengela", "EACC recovers Sh1.2bn in public land this year",
             "Lands registry to go fully digital by June"],
    comments=[("Mwananchi254", "26 Feb 2025", "Let them also pursue the buyers of the buyers."),
              ("Jane W.", "26 Feb 2025", "Those 37 families are victims too.")],
    tags=["Land fraud", "Kiambu", "EACC", "Courts"],
    ad_after=[3, 10],
    footer="© 2025 The Kenya Courier. All rights reserved.",
)
