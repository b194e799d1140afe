//! The cue candidates of a unit: every word that starts a lexicon cue fitting its position.
//!
//! In: a unit's tokens. Out: its [`Cand`]s in text order (at most
//! [`MAX_CUES_PER_UNIT`](super::MAX_CUES_PER_UNIT)), each with its lexicon entry and form;
//! the matching of one position is [`cue_match`](super::cue_match).

use super::cue_match::match_at;
use super::{Cand, MAX_CUES_PER_UNIT};
use crate::attrib::ctx::{Ctx, NONE};
use crate::attrib::lexicon::{Form, NOT_CUES, wc};
use crate::attrib::np;
use crate::text::TokenKind;
use std::ops::Range;

pub(super) fn candidates(c: &Ctx, u: usize) -> Vec<Cand> {
    let unit = &c.units[u];
    let (lo, hi) = (unit.start, unit.toks.end);
    let mut out: Vec<Cand> = Vec::new();
    let mut i = lo;
    while i < hi && out.len() < MAX_CUES_PER_UNIT {
        if !c.is(i, wc::CUEFORM) && !is_quote_verb(c.lw(i)) {
            i += 1;
            continue;
        }
        // inside a quotation: the speaker's own words, not the writer's attribution,
        // except a headline quote that opens with the verb ("X 'denying …'")
        let mut quote_start = false;
        if let Some(q) = c.quote_of(i) {
            let qd = &c.quotes[q];
            let first = qd.toks.start == i && qd.open != NONE;
            let hl = c.in_headline(i) || !qd.double;
            if !(first && hl && i >= 2 && c.is_word(i - 2)) {
                i += 1;
                continue;
            }
            quote_start = true;
        }
        if let Some(cand) = match_at(c, i, lo, hi, quote_start) {
            let next = cand.cue.end;
            out.push(cand);
            i = next;
        } else {
            i += 1;
        }
    }
    out
}

pub(super) fn is_quote_verb(w: &str) -> bool {
    matches!(
        w,
        "quoted" | "quotes" | "quoting" | "quote" | "cited" | "cites" | "citing" | "cite"
    )
}

/// The token after a cue of `n` extra words starting at `i`.
pub(super) fn cue_end_after(c: &Ctx, i: usize, n: usize) -> usize {
    (i + 1 + n).min(c.toks.len().saturating_sub(1))
}

pub(super) fn trim_commas(c: &Ctx, mut r: Range<usize>) -> Range<usize> {
    while r.start < r.end && !c.is_word(r.start) {
        r.start += 1;
    }
    while r.end > r.start && !c.is_word(r.end - 1) {
        r.end -= 1;
    }
    r
}

/// Is the cue word at `i` inside a fixed expression like "that said" or "the said"?
pub(super) fn in_fixed_expression(c: &Ctx, i: usize, lo: usize, hi: usize) -> bool {
    let w = c.lw(i);
    for phrase in NOT_CUES.iter() {
        for (k, pw) in phrase.iter().enumerate() {
            if *pw != w || k > i - lo.min(i) || i + (phrase.len() - k) > hi {
                continue;
            }
            let s = i - k;
            if phrase
                .iter()
                .enumerate()
                .all(|(m, x)| c.lw(s + m) == *x && c.is_word(s + m))
            {
                return true;
            }
        }
    }
    false
}

/// Can the word at `i` be a verb here? Not after a determiner ("the said property", "the
/// report"), not a participle used as an adjective ("100 confirmed cases", "with reported
/// losses"); after "to" only the base form; after a preposition only the -ing form.
pub(super) fn verb_position(c: &Ctx, i: usize, form: Form, lo: usize) -> bool {
    if i == lo {
        return true;
    }
    let p = i - 1;
    if c.is_quote_mark(p) || !c.is_word(p) {
        // "…," said X / "…" he said
        return true;
    }
    let pw = c.lw(p);
    if c.is(p, wc::DET | wc::POSS) && !c.is(p, wc::SUB | wc::PRON | wc::OBJ) {
        return false;
    }
    // "Beijing's demands", "the BBC's report": a possessive is followed by a noun
    if np::possessive(c, p) {
        return false;
    }
    if pw == "to" {
        return matches!(form, Form::Base | Form::Ing);
    }
    if c.is(p, wc::PREP) {
        return form == Form::Ing;
    }
    // "100 confirmed cases" (but "Raqqa 24 reported", and a number that is the subject of
    // a clause or quote after it: "Six in 10 say he is …", "43 said the same")
    if c.toks[p].kind == TokenKind::Number
        && form != Form::Third
        && !(p > lo && c.is_cap(p - 1))
        && !number_subject(c, i)
    {
        return false;
    }
    // "newly announced", "widely reported" + noun: participle before a noun is adjectival
    true
}

/// After a number, a verb form followed by a subject pronoun, "that", "the same", "so" or
/// a comma and a quote is the number's verb (a poll's share speaking), not an attributive
/// participle before a noun ("100 confirmed cases").
fn number_subject(c: &Ctx, i: usize) -> bool {
    let n = i + 1;
    if n >= c.toks.len() {
        return false;
    }
    let w = c.lw(n);
    c.is(n, wc::PRON) && !c.is(n, wc::DET | wc::POSS)
        || matches!(w, "that" | "so")
        || w == "the" && c.lw(n + 1) == "same"
        || c.is_comma(n) && c.quote_opened_at(n + 1).is_some()
}
