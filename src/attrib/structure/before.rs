//! Contents before the cue.
//!
//! In: a cue whose subject is known and that found no content after it. Out: the content
//! before its words — "CONTENT, SOURCE said", "CONTENT," said SOURCE, "…" he said, "prices
//! rose 5% according to the data" — extended by a split quote after the attribution ("…,"
//! she said, "…") or by the rest of a clause it interrupts ("What is not in dispute,
//! experts say, is the direction of travel").

use super::clause_end::clause_end;
use super::fronted::fronted_content;
use super::spans::{kind_of, quote_chain_range, trim_content};
use super::{ContentResult, Scope, SubjKind};
use crate::attrib::ctx::NONE;
use crate::attrib::lexicon::{frame, wc};
use crate::attrib::np;
use crate::report::AttributionKind;
use crate::rules::Rule;
use std::ops::Range;

/// Content before the cue: "CONTENT, SOURCE said" / "CONTENT," said SOURCE / "…" he said;
/// with a split quote after it ("…," she said, "…") or the rest of a clause interrupted by
/// the attribution ("What is not in dispute, experts say, is the direction of travel").
pub(super) fn before_content(s: &Scope, k: usize, fr: u16) -> Option<ContentResult> {
    let (c, lo) = (s.c, s.lo);
    let f = &s.found[k];
    let cand = &s.cands[k];
    let block = match f.subj {
        SubjKind::Left => f.source.as_ref()?.start,
        SubjKind::Right => cand.cue.start,
        SubjKind::Inner => f.block.min(cand.cue.start),
        SubjKind::Relative | SubjKind::Borrowed | SubjKind::Nobody => return None,
    };
    if fr & (frame::Q | frame::T | frame::P | frame::S) == 0 || block <= lo {
        return None;
    }
    // the words right before the block: a comma, a closing quote, a dash
    let mut p = block - 1;
    let sep = c.is_comma(p) || c.is_dash(p) || c.is_quote_mark(p);
    if !sep {
        // "prices rose 5% according to the data"
        if fr & frame::P == 0 {
            return None;
        }
        p = block;
    }
    let a = region_start(s, k, block);
    if a >= p {
        // "Asked whether …, Smith said no": the question took the words before
        return answer_after(s, k);
    }
    if sep && c.is_comma(p) {
        // "While talks went on, the senator told reporters …": not a content
        if let Some(r) = fronted_content(s, k, a, p) {
            return Some(r);
        }
    }
    let (r, kind) = span_before(s, a, p)?;
    if r.is_empty() {
        return None;
    }
    let (r, kind) = continue_after_attribution(s, k, r, kind);
    Some((r, kind, None))
}

/// The answer to a fronted question ("Asked whether …, Smith said no"): the short rest of
/// the unit after the cue (at most [`MAX_ANSWER`] words).
fn answer_after(s: &Scope, k: usize) -> Option<ContentResult> {
    let c = s.c;
    let start = s.cands[k].cue.end;
    let words = (start..s.hi).filter(|&i| c.is_word(i)).count();
    if words == 0 || words > MAX_ANSWER {
        return None;
    }
    let r = trim_content(c.text, c.toks[start].start..c.toks[s.hi - 1].end);
    (!r.is_empty()).then(|| (r, kind_of(c, &(start..s.hi)), None))
}

/// Longest answer after a fronted question taken as the content of the answering cue.
const MAX_ANSWER: usize = 6;

/// Where the content before `block` may start: the start of the unit (after discourse
/// words), or after an earlier attribution of the content-before kind.
fn region_start(s: &Scope, k: usize, block: usize) -> usize {
    let mut a = np::skip_discourse(s.c, s.lo, s.hi);
    for j in (0..k).rev() {
        let e = &s.found[j];
        if s.ok[j]
            && e.block < block
            && s.cands[j].cue.end <= block
            && (e.subj == SubjKind::Right || e.rule == Rule::AccordingTo)
        {
            a = a.max(s.cands[j].cue.end);
        }
        // "Asked whether …, X said": the question adjunct keeps its own words
        if s.ok[j] && s.cands[j].question && e.block < block {
            if let Some((asked, _)) = &s.cands[j].preset {
                a = a.max(asked.end.min(block));
            }
        }
    }
    a
}

