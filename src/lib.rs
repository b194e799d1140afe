//! sourcelens: who says what, when and where in a news article.
//!
//! ```
//! use sourcelens::{analyze, Options};
//! let report = analyze("The minister said on Sunday that Raqqa was calm.", &Options::default());
//! assert_eq!(report.attributions[0].cue.text, "said");
//! ```
//!
//! One pure function, [`analyze`], with no I/O and no browser dependency: the CLI
//! (`src/main.rs`), the wasm module (`src/wasm.rs`), the extension and the demo page are
//! thin layers over it. Inside, every offset is a UTF-8 byte offset; the Report is converted
//! to the caller's unit ([`OffsetUnit`]) once, at the end.

pub mod attrib;
pub mod data;
pub mod dates;
pub mod language;
pub mod offsets;
pub mod places;
pub mod profile;
pub mod report;
pub mod rules;
pub mod text;
pub mod words;

#[cfg(target_arch = "wasm32")]
pub mod wasm;

#[cfg(not(target_arch = "wasm32"))]
pub mod html;
#[cfg(not(target_arch = "wasm32"))]
pub mod render;

pub use language::Language;

pub use chrono::NaiveDate;
pub use report::*;

/// Inputs longer than this many bytes are cut (at a paragraph or char boundary) and the
/// Report says so in `warnings`. Callers with larger texts should split them.
pub const DEFAULT_MAX_BYTES: usize = 16 * 1024 * 1024;

/// What `analyze` should do.
#[derive(Debug, Clone)]
pub struct Options {
    /// The article's publication date: the anchor for relative dates ("on Sunday").
    /// Without it, a dateline in the text is used; without both, relative dates stay null.
    pub published: Option<NaiveDate>,
    /// The page's last-modified date, when the caller read one apart from the publication
    /// date (`article:modified_time`, JSON-LD `dateModified`). Never the anchor while a
    /// published date or a dateline is there; the Report gives it as `updated`.
    pub updated: Option<NaiveDate>,
    /// The unit of the Report's offsets.
    pub offsets: OffsetUnit,
    /// Inputs longer than this are truncated (see [`DEFAULT_MAX_BYTES`]).
    pub max_bytes: usize,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            published: None,
            updated: None,
            offsets: OffsetUnit::Utf8,
            max_bytes: DEFAULT_MAX_BYTES,
        }
    }
}

/// Parses a `YYYY-MM-DD` date (the only form accepted for `published`).
pub fn parse_published(s: &str) -> Result<NaiveDate, String> {
    let s = s.trim();
    // accept a full ISO timestamp too ("2017-10-30T09:12:00+03:00"): the date part counts
    let day = s
        .get(..10)
        .filter(|_| s.len() == 10 || s[10..].starts_with('T'));
    day.and_then(|d| NaiveDate::parse_from_str(d, "%Y-%m-%d").ok())
        .filter(|_| s.as_bytes().get(4) == Some(&b'-'))
        .ok_or_else(|| format!("invalid published date {s:?} (expected YYYY-MM-DD)"))
}

/// Analyses one article: attributions (and their sources), distancing language, dates and
/// places. Never panics on any input; see `tests/report/properties.rs`.
pub fn analyze(text: &str, options: &Options) -> Report {
    analyze_staged(text, options, |_| {})
}

/// The stages of [`analyze`], in the order they run (`benches/stages.rs` times each one).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stage {
    /// The input cut to `max_bytes` ([`truncate_input`]).
    Input,
    /// Paragraphs, sentences and tokens ([`text::Document::new`]).
    Segmentation,
    /// Places ([`places::extract`]).
    Places,
    /// Date candidates: every pattern's matches in the text ([`dates::candidates`]).
    DateCandidates,
    /// The anchor of relative dates: option, dateline or updated date ([`date_anchor`]).
    Dateline,
    /// Dates chosen among the candidates and resolved ([`dates::extract_from`]).
    Dates,
    /// The page's language ([`language::detect`]).
    Language,
    /// Attributions, sources and distancing, or the language filter ([`find_attributions`]).
    Attributions,
    /// The Report put together, with its text statistics ([`assemble`]).
    Assembly,
    /// The article's sourcing profile ([`profile::fill`]).
    Profile,
    /// Offsets in the caller's unit ([`Report::convert_offsets`]).
    Offsets,
}

