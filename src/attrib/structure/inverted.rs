//! Inverted subjects: the speaker after the verb ("…," said the minister, a China scholar
//! with the institute).
//!
//! In: a cue and the unit's end. Out: whether a speaker follows the verb and closes the
//! clause, and the [`Found`] with that speaker (and its apposition) as the source.

use super::{Cand, Found, SubjKind, frames};
use crate::attrib::ctx::Ctx;
use crate::attrib::lexicon::{frame, wc};
use crate::attrib::np;
use crate::rules::Rule;
use crate::text::TokenKind;

/// After "…, said": does a speaker follow that closes the clause (inversion)?
pub(super) fn inverted_here(c: &Ctx, cand: &Cand, hi: usize) -> bool {
    let fr = frames(cand.entry);
    if fr & frame::R != 0 || fr & (frame::Q | frame::S) == 0 {
        return false;
    }
    let Some(r) = np::right(c, cand.cue.end, hi) else {
        return false;
    };
    let speaker = c.is(r.start, wc::PRON) || (r.clone()).any(|i| c.is_cap(i) || c.is(i, wc::NOUN));
    if !speaker {
        return false;
    }
    let mut j = r.end;
    let mut guard = 0;
    while j < hi && guard < 4 {
        guard += 1;
        let n = np::adjunct_len(c, j, hi);
        if n > 0 {
            j += n;
            continue;
        }
        break;
    }
    j >= hi || !c.is_word(j)
}

/// The subject after an inverted verb: "…," said the minister.
pub(super) fn right_subject(c: &Ctx, cand: &Cand, hi: usize, mut f: Found) -> Option<Found> {
    let fr = frames(cand.entry);
    if fr & (frame::Q | frame::S) == 0 || fr & frame::R != 0 {
        return None;
    }
    let r = np::right(c, cand.cue.end, hi)?;
    // a pronoun after the verb must end the clause ("…," said he.)
    if r.len() == 1 && c.is(r.start, wc::PRON) && r.end < hi && c.is_word(r.end) {
        return None;
    }
    f.source = Some(r.clone());
    f.subj = SubjKind::Right;
    if f.block > cand.cue.start {
        f.block = cand.cue.start;
    }
    f.rule = Rule::VerbSubject;
    // apposition: ", a China scholar with the American Enterprise Institute", ", who runs …"
    if r.end < hi && c.is_comma(r.end) {
        let a = r.end + 1;
        let mut e = a;
        while e < hi && e < a + 24 && !c.is_comma(e) && !matches!(c.raw(e), "." | ";" | ":") {
            if c.quote_opened_at(e).is_some() {
                break;
            }
            e += 1;
        }
        let starts = c.is(a, wc::DET | wc::QUANT | wc::NOUN | wc::REL)
            || c.toks.get(a).is_some_and(|t| t.kind == TokenKind::Number)
            || c.is_cap(a);
        if e > a && starts && !c.is(a, wc::CUEFORM) {
            f.desc = Some(a..e);
        }
    }
    Some(f)
}
