//! Context patterns: places the gazetteer lacks, and evidence for those it has, from the
//! words around a name: type words ("X province", "Pinggu District", "6th Avenue",
//! "Jefferson and Clear Creek counties"), "the town of X" and "north of X", an apposition
//! ("Kaub, a small town on the Rhine"), prefixes and suffixes ("Lake X", "Sognefjord").
//!
//! In: the gazetteer candidates (sorted, not overlapping). Out: the same candidates with
//! evidence, hints and longer names, plus new candidates found from context (appended).
//!
//! - [`typed`]: a type word after a name
//! - [`plural`]: a list of names before a plural type word
//! - [`of`]: "the town of X", "north of X"
//! - [`apposition`]: "X, a small town"
//! - [`affix`]: "Lake X", "Gulf of X", "Sognefjord"

mod affix;
mod apposition;
mod of;
mod plural;
mod typed;

use super::candidate::Cand;
use super::gazetteer::{Gazetteer, Kind};
use super::lexicon::{Lexicon, TypeFlags};
use super::pieces::{Piece, PieceKind, is_hyphen, starts_upper};

/// What every context pattern reads and writes.
pub struct Scan<'a> {
    pub text: &'a str,
    pub g: &'a Gazetteer,
    pub lx: &'a Lexicon,
    pub ps: &'a [Piece],
    /// The gazetteer candidates, sorted by position (evidence is added in place).
    pub cands: &'a mut [Cand],
    /// The names found from context so far.
    pub found: Vec<Cand>,
}

/// A type word of the text: its piece, kind and flags.
#[derive(Debug, Clone, Copy)]
pub struct TypeWord {
    pub at: usize,
    pub kind: Kind,
    pub flags: TypeFlags,
    /// Written with a capital ("Pinggu District", not "Raqqa province").
    pub capital: bool,
}

/// Step 2: type words, "the town of X", "north of X", "Lake X".
pub fn context_patterns(
    text: &str,
    g: &Gazetteer,
    lx: &Lexicon,
    ps: &[Piece],
    cands: &mut Vec<Cand>,
) {
    let mut scan = Scan {
        text,
        g,
        lx,
        ps,
        cands: &mut cands[..],
        found: Vec::new(),
    };
    for (t, &tp) in ps.iter().enumerate() {
        if tp.kind != PieceKind::Word {
            continue;
        }
        let tw = tp.text(text);
        // "X province", "Pinggu District", "6th Avenue" (not "province-wide")
        let compound = text[tp.end..].starts_with(is_hyphen);
        if let Some((kind, flags)) = lx.type_word(tw).filter(|_| !compound) {
            let word = TypeWord {
                at: t,
                kind,
                flags,
                capital: starts_upper(tw),
            };
            typed::type_word(&mut scan, word);
            // "Kaub, a small town on the Rhine": an apposition names the kind of place
            if !word.capital && matches!(kind, Kind::City | Kind::Neighbourhood | Kind::Admin2) {
                apposition::apposition(&mut scan, t, kind);
            }
            of::of_names(&mut scan, word);
        }
        affix::suffix_name(&mut scan, t);
        affix::prefix_name(&mut scan, t);
    }
    let found = scan.found;
    cands.extend(found);
}
