//! The word lists of coreference, read from `data/` with the strict loader: the sex a title
//! or role noun shows (`coref_title_genders.tsv`), the organisation words
//! (`coref_org_words.tsv`) and the function words that shape a source phrase
//! (`coref_words.tsv`). Speaker nouns, countries, given names and outlets are shared with
//! the rest of attribution (`attrib::lexicon`); name particles with the places
//! (`crate::words`).
//!
//! In: the data files. Out: [`LEXICON`], looked up by lower-case word.

use super::entity::Gender;
use crate::data::{DataError, loaded, table};
use crate::data_file;
use rustc_hash::FxHashMap;
use std::sync::LazyLock;

/// What an organisation word does (`data/en/coref_org_words.tsv`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OrgWord {
    /// makes a run of capitalised words an organisation's name ("Clarion News")
    Name,
    /// makes a proper name a news outlet's ("Valley Herald")
    OutletName,
    /// a word a company's name or description carries ("Energy", "carmaker")
    Company,
    /// a general head that takes up any named organisation or company ("the group")
    AnyOrg,
    /// a general head that takes up any company ("the firm")
    AnyCompany,
    /// a general head for any news outlet ("the paper")
    Outlet,
    /// alone, takes up the last organisation that spoke ("the company")
    LastOrg,
    /// a force or a service, not one identifiable body ("the police")
    NotOneBody,
}

const ORG_WORDS: &[(&str, OrgWord)] = &[
    ("any-company", OrgWord::AnyCompany),
    ("any-org", OrgWord::AnyOrg),
    ("company", OrgWord::Company),
    ("last-org", OrgWord::LastOrg),
    ("name", OrgWord::Name),
    ("not-one-body", OrgWord::NotOneBody),
    ("outlet", OrgWord::Outlet),
    ("outlet-name", OrgWord::OutletName),
];

/// What a function word does in a source phrase (`data/en/coref_words.tsv`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PhraseWord {
    /// a definite determiner ("the", "this")
    Definite,
    /// another determiner, quantifier or ordinal ("a", "another", "second")
    Determiner,
    /// an article dropped from a described speaker's shown name
    DisplayDrop,
    /// "the two", "the pair"
    Pair,
    /// a lower-case word inside an organisation's name ("of", "&")
    OrgJoiner,
    /// "the country's": the last country named
    TheCountry,
    /// a participle before "by" that does not name a document's author ("seen by")
    NotAuthor,
}

const PHRASE_WORDS: &[(&str, PhraseWord)] = &[
    ("definite", PhraseWord::Definite),
    ("determiner", PhraseWord::Determiner),
    ("display-drop", PhraseWord::DisplayDrop),
    ("not-author", PhraseWord::NotAuthor),
    ("org-joiner", PhraseWord::OrgJoiner),
    ("pair", PhraseWord::Pair),
    ("the-country", PhraseWord::TheCountry),
];

const SEXES: &[(&str, Gender)] = &[("f", Gender::F), ("m", Gender::M)];

/// The coreference word lists.
pub struct Lexicon {
    title_genders: FxHashMap<&'static str, Gender>,
    /// word → bit set of [`OrgWord`]s
    org_words: FxHashMap<&'static str, u16>,
    /// word → bit set of [`PhraseWord`]s
    phrase_words: FxHashMap<&'static str, u16>,
}

fn bit<T: Copy + Into<u16>>(flag: T) -> u16 {
    1 << flag.into()
}

impl From<OrgWord> for u16 {
    fn from(w: OrgWord) -> u16 {
        w as u16
    }
}

impl From<PhraseWord> for u16 {
    fn from(w: PhraseWord) -> u16 {
        w as u16
    }
}

/// A word → flags table: every entry needs at least one flag.
fn flag_table<T: Copy + Into<u16>>(
    file: crate::data::DataFile,
    choices: &[(&str, T)],
) -> Result<FxHashMap<&'static str, u16>, DataError> {
    let mut out = FxHashMap::default();
    for line in table(file, 2, 2)? {
        let flags = line.flags(1, choices)?;
        out.insert(line.key(), flags.into_iter().fold(0, |set, f| set | bit(f)));
    }
    Ok(out)
}

impl Lexicon {
    pub fn load() -> Result<Lexicon, DataError> {
        let mut title_genders = FxHashMap::default();
        for line in table(data_file!("en/coref_title_genders.tsv"), 2, 2)? {
            title_genders.insert(line.key(), line.one_of(1, SEXES)?);
        }
        Ok(Lexicon {
            title_genders,
            org_words: flag_table(data_file!("en/coref_org_words.tsv"), ORG_WORDS)?,
            phrase_words: flag_table(data_file!("en/coref_words.tsv"), PHRASE_WORDS)?,
        })
    }

    /// The sex a title or role noun shows ("mrs", "spokesman", "mother").
    pub fn title_gender(&self, word: &str) -> Option<Gender> {
        self.title_genders.get(word).copied()
    }

    /// Does the lower-case `word` do `what` as an organisation word?
    pub fn org_word(&self, word: &str, what: OrgWord) -> bool {
        self.org_words
            .get(word)
            .is_some_and(|set| set & bit(what) != 0)
    }

    /// Does the lower-case `word` do `what` in a source phrase?
    pub fn phrase_word(&self, word: &str, what: PhraseWord) -> bool {
        self.phrase_words
            .get(word)
            .is_some_and(|set| set & bit(what) != 0)
    }
}

pub static LEXICON: LazyLock<Lexicon> = LazyLock::new(|| loaded(Lexicon::load()));

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_load_with_their_flags() {
        assert_eq!(LEXICON.title_gender("spokeswoman"), Some(Gender::F));
        assert_eq!(LEXICON.title_gender("señor"), Some(Gender::M));
        assert_eq!(LEXICON.title_gender("minister"), None);
        assert!(LEXICON.org_word("group", OrgWord::AnyOrg));
        assert!(LEXICON.org_word("group", OrgWord::Company));
        assert!(!LEXICON.org_word("group", OrgWord::AnyCompany));
        assert!(LEXICON.org_word("daily", OrgWord::Outlet));
        assert!(LEXICON.phrase_word("the", PhraseWord::Definite));
        assert!(LEXICON.phrase_word("the", PhraseWord::DisplayDrop));
        assert!(!LEXICON.phrase_word("a", PhraseWord::Definite));
        assert!(LEXICON.phrase_word("&", PhraseWord::OrgJoiner));
    }

    #[test]
    fn an_unknown_flag_is_an_error_with_file_and_line() {
        let file = crate::data::DataFile {
            name: "coref_words.tsv",
            text: "a\tdeterminer\nthe\tdefinit\n",
        };
        let e = flag_table(file, PHRASE_WORDS).unwrap_err();
        assert_eq!(e.line, 2);
        assert!(e.message.contains("unknown flag \"definit\""));
    }
}
