//! Names made with a type word as prefix or suffix: "Lake Tahoe", "Mount Sinjar", "Fort
//! Hood", "River Corrib", "Gulf of Carpentaria"; "Sognefjord", "Erzgebirge".
//!
//! In: the scan and a capitalised piece. Out: new candidates found from context.

use super::Scan;
use crate::places::candidate::{Cand, covered, ev};
use crate::places::gazetteer::Kind;
use crate::places::pieces::{adjacent, sentence_start_piece, starts_upper};
use crate::places::runs::cap_run_fwd;
use crate::rules::Rule;

/// "Sognefjord", "Erzgebirge": a name ending in a type word.
pub fn suffix_name(scan: &mut Scan, t: usize) {
    let (text, ps) = (scan.text, scan.ps);
    let word = ps[t].text(text);
    if !starts_upper(word) || covered(scan.cands, t).is_some() || sentence_start_piece(text, ps, t)
    {
        return;
    }
    let lower = word.to_lowercase();
    if let Some(&(_, kind)) = scan
        .lx
        .suffixes
        .iter()
        .find(|(sfx, _)| lower.len() >= sfx.len() + 3 && lower.ends_with(sfx))
    {
        let mut c = Cand::new(text, ps, t, t, Rule::ContextSuffix);
        c.evidence |= ev::CONTEXT;
        c.unknown = Some((word.to_string(), kind));
        scan.found.push(c);
    }
}

/// "Lake Tahoe", "Gulf of Carpentaria": a prefix type word and the name after it.
pub fn prefix_name(scan: &mut Scan, t: usize) {
    let (text, ps) = (scan.text, scan.ps);
    let Some((kind, flags)) = scan.lx.prefix(ps[t].text(text)) else {
        return;
    };
    let of = t + 2 < ps.len()
        && ps[t + 1].text(text) == "of"
        && adjacent(text, ps[t].end, ps[t + 1].start)
        && adjacent(text, ps[t + 1].end, ps[t + 2].start);
    let single = covered(scan.cands, t).is_none_or(|ci| scan.cands[ci].p1 == t);
    let last = if of && flags.of && single {
        cap_run_fwd(text, ps, t + 2)
    } else if !flags.of_only
        && covered(scan.cands, t).is_none()
        && t + 1 < ps.len()
        && adjacent(text, ps[t].end, ps[t + 1].start)
    {
        // "River Road" is a street; "River X" is one word ("River Corrib", not "the River
        // Concert Series")
        cap_run_fwd(text, ps, t + 1).filter(|&j| {
            let street = scan
                .lx
                .type_word(ps[j].text(text))
                .is_some_and(|(k, _)| k == Kind::Street);
            !street && (!flags.one_word || j == t + 1)
        })
    } else {
        None
    };
    if let Some(j) = last {
        let mut c = Cand::unknown_name(text, ps, (t, j), Rule::ContextPrefix, kind);
        c.evidence |= ev::CONTEXT;
        scan.found.push(c);
    }
}
