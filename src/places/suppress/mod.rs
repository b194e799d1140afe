//! Suppression: which candidates are no places. A name inside a longer proper name
//! ("Michael Jordan", "Real Madrid", "Paris Hilton", "Washington Post", "Manchester City");
//! after a person title or noun ("Mr Jordan", "coach Ripley", "Roy A. Nelson"); before a
//! speech verb, ", who" or an age ("Clark said"); after "University of"; before "dollars";
//! months, demonyms and common words that are also towns ("March", "Reading", "Nice") need
//! evidence; headlines in Title Case and all-caps words (outside datelines) keep only
//! well-known names.
//!
//! In: the candidates with their evidence from the context stages. Out: each candidate's
//! [`Reject`] reason (or none), its evidence from the words before it ("in", "the",
//! datelines), the senses it may have, and whether it is prominent.
//!
//! - [`person`]: person names
//! - [`organisation`]: organisation and other longer names
//! - [`words`]: modifiers, months, demonyms, common words, headlines, capitals

mod organisation;
mod person;
mod words;

use super::candidate::{Cand, Reject, ev};
use super::gazetteer::{Entry, Gazetteer, Kind, Sense, form};
use super::lexicon::Lexicon;
use super::pieces::{Piece, PieceKind, adjacent};
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

/// What the checks read of the document.
pub struct Pass<'a> {
    pub text: &'a str,
    pub g: &'a Gazetteer,
    pub lx: &'a Lexicon,
    pub ps: &'a [Piece],
    /// Per sentence: a headline-style line.
    pub titles: &'a [bool],
    pub paragraph_starts: &'a [usize],
}

/// Where a candidate stands: its neighbours in its sentence.
pub struct Site<'a> {
    pub sent: usize,
    pub title_line: bool,
    pub prev: Option<Piece>,
    pub next: Option<Piece>,
    pub prev_w: &'a str,
    pub next_w: &'a str,
    /// Only spaces between the candidate and its neighbour.
    pub prev_adj: bool,
    pub next_adj: bool,
    /// At a sentence start, or after an opening quote, bracket, dash or colon.
    pub sentence_start: bool,
}

/// What a candidate's senses and evidence say.
pub struct Standing {
    pub senses: Vec<Sense>,
    pub evidence: u16,
    /// The most general kind among the senses (country first).
    pub best_kind: Option<Kind>,
    pub multiword: bool,
    /// A country, region, capital or city of 100,000+.
    pub prominent: bool,
    /// Prominent by a name proper, not by a translated alternate ("White House" is an
    /// alternate name of Casablanca) nor by a region's name ("Centre", "Western").
    pub prominent_name: bool,
}

/// One candidate under judgement.
pub struct Judge<'a> {
    pub pass: &'a Pass<'a>,
    pub cands: &'a [Cand],
    pub c: &'a Cand,
    pub site: Site<'a>,
    pub standing: Standing,
    /// Pieces where a region or country candidate starts / ends ("Raqqa Syria": a neighbour
    /// that is a place itself keeps a name a place).
    pub regional: &'a Regional,
}

/// Where region or country candidates start and end.
pub struct Regional {
    pub starts: HashSet<usize>,
    pub ends: HashSet<usize>,
}

impl Regional {
    fn new(pass: &Pass, cands: &[Cand]) -> Regional {
        let regional = |c: &Cand| {
            !pass.lx.common.contains(&pass.text[c.start..c.end])
                && c.senses.iter().any(|s| {
                    let e = &pass.g.entries[s.entry as usize];
                    e.kind == Kind::Country || e.kind == Kind::Admin1 && e.pop >= 21
                })
        };
        Regional {
            starts: cands.iter().filter(|c| regional(c)).map(|c| c.p0).collect(),
            ends: cands.iter().filter(|c| regional(c)).map(|c| c.p1).collect(),
        }
    }
}

/// Step 3: person and organisation names, common words, headlines.
pub fn suppress(pass: &Pass, cands: &mut [Cand]) {
    let regional = Regional::new(pass, cands);
    // sentence -> all in capitals? (computed once per sentence)
    let mut caps_sentences: HashMap<usize, bool> = HashMap::default();
    for i in 0..cands.len() {
        let c = &cands[i];
        let site = site(pass, c);
        let evidence = c.evidence | evidence_before(pass, c, &site);
        let Some(standing) = standing(pass.g, c, evidence) else {
            cands[i].reject = Some(Reject::NeedsThe);
            continue;
        };
        let judge = Judge {
            pass,
            cands,
            c,
            site,
            standing,
            regional: &regional,
        };
        let (reject, evidence) = verdict(&judge, &mut caps_sentences);
        let standing = judge.standing;
        let c = &mut cands[i];
        c.prominent = standing.prominent;
        c.senses = standing.senses;
        c.evidence = evidence;
        if c.reject.is_none() {
            c.reject = reject;
        }
    }
}

