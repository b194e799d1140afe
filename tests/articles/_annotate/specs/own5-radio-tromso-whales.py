OUTLET = "Global Current Radio (Evening Report transcript)"
PUBLISHED = "2024-11-27"

# Transcript: speaker labels are typographic (not cues); "reporting from Tromsø" is a
# sign-off, not a cue (no reported content).
ATTRIBUTIONS = [
    (S("fishermen", 1), "fishermen", S("say", 1),
     S("the tour boats are getting in their way"), "indirect", True),
    (S("Hansen", after="LINDQVIST: Hansen"), "Arvid Hansen", S("says", 1),
     R("the fishermen's association has logged", "since October"), "indirect", False),
    (S("The Norwegian Directorate of Fisheries"), "Norwegian Directorate of Fisheries", S("says", 2),
     R("it is aware of the complaints", "before next season"), "indirect", False),
    (S("Operators"), "whale safari operators", S("tell", after="for their part, "),
     S("the new rules are not needed"), "indirect", True),
    # inside the labelled speech: an instruction with an infinitive complement
    (S("We", after="not us. "), "Sigrid Aas's whale safari company", S("tell", after="not us. We"),
     S("every group to keep clear of the buoys"), "indirect", False),
    (S("the regional tourist board"), "regional tourist board", S("according to"),
     R("Visitor numbers in Troms county", "since 2019"), "indirect", True),
    # the non-restrictive relative clause is left out of the source
    (S("One guide"), "unnamed tour guide", S("told", after="One guide"),
     R("the best crews already share", "the fishing boats"), "indirect", True),
    (S("She", after="the fishing boats. "), "unnamed tour guide", S("said", after="She also"),
     R("some newer operators", "undercutting prices"), "indirect", True),
    (S("The coast guard"), "coast guard", S("told", after="The coast guard"),
     R("it has one vessel", "in winter"), "indirect", True),
    # an institution qualified by its place is identified
    (S("Police in Tromsø"), "Tromsø police", S("say", after="Police in Tromsø"),
     R("they issued two fines", "last season"), "indirect", False),
    # "The fishermen I met want ..." is a mental state, not a cue
]

DATES = [
    (S("27 November 2024"), "2024-11-27"),
    (S("Wednesday"), "2024-11-27"),
    (S("the middle of January"), "2025-01"),
    (S("Last winter"), None),
    (S("October"), "2024-10"),
    # "next season" / "last season" (the fishing and tourist season) are not calendar names
    (S("2019"), "2019"),
    # habitual months
    (S("December", after="growth has come in"), None),
    (S("January", after="growth has come in December and"), None),
    (S("winter", after="the whole area in"), None),
    (S("Christmas"), "2024-12-25"),
]

NO = ("Norway", "NO", "country")
TR = ("Tromsø", "NO", "city")
SK = ("Skjervøy", "NO", "town")
PLACES = [
    (S("Norway", 1), *NO),
    (S("Norway", 2), *NO),
    (S("Tromsø", 1), *TR),
    (S("Tromsø", 2), *TR),
    (S("Skjervøy", 1), *SK),
    (S("Tromsø", 3), *TR),
    (S("Skjervøy", 2), *SK),
    (S("Kvænangen"), "Kvænangen", "NO", "geographic feature"),
    (S("Ullsfjorden"), "Ullsfjorden", "NO", "geographic feature"),
    (S("Tromsø", 4), *TR),
    (S("Troms"), "Troms", "NO", "county"),
    (S("Iceland"), "Iceland", "IS", "country"),
    (S("Alaska"), "Alaska", "US", "state"),
    (S("Tromsø", 5), *TR),
    (S("Tromsø", 6), *TR),
    # "the Norwegian Arctic": the adjective qualifies, only the name is spanned
    (S("Arctic"), "Arctic", "NO", "region"),
]

HTML = dict(
    layout="tv", site="Global Current Radio", tagline="World news, every evening", section="Transcripts",
    accent="#0f6e8c",
    nav=["Home", "World", "Programmes", "Transcripts", "Podcasts", "Schedule"],
    labels=["ANNA KOVAC, PRESENTER:", "TOMAS LINDQVIST, CORRESPONDENT:", "ARVID HANSEN:", "LINDQVIST:",
            "SIGRID AAS:", "KOVAC:"],
    kicker="Evening Report · Transcript", byline="Tomas Lindqvist", shown_date="27 November 2024, 18:30 GMT",
    published_time="2024-11-27T18:30:00Z", author="Tomas Lindqvist", cookie=True,
    figure="Tour boats on the quay at Skjervøy in the polar night. Photo: GCR",
    related_title="More from Evening Report",
    related=["Herring move north as the sea warms", "Northern lights tourism: who gains?",
             "Norway's coast guard stretched thin"],
    tags=["Norway", "Whales", "Fishing", "Tourism"], ads=False, newsletter=True,
    footer="© 2024 Global Current Radio.",
)
