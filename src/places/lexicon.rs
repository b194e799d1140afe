//! Word lists around place names, read strictly ([`crate::data`]): the classes of
//! `data/en/place_context.tsv` ("in" is a locative word, "Mr" a title), the type words of
//! `data/en/place_types.tsv` ("province", "Lake", "-fjord"), the common words of
//! `data/en/place_common_words.txt` and the adjectives of origin of the shared
//! `data/en/demonyms.tsv`.
//!
//! In: the data files. Out: [`LEXICON`], lookups by word.

use super::gazetteer::Kind;
use crate::data::{DataError, loaded, table, words};
use crate::data_file;
use crate::text::with_lowercase;
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::sync::LazyLock;

/// A class of `data/en/place_context.tsv` (the file's header says what each means).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Class {
    /// Locative word before a place ("in", "near").
    Prep,
    /// Capitalised modifier before a place name ("Northern").
    Pre,
    /// A compass or size word that makes a region of the place after it ("South Taranaki").
    Qualifier,
    /// A word that asks for the state over its same-named city ("upstate").
    StateWord,
    /// Capitalised function word ("The").
    Func,
    /// Person title ("Mr").
    Title,
    /// Capitalised word that may follow a place name ("President").
    Post,
    /// Given name ("Michael").
    Given,
    /// "WORD of X" is an organisation ("University").
    OrgOf,
    /// As [`Class::OrgOf`], but only with "of" ("Port").
    OrgOfOnly,
    /// Noun after "X's" that makes X a person ("disease").
    Eponym,
    /// A disease word after a place's name ("virus").
    Disease,
    /// A currency after a country ("dollars").
    Currency,
    /// Lower-case person noun ("coach").
    PersonNoun,
    /// Speech verb ("said").
    Speech,
    /// Month or day name.
    Month,
    /// Adjective of origin.
    Demonym,
    /// Institution or road word ("Museum", "Highway").
    Institution,
}

const CLASSES: &[(&str, Class)] = &[
    ("currency", Class::Currency),
    ("demonym", Class::Demonym),
    ("disease", Class::Disease),
    ("eponym", Class::Eponym),
    ("func", Class::Func),
    ("given", Class::Given),
    ("inst", Class::Institution),
    ("month", Class::Month),
    ("orgof", Class::OrgOf),
    ("orgofonly", Class::OrgOfOnly),
    ("post", Class::Post),
    ("pre", Class::Pre),
    ("prep", Class::Prep),
    ("ptitle", Class::PersonNoun),
    ("qualifier", Class::Qualifier),
    ("speech", Class::Speech),
    ("stateword", Class::StateWord),
    ("title", Class::Title),
];

/// A flag of `data/en/place_types.tsv` (the file's header says what each means).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum TypeFlag {
    Name,
    Prefix,
    Of,
    OfOnly,
    OneWord,
    Suffix,
    Plural,
    Org,
    Compass,
}

const TYPE_FLAGS: &[(&str, TypeFlag)] = &[
    ("compass", TypeFlag::Compass),
    ("name", TypeFlag::Name),
    ("of", TypeFlag::Of),
    ("ofonly", TypeFlag::OfOnly),
    ("oneword", TypeFlag::OneWord),
    ("org", TypeFlag::Org),
    ("plural", TypeFlag::Plural),
    ("prefix", TypeFlag::Prefix),
    ("suffix", TypeFlag::Suffix),
];

const KINDS: &[(&str, Kind)] = &[
    ("admin1", Kind::Admin1),
    ("admin2", Kind::Admin2),
    ("city", Kind::City),
    ("feature", Kind::Feature),
    ("neighbourhood", Kind::Neighbourhood),
    ("street", Kind::Street),
];

/// How a type word is used.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct TypeFlags {
    /// After a name; capitalised it is part of it ("Pinggu District").
    pub name: bool,
    /// "WORD of X" names a place X ("north of Raqqa"); also set by "ofonly".
    pub of: bool,
    /// A prefix only in "WORD of X" ("Sea of Azov").
    pub of_only: bool,
    /// A prefix followed by one name only ("River Corrib").
    pub one_word: bool,
    /// After a list of names, each one a place of that kind ("counties").
    pub plural: bool,
    /// Capitalised after a name it makes an organisation ("Ohio State").
    pub org: bool,
    /// A compass word: "north of X" is evidence, not a kind.
    pub compass: bool,
}

