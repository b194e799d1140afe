//! The article's language: which one it is written in, and whether sourcelens reads it.
//!
//! In: the analysed text. Out: a [`Language`] for the Report (ISO 639-1 code, English name,
//! confidence, reliability, `supported`), or `None` for a text with nothing to detect.
//!
//! Detection is `whatlang` (script, then trigram profiles of 69 languages), run on the
//! article as a whole so that an English article quoting French or Arabic stays English.
//! Long texts are read through evenly spaced slices ([`sample`]): the verdict is the same,
//! the cost bounded. Only a *reliable* verdict for another language makes a page
//! unsupported; a short or mixed text that whatlang cannot tell stays English.
//! The codes and names come from `data/languages.tsv`.
//!
//! Fast path: most articles are plainly English, and whatlang's cost is per article (every
//! language profile is compared), a fifth of the time of a short article. When at least
//! [`ENGLISH_SHARE`] of the sample's words are common English function words
//! (`data/en/function_words.txt`; English news 25-40 %, French, Spanish or German news 1-3 %)
//! the verdict is English with confidence 1 and whatlang is not run.

use crate::data::{DataError, loaded, table, words};
use crate::data_file;
use rustc_hash::{FxHashMap, FxHashSet};
use serde::{Deserialize, Serialize};
use std::sync::LazyLock;

/// The languages whose news sourcelens reads (ISO 639-1).
pub const SUPPORTED: &[&str] = &["en"];

/// Below this confidence (0..=1) another language does not make a page unsupported.
pub const RELIABLE_CONFIDENCE: f64 = 0.9;

/// The share of English function words that settles a sample as English (fast path).
pub const ENGLISH_SHARE: f64 = 0.2;

/// Fewer letters than this: too little text to say anything reliable.
const MIN_LETTERS: usize = 40;

/// Texts longer than this many bytes are read through [`SLICES`] slices of this total size.
const SAMPLE_BYTES: usize = 3 * 1024;
const SLICES: usize = 8;

/// The language of the article, as the Report gives it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Language {
    /// ISO 639-1 ("en", "fr", "ar").
    pub code: String,
    /// The language's English name ("French").
    pub name: String,
    /// How sure the detector is, 0..=1.
    pub confidence: f64,
    /// Sure enough to act on (confidence ≥ 0.9 on enough text).
    pub reliable: bool,
    /// sourcelens reads this page: it is in English, or no other language is reliable.
    /// When false the Report has no attributions or distancing markers, and only the dates
    /// and places that do not depend on the language (ISO dates, gazetteer names).
    pub supported: bool,
}

impl Language {
    /// The notice for a page sourcelens does not read ("This page seems to be in French;
    /// sourcelens reads English news for now"); `None` when it reads it.
    pub fn notice(&self) -> Option<String> {
        (!self.supported).then(|| {
            format!(
                "This page seems to be in {}; sourcelens reads English news for now",
                self.name
            )
        })
    }
}

/// The codes and names of `data/languages.tsv`, by ISO 639-3 code.
struct Names {
    by_iso3: FxHashMap<&'static str, (&'static str, &'static str)>,
}

impl Names {
    fn load() -> Result<Names, DataError> {
        let mut by_iso3 = FxHashMap::default();
        for l in table(data_file!("languages.tsv"), 3, 3)? {
            let code = l.col(1)?;
            if code.len() != 2 || !code.bytes().all(|b| b.is_ascii_lowercase()) {
                return Err(l.error(format!("column 2: {code:?} is not an ISO 639-1 code")));
            }
            by_iso3.insert(l.key(), (code, l.col(2)?));
        }
        Ok(Names { by_iso3 })
    }
}

static NAMES: LazyLock<Names> = LazyLock::new(|| loaded(Names::load()));

fn load_english_words() -> Result<FxHashSet<&'static str>, DataError> {
    Ok(words(data_file!("en/function_words.txt"))?
        .into_iter()
        .collect())
}

static ENGLISH_WORDS: LazyLock<FxHashSet<&'static str>> =
    LazyLock::new(|| loaded(load_english_words()));

/// At least [`ENGLISH_SHARE`] of the words of `sample` (and 40 words) are English
/// function words.
fn plainly_english(sample: &str) -> bool {
    let mut total = 0usize;
    let mut common = 0usize;
    let mut lower = String::new();
    for w in sample
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty())
    {
        total += 1;
        if w.len() <= 5 && w.is_ascii() {
            lower.clear();
            lower.push_str(w);
            lower.make_ascii_lowercase();
            common += usize::from(ENGLISH_WORDS.contains(lower.as_str()));
        }
    }
    total >= 40 && common as f64 >= ENGLISH_SHARE * total as f64
}

