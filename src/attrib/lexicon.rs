//! The attribution lexicons, loaded once from `data/`: reporting verbs and phrases with their
//! generated inflections (`cues.tsv`), closed-class words (`attrib_words.tsv`), common
//! non-reporting verbs (`attrib_verbs.tsv`), speaker nouns and titles (`attrib_nouns.tsv`),
//! countries and demonyms (`demonyms.tsv`), given names and their sex (`given_names.tsv`), news outlets (`attrib_media.tsv`), fixed
//! expressions that are not attributions (`attrib_not_cues.tsv`) and distancing words
//! (`distancing.tsv`).
//!
//! In: the data files, parsed strictly by [`crate::data`] (an unknown frame letter, word
//! class, noun class or kind is an error with file and line). Out: lookups by lower-case
//! word; [`check`] runs every loader for the data lint.

use crate::data::{DataError, Line, loaded, table, words};
use crate::data_file;
use std::sync::LazyLock;

// Looked up for every word of an article: the fast Fx hash, not SipHash (the keys are our
// own data; nothing iterates these tables in an order that could reach the output).
type HashMap<K, V> = rustc_hash::FxHashMap<K, V>;
type HashSet<K> = rustc_hash::FxHashSet<K>;

/// Complement frames of a cue (see the header of `data/en/cues.tsv`).
pub mod frame {
    pub const T: u16 = 1; // that-clause or zero-that clause
    pub const H: u16 = 1 << 1; // explicit that-clause only
    pub const Q: u16 = 1 << 2; // direct quote / postposed slot
    pub const N: u16 = 1 << 3; // noun phrase object
    pub const I: u16 = 1 << 4; // to-infinitive
    pub const O: u16 = 1 << 5; // addressee object
    pub const W: u16 = 1 << 6; // wh-clause
    pub const G: u16 = 1 << 7; // gerund
    pub const TO: u16 = 1 << 8; // "to" + NP or gerund
    pub const S: u16 = 1 << 9; // any subject
    pub const P: u16 = 1 << 10; // prepositional cue
    pub const X: u16 = 1 << 11; // raising passive
    pub const A: u16 = 1 << 12; // object + "of" ("accused X of")
    pub const R: u16 = 1 << 13; // needs its object, never inverted
    pub const V: u16 = 1 << 14; // base and -s forms are also nouns
    pub const C: u16 = 1 << 15; // object + predicate ("called the plan reckless")

    const LETTERS: &[(char, u16)] = &[
        ('A', A),
        ('G', TO),
        ('P', P),
        ('R', R),
        ('S', S),
        ('V', V),
        ('X', X),
        ('c', C),
        ('g', G),
        ('h', H),
        ('i', I),
        ('n', N),
        ('o', O),
        ('q', Q),
        ('t', T),
        ('w', W),
    ];

    /// The frames of a column of frame letters; an unknown letter is an error.
    pub fn parse(line: &crate::data::Line, col: usize) -> Result<u16, crate::data::DataError> {
        let letters = line.col(col)?;
        letters.chars().try_fold(0, |frames, letter| {
            let bit = LETTERS.iter().find(|(l, _)| *l == letter).map(|&(_, b)| b);
            bit.map(|b| frames | b).ok_or_else(|| {
                line.error(format!(
                    "column {}: unknown frame letter {letter:?} in {letters:?}",
                    col + 1
                ))
            })
        })
    }
}

/// The morphological form of the first word of a matched cue.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Form {
    Base,
    Third,
    Past,
    Participle,
    Ing,
}

#[derive(Debug)]
pub struct CueEntry {
    pub lemma: &'static str,
    /// The words after the first (lower case), matched literally.
    pub rest: Vec<&'static str>,
    pub frames: u16,
    /// A passive phrase ("be quoted as saying"): its first word is a form of "be".
    pub passive: bool,
}

pub struct Cues {
    pub entries: Vec<CueEntry>,
    /// Inflected first word → (entry, form), longest entries first.
    pub by_first: HashMap<String, Vec<(usize, Form)>>,
}

/// lemma, 3rd person -s, past (irregular or regular -ed), -ing.
pub fn inflections(lemma: &str, past: Option<&str>) -> Vec<String> {
    inflect(lemma, past).into_iter().map(|(s, _)| s).collect()
}

fn consonant_y(lemma: &str) -> Option<&str> {
    lemma
        .strip_suffix('y')
        .filter(|s| !s.is_empty() && !s.ends_with(['a', 'e', 'o', 'u']))
}

