//! Explicit cue words for a state over the city of the same name ("New York", "Washington"):
//! "upstate New York", "downstate", "New York State" (a capitalised "State" with no name
//! running on after it: "New York State Police" is an organisation's), and a compass word
//! that makes a region of the name ("Eastern Washington", [`crate::places::qualified`]). Such a cue decides
//! before the article's other evidence; the towns of the state far from the city are weighed
//! in [`super::score`].
//!
//! A list of states asks for the state as well: "Washington, Oregon and Idaho", "Nevada and
//! New York" (a neighbour in the list that is plainly a state, of the same country).
//!
//! In: the text, its pieces and the candidates. Out: per candidate, the cue (its rule) that
//! asks for the state, if any.

use crate::places::candidate::Cand;
use crate::places::gazetteer::{Gazetteer, Kind};
use crate::places::lexicon::{Class, Lexicon};
use crate::places::pieces::{Piece, PieceKind, adjacent, starts_upper};
use crate::rules::Rule;

/// "New York State" (then no capitalised word: "New York State Police" is a name) at the
/// pieces after `p1`.
pub fn state_after(text: &str, ps: &[Piece], p1: usize) -> bool {
    let Some(&next) = ps.get(p1 + 1) else {
        return false;
    };
    if next.text(text) != "State"
        || next.sent != ps[p1].sent
        || !adjacent(text, ps[p1].end, next.start)
    {
        return false;
    }
    ps.get(p1 + 2).is_none_or(|after| {
        after.sent != next.sent
            || after.kind != PieceKind::Word
            || !starts_upper(after.text(text))
            || !adjacent(text, next.end, after.start)
    })
}

/// Per candidate: a state cue word before ("upstate") or "State" after it, or a list of
/// states it stands in.
pub fn state_cues(
    text: &str,
    g: &Gazetteer,
    lx: &Lexicon,
    ps: &[Piece],
    cands: &[Cand],
) -> Vec<Option<Rule>> {
    (0..cands.len())
        .map(|i| {
            let c = &cands[i];
            let before = (c.p0 > 0)
                .then(|| ps[c.p0 - 1])
                .filter(|p| p.sent == ps[c.p0].sent && adjacent(text, p.end, c.start))
                .is_some_and(|p| lx.is(p.text(text), Class::StateWord));
            // ("Eastern Washington": a compass word before the name asks for the region)
            if before || state_after(text, ps, c.p1) || c.qualified.is_some() {
                Some(Rule::ResolveStateWord)
            } else if in_state_list(text, g, cands, i) {
                Some(Rule::ResolveStateList)
            } else {
                None
            }
        })
        .collect()
}

/// The country of which candidate `c` is plainly a state: an accepted name of a first-level
/// region with no country of its name and no town of it in its country with a tenth of its
/// people ("Oregon", "Nevada"; not "New York", not "Georgia"). Populations are 4 * log10.
fn plain_state(g: &Gazetteer, c: &Cand) -> Option<&'static str> {
    if c.reject.is_some() {
        return None;
    }
    let entries = || c.senses.iter().map(|s| &g.entries[s.entry as usize]);
    let state = entries()
        .filter(|e| e.kind == Kind::Admin1)
        .max_by_key(|e| e.pop)?;
    let outranked = entries().any(|e| {
        e.kind == Kind::Country
            || e.kind.is_city() && e.country == state.country && e.pop + 4 >= state.pop
    });
    (!outranked).then_some(state.country)
}

/// Two list members side by side: ", ", " and ", " or ", ", and ", ", or ".
fn list_gap(text: &str, a: usize, b: usize) -> bool {
    a <= b && matches!(&text[a..b], ", " | " and " | " or " | ", and " | ", or ")
}

/// Candidate `i` names a state that its towns outrank, and stands in a list beside a plain
/// state of that country ("Washington, Oregon and Idaho").
fn in_state_list(text: &str, g: &Gazetteer, cands: &[Cand], i: usize) -> bool {
    let c = &cands[i];
    // (a plain state needs no cue: "Oregon" is the state anyway)
    if plain_state(g, c).is_some() {
        return false;
    }
    let states: Vec<&'static str> = c
        .senses
        .iter()
        .map(|s| &g.entries[s.entry as usize])
        .filter(|e| e.kind == Kind::Admin1)
        .map(|e| e.country)
        .collect();
    if states.is_empty() {
        return false;
    }
    let beside = |j: usize| {
        let o = &cands[j];
        let gap = if j < i {
            list_gap(text, o.end, c.start)
        } else {
            list_gap(text, c.end, o.start)
        };
        gap && plain_state(g, o).is_some_and(|cc| states.contains(&cc))
    };
    (i > 0 && beside(i - 1)) || (i + 1 < cands.len() && beside(i + 1))
}
