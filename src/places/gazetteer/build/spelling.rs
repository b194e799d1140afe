//! Spelling variants of a place name that English text uses for the same place: "St. Louis"
//! for "Saint Louis" (`data/place_spellings.tsv`), "Raqqah" and "ar Raqqah" for "Ar Raqqah"
//! in the countries of `data/place_article_countries.txt` (the articles are the shared name
//! particles of [`crate::words`], but for those of `data/place_kept_articles.txt`), "Ludwigshafen" for "Ludwigshafen am Rhein"
//! (`data/place_short_forms.tsv`), the name without apostrophes.
//!
//! In: a name and its country. Out: the keys ([`super::key`]) of all its spellings.

use super::key;
use crate::data::{DataError, table, words};
use crate::data_file;
use crate::words::{Particle, WORDS};
use rustc_hash::{FxHashMap, FxHashSet};

/// The spelling rules, read from their data files.
pub struct Spelling {
    /// Countries whose names drop a leading article in English.
    article_countries: FxHashSet<&'static str>,
    /// Articles that stay part of a name there ("El Alamein").
    kept_articles: FxHashSet<&'static str>,
    /// A name's first word with its space ("Saint ") -> its other spellings ("St. ", "St ").
    first_words: Vec<(String, Vec<String>)>,
    /// Country -> the markers a name is cut before (" am ", " (").
    short_forms: FxHashMap<&'static str, Vec<String>>,
}

impl Spelling {
    pub fn load() -> Result<Spelling, DataError> {
        let article_countries = words(data_file!("place_article_countries.txt"))?
            .into_iter()
            .collect();
        let mut kept_articles = FxHashSet::default();
        for l in table(data_file!("place_kept_articles.txt"), 1, 1)? {
            if WORDS.particle(l.key()) != Some(Particle::Article) {
                return Err(l.error(format!(
                    "{:?} is no article of data/name_particles.tsv",
                    l.key()
                )));
            }
            kept_articles.insert(l.key());
        }
        let mut first_words = Vec::new();
        for l in table(data_file!("place_spellings.tsv"), 2, 2)? {
            let others = l.col(1)?.split(',').map(|w| format!("{w} ")).collect();
            first_words.push((format!("{} ", l.key()), others));
        }
        let mut short_forms: FxHashMap<&'static str, Vec<String>> = FxHashMap::default();
        for l in table(data_file!("place_short_forms.tsv"), 2, 2)? {
            let marker = match l.key() {
                "(" => " (".to_string(),
                word => format!(" {word} "),
            };
            for country in l.col(1)?.split(',') {
                if country.len() != 2 {
                    return Err(l.error(format!("{country:?} is no ISO 3166-1 alpha-2 code")));
                }
                short_forms.entry(country).or_default().push(marker.clone());
            }
        }
        Ok(Spelling {
            article_countries,
            kept_articles,
            first_words,
            short_forms,
        })
    }

    /// The everyday short form of a town's name: "Ludwigshafen am Rhein" -> "Ludwigshafen",
    /// "Mülheim an der Ruhr" -> "Mülheim", "Halle (Saale)" -> "Halle".
    pub fn short_form<'a>(&self, name: &'a str, country: &str) -> Option<&'a str> {
        let markers = self.short_forms.get(country)?;
        let cut = markers.iter().filter_map(|m| name.find(m.as_str())).min()?;
        let short = &name[..cut];
        (short.chars().count() >= 4).then_some(short)
    }

    /// The keys of the spellings of a name (the name's own key first when it has no other).
    pub fn variants(&self, name: &str, country: &str) -> Vec<String> {
        let k = key(name);
        let articles = self.article_countries.contains(country);
        if let Some(short) = self.short_form(name, country) {
            return vec![k, key(short)];
        }
        if !articles
            && !k.contains('\'')
            && !self
                .first_words
                .iter()
                .any(|(w, _)| k.starts_with(w.as_str()))
        {
            return vec![k];
        }
        let mut out = vec![k.clone()];
        for (from, tos) in &self.first_words {
            if let Some(rest) = k.strip_prefix(from.as_str()) {
                for to in tos {
                    out.push(format!("{to}{rest}"));
                }
            }
        }
        if k.contains('\'') {
            out.push(k.replace('\'', ""));
        }
        if articles {
            if let Some((article, rest)) = k.split_once(' ') {
                if let Some(lower) = capitalised_article(article)
                    .filter(|lower| !self.kept_articles.contains(lower.as_str()))
                {
                    if rest.chars().count() >= 4 && rest.starts_with(|c: char| c.is_uppercase()) {
                        out.push(rest.to_string());
                    }
                    // "Al-Raqqa" and "al-Raqqa" are both written
                    out.push(format!("{lower} {rest}"));
                }
            }
        }
        out.sort();
        out.dedup();
        out
    }
}

/// "Al" -> "al" when the word is an article particle written with a capital ("Al", not
/// "AL" or "al").
fn capitalised_article(word: &str) -> Option<String> {
    let lower = word.to_lowercase();
    let mut chars = word.chars();
    let capitalised = chars.next().is_some_and(char::is_uppercase) && chars.all(char::is_lowercase);
    (capitalised && WORDS.particle(&lower) == Some(Particle::Article)).then_some(lower)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn variants_cover_saint_and_articles() {
        let s = Spelling::load().expect("spelling data");
        let v = s.variants("Saint Louis", "US");
        assert!(v.contains(&"St. Louis".to_string()));
        assert!(v.contains(&"St Louis".to_string()));
        let v = s.variants("Ar Raqqah", "SY");
        assert!(v.contains(&"Raqqah".to_string()));
        assert!(v.contains(&"ar Raqqah".to_string()));
        assert!(!s.variants("El Paso", "US").contains(&"Paso".to_string()));
        assert!(
            !s.variants("AL Raqqah", "SY")
                .contains(&"Raqqah".to_string())
        );
        assert_eq!(s.variants("El Alia", "TN"), vec!["El Alia"]);
    }

    #[test]
    fn short_forms_by_country() {
        let s = Spelling::load().expect("spelling data");
        assert_eq!(
            s.short_form("Ludwigshafen am Rhein", "DE"),
            Some("Ludwigshafen")
        );
        assert_eq!(s.short_form("Halle (Saale)", "DE"), Some("Halle"));
        assert_eq!(s.short_form("Affoltern (Zurich)", "CH"), None);
        assert_eq!(s.short_form("Stratford am Avon", "GB"), None);
        assert_eq!(s.short_form("Au am Rhein", "DE"), None);
    }
}