/// Every form of a verb with its [`Form`]. `irregular`: "past[,participle[,more]]".
pub fn inflect(lemma: &str, irregular: Option<&str>) -> Vec<(String, Form)> {
    let mut out = vec![(lemma.to_string(), Form::Base)];
    let third = if lemma.ends_with('s')
        || lemma.ends_with("sh")
        || lemma.ends_with("ch")
        || lemma.ends_with('x')
        || lemma.ends_with('z')
        || lemma == "go"
        || lemma == "do"
    {
        format!("{lemma}es")
    } else if let Some(stem) = consonant_y(lemma) {
        format!("{stem}ies")
    } else {
        format!("{lemma}s")
    };
    out.push((third, Form::Third));
    let irregular: Vec<&str> = irregular
        .filter(|s| !s.is_empty() && *s != "-")
        .map(|s| s.split(',').map(str::trim).collect())
        .unwrap_or_default();
    let regular_past = if lemma.ends_with('e') {
        format!("{lemma}d")
    } else if let Some(stem) = consonant_y(lemma) {
        format!("{stem}ied")
    } else {
        format!("{lemma}ed")
    };
    let mut ing_stem = if let Some(stem) = lemma.strip_suffix("ie") {
        format!("{stem}y")
    } else if lemma.ends_with('e') && !lemma.ends_with("ee") && !lemma.ends_with("ye") {
        lemma[..lemma.len() - 1].to_string()
    } else {
        lemma.to_string()
    };
    if irregular.is_empty() {
        out.push((regular_past, Form::Past));
    } else {
        for (k, f) in irregular.iter().enumerate() {
            let form = if k == 0 { Form::Past } else { Form::Participle };
            out.push((f.to_string(), form));
        }
        // a doubled consonant in the past doubles in -ing too: admitted → admitting
        let p = irregular[0];
        if let Some(stem) = p.strip_suffix("ed") {
            if stem.len() == lemma.len() + 1 && stem.starts_with(lemma) {
                ing_stem = stem.to_string();
            }
        }
    }
    out.push((format!("{ing_stem}ing"), Form::Ing));
    out
}

const BE_FORMS: &[(&str, Form)] = &[
    ("be", Form::Base),
    ("is", Form::Third),
    ("are", Form::Base),
    ("am", Form::Base),
    ("'s", Form::Third),
    ("was", Form::Past),
    ("were", Form::Past),
    ("been", Form::Participle),
    ("being", Form::Ing),
];

pub static CUES: LazyLock<Cues> = LazyLock::new(|| loaded(Cues::load()));

impl Cues {
    /// `data/en/cues.tsv`: lemma, irregular forms, frames.
    pub fn load() -> Result<Cues, DataError> {
        let mut entries = Vec::new();
        let mut by_first: HashMap<String, Vec<(usize, Form)>> = HashMap::default();
        for row in table(data_file!("en/cues.tsv"), 3, 3)? {
            let lemma = row.key();
            let irregular = row.opt(1);
            let frames = frame::parse(&row, 2)?;
            let mut words = lemma.split(' ');
            let first = words.next().unwrap_or(lemma);
            let rest: Vec<&'static str> = words.collect();
            let passive = first == "be";
            let id = entries.len();
            entries.push(CueEntry {
                lemma,
                rest,
                frames,
                passive,
            });
            let forms: Vec<(String, Form)> = if passive {
                BE_FORMS.iter().map(|(s, f)| (s.to_string(), *f)).collect()
            } else {
                inflect(first, irregular)
            };
            for (f, form) in forms {
                let v = by_first.entry(f).or_default();
                if !v.iter().any(|(e, _)| *e == id) {
                    v.push((id, form));
                }
            }
        }
        for v in by_first.values_mut() {
            v.sort_by_key(|(e, _)| std::cmp::Reverse(entries[*e].rest.len()));
        }
        Ok(Cues { entries, by_first })
    }
}

