OUTLET = "The Emirates Courier"
PUBLISHED = "2024-06-03"

# The page prints both a "Published:" and a "Last updated:" line: both are dates; the
# article's relative dates resolve against the publication date (the update paragraph's
# "on Tuesday" is the day after).
SCDA = "Sharjah Civil Defence Authority"
SM = "Saeed Al Mazrouei"
SP = "Sharjah Police"
ATTRIBUTIONS = [
    (S("authorities"), "authorities", S("said", 1),
     R("More than 46 families", "late on Sunday"), "indirect", True),
    (S("a spokesperson for Sharjah Police"), "Sharjah Police spokesperson", S("told"),
     R("Seven residents were treated", "Al Qasimi Hospital"), "indirect", True),
    # "said in a statement": the verb is the cue
    (S("the Sharjah Civil Defence Authority"), SCDA, S("said", after="the Sharjah Civil Defence Authority"),
     R("The blaze broke out", "the building's facade"), "indirect", False),
    # "It" for the organisation
    (S("It", after="in a statement. "), SCDA, S("said", after="in a statement. It"),
     R("firefighters from four stations", "at dawn"), "indirect", False),
    (S("Colonel Saeed Al Mazrouei"), SM, S("said", after="operations department,"),
     S("the cause was still being investigated"), "indirect", False),
    # evidential "suggest" inside the quotation: nested
    (S("Initial indications"), "initial indications of the investigation", S("suggest"),
     S("a cigarette or a barbecue on a balcony"), "indirect", True),
    (S("he", after="barbecue on a balcony,\""), SM, S("said", after="barbecue on a balcony,\""),
     R("Initial indications", "on a balcony"), "direct", False),
    (S("he", after="barbecue on a balcony,\""), SM, S("adding", after="barbecue on a balcony,\""),
     R("sprinklers had kept", "the lower floors"), "indirect", False),
    # quotation first, cue and source at the end of a long paragraph
    (S("Rakesh Menon"), "Rakesh Menon", S("said", after="light of our phones,\""),
     R("We heard shouting", "light of our phones"), "direct", False),
    (S("Jordanian resident Lina Haddad"), "Lina Haddad", S("said", after="Lina Haddad, 29,"),
     R("security guards had knocked", "on her floor"), "indirect", False),
    (S("she", after="They were heroes,\""), "Lina Haddad", S("said", after="They were heroes,\""),
     S("They were heroes"), "direct", False),
    # descriptor followed by the name: both in the source
    (S("The tower's developer, Noor Al Khaleej Properties"), "Noor Al Khaleej Properties",
     S("said", after="Noor Al Khaleej Properties,"), R("it would cover", "assess the damage"), "mixed", False),
    (S("A 2023 survey by the engineering consultancy Gulfstone Partners"), "Gulfstone Partners survey",
     S("found"), R("about one in five", "a flammable core"), "indirect", False),
    # the relative clause "who has advised ..." is non-restrictive: left out
    (S("Fire safety consultant Omar Farouk"), "Omar Farouk", S("pointed out"),
     R("replacing the cladding", "Dh10 million"), "indirect", False),
    (S("he", after="nobody forces them,\""), "Omar Farouk", S("said", after="nobody forces them,\""),
     S("Owners keep postponing it because nobody forces them"), "direct", False),
    (S("Sharjah Municipality"), "Sharjah Municipality", S("announced"),
     R("inspectors would check", "and Al Majaz"), "indirect", False),
    (S("Officials"), "officials", S("deny"), S("enforcement has been lax"), "indirect", True),
    # "speaking on condition of anonymity" is not a cue
    (S("A municipality official"), "Sharjah Municipality official", S("said", after="talk to the media,"),
     R("most owners had already", "had been fined"), "indirect", True),
    # "engineers expect" is a mental state, not a cue
    (S("Police", after="June 16. "), SP, S("warned"), S("them not to return to their flats before Wednesday"), "indirect", False),
    (S("Sharjah Police", after="Update: "), SP, S("said", after="Update: Sharjah Police"),
     R("families living on the 18th", "passports and valuables"), "indirect", False),
]

DATES = [
    (S("Mon 3 Jun 2024"), "2024-06-03"),
    (S("Tue 4 Jun 2024"), "2024-06-04"),
    # "late on Sunday" -> "Sunday"
    (S("Sunday"), "2024-06-02"),
    (S("Monday morning"), "2024-06-03"),
    (S("this year"), "2024"),
    (S("2017", 1), "2017"),
    (S("2023"), "2023"),
    (S("2017", 2), "2017"),
    (S("Monday", 2), "2024-06-03"),
    (S("mid-July"), "2024-07"),
    (S("Eid Al Adha"), "2024-06-16"),
    (S("June 16"), "2024-06-16"),
    (S("Wednesday", 1), "2024-06-05"),
    (S("Tuesday"), "2024-06-04"),
    (S("Wednesday afternoon"), "2024-06-05"),
]

SHJ = ("Sharjah", "AE", "city")
PLACES = [
    ("ALL", "Sharjah", *SHJ, ["Sharjah Police", "Sharjah Civil Defence Authority", "Sharjah Municipality"]),
    ("ALL", "Al Taawun", "Al Taawun", "AE", "neighbourhood"),
    (S("UAE"), "United Arab Emirates", "AE", "country"),
    (S("Dubai"), "Dubai", "AE", "city"),
    (S("Abu Dhabi"), "Abu Dhabi", "AE", "city"),
    (S("Riyadh"), "Riyadh", "SA", "city"),
    (S("Al Khan"), "Al Khan", "AE", "neighbourhood"),
    (S("Al Majaz"), "Al Majaz", "AE", "neighbourhood"),
    # not places: Sharjah Police, Sharjah Civil Defence Authority, Sharjah Municipality,
    # Al Qasimi Hospital (a facility), Noor Al Khaleej Properties, Gulfstone Partners,
    # The Emirates Courier; "Indian", "Jordanian" are demonyms, "the emirate" is not a name
]

HTML = dict(
    layout="broadsheet", site="The Emirates Courier", tagline="Dubai · Abu Dhabi · Sharjah", section="UAE",
    accent="#9c6b00",
    nav=["Home", "UAE", "Gulf", "World", "Business", "Sport", "Lifestyle", "Opinion"],
    labels=["Published:", "Last updated:"],
    kicker="Emergencies", published_time="2024-06-03T14:40:00Z", modified_time="2024-06-04T06:12:00Z",
    author="Anjali Nair", cookie=True,
    headings=["Questions over cladding"],
    figure="Firefighters outside the tower in Al Taawun on Monday morning.",
    inserts={7: ("Also read", "How to check whether your building has been inspected")},
    related_title="Top stories",
    related=["Dubai: new Salik gates to go live in November", "Eid Al Adha 2024: public sector holiday announced",
             "Gold prices in UAE dip ahead of summer"],
    tags=["Sharjah", "Fire", "Building safety"],
    ad_after=[4, 11],
    footer="© 2024 The Emirates Courier. All rights reserved.",
)
