//! A source noun phrase taken apart for resolution: its determiners ("the", "a second",
//! "his"), its core before any post-modifier ("an official source | at the ministry") and
//! head, the titles before a name ("Kremlin Spokesman | Dmitry Peskov") and whether the
//! rest is a run of name words.
//!
//! In: the context and a source token range (not a lone pronoun). Out: a [`Phrase`].

use super::lexicon::{LEXICON, PhraseWord};
use super::words::{is_title, name_connector, noun, particle_name};
use crate::attrib::ctx::Ctx;
use crate::attrib::lexicon::{Noun, wc};
use rustc_hash::FxHashSet as HashSet;
use std::ops::Range;

pub struct Phrase {
    /// the source span
    pub src: Range<usize>,
    /// the unit of the attribution
    pub unit: usize,
    /// the first token after the determiners
    pub start: usize,
    /// the end of the span
    pub end: usize,
    /// the end of the core, before a prepositional post-modifier
    pub core_end: usize,
    /// the last token of the core
    pub head: usize,
    /// after "the", "this", "these", …
    pub definite: bool,
    /// the possessive determiner ("his", "Its"), if any
    pub possessor: Option<usize>,
    /// lemmas of the titles in the core
    pub titles: HashSet<&'static str>,
    /// the first token after the titles
    pub name_start: usize,
    /// `name_start..core_end` is a run of name words
    pub name_run: bool,
    /// the lexicon entry of the head
    pub head_noun: Option<Noun>,
    /// the head's entry, else the last noun of the core ("the victim's mother", "officials")
    pub noun: Option<Noun>,
}

impl Phrase {
    pub fn parse(c: &Ctx, src: Range<usize>, unit: usize) -> Option<Phrase> {
        let end = src.end;
        let (start, definite, possessor) = skip_determiners(c, &src);
        if start >= end {
            return None;
        }
        let core_end = core_end(c, start, end);
        let head = core_end - 1;
        let (name_start, titles) = titles(c, start, core_end);
        let name_run = name_start < core_end
            && (name_start..core_end).all(|k| {
                c.is_cap(k)
                    || name_connector(c.lw(k))
                    || particle_name(c, k) && k > name_start
                    || c.raw(k).ends_with('.') && c.is_cap(k)
            });
        let head_noun = noun(c, head);
        let noun = head_noun.or_else(|| (start..core_end).rev().find_map(|k| noun(c, k)));
        Some(Phrase {
            src,
            unit,
            start,
            end,
            core_end,
            head,
            definite,
            possessor,
            titles,
            name_start,
            name_run,
            head_noun,
            noun,
        })
    }

    /// The lemma of the phrase's noun.
    pub fn head_lemma(&self) -> Option<&'static str> {
        self.noun.map(|n| n.lemma)
    }
}

/// Leading determiners and quantifiers: (first token after them, definite, possessor).
fn skip_determiners(c: &Ctx, src: &Range<usize>) -> (usize, bool, Option<usize>) {
    let mut a = src.start;
    let mut definite = false;
    let mut possessor = None;
    while a < src.end {
        let w = c.lw(a);
        if LEXICON.phrase_word(w, PhraseWord::Definite) {
            definite = true;
        } else if c.is(a, wc::POSS) && (!c.is_cap(a) || a == src.start) {
            possessor = Some(a);
        } else if !LEXICON.phrase_word(w, PhraseWord::Determiner) {
            break;
        }
        a += 1;
    }
    (a, definite, possessor)
}

/// The end of the core: the first preposition after the first word, except "of" between
/// capitals ("Ministry of Defence").
fn core_end(c: &Ctx, start: usize, end: usize) -> usize {
    (start + 1..end)
        .find(|&k| c.is(k, wc::PREP) && !(c.lw(k) == "of" && c.is_cap(k + 1) && c.is_cap(k - 1)))
        .unwrap_or(end)
}

/// The titles of the core and where the name after them starts ("Sen. Ann Lee": after the
/// period).
fn titles(c: &Ctx, start: usize, core_end: usize) -> (usize, HashSet<&'static str>) {
    let mut name_start = start;
    let mut titles = HashSet::default();
    for k in start..core_end {
        if let Some(t) = is_title(c, k) {
            titles.insert(t);
            name_start = k + 1;
        } else if c.raw(k) == "." && name_start == k {
            name_start = k + 1;
        }
    }
    (name_start, titles)
}
