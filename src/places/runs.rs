//! Runs of capitalised pieces that may be a place name the gazetteer lacks ("Kasba Bonli",
//! "al-Meshlab"), and the tests a run must pass to be taken from context.
//!
//! In: pieces and a piece to start or end at. Out: the run's other end, or whether the run
//! may be a name.

use super::lexicon::{Class, Lexicon};
use super::pieces::{Piece, PieceKind, adjacent, hyphen_between, starts_upper};
use crate::words::{Particle, WORDS};

/// Longest unknown name taken from context, in words.
pub const MAX_CONTEXT_WORDS: usize = 4;

/// A lower-case Arabic article ("al", "el", "ash": the article particles of
/// `data/name_particles.tsv`).
pub fn is_article(w: &str) -> bool {
    WORDS.particle(w) == Some(Particle::Article)
}

/// A run of capitalised word pieces ending at piece `end` (inclusive), going back at most
/// MAX_CONTEXT_WORDS words; pieces joined by hyphens or single spaces. Lower-case Arabic
/// articles ("al-") may start the run.
pub fn cap_run_back(text: &str, lx: &Lexicon, ps: &[Piece], end: usize) -> Option<usize> {
    let first = run_back_start(text, ps, end);
    trim_function_words(text, lx, ps, first, end)
}

/// The first piece of the run ending at `end`, before trimming.
fn run_back_start(text: &str, ps: &[Piece], end: usize) -> usize {
    let mut i = end;
    let mut words = 0;
    loop {
        let p = ps[i];
        let w = p.text(text);
        let digit = w.starts_with(|c: char| c.is_ascii_digit());
        let ok = p.kind == PieceKind::Word && (starts_upper(w) || is_article(w) && i < end)
            || (p.kind == PieceKind::Num || digit) && i == end;
        if !ok {
            break;
        }
        words += 1;
        if words > MAX_CONTEXT_WORDS || i == 0 {
            break;
        }
        let prev = ps[i - 1];
        if prev.sent != p.sent
            || !(adjacent(text, prev.end, p.start) || hyphen_between(text, prev.end, p.start))
        {
            break;
        }
        let pw = prev.text(text);
        if pw.starts_with(|c: char| c.is_ascii_digit()) && prev.kind == PieceKind::Word {
            // an ordinal starts a street name: "6th Avenue", "42nd Street"
            i -= 1;
            break;
        }
        // (a lower-case Arabic article only joined by a hyphen: "al-Meshlab", not "at Glacier")
        let joined_article = is_article(pw) && hyphen_between(text, prev.end, p.start);
        if !(prev.kind == PieceKind::Word && (starts_upper(pw) || joined_article)) {
            break;
        }
        i -= 1;
    }
    i
}

/// The run starts at the first accepted piece from `first`; leading function words and
/// titles ("The", "Mr") are trimmed.
fn trim_function_words(
    text: &str,
    lx: &Lexicon,
    ps: &[Piece],
    first: usize,
    end: usize,
) -> Option<usize> {
    let mut s = first;
    while s <= end {
        let w = ps[s].text(text);
        let ok = ps[s].kind == PieceKind::Word && starts_upper(w)
            || ps[s].kind == PieceKind::Word && is_article(w) && s < end
            || w.starts_with(|c: char| c.is_ascii_digit()) && s < end;
        if ok && !lx.is(w, Class::Func) && !lx.is(w, Class::Title) {
            break;
        }
        s += 1;
    }
    (s <= end && (ps[s].kind == PieceKind::Word)).then_some(s)
}

/// A run of capitalised word pieces starting at piece `start`; returns its last piece.
pub fn cap_run_fwd(text: &str, ps: &[Piece], start: usize) -> Option<usize> {
    let p = ps.get(start)?;
    let w = p.text(text);
    if p.kind != PieceKind::Word || !(starts_upper(w) || is_article(w)) {
        return None;
    }
    let mut j = start;
    let mut words = 1;
    while j + 1 < ps.len() && words < MAX_CONTEXT_WORDS {
        let q = ps[j + 1];
        let qw = q.text(text);
        if q.sent != p.sent
            || q.kind != PieceKind::Word
            || !starts_upper(qw)
            || !(adjacent(text, ps[j].end, q.start) || hyphen_between(text, ps[j].end, q.start))
        {
            break;
        }
        j += 1;
        words += 1;
    }
    starts_upper(ps[j].text(text)).then_some(j)
}

/// An adjective ending ("Syrian", "Lebanese", "Turkish"): no place name of its own.
pub fn adjective_like(lx: &Lexicon, w: &str) -> bool {
    lx.is(w, Class::Demonym) || ["ian", "ean", "ese", "ish"].iter().any(|x| w.ends_with(x))
}

/// May the pieces `s..=e` be a place name found from context only? Not when they start or
/// end with an adjective of origin ("the Sri Lankan capital", "the Russian Museum"), end
/// with an institution or road word ("School", "Highway"), or are followed by a number
/// ("Highway 12") or a possessive ("Wilder's estate").
pub fn plausible_name(text: &str, lx: &Lexicon, ps: &[Piece], s: usize, e: usize) -> bool {
    let first = ps[s].text(text);
    let last = ps[e].text(text);
    if adjective_like(lx, first) || adjective_like(lx, last) || lx.is(last, Class::Institution) {
        return false;
    }
    if [first, last]
        .iter()
        .any(|w| lx.is(w, Class::Month) || lx.is(w, Class::Func) || lx.is(w, Class::Title))
    {
        return false;
    }
    // "said Christianne Bruschke, Netherlands": a speaker, not a town
    if s > 0 && lx.is(ps[s - 1].text(text), Class::Speech) {
        return false;
    }
    // "U.S. v. Chen": a party to a case
    let before: Vec<&str> = ps[s.saturating_sub(2)..s]
        .iter()
        .map(|p| p.text(text))
        .collect();
    if matches!(
        before.as_slice(),
        [.., "v" | "vs" | "versus"] | ["v" | "vs", "."]
    ) {
        return false;
    }
    let after = &text[ps[e].end..];
    if after.starts_with(['\'', '’']) {
        return false;
    }
    !ps.get(e + 1)
        .is_some_and(|p| p.kind == PieceKind::Num && adjacent(text, ps[e].end, p.start))
}

/// "Russian", "Syrian", "Chinese", "Turkish", "Iraqi": an adjective of origin may stand
/// before a place name ("the Russian Tuva region").
pub fn demonym_like(w: &str) -> bool {
    w.chars().count() >= 5
        && ["ian", "ean", "ese", "ish", "an", "i"]
            .iter()
            .any(|s| w.ends_with(s))
}