/// Closed-class word classes (bit flags), see `data/en/attrib_words.tsv`.
pub mod wc {
    pub const DET: u32 = 1;
    pub const POSS: u32 = 1 << 1;
    pub const PRON: u32 = 1 << 2;
    pub const OBJ: u32 = 1 << 3;
    pub const REFL: u32 = 1 << 4;
    pub const AUX: u32 = 1 << 5;
    pub const NEG: u32 = 1 << 6;
    pub const PREP: u32 = 1 << 7;
    pub const CONJ: u32 = 1 << 8;
    pub const SUB: u32 = 1 << 9;
    pub const REL: u32 = 1 << 10;
    pub const WH: u32 = 1 << 11;
    pub const QUANT: u32 = 1 << 12;
    pub const TIME: u32 = 1 << 13;
    pub const ADV: u32 = 1 << 14;
    pub const DISC: u32 = 1 << 15;
    pub const LYNOUN: u32 = 1 << 16;
    pub const THERE: u32 = 1 << 17;
    pub const MEDIUM: u32 = 1 << 18;
    /// a word that starts a proper name of a thing, not a person ("Hurricane Katrina")
    pub const NONPERSON: u32 = 1 << 19;
    // derived per token (not from the file)
    /// a non-cue verb form (`attrib_verbs.tsv`) or a regular past in -ed
    pub const VERB: u32 = 1 << 20;
    /// a speaker noun of `attrib_nouns.tsv`
    pub const NOUN: u32 = 1 << 21;
    /// an adverb in -ly
    pub const LYADV: u32 = 1 << 22;
    /// a form of a reporting verb (first word of a cue)
    pub const CUEFORM: u32 = 1 << 23;
    /// all capitals, two letters or more
    pub const ACRONYM: u32 = 1 << 24;

    /// The class names of `data/en/attrib_words.tsv`.
    pub const NAMES: &[(&str, u32)] = &[
        ("adv", ADV),
        ("aux", AUX),
        ("conj", CONJ),
        ("det", DET),
        ("disc", DISC),
        ("lynoun", LYNOUN),
        ("medium", MEDIUM),
        ("neg", NEG),
        ("nonperson", NONPERSON),
        ("obj", OBJ),
        ("poss", POSS),
        ("prep", PREP),
        ("pron", PRON),
        ("quant", QUANT),
        ("refl", REFL),
        ("rel", REL),
        ("sub", SUB),
        ("there", THERE),
        ("time", TIME),
        ("wh", WH),
    ];
}

/// Closed-class words (`data/en/attrib_words.tsv`) → their classes.
pub static WORDS: LazyLock<HashMap<&'static str, u32>> = LazyLock::new(|| loaded(load_words()));

fn load_words() -> Result<HashMap<&'static str, u32>, DataError> {
    let mut m = HashMap::default();
    for l in table(data_file!("en/attrib_words.tsv"), 2, 2)? {
        let classes = l.flags(1, wc::NAMES)?.into_iter().fold(0, |a, b| a | b);
        m.insert(l.key(), classes);
    }
    Ok(m)
}

/// Forms of common verbs that are not cues: a word that ends a subject noun phrase.
pub static VERBS: LazyLock<HashSet<String>> = LazyLock::new(|| loaded(load_verbs()));

fn load_verbs() -> Result<HashSet<String>, DataError> {
    let mut s = HashSet::default();
    for r in table(data_file!("en/attrib_verbs.tsv"), 2, 2)? {
        match r.opt(1) {
            // irregular verbs: only the listed forms (many bare forms are nouns too)
            Some(forms) => {
                for f in forms.split(',') {
                    s.insert(f.trim().to_string());
                }
            }
            None => {
                for f in inflections(r.key(), None) {
                    s.insert(f);
                }
            }
        }
    }
    Ok(s)
}

/// What sort of speaker a noun names.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum NounClass {
    Honorific,
    Official,
    Role,
    Anon,
    Institution,
    Organisation,
    Media,
    Document,
}

#[derive(Debug, Clone, Copy)]
pub struct Noun {
    pub class: NounClass,
    pub plural: bool,
    /// the singular form, lower case
    pub lemma: &'static str,
}

const NOUN_CLASSES: &[(&str, NounClass)] = &[
    ("anon", NounClass::Anon),
    ("doc", NounClass::Document),
    ("hon", NounClass::Honorific),
    ("inst", NounClass::Institution),
    ("media", NounClass::Media),
    ("off", NounClass::Official),
    ("org", NounClass::Organisation),
    ("role", NounClass::Role),
];

/// Speaker nouns and titles (`data/en/attrib_nouns.tsv`), singular and plural forms.
pub static NOUNS: LazyLock<HashMap<String, Noun>> = LazyLock::new(|| loaded(load_nouns()));