/// The candidate's neighbours.
fn site<'a>(pass: &Pass<'a>, c: &Cand) -> Site<'a> {
    let (text, ps) = (pass.text, pass.ps);
    let sent = ps[c.p0].sent;
    let prev = (c.p0 > 0).then(|| ps[c.p0 - 1]).filter(|p| p.sent == sent);
    let next = ps.get(c.p1 + 1).copied().filter(|p| p.sent == sent);
    Site {
        sent,
        title_line: pass.titles.get(sent).copied().unwrap_or(false),
        prev,
        next,
        prev_w: prev.map(|p| p.text(text)).unwrap_or(""),
        next_w: next.map(|p| p.text(text)).unwrap_or(""),
        prev_adj: prev.is_some_and(|p| adjacent(text, p.end, c.start)),
        next_adj: next.is_some_and(|p| adjacent(text, c.end, p.start)),
        sentence_start: prev.is_none()
            || prev.is_some_and(|p| {
                p.kind == PieceKind::Punct
                    && matches!(
                        p.text(text),
                        "\"" | "“" | "‘" | "'" | "(" | "-" | "—" | "–" | ":"
                    )
            }),
    }
}

/// The word before: "in", "the"; "Tillman, of Golden, ..." (a hometown). ("north of X",
/// "of X" after a type word were marked by the context patterns.)
fn evidence_before(pass: &Pass, c: &Cand, site: &Site) -> u16 {
    let mut evidence = 0;
    if site.prev.is_some_and(|p| p.kind == PieceKind::Word) {
        let prev_w = site.prev_w;
        if pass.lx.is_prep(prev_w)
            || prev_w == "of" && c.p0 >= 2 && pass.ps[c.p0 - 2].text(pass.text) == ","
        {
            evidence |= ev::PREP;
        }
        if prev_w.eq_ignore_ascii_case("the") {
            evidence |= ev::THE;
        }
    }
    evidence
}

/// A place the name makes prominent: a country, region, capital, feature, a big admin-1
/// region or a city of 100,000+.
fn big(e: &Entry) -> bool {
    match e.kind {
        Kind::Country | Kind::Region | Kind::Capital => true,
        Kind::Feature => true,
        Kind::Admin1 => e.pop >= 21,
        _ => e.pop >= 20,
    }
}

/// The senses the candidate may have here (a sense only "the" allows needs "the") and what
/// they say; `None` when no sense and no name from context is left.
fn standing(g: &Gazetteer, c: &Cand, evidence: u16) -> Option<Standing> {
    let mut senses = c.senses.clone();
    senses.retain(|s| s.form & form::NEEDS_THE == 0 || evidence & ev::THE != 0);
    if senses.is_empty() && c.unknown.is_none() {
        return None;
    }
    let best_kind = senses
        .iter()
        .map(|s| g.entries[s.entry as usize].kind)
        .min_by_key(|k| match k {
            Kind::Country => 0,
            Kind::Region | Kind::Feature => 1,
            Kind::Admin1 => 2,
            Kind::Capital => 3,
            _ => 4,
        });
    let prominent = senses.iter().any(|s| big(&g.entries[s.entry as usize]));
    let prominent_name = senses.iter().any(|s| {
        let e = &g.entries[s.entry as usize];
        s.form & form::ALTERNATE == 0 && e.kind != Kind::Admin1 && big(e)
    });
    Some(Standing {
        senses,
        evidence,
        best_kind,
        multiword: c.p1 > c.p0,
        prominent,
        prominent_name,
    })
}

/// The checks in order: the first reason found holds, but a person's name before
/// ("Michael Jordan") or a title or initial with a full stop ("Mr. Jordan", "Roy A.
/// Nelson") overrides an earlier one. Returns the reason and the evidence (a dateline adds
/// its own).
fn verdict(judge: &Judge, caps_sentences: &mut HashMap<usize, bool>) -> (Option<Reject>, u16) {
    let mut reject = organisation::organisation_of(judge);
    if let Some(r) = person::name_before(judge) {
        reject = Some(r);
    }
    reject = reject
        .or_else(|| person::double_name(judge))
        .or_else(|| person::told(judge));
    if let Some(r) = person::title_or_initial(judge) {
        reject = Some(r);
    }
    let checks: &[fn(&Judge) -> Option<Reject>] = &[
        person::person_noun,
        person::speech_after,
        words::modifier,
        words::disease_name,
        words::month_or_demonym,
        organisation::name_continues,
        organisation::institution_follows,
        organisation::possessive_institution,
        organisation::currency,
        organisation::organisation_before_of,
        words::common_word,
        words::headline,
    ];
    for check in checks {
        if reject.is_some() {
            break;
        }
        reject = check(judge);
    }
    let mut evidence = judge.standing.evidence;
    if reject.is_none() && judge.c.caps {
        match words::capitals(judge, caps_sentences) {
            Ok(true) => evidence |= ev::DATELINE,
            Ok(false) => {}
            Err(r) => reject = Some(r),
        }
    }
    (reject, evidence)
}
