//! A list of names before a plural type word: "Jefferson and Clear Creek counties", "the
//! Murray and Darling rivers" — each name of the list is a place of that kind ("Jefferson
//! County"), by its typed name when the gazetteer has it.
//!
//! In: the scan and a plural type word. Out: evidence and senses on the listed names, or new
//! candidates.

use super::Scan;
use crate::places::candidate::{Cand, covered, display_name, ev};
use crate::places::gazetteer::{Kind, Sense, key};
use crate::places::pieces::adjacent;
use crate::places::runs::{cap_run_back, plausible_name};
use crate::rules::Rule;

/// The names listed before the type word at `t`, last first (at least two, or none).
fn listed_names(scan: &Scan, t: usize) -> Vec<(usize, usize)> {
    let (text, ps) = (scan.text, scan.ps);
    let mut runs: Vec<(usize, usize)> = Vec::new();
    let mut e = t;
    while runs.len() < 6 && e > 0 {
        e -= 1;
        if !adjacent(text, ps[e].end, ps[e + 1].start) && runs.is_empty() {
            return Vec::new();
        }
        let Some(s) = cap_run_back(text, scan.lx, ps, e) else {
            break;
        };
        if ps[s].sent != ps[t].sent {
            break;
        }
        runs.push((s, e));
        // separators: "and", "or", ",", ", and"
        let mut k = s;
        let mut sep = false;
        while k > 0 && matches!(ps[k - 1].text(text), "and" | "or" | "," | "&") {
            k -= 1;
            sep = true;
        }
        if !sep || k == 0 {
            break;
        }
        e = k;
    }
    if runs.len() < 2 {
        return Vec::new();
    }
    runs
}

/// "counties" -> "County", "rivers" -> "River".
fn singular(plural: &str) -> String {
    let w = plural.to_lowercase();
    let s = match w.strip_suffix("ies") {
        Some(stem) => format!("{stem}y"),
        None => w.strip_suffix('s').unwrap_or(&w).to_string(),
    };
    let mut c = s.chars();
    c.next()
        .map(|f| f.to_uppercase().chain(c).collect::<String>())
        .unwrap_or_default()
}

/// Each listed name before the plural type word at `t` is a place of `kind`.
pub fn plural_chain(scan: &mut Scan, t: usize, kind: Kind) {
    let (text, ps, g, lx) = (scan.text, scan.ps, scan.g, scan.lx);
    let runs = listed_names(scan, t);
    if runs.is_empty() {
        return;
    }
    let singular = singular(ps[t].text(text));
    let feature_like = matches!(kind, Kind::Feature | Kind::Street | Kind::Neighbourhood);
    for (s, e) in runs {
        let name = display_name(&text[ps[s].start..ps[e].end]);
        let typed = format!("{name} {singular}");
        let typed_senses = g.lookup(&key(&typed)).map(<[Sense]>::to_vec);
        if let Some(ci) =
            covered(scan.cands, e).filter(|&ci| scan.cands[ci].p1 == e && scan.cands[ci].p0 == s)
        {
            let c = &mut scan.cands[ci];
            c.evidence |= ev::TYPE;
            c.hint = Some(kind);
            if let Some(senses) = typed_senses {
                c.senses = senses;
                c.key = key(&typed);
            } else if feature_like {
                c.typed = Some((typed, kind));
            }
        } else if (s..=e).all(|p| covered(scan.cands, p).is_none())
            && plausible_name(text, lx, ps, s, e)
        {
            // ("Clear Creek" found as a creek just before: the list says county)
            scan.found.retain(|f| f.p1 < s || f.p0 > e);
            let mut c = Cand::new(text, ps, s, e, Rule::ContextType);
            c.evidence |= ev::CONTEXT | ev::TYPE;
            c.hint = Some(kind);
            match typed_senses {
                Some(senses) => {
                    c.senses = senses;
                    c.key = key(&typed);
                }
                None => c.unknown = Some((if feature_like { typed } else { name }, kind)),
            }
            scan.found.push(c);
        }
    }
}
