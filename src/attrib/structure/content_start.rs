//! Where a content after the cue begins, and what it is.
//!
//! In: the first token after a cue (past its addressee and adjuncts). Out: the token where
//! the content starts and whether it is a clause, a quote or a colon list — if the words
//! there fit one of the cue's frames ("that …", a zero-that clause, "to …", a wh-clause, a
//! noun-phrase object, "of …" after "accused X").

use super::{Cand, frames};
use crate::attrib::ctx::{Ctx, NONE};
use crate::attrib::lexicon::{frame, wc};
use crate::attrib::np;
use crate::text::TokenKind;
use std::ops::Range;

/// What the content after a cue is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum After {
    /// a clause or noun phrase, up to its end
    Clause,
    /// a quotation (chain) that is the whole content
    Quote,
    /// a colon at the end of the unit: the quote or list in the next paragraphs
    Colon,
}

/// The start of the content after the cue (and its addressee/adjuncts), if the words there
/// fit one of the cue's frames.
pub(super) fn content_after(
    c: &Ctx,
    j: usize,
    hi: usize,
    cand: &Cand,
    addressee: Option<&Range<usize>>,
) -> Option<(usize, After)> {
    let fr = frames(cand.entry);
    if j >= hi {
        return None;
    }
    let w = c.lw(j);
    if w == ":" {
        if j + 1 < hi && c.quote_opened_at(j + 1).is_some() {
            return Some((j + 1, After::Quote));
        }
        if j + 1 >= hi || j + 2 >= hi && !c.is_word(j + 1) {
            return Some((j, After::Colon));
        }
        return Some((j + 1, After::Clause));
    }
    if c.quote_opened_at(j).is_some() {
        // 'said "every president …"' / 'asked: "…"' — a quote that IS the content, or a
        // clause that starts with a quoted phrase
        let q = c.quote_of(j + 1)?;
        let qd = &c.quotes[q];
        let closes_clause =
            qd.close == NONE || (qd.close as usize + 1 >= hi) || !c.is_word(qd.close as usize + 1);
        if fr & (frame::Q | frame::T) != 0 && closes_clause {
            return Some((j, After::Quote));
        }
        return (fr & (frame::T | frame::N) != 0).then_some((j, After::Clause));
    }
    if fr & frame::P != 0 {
        return (c.is_word(j) || c.quote_opened_at(j).is_some()).then_some((j, After::Clause));
    }
    // "accused the union of …"
    if fr & frame::A != 0 {
        return match addressee {
            Some(a) if w == "of" => Some((a.start, After::Clause)),
            _ => None,
        };
    }
    if w == "that" && c.is(j, wc::SUB) && fr & (frame::T | frame::H) != 0 {
        // "that" as a determiner of an object: "confirmed that report" is rare; take it
        return (j + 1 < hi).then_some((j + 1, After::Clause));
    }
    if c.is(j, wc::WH) && fr & frame::W != 0 && !matches!(w, "that" | "which" | "whom") {
        // ", who runs a business" is a relative clause, not a question
        if !(w == "who" && j > 0 && c.is_comma(j - 1)) {
            return Some((j, After::Clause));
        }
        return None;
    }
    if c.is(j, wc::SUB) && !c.is(j, wc::DET | wc::PRON) {
        // "…, as talks broke down", "when …": an adverbial clause, not the content
        return None;
    }
    if w == "not" && c.lw(j + 1) == "to" && fr & frame::I != 0 {
        return Some((addressee.map_or(j, |a| a.start), After::Clause));
    }
    if w == "to" {
        let next_word = c.is_word(j + 1);
        if fr & frame::I != 0 && next_word && !c.is(j + 1, wc::DET | wc::POSS | wc::PRON) {
            if let Some(a) = addressee {
                return Some((a.start, After::Clause));
            }
            return Some((j, After::Clause));
        }
        if fr & frame::TO != 0 && next_word {
            return Some((j + 1, After::Clause));
        }
        return None;
    }
    if w.ends_with("ing") && c.is_word(j) && !c.is_cap(j) && fr & frame::G != 0 {
        return Some((j, After::Clause));
    }
    if !clause_starter(c, j) {
        return None;
    }
    if fr & frame::T != 0 && zero_that_clause(c, j, hi) {
        return Some((j, After::Clause));
    }
    if fr & frame::N != 0 && addressee.is_none() {
        // a verb that is also a noun ("demand", "report") needs a clear object
        let named_subject = cand.cue.start > 0
            && (c.is_cap(cand.cue.start - 1) || c.is(cand.cue.start - 1, wc::PRON));
        let clear = c.is(j, wc::DET | wc::POSS | wc::QUANT)
            || c.is_cap(j)
            || c.toks[j].kind == TokenKind::Number
            || currency_amount(c, j)
            || c.is(j, wc::NOUN)
            || named_subject && c.is_word(j) && !c.is(j, wc::VERB | wc::AUX);
        // … and at least two words ("AI demand surges" is a headline, not a demand)
        let two_words = j + 1 < hi && c.is_word(j + 1);
        if fr & frame::V == 0 || clear && two_words {
            return Some((j, After::Clause));
        }
    }
    None
}

