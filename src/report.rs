//! The Report: everything `analyze` finds in one article.
//!
//! Inside the core every [`Span`] holds UTF-8 byte offsets into the analysed text.
//! [`Report::convert_offsets`] rewrites them once, at the edge, into the unit the caller
//! asked for (UTF-16 code units for JavaScript, code points for Python tools).
//! Every finding records the `rule` that produced it, so a surprising result can be traced.

use serde::{Deserialize, Serialize};

/// The version of the Report's shape. Bump on any breaking change of field names or meaning.
pub const SCHEMA_VERSION: u32 = 1;

/// A piece of the analysed text: `text == original[start..end]` in the Report's offset unit.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Span {
    pub start: usize,
    pub end: usize,
    pub text: String,
}

impl Span {
    /// A span over `text[start..end]` (UTF-8 byte offsets, must be char boundaries).
    pub fn new(text: &str, start: usize, end: usize) -> Span {
        debug_assert!(start <= end && end <= text.len());
        Span {
            start,
            end,
            text: text.get(start..end).unwrap_or_default().to_string(),
        }
    }
    pub fn len(&self) -> usize {
        self.end - self.start
    }
    pub fn is_empty(&self) -> bool {
        self.start == self.end
    }
}

pub use crate::offsets::OffsetUnit;

/// Whether a reported claim is quoted, paraphrased, or both.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum AttributionKind {
    Direct,
    Indirect,
    Mixed,
}

/// One reported claim: who (source) says (cue) what (content).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Attribution {
    /// The reporting verb or phrase ("said", "according to", "went on to say").
    pub cue: Span,
    /// The words naming the speaker in this sentence ("The source", "he", "Local media").
    pub source: Option<Span>,
    /// The resolved speaker (coreference): the name of the entity behind `source`.
    pub speaker: Option<String>,
    /// Index into `Report::sources` of the speaker's entry.
    pub source_id: Option<usize>,
    /// The reported material (for a direct quote: the quoted words, without quote marks).
    pub content: Option<Span>,
    pub kind: AttributionKind,
    /// True when the speaker is not identified by name.
    pub anonymous: bool,
    /// The rule that produced this attribution.
    pub rule: String,
    /// Whom the words were said to or through, when the sentence names it: the addressee
    /// or outlet ("told **Reuters**", "**Interfax** quoted X as saying"). Added in schema 1.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub via: Option<Span>,
}

/// What sort of speaker a source is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum SourceKind {
    /// A named or described individual.
    Person,
    /// A government, ministry, official or spokesperson speaking for one.
    Official,
    /// A company, party, army, agency, NGO or other organisation.
    Organisation,
    /// A newspaper, broadcaster, agency or "local media".
    Media,
    /// A report, statement, study, document or evidence.
    Document,
    /// An unidentified person or group ("a source", "witnesses", "activists").
    Anonymous,
}

/// One distinct speaker of the article, with every attribution resolved to it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Source {
    pub id: usize,
    /// The speaker's name, as in `Attribution::speaker`.
    pub name: String,
    pub kind: SourceKind,
    pub anonymous: bool,
    /// Every span of the article that refers to this speaker as a source.
    pub mentions: Vec<Span>,
    /// Indices into `Report::attributions`.
    pub attributions: Vec<usize>,
    /// Characters (code points) of content attributed to this speaker, overlaps counted once.
    pub chars: usize,
    /// `chars` as a share of the article's characters, 0..=1.
    pub share: f64,
    /// How the article describes the speaker, when it does: titles and appositions
    /// ("Kremlin Spokesman", "a China scholar with the American Enterprise Institute").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
}

/// Language by which the writer keeps a word or claim at a distance.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum DistancingKind {
    /// "so-called", "self-styled", "self-proclaimed".
    SoCalled,
    /// A short quoted phrase that no cue attributes: the "liberation".
    ScareQuote,
    /// "alleged", "allegedly", "purported", "supposed".
    Alleged,
    /// "claims of", "claimed", "what they call".
    Claim,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Distancing {
    #[serde(flatten)]
    pub span: Span,
    pub kind: DistancingKind,
    pub rule: String,
}

/// The precision of a resolved date value.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Precision {
    Year,
    Month,
    Day,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DateMention {
    #[serde(flatten)]
    pub span: Span,
    /// ISO 8601 at `precision`: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; null when unresolvable.
    pub value: Option<String>,
    pub precision: Option<Precision>,
    /// True for expressions that need an anchor ("on Sunday", "last week").
    pub relative: bool,
    /// The date a relative expression was resolved against (`YYYY-MM-DD`).
    pub anchor: Option<String>,
    pub rule: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Place {
    #[serde(flatten)]
    pub span: Span,
    /// Canonical name ("United States" for "U.S.").
    pub name: String,
    /// ISO 3166-1 alpha-2; null for supranational regions and water bodies.
    pub country: Option<String>,
    pub lat: Option<f64>,
    pub lon: Option<f64>,
    /// country, admin, city, neighbourhood, feature, region
    pub kind: String,
    pub geonames_id: Option<u32>,
    /// The first-level administrative region (state, province) a city, county or
    /// neighbourhood lies in ("Texas" for Forest Hill), where known.
    #[serde(default)]
    pub region: Option<String>,
    pub rule: String,
    /// The next-best reading of the name when the chosen one won by a thin margin ("Delhi,
    /// India — or Delhi, New York?"); absent otherwise.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub runner_up: Option<RunnerUp>,
}

/// Another place a name may mean: its name, country, kind and first-level region.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RunnerUp {
    pub name: String,
    pub country: Option<String>,
    pub kind: String,
    #[serde(default)]
    pub region: Option<String>,
}

