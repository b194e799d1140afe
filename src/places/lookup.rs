//! Candidates from the gazetteer: at every capitalised piece (or "al-" before one) the
//! longest run of up to ten pieces whose normalised text is a surface form of the
//! gazetteer. One hash lookup per run length, so all ~100,000 surface forms are matched in
//! one left-to-right pass, with no automaton to build. All-caps runs ("MOSCOW") are looked
//! up title-cased.
//!
//! In: the text, its pieces and the gazetteer. Out: [`Cand`]s with their senses, in text
//! order, not overlapping.

use super::candidate::Cand;
use super::gazetteer::{Gazetteer, Sense, key, key_prefixes};
use super::pieces::{Piece, PieceKind, all_caps, hyphen_between, starts_upper, tight, title_case};
use super::runs::is_article;
use crate::rules::Rule;

/// Longest run of pieces tried as one name (pieces include punctuation: "St . Louis").
const MAX_PIECES: usize = 10;

/// A match: its last piece, its senses, whether it was found title-cased.
struct Found {
    last: usize,
    senses: Vec<Sense>,
    caps: bool,
}

/// Reusable buffers of the key prefixes of one run.
#[derive(Default)]
struct Keys {
    ends: Vec<usize>,
    keys: String,
    key_lens: Vec<usize>,
}

/// Step 1: gazetteer names, longest match at each capitalised piece.
pub fn gazetteer_candidates(text: &str, g: &Gazetteer, ps: &[Piece]) -> Vec<Cand> {
    let mut out = Vec::new();
    let mut buffers = Keys::default();
    let mut i = 0;
    while i < ps.len() {
        let p = ps[i];
        let w = p.text(text);
        // "al-Raqqa": a lower-case article joined by a hyphen to a capitalised name
        let article = is_article(w)
            && ps.get(i + 1).is_some_and(|q| {
                hyphen_between(text, p.end, q.start) && starts_upper(q.text(text))
            });
        if p.kind != PieceKind::Word || !(starts_upper(w) || article) {
            i += 1;
            continue;
        }
        match longest_match(&Run { text, g, ps }, i, article, &mut buffers) {
            Some(found) => {
                let mut c = Cand::new(text, ps, i, found.last, Rule::Gazetteer);
                c.senses = found.senses;
                c.caps = found.caps;
                out.push(c);
                i = found.last + 1;
            }
            None => i += 1,
        }
    }
    out
}

/// The end (exclusive) of the runs tried from piece `i`: a longer one would cross a line
/// or swallow sentence punctuation other than "," "." "'" "&" ("Murray–Darling Basin": an
/// en dash inside a name joins its parts), as would all longer ones.
fn run_limit(text: &str, ps: &[Piece], i: usize) -> usize {
    let p = ps[i];
    let last = (i + MAX_PIECES).min(ps.len());
    let mut lim = i;
    while lim < last {
        let x = ps[lim];
        if text[p.start..x.end].contains('\n')
            || x.kind == PieceKind::Punct
                && !matches!(x.text(text), "," | "." | "'" | "’" | "&")
                && !(x.text(text) == "–" && tight(text, x.start, x.end))
        {
            break;
        }
        lim += 1;
    }
    lim
}

/// What a match is looked up in.
struct Run<'a> {
    text: &'a str,
    g: &'a Gazetteer,
    ps: &'a [Piece],
}

/// The longest run from piece `i` that is a surface form (without a leading article, or
/// title-cased when in capitals).
fn longest_match(run: &Run, i: usize, article: bool, buffers: &mut Keys) -> Option<Found> {
    let (text, g, ps) = (run.text, run.g, run.ps);
    let p = ps[i];
    let lim = run_limit(text, ps, i);
    // the keys of all those runs, in one pass
    buffers.ends.clear();
    buffers
        .ends
        .extend(ps[i..lim].iter().map(|q| q.end - p.start));
    let run_text = &text[p.start..ps[lim.max(i + 1) - 1].end];
    key_prefixes(
        run_text,
        &buffers.ends,
        &mut buffers.keys,
        &mut buffers.key_lens,
    );
    for j in (i..lim).rev() {
        let q = ps[j];
        if q.sent != p.sent || !q.is_word() && !text[q.start..q.end].ends_with('.') {
            continue;
        }
        let found = |senses: &[Sense], caps: bool| Found {
            last: j,
            senses: senses.to_vec(),
            caps,
        };
        let slice = &text[p.start..q.end];
        if let Some(s) = g.lookup(&buffers.keys[..buffers.key_lens[j - i]]) {
            return Some(found(s, false));
        }
        if article && j > i {
            if let Some(s) = g.lookup(&key(&text[ps[i + 1].start..q.end])) {
                return Some(found(s, false));
            }
        }
        if all_caps(slice) {
            if let Some(s) = g.lookup(&key(&title_case(slice))) {
                return Some(found(s, true));
            }
        }
    }
    None
}
