OUTLET = "Minister for Water and Regional Resilience (Australian Government media release)"
PUBLISHED = "2024-03-14"

ATTRIBUTIONS = [
    (S("The Australian Government"), "Australian Government", S("announced"),
     R("$312 million to restore wetlands", "since 2019", after="today announced"), "indirect", False),
    (S("Minister for Water and Regional Resilience Margaret Ellison"), "Margaret Ellison", S("said", 1),
     R("the funding would be delivered", "and South Australia"), "indirect", False),
    (S("Minister Ellison"), "Margaret Ellison", S("said", 2),
     R("Healthy rivers mean healthy communities", "to the Coorong"), "direct", False),
    (S("A 2023 evaluation by the Murray–Darling Basin Authority"), "Murray–Darling Basin Authority", S("found"),
     R("native fish populations", "over the past decade"), "indirect", False),
    (S("The Minister"), "Margaret Ellison", S("added"),
     R("the Government would report publicly", "every year"), "indirect", False),
    (S("Victoria Nguyen"), "Victoria Nguyen", S("said", after="Victoria Nguyen"),
     R("the package struck", "those of irrigators"), "mixed", False),
]

DATES = [
    (S("14 March 2024"), "2024-03-14"),
    (S("today"), "2024-03-14"),
    (S("2019"), "2019"),
    (S("1 July 2024"), "2024-07-01"),
    (S("2023"), "2023"),
    (S("2 April 2024"), "2024-04-02"),
    (S("31 May 2024"), "2024-05-31"),
]

MDB = "Murray-Darling Basin"
PLACES = [
    ("ALL", "Murray–Darling Basin", MDB, "AU", "region", ["Murray–Darling Basin Authority"]),
    (S("Basin", after="investment in the"), MDB, "AU", "region"),
    (S("Basin", after="in the southern Basin"), MDB, "AU", "region"),
    ("ALL", "New South Wales", "New South Wales", "AU", "state"),
    ("ALL", "Victoria", "Victoria", "AU", "state", ["Victoria Nguyen"]),
    ("ALL", "South Australia", "South Australia", "AU", "state"),
    (S("Albury"), "Albury", "AU", "city"),
    (S("Coorong"), "Coorong", "AU", "geographic feature"),
    (S("Lower Lakes"), "Lower Lakes", "AU", "geographic feature"),
    (S("Goulburn River"), "Goulburn River", "AU", "geographic feature"),
    (S("Mildura"), "Mildura", "AU", "city"),
    (S("Wentworth"), "Wentworth", "AU", "town"),
    (S("Darling River"), "Darling River", "AU", "geographic feature"),
    (S("Baaka"), "Darling River", "AU", "geographic feature"),
    (S("Menindee"), "Menindee", "AU", "town"),
    (S("Queensland"), "Queensland", "AU", "state"),
    (S("Australian Capital Territory"), "Australian Capital Territory", "AU", "state"),
    (S("Murray", after="The Murray and Darling"), "Murray River", "AU", "geographic feature"),
    (S("Darling", after="The Murray and Darling"), "Darling River", "AU", "geographic feature"),
    (S("Canberra"), "Canberra", "AU", "city"),
]

HTML = dict(
    layout="gov", site="Ministers for Water and Regional Resilience", tagline="Australian Government",
    gov_banner="Australian Government · Department of Water and Regional Resilience — an official government website",
    section="Media releases", nav=["Home", "Ministers", "Media releases", "Speeches", "Transcripts", "Contact"],
    breadcrumb=["Home", "Media releases", "2024", "March"],
    kicker="Joint media release", shown_date="14 March 2024", published_time="2024-03-14T09:00:00+11:00",
    headings=["MEDIA RELEASE", "The package includes:", "Background"],
    related_title="Recent releases",
    related=["Water security funding for regional towns in Queensland", "Transcript: press conference, Mildura",
             "Basin Plan implementation update"],
    newsletter=False, cookie=False, ads=False,
    footer="© Commonwealth of Australia. Content on this website is licensed under CC BY 4.0 unless otherwise noted.",
)
