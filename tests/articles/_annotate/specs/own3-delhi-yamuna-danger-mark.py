OUTLET = "The Capital Chronicle"
PUBLISHED = "2025-07-16"

SR = "Sunita Rawat"
VS = "Vikram Sehgal"
ATTRIBUTIONS = [
    (S("officials", 1), "Delhi officials", S("said", 1),
     R("The Yamuna breached", "along the river"), "indirect", True),
    (S("an official of the irrigation and flood control department"), "official of the irrigation and flood control department",
     S("said", 2), R("The water level touched", "reached the city"), "indirect", True),
    (S("Revenue Minister Sunita Rawat"), SR, S("told"),
     R("We are monitoring", "no need to panic"), "direct", False),
    (S("She", after="Mayur Vihar Phase 1. "), SR, S("said", after="Mayur Vihar Phase 1. She"),
     R("32 boats", "along the riverbank"), "indirect", False),
    # "also known as" is a naming phrase, not a cue
    (S("a Northern Railway spokesperson"), "Northern Railway spokesperson", S("said", after="Northern Railway spokesperson"),
     R("Traffic on the Old Railway Bridge", "short-terminated"), "indirect", True),
    (S("the Central Water Commission (CWC)"), "Central Water Commission", S("According to"),
     R("the river was expected", "before receding"), "indirect", False),
    (S("Rekha Devi"), "Rekha Devi", S("said", after="took the children and ran"),
     R("The water entered", "and ran"), "direct", False),
    (S("Residents at a camp in Mayur Vihar"), "residents at a Mayur Vihar relief camp", S("alleged"),
     R("there were no toilets", "first several hours"), "indirect", True),
    # "requesting anonymity" is not a cue
    (S("a district official"), "district official", S("said", after="a district official"),
     R("Arrangements are being made", "have been sent"), "direct", True),
    # "the said land" is not a cue
    (S("The notices"), "DDA eviction notices", S("stated"),
     R("the said land", "could not be regularised"), "indirect", False),
    (S("officials", after="could not be regularised"), "Delhi officials", S("said", after="shifted on Tuesday, officials"),
     S("Many of those families were among those shifted on Tuesday"), "indirect", True),
    (S("Leader of the Opposition in the Delhi Assembly Vikram Sehgal"), VS, S("accused"),
     R("the government of failing", "before the monsoon"), "indirect", False),
    (S("Leader of the Opposition in the Delhi Assembly Vikram Sehgal"), VS, S("demanded"),
     S("a white paper on flood preparedness"), "indirect", False),
    (S("he", after="the same excuses,\""), VS, S("said", after="the same excuses,\""),
     S("Every year the same pictures, every year the same excuses"), "direct", False),
    (S("The minister"), SR, S("denied"), S("the charge"), "indirect", False),
    (S("The minister"), SR, S("saying"), R("desilting of 77 major drains", "by June 30"), "indirect", False),
    (S("Sources in the irrigation and flood control department"), "sources in the irrigation and flood control department",
     S("said", after="Sources in the irrigation"), R("the discharge at Hathnikund", "city by Thursday"), "indirect", True),
    (S("officials", after="to shelters, "), "officials in Gautam Buddh Nagar", S("said", after="to shelters, officials"),
     R("In neighbouring Noida", "to shelters"), "indirect", True),
    # "has issued a yellow alert" is not a reporting cue; "forecasting" is
    (S("The India Meteorological Department (IMD)"), "India Meteorological Department", S("forecasting"),
     S("light to moderate rain with gusty winds"), "indirect", False),
]

DATES = [
    (S("Tuesday evening"), "2025-07-15"),
    (S("Wednesday afternoon"), "2025-07-16"),
    (S("March"), "2025-03"),
    (S("Tuesday", 2), "2025-07-15"),
    (S("the monsoon"), None),
    (S("June 30"), "2025-06-30"),
    (S("Tuesday afternoon"), "2025-07-15"),
    (S("Thursday", 1), "2025-07-17"),
    (S("July 13, 2023"), "2023-07-13"),
    (S("Thursday", 2), "2025-07-17"),
]

YR = ("Yamuna River", "IN", "geographic feature")
DL = ("Delhi", "IN", "city")
NB = "neighbourhood"
PLACES = [
    ("ALL", "Yamuna", *YR, ["Yamuna Bazaar"]),
    (S("Delhi", 1), *DL),
    (S("NEW DELHI"), "New Delhi", "IN", "city"),
    # "the Delhi government": lowercase descriptor, the place stays a place
    (S("Delhi", after="prompting the "), *DL),
    (S("Hathnikund", 1), "Hathnikund", "IN", "village"),
    (S("Haryana"), "Haryana", "IN", "state"),
    (S("Yamunanagar"), "Yamunanagar district", "IN", "district"),
    (S("Mayur Vihar Phase 1"), "Mayur Vihar Phase 1", "IN", NB),
    (S("Yamuna Bazaar"), "Yamuna Bazaar", "IN", NB),
    (S("Geeta Colony"), "Geeta Colony", "IN", NB),
    (S("Bela Estate"), "Bela Estate", "IN", NB),
    (S("Mayur Vihar", after="a camp in"), "Mayur Vihar", "IN", NB),
    (S("Majnu ka Tilla"), "Majnu ka Tilla", "IN", NB),
    (S("Hathnikund", 2), "Hathnikund", "IN", "village"),
    (S("ITO"), "ITO", "IN", NB),
    (S("Kashmere Gate"), "Kashmere Gate", "IN", NB),
    (S("Noida"), "Noida", "IN", "city"),
    (S("Gautam Buddh Nagar"), "Gautam Buddh Nagar", "IN", "district"),
    (S("Delhi", after="yellow alert for"), *DL),
    # not places: Old Railway Bridge / Lohe ka Pul (a bridge), Northern Railway, Central Water
    # Commission, Delhi Development Authority, Delhi Assembly, India Meteorological Department
]

HTML = dict(
    layout="indian", site="The Capital Chronicle", tagline="Delhi's own newspaper · Since 1961", section="Delhi",
    nav=["Home", "Delhi", "NCR", "India", "World", "Business", "Cricket", "Entertainment", "e-Paper"],
    topbar="Wednesday, July 16, 2025 · New Delhi 31°C Cloudy",
    kicker="Yamuna floods", byline="Staff Reporter", shown_date="Updated: July 16, 2025 00:48 IST",
    published_time="2025-07-15T19:18:00Z", author="Staff Reporter", cookie=True,
    figure="Residents of Yamuna Bazaar move their belongings to higher ground on Tuesday.",
    inserts={4: ("Also read", "Traffic advisory: Ring Road stretch near ITO may be closed")},
    related_title="Trending in Delhi",
    related=["DDA to survey floodplain encroachments after monsoon", "Water supply hit in parts of north, central Delhi",
             "Metro services normal, says DMRC"],
    comments=[("Rohit M", "16 Jul 2025", "Every year the same story. Why are people still living on the floodplain?"),
              ("Farida K", "16 Jul 2025", "The camps need toilets. Please follow up.")],
    tags=["Yamuna", "Floods", "Delhi", "Monsoon"],
    ad_after=[2, 8],
    footer="© 2025 The Capital Chronicle. All rights reserved. Printed and published at New Delhi.",
)
