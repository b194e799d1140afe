OUTLET = "Ledger Wire (business news agency)"
PUBLISHED = "2024-10-24"

# Earnings-call quotes. Fiscal periods ("fiscal 2025", "the first quarter", "the second half")
# are annotated with value null, as fiscal years are; "the holiday season" is a season (null);
# "the end of March" -> 2025-03; "a year earlier" -> 2023. Not cues: "cut its forecast",
# "expects" / "had expected" (mental states), "rates the stock". Brand names holding place
# words (Sierra Valley, Boston Harbor Chowder), Jefferson & Co and the New York Stock Exchange
# are not places.
HF = "Harborline Foods Inc"
LB = "Laura Brennan"
PS = "Priya Sandhu"
ATTRIBUTIONS = [
    (S("Harborline Foods Inc"), HF, S("saying"),
     R("shoppers squeezed", "cheaper store labels"), "indirect", False),
    (S("MarketScope data"), "MarketScope data", S("according to"),
     S("Analysts on average had expected $2.41"), "indirect", False),
    (S("Chief Executive Officer Laura Brennan"), LB, S("said", after="said on a call with analysts"),
     R("The consumer is tired", "meet them there"), "direct", False),
    (S("Brennan", 2), LB, S("said", after="meet them there.\"\n\nBrennan"),
     R("Harborline would cut prices", "the end of March"), "indirect", False),
    (S("the company", after="from a year earlier"), HF, S("said", after="said in a statement"),
     R("Net sales in the first quarter", "to $1.31 billion"), "indirect", False),
    (S("Chief Financial Officer Raj Mehta"), "Raj Mehta", S("told"),
     R("the company had \"seen no sign", "in October"), "mixed", False),
    (S("Chief Financial Officer Raj Mehta"), "Raj Mehta", S("warned"),
     R("higher tin-plate costs", "the second half"), "indirect", False),
    # an analyst's question on the call: the by-phrase names the asker
    (S("Jefferson & Co analyst Priya Sandhu"), PS, S("Asked"),
     S("whether the company would consider selling its frozen business"), "indirect", False),
    (S("Brennan", after="its frozen business, "), LB, S("said", after="frozen business, Brennan"),
     R("everything is on the table", "under way"), "mixed", False),
    # name only: the non-restrictive relative is left out
    (S("Sandhu", 2), PS, S("said", after="said in a note"),
     R("the new guidance", "actually hit"), "mixed", False),
    (S("Rival Northfield Brands"), "Northfield Brands", S("reported"),
     S("a 2% rise in quarterly sales"), "indirect", False),
]

DATES = [
    (S("Oct 24"), "2024-10-24"),
    (S("on Thursday"), "2024-10-24"),
    (S("fiscal 2025"), None),
    (S("the holiday season"), None),
    (S("the end of March"), "2025-03"),
    (S("the first quarter"), None),
    (S("Sept. 28"), "2024-09-28"),
    (S("a year earlier"), "2023"),
    (S("October"), "2024-10"),
    (S("the second half"), None),
    (S("on Tuesday"), "2024-10-22"),
]

PLACES = [
    (S("CHICAGO"), "Chicago", "US", "city"),
    (S("Chicago"), "Chicago", "US", "city"),
    (S("Modesto"), "Modesto", "US", "city"),
    (S("California"), "California", "US", "state"),
    (S("Canada"), "Canada", "CA", "country"),
    (S("Monterrey"), "Monterrey", "MX", "city"),
    # not places: New York Stock Exchange, Sierra Valley, Boston Harbor Chowder (brands),
    # Jefferson & Co, MarketScope, Northfield Brands; "Mexican" (demonym)
]

HTML = dict(
    layout="business", site="Ledger Wire", tagline="Markets · Companies · Deals", section="Business",
    nav=["Markets", "Business", "Companies", "Deals", "Economy", "Personal Finance"],
    ticker=("MARKETS", "S&P 500 -0.3% · Nasdaq -0.6% · Dow -0.1% · 10-yr 4.21% · Oil $70.88"),
    kicker="Consumer goods · Earnings", byline="Tom Aldridge", shown_date="October 24, 2024 10:42 AM CDT",
    published_time="2024-10-24T15:42:00Z", author="Tom Aldridge", cookie=False,
    related_title="More earnings",
    related=["Northfield Brands beats on pet food strength", "Store brands gain share for sixth quarter",
             "Tin-plate prices climb as mills raise quotes"],
    tags=["Earnings", "Packaged food", "Consumer"],
    ad_after=[2],
    footer="© 2024 Ledger Wire. All rights reserved. Market data delayed 15 minutes.",
)
