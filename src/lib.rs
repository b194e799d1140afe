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
    /// The unit of the Report's offsets.
    pub offsets: OffsetUnit,
    /// Inputs longer than this are truncated (see [`DEFAULT_MAX_BYTES`]).
    pub max_bytes: usize,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            published: None,
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
    let mut warnings = Vec::new();
    let text = if text.len() > options.max_bytes {
        let cut = truncation_point(text, options.max_bytes);
        warnings.push(format!(
            "input of {} bytes truncated to its first {} bytes (limit {})",
            text.len(),
            cut,
            options.max_bytes
        ));
        &text[..cut]
    } else {
        text
    };
    let doc = text::Document::new(text);

    let places = places::extract(&doc);
    let (published, published_source) = match options.published {
        Some(d) => (Some(d), Some("option".to_string())),
        None => match dates::dateline_date(&doc) {
            Some(d) => (Some(d), Some("dateline".to_string())),
            None => (None, None),
        },
    };
    let dates = dates::extract(&doc, published);
    let found = attrib::extract(&doc, &places);

    let stats = TextStats {
        length: text.len(),
        chars: text.chars().count(),
        words: doc.word_count(),
        sentences: doc.sentences.len(),
        paragraphs: doc.paragraphs.len(),
    };
    let mut report = Report {
        schema: SCHEMA_VERSION,
        offsets: OffsetUnit::Utf8,
        published: published.map(|d| d.format("%Y-%m-%d").to_string()),
        published_source,
        attributions: found.attributions,
        sources: found.sources,
        distancing: found.distancing,
        dates,
        places,
        profile: Profile::default(),
        stats,
        warnings,
    };
    profile::fill(&mut report, text);
    report.convert_offsets(text, options.offsets);
    report
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
