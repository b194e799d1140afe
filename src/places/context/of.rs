//! "the town of X", "north of X", "the towns of Hazar and Serdar": the name after "of" is a
//! place (of the type word's kind; a compass word only gives evidence), in the country an
//! adjective of origin before gives ("the Egyptian resort town of Dahab").
//!
//! In: the scan and a lower-case type word. Out: evidence, hints and country hints on the
//! names after it, or new candidates.

use super::{Scan, TypeWord};
use crate::places::candidate::{Cand, covered, ev};
use crate::places::gazetteer::Kind;
use crate::places::lexicon::{Class, Lexicon, TypeFlags};
use crate::places::pieces::{Piece, PieceKind, starts_lower, starts_upper};
use crate::places::runs::{cap_run_fwd, plausible_name};
use crate::rules::Rule;

/// "the town of X", "north of X" and, after a plural type word, "X and Y", "X, Y and Z".
pub fn of_names(scan: &mut Scan, word: TypeWord) {
    let (text, ps) = (scan.text, scan.ps);
    let t = word.at;
    let lower = starts_lower(ps[t].text(text));
    let of_ok = word.flags.of || t > 0 && ps[t - 1].text(text).eq_ignore_ascii_case("the") && lower;
    if !(lower
        && of_ok
        && t + 2 < ps.len()
        && ps[t + 1].text(text) == "of"
        && ps[t + 2].sent == ps[t].sent)
    {
        return;
    }
    let country = origin_before(text, scan.lx, ps, t);
    let mut first = t + 2;
    loop {
        let next = of_name(scan, first, word.kind, word.flags);
        if let Some(code) = country {
            for c in scan.cands.iter_mut().chain(scan.found.iter_mut()) {
                if c.p0 == first {
                    c.country_hint = Some(code);
                }
            }
        }
        match next {
            Some(j) if word.flags.plural => match next_listed(text, ps, t, j) {
                Some(n) => first = n,
                None => break,
            },
            _ => break,
        }
    }
}

/// The next name of the list after the name ending at `j`: "the towns of Hazar and Serdar".
fn next_listed(text: &str, ps: &[Piece], t: usize, j: usize) -> Option<usize> {
    if j + 2 >= ps.len() {
        return None;
    }
    let sep = ps[j + 1].text(text);
    if matches!(sep, "and" | "or" | ",")
        && ps[j + 2].sent == ps[t].sent
        && starts_upper(ps[j + 2].text(text))
    {
        Some(j + 2)
    } else if sep == ","
        && j + 3 < ps.len()
        && ps[j + 2].text(text) == "and"
        && starts_upper(ps[j + 3].text(text))
    {
        Some(j + 3)
    } else {
        None
    }
}

/// The country of an adjective of origin just before a type word ("the Egyptian resort
/// town of", "the Nigerian port of"): at most two lower-case words between them.
fn origin_before(text: &str, lx: &Lexicon, ps: &[Piece], t: usize) -> Option<&'static str> {
    let mut k = t;
    for _ in 0..3 {
        if k == 0 {
            return None;
        }
        k -= 1;
        let p = ps[k];
        if p.kind != PieceKind::Word || p.sent != ps[t].sent {
            return None;
        }
        let w = p.text(text);
        if let Some(code) = lx.origin(w) {
            return Some(code);
        }
        if !starts_lower(w) || lx.is(w, Class::Func) || w == "the" || w == "a" || w == "an" {
            return None;
        }
    }
    None
}

/// "the town of X": marks or adds the name after "of" (piece `first`); returns its last
/// piece.
fn of_name(scan: &mut Scan, first: usize, kind: Kind, flags: TypeFlags) -> Option<usize> {
    let (text, ps, lx) = (scan.text, scan.ps, scan.lx);
    let compass = flags.compass;
    if let Some(ci) = covered(scan.cands, first).filter(|&ci| scan.cands[ci].p0 == first) {
        let c = &mut scan.cands[ci];
        c.evidence |= if compass { ev::PREP } else { ev::TYPE };
        if !compass {
            c.hint = Some(kind);
        }
        // "the town of Kasba Bonli": the name runs on past a shorter known one
        let p1 = c.p1;
        if let Some(j) = cap_run_fwd(text, ps, first).filter(|&j| j > p1) {
            if !compass && plausible_name(text, lx, ps, first, j) {
                let mut long = Cand::unknown_name(text, ps, (first, j), Rule::ContextOf, kind);
                long.evidence |= ev::CONTEXT;
                long.hint = Some(kind);
                scan.found.push(long);
                return Some(j);
            }
        }
        return Some(p1);
    }
    let j = cap_run_fwd(text, ps, first)?;
    if covered(scan.cands, j).is_none()
        && !lx.is(ps[first].text(text), Class::Func)
        && plausible_name(text, lx, ps, first, j)
    {
        let kind = if compass { Kind::City } else { kind };
        let mut c = Cand::unknown_name(text, ps, (first, j), Rule::ContextOf, kind);
        c.evidence |= ev::CONTEXT;
        c.hint = Some(kind);
        scan.found.push(c);
        return Some(j);
    }
    None
}
