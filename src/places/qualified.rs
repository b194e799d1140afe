//! Qualified regions: a compass or size word before a place ("South Taranaki", "North
//! India", "Upper Egypt", "Greater Manchester") that the gazetteer does not know as one
//! name (the longest gazetteer name was taken first, so "South Africa" never gets here). The
//! modifier was rejected as no place of its own; the place after it becomes the whole name,
//! a region of that place: shown under the whole name, in the place's country, at its point,
//! never as the head word's own town or country.
//!
//! In: the candidates after suppression. Out: [`Cand::qualified`] of the head candidates
//! (the whole name and its start: the Report's span covers the qualifier; the stages after
//! keep the head's own span).

use super::candidate::{Cand, Reject, display_name, ev};
use super::lexicon::{Class, Lexicon};
use super::pieces::{Piece, PieceKind, adjacent};

/// Step 3b: "South" + "Taranaki" -> the region "South Taranaki".
pub fn qualified_regions(text: &str, lx: &Lexicon, ps: &[Piece], cands: &mut [Cand]) {
    for i in 0..cands.len() {
        let head = &cands[i];
        // ("West Center Road" is a street: a type word after the head keeps it out)
        if head.reject.is_some()
            || head.senses.is_empty()
            || head.p0 == 0
            || head.evidence & ev::TYPE != 0
            || head.typed.is_some()
        {
            continue;
        }
        let q = ps[head.p0 - 1];
        // the word before is no candidate, or one rejected as a modifier ("South")
        let free = i == 0
            || cands[i - 1].p1 < head.p0 - 1
            || cands[i - 1].p1 == head.p0 - 1 && cands[i - 1].reject == Some(Reject::Modifier);
        if !free
            || q.kind != PieceKind::Word
            || q.sent != ps[head.p0].sent
            || !lx.is(q.text(text), Class::Qualifier)
            || !adjacent(text, q.end, head.start)
        {
            continue;
        }
        let name = display_name(&text[q.start..head.end]);
        cands[i].qualified = Some((name, q.start));
    }
}