impl TypeFlags {
    fn from_flags(flags: &[TypeFlag]) -> TypeFlags {
        let has = |f: TypeFlag| flags.contains(&f);
        TypeFlags {
            name: has(TypeFlag::Name),
            of: has(TypeFlag::Of) || has(TypeFlag::OfOnly),
            of_only: has(TypeFlag::OfOnly),
            one_word: has(TypeFlag::OneWord),
            plural: has(TypeFlag::Plural),
            org: has(TypeFlag::Org),
            compass: has(TypeFlag::Compass),
        }
    }
}

pub struct Lexicon {
    /// word -> its classes, one bit per [`Class`].
    classes: HashMap<&'static str, u32>,
    pub common: HashSet<&'static str>,
    /// lower-case type word -> (kind, flags)
    types: HashMap<&'static str, (Kind, TypeFlags)>,
    /// capitalised prefix type word ("Lake", "Mount") -> (kind, flags)
    prefixes: HashMap<&'static str, (Kind, TypeFlags)>,
    /// lower-case endings of one-word names ("fjord": "Sognefjord") -> kind, in file order
    pub suffixes: Vec<(&'static str, Kind)>,
    /// adjective of origin -> ISO country code ("Egyptian" -> "EG")
    origins: HashMap<&'static str, &'static str>,
}

pub static LEXICON: LazyLock<Lexicon> = LazyLock::new(|| loaded(Lexicon::load()));

fn bit(class: Class) -> u32 {
    1 << class as u32
}

impl Lexicon {
    pub fn load() -> Result<Lexicon, DataError> {
        let mut classes = HashMap::default();
        for l in table(data_file!("en/place_context.tsv"), 2, 2)? {
            let bits = l.flags(1, CLASSES)?.into_iter().fold(0, |b, c| b | bit(c));
            classes.insert(l.key(), bits);
        }
        let common = words(data_file!("en/place_common_words.txt"))?
            .into_iter()
            .collect();
        let mut types = HashMap::default();
        let mut prefixes = HashMap::default();
        let mut suffixes = Vec::new();
        for l in table(data_file!("en/place_types.tsv"), 2, 3)? {
            let kind = l.one_of(1, KINDS)?;
            let flags = l.flags(2, TYPE_FLAGS)?;
            if flags.contains(&TypeFlag::Suffix) {
                suffixes.push((l.key(), kind));
            }
            let entry = (kind, TypeFlags::from_flags(&flags));
            if flags.contains(&TypeFlag::Prefix) {
                prefixes.insert(l.key(), entry);
            } else {
                types.insert(l.key(), entry);
            }
        }
        let mut origins = HashMap::default();
        for l in table(data_file!("en/demonyms.tsv"), 4, 4)? {
            let code = l.col(2)?;
            if code.len() != 2 {
                return Err(l.error(format!("column 3: {code:?} is no ISO 3166-1 alpha-2 code")));
            }
            origins.insert(l.col(1)?, code);
        }
        Ok(Lexicon {
            classes,
            common,
            types,
            prefixes,
            suffixes,
            origins,
        })
    }

    /// Is `word` (exactly as written) in `class` of data/en/place_context.tsv?
    pub fn is(&self, word: &str, class: Class) -> bool {
        self.classes
            .get(word)
            .is_some_and(|&bits| bits & bit(class) != 0)
    }
    /// A locative word ("in", "near"), any case.
    pub fn is_prep(&self, word: &str) -> bool {
        if word.chars().all(|c| c.is_lowercase()) {
            return self.is(word, Class::Prep);
        }
        with_lowercase(word, |lower| self.is(lower, Class::Prep))
    }
    /// The country of an adjective of origin ("Egyptian" -> "EG").
    pub fn origin(&self, word: &str) -> Option<&'static str> {
        self.origins.get(word).copied()
    }
    /// The type word `word` (any case) when it is one.
    pub fn type_word(&self, word: &str) -> Option<(Kind, TypeFlags)> {
        if word.len() > 20 {
            return None;
        }
        with_lowercase(word, |lower| self.types.get(lower).copied())
    }
    /// The prefix type word `word` (exactly as written: "Lake", "Mount") when it is one.
    pub fn prefix(&self, word: &str) -> Option<(Kind, TypeFlags)> {
        self.prefixes.get(word).copied()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classes_and_type_words_are_typed() {
        let lx = &*LEXICON;
        assert!(lx.is_prep("In") && lx.is("said", Class::Speech));
        assert!(!lx.is("said", Class::Title));
        let (kind, flags) = lx.type_word("Province").expect("province");
        assert_eq!(kind, Kind::Admin1);
        assert!(flags.of);
        let (_, sea) = lx.prefix("Sea").expect("Sea");
        assert!(sea.of && sea.of_only);
        assert_eq!(lx.origin("Egyptian"), Some("EG"));
    }
}