impl Stage {
    /// Every stage, in the order they run.
    pub const ALL: [Stage; 11] = [
        Stage::Input,
        Stage::Segmentation,
        Stage::Places,
        Stage::DateCandidates,
        Stage::Dateline,
        Stage::Dates,
        Stage::Language,
        Stage::Attributions,
        Stage::Assembly,
        Stage::Profile,
        Stage::Offsets,
    ];

    /// What the stage runs, for tables.
    pub fn name(self) -> &'static str {
        match self {
            Stage::Input => "input: truncate to max_bytes",
            Stage::Segmentation => "text: Document::new (paragraphs, sentences, tokens)",
            Stage::Places => "places::extract (candidates, context, resolve)",
            Stage::DateCandidates => "dates::candidates (patterns)",
            Stage::Dateline => "dates::dateline_date_in (anchor)",
            Stage::Dates => "dates::extract_from (select, resolve)",
            Stage::Language => "language::detect",
            Stage::Attributions => "attrib::extract (ctx, structure, coref, distancing)",
            Stage::Assembly => "report: assemble (stats)",
            Stage::Profile => "profile::fill",
            Stage::Offsets => "report: convert_offsets",
        }
    }
}

/// [`analyze`], calling `done` after each [`Stage`] (a no-op for `analyze` itself; a timer
/// in `benches/stages.rs`, so that the bench measures this very code).
pub fn analyze_staged(text: &str, options: &Options, mut done: impl FnMut(Stage)) -> Report {
    let (text, warnings) = truncate_input(text, options.max_bytes);
    done(Stage::Input);
    let doc = text::Document::new(text);
    done(Stage::Segmentation);
    let places = places::extract(&doc);
    done(Stage::Places);
    let candidates = dates::candidates(&doc);
    done(Stage::DateCandidates);
    let anchor = date_anchor(&doc, &candidates, options);
    done(Stage::Dateline);
    let dates = dates::extract_from(&doc, candidates, anchor.date);
    done(Stage::Dates);
    let language = language::detect(text);
    done(Stage::Language);
    let found = find_attributions(&doc, language, places, dates);
    done(Stage::Attributions);
    let mut report = assemble(&doc, options, anchor, found, warnings);
    done(Stage::Assembly);
    profile::fill(&mut report, text);
    done(Stage::Profile);
    report.convert_offsets(text, options.offsets);
    done(Stage::Offsets);
    report
}

/// The input cut to `max_bytes` (see [`truncation_point`]), with the warning that says so.
pub fn truncate_input(text: &str, max_bytes: usize) -> (&str, Vec<String>) {
    if text.len() <= max_bytes {
        return (text, Vec::new());
    }
    let cut = truncation_point(text, max_bytes);
    let warning = format!(
        "input of {} bytes truncated to its first {} bytes (limit {})",
        text.len(),
        cut,
        max_bytes
    );
    (&text[..cut], vec![warning])
}

/// The anchor of relative dates and where it comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DateAnchor {
    pub date: Option<NaiveDate>,
    /// "option", "dateline" or "updated" (None without a date).
    pub source: Option<&'static str>,
}

/// The anchor of relative dates: the published date, else a dateline, else (last) the date
/// the page was updated.
pub fn date_anchor(
    doc: &text::Document,
    candidates: &dates::Candidates,
    options: &Options,
) -> DateAnchor {
    let (date, source) = match options.published {
        Some(d) => (Some(d), Some("option")),
        None => match (dates::dateline_date_in(doc, candidates), options.updated) {
            (Some(d), _) => (Some(d), Some("dateline")),
            (None, Some(d)) => (Some(d), Some("updated")),
            (None, None) => (None, None),
        },
    };
    DateAnchor { date, source }
}

/// What the extractors found, once the language is known.
#[derive(Default)]
pub struct Findings {
    /// The page's language, when it could be told.
    pub language: Option<Language>,
    pub attrib: attrib::Found,
    pub dates: Vec<DateMention>,
    pub places: Vec<Place>,
}

