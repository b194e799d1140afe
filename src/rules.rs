//! The rule registry: every rule id that can appear in a finding's `rule` field, declared
//! once, with its category, a one-line description a reader can understand ("why is this
//! marked?") and an example sentence that produces it.
//!
//! In: nothing (static data). Out: [`Rule`] (the typed value the extractors set and compare)
//! and [`all`] (the table, printed by `sourcelens rules` and returned by the wasm `rules()`).
//!
//! A place's `rule` joins its base rule and its evidence with `+` ("gazetteer+comma+prep");
//! every part is an id of this registry (see [`parts`]). `tests/rules.rs` checks that every
//! id is unique, that every finding on our test texts carries registered ids, and that each
//! entry's example produces its own rule.

use serde::Serialize;

/// What kind of finding a rule makes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Category {
    /// How an attribution (cue, source, content) was recognised.
    Attribution,
    /// How the content of an attribution was delimited (when it is not the structure's own).
    Content,
    /// Distancing language ("so-called", scare quotes).
    Distancing,
    /// How a date expression was recognised.
    Date,
    /// How a place name was found.
    Place,
    /// Extra evidence that a capitalised word is a place (added to a place's base rule).
    PlaceEvidence,
}

impl Category {
    pub fn as_str(self) -> &'static str {
        match self {
            Category::Attribution => "attribution",
            Category::Content => "content",
            Category::Distancing => "distancing",
            Category::Date => "date",
            Category::Place => "place",
            Category::PlaceEvidence => "place-evidence",
        }
    }
}

/// One registry entry.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct RuleInfo {
    /// The id written in a finding's `rule` field.
    pub id: &'static str,
    pub category: Category,
    /// What the rule recognises, in one line a reader understands.
    pub description: &'static str,
    /// A sentence that produces this rule.
    pub example: &'static str,
}

macro_rules! registry {
    ($( $variant:ident => $id:literal, $cat:ident, $desc:literal, $example:literal; )*) => {
        /// A rule that can produce a finding. Compare these, never the id strings.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum Rule { $( $variant, )* }

        static TABLE: &[RuleInfo] = &[
            $( RuleInfo { id: $id, category: Category::$cat, description: $desc, example: $example }, )*
        ];

        impl Rule {
            /// Every rule, in registry order.
            pub const ALL: &'static [Rule] = &[ $( Rule::$variant, )* ];
        }
    };
}

impl Rule {
    /// This rule's registry entry.
    pub fn info(self) -> &'static RuleInfo {
        &TABLE[self as usize]
    }
    /// The id written in findings.
    pub fn id(self) -> &'static str {
        self.info().id
    }
    /// The rule with this id.
    pub fn from_id(id: &str) -> Option<Rule> {
        Rule::ALL.iter().copied().find(|r| r.id() == id)
    }
}

impl std::fmt::Display for Rule {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.id())
    }
}

/// The whole registry, in a stable order (attribution, content, distancing, date, place).
pub fn all() -> &'static [RuleInfo] {
    TABLE
}

/// The registry entries named by a finding's `rule` field (`+`-joined for places); `None`
/// when a part is not registered.
pub fn parts(rule: &str) -> Option<Vec<&'static RuleInfo>> {
    rule.split('+')
        .map(|p| Rule::from_id(p).map(Rule::info))
        .collect()
}