/// "$312 million", "£20m", "€5bn": a currency sign before a number.
fn currency_amount(c: &Ctx, j: usize) -> bool {
    matches!(c.raw(j), "$" | "£" | "€" | "¥" | "₹" | "₦" | "₩")
        && c.toks.get(j + 1).is_some_and(|t| {
            t.kind == TokenKind::Number || c.raw(j + 1).starts_with(|ch: char| ch.is_ascii_digit())
        })
}

/// A word that can open a clause or noun phrase.
pub(super) fn clause_starter(c: &Ctx, j: usize) -> bool {
    if currency_amount(c, j) {
        return true;
    }
    if !c.is_word(j) {
        return false;
    }
    if c.is(j, wc::DET | wc::POSS | wc::PRON | wc::QUANT | wc::THERE) {
        return true;
    }
    // an approximate number opens a subject: "at least 38 vessels", "more than half",
    // "about 200 people", "up to 40 trains"
    let number_after =
        |k: usize| c.toks.get(k).is_some_and(|t| t.kind == TokenKind::Number) || c.is(k, wc::QUANT);
    match c.lw(j) {
        "at" if matches!(c.lw(j + 1), "least" | "most") => return true,
        "more" | "fewer" | "less" if c.lw(j + 1) == "than" => return true,
        "about" | "around" | "nearly" | "almost" | "roughly" | "over" | "some" | "only"
            if number_after(j + 1) =>
        {
            return true;
        }
        "up" if c.lw(j + 1) == "to" && number_after(j + 2) => return true,
        _ => {}
    }
    if c.is(j, wc::PREP | wc::CONJ | wc::AUX | wc::NEG | wc::REL) && !c.is_cap(j) {
        return false;
    }
    // "said demand would recover", "said support was growing": a word that can be a verb,
    // right before an auxiliary, is the clause's noun subject
    let w = c.lw(j);
    if c.is(j + 1, wc::AUX) && !c.is_cap(j) && !w.ends_with("ed") && !w.ends_with("ing") {
        return true;
    }
    if verbish(c, j) {
        return false;
    }
    true
}

/// A word that reads as a verb here (not a capitalised name, not a speaker noun).
pub(super) fn verbish(c: &Ctx, j: usize) -> bool {
    np::verbish(c, j) || c.is(j, wc::VERB) && !c.is_cap(j) && !c.is(j, wc::NOUN)
}

/// A clause without "that": a subject followed by a verb within a few words.
fn zero_that_clause(c: &Ctx, j: usize, hi: usize) -> bool {
    let limit = hi.min(j + 16);
    // in a Title Case headline every word is capitalised
    let title = c.title_case && c.in_headline(j);
    (j + 1..limit).any(|k| {
        c.is(k, wc::AUX | wc::VERB | wc::CUEFORM)
            && (!c.is_cap(k) || title)
            && !c.is(k - 1, wc::DET)
            || (c.is_word(k)
                && !c.is_cap(k)
                && c.lw(k).ends_with('s')
                && !c.lw(k).ends_with("ss")
                && !c.lw(k).ends_with("'s")
                && !c.is(
                    k,
                    wc::NOUN | wc::QUANT | wc::PREP | wc::PRON | wc::OBJ | wc::POSS,
                )
                && (np::nounish(c, k - 1) || c.is(k - 1, wc::PRON))
                && !c.is(k - 1, wc::DET | wc::QUANT | wc::PREP))
    })
}
