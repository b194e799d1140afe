//! A type word right after a name: "Raqqa province" (evidence and a kind for a known name),
//! "Pinggu District" (a capitalised type word is part of the name), "the Al-Meshlab
//! neighborhood" and "the Mile 2 area" (a name the gazetteer lacks), "Goulburn River" (a
//! feature named after a place), "Lagos State" (a state outside the US).
//!
//! In: the scan and a type word. Out: evidence and hints on the name before it, or a new
//! candidate.

use super::{Scan, TypeWord, plural};
use crate::places::candidate::{Cand, covered, display_name, ev};
use crate::places::gazetteer::Kind;
use crate::places::lexicon::Class;
use crate::places::pieces::{PieceKind, adjacent};
use crate::places::runs::{cap_run_back, plausible_name};
use crate::rules::Rule;

/// The type word `word` after a name or after a list of names.
pub fn type_word(scan: &mut Scan, word: TypeWord) {
    let t = word.at;
    let state_name = state_name(scan, word);
    let part_of_name = word.capital && word.flags.name || state_name;
    if word.flags.plural && !word.capital {
        plural::plural_chain(scan, t, word.kind);
    }
    if t > 0
        && (word.flags.name || !word.capital || state_name)
        && !word.flags.plural
        && adjacent(scan.text, scan.ps[t - 1].end, scan.ps[t].start)
    {
        name_before(scan, word, part_of_name);
    }
}

/// "Lagos State", "Kano State": outside the US a capitalised "State" after a state's name
/// is part of it ("Ohio State" is a university).
fn state_name(scan: &Scan, word: TypeWord) -> bool {
    let t = word.at;
    let g = scan.g;
    let admin1_in = |c: &Cand, us: bool| {
        c.senses.iter().any(|s| {
            let e = &g.entries[s.entry as usize];
            e.kind == Kind::Admin1 && (e.country == "US") == us
        })
    };
    word.capital
        && word.flags.org
        && word.kind == Kind::Admin1
        && t > 0
        && covered(scan.cands, t - 1).is_some_and(|ci| {
            let c = &scan.cands[ci];
            c.p1 == t - 1 && admin1_in(c, false) && !admin1_in(c, true)
        })
}

/// The name right before the type word: a known one gets the evidence (and the type word
/// when it is part of the name), an unknown one becomes a candidate.
fn name_before(scan: &mut Scan, word: TypeWord, part_of_name: bool) {
    let t = word.at;
    let (text, ps) = (scan.text, scan.ps);
    let Some(s) = cap_run_back(text, scan.lx, ps, t - 1) else {
        return;
    };
    if ps[s].sent != ps[t].sent || !part_of_name && word.capital {
        return;
    }
    let end = if part_of_name { t } else { t - 1 };
    // a gazetteer name just before: evidence, maybe extended
    if let Some(ci) = covered(scan.cands, t - 1)
        .filter(|&ci| scan.cands[ci].p1 == t - 1 && scan.cands[ci].p0 >= s)
    {
        mark_known(scan, ci, word, part_of_name && scan.cands[ci].p0 == s);
    } else if covered(scan.cands, s).is_none_or(|ci| {
        // "the Mile 2 area": a name with a number runs past a known word
        scan.cands[ci].p0 >= s && scan.cands[ci].p1 < end && ps[end].kind == PieceKind::Num
    }) && (word.kind != Kind::Street || part_of_name)
    {
        add_unknown(scan, word, (s, end), part_of_name);
    }
}

/// Evidence for the known name `ci` before the type word; with `extend`, the type word
/// joins the name ("Pinggu District").
fn mark_known(scan: &mut Scan, ci: usize, word: TypeWord, extend: bool) {
    let t = word.at;
    let tp = scan.ps[t];
    let c = &mut scan.cands[ci];
    c.evidence |= ev::TYPE;
    c.hint = Some(word.kind);
    if !extend {
        return;
    }
    let whole = crate::places::gazetteer::key(&scan.text[c.start..tp.end]);
    c.p1 = t;
    c.end = tp.end;
    if let Some(senses) = scan.g.lookup(&whole) {
        c.senses = senses.to_vec();
        c.key = whole;
    } else if matches!(
        word.kind,
        Kind::Feature | Kind::Street | Kind::Neighbourhood
    ) {
        // "Goulburn River", "Fordham Road", "Menai Strait": a feature named after a place,
        // not the place
        c.typed = Some((display_name(&scan.text[c.start..c.end]), word.kind));
    }
}

/// A name the gazetteer lacks, pieces `s..=end`, before the type word.
fn add_unknown(scan: &mut Scan, word: TypeWord, (s, end): (usize, usize), part_of_name: bool) {
    let (text, ps, lx) = (scan.text, scan.ps, scan.lx);
    let t = word.at;
    // a street or district must be named by more than a number
    let numeric = ps[s..=end].iter().all(|p| p.kind == PieceKind::Num);
    // "the Islamic State group", "the Sri Lankan capital"; "Clear Creek Valley School
    // District" is an institution
    let plausible = if part_of_name {
        !ps[s..t]
            .iter()
            .any(|p| lx.is(p.text(text), Class::Institution))
    } else {
        plausible_name(text, lx, ps, s, end)
    };
    if numeric || !plausible || part_of_name && s == t {
        return;
    }
    let mut c = Cand::unknown_name(text, ps, (s, end), Rule::ContextType, word.kind);
    c.evidence |= ev::CONTEXT | ev::TYPE;
    c.hint = Some(word.kind);
    scan.found.push(c);
}