/// Checks `data/languages.tsv` and that it names every language whatlang can return.
pub fn load() -> Result<(), DataError> {
    load_english_words()?;
    let names = Names::load()?;
    match whatlang::Lang::all()
        .iter()
        .find(|l| !names.by_iso3.contains_key(l.code()))
    {
        Some(missing) => Err(DataError {
            file: "languages.tsv",
            line: 0,
            message: format!("no entry for {:?} ({})", missing.code(), missing.eng_name()),
        }),
        None => Ok(()),
    }
}

/// Detects the language of `text`; `None` when it has too few letters to tell.
pub fn detect(text: &str) -> Option<Language> {
    let sample = sample(text);
    let letters = sample.chars().filter(|c| c.is_alphabetic()).count();
    if letters < MIN_LETTERS {
        return None;
    }
    if plainly_english(&sample) {
        return Some(Language {
            code: "en".to_string(),
            name: "English".to_string(),
            confidence: 1.0,
            reliable: true,
            supported: true,
        });
    }
    let info = whatlang::detect(&sample)?;
    let (code, name) = NAMES
        .by_iso3
        .get(info.lang().code())
        .copied()
        .unwrap_or((info.lang().code(), info.lang().eng_name()));
    let confidence = (info.confidence() * 1000.0).round() / 1000.0;
    let reliable = confidence >= RELIABLE_CONFIDENCE;
    Some(Language {
        code: code.to_string(),
        name: name.to_string(),
        confidence,
        reliable,
        supported: SUPPORTED.contains(&code) || !reliable,
    })
}

/// The text itself, or for a long one [`SLICES`] evenly spaced slices of it (cut at char
/// boundaries) joined by newlines.
fn sample(text: &str) -> std::borrow::Cow<'_, str> {
    if text.len() <= SAMPLE_BYTES {
        return text.into();
    }
    let slice = SAMPLE_BYTES / SLICES;
    let step = (text.len() - slice) / (SLICES - 1);
    let mut out = String::with_capacity(SAMPLE_BYTES + SLICES);
    for k in 0..SLICES {
        let start = floor_char(text, k * step);
        let end = floor_char(text, (start + slice).min(text.len()));
        out.push_str(&text[start..end]);
        out.push('\n');
    }
    out.into()
}

fn floor_char(text: &str, mut i: usize) -> usize {
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_table_names_every_language() {
        assert_eq!(load(), Ok(()));
    }

    #[test]
    fn english_and_french() {
        let en = detect("The minister said on Sunday that the border crossing would reopen next week after repairs to the bridge.").unwrap();
        assert_eq!((en.code.as_str(), en.name.as_str()), ("en", "English"));
        assert!(en.supported);
        let fr = detect("Le ministre a déclaré dimanche que le poste frontière rouvrirait la semaine prochaine après la réparation du pont.").unwrap();
        assert_eq!((fr.code.as_str(), fr.name.as_str()), ("fr", "French"));
        assert!(fr.reliable && !fr.supported);
        assert_eq!(
            fr.notice().as_deref(),
            Some("This page seems to be in French; sourcelens reads English news for now")
        );
        assert_eq!(en.notice(), None);
    }

    #[test]
    fn the_fast_path_takes_only_plain_english() {
        let en = "The minister said on Sunday that the border crossing would reopen next week after repairs to the bridge, and that the army was in control of the town. Residents who had fled in the spring were told they could return to their homes by the end of the month.";
        assert!(plainly_english(en));
        let fr = "Le ministre a déclaré dimanche que le poste frontière rouvrirait la semaine prochaine après la réparation du pont, et que l'armée contrôlait la ville.";
        assert!(!plainly_english(fr));
        // too short to settle: left to the detector
        assert!(!plainly_english("The minister said it."));
    }

    #[test]
    fn too_little_text_is_no_verdict() {
        assert_eq!(detect(""), None);
        assert_eq!(detect("2017-10-30 — 12:40"), None);
        assert_eq!(detect("Paris, Lyon"), None);
    }

    #[test]
    fn long_texts_are_sampled_at_char_boundaries() {
        let text = "Les habitants ont été évacués à l'aube. ".repeat(2000);
        assert!(text.len() > SAMPLE_BYTES);
        let s = sample(&text);
        assert!(s.len() <= SAMPLE_BYTES + SLICES);
        assert_eq!(detect(&text).unwrap().code, "fr");
    }
}