/// The plural column of `attrib_nouns.tsv`: absent = regular, `-` = none, `=` = the noun
/// is itself a plural ("authorities"), else the plural form.
enum PluralColumn {
    Regular,
    None,
    Itself,
    Form(&'static str),
}

fn plural_column(l: &Line) -> PluralColumn {
    match l.cols.get(2).copied().unwrap_or("") {
        "" => PluralColumn::Regular,
        "-" => PluralColumn::None,
        "=" => PluralColumn::Itself,
        p => PluralColumn::Form(p),
    }
}

fn load_nouns() -> Result<HashMap<String, Noun>, DataError> {
    let mut m = HashMap::default();
    for r in table(data_file!("en/attrib_nouns.tsv"), 2, 3)? {
        let class = r.one_of(1, NOUN_CLASSES)?;
        let w = r.key();
        let column = plural_column(&r);
        let plural = match column {
            PluralColumn::Regular => Some(regular_plural(w)),
            PluralColumn::None | PluralColumn::Itself => None,
            PluralColumn::Form(p) => Some(p.to_string()),
        };
        m.entry(w.to_string()).or_insert(Noun {
            class,
            plural: matches!(column, PluralColumn::Itself),
            lemma: w,
        });
        if let Some(p) = plural {
            m.entry(p).or_insert(Noun {
                class,
                plural: true,
                lemma: w,
            });
        }
    }
    Ok(m)
}

pub fn regular_plural(w: &str) -> String {
    if w.ends_with('s') || w.ends_with("sh") || w.ends_with("ch") || w.ends_with('x') {
        format!("{w}es")
    } else if let Some(stem) = consonant_y(w) {
        format!("{stem}ies")
    } else {
        format!("{w}s")
    }
}

pub struct Country {
    pub name: &'static str,
    pub demonym: &'static str,
    pub iso: &'static str,
}

pub struct Countries {
    /// lower-case country name, demonym or capital → country
    pub by_name: HashMap<String, usize>,
    pub by_demonym: HashMap<String, usize>,
    pub by_capital: HashMap<String, usize>,
    pub list: Vec<Country>,
}

pub static COUNTRIES: LazyLock<Countries> = LazyLock::new(|| loaded(load_countries()));

fn load_countries() -> Result<Countries, DataError> {
    let mut c = Countries {
        by_name: HashMap::default(),
        by_demonym: HashMap::default(),
        by_capital: HashMap::default(),
        list: Vec::new(),
    };
    for r in table(data_file!("en/demonyms.tsv"), 3, 4)? {
        let id = c.list.len();
        let (name, demonym) = (r.key(), r.col(1)?);
        c.list.push(Country {
            name,
            demonym,
            iso: r.col(2)?,
        });
        c.by_name.insert(name.to_lowercase(), id);
        c.by_demonym.entry(demonym.to_lowercase()).or_insert(id);
        if let Some(cap) = r.cols.get(3) {
            c.by_capital.entry(cap.to_lowercase()).or_insert(id);
        }
    }
    Ok(c)
}

/// Given names (lower case) → usually given to a woman (`true`) or a man (`false`).
pub static GIVEN_NAMES: LazyLock<HashMap<&'static str, bool>> =
    LazyLock::new(|| loaded(load_given_names()));

fn load_given_names() -> Result<HashMap<&'static str, bool>, DataError> {
    let sexes = [("f", true), ("m", false)];
    table(data_file!("given_names.tsv"), 2, 2)?
        .into_iter()
        .map(|l| Ok((l.key(), l.one_of(1, &sexes)?)))
        .collect()
}

/// Lower-case names of news outlets.
pub static MEDIA: LazyLock<HashSet<String>> = LazyLock::new(|| loaded(load_media()));

fn load_media() -> Result<HashSet<String>, DataError> {
    Ok(words(data_file!("en/attrib_media.tsv"))?
        .into_iter()
        .map(str::to_lowercase)
        .collect())
}

/// Fixed expressions that are not attributions, as lower-case word sequences.
pub static NOT_CUES: LazyLock<Vec<Vec<&'static str>>> = LazyLock::new(|| loaded(load_not_cues()));

fn load_not_cues() -> Result<Vec<Vec<&'static str>>, DataError> {
    Ok(words(data_file!("en/attrib_not_cues.tsv"))?
        .into_iter()
        .map(|l| l.split(' ').collect())
        .collect())
}

/// The kinds of `data/en/distancing.tsv`.
const DISTANCING_KINDS: &[(&str, &str)] = &[
    ("alleged", "alleged"),
    ("claim", "claim"),
    ("so-called", "so-called"),
];

/// Distancing phrases (lower-case word sequences) and their kinds.
pub static DISTANCING: LazyLock<Vec<(Vec<&'static str>, &'static str)>> =
    LazyLock::new(|| loaded(load_distancing()));

