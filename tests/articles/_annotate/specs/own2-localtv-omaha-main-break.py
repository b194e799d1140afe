OUTLET = "KMVR 9 News"
PUBLISHED = None   # the page shows only "Updated 2 hours ago": relative dates cannot be resolved

DL = "Dana Lincoln"
MWD = "Metro Water District"
ATTRIBUTIONS = [
    # agentless directive in the headline and body: who tells the drivers is not said
    (None, None, S("told", 1), S("to avoid the area"), "indirect", True),
    (S("officials", 1), "officials", S("say", 1),
     R("repairs could take", "Wednesday night"), "indirect", True),
    (S("Neighbors"), "neighbors", S("say", after="Neighbors"),
     R("they heard a loud bang", "before dawn"), "indirect", True),
    (S("the Omaha Fire Department"), "Omaha Fire Department", S("according to"),
     R("Water was shooting", "when crews arrived"), "indirect", False),
    (S("Metro Water District spokesperson Dana Lincoln"), DL, S("says", 1),
     R("crews have shut the main off", "is complicated"), "indirect", False),
    (S("Lincoln", after="working on it,\""), DL, S("says", after="working on it,\""),
     R("This pipe went into the ground", "working on it"), "direct", False),
    (S("Lincoln", after="Lincoln says customers"), DL, S("says", after="Lincoln says customers"),
     R("customers in the Dundee", "through tonight"), "indirect", False),
    (S("The district"), MWD, S("says", after="The district says"),
     S("the water is safe to drink"), "indirect", False),
    (None, None, S("are being told"),
     R("to use Pacific Street", "instead"), "indirect", True),
    (S("commuter Tyler Benson"), "Tyler Benson", S("says", after="go two blocks"),
     R("It's a mess", "go two blocks"), "direct", False),
    (S("Mai Nguyen"), "Mai Nguyen", S("says", after="under the door"),
     R("We had maybe an inch", "get a doughnut"), "direct", False),
    (S("Officials", after="get a doughnut"), "officials", S("say", after="get a doughnut"),
     R("it's the fourth major main break", "since January"), "indirect", True),
    (S("A city report released last spring"), "City of Omaha report", S("found"),
     R("nearly a third", "60 years old"), "indirect", False),
    (S("MWD"), MWD, S("says", after="MWD says"),
     R("it borrowed a specialized saw", "damaged section"), "indirect", False),
]

DATES = [
    (S("Wednesday night"), None),
    (S("Tuesday"), None),
    (S("1958"), "1958"),
    (S("tonight"), None),
    (S("January"), None),
    (S("last spring"), None),
    (S("March"), None),
]

PLACES = [
    # "72nd and Dodge": two streets of one intersection
    (S("72nd", 1), "72nd Street", "US", "street"),
    (S("Dodge", 1), "Dodge Street", "US", "street"),
    (S("OMAHA"), "Omaha", "US", "city"),
    (S("Neb."), "Nebraska", "US", "state"),
    (S("Omaha", 1), "Omaha", "US", "city"),
    (S("72nd", 2), "72nd Street", "US", "street"),
    (S("Dodge", 2), "Dodge Street", "US", "street"),
    (S("Dundee"), "Dundee", "US", "neighbourhood"),
    (S("Fairacres"), "Fairacres", "US", "neighbourhood"),
    (S("Dodge Street", 1), "Dodge Street", "US", "street"),
    (S("70th"), "70th Street", "US", "street"),
    (S("75th"), "75th Street", "US", "street"),
    (S("Pacific Street"), "Pacific Street", "US", "street"),
    (S("West Center Road"), "West Center Road", "US", "street"),
    (S("Benson", after="drives in from the"), "Benson", "US", "neighbourhood"),
    (S("Omaha", 3), "Omaha", "US", "city"),
    # the spokesperson Dana Lincoln is a person; the state capital is a place
    (S("Lincoln", after="60 years old."), "Lincoln", "US", "city"),
    (S("Council Bluffs"), "Council Bluffs", "US", "city"),
    (S("Iowa"), "Iowa", "US", "state"),
    # not places: Omaha Fire Department, Dodge Street Donuts, University of Nebraska, Metro Water District
]

HTML = dict(
    layout="tv", site="KMVR 9", tagline="Omaha's News Leader", section="Local",
    nav=["News", "Local", "Weather", "Traffic", "Sports", "Watch Live", "9 On Your Side", "Contests"],
    ticker=("TRAFFIC ALERT", "Dodge St. closed between 70th and 75th · Use Pacific St. or West Center Rd."),
    kicker="Traffic", byline="KMVR 9 Digital Staff", shown_date=None, published_time=None,
    updated="Updated 2 hours ago", cookie=True,
    figure="Water flows across Dodge Street near 72nd Street. (KMVR)",
    inserts={4: ("WATCH", "Video: water shoots into the air at 72nd and Dodge"),
             10: ("DOWNLOAD", "Get the KMVR 9 app for traffic alerts")},
    related_title="Trending on KMVR 9",
    related=["First Alert Forecast: wind chills below zero tonight", "Papillion school bus crash: no serious injuries",
             "Husker volleyball sweeps in home opener"],
    comments=[("NEbound", "1 hour ago", "Avoided Dodge thanks to the alert. Pacific is backed up too though."),
              ("donutfan402", "45 minutes ago", "Going to Mai's now, support local!")],
    tags=["Omaha", "Traffic", "Water main break"],
    ad_after=[2, 9],
    footer="© KMVR-TV. All rights reserved. EEO Report · FCC Public File · Closed Captioning",
)
