//! The sex of a named person: from a title ("Mrs", "spokesman",
//! `data/en/coref_title_genders.tsv`), from a given name ("Ingrid Dahl", `given_names.tsv`),
//! else from the pronouns the text uses right after the person's mentions.
//!
//! In: titles, name words, or the context and the collected names. Out: a [`Gender`], or the
//! persons' genders filled in.

use super::entity::Gender;
use super::lexicon::LEXICON;
use super::names::Names;
use super::words::noun;
use crate::attrib::ctx::{Ctx, NONE};
use crate::attrib::lexicon::{GIVEN_NAMES, NounClass, wc};
use crate::attrib::np;

/// The sex a title or role noun shows ("mrs" → F, "spokesman" → M).
pub fn title_gender(title: &str) -> Option<Gender> {
    LEXICON.title_gender(title)
}

/// The sex of a person from the first of several name words ("Ingrid Dahl" → F).
pub fn given_name_gender(toks: &[String]) -> Option<Gender> {
    if toks.len() < 2 {
        return None;
    }
    GIVEN_NAMES
        .get(toks[0].as_str())
        .map(|&f| if f { Gender::F } else { Gender::M })
}

/// Genders the text shows: the first third-person pronoun after a mention, in the same
/// sentence and outside quotes, before any other person or person noun ("Dahl said she …",
/// "Berg and his son", "Dahl, 52, who …, said he"). Votes over all mentions; a tie decides
/// nothing. An object "him"/"her" ends the look without a vote ("Dahl thanked him").
pub fn infer_genders(c: &Ctx, names: &mut Names) {
    let mut votes = vec![(0u32, 0u32); names.persons.len()];
    for (k, &(m, p)) in names.mentions.iter().enumerate() {
        let next_mention = names.mentions.get(k + 1).map_or(usize::MAX, |x| x.0);
        let unit_end = match c.unit_of_tok.get(m) {
            Some(&u) if u != NONE => c.units[u as usize].toks.end,
            _ => continue,
        };
        let end = unit_end.min(m + 16).min(next_mention);
        match pronoun_after(c, m, end) {
            Some(Gender::M) => votes[p].0 += 1,
            Some(Gender::F) => votes[p].1 += 1,
            None => {}
        }
    }
    for (p, (m, f)) in votes.into_iter().enumerate() {
        let person = &mut names.persons[p];
        if person.gender.is_none() && m != f {
            person.gender = Some(if m > f { Gender::M } else { Gender::F });
        }
    }
}

/// The sex of the first subject or possessive pronoun after the name mentioned at `m`,
/// before token `end`; none past a person noun, an object pronoun or "they".
fn pronoun_after(c: &Ctx, m: usize, end: usize) -> Option<Gender> {
    let n = c.toks.len();
    // past the name itself
    let mut i = m + 1;
    while i < n && c.is_cap(i) && i < m + 5 {
        i += 1;
    }
    while i < end {
        if c.quote_of(i).is_some() || !c.is_word(i) {
            i += 1;
            continue;
        }
        if noun(c, i).is_some_and(|nn| {
            matches!(
                nn.class,
                NounClass::Official | NounClass::Role | NounClass::Anon
            )
        }) {
            return None;
        }
        let w = c.lw(i);
        let possessive_her = w == "her" && np::nounish(c, i + 1) && !c.is(i + 1, wc::PREP);
        match w {
            "he" | "his" | "himself" => return Some(Gender::M),
            "she" | "herself" | "hers" => return Some(Gender::F),
            "her" if possessive_her => return Some(Gender::F),
            "him" | "her" | "they" | "them" | "their" => return None,
            _ => {}
        }
        i += 1;
    }
    None
}