fn load_distancing() -> Result<Vec<(Vec<&'static str>, &'static str)>, DataError> {
    table(data_file!("en/distancing.tsv"), 2, 2)?
        .into_iter()
        .map(|l| Ok((l.key().split(' ').collect(), l.one_of(1, DISTANCING_KINDS)?)))
        .collect()
}

/// Runs every loader of the attribution lexicons (for [`crate::data::check_all`]).
pub fn check() -> Result<(), DataError> {
    Cues::load()?;
    load_words()?;
    load_verbs()?;
    load_nouns()?;
    load_countries()?;
    load_given_names()?;
    load_media()?;
    load_not_cues()?;
    load_distancing()?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unknown_frame_letters_and_classes_are_errors() {
        let file = crate::data::DataFile {
            name: "test.tsv",
            text: "say\tsaid\ttq\nzap\t-\ttqZ\n",
        };
        let lines: Vec<Line> = crate::data::entries(file).collect();
        assert_eq!(frame::parse(&lines[0], 2), Ok(frame::T | frame::Q));
        let e = frame::parse(&lines[1], 2).unwrap_err();
        assert_eq!(e.line, 2);
        assert!(e.message.contains("unknown frame letter 'Z'"), "{e}");
        assert!(lines[1].one_of(1, NOUN_CLASSES).is_err());
        assert_eq!(check(), Ok(()));
        assert!(NOUNS["authorities"].plural && NOUNS["police"].plural);
        assert!(!NOUNS["minister"].plural);
    }

    #[test]
    fn inflections_are_generated() {
        assert_eq!(
            inflections("say", Some("said")),
            vec!["say", "says", "said", "saying"]
        );
        assert_eq!(
            inflections("deny", None),
            vec!["deny", "denies", "denied", "denying"]
        );
        assert_eq!(
            inflections("stress", None),
            vec!["stress", "stresses", "stressed", "stressing"]
        );
        assert_eq!(
            inflections("note", None),
            vec!["note", "notes", "noted", "noting"]
        );
        assert_eq!(
            inflections("admit", Some("admitted")),
            vec!["admit", "admits", "admitted", "admitting"]
        );
        assert_eq!(
            inflections("write", Some("wrote,written")),
            vec!["write", "writes", "wrote", "written", "writing"]
        );
        assert_eq!(
            inflections("go", Some("went,gone")),
            vec!["go", "goes", "went", "gone", "going"]
        );
    }

    #[test]
    fn lexicon_covers_phrases_and_passives() {
        let c = &*CUES;
        assert!(c.entries.len() > 150);
        let went = &c.by_first["went"];
        // the longest phrase is tried first
        assert_eq!(c.entries[went[0].0].lemma, "go on to say");
        let was = &c.by_first["was"];
        assert!(
            was.iter()
                .any(|(e, _)| c.entries[*e].lemma == "be quoted as saying")
        );
        assert!(c.by_first.contains_key("stressing"));
        assert!(c.by_first.contains_key("told"));
        assert!(c.by_first.contains_key("according"));
        let forms: usize = c.by_first.values().map(Vec::len).sum();
        assert!(forms > 700, "{forms}");
    }

    #[test]
    fn word_classes_and_nouns_load() {
        assert!(WORDS["the"] & wc::DET != 0);
        assert!(WORDS["that"] & wc::SUB != 0);
        assert!(WORDS["her"] & wc::POSS != 0 && WORDS["her"] & wc::OBJ != 0);
        assert_eq!(NOUNS["spokesmen"].class, NounClass::Official);
        assert!(NOUNS["spokesmen"].plural);
        assert_eq!(NOUNS["witnesses"].lemma, "witness");
        assert_eq!(NOUNS["ministry"].class, NounClass::Institution);
        assert!(VERBS.contains("went") && !VERBS.contains("responded"));
        assert!(VERBS.contains("remained"));
        let c = &*COUNTRIES;
        assert_eq!(c.list[c.by_name["syria"]].demonym, "Syrian");
        assert_eq!(c.list[c.by_capital["beijing"]].name, "China");
        assert!(MEDIA.contains("reuters"));
        assert_eq!(GIVEN_NAMES.get("ingrid"), Some(&true));
        assert_eq!(GIVEN_NAMES.get("tariq"), Some(&false));
        assert!(!GIVEN_NAMES.contains_key("jordan"));
        assert!(NOT_CUES.iter().any(|p| p == &["the", "said"]));
    }
}
