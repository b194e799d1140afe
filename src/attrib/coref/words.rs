//! What one token is, for coreference: a title before a name, a speaker noun of the lexicon,
//! an organisation word, a particle inside a name, an acronym; whether a line break comes
//! before it; the words the article writes in lower case.
//!
//! In: the context and a token index (or a word). Out: the answer, or the noun's entry.

use super::lexicon::{LEXICON, OrgWord};
use crate::attrib::ctx::Ctx;
use crate::attrib::lexicon::{NOUNS, Noun, NounClass};
use crate::report::SourceKind;
use crate::words::{Particle, WORDS};
use rustc_hash::FxHashSet as HashSet;

/// Words written in lower case somewhere in the article (so "Local" at a sentence start
/// is not a name).
pub fn lowercase_vocab<'c>(c: &'c Ctx) -> HashSet<&'c str> {
    let mut vocab = HashSet::default();
    for i in 0..c.toks.len() {
        if c.is_word(i) && !c.cap[i] {
            vocab.insert(c.lw(i));
        }
    }
    vocab
}

/// The lemma of a title, honorific or role noun ("President", "Mr", "nurse").
pub fn is_title(c: &Ctx, i: usize) -> Option<&'static str> {
    let n = NOUNS.get(c.lw(i))?;
    matches!(
        n.class,
        NounClass::Honorific | NounClass::Official | NounClass::Role
    )
    .then_some(n.lemma)
}

/// The lexicon entry of a noun token, if any ("mother-of-three" → mother).
pub fn noun(c: &Ctx, i: usize) -> Option<Noun> {
    let w = c.lw(i);
    NOUNS.get(w).copied().or_else(|| {
        let first = w.split('-').next()?;
        (first.len() < w.len()).then(|| NOUNS.get(first).copied())?
    })
}

/// A noun for an institution, an organisation or an outlet.
pub fn org_class(n: &Noun) -> bool {
    matches!(
        n.class,
        NounClass::Institution | NounClass::Organisation | NounClass::Media
    )
}

/// The kind of source a noun class speaks as.
pub fn kind_of_class(class: NounClass) -> SourceKind {
    match class {
        NounClass::Institution => SourceKind::Official,
        NounClass::Organisation => SourceKind::Organisation,
        NounClass::Media => SourceKind::Media,
        NounClass::Document => SourceKind::Document,
        NounClass::Official => SourceKind::Official,
        _ => SourceKind::Person,
    }
}

/// A word that makes a capitalised run an organisation's name: an institution,
/// organisation, outlet or document noun, or a name word ("Times", "Inc").
pub fn org_word(c: &Ctx, i: usize) -> bool {
    NOUNS.get(c.lw(i)).is_some_and(|n| {
        matches!(
            n.class,
            NounClass::Institution
                | NounClass::Organisation
                | NounClass::Media
                | NounClass::Document
        )
    }) || LEXICON.org_word(c.lw(i), OrgWord::Name)
}

/// A line break between token `i - 1` and token `i` (a name never runs across lines:
/// "By Kari Nordby" / "Ingrid Solvik-Haugen has …").
pub fn line_break_before(c: &Ctx, i: usize) -> bool {
    i > 0 && i < c.toks.len() && c.text[c.toks[i - 1].end..c.toks[i].start].contains('\n')
}

/// All capitals, two letters or more ("UN", "BBC").
pub fn acronym(s: &str) -> bool {
    let letters = s.chars().filter(|c| c.is_alphabetic()).count();
    letters >= 2 && s.chars().all(|c| !c.is_alphabetic() || c.is_uppercase())
}

/// A particle written as its own word inside a name ("van der Berg", "bin Salman", "al
/// Assad"; `data/name_particles.tsv`, written with a space).
pub fn name_connector(word: &str) -> bool {
    WORDS.spaced_particle(word)
}

/// A surname with a lower-case particle: "al-Hamdani", "bin-Salman", "el-Sisi", "ad-Din".
pub fn particle_name(c: &Ctx, i: usize) -> bool {
    let Some((pre, rest)) = c.raw(i).split_once('-') else {
        return false;
    };
    matches!(
        WORDS.particle(pre),
        Some(Particle::Article | Particle::Patronymic)
    ) && rest.chars().next().is_some_and(char::is_uppercase)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn particles_inside_names() {
        assert!(name_connector("van"));
        assert!(name_connector("bin"));
        assert!(name_connector("al") && name_connector("el"));
        assert!(!name_connector("ad"));
        assert!(!name_connector("an"));
        assert!(!name_connector("at"));
        assert!(!name_connector("and"));
    }

    #[test]
    fn acronyms() {
        assert!(acronym("UN"));
        assert!(acronym("U.S."));
        assert!(!acronym("A"));
        assert!(!acronym("Nato"));
    }
}
