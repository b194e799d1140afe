//! A candidate place name: its pieces, its gazetteer senses, the evidence the stages find
//! for it, why it was rejected, and the sense resolution chose.
//!
//! In: pieces and gazetteer senses (from the candidate stages). Out: [`Cand`], passed
//! through suppression and resolution to the Report.

use super::gazetteer::{Kind, Sense, key};
use super::pieces::Piece;
use crate::rules::Rule;

/// Evidence flags of a candidate.
pub mod ev {
    /// A locative word before it ("in Raqqa").
    pub const PREP: u16 = 1;
    /// "Town, Region" ("Paris, Texas").
    pub const COMMA: u16 = 2;
    /// A type word ("Idlib province", "the town of Tabqa").
    pub const TYPE: u16 = 4;
    /// "the" before it.
    pub const THE: u16 = 8;
    /// A dateline ("MOSCOW, Nov. 26").
    pub const DATELINE: u16 = 16;
    /// Found from context only.
    pub const CONTEXT: u16 = 32;
    /// The same name accepted elsewhere in the article.
    pub const REPEAT: u16 = 64;
    pub const STRONG: u16 = PREP | COMMA | TYPE | DATELINE | CONTEXT;
}

/// Why a candidate is no place.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reject {
    /// A sense only "the" allows ("the Gulf"), without "the".
    NeedsThe,
    /// Inside an organisation's name ("University of Texas", "Police Department").
    Organisation,
    /// A person's name ("Mr Jordan", "Clark said").
    Person,
    /// The end of a longer proper name ("Real Madrid", "Evans-Howell").
    InsideNameEnd,
    /// The start of a longer proper name ("Washington Post", "Paris Hilton").
    InsideName,
    /// A modifier of the place that follows ("Northeast Georgia").
    Modifier,
    Month,
    Demonym,
    /// "U.S. dollars".
    Currency,
    /// A disease named after a place ("West Nile virus", "Marburg virus").
    Disease,
    /// A common word without evidence ("March", "Reading").
    CommonWord,
    /// A small place in a headline-style line.
    Headline,
    /// A small town's dateline in capitals (kept when the story names it again).
    CapsDateline,
    /// A name in capitals outside a dateline or an all-caps line.
    Caps,
    /// "Town, Region" whose region was rejected.
    AnchorRejected,
    /// A name the article uses as a person's elsewhere.
    PersonRepeat,
}

#[derive(Debug, Clone)]
pub struct Cand {
    pub start: usize,
    pub end: usize,
    /// First and last piece (inclusive).
    pub p0: usize,
    pub p1: usize,
    pub key: String,
    pub senses: Vec<Sense>,
    pub caps: bool,
    /// Kind asked for by a type word ("province" -> admin-1).
    pub hint: Option<Kind>,
    pub evidence: u16,
    /// The candidate this one is placed in ("Forest Hill, Texas" -> Texas).
    pub anchor: Option<usize>,
    pub rule: Rule,
    pub reject: Option<Reject>,
    /// For names found from context only: their display name and kind.
    pub unknown: Option<(String, Kind)>,
    pub choice: Option<u32>,
    /// The context evidence that decided the choice against its runner-up (none: the
    /// prior, or a single sense).
    pub reason: Option<Rule>,
    /// The next-best sense when the choice won by a thin margin.
    pub runner_up: Option<u32>,
    /// A country, region, capital or city of 100,000+ (set by suppression).
    pub prominent: bool,
    /// A feature named after a known place, with its type word ("Goulburn River", "Fordham
    /// Road"): shown under this name and kind, in the place's country when the article
    /// supports it.
    pub typed: Option<(String, Kind)>,
    /// The country an adjective of origin gives ("the Egyptian town of Dahab").
    pub country_hint: Option<&'static str>,
    /// A compass or size word before the place that the gazetteer does not name together
    /// ("South Taranaki", "Upper Egypt"): the whole name and where it starts, shown as a
    /// region of the place.
    pub qualified: Option<(String, usize)>,
}

impl Cand {
    pub fn new(text: &str, ps: &[Piece], p0: usize, p1: usize, rule: Rule) -> Cand {
        let (start, end) = (ps[p0].start, ps[p1].end);
        Cand {
            start,
            end,
            p0,
            p1,
            key: key(&text[start..end]),
            senses: Vec::new(),
            caps: false,
            hint: None,
            evidence: 0,
            anchor: None,
            rule,
            reject: None,
            unknown: None,
            choice: None,
            reason: None,
            runner_up: None,
            prominent: false,
            typed: None,
            country_hint: None,
            qualified: None,
        }
    }

    /// A name found from context only, shown as written, of `kind`.
    pub fn unknown_name(
        text: &str,
        ps: &[Piece],
        (p0, p1): (usize, usize),
        rule: Rule,
        kind: Kind,
    ) -> Cand {
        let mut c = Cand::new(text, ps, p0, p1, rule);
        c.unknown = Some((display_name(&text[c.start..c.end]), kind));
        c
    }
}

/// The candidate covering piece `p` (candidates sorted by position, not overlapping).
pub fn covered(cands: &[Cand], p: usize) -> Option<usize> {
    let i = cands.partition_point(|c| c.p0 <= p);
    (i > 0 && cands[i - 1].p1 >= p).then(|| i - 1)
}

/// Overlapping candidates: the earlier, then longer, wins.
pub fn dedupe_overlaps(cands: &mut Vec<Cand>) {
    let mut out: Vec<Cand> = Vec::with_capacity(cands.len());
    for c in cands.drain(..) {
        if out.last().is_some_and(|last| c.start < last.end) {
            continue;
        }
        out.push(c);
    }
    *cands = out;
}

/// A name as written, for display: dashes between words become hyphens, spaces single
/// ("Murray–Darling Basin" -> "Murray-Darling Basin").
pub fn display_name(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for w in s.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.extend(w.chars().map(|c| {
            if matches!(c, '–' | '‐' | '‑') {
                '-'
            } else {
                c
            }
        }));
    }
    out
}