/// Counts and shares of how the article is sourced.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Profile {
    pub attributions: usize,
    pub direct: usize,
    pub indirect: usize,
    pub mixed: usize,
    pub named: usize,
    pub anonymous: usize,
    pub sources: usize,
    pub anonymous_sources: usize,
    /// Share of attributions with an anonymous speaker, 0..=1 (0 when there are none).
    pub share_anonymous: f64,
    /// Share of attributions that quote (direct or mixed), 0..=1.
    pub share_direct: f64,
    /// Share of the article's characters inside attributed content, 0..=1.
    pub share_attributed: f64,
    /// Attributions per source kind.
    pub by_kind: std::collections::BTreeMap<String, usize>,
    pub distancing: usize,
    /// Share of attributions that are indirect only, 0..=1.
    #[serde(default)]
    pub share_indirect: f64,
    /// Share of attributions that mix reported speech and quoted words, 0..=1.
    #[serde(default)]
    pub share_mixed: f64,
    /// Share of attributions per source kind (the same keys as `by_kind`), 0..=1.
    #[serde(default)]
    pub by_kind_share: std::collections::BTreeMap<String, f64>,
    /// Distinct sources per kind (person, official, organisation, media, document,
    /// anonymous).
    #[serde(default)]
    pub sources_by_kind: std::collections::BTreeMap<String, usize>,
    /// Attributions with no source in the text ("it was reported that …").
    #[serde(default)]
    pub unsourced: usize,
}

/// Size of the analysed text.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct TextStats {
    /// Length in the Report's offset unit.
    pub length: usize,
    /// Length in code points, whatever the offset unit.
    pub chars: usize,
    pub words: usize,
    pub sentences: usize,
    pub paragraphs: usize,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Report {
    pub schema: u32,
    /// The unit of every offset in this Report.
    pub offsets: OffsetUnit,
    /// The publication date used to resolve relative dates (`YYYY-MM-DD`), if any.
    pub published: Option<String>,
    /// Where `published` came from: "option" (the caller's published date, e.g. the page's
    /// `article:published_time`), "dateline" (read in the text), "updated" (the page's
    /// last-modified date, used only when there is neither) or null.
    pub published_source: Option<String>,
    /// The page's last-modified date (`YYYY-MM-DD`) when the caller gave one
    /// ([`crate::Options::updated`]); the anchor only when `published_source` is "updated".
    /// Added in schema 1.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub updated: Option<String>,
    /// The article's language (null for a text with too few letters to tell). When
    /// `language.supported` is false (a page reliably in a language sourcelens does not read
    /// yet), there are no attributions or distancing markers and only language-independent
    /// dates and places. Added in schema 1.
    #[serde(default)]
    pub language: Option<crate::language::Language>,
    pub attributions: Vec<Attribution>,
    pub sources: Vec<Source>,
    pub distancing: Vec<Distancing>,
    pub dates: Vec<DateMention>,
    pub places: Vec<Place>,
    pub profile: Profile,
    pub stats: TextStats,
    /// Things the caller should know (input truncated, …).
    pub warnings: Vec<String>,
}

impl Report {
    /// Calls `f` on every span of the Report (used by offset conversion and tests).
    /// Any new span-bearing field must be visited here; the property tests check it.
    pub fn for_each_span_mut(&mut self, f: &mut dyn FnMut(&mut Span)) {
        for a in &mut self.attributions {
            f(&mut a.cue);
            if let Some(s) = &mut a.source {
                f(s);
            }
            if let Some(s) = &mut a.content {
                f(s);
            }
            if let Some(s) = &mut a.via {
                f(s);
            }
        }
        for s in &mut self.sources {
            for m in &mut s.mentions {
                f(m);
            }
        }
        for d in &mut self.distancing {
            f(&mut d.span);
        }
        for d in &mut self.dates {
            f(&mut d.span);
        }
        for p in &mut self.places {
            f(&mut p.span);
        }
    }

    /// Every span of the Report, in no particular order.
    pub fn spans(&self) -> Vec<&Span> {
        let mut out: Vec<&Span> = Vec::new();
        for a in &self.attributions {
            out.push(&a.cue);
            out.extend(a.source.iter());
            out.extend(a.content.iter());
            out.extend(a.via.iter());
        }
        for s in &self.sources {
            out.extend(s.mentions.iter());
        }
        out.extend(self.distancing.iter().map(|d| &d.span));
        out.extend(self.dates.iter().map(|d| &d.span));
        out.extend(self.places.iter().map(|p| &p.span));
        out
    }

    /// Rewrites every offset (and the lengths derived from offsets) from UTF-8 bytes
    /// into `unit`. `text` must be the analysed text. Call once, on a UTF-8 Report.
    pub fn convert_offsets(&mut self, text: &str, unit: OffsetUnit) {
        assert_eq!(self.offsets, OffsetUnit::Utf8, "offsets converted twice");
        if unit == OffsetUnit::Utf8 {
            return;
        }
        let map = crate::offsets::OffsetMap::new(text, unit);
        self.for_each_span_mut(&mut |s| {
            s.start = map.convert(s.start);
            s.end = map.convert(s.end);
        });
        self.stats.length = map.convert(text.len());
        self.offsets = unit;
    }
}
