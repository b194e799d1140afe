//! A fronted adverbial is not what is said.
//!
//! In: a cue with its subject before it ("While talks went on, the senator told reporters …")
//! and the plain words before that subject, which [`before`](super::before) would take as a
//! content placed first. Out: when those words are a fronted adverbial — a subordinate clause
//! or a prepositional phrase ("While …", "If …", "During a rally in Raleigh, North
//! Carolina", "After being told …"), or a short adverb phrase ("Even then") — the content
//! is the clause they introduce: the rest of it after the interrupting attribution ("If she
//! wins, the party said, taxes will fall") or, with no comma after the attribution, the
//! words after the cue ("Even then, others insist the show will go on"); `None` when
//! neither is there (the caller keeps its reading).

use super::clause_end::clause_end;
use super::content::{addressee_at, skip_adjuncts};
use super::content_start::clause_starter;
use super::spans::{kind_of, trim_content};
use super::{ContentResult, Scope, SubjKind, frames};
use crate::attrib::lexicon::{frame, wc};
use crate::rules::Rule;

/// Longest fronted adverbial considered, in tokens.
const MAX_FRONTED: usize = 30;

/// The content of cue `k` when the words `a..p` before its subject are a fronted adverbial.
pub(super) fn fronted_content(s: &Scope, k: usize, a: usize, p: usize) -> Option<ContentResult> {
    let c = s.c;
    if !fronted_adverbial(s, a, p) {
        return None;
    }
    let cand = &s.cands[k];
    let fr = frames(cand.entry);
    let f = &s.found[k];
    // past the X of "according to X" (and its description)
    let mut j = match f.subj {
        SubjKind::Inner | SubjKind::Right => f
            .desc
            .as_ref()
            .or(f.source.as_ref())
            .map_or(cand.cue.end, |r| r.end),
        _ => cand.cue.end,
    };
    if fr & frame::O != 0 && j < s.hi && !c.is_comma(j) {
        if let Some(r) = addressee_at(c, j, s.hi) {
            j = r.end;
        }
    }
    let (mut j, comma) = skip_adjuncts(s, k, j);
    if j >= s.hi || !c.is_word(j) || c.quote_opened_at(j).is_some() {
        return None;
    }
    // a later attribution's own words begin here ("…, he said, adding …")
    if s.found[k + 1..]
        .iter()
        .any(|f| f.block <= j && f.cue.end > j)
    {
        return None;
    }
    if comma {
        // "If she wins, the party said, taxes will fall": the interrupted clause goes on
        if !clause_starter(c, j) || c.is(j, wc::CONJ) || c.lw(j).ends_with("ing") {
            return None;
        }
        let e = clause_end(s, j, k, false);
        if e <= j {
            return None;
        }
        let r = trim_content(c.text, c.toks[a].start..c.toks[e - 1].end);
        return Some((r, kind_of(c, &(a..e)), Some(Rule::FrontedAdverbial)));
    }
    // "Even then, others insist the show will go on": the words after the cue (never
    // after "according to X", whose content is not its object)
    if fr & frame::P != 0 {
        return None;
    }
    if c.lw(j) == "that" {
        j += 1;
    }
    let e = clause_end(s, j, k, false);
    if e <= j {
        return None;
    }
    let r = trim_content(c.text, c.toks[j].start..c.toks[e - 1].end);
    (!r.is_empty()).then(|| (r, kind_of(c, &(j..e)), Some(Rule::FrontedAdverbial)))
}

/// Whether the words `a..p` are a fronted adverbial: they open with a subordinator or a
/// preposition (or are a short adverb phrase), hold no quotation, and every comma inside
/// them sits between capitalised words ("in Raleigh, North Carolina").
fn fronted_adverbial(s: &Scope, a: usize, p: usize) -> bool {
    let c = s.c;
    if p <= a || p - a > MAX_FRONTED || !c.is_word(a) {
        return false;
    }
    let w = c.lw(a);
    let opener = c.is(a, wc::SUB | wc::PREP)
        && !c.is(a, wc::DET | wc::PRON | wc::REL)
        && !matches!(w, "that" | "according" | "like");
    let short_adverb = p - a <= 3
        && c.is(a, wc::ADV | wc::LYADV | wc::TIME | wc::DISC)
        && !(a..p).any(|i| c.is(i, wc::VERB | wc::AUX | wc::NOUN | wc::PRON));
    if !(opener || short_adverb) {
        return false;
    }
    (a..p).all(|i| {
        !c.is_quote_mark(i)
            && c.quote_of(i).is_none()
            && (!c.is_comma(i) || i > a && c.is_cap(i - 1) && c.is_cap(i + 1))
    })
}
