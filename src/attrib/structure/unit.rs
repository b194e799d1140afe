//! The two passes over one unit's cues: subjects first (each cue may borrow the subject of
//! an earlier one), then contents, last cue first (a content ends where a later
//! attribution's own words begin).
//!
//! In: a unit and its [`Cand`]s. Out: the unit's attributions appended to the document's
//! list; candidates without a plausible source or a content are dropped.

use super::content::content;
use super::subject::subject;
use super::{Cand, Found, Scope, SubjKind, frames};
use crate::attrib::ctx::Ctx;
use crate::attrib::lexicon::{frame, wc};
use crate::attrib::np;
use crate::report::AttributionKind;
use crate::rules::Rule;

/// The attributions of unit `u`, appended to `out`.
pub(super) fn unit_structures(c: &Ctx, u: usize, cands: &[Cand], out: &mut Vec<Found>) {
    let unit = &c.units[u];
    let (lo, hi) = (unit.start, unit.toks.end);
    // pass 1: subjects
    let mut found: Vec<Found> = Vec::with_capacity(cands.len());
    let mut ok: Vec<bool> = Vec::with_capacity(cands.len());
    for (k, cand) in cands.iter().enumerate() {
        let scope = Scope {
            c,
            unit: u,
            lo,
            hi,
            cands,
            found: &found,
            ok: &ok,
        };
        let f = subject(&scope, k);
        ok.push(f.as_ref().is_some_and(|f| !f.stop_only));
        found.push(f.unwrap_or_else(|| placeholder(cand, u)));
    }
    // pass 2: contents, last cue first (a content ends where a later attribution that
    // really is one begins)
    for k in (0..cands.len()).rev() {
        if !ok[k] {
            continue;
        }
        let scope = Scope {
            c,
            unit: u,
            lo,
            hi,
            cands,
            found: &found,
            ok: &ok,
        };
        let content = content(&scope, k);
        // "…, pals have revealed": a subject after its content is a speaker anyway
        let postposed = content
            .as_ref()
            .is_some_and(|(r, _, _)| r.end <= c.toks[cands[k].cue.start].start);
        if !postposed && !plausible_source(c, &found[k], &cands[k]) {
            ok[k] = false;
            continue;
        }
        match content {
            Some((r, kind, rule)) => {
                let f = &mut found[k];
                f.content = Some(r);
                f.kind = kind;
                if let Some(rule) = rule {
                    f.rule = rule;
                }
            }
            None => ok[k] = false,
        }
    }
    for (k, f) in found.into_iter().enumerate() {
        if ok[k] {
            out.push(f);
        }
    }
}

/// A cue's attribution before its structure is known (no source, no content).
pub(super) fn placeholder(cand: &Cand, u: usize) -> Found {
    Found {
        cue: cand.cue.clone(),
        source: None,
        subj: SubjKind::Nobody,
        attach: None,
        content: None,
        kind: AttributionKind::Indirect,
        rule: Rule::SubjectVerb,
        unit: u,
        block: cand.cue.start,
        desc: None,
        via: None,
        entry: cand.entry,
        appos_name: None,
        stop_only: false,
    }
}

/// Verbs other than say/tell/write/report need a speaker-like subject: a pronoun, a name,
/// or a noun of the speaker lexicon.
fn plausible_source(c: &Ctx, f: &Found, cand: &Cand) -> bool {
    let Some(s) = &f.source else {
        return matches!(f.subj, SubjKind::Nobody);
    };
    if s.is_empty() {
        return false;
    }
    let fr = frames(cand.entry);
    // the head: the last word before a post-modifier
    let mut h = s.end - 1;
    for i in s.clone() {
        if c.is(i, wc::PREP) && i > s.start && !c.is_cap(i) {
            h = i - 1;
            break;
        }
    }
    // "A report last year by the forum": a time adjunct inside the phrase is not its head
    let mut t = h;
    while t > s.start && c.is(t, wc::TIME) && !c.is_cap(t) {
        t -= 1;
    }
    if t < h && !c.is(t, wc::TIME) && np::nounish(c, t) {
        h = t;
    }
    if c.is(h, wc::TIME) && !c.is_cap(h) {
        return false;
    }
    // "according to X": anything can be X (figures, the plan, forecasters)
    if fr & (frame::S | frame::P) != 0 {
        return true;
    }
    c.is(h, wc::PRON)
        || c.is_cap(h)
        || c.is(h, wc::NOUN)
        || c.lw(h).ends_with("'s")
        || s.clone().any(|i| c.is_cap(i) || c.is(i, wc::NOUN))
}
