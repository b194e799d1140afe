//! Headline-style lines: a sentence in Title Case or in capitals keeps only well-known
//! place names (its capitals say nothing about names).
//!
//! In: the document's pieces. Out: per sentence, whether it is such a line.

use super::pieces::{Piece, PieceKind, starts_upper};
use crate::text::Document;

/// Per sentence: is it a headline-style line (Title Case or ALL CAPS)?
pub fn title_lines(text: &str, doc: &Document, ps: &[Piece]) -> Vec<bool> {
    let mut caps = vec![(0u32, 0u32); doc.sentences.len().max(1)];
    for p in ps.iter().filter(|p| p.kind == PieceKind::Word) {
        let w = p.text(text);
        if w.chars().count() < 4 {
            continue;
        }
        let last = caps.len() - 1;
        let c = &mut caps[p.sent.min(last)];
        c.1 += 1;
        if starts_upper(w) {
            c.0 += 1;
        }
    }
    caps.iter()
        .enumerate()
        .map(|(i, &(up, all))| {
            // headlines end without a full stop
            let ends = doc.sentences.get(i).is_some_and(|r| {
                text[r.clone()]
                    .trim_end_matches(['"', '”', '’', '\'', ')', ' '])
                    .ends_with(['.', '!', '?', ';', ':'])
            });
            all >= 3 && up * 10 >= all * 7 && !ends
        })
        .collect()
}

/// Is every word of sentence `sent` in capitals?
pub fn sentence_in_caps(text: &str, ps: &[Piece], sent: usize) -> bool {
    let a = ps.partition_point(|p| p.sent < sent);
    let b = ps.partition_point(|p| p.sent <= sent);
    let words: Vec<&str> = ps[a..b]
        .iter()
        .filter(|p| p.kind == PieceKind::Word)
        .map(|p| p.text(text))
        .collect();
    words.len() >= 2 && words.iter().all(|w| !w.chars().any(char::is_lowercase))
}
