OUTLET = "The Indus Herald"
PUBLISHED = "2026-10-07"

SHD = "Sindh Health Department"
SM = "Shahnaz Memon"
WHOS = "WHO spokesperson in Islamabad"
ATTRIBUTIONS = [
    (S("The Sindh Health Department"), SHD, S("confirmed", 1),
     R("46 new cases", "to 312"), "indirect", False),
    # "deaths had been reported" / "cases reported": the writer's idiom for a fact, not a cue
    (S("the department"), SHD, S("said", 1),
     R("two more deaths", "to nine"), "indirect", False),
    (S("the update"), "Sindh Health Department situation update", S("said", after="the update"),
     R("Most of the patients", "age of 10"), "indirect", False),
    # a place in a title ("Director General Health Services Sindh")
    (S("Director General Health Services Sindh Dr Shahnaz Memon"), SM, S("told", 1),
     R("the outbreak had been traced", "late August"), "indirect", False),
    (S("Dr Memon"), SM, S("said", after="emergency basis,\" Dr Memon"),
     R("We have identified", "emergency basis"), "direct", False),
    (None, None, S("has been asked"), S("to replace them on an emergency basis"), "indirect", True),
    (S("She", after="Dr Memon said. "), SM, S("added"),
     R("water samples collected", "faecal contamination"), "indirect", False),
    # "requesting anonymity" is not a cue
    (S("An official of the Water and Sewerage Corporation"), "Hyderabad Water and Sewerage Corporation official",
     S("said", after="requesting anonymity,"), R("the replacement would take", "from Lahore"), "mixed", True),
    (S("The health department"), SHD, S("urged"),
     R("citizens to boil", "street vendors"), "indirect", False),
    (S("It", after="street vendors. "), SHD, S("said", after="street vendors. It"),
     R("oral rehydration points", "Hyderabad district"), "indirect", False),
    (S("Doctors at the Liaquat University Hospital"), "doctors at Liaquat University Hospital",
     S("said", after="Doctors at the Liaquat"), S("the paediatric ward was running at nearly double its capacity"), "indirect", True),
    (S("Dr Rubina Qureshi"), "Rubina Qureshi", S("said", after="every day,\""),
     R("We are getting 60", "Hali Road"), "direct", False),
    (S("The World Health Organization's office in Pakistan"), "WHO office in Pakistan", S("said", after="office in Pakistan"),
     R("it had supplied", "from October 12"), "indirect", False),
    (S("a WHO spokesperson in Islamabad"), WHOS, S("According to"),
     R("Pakistan has reported", "and Balochistan"), "indirect", True),
    (S("Residents of Qasimabad"), "residents of Qasimabad", S("complained"),
     R("their neighbourhood had received", "for weeks"), "indirect", True),
    (S("Ghulam Rasool"), "Ghulam Rasool", S("said", after="Nobody came,\""),
     R("We told the union council", "Nobody came"), "direct", False),
    (S("We", after="\"We told the union"), "Ghulam Rasool and other Qasimabad residents", S("told", after="\"We told the union"),
     S("the water smelled of sewage"), "indirect", False),
    (S("The Sindh government spokesman, Zubair Soomro"), "Zubair Soomro", S("said", after="Zubair Soomro"),
     R("the chief minister had taken", "within 72 hours"), "indirect", False),
    # an office holder the text does not name -> anonymous
    (S("the chief minister"), "Sindh chief minister", S("had directed"),
     R("the local government department", "within 72 hours"), "indirect", True),
    (S("Health experts"), "health experts", S("said", after="Health experts"),
     R("the outbreak was a reminder", "after floods"), "indirect", True),
    (S("Dr Farhan Abbasi"), "Farhan Abbasi", S("said", after="University in Karachi,"),
     R("Hyderabad's sewerage network", "people using it"), "mixed", False),
    (S("the WHO spokesperson"), WHOS, S("said", after="the WHO spokesperson"),
     R("The outbreak is unrelated", "earlier this month"), "indirect", True),
    (S("the WHO spokesperson"), WHOS, S("adding"),
     R("the strains would be compared", "matter of routine"), "indirect", True),
    (S("Pakistan's National Institute of Health"), "National Institute of Health (Pakistan)", S("had warned"),
     R("the post-monsoon period", "Khyber Pakhtunkhwa"), "indirect", False),
]

