//! Explicit cue words for a state over the city of the same name ("New York", "Washington"):
//! "upstate New York", "downstate", "New York State" (a capitalised "State" with no name
//! running on after it: "New York State Police" is an organisation's), and a compass word
//! that makes a region of the name ("Eastern Washington", [`crate::places::qualified`]). Such a cue decides
//! before the article's other evidence; the towns of the state far from the city are weighed
//! in [`super::score`].
//!
//! In: the text, its pieces and the candidates. Out: per candidate, whether a cue asks for
//! the state.

use crate::places::candidate::Cand;
use crate::places::lexicon::{Class, Lexicon};
use crate::places::pieces::{Piece, PieceKind, adjacent, starts_upper};

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

/// Per candidate: a state cue word before ("upstate") or "State" after it.
pub fn state_cues(text: &str, lx: &Lexicon, ps: &[Piece], cands: &[Cand]) -> Vec<bool> {
    cands
        .iter()
        .map(|c| {
            let before = (c.p0 > 0)
                .then(|| ps[c.p0 - 1])
                .filter(|p| p.sent == ps[c.p0].sent && adjacent(text, p.end, c.start))
                .is_some_and(|p| lx.is(p.text(text), Class::StateWord));
            // ("Eastern Washington": a compass word before the name asks for the region)
            before || state_after(text, ps, c.p1) || c.qualified.is_some()
        })
        .collect()
}