/// Attributions of a page in a language sourcelens reads; on a page in another language, no
/// attributions, and only the dates and places that do not depend on the language (see
/// `language_independent_*`).
pub fn find_attributions(
    doc: &text::Document,
    language: Option<Language>,
    mut places: Vec<Place>,
    mut dates: Vec<DateMention>,
) -> Findings {
    let supported = language.as_ref().is_none_or(|l| l.supported);
    let attrib = if supported {
        attrib::extract(doc, &places)
    } else {
        dates.retain(language_independent_date);
        places.retain(language_independent_place);
        attrib::Found::default()
    };
    Findings {
        language,
        attrib,
        dates,
        places,
    }
}

/// The Report of the findings, its offsets still in UTF-8 and its profile empty.
pub fn assemble(
    doc: &text::Document,
    options: &Options,
    anchor: DateAnchor,
    found: Findings,
    warnings: Vec<String>,
) -> Report {
    let text = doc.text;
    let stats = TextStats {
        length: text.len(),
        chars: text.chars().count(),
        words: doc.word_count(),
        sentences: doc.sentences.len(),
        paragraphs: doc.paragraphs.len(),
    };
    Report {
        schema: SCHEMA_VERSION,
        offsets: OffsetUnit::Utf8,
        published: anchor.date.map(|d| d.format("%Y-%m-%d").to_string()),
        published_source: anchor.source.map(str::to_string),
        updated: options.updated.map(|d| d.format("%Y-%m-%d").to_string()),
        language: found.language,
        attributions: found.attrib.attributions,
        sources: found.attrib.sources,
        distancing: found.attrib.distancing,
        dates: found.dates,
        places: found.places,
        profile: Profile::default(),
        stats,
        warnings,
    }
}

/// On a page in another language, a date is kept only when its value cannot depend on the
/// language: an ISO date ("2021-03-03") or a numeric date whose day and month cannot be
/// swapped ("23/03/2021", "3/3/2021"). Month names, weekdays and "2021" alone are English
/// readings ("3 mars 2021" is not the year 2021).
fn language_independent_date(d: &DateMention) -> bool {
    if d.value.is_none() {
        return false;
    }
    if d.rule == rules::Rule::Iso.id() {
        return true;
    }
    if d.rule != rules::Rule::Numeric.id() {
        return false;
    }
    let parts: Vec<u32> = d
        .span
        .text
        .split(|c: char| !c.is_ascii_digit())
        .filter(|p| !p.is_empty())
        .filter_map(|p| p.parse().ok())
        .collect();
    match parts[..] {
        [a, b, y] => (a == b || a > 12 || b > 12) && y >= 1000,
        _ => false,
    }
}

/// On a page in another language, a place is kept when it is a gazetteer name (the context
/// rules read English words: "the town of", "north of").
fn language_independent_place(p: &Place) -> bool {
    p.rule.split('+').next() == Some(rules::Rule::Gazetteer.id())
}

/// The largest char boundary ≤ `max`, preferring the end of a paragraph in the last 10%.
fn truncation_point(text: &str, max: usize) -> usize {
    let mut cut = max.min(text.len());
    while !text.is_char_boundary(cut) {
        cut -= 1;
    }
    if let Some(p) = text[..cut].rfind("\n\n") {
        if p >= cut - cut / 10 {
            return p;
        }
    }
    cut
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn published_parsing() {
        assert_eq!(
            parse_published("2017-10-30").unwrap(),
            NaiveDate::from_ymd_opt(2017, 10, 30).unwrap()
        );
        assert!(parse_published("2017-10-30T09:12:00+03:00").is_ok());
        for bad in [
            "",
            "30/10/2017",
            "2017-13-01",
            "2017-02-30",
            "20171030",
            "2017-10-30x",
        ] {
            assert!(parse_published(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn truncation_keeps_char_boundaries() {
        let text = "é".repeat(100);
        let opts = Options {
            max_bytes: 51,
            ..Options::default()
        };
        let r = analyze(&text, &opts);
        assert_eq!(r.stats.length, 50);
        assert_eq!(r.warnings.len(), 1);
    }
}
