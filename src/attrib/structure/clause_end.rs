//! Where a content ends.
//!
//! In: the first token of a content and the unit's attributions. Out: the token after its
//! last: the end of the unit (or of [`MAX_CONTENT`]), a semicolon, a fronted subordinate
//! clause's comma, ", according to", ", although …", or where a later attribution's own
//! words begin ("…, but he declined to say" — the conjunction goes with what follows).

use super::{Found, MAX_CONTENT, Scope, SubjKind};
use crate::attrib::ctx::{Ctx, NONE};
use crate::attrib::lexicon::wc;
use crate::attrib::np;

/// Where the content starting at `start` ends (exclusive token): the end of the unit, or
/// where another attribution's own words begin.
pub(super) fn clause_end(s: &Scope, start: usize, k: usize, relative: bool) -> usize {
    let (c, hi, cands, found, ok) = (s.c, s.hi, s.cands, s.found, s.ok);
    let limit = hi.min(start + MAX_CONTENT);
    // "When I ask her what she misses most, she …": a cue inside a fronted subordinate
    // clause; its content ends with that clause
    let subordinate = found[k].source.as_ref().is_some_and(|s| {
        s.start > 0
            && c.is(s.start - 1, wc::SUB)
            && !c.is(s.start - 1, wc::DET)
            && c.units[found[k].unit].start + 1 >= s.start
    });
    // later cues of the unit whose words begin inside this content
    let mut nested: Vec<usize> = Vec::new();
    let mut next = k + 1;
    let mut j = start;
    while j < limit {
        // step over a quotation
        if let Some(q) = c.quote_opened_at(j) {
            let qd = &c.quotes[q];
            let e = if qd.close == NONE {
                qd.toks.end
            } else {
                qd.close as usize + 1
            };
            if e > j {
                // still check cues that start inside (they are skipped as candidates)
                j = e.min(limit);
                continue;
            }
        }
        while next < cands.len() && found[next].block < j {
            next += 1;
        }
        if next < cands.len() && found[next].block == j && (ok[next] || found[next].stop_only) {
            let d = &found[next];
            if stops(c, d, k, start, &nested) {
                // "…, but he declined to say": the conjunction goes with what follows
                let mut e = j;
                while e > start + 1
                    && (c.is_comma(e - 1) || c.is(e - 1, wc::CONJ) && !c.is_cap(e - 1))
                {
                    e -= 1;
                }
                return e;
            }
            nested.push(next);
            next += 1;
        }
        if c.is_comma(j) {
            if c.lw(j + 1) == "according" && c.lw(j + 2) == "to" {
                return j;
            }
            if subordinate {
                return j;
            }
            // ", as demand continued to soar", ", although they cautioned …"
            let w1 = c.lw(j + 1);
            if matches!(w1, "although" | "though" | "whereas" | "while" | "whilst")
                && (c.is(j + 2, wc::DET | wc::POSS | wc::PRON | wc::QUANT) || np::nounish(c, j + 2))
                && !c.lw(j + 2).ends_with("ed")
            {
                return j;
            }
            if relative && (c.is(j + 1, wc::CUEFORM | wc::VERB | wc::AUX) || j + 1 >= hi) {
                return j;
            }
        }
        if matches!(c.raw(j), ";") {
            return j;
        }
        j += 1;
    }
    limit
}

/// Does attribution `d` (whose words begin inside the content of cue `k`) end that content?
fn stops(c: &Ctx, d: &Found, k: usize, start: usize, nested: &[usize]) -> bool {
    match d.subj {
        SubjKind::Borrowed => match d.attach {
            Some(a) if a == k => true,
            Some(a) if nested.contains(&a) => false,
            Some(a) if a < k => true,
            _ => d.block > start,
        },
        SubjKind::Left | SubjKind::Relative => {
            let s = d.source.as_ref().map_or(d.block, |r| r.start);
            if s <= start {
                return false;
            }
            let b = s - 1;
            c.is_comma(b)
                || c.is(b, wc::CONJ) && !c.is(b, wc::SUB)
                || c.is(b, wc::SUB) && !c.is(b, wc::DET) && b > 0 && c.is_comma(b - 1)
        }
        SubjKind::Right | SubjKind::Inner => d.block > start,
        SubjKind::Nobody => false,
    }
}
