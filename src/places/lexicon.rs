//! Word lists around place names (data/place_context.tsv, place_types.tsv,
//! place_common_words.txt; adjectives of origin from the shared data/demonyms.tsv), loaded
//! once.

use super::gazetteer::Kind;
use std::collections::{HashMap, HashSet};
use std::sync::LazyLock;

pub struct Lexicon {
    classes: HashMap<&'static str, Vec<&'static str>>,
    pub common: HashSet<&'static str>,
    /// lower-case type word -> (kind, flags)
    pub types: HashMap<&'static str, (Kind, &'static str)>,
    /// capitalised prefix type word ("Lake", "Mount") -> (kind, flags)
    pub prefixes: HashMap<&'static str, (Kind, &'static str)>,
    /// lower-case endings of one-word names ("fjord": "Sognefjord") -> kind
    pub suffixes: Vec<(&'static str, Kind)>,
    /// adjective of origin -> ISO country code ("Egyptian" -> "EG")
    origins: HashMap<&'static str, &'static str>,
}

pub static LEXICON: LazyLock<Lexicon> = LazyLock::new(|| {
    let mut classes: HashMap<&'static str, Vec<&'static str>> = HashMap::new();
    for row in crate::data::rows(include_str!("../../data/place_context.tsv")) {
        if row.len() >= 2 {
            classes.insert(row[0], row[1].split(',').collect());
        }
    }
    let common = crate::data::lines(include_str!("../../data/place_common_words.txt")).collect();
    let mut types = HashMap::new();
    let mut prefixes = HashMap::new();
    let mut suffixes = Vec::new();
    for row in crate::data::rows(include_str!("../../data/place_types.tsv")) {
        if row.len() < 2 {
            continue;
        }
        let kind = match row[1] {
            "admin1" => Kind::Admin1,
            "admin2" => Kind::Admin2,
            "neighbourhood" => Kind::Neighbourhood,
            "feature" => Kind::Feature,
            "street" => Kind::Street,
            _ => Kind::City,
        };
        let flags = row.get(2).copied().unwrap_or("");
        if flags.contains("suffix") {
            suffixes.push((row[0], kind));
        }
        if flags.contains("prefix") {
            prefixes.insert(row[0], (kind, flags));
        } else {
            types.insert(row[0], (kind, flags));
        }
    }
    let mut origins = HashMap::new();
    for row in crate::data::rows(include_str!("../../data/demonyms.tsv")) {
        if row.len() >= 3 && !row[1].is_empty() && row[2].len() == 2 {
            origins.insert(row[1], row[2]);
        }
    }
    Lexicon {
        classes,
        common,
        types,
        prefixes,
        suffixes,
        origins,
    }
});

impl Lexicon {
    /// Is `word` (exactly as written) in `class` of data/place_context.tsv?
    pub fn is(&self, word: &str, class: &str) -> bool {
        self.classes.get(word).is_some_and(|c| c.contains(&class))
    }
    /// A locative word ("in", "near"), any case.
    pub fn is_prep(&self, word: &str) -> bool {
        if word.chars().all(|c| c.is_lowercase()) {
            return self.is(word, "prep");
        }
        self.is(&word.to_lowercase(), "prep")
    }
    /// The country of an adjective of origin ("Egyptian" -> "EG").
    pub fn origin(&self, word: &str) -> Option<&'static str> {
        self.origins.get(word).copied()
    }
    /// The type word `word` (any case) when it is one.
    pub fn type_word(&self, word: &str) -> Option<(Kind, &'static str)> {
        if word.len() > 20 {
            return None;
        }
        self.types.get(word.to_lowercase().as_str()).copied()
    }
}
