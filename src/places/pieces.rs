//! The pieces a document is matched in: word tokens split at hyphens, possessive "'s"
//! dropped ("Raqqa-based" -> "Raqqa", "based"; "Syria's" -> "Syria"), punctuation kept as
//! pieces, each with its sentence; and the character tests on them the stages share.
//!
//! In: a [`Document`]. Out: [`Piece`]s in text order.

use crate::text::{Document, TokenKind};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PieceKind {
    Word,
    Num,
    Punct,
}

#[derive(Debug, Clone, Copy)]
pub struct Piece {
    pub start: usize,
    pub end: usize,
    pub kind: PieceKind,
    /// Index of the sentence holding the piece.
    pub sent: usize,
}

impl Piece {
    pub fn text<'a>(&self, t: &'a str) -> &'a str {
        &t[self.start..self.end]
    }
    pub fn is_word(&self) -> bool {
        self.kind != PieceKind::Punct
    }
}

pub fn is_hyphen(c: char) -> bool {
    matches!(c, '-' | '‐' | '‑')
}

pub fn starts_upper(s: &str) -> bool {
    s.chars().next().is_some_and(char::is_uppercase)
}

pub fn starts_lower(s: &str) -> bool {
    s.chars().next().is_some_and(char::is_lowercase)
}

/// The end of a word token without its possessive ("Syria's" -> "Syria", "Reuters'" ->
/// "Reuters").
fn without_possessive(word: &str, end: usize) -> usize {
    for suffix in ["'s", "’s", "s'", "s’"] {
        if word.len() > suffix.len() + 1 && word.ends_with(suffix) {
            return end
                - if suffix.starts_with('s') {
                    suffix.len() - 1
                } else {
                    suffix.len()
                };
        }
    }
    end
}

/// Word tokens split at hyphens, possessives dropped, punctuation kept as pieces.
pub fn pieces(doc: &Document) -> Vec<Piece> {
    let text = doc.text;
    let mut out = Vec::with_capacity(doc.tokens.len() + 16);
    let mut sent = 0usize;
    for t in &doc.tokens {
        while sent + 1 < doc.sentences.len() && doc.sentences[sent].end <= t.start {
            sent += 1;
        }
        let kind = match t.kind {
            TokenKind::Punct => {
                out.push(Piece {
                    start: t.start,
                    end: t.end,
                    kind: PieceKind::Punct,
                    sent,
                });
                continue;
            }
            TokenKind::Number => PieceKind::Num,
            TokenKind::Word => PieceKind::Word,
        };
        let end = without_possessive(&text[t.start..t.end], t.end);
        let mut start = t.start;
        for (i, c) in text[t.start..end].char_indices() {
            if is_hyphen(c) {
                let at = t.start + i;
                if at > start {
                    out.push(Piece {
                        start,
                        end: at,
                        kind,
                        sent,
                    });
                }
                start = at + c.len_utf8();
            }
        }
        if end > start {
            out.push(Piece {
                start,
                end,
                kind,
                sent,
            });
        }
    }
    out
}

/// Only spaces (no line break) between two byte offsets.
pub fn adjacent(text: &str, a: usize, b: usize) -> bool {
    a <= b && text[a..b].chars().all(|c| c == ' ' || c == '\u{a0}')
}

/// A letter right before `a` and right after `b` (no spaces around a joining dash).
pub fn tight(text: &str, a: usize, b: usize) -> bool {
    text[..a]
        .chars()
        .next_back()
        .is_some_and(char::is_alphabetic)
        && text[b..].chars().next().is_some_and(char::is_alphabetic)
}

/// A single hyphen between two byte offsets.
pub fn hyphen_between(text: &str, a: usize, b: usize) -> bool {
    a < b && text[a..b].chars().count() == 1 && text[a..b].chars().all(is_hyphen)
}

/// Does piece `p` start a sentence (or a quotation, a bracket, a clause after a dash)?
pub fn sentence_start_piece(text: &str, ps: &[Piece], p: usize) -> bool {
    p == 0
        || ps[p - 1].sent != ps[p].sent
        || ps[p - 1].kind == PieceKind::Punct
            && matches!(
                ps[p - 1].text(text),
                "\"" | "“" | "‘" | "(" | "—" | "–" | ":"
            )
}

/// "MOSCOW" -> "Moscow", "NEW YORK" -> "New York".
pub fn title_case(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut start = true;
    for c in s.chars() {
        if c.is_alphabetic() {
            if start {
                out.push(c);
            } else {
                out.extend(c.to_lowercase());
            }
            start = false;
        } else {
            out.push(c);
            start = c == ' ' || c == '-';
        }
    }
    out
}

/// At least four letters, all capitals ("MOSCOW", not "US").
pub fn all_caps(s: &str) -> bool {
    let mut letters = 0;
    for c in s.chars() {
        if c.is_alphabetic() {
            if !c.is_uppercase() {
                return false;
            }
            letters += 1;
        }
    }
    letters >= 4
}