registry! {
    // ---- attribution structures (src/attrib/structure/)
    SubjectVerb => "subject-verb", Attribution,
        "A reporting verb with its speaker as the subject before it: the subject is the source, what follows is the content.",
        "The minister said the border would reopen on Monday.";
    VerbSubject => "verb-subject", Attribution,
        "A quote or clause first, then the reporting verb and the speaker after it (\"…,\" said X / \"…,\" X said).",
        "\"We will rebuild the bridge,\" said the mayor.";
    SubjectParenthetical => "subject-parenthetical", Attribution,
        "A speaker with a description between commas before the verb (X, a spokesman for Y, said …).",
        "Anna Berg, a spokeswoman for the port, said the cranes were idle.";
    Relative => "relative", Attribution,
        "A reporting verb in a relative clause (\"the source, who said …\"): the source is the noun the clause describes.",
        "The engineer, who said the dam was safe, left the meeting early.";
    SubjectRelative => "subject-relative", Attribution,
        "A subject with a restrictive relative clause before the verb (\"a neighbour who asked not to be named said …\").",
        "A neighbour who lives across the street said the fire started at dawn.";
    RelativeGap => "relative-gap", Attribution,
        "A cue inside a relative clause whose gap is the subject of the reported clause (\"a deadline that officials said went unnoticed\"): the relative clause is the content.",
        "The fees paid for a program that officials said saved the city money.";
    Participle => "participle", Attribution,
        "A participle after a comma continues the previous speaker's attribution (\"…, adding that …\").",
        "The minister said talks would resume, adding that the mood was calm.";
    Gerund => "gerund", Attribution,
        "A reporting verb after a preposition (\"before adding …\", \"after saying …\"), with the sentence's speaker.",
        "The coach praised the team before saying that the season was over.";
    Coordination => "coordination", Attribution,
        "A second reporting verb joined by \"and\"/\"but\" shares the first verb's speaker.",
        "The mayor said the road was closed and warned that repairs would take weeks.";
    FrontedAdverbial => "fronted-adverbial", Attribution,
        "A fronted subordinate clause or phrase before the speaker is not the content: the content is the clause it introduces, after the attribution.",
        "If the levee holds, the engineer said, the town will stay dry.";
    AccordingTo => "according-to", Attribution,
        "A prepositional cue (\"according to X\"): the phrase after it is the source, the rest of the sentence the content.",
        "According to the fire service, the blaze was under control by noon.";
    RaisingPassive => "raising-passive", Attribution,
        "An evidential passive (\"X is said to …\", \"is reported to …\"): a claim with no named speaker.",
        "The company is said to have cut its workforce by a third.";
    ImpersonalPassive => "impersonal-passive", Attribution,
        "An impersonal passive (\"it was reported that …\", \"it is claimed that …\"): a claim with no named speaker.",
        "It was reported that the ferry had run aground near the harbour.";
    QuotedAsSaying => "quoted-as-saying", Attribution,
        "\"X quoted Y as saying …\": Y is the source, X the outlet that carried the words.",
        "The agency quoted the governor as saying that schools would stay shut.";
    ObjectPredicate => "object-predicate", Attribution,
        "A verb of calling with an object and a predicate (X called the plan \"reckless\"): the speaker's judgement of the object; naming (\"a firm called …\", \"what she called …\") is left out.",
        "The senator called the plan \"a reckless gamble\" on Tuesday.";
    ReportedQuestion => "reported-question", Attribution,
        "A question or instruction verb without a subject of its own: an adjunct (\"Asked whether …, X said\") or a passive (\"X was asked about …\", \"drivers were told to …\"); the one asking is the by-agent, else unnamed.",
        "Asked whether the bridge would reopen, the mayor said it would.";
    HeadlineQuote => "headline-quote", Attribution,
        "A headline with a speaker followed by a quote that opens with a reporting verb (Name 'denying …').",
        "Mayor Kent 'denying any wrongdoing' over budget\n\nThe mayor spoke on Tuesday.";
    // ---- content delimitation
    Colon => "colon", Content,
        "A cue ending its paragraph with a colon: the content is the quote or the list of paragraphs that follows.",
        "The minister said:\n\n\"The border will reopen on Monday.\"";
    CommaQuote => "comma-quote", Content,
        "A reporting verb, a comma and a quotation (X said, \"…\"): the quotation is the content.",
        "The mayor said, \"The bridge will reopen on Monday.\"";
    BarePresentClause => "bare-present-clause", Content,
        "A clause without \"that\" whose verb is known by agreement: a plural subject and a bare present verb (X said voters want …).",
        "The mayor said residents deserve a new bridge.";
    // ---- distancing
    DistancingLexicon => "lexicon", Distancing,
        "A distancing word or phrase from the lexicon (\"so-called\", \"alleged\", \"claims of\").",
        "The so-called peace plan was rejected by both sides.";
    WhatTheyCall => "what-they-call", Distancing,
        "A naming that keeps its distance (\"what it calls …\", \"what they described as …\").",
        "The group announced what it calls a people's tribunal.";
    ShortUnattributedQuote => "short-unattributed-quote", Distancing,
        "A short quoted phrase that no cue attributes: scare quotes.",
        "The council approved the \"temporary\" levy for a fifth year.";
    // ---- dates (src/dates/)
    DateMdy => "date-mdy", Date,
        "A month, then a day, optionally a year (\"October 26, 2017\", \"Oct. 26\").",
        "The talks opened on October 26, 2017 in Geneva.";
    DateDmy => "date-dmy", Date,
        "A day, then a month, optionally a year (\"26 October 2017\").",
        "The talks opened on 26 October 2017 in Geneva.";
    Iso => "iso", Date,
        "An ISO date (\"2017-10-26\").",
        "The notice was dated 2017-10-26.";
    Numeric => "numeric", Date,
        "A numeric date (\"26/10/2017\", \"10/26/17\"), its order read from the article's own conventions.",
        "The permit expired on 26/10/2017.";
    MonthYear => "month-year", Date,
        "A month with a year (\"October 2017\").",
        "The plant closed in October 2017.";
    Month => "month", Date,
        "A month name alone (\"in October\"), its year taken from the context.",
        "The plant will reopen in October.";
    Year => "year", Date,
        "A year (\"in 2017\", \"the 2017 election\").",
        "The bridge was built in 1998.";
    Weekday => "weekday", Date,
        "A weekday (\"on Sunday\"), resolved to the nearest one in the tense of its clause.",
        "The minister spoke on Sunday.";
    Deictic => "deictic", Date,
        "A word relative to the published date (\"today\", \"yesterday\", \"tomorrow\").",
        "The minister spoke yesterday.";
    Offset => "offset", Date,
        "A count of units from now (\"three days ago\", \"in two weeks\").",
        "The minister spoke three days ago.";
    RelativeUnit => "relative-unit", Date,
        "A unit relative to now (\"last week\", \"next month\", \"this year\").",
        "Prices rose last month.";
    Anchored => "anchored", Date,
        "A date relative to another date of the text (\"the next day\", \"two days later\").",
        "The storm hit on March 3, 2020. Power returned the next day.";
    AnchoredEvent => "anchored-event", Date,
        "A date relative to an event (\"the day before the vote\", \"the day after Easter\"): valued when the event is a date or is dated in the article (\"the vote on March 3\").",
        "Protesters gathered the day before the vote.";
    SamePeriod => "same-period", Date,
        "The same period a year earlier (\"the same month last year\").",
        "Sales fell compared with the same month last year.";
    NamedDay => "named-day", Date,
        "A named weekday (\"Black Monday\", \"Super Tuesday\"): an event's name, not this week's day; no value.",
        "Markets recalled Black Monday with dread.";
    Holiday => "holiday", Date,
        "A holiday with a fixed or computed date (\"Christmas\", \"Easter Monday\", \"Thanksgiving\").",
        "The ferry resumed service on Christmas Day 2019.";
    HolidayTable => "holiday-table", Date,
        "A holiday of a lunar or lunisolar calendar (\"Eid al-Adha\", \"Diwali\", \"Lunar New Year\"), dated from a table of its days by year.",
        "Markets were closed for Eid al-Adha in June.";
    HolidayPeriod => "holiday-period", Date,
        "A festive period (\"Ramadan\", \"Holy Week\"): annotated, no value.",
        "Shops open late during Ramadan.";
    Season => "season", Date,
        "A season (\"last summer\", \"the spring of 2018\").",
        "The ferry resumed service in the spring of 2018.";
    PeriodPart => "period-part", Date,
        "A part of a period (\"early next month\", \"the end of the year\").",
        "The ferry will resume service at the end of the month.";
    Quarter => "quarter", Date,
        "A quarter or half of a year (\"the third quarter\", \"the first half of 2019\").",
        "Profits rose in the third quarter of 2019.";
    Week => "week", Date,
        "A week expression (\"over the weekend\", \"the first week of March\"): a date without a day value.",
        "The ferry stopped running over the weekend.";
    Decade => "decade", Date,
        "A decade (\"the 1990s\").",
        "The plant was built in the 1990s.";
    Century => "century", Date,
        "A century (\"the 19th century\").",
        "The church was built in the 19th century.";
    Generic => "generic", Date,
        "\"Today\" meaning nowadays (\"today's world\", \"the youth of today\"): no value.",
        "Today's prices would shock our grandparents.";
    Habitual => "habitual", Date,
        "A habitual weekday, month or season (\"on Sundays\", \"every Monday\", \"each summer\"), no value.",
        "The market opens every Monday.";
    HabitualClause => "habitual-clause", Date,
        "A bare month, month-day or weekday in a clause of habit (\"the rainy season usually runs from November to April\"): generic, no value.",
        "The rainy season usually runs from November to April.";
    FiscalYear => "fiscal-year", Date,
        "A fiscal or financial year (\"fiscal 2025\", \"the 2024-25 financial year\", \"2023-24\" in a budget): not a calendar year, no value.",
        "Construction starts in the 2024-25 financial year.";
    MonthRelativeYear => "month-relative-year", Date,
        "A month or a day-month with a year relative to publication (\"March next year\", \"June 5 last year\"): one date.",
        "A new pump station will be commissioned by March next year.";
    NearOccurrence => "near-occurrence", Date,
        "A day without a year that its tense would put about a year away, taken as the occurrence a few weeks from publication on the other side (\"passed a bill to pay workers through April 14\", published April 2).",
        "WASHINGTON, June 20, 2025 — Lawmakers passed a stopgap bill to pay state workers through June 30.";
    OrthodoxContext => "orthodox-context", Date,
        "An Easter-based day (\"Good Friday\", \"Holy Saturday\") in an article that names Orthodox Easter: the Orthodox day.",
        "ATHENS, April 29, 2024 — Greeks celebrate Orthodox Easter this year, and the strike ends on Good Friday.";
    DateApposition => "date-apposition", Date,
        "A relative date followed by the written date it means (\"A week later, on January 3, 2011\"): the written date is its value.",
        "The storm hit on March 3, 2020. A week later, on March 10, 2020, power returned.";
    // ---- places (src/places/)
    Gazetteer => "gazetteer", Place,
        "A name in the gazetteer (GeoNames places, countries, regions, features).",
        "Floods hit Bangladesh in June.";
    ContextType => "context:type", Place,
        "A name with a place-type word (\"Raqqa province\", \"the Al-Meshlab neighbourhood\").",
        "Residents of the Kirkwall district were evacuated.";
    ContextPrefix => "context:prefix", Place,
        "A name after a capitalised place-type word that is part of it (\"Lake Tahoe\", \"Mount Sinjar\", \"Fort Hood\").",
        "Hikers were stranded on Mount Eldwen overnight.";
    ContextSuffix => "context:suffix", Place,
        "A capitalised word ending in a place-type word (\"Sognefjord\").",
        "Ferries crossed the Hardangerfjord daily.";
    ContextOf => "context:of", Place,
        "A name after \"the town of\", \"the port of\", \"north of\" and other place words with \"of\".",
        "Ships waited outside the port of Marnholm.";
    ContextComma => "context:comma", Place,
        "An unknown name before a comma and a known region (\"Esopus, New York\").",
        "The kayak was found near Port Ewen, New York.";
    ContextApposition => "context:apposition", Place,
        "An unknown name in apposition with a place description (\"X, a town in Y\").",
        "Power was cut in Lindvik, a fishing town in Norway.";
    ContextRepeat => "context:repeat", Place,
        "A later mention of a name already found as a place in the article.",
        "Rescuers reached the village of Tarnholm. Roads to Tarnholm were cut.";
    EvidenceComma => "comma", PlaceEvidence,
        "Followed by a comma and the region or country it lies in (\"Austin, Texas\").",
        "The plant is in Austin, Texas.";
    EvidenceType => "type", PlaceEvidence,
        "Joined with a place-type word (\"X province\", \"the city of X\").",
        "Aid reached Idlib province on Monday.";
    EvidencePrep => "prep", PlaceEvidence,
        "After a locative preposition (\"in X\", \"from X\", \"near X\").",
        "The convoy arrived in Paris.";
    EvidenceRepeat => "repeat", PlaceEvidence,
        "A word that is also common or in a headline, kept because an earlier mention proved it a place.",
        "Floods hit the city of Bath in England. Bath was cut off for days.";
    EvidenceCaps => "caps", PlaceEvidence,
        "In an all-capitals line (a dateline or a heading).",
        "LAGOS, Nigeria\n\nThe port reopened on Monday.";
    // resolution: the context that chose among places of the same name (none: the prior)
    ResolveCountry => "res:country", PlaceEvidence,
        "Resolved to the place in a country the article names, or whose towns or people it names.",
        "Floods hit Ireland. Roads into Athlone and Carlow were closed, and in Waterford schools shut.";
    ResolveRegion => "res:region", PlaceEvidence,
        "Resolved to the place in a region the article names, or whose towns it names.",
        "Storms hit Indiana. Crews reached Richmond.";
    ResolveNear => "res:near", PlaceEvidence,
        "Resolved to the place near the article's other places.",
        "Smoke drifted from Newcastle to Sunderland and Durham.";
    ResolveAnchor => "res:anchor", PlaceEvidence,
        "Resolved by the region after a comma (\"Paris, Texas\").",
        "He grew up in Paris, Texas.";
    ResolveType => "res:type", PlaceEvidence,
        "Resolved to the kind a type word asks for (\"Idlib province\", \"the city of X\"), or to a city over its same-named region.",
        "Shelling hit the city of Hama.";
    ResolveOrigin => "res:origin", PlaceEvidence,
        "Resolved to the country an adjective of origin gives (\"the Egyptian town of X\").",
        "Divers met in the Lebanese city of Tripoli.";
    ResolveShortForm => "res:short-form", PlaceEvidence,
        "A short form the news uses for a region (\"Gaza\" for the Gaza Strip), chosen over a namesake elsewhere.",
        "Rockets were fired from Gaza on Monday.";
    ResolveStateWord => "res:state-word", PlaceEvidence,
        "The state, not its same-named city, asked for by a cue word (\"upstate New York\", \"New York State\", \"Eastern Washington\").",
        "Snow closed roads across upstate New York.";
    ResolveWorldCity => "res:world-city", PlaceEvidence,
        "A world city keeps its own sense, against a namesake another mention of the name has, where the article keeps naming its country (\"Paris, Ky.\" ... \"a Paris-based firm\" beside France and Lyon).",
        "Velora picked Paris, Ky., for its plant. The French firm, based in Paris, runs plants in France at Dunkirk and near Lyon.";
    ResolveStateList => "res:state-list", PlaceEvidence,
        "The state, not its same-named city, when the name stands in a list beside a plain state of its country (\"Washington, Oregon and Idaho\").",
        "Hatcheries in Washington, Oregon and Idaho stay open.";
    ResolveStateTowns => "res:state-towns", PlaceEvidence,
        "The state, not its same-named city elsewhere, when the article names towns of the state far from that city (\"Washington\" beside Seattle and Spokane).",
        "Wildfires spread near Spokane and Yakima. Washington declared an emergency.";
    ResolveQualified => "res:qualified", PlaceEvidence,
        "A compass or size word before a place that is no gazetteer name with it (\"South Taranaki\", \"Upper Egypt\"): a region of that place, not the place itself.",
        "Farmers in South Taranaki lost their crops.";
    NameHomonym => "name:homonym", PlaceEvidence,
        "A town named like a better-known place (a country, a state elsewhere, a bigger town) is named with its state, province or country, as encyclopedias name it.",
        "The festival moved to Paris, Texas, last spring.";
    ResolveOneSense => "res:one-sense", PlaceEvidence,
        "The reading of the same name that is best evidenced elsewhere in the article.",
        "He grew up in Paris, Texas. Paris has a tower.";
}