/// The words from `a` to the separator `p` before the attribution: a quote ending there
/// (direct, maybe split or multi-paragraph; mixed with words before it), or plain words.
fn span_before(s: &Scope, a: usize, p: usize) -> Option<(Range<usize>, AttributionKind)> {
    let (c, lo) = (s.c, s.lo);
    let text = c.text;
    // a quote ending right before: direct speech (maybe split, maybe multi-paragraph)
    let qclose = if c.quote_closed_at(p).is_some() {
        Some(p)
    } else if p > lo && c.quote_closed_at(p - 1).is_some() {
        Some(p - 1)
    } else {
        None
    };
    if let Some(qc) = qclose {
        let q = c.quote_closed_at(qc)?;
        let qd = &c.quotes[q];
        let qstart_tok = if qd.open == NONE {
            qd.toks.start
        } else {
            qd.open as usize
        };
        if qstart_tok <= a.max(lo) || qd.open == NONE || qd.prev.is_some() {
            // the whole region is the quote: direct
            let (first, _) = c.chain(q);
            let r = c.quotes[first].inner.start..qd.inner.end;
            Some((trim_content(text, r), AttributionKind::Direct))
        } else {
            // words before the quote too: mixed
            let r = c.toks[a].start..qd.inner.end;
            Some((trim_content(text, r), kind_of(c, &(a..qc + 1))))
        }
    } else if a < p {
        let r = trim_content(text, c.toks[a].start..c.toks[p - 1].end);
        Some((r, kind_of(c, &(a..p))))
    } else {
        None
    }
}

/// After the attribution: a second quote (a split quote), or the rest of an interrupted
/// clause; the content `r` extended over it.
fn continue_after_attribution(
    s: &Scope,
    k: usize,
    mut r: Range<usize>,
    mut kind: AttributionKind,
) -> (Range<usize>, AttributionKind) {
    let (c, hi) = (s.c, s.hi);
    let f = &s.found[k];
    let cand = &s.cands[k];
    let mut j = match f.subj {
        SubjKind::Right | SubjKind::Inner => f
            .desc
            .as_ref()
            .map(|d| d.end)
            .or(f.source.as_ref().map(|s| s.end))
            .unwrap_or(cand.cue.end),
        _ => cand.cue.end,
    };
    let mut guard = 0;
    while j < hi && guard < 6 {
        guard += 1;
        let n = np::adjunct_len(c, j, hi);
        if n > 0 {
            j += n;
        } else if c.is_comma(j) || c.is_symbol(j) {
            j += 1;
        } else {
            break;
        }
    }
    if j >= hi {
        return (r, kind);
    }
    if let Some(q) = c.quote_opened_at(j) {
        let r2 = quote_chain_range(c, q);
        if r2.start > r.end {
            r = r.start..r2.end;
            if kind == AttributionKind::Indirect {
                kind = AttributionKind::Mixed;
            }
        }
    } else if kind != AttributionKind::Direct
        && j > 0
        && c.is_comma(j - 1)
        && c.is(j, wc::AUX | wc::VERB)
        && !c.is_cap(j)
        && !s.cands[k + 1..]
            .iter()
            .any(|d| d.cue.start <= j + 1 && d.cue.end > j)
        && !s.found[k + 1..]
            .iter()
            .any(|d| d.block == j - 1 || d.block == j)
    {
        // "What is not in dispute, experts say, is the direction of travel."
        let e = clause_end(s, j, k, false);
        if e > j {
            r = r.start..trim_content(c.text, c.toks[j].start..c.toks[e - 1].end).end;
        }
    }
    (r, kind)
}
