//! An apposition names the kind of a place: "Kaub, a small town between ...", "Izium, a
//! town that ..." — the name before ", a (adjective) TYPE" is a place of that kind.
//!
//! In: the scan and a lower-case type word (town, village, district). Out: evidence and a
//! hint on the known name before it, or a new candidate.

use super::Scan;
use crate::places::candidate::{Cand, covered, ev};
use crate::places::gazetteer::Kind;
use crate::places::lexicon::Class;
use crate::places::pieces::{PieceKind, sentence_start_piece, starts_lower};
use crate::places::runs::{cap_run_back, plausible_name};
use crate::rules::Rule;

/// The type word ends the phrase or a preposition / relative word follows it.
fn ends_phrase(scan: &Scan, t: usize) -> bool {
    let (text, ps) = (scan.text, scan.ps);
    ps.get(t + 1).is_none_or(|p| {
        p.sent != ps[t].sent
            || p.kind == PieceKind::Punct
            || scan.lx.is_prep(p.text(text))
            || matches!(
                p.text(text),
                "that" | "which" | "where" | "whose" | "of" | "between" | "about" | "some"
            )
    })
}

/// The piece of "a"/"an" before the type word at `t`, with at most two lower-case
/// adjectives between.
fn article_before(scan: &Scan, t: usize) -> Option<usize> {
    let (text, ps) = (scan.text, scan.ps);
    let mut k = t;
    let mut adjectives = 0;
    loop {
        if k == 0 {
            return None;
        }
        k -= 1;
        let w = ps[k].text(text);
        if matches!(w, "a" | "an") {
            return Some(k);
        }
        adjectives += 1;
        if adjectives > 2
            || ps[k].kind != PieceKind::Word
            || !starts_lower(w)
            || scan.lx.is(w, Class::Func)
        {
            return None;
        }
    }
}

/// "X, a (adjective) TYPE": X is a place of `kind`.
pub fn apposition(scan: &mut Scan, t: usize, kind: Kind) {
    let (text, ps, lx) = (scan.text, scan.ps, scan.lx);
    if !ends_phrase(scan, t) {
        return;
    }
    let Some(k) = article_before(scan, t) else {
        return;
    };
    if k < 2 || ps[k - 1].text(text) != "," || ps[k - 1].sent != ps[t].sent {
        return;
    }
    let e = k - 2;
    let Some(s) = cap_run_back(text, lx, ps, e) else {
        return;
    };
    if ps[s].sent != ps[t].sent {
        return;
    }
    if let Some(ci) =
        covered(scan.cands, e).filter(|&ci| scan.cands[ci].p1 == e && scan.cands[ci].p0 >= s)
    {
        let c = &mut scan.cands[ci];
        c.evidence |= ev::TYPE;
        if c.hint.is_none() {
            c.hint = Some(kind);
        }
    } else if (s..=e).all(|p| covered(scan.cands, p).is_none())
        && ps[e].kind == PieceKind::Word
        && plausible_name(text, lx, ps, s, e)
        && !sentence_start_piece(text, ps, s)
    {
        let mut c = Cand::unknown_name(text, ps, (s, e), Rule::ContextApposition, kind);
        c.evidence |= ev::CONTEXT | ev::TYPE;
        c.hint = Some(kind);
        scan.found.push(c);
    }
}