DATES = [
    (S("Tuesday"), "2026-10-06"),
    (S("September 14"), "2026-09-14"),
    (S("late August"), "2026-08"),
    (S("Monday"), "2026-10-05"),
    (S("October 12"), "2026-10-12"),
    (S("this year"), "2026"),
    (S("August", after="the union council in "), "2026-08"),
    (S("earlier this month"), "2026-10"),
    (S("July 28"), "2026-07-28"),
    (S("the post-monsoon period"), None),
    (S("Thursday"), "2026-10-08"),
]

HS = ("Hyderabad, Sindh", "PK", "city")
SD = ("Sindh", "PK", "province")
LF = ("Latifabad", "PK", "district")
QA = ("Qasimabad", "PK", "district")
KR = ("Karachi", "PK", "city")
PK = ("Pakistan", "PK", "country")
PLACES = [
    (S("Hyderabad", 1), *HS),
    (S("Sindh", 1), *SD),
    (S("HYDERABAD"), *HS),
    (S("Hyderabad", 2), *HS),
    (S("Latifabad", 1), *LF),
    (S("Qasimabad", 1), *QA),
    (S("Sindh", after="Director General Health Services "), *SD),
    (S("Karachi", 1), *KR),
    (S("Lahore"), "Lahore", "PK", "city"),
    (S("Hyderabad", after="basic health units across "), "Hyderabad District", "PK", "district"),
    (S("Latifabad Unit 8"), "Latifabad Unit 8", "PK", "neighbourhood"),
    (S("Hali Road"), "Hali Road", "PK", "street"),
    (S("Pakistan", 1), *PK),
    (S("Islamabad"), "Islamabad", "PK", "city"),
    (S("Pakistan", 2), *PK),
    (S("Sindh", after="most of them in "), *SD),
    (S("Balochistan"), "Balochistan", "PK", "province"),
    (S("Qasimabad", after="Residents of "), *QA),
    (S("Qasimabad", after="a shopkeeper near "), *QA),
    (S("Naseem Nagar"), "Naseem Nagar", "PK", "neighbourhood"),
    (S("Sindh", after="chowk."), *SD),
    (S("Indus"), "Indus River", None, "geographic feature"),
    (S("Karachi", 2), *KR),
    (S("Hyderabad", after="Dr Farhan Abbasi"), *HS),
    # the homonym in India
    (S("Hyderabad", after="cholera cases reported in "), "Hyderabad", "IN", "city"),
    (S("India"), "India", "IN", "country"),
    (S("Telangana"), "Telangana", "IN", "state"),
    (S("Pakistan", after="earlier this month"), *PK),
    (S("Sindh", after="waterborne diseases in "), *SD),
    (S("Punjab"), "Punjab", "PK", "province"),
    (S("Khyber Pakhtunkhwa"), "Khyber Pakhtunkhwa", "PK", "province"),
    # not places: Sindh Health Department, Hyderabad Press Club, Hyderabad Water and Sewerage
    # Corporation, Liaquat University Hospital, Civil Hospital, Aga Khan University, WHO,
    # National Institute of Health
]

HTML = dict(
    layout="indian", accent="#0a6b3d", site="The Indus Herald", tagline="Sindh's daily newspaper", section="Health",
    nav=["Pakistan", "Sindh", "Health", "Business", "Sport", "Opinion"],
    kicker="Health", byline="Our Correspondent", shown_date="October 7, 2026",
    published_time="2026-10-07T02:00:00+05:00", author="The Indus Herald", cookie=True,
    related_title="Related stories",
    related=["Karachi reports spike in dengue cases", "HWSC seeks funds for pipeline replacement",
             "Post-monsoon disease risk: NIH advisory explained"],
    tags=["Cholera", "Hyderabad", "Sindh", "Health"],
    footer="© 2026 The Indus Herald",
)
