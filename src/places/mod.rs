//! Places: every place name of the article, resolved to a real place (country, coordinates,
//! GeoNames id), offline.
//!
//! 1. Candidates. The text is cut into pieces (word tokens split at hyphens, possessive "'s"
//!    dropped: "Raqqa-based", "Syria's"). At every capitalised piece (or "al-" before one)
//!    the longest run of up to ten pieces whose normalised text is a gazetteer surface form
//!    is taken ([`gazetteer`]: GeoNames countries, admin regions, cities and towns,
//!    hand-listed features, regions, English names and aliases). One hash lookup per run
//!    length, so all ~100,000 surface forms are matched in one left-to-right pass, with no
//!    automaton to build. All-caps runs ("MOSCOW") are looked up title-cased.
//! 2. Context patterns add places the gazetteer lacks and evidence for those it has:
//!    "X province", "the Al-Meshlab neighborhood", "Pinggu District", "6th Avenue",
//!    "the town of X", "north of X", "Lake X", "X, Texas" (with AP abbreviations "Ga." and
//!    postal codes, only there). A name found so is also found where it recurs ("Meshlab").
//! 3. Suppression: a name inside a longer proper name is no place ("Michael Jordan",
//!    "Real Madrid", "Paris Hilton", "Washington Post", "Manchester City": a capitalised word
//!    right before or after that is not a modifier, title, party, weekday or place type);
//!    after a person title or a person noun ("Mr Jordan", "coach Ripley", "Roy A. Nelson");
//!    before a speech verb, ", who" or an age ("Clark said"); after "University of"; before
//!    "dollars"; months, demonyms, and common words that are also towns ("March", "Reading",
//!    "Nice") need a locative word, a type word or "Town, State"; headlines in Title Case and
//!    all-caps words (outside datelines) keep only well-known names. A small place's name
//!    that was a person's is rejected wherever it recurs without evidence.
//! 4. Resolution: each sense scores a prior (kind, population, capital; an exonym yields to
//!    a place's own name) plus the article's context: its countries and towns (a name never
//!    counts for itself), the regions it names, nearness to its other places, "Paris, Texas"
//!    and type words ("Idlib province"). The best-evidenced sense of a name holds for the
//!    whole article.

mod gazetteer;
mod lexicon;

pub use gazetteer::{Entry, Kind};

use crate::report::{Place, Span};
use crate::rules::Rule;
use crate::text::{Document, TokenKind};
use gazetteer::{GAZETTEER, Gazetteer, Sense, form, key, key_prefixes};
use lexicon::{LEXICON, Lexicon};
use std::collections::{HashMap, HashSet};

/// Longest run of pieces tried as one name (pieces include punctuation: "St . Louis").
const MAX_PIECES: usize = 10;
/// Longest unknown name taken from context, in words.
const MAX_CONTEXT_WORDS: usize = 4;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum PieceKind {
    Word,
    Num,
    Punct,
}

#[derive(Debug, Clone, Copy)]
struct Piece {
    start: usize,
    end: usize,
    kind: PieceKind,
    /// Index of the sentence holding the piece.
    sent: usize,
}

impl Piece {
    fn text<'a>(&self, t: &'a str) -> &'a str {
        &t[self.start..self.end]
    }
    fn is_word(&self) -> bool {
        self.kind != PieceKind::Punct
    }
}

fn is_hyphen(c: char) -> bool {
    matches!(c, '-' | '‐' | '‑')
}

fn starts_upper(s: &str) -> bool {
    s.chars().next().is_some_and(char::is_uppercase)
}

fn starts_lower(s: &str) -> bool {
    s.chars().next().is_some_and(char::is_lowercase)
}

/// Word tokens split at hyphens, possessives dropped, punctuation kept as pieces.
fn pieces(doc: &Document) -> Vec<Piece> {
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
        let mut end = t.end;
        let w = &text[t.start..t.end];
        for suf in ["'s", "’s", "s'", "s’"] {
            if w.len() > suf.len() + 1 && w.ends_with(suf) {
                end -= if suf.starts_with('s') {
                    suf.len() - 1
                } else {
                    suf.len()
                };
                break;
            }
        }
        let mut s = t.start;
        for (i, c) in text[t.start..end].char_indices() {
            if is_hyphen(c) {
                let at = t.start + i;
                if at > s {
                    out.push(Piece {
                        start: s,
                        end: at,
                        kind,
                        sent,
                    });
                }
                s = at + c.len_utf8();
            }
        }
        if end > s {
            out.push(Piece {
                start: s,
                end,
                kind,
                sent,
            });
        }
    }
    out
}

/// Evidence flags of a candidate.
mod ev {
    pub const PREP: u16 = 1;
    pub const COMMA: u16 = 2;
    pub const TYPE: u16 = 4;
    pub const THE: u16 = 8;
    pub const DATELINE: u16 = 16;
    pub const CONTEXT: u16 = 32;
    pub const REPEAT: u16 = 64;
    pub const STRONG: u16 = PREP | COMMA | TYPE | DATELINE | CONTEXT;
}

#[derive(Debug, Clone)]
struct Cand {
    start: usize,
    end: usize,
    /// First and last piece (inclusive).
    p0: usize,
    p1: usize,
    key: String,
    senses: Vec<Sense>,
    caps: bool,
    /// Kind asked for by a type word ("province" -> admin-1).
    hint: Option<Kind>,
    evidence: u16,
    /// The candidate this one is placed in ("Forest Hill, Texas" -> Texas).
    anchor: Option<usize>,
    rule: Rule,
    reject: Option<&'static str>,
    /// For names found from context only: their display name and kind.
    unknown: Option<(String, Kind)>,
    choice: Option<u32>,
    /// A country, region, capital or city of 100,000+ (set by `suppress`).
    prominent: bool,
    /// A feature named after a known place, with its type word ("Goulburn River", "Fordham
    /// Road"): shown under this name and kind, in the place's country when the article
    /// supports it.
    typed: Option<(String, Kind)>,
    /// The country an adjective of origin gives ("the Egyptian town of Dahab").
    country_hint: Option<&'static str>,
}

impl Cand {
    fn new(text: &str, ps: &[Piece], p0: usize, p1: usize, rule: Rule) -> Cand {
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
            prominent: false,
            typed: None,
            country_hint: None,
        }
    }
}

/// Only spaces (no line break) between two byte offsets.
fn adjacent(text: &str, a: usize, b: usize) -> bool {
    a <= b && text[a..b].chars().all(|c| c == ' ' || c == '\u{a0}')
}

/// "MOSCOW" -> "Moscow", "NEW YORK" -> "New York".
fn title_case(s: &str) -> String {
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

fn all_caps(s: &str) -> bool {
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

/// Per sentence: is it a headline-style line (Title Case or ALL CAPS)?
fn title_lines(text: &str, doc: &Document, ps: &[Piece]) -> Vec<bool> {
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

/// Finds the place names of a document.
pub fn extract(doc: &Document) -> Vec<Place> {
    let text = doc.text;
    if text.is_empty() {
        return Vec::new();
    }
    let g = &*GAZETTEER;
    let lx = &*LEXICON;
    let ps = pieces(doc);
    let titles = title_lines(text, doc, &ps);
    let mut cands = gazetteer_candidates(text, g, &ps);
    context_patterns(text, g, lx, &ps, &mut cands);
    cands.sort_by_key(|c| (c.start, std::cmp::Reverse(c.end)));
    dedupe_overlaps(&mut cands);
    link_commas(text, g, lx, &ps, &mut cands);
    let paragraph_starts: Vec<usize> = doc.paragraphs.iter().map(|p| p.start).collect();
    suppress(text, g, lx, &ps, &titles, &paragraph_starts, &mut cands);
    repeats(text, g, &ps, &mut cands);
    resolve(g, &mut cands);
    if std::env::var_os("PLACES_DEBUG").is_some() {
        for c in &cands {
            let senses: Vec<String> = c
                .senses
                .iter()
                .take(6)
                .map(|s| {
                    let e = &g.entries[s.entry as usize];
                    format!(
                        "{}/{}/{:?}/{}{}",
                        e.name,
                        e.country,
                        e.kind,
                        prior(e, s.form),
                        if Some(s.entry) == c.choice { "*" } else { "" }
                    )
                })
                .collect();
            eprintln!(
                "DBG {:?} rule={} ev={} hint={:?} rej={:?} unk={:?} senses={}",
                &text[c.start..c.end],
                c.rule,
                c.evidence,
                c.hint,
                c.reject,
                c.unknown,
                senses.join(" ")
            );
        }
    }
    output(text, g, &paragraph_starts, &cands)
}

/// Step 1: gazetteer names, longest match at each capitalised piece.
fn gazetteer_candidates(text: &str, g: &Gazetteer, ps: &[Piece]) -> Vec<Cand> {
    let mut out = Vec::new();
    let (mut ends, mut keys, mut key_lens) = (Vec::new(), String::new(), Vec::new());
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
        let mut found: Option<(usize, Vec<Sense>, bool)> = None;
        let last = (i + MAX_PIECES).min(ps.len());
        // the runs ending at pieces i..lim: a longer one would cross a line or swallow
        // sentence punctuation other than "," "." "'" "&" ("Murray–Darling Basin": an en
        // dash inside a name joins its parts), as would all longer ones
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
        // the keys of all those runs, in one pass
        ends.clear();
        ends.extend(ps[i..lim].iter().map(|q| q.end - p.start));
        let run = &text[p.start..ps[lim.max(i + 1) - 1].end];
        key_prefixes(run, &ends, &mut keys, &mut key_lens);
        for j in (i..lim).rev() {
            let q = ps[j];
            if q.sent != p.sent || !q.is_word() && !text[q.start..q.end].ends_with('.') {
                continue;
            }
            let slice = &text[p.start..q.end];
            let k = &keys[..key_lens[j - i]];
            if let Some(s) = g.lookup(k) {
                found = Some((j, s.to_vec(), false));
                break;
            }
            if article && j > i {
                let rest = key(&text[ps[i + 1].start..q.end]);
                if let Some(s) = g.lookup(&rest) {
                    found = Some((j, s.to_vec(), false));
                    break;
                }
            }
            if all_caps(slice) {
                if let Some(s) = g.lookup(&key(&title_case(slice))) {
                    found = Some((j, s.to_vec(), true));
                    break;
                }
            }
        }
        match found {
            Some((j, senses, caps)) => {
                let mut c = Cand::new(text, ps, i, j, Rule::Gazetteer);
                c.senses = senses;
                c.caps = caps;
                out.push(c);
                i = j + 1;
            }
            None => i += 1,
        }
    }
    out
}

/// A run of capitalised word pieces ending at piece `end` (inclusive), going back at most
/// MAX_CONTEXT_WORDS words; pieces joined by hyphens or single spaces. Lower-case Arabic
/// articles ("al-") may start the run.
fn cap_run_back(text: &str, lx: &Lexicon, ps: &[Piece], end: usize) -> Option<usize> {
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
    // the run starts at the first accepted piece; trim leading function words ("The")
    let mut s = i;
    while s <= end {
        let w = ps[s].text(text);
        let ok = ps[s].kind == PieceKind::Word && starts_upper(w)
            || ps[s].kind == PieceKind::Word && is_article(w) && s < end
            || w.starts_with(|c: char| c.is_ascii_digit()) && s < end;
        if ok && !lx.is(w, "func") && !lx.is(w, "title") {
            break;
        }
        s += 1;
    }
    (s <= end && (ps[s].kind == PieceKind::Word)).then_some(s)
}

/// A run of capitalised word pieces starting at piece `start`; returns its last piece.
fn cap_run_fwd(text: &str, ps: &[Piece], start: usize) -> Option<usize> {
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

/// A letter right before `a` and right after `b` (no spaces around a joining dash).
fn tight(text: &str, a: usize, b: usize) -> bool {
    text[..a]
        .chars()
        .next_back()
        .is_some_and(char::is_alphabetic)
        && text[b..].chars().next().is_some_and(char::is_alphabetic)
}

fn hyphen_between(text: &str, a: usize, b: usize) -> bool {
    a < b && text[a..b].chars().count() == 1 && text[a..b].chars().all(is_hyphen)
}

fn is_article(w: &str) -> bool {
    matches!(
        w,
        "al" | "el" | "ar" | "as" | "ad" | "an" | "at" | "az" | "ash"
    )
}

/// The candidate covering piece `p` (candidates sorted by position, not overlapping).
fn covered(cands: &[Cand], p: usize) -> Option<usize> {
    let i = cands.partition_point(|c| c.p0 <= p);
    (i > 0 && cands[i - 1].p1 >= p).then(|| i - 1)
}

/// Step 2: type words, "the town of X", "north of X", "Lake X".
fn context_patterns(text: &str, g: &Gazetteer, lx: &Lexicon, ps: &[Piece], cands: &mut Vec<Cand>) {
    let mut found: Vec<Cand> = Vec::new();
    for t in 0..ps.len() {
        let tp = ps[t];
        if tp.kind != PieceKind::Word {
            continue;
        }
        let tw = tp.text(text);
        // "X province", "Pinggu District", "6th Avenue"
        let compound = text[tp.end..].starts_with(is_hyphen);
        if let Some((kind, flags)) = lx.type_word(tw).filter(|_| !compound) {
            let capital = starts_upper(tw);
            // "Lagos State", "Kano State": outside the US a capitalised "State" after a
            // state's name is part of it ("Ohio State" is a university)
            let state_name = capital
                && flags.contains("org")
                && kind == Kind::Admin1
                && t > 0
                && covered(cands, t - 1).is_some_and(|ci| {
                    let c = &cands[ci];
                    c.p1 == t - 1
                        && c.senses.iter().any(|s| {
                            let e = &g.entries[s.entry as usize];
                            e.kind == Kind::Admin1 && e.country != "US"
                        })
                        && !c.senses.iter().any(|s| {
                            let e = &g.entries[s.entry as usize];
                            e.kind == Kind::Admin1 && e.country == "US"
                        })
                });
            let part_of_name = capital && flags.contains("name") || state_name;
            if flags.contains("plural") && !capital {
                plural_chain(text, g, lx, ps, cands, &mut found, t, kind);
            }
            if t > 0
                && (flags.contains("name") || !capital || state_name)
                && !flags.contains("plural")
                && adjacent(text, ps[t - 1].end, tp.start)
            {
                if let Some(s) = cap_run_back(text, lx, ps, t - 1) {
                    if ps[s].sent == tp.sent && (part_of_name || !capital) {
                        let end = if part_of_name { t } else { t - 1 };
                        // a gazetteer name just before: evidence, maybe extended
                        if let Some(ci) = covered(cands, t - 1)
                            .filter(|&ci| cands[ci].p1 == t - 1 && cands[ci].p0 >= s)
                        {
                            let c = &mut cands[ci];
                            c.evidence |= ev::TYPE;
                            c.hint = Some(kind);
                            if part_of_name && c.p0 == s {
                                let whole = key(&text[c.start..tp.end]);
                                c.p1 = t;
                                c.end = tp.end;
                                if let Some(sn) = g.lookup(&whole) {
                                    c.senses = sn.to_vec();
                                    c.key = whole;
                                } else if matches!(
                                    kind,
                                    Kind::Feature | Kind::Street | Kind::Neighbourhood
                                ) {
                                    // "Goulburn River", "Fordham Road", "Menai Strait": a
                                    // feature named after a place, not the place
                                    c.typed = Some((display_name(&text[c.start..c.end]), kind));
                                }
                            }
                        } else if covered(cands, s).is_none_or(|ci| {
                            // "the Mile 2 area": a name with a number runs past a known word
                            cands[ci].p0 >= s
                                && cands[ci].p1 < end
                                && ps[end].kind == PieceKind::Num
                        }) && (kind != Kind::Street || part_of_name)
                        {
                            let mut c = Cand::new(text, ps, s, end, Rule::ContextType);
                            let name = display_name(&text[c.start..c.end]);
                            c.evidence |= ev::CONTEXT | ev::TYPE;
                            c.hint = Some(kind);
                            // a street or district must be named by more than a number
                            let numeric = ps[s..=end].iter().all(|p| p.kind == PieceKind::Num);
                            // "the Islamic State group", "the Sri Lankan capital"; "Clear
                            // Creek Valley School District" is an institution
                            let plausible = if part_of_name {
                                !ps[s..t].iter().any(|p| lx.is(p.text(text), "inst"))
                            } else {
                                plausible_name(text, lx, ps, s, end)
                            };
                            if !(numeric || !plausible || part_of_name && s == t) {
                                c.unknown = Some((name, kind));
                                found.push(c);
                            }
                        }
                    }
                }
            }
            // "Kaub, a small town on the Rhine": an apposition names the kind of place
            if !capital && matches!(kind, Kind::City | Kind::Neighbourhood | Kind::Admin2) {
                apposition(text, lx, ps, cands, &mut found, t, kind);
            }
            // "the town of X", "north of X", "the towns of X and Y"
            let lower = starts_lower(tw);
            let of_ok = flags.contains("of")
                || t > 0 && ps[t - 1].text(text).eq_ignore_ascii_case("the") && lower;
            if lower
                && of_ok
                && t + 2 < ps.len()
                && ps[t + 1].text(text) == "of"
                && ps[t + 2].sent == tp.sent
            {
                // "the Egyptian resort town of Dahab": the adjective of origin gives the country
                let country = origin_before(text, lx, ps, t);
                let mut first = t + 2;
                loop {
                    let next = of_name(text, lx, ps, cands, &mut found, t, first, kind, flags);
                    if let Some(cc) = country {
                        for c in cands.iter_mut().chain(found.iter_mut()) {
                            if c.p0 == first {
                                c.country_hint = Some(cc);
                            }
                        }
                    }
                    // "the towns of Hazar and Serdar"
                    match next {
                        Some(j) if flags.contains("plural") && j + 2 < ps.len() => {
                            let sep = ps[j + 1].text(text);
                            if matches!(sep, "and" | "or" | ",")
                                && ps[j + 2].sent == tp.sent
                                && starts_upper(ps[j + 2].text(text))
                            {
                                first = j + 2;
                            } else if sep == ","
                                && j + 3 < ps.len()
                                && ps[j + 2].text(text) == "and"
                                && starts_upper(ps[j + 3].text(text))
                            {
                                first = j + 3;
                            } else {
                                break;
                            }
                        }
                        _ => break,
                    }
                }
            }
        }
        // "Sognefjord", "Erzgebirge": a name ending in a type word
        if starts_upper(tw) && covered(cands, t).is_none() && !sentence_start_piece(text, ps, t) {
            let lower = tw.to_lowercase();
            if let Some(&(_, kind)) = lx
                .suffixes
                .iter()
                .find(|(sfx, _)| lower.len() >= sfx.len() + 3 && lower.ends_with(sfx))
            {
                let mut c = Cand::new(text, ps, t, t, Rule::ContextSuffix);
                c.evidence |= ev::CONTEXT;
                c.unknown = Some((tw.to_string(), kind));
                found.push(c);
            }
        }
        // "Lake Tahoe", "Mount Sinjar", "Fort Hood", "River Corrib", "Gulf of Carpentaria"
        if let Some(&(kind, flags)) = lx.prefixes.get(tw) {
            let of = t + 2 < ps.len()
                && ps[t + 1].text(text) == "of"
                && adjacent(text, tp.end, ps[t + 1].start)
                && adjacent(text, ps[t + 1].end, ps[t + 2].start);
            let single = covered(cands, t).is_none_or(|ci| cands[ci].p1 == t);
            if of && flags.contains("of") && single {
                if let Some(j) = cap_run_fwd(text, ps, t + 2) {
                    let mut c = Cand::new(text, ps, t, j, Rule::ContextPrefix);
                    let name = display_name(&text[c.start..c.end]);
                    c.evidence |= ev::CONTEXT;
                    c.unknown = Some((name, kind));
                    found.push(c);
                }
            } else if !flags.contains("ofonly")
                && covered(cands, t).is_none()
                && t + 1 < ps.len()
                && adjacent(text, tp.end, ps[t + 1].start)
            {
                if let Some(j) = cap_run_fwd(text, ps, t + 1) {
                    // "River Road" is a street; "River X" is one word ("River Corrib", not
                    // "the River Concert Series")
                    let street = lx
                        .type_word(ps[j].text(text))
                        .is_some_and(|(k, _)| k == Kind::Street);
                    let one_word = !flags.contains("oneword") || j == t + 1;
                    if !street && one_word {
                        let mut c = Cand::new(text, ps, t, j, Rule::ContextPrefix);
                        let name = display_name(&text[c.start..c.end]);
                        c.evidence |= ev::CONTEXT;
                        c.unknown = Some((name, kind));
                        found.push(c);
                    }
                }
            }
        }
    }
    cands.extend(found);
}

/// A name as written, for display: dashes between words become hyphens, spaces single
/// ("Murray–Darling Basin" -> "Murray-Darling Basin").
fn display_name(s: &str) -> String {
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

/// The country of an adjective of origin just before a type word ("the Egyptian resort
/// town of", "the Nigerian port of"): at most two lower-case words between them.
fn origin_before(text: &str, lx: &Lexicon, ps: &[Piece], t: usize) -> Option<&'static str> {
    let mut k = t;
    for _ in 0..3 {
        if k == 0 {
            return None;
        }
        k -= 1;
        let p = ps[k];
        if p.kind != PieceKind::Word || p.sent != ps[t].sent {
            return None;
        }
        let w = p.text(text);
        if let Some(cc) = lx.origin(w) {
            return Some(cc);
        }
        if !starts_lower(w) || lx.is(w, "func") || w == "the" || w == "a" || w == "an" {
            return None;
        }
    }
    None
}

/// "the town of X": marks or adds the name after "of" (piece `first`); returns its last
/// piece.
#[allow(clippy::too_many_arguments)]
fn of_name(
    text: &str,
    lx: &Lexicon,
    ps: &[Piece],
    cands: &mut [Cand],
    found: &mut Vec<Cand>,
    t: usize,
    first: usize,
    kind: Kind,
    flags: &str,
) -> Option<usize> {
    let compass = flags.contains("compass");
    if let Some(ci) = covered(cands, first).filter(|&ci| cands[ci].p0 == first) {
        let c = &mut cands[ci];
        c.evidence |= if compass { ev::PREP } else { ev::TYPE };
        if !compass {
            c.hint = Some(kind);
        }
        // "the town of Kasba Bonli": the name runs on past a shorter known one
        let p1 = c.p1;
        if let Some(j) = cap_run_fwd(text, ps, first).filter(|&j| j > p1) {
            if !compass && plausible_name(text, lx, ps, first, j) {
                let mut long = Cand::new(text, ps, first, j, Rule::ContextOf);
                let name = display_name(&text[long.start..long.end]);
                long.evidence |= ev::CONTEXT;
                long.hint = Some(kind);
                long.unknown = Some((name, kind));
                found.push(long);
                return Some(j);
            }
        }
        return Some(p1);
    }
    let j = cap_run_fwd(text, ps, first)?;
    if covered(cands, j).is_none()
        && !lx.is(ps[first].text(text), "func")
        && plausible_name(text, lx, ps, first, j)
    {
        let mut c = Cand::new(text, ps, first, j, Rule::ContextOf);
        let name = display_name(&text[c.start..c.end]);
        c.evidence |= ev::CONTEXT;
        let k = if compass { Kind::City } else { kind };
        c.hint = Some(k);
        c.unknown = Some((name, k));
        found.push(c);
        let _ = t;
        return Some(j);
    }
    None
}

/// "Kaub, a small town between ...", "Izium, a town that ...": the name before ", a
/// (adjective) TYPE" is a place of that kind.
fn apposition(
    text: &str,
    lx: &Lexicon,
    ps: &[Piece],
    cands: &mut [Cand],
    found: &mut Vec<Cand>,
    t: usize,
    kind: Kind,
) {
    // the type word ends the phrase or a preposition / relative word follows it
    let after_ok = ps.get(t + 1).is_none_or(|p| {
        p.sent != ps[t].sent
            || p.kind == PieceKind::Punct
            || lx.is_prep(p.text(text))
            || matches!(
                p.text(text),
                "that" | "which" | "where" | "whose" | "of" | "between" | "about" | "some"
            )
    });
    if !after_ok {
        return;
    }
    let mut k = t;
    let mut adjectives = 0;
    loop {
        if k == 0 {
            return;
        }
        k -= 1;
        let w = ps[k].text(text);
        if matches!(w, "a" | "an") {
            break;
        }
        adjectives += 1;
        if adjectives > 2 || ps[k].kind != PieceKind::Word || !starts_lower(w) || lx.is(w, "func") {
            return;
        }
    }
    if k < 2 || ps[k - 1].text(text) != "," || ps[k - 1].sent != ps[t].sent {
        return;
    }
    let e = k - 2;
    let Some(s) = cap_run_back(text, lx, ps, e) else {
        return;
    };
    if ps[s].sent != ps[t].sent {
        return;
    }
    if let Some(ci) = covered(cands, e).filter(|&ci| cands[ci].p1 == e && cands[ci].p0 >= s) {
        let c = &mut cands[ci];
        c.evidence |= ev::TYPE;
        if c.hint.is_none() {
            c.hint = Some(kind);
        }
    } else if (s..=e).all(|p| covered(cands, p).is_none())
        && ps[e].kind == PieceKind::Word
        && plausible_name(text, lx, ps, s, e)
        && !sentence_start_piece(text, ps, s)
    {
        let mut c = Cand::new(text, ps, s, e, Rule::ContextApposition);
        let name = display_name(&text[c.start..c.end]);
        c.evidence |= ev::CONTEXT | ev::TYPE;
        c.hint = Some(kind);
        c.unknown = Some((name, kind));
        found.push(c);
    }
}

/// "Jefferson and Clear Creek counties", "the Murray and Darling rivers": each name of the
/// list before a plural type word is a place of that kind ("Jefferson County").
#[allow(clippy::too_many_arguments)]
fn plural_chain(
    text: &str,
    g: &Gazetteer,
    lx: &Lexicon,
    ps: &[Piece],
    cands: &mut [Cand],
    found: &mut Vec<Cand>,
    t: usize,
    kind: Kind,
) {
    // the names, last first
    let mut runs: Vec<(usize, usize)> = Vec::new();
    let mut e = t;
    while runs.len() < 6 && e > 0 {
        e -= 1;
        if !adjacent(text, ps[e].end, ps[e + 1].start) && runs.is_empty() {
            return;
        }
        let Some(s) = cap_run_back(text, lx, ps, e) else {
            break;
        };
        if ps[s].sent != ps[t].sent {
            break;
        }
        runs.push((s, e));
        // separators: "and", "or", ",", ", and"
        let mut k = s;
        let mut sep = false;
        while k > 0 && matches!(ps[k - 1].text(text), "and" | "or" | "," | "&") {
            k -= 1;
            sep = true;
        }
        if !sep || k == 0 {
            break;
        }
        e = k;
    }
    if runs.len() < 2 {
        return;
    }
    let singular = {
        let w = ps[t].text(text).to_lowercase();
        let s = match w.strip_suffix("ies") {
            Some(stem) => format!("{stem}y"),
            None => w.strip_suffix('s').unwrap_or(&w).to_string(),
        };
        let mut c = s.chars();
        c.next()
            .map(|f| f.to_uppercase().chain(c).collect::<String>())
            .unwrap_or_default()
    };
    for (s, e) in runs {
        let name = display_name(&text[ps[s].start..ps[e].end]);
        let typed = format!("{name} {singular}");
        let typed_senses = g.lookup(&key(&typed)).map(<[Sense]>::to_vec);
        let feature_like = matches!(kind, Kind::Feature | Kind::Street | Kind::Neighbourhood);
        if let Some(ci) = covered(cands, e).filter(|&ci| cands[ci].p1 == e && cands[ci].p0 == s) {
            let c = &mut cands[ci];
            c.evidence |= ev::TYPE;
            c.hint = Some(kind);
            if let Some(sn) = typed_senses {
                c.senses = sn;
                c.key = key(&typed);
            } else if feature_like {
                c.typed = Some((typed, kind));
            }
        } else if (s..=e).all(|p| covered(cands, p).is_none()) && plausible_name(text, lx, ps, s, e)
        {
            // ("Clear Creek" found as a creek just before: the list says county)
            found.retain(|f| f.p1 < s || f.p0 > e);
            let mut c = Cand::new(text, ps, s, e, Rule::ContextType);
            c.evidence |= ev::CONTEXT | ev::TYPE;
            c.hint = Some(kind);
            match typed_senses {
                Some(sn) => {
                    c.senses = sn;
                    c.key = key(&typed);
                }
                None => c.unknown = Some((if feature_like { typed } else { name }, kind)),
            }
            found.push(c);
        }
    }
}

/// Overlapping candidates: the earlier, then longer, wins.
fn dedupe_overlaps(cands: &mut Vec<Cand>) {
    let mut out: Vec<Cand> = Vec::with_capacity(cands.len());
    for c in cands.drain(..) {
        if let Some(last) = out.last() {
            if c.start < last.end {
                continue;
            }
        }
        out.push(c);
    }
    *cands = out;
}

/// "Forest Hill, Texas", "Macon, Ga.": the second names the region of the first.
fn link_commas(text: &str, g: &Gazetteer, lx: &Lexicon, ps: &[Piece], cands: &mut Vec<Cand>) {
    let mut added = Vec::new();
    for yi in 0..cands.len() {
        let y = &cands[yi];
        if y.p0 < 2 || ps[y.p0 - 1].text(text) != "," {
            continue;
        }
        let region_like = y.senses.iter().any(|s| {
            let e = &g.entries[s.entry as usize];
            matches!(e.kind, Kind::Admin1 | Kind::Admin2 | Kind::Country)
                || s.form & form::AFTER_COMMA != 0
        });
        if !region_like {
            continue;
        }
        let xp = y.p0 - 2;
        if let Some(xi) = covered(cands, xp).filter(|&ci| cands[ci].p1 == xp) {
            cands[xi].evidence |= ev::COMMA;
            cands[xi].anchor = Some(yi);
            cands[yi].evidence |= ev::COMMA;
            // "Spokane, Washington": the second is the region, not the city of that name
            let has_admin = cands[yi].senses.iter().any(|s| {
                matches!(
                    g.entries[s.entry as usize].kind,
                    Kind::Admin1 | Kind::Admin2
                )
            });
            let has_country = cands[yi]
                .senses
                .iter()
                .any(|s| g.entries[s.entry as usize].kind == Kind::Country);
            if has_admin && !has_country && cands[yi].hint.is_none() {
                cands[yi].hint = Some(Kind::Admin1);
            }
        } else if let Some(s) = cap_run_back(text, lx, ps, xp) {
            // only "Town, State" / "Town, Country" / "Town, Ga." make a town of an unknown name
            let region = best_static(g, &cands[yi])
                .is_some_and(|e| matches!(e.kind, Kind::Admin1 | Kind::Admin2 | Kind::Country))
                || cands[yi]
                    .senses
                    .iter()
                    .any(|s| s.form & form::AFTER_COMMA != 0);
            let acronym = ps[s..=xp].iter().any(|p| {
                let w = p.text(text);
                w.chars().filter(|c| c.is_uppercase()).count() >= 2
                    && !w.chars().any(char::is_lowercase)
            });
            let free = (s..=xp).all(|p| covered(cands, p).is_none())
                && plausible_name(text, lx, ps, s, xp);
            if region && !acronym && free && ps[xp].kind == PieceKind::Word {
                let mut c = Cand::new(text, ps, s, xp, Rule::ContextComma);
                let name = text[c.start..c.end].to_string();
                c.evidence |= ev::CONTEXT | ev::COMMA;
                c.anchor = Some(yi);
                c.unknown = Some((name, Kind::City));
                added.push(c);
            }
        }
    }
    for s in cands.iter_mut() {
        // abbreviations like "Ga." only count after "Town, "
        let comma = s.evidence & ev::COMMA != 0;
        s.senses
            .retain(|x| x.form & form::AFTER_COMMA == 0 || comma);
    }
    if !added.is_empty() {
        // anchors are indices: append, then keep order by re-sorting with index remap
        let n = cands.len();
        cands.extend(added);
        let mut order: Vec<usize> = (0..cands.len()).collect();
        order.sort_by_key(|&i| cands[i].start);
        let mut remap = vec![0; cands.len()];
        for (new, &old) in order.iter().enumerate() {
            remap[old] = new;
        }
        let mut sorted: Vec<Cand> = order.iter().map(|&i| cands[i].clone()).collect();
        for c in sorted.iter_mut() {
            c.anchor = c.anchor.map(|a| remap[a]);
        }
        let _ = n;
        *cands = sorted;
    }
    cands.retain(|c| !c.senses.is_empty() || c.unknown.is_some());
}

/// Step 3: person and organisation names, common words, headlines.
#[allow(clippy::needless_range_loop)] // reads neighbours, then writes the candidate
fn suppress(
    text: &str,
    g: &Gazetteer,
    lx: &Lexicon,
    ps: &[Piece],
    titles: &[bool],
    paragraph_starts: &[usize],
    cands: &mut [Cand],
) {
    let n = cands.len();
    // sentence -> all in capitals? (computed once per sentence)
    let mut caps_sentences: HashMap<usize, bool> = HashMap::new();
    // neighbours that are regions or countries themselves ("Raqqa Syria") keep a name a place
    let regional = |c: &Cand| {
        !lx.common.contains(&text[c.start..c.end])
            && c.senses.iter().any(|s| {
                let e = &g.entries[s.entry as usize];
                e.kind == Kind::Country || e.kind == Kind::Admin1 && e.pop >= 21
            })
    };
    let starts: HashSet<usize> = cands.iter().filter(|c| regional(c)).map(|c| c.p0).collect();
    let is_cand_start = |p: usize| starts.contains(&p);
    let ends: HashSet<usize> = cands.iter().filter(|c| regional(c)).map(|c| c.p1).collect();
    let is_cand_end = |p: usize| ends.contains(&p);
    for i in 0..n {
        let c = &cands[i];
        let sent = ps[c.p0].sent;
        let title_line = titles.get(sent).copied().unwrap_or(false);
        let prev = (c.p0 > 0).then(|| ps[c.p0 - 1]).filter(|p| p.sent == sent);
        let next = ps.get(c.p1 + 1).copied().filter(|p| p.sent == sent);
        let prev_w = prev.map(|p| p.text(text)).unwrap_or("");
        let next_w = next.map(|p| p.text(text)).unwrap_or("");
        let prev_adj = prev.is_some_and(|p| adjacent(text, p.end, c.start));
        let next_adj = next.is_some_and(|p| adjacent(text, c.end, p.start));
        let sentence_start = prev.is_none()
            || prev.is_some_and(|p| {
                p.kind == PieceKind::Punct
                    && matches!(
                        p.text(text),
                        "\"" | "“" | "‘" | "'" | "(" | "-" | "—" | "–" | ":"
                    )
            });
        let mut evidence = c.evidence;
        let mut reject: Option<&'static str> = None;

        // the word before: "in", "the"; "Tillman, of Golden, ..." (a hometown)
        if prev.is_some_and(|p| p.kind == PieceKind::Word) {
            if lx.is_prep(prev_w) || prev_w == "of" && c.p0 >= 2 && ps[c.p0 - 2].text(text) == "," {
                evidence |= ev::PREP;
            }
            if prev_w.eq_ignore_ascii_case("the") {
                evidence |= ev::THE;
            }
        }
        // "north of X", "of X" after a type word were marked in context_patterns
        let mut senses = c.senses.clone();
        senses.retain(|s| s.form & form::NEEDS_THE == 0 || evidence & ev::THE != 0);
        if senses.is_empty() && c.unknown.is_none() {
            cands[i].reject = Some("needs-the");
            continue;
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
        let multiword = c.p1 > c.p0;
        let big = |e: &Entry| match e.kind {
            Kind::Country | Kind::Region | Kind::Capital => true,
            Kind::Feature => true,
            Kind::Admin1 => e.pop >= 21,
            _ => e.pop >= 20,
        };
        let prominent = senses.iter().any(|s| big(&g.entries[s.entry as usize]));
        // prominence by a name proper, not by a translated alternate ("White House" is an
        // alternate name of Casablanca) nor by a region's name ("Centre", "Western")
        let prominent_name = senses.iter().any(|s| {
            let e = &g.entries[s.entry as usize];
            s.form & form::ALTERNATE == 0 && e.kind != Kind::Admin1 && big(e)
        });
        // "University of Texas", "Bank of America" as one gazetteer name
        if multiword && lx.is(ps[c.p0].text(text), "orgof") {
            reject = Some("organisation");
        }

        // a place inside a title ("Assistant U.S. Attorney", "Deputy Texas Governor")
        let in_title = next_adj && lx.is(next_w, "title");
        // person: "Mr Jordan", "Michael Jordan"
        if prev_adj
            && prev.is_some_and(|p| p.kind == PieceKind::Word)
            && starts_upper(prev_w)
            && !in_title
        {
            if lx.is(prev_w, "title") || lx.is(prev_w, "given") {
                reject = Some("person");
            } else if !lx.is(prev_w, "pre")
                && !lx.is(prev_w, "func")
                && !demonym_like(prev_w)
                && lx.origin(prev_w).is_none()
                && !is_cand_end(c.p0 - 1)
                && !title_line
            {
                // "Real Madrid", "Stephen Paris"; at a sentence start a participle may
                // precede a place ("Leaving Moscow, ...")
                let participle =
                    prev_w.len() >= 7 && (prev_w.ends_with("ing") || prev_w.ends_with("ed"));
                if !sentence_start_piece(text, ps, c.p0 - 1) || !participle {
                    reject = Some("inside-name-end");
                }
            }
        }
        // "Rhiannon Evans-Howell", "Hauwa Lawal-Bello": the second part of a double name
        if reject.is_none()
            && c.p0 >= 1
            && hyphen_between(text, ps[c.p0 - 1].end, c.start)
            && ps[c.p0 - 1].kind == PieceKind::Word
            && starts_upper(ps[c.p0 - 1].text(text))
            && !is_article(ps[c.p0 - 1].text(text))
            // "Sen. Tom Jensen, R-London": a party and a hometown
            && ps[c.p0 - 1].text(text).chars().any(char::is_lowercase)
            && covered(cands, c.p0 - 1).is_none()
            && !c.senses.iter().any(|s| {
                g.entries[s.entry as usize].kind == Kind::Country
            })
        {
            reject = Some("inside-name-end");
        }
        // "told Meridian": the one told is a person or a news outlet
        if reject.is_none()
            && !prominent_name
            && matches!(prev_w, "told" | "tells" | "telling" | "tell")
        {
            reject = Some("person");
        }
        if prev.is_some_and(|p| p.kind == PieceKind::Punct && p.text(text) == ".") && c.p0 >= 2 {
            // "Mr. Jordan", "Gen. Jordan", "Roy A. Nelson"
            let t = ps[c.p0 - 2].text(text);
            let initial = t.chars().count() == 1 && starts_upper(t);
            if lx.is(&format!("{t}."), "title") || initial && !prominent {
                reject = Some("person");
            }
        }
        // "coach Ripley", "Superintendent Lorraine Bailey" (the given name is caught above)
        if reject.is_none()
            && prev_adj
            && lx.is(&prev_w.to_lowercase(), "ptitle")
            && starts_lower(prev_w)
            && best_kind != Some(Kind::Country)
        {
            reject = Some("person");
        }
        // "Clark said", "Barry, who", "Evans, 26,": a person unless a well-known place
        // (a well-known place may "say" by metonymy: "Moscow said")
        if reject.is_none() && !prominent && c.unknown.is_none() && !multiword {
            let after: Vec<&str> = ps[c.p1 + 1..(c.p1 + 4).min(ps.len())]
                .iter()
                .take_while(|p| p.sent == sent)
                .map(|p| p.text(text))
                .collect();
            let person = match after.as_slice() {
                [v, ..] if lx.is(v, "speech") => true,
                [",", "who", ..] => true,
                [",", n, ",", ..] => n.len() <= 2 && n.chars().all(|c| c.is_ascii_digit()),
                _ => false,
            };
            if person {
                reject = Some("person");
            }
        }
        // "Northeast Georgia", "Western Massachusetts": the modifier is no place of its own
        if reject.is_none()
            && !multiword
            && lx.is(&text[c.start..c.end], "pre")
            && next_adj
            && starts_upper(next_w)
            && evidence & ev::TYPE == 0
        {
            reject = Some("modifier");
        }
        // months, days and adjectives of origin that are also town names
        if reject.is_none() && c.unknown.is_none() && c.p0 == c.p1 {
            let surface = &text[c.start..c.end];
            if lx.is(surface, "month") && evidence & (ev::COMMA | ev::TYPE) == 0 {
                reject = Some("month");
            } else if lx.is(surface, "demonym") && evidence & ev::STRONG == 0 {
                reject = Some("demonym");
            }
        }
        // a dateline in capitals ("SAN ANTONIO The Latest ..."): what follows is the story
        let caps_dateline =
            c.caps && (paragraph_starts.binary_search(&c.start).is_ok() || prev_w == "(");
        // organisation or person after: "Washington Post", "Paris Hilton", "Real Madrid"
        if reject.is_none() && next_adj && !title_line && !caps_dateline {
            if let Some(nx) = next {
                let post = lx.is(next_w, "post")
                    || text[nx.end..].starts_with('.') && lx.is(&format!("{next_w}."), "post");
                // a capitalised "City"/"State" after a name makes a club or a university
                // ("Manchester City", "Ohio State"): names that include it matched whole
                let us_or_city = c.senses.iter().any(|s| {
                    let e = &g.entries[s.entry as usize];
                    e.kind.is_city() || e.kind == Kind::Admin1 && e.country == "US"
                });
                let type_ok = lx
                    .type_word(next_w)
                    .is_some_and(|(_, f)| f.contains("name") || f.contains("org") && !us_or_city);
                if nx.kind == PieceKind::Word
                    && starts_upper(next_w)
                    && !post
                    && !type_ok
                    && !is_cand_start(c.p1 + 1)
                {
                    reject = Some("inside-name");
                }
                // "Raqqa 24", "France 24": a media name (years and counts are longer)
                if nx.kind == PieceKind::Num && next_w.len() <= 3 && c.unknown.is_none() {
                    reject = Some("inside-name");
                }
            }
        }
        // "the U.S. Attorney's Office", "Saugerties Police Department": a name ending in an
        // institution's word is an organisation's
        if reject.is_none() && !title_line && org_follows(text, lx, ps, c.p1) {
            reject = Some("organisation");
        }
        // "St. Patrick's Day", "Hope's Wings": a possessive before an institution's noun
        if reject.is_none() && !prominent && text[c.end..].starts_with(['\'', '’']) {
            if let Some(nx) = next.filter(|p| p.kind == PieceKind::Word) {
                if (lx.is(next_w, "orgof") || lx.is(next_w, "eponym"))
                    && adjacent(text, c.end + text[c.end..].find(' ').unwrap_or(0), nx.start)
                {
                    reject = Some("organisation");
                }
            }
        }
        // "1.26 U.S. dollars"
        if reject.is_none()
            && (next_adj && lx.is(next_w, "currency") || text[c.end..].starts_with('$'))
        {
            reject = Some("currency");
        }
        // organisation before: "University of Texas", "Bank of England"
        if reject.is_none() && c.p0 >= 2 && prev_w == "of" {
            let before = ps[c.p0 - 2].text(text);
            if lx.is(before, "orgof") || lx.is(before, "orgofonly") {
                reject = Some("organisation");
            }
        }
        // common words and headline words
        if reject.is_none() && c.unknown.is_none() {
            let surface = &text[c.start..c.end];
            let common = (lx.common.contains(surface) || lx.is(surface, "func"))
                && best_kind != Some(Kind::Country)
                || lx.is(surface, "given") && !prominent_name;
            if common
                && evidence & ev::STRONG == 0
                && (sentence_start || title_line || !prominent_name)
            {
                reject = Some("common-word");
            }
        }
        if reject.is_none()
            && (title_line || c.caps)
            && evidence & ev::STRONG == 0
            && !prominent
            && c.unknown.is_none()
        {
            reject = Some("headline");
        }
        // an all-caps name ("MOSCOW") only in a dateline or an all-caps line, never an
        // alternate name ("SANA", the agency, is no "Sana'a")
        if reject.is_none() && c.caps {
            // "MOSCOW, Nov. 26", "BEIJING (Reuters) -", "LONDON The Latest"
            let paragraph_start = paragraph_starts.binary_search(&c.start).is_ok();
            let dateline = sentence_start
                && (matches!(next_w, "," | "(" | ")" | "—" | "–" | "-" | "/" | ":")
                    || paragraph_start);
            let caps_line = *caps_sentences
                .entry(sent)
                .or_insert_with(|| doc_sentence_caps(text, ps, sent));
            let by_name = senses.iter().any(|s| s.form & form::ALTERNATE == 0);
            if dateline && by_name && !(prominent || evidence & ev::COMMA != 0) {
                // "SAUGERTIES —": a small town's dateline, kept when the story names it again
                reject = Some("caps-dateline");
            } else if !(dateline || caps_line)
                || !by_name
                || !(prominent || evidence & ev::COMMA != 0)
            {
                reject = Some("caps");
            } else if dateline {
                evidence |= ev::DATELINE;
            }
        }
        let c = &mut cands[i];
        c.prominent = prominent;
        c.senses = senses;
        c.evidence = evidence;
        if c.reject.is_none() {
            c.reject = reject;
        }
    }
    // one sense per article: a name rejected as a person stays a person unless it has evidence
    // ("Dewly Nelson ... Nelson himself"): a small place's name that ended a longer name
    let persons: HashSet<String> = cands
        .iter()
        .filter(|c| {
            c.reject == Some("person") || c.reject == Some("inside-name-end") && !c.prominent
        })
        .map(|c| c.key.clone())
        .collect();
    // a common word accepted once with evidence counts everywhere
    let proven: HashSet<String> = cands
        .iter()
        .filter(|c| c.reject.is_none() && c.evidence & ev::STRONG != 0)
        .map(|c| c.key.clone())
        .collect();
    // "Kosinski, Nelson said": a town known only by its region, whose region is no place
    let rejected: Vec<bool> = cands.iter().map(|c| c.reject.is_some()).collect();
    for c in cands.iter_mut() {
        if c.rule == Rule::ContextComma && c.anchor.is_some_and(|a| rejected.get(a) == Some(&true))
        {
            c.reject = Some("anchor-rejected");
        }
    }
    let named: HashSet<&str> = cands
        .iter()
        .filter(|c| c.reject.is_none() && !c.caps)
        .map(|c| c.key.as_str())
        .collect();
    let datelines: Vec<usize> = (0..n)
        .filter(|&i| {
            cands[i].reject == Some("caps-dateline")
                && named.contains(key(&title_case(&text[cands[i].start..cands[i].end])).as_str())
        })
        .collect();
    for i in datelines {
        cands[i].reject = None;
        cands[i].evidence |= ev::DATELINE;
    }
    for c in cands.iter_mut() {
        if c.reject.is_none() && c.evidence & ev::STRONG == 0 && persons.contains(&c.key) {
            c.reject = Some("person-repeat");
        }
        if matches!(c.reject, Some("common-word" | "headline")) && proven.contains(&c.key) {
            c.reject = None;
            c.evidence |= ev::REPEAT;
        }
    }
}

/// Do capitalised words right after piece `p1` (at most three, possessives allowed) end
/// with an institution's word ("Attorney's Office", "Police Department", "Basin
/// Authority")?
fn org_follows(text: &str, lx: &Lexicon, ps: &[Piece], p1: usize) -> bool {
    let mut prev_end = ps[p1].end;
    for k in p1 + 1..(p1 + 4).min(ps.len()) {
        let p = ps[k];
        let gap = &text[prev_end..p.start];
        // ("Alexandria's Circuit Court" is the place's court; "Attorney's Office" a name)
        let gap = if k > p1 + 1 {
            gap.strip_prefix("'s")
                .or_else(|| gap.strip_prefix("’s"))
                .unwrap_or(gap)
        } else {
            gap
        };
        let dash = k == p1 + 1 && (gap == "–" || hyphen_between(text, prev_end, p.start));
        if p.sent != ps[p1].sent
            || p.kind != PieceKind::Word
            || !(dash || !gap.is_empty() && gap.chars().all(|c| c == ' '))
            || !starts_upper(p.text(text))
        {
            return false;
        }
        // (road words are no institutions: "Old Lexington Highway")
        if lx.is(p.text(text), "inst") && lx.type_word(p.text(text)).is_none() {
            return true;
        }
        prev_end = p.end;
    }
    false
}

/// Is every word of sentence `sent` in capitals?
fn doc_sentence_caps(text: &str, ps: &[Piece], sent: usize) -> bool {
    let a = ps.partition_point(|p| p.sent < sent);
    let b = ps.partition_point(|p| p.sent <= sent);
    let words: Vec<&str> = ps[a..b]
        .iter()
        .filter(|p| p.kind == PieceKind::Word)
        .map(|p| p.text(text))
        .collect();
    words.len() >= 2 && words.iter().all(|w| !w.chars().any(char::is_lowercase))
}

/// May the pieces `s..=e` be a place name found from context only? Not when they start or
/// end with an adjective of origin ("the Sri Lankan capital", "the Russian Museum"), end
/// with an institution or road word ("School", "Highway"), or are followed by a number
/// ("Highway 12") or a possessive ("Wilder's estate").
fn plausible_name(text: &str, lx: &Lexicon, ps: &[Piece], s: usize, e: usize) -> bool {
    let first = ps[s].text(text);
    let last = ps[e].text(text);
    let adjective = |w: &str| {
        lx.is(w, "demonym") || ["ian", "ean", "ese", "ish"].iter().any(|x| w.ends_with(x))
    };
    if adjective(first) || adjective(last) || lx.is(last, "inst") {
        return false;
    }
    if [first, last]
        .iter()
        .any(|w| lx.is(w, "month") || lx.is(w, "func") || lx.is(w, "title"))
    {
        return false;
    }
    // "said Christianne Bruschke, Netherlands": a speaker, not a town
    if s > 0 && lx.is(ps[s - 1].text(text), "speech") {
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
fn demonym_like(w: &str) -> bool {
    w.chars().count() >= 5
        && ["ian", "ean", "ese", "ish", "an", "i"]
            .iter()
            .any(|s| w.ends_with(s))
}

fn sentence_start_piece(text: &str, ps: &[Piece], p: usize) -> bool {
    p == 0
        || ps[p - 1].sent != ps[p].sent
        || ps[p - 1].kind == PieceKind::Punct
            && matches!(
                ps[p - 1].text(text),
                "\"" | "“" | "‘" | "(" | "—" | "–" | ":"
            )
}

/// Names found from context recur without their context ("the Al-Meshlab neighborhood" ...
/// "in Meshlab"): find them again.
fn repeats(text: &str, g: &Gazetteer, ps: &[Piece], cands: &mut Vec<Cand>) {
    let _ = g;
    let mut names: HashMap<String, (String, Kind)> = HashMap::new();
    for c in cands.iter().filter(|c| c.reject.is_none()) {
        if let Some((name, kind)) = &c.unknown {
            names.insert(key(name), (name.clone(), *kind));
            // "Pinggu District" recurs as "Pinggu"
            if let Some((bare, last)) = name.rsplit_once(' ') {
                let admin_like = matches!(
                    kind,
                    Kind::Admin1 | Kind::Admin2 | Kind::City | Kind::Neighbourhood
                );
                // ("French Quarter" does not make every "French" a place)
                let adjective = LEXICON.is(bare, "demonym")
                    || ["ian", "ean", "ese", "ish"]
                        .iter()
                        .any(|x| bare.ends_with(x));
                if LEXICON.type_word(last).is_some()
                    && starts_upper(last)
                    && admin_like
                    && !adjective
                {
                    names.insert(key(bare), (name.clone(), *kind));
                }
            }
            // without a leading Arabic article
            let k = key(name);
            let lower = k.to_lowercase();
            for art in ["al ", "el "] {
                if lower.starts_with(art) && k.len() > art.len() + 3 {
                    names.insert(k[art.len()..].to_string(), (name.clone(), *kind));
                }
            }
        }
    }
    if names.is_empty() {
        return;
    }
    let mut added = Vec::new();
    let mut i = 0;
    while i < ps.len() {
        let p = ps[i];
        if p.kind != PieceKind::Word || !starts_upper(p.text(text)) || covered(cands, i).is_some() {
            i += 1;
            continue;
        }
        let mut hit = None;
        for j in (i..(i + 2 * MAX_CONTEXT_WORDS).min(ps.len())).rev() {
            if ps[j].sent != p.sent || !ps[j].is_word() {
                continue;
            }
            if let Some(v) = names.get(&key(&text[p.start..ps[j].end])) {
                hit = Some((j, v.clone()));
                break;
            }
        }
        if let Some((j, (name, kind))) = hit {
            if (i..=j).all(|x| {
                covered(cands, x).is_none()
                    && (ps[x].kind != PieceKind::Punct || ps[x].text(text) == "-")
            }) {
                let mut c = Cand::new(text, ps, i, j, Rule::ContextRepeat);
                c.evidence |= ev::REPEAT;
                c.unknown = Some((name, kind));
                added.push(c);
            }
            i = j + 1;
        } else {
            i += 1;
        }
    }
    if !added.is_empty() {
        // keep anchors valid: added candidates go last (they have no anchors of their own)
        cands.extend(added);
    }
}

/// Prior of a sense before the article's context.
fn prior(e: &Entry, f: u8) -> i32 {
    let pop = e.pop as i32;
    let base = match e.kind {
        Kind::Country => 110,
        Kind::Region | Kind::Feature => 95,
        Kind::Admin1 => 40 + pop,
        Kind::Capital => 45 + 2 * pop,
        Kind::City => 2 * pop,
        Kind::Admin2 => 30,
        Kind::Neighbourhood | Kind::Street => 10,
    };
    base - if f & form::ALTERNATE != 0 { 15 } else { 0 }
}

/// Step 4: pick each candidate's sense.
fn resolve(g: &Gazetteer, cands: &mut [Cand]) {
    // context: countries, admin-1 regions and points the article names unambiguously (or
    // nearly): its own country mentions ("national") and its towns and regions ("local")
    // (a name does not support itself: counts are kept per name too and subtracted)
    let mut national: HashMap<&str, i32> = HashMap::new();
    let mut local: HashMap<&str, i32> = HashMap::new();
    let mut admins: HashMap<(&str, &str), i32> = HashMap::new();
    let mut own: HashMap<(u32, &str, &str), i32> = HashMap::new();
    let mut points: Vec<(u32, f32, f32)> = Vec::new();
    // each distinct name as a number
    let mut key_ids: HashMap<&str, u32> = HashMap::new();
    let kid: Vec<u32> = cands
        .iter()
        .map(|c| {
            let n = key_ids.len() as u32;
            *key_ids.entry(c.key.as_str()).or_insert(n)
        })
        .collect();
    drop(key_ids);
    let mut seen_points: HashSet<u32> = HashSet::new();
    for (ci, c) in cands.iter().enumerate() {
        // ("Menai Strait" says nothing for the Sydney suburb Menai; a place inside an
        // organisation's name still tells where the story is: "the Edgar County Sheriff's
        // Office")
        let inside_org = matches!(c.reject, Some("organisation" | "inside-name"));
        if c.reject.is_some() && !inside_org || c.senses.is_empty() || c.typed.is_some() {
            continue;
        }
        // "Lamar County, Texas": the anchor narrows the senses first
        let anchor = c
            .anchor
            .and_then(|a| cands.get(a))
            .and_then(|a| best_static(g, a));
        let fits = |s: &Sense| {
            let e = &g.entries[s.entry as usize];
            anchor.is_none_or(|a| {
                a.country == e.country && (a.kind == Kind::Country || a.admin1 == e.admin1)
            })
        };
        let senses: Vec<Sense> = if c.senses.iter().any(fits) {
            c.senses.iter().copied().filter(fits).collect()
        } else {
            c.senses.clone()
        };
        let best = senses
            .iter()
            .max_by_key(|s| prior(&g.entries[s.entry as usize], s.form))
            .copied();
        if let Some(s) = best {
            let e = &g.entries[s.entry as usize];
            let p = prior(e, s.form);
            let runner_by = |same_country: bool| {
                senses
                    .iter()
                    .filter(|x| x.entry != s.entry)
                    .filter(|x| same_country || g.entries[x.entry as usize].country != e.country)
                    .map(|x| prior(&g.entries[x.entry as usize], x.form))
                    .max()
                    .unwrap_or(0)
            };
            // the region and the point only when this sense stands out among all
            let unique = p - runner_by(true) >= 12;
            if !e.country.is_empty() && p - runner_by(false) >= 20 {
                let k = kid[ci];
                if e.kind == Kind::Country {
                    *national.entry(e.country).or_default() += 1;
                    *own.entry((k, e.country, "n")).or_default() += 1;
                } else {
                    *local.entry(e.country).or_default() += 1;
                    *own.entry((k, e.country, "l")).or_default() += 1;
                }
                if unique
                    && matches!(
                        e.kind,
                        Kind::Admin1 | Kind::City | Kind::Capital | Kind::Admin2
                    )
                    && !e.admin1.is_empty()
                {
                    *admins.entry((e.country, e.admin1)).or_default() += 1;
                    *own.entry((k, e.country, e.admin1)).or_default() += 1;
                }
                // a bounded sample of points (distance checks stay linear)
                if unique
                    && e.kind != Kind::Country
                    && points.len() < 200
                    && seen_points.insert(s.entry)
                {
                    points.push((k, e.lat, e.lon));
                }
            }
        }
    }
    let n = cands.len();
    let mut by_key: HashMap<String, (i32, u32)> = HashMap::new();
    for i in 0..n {
        if cands[i].reject.is_some() || cands[i].senses.is_empty() {
            continue;
        }
        let anchor_entry = cands[i]
            .anchor
            .and_then(|a| cands.get(a))
            .and_then(|a| best_static(g, a));
        let c = &cands[i];
        let mut best: Option<(i32, u32)> = None;
        let same_name_city: Vec<&str> = c
            .senses
            .iter()
            .map(|s| &g.entries[s.entry as usize])
            .filter(|e| e.kind.is_city())
            .map(|e| e.country)
            .collect();
        // a name that is some place's own name is not read as another's exonym
        // ("Philadelphia" is an old name of Amman)
        let has_name = c.senses.iter().any(|s| s.form & form::ALTERNATE == 0);
        // a sea, river or region of that name ("Red Sea" is also an Egyptian governorate)
        let has_feature = c.senses.iter().any(|s| {
            matches!(
                g.entries[s.entry as usize].kind,
                Kind::Feature | Kind::Region
            )
        });
        // a world city ("London", "Paris") keeps its sense against a small namesake unless
        // the article points to the namesake's own area (its region, places near it, "Paris,
        // Texas"): the namesake's country alone is not enough
        let famous = c
            .senses
            .iter()
            .map(|s| &g.entries[s.entry as usize])
            .filter(|e| is_world_city(e))
            .map(|e| (e.country, prior(e, 0)))
            .max_by_key(|&(_, p)| p);
        for s in &c.senses {
            let e = &g.entries[s.entry as usize];
            let mut score = prior(e, s.form);
            if has_name && s.form & form::ALTERNATE != 0 {
                score -= 60;
            }
            let mine_in = |cc: &str, tag: &str| own.get(&(kid[i], cc, tag)).copied().unwrap_or(0);
            let mine = |tag: &str| mine_in(e.country, tag);
            // ... in an article that reaches beyond the namesake's country (a local story
            // naming only its own country's places may mean its own Paris)
            let abroad = || {
                national.keys().chain(local.keys()).any(|&cc| {
                    cc != e.country
                        && national.get(cc).copied().unwrap_or(0)
                            + local.get(cc).copied().unwrap_or(0)
                            - mine_in(cc, "n")
                            - mine_in(cc, "l")
                            > 0
                })
            };
            let overshadowed = famous
                .is_some_and(|(cc, p)| cc != e.country && p >= prior(e, s.form) + 30)
                && abroad();
            let nat = national.get(e.country).copied().unwrap_or(0) - mine("n");
            let loc = local.get(e.country).copied().unwrap_or(0) - mine("l");
            if nat + loc > 0 {
                let bonus = 10 + 10 * nat.min(2) + 10 * loc.min(4);
                score += if overshadowed { bonus.min(30) } else { bonus };
            }
            if let Some(cc) = c.country_hint {
                score += if cc == e.country { 200 } else { -50 };
            }
            // a town in a region the article names, or a region whose towns it names
            if !e.admin1.is_empty() {
                let k = admins.get(&(e.country, e.admin1)).copied().unwrap_or(0) - mine(e.admin1);
                if k > 0 {
                    score += 15 + 5 * k.min(3);
                }
            }
            // near the article's other places (within ~300 / ~1000 km)
            let near = points
                .iter()
                .filter(|p| p.0 != kid[i])
                .map(|p| dist2(p.1, p.2, e.lat, e.lon))
                .fold(f32::MAX, f32::min);
            if overshadowed {
                if near < 1.0 {
                    score += 25;
                }
            } else if near < 3.0 * 3.0 {
                score += 25;
            } else if near < 10.0 * 10.0 {
                score += 12;
            }
            if let Some(a) = anchor_entry {
                if a.country == e.country && (a.kind == Kind::Country || a.admin1 == e.admin1) {
                    score += 300;
                } else {
                    score -= 50;
                }
            }
            match c.hint {
                Some(Kind::Admin1) if e.kind == Kind::Admin1 => score += 150,
                Some(Kind::Admin2) if e.kind == Kind::Admin2 => score += 150,
                Some(Kind::City) if e.kind.is_city() => score += 150,
                Some(Kind::Feature) if e.kind == Kind::Feature => score += 150,
                _ => {}
            }
            // a city and its region of the same name: the bare name is the city; a feature
            // and a region of the same name: the feature
            if c.hint.is_none()
                && e.kind == Kind::Admin1
                && (same_name_city.contains(&e.country) || has_feature)
            {
                score -= 60;
            }
            if std::env::var_os("PLACES_DEBUG2").is_some() {
                eprintln!(
                    "SCORE {} {}/{}/{:?} pop{} -> {} (ovs {})",
                    c.key, e.name, e.country, e.kind, e.pop, score, overshadowed
                );
            }
            if best.is_none_or(|(b, _)| score > b) {
                best = Some((score, s.entry));
            }
        }
        if let Some((score, entry)) = best {
            cands[i].choice = Some(entry);
            let strong = score
                + if cands[i].evidence & ev::COMMA != 0 {
                    1000
                } else {
                    0
                };
            // a reading asked for by a type word ("Raqqa province") is not the plain name's
            if cands[i].hint.is_none() {
                let k = cands[i].key.clone();
                match by_key.get(&k) {
                    Some(&(s, _)) if s >= strong => {}
                    _ => {
                        by_key.insert(k, (strong, entry));
                    }
                }
            }
        }
    }
    // one sense per article: the best-evidenced reading of a name holds for all its mentions
    // (also a reading only "the" allows: "the Severn estuary" ... "Severn barrage")
    for c in cands.iter_mut() {
        if c.reject.is_none() && c.hint.is_none() && c.evidence & ev::COMMA == 0 {
            if let Some(&(_, e)) = by_key.get(&c.key) {
                let the_only = || {
                    matches!(g.entries[e as usize].kind, Kind::Feature | Kind::Region)
                        && g.lookup(&c.key).is_some_and(|v| {
                            v.iter()
                                .any(|s| s.entry == e && s.form & form::NEEDS_THE != 0)
                        })
                };
                if c.senses.iter().any(|s| s.entry == e) || the_only() {
                    c.choice = Some(e);
                }
            }
        }
    }
}

/// A capital of a million people or a city of four million: known worldwide by its name.
fn is_world_city(e: &Entry) -> bool {
    e.kind == Kind::Capital && e.pop >= 23 || e.kind.is_city() && e.pop >= 26
}

/// Squared distance in degrees (longitude scaled by latitude): enough to rank nearness.
fn dist2(lat1: f32, lon1: f32, lat2: f32, lon2: f32) -> f32 {
    let k = ((lat1 + lat2) * 0.5).to_radians().cos();
    let mut dlon = (lon1 - lon2).abs();
    if dlon > 180.0 {
        dlon = 360.0 - dlon;
    }
    let dlat = lat1 - lat2;
    dlat * dlat + (dlon * k) * (dlon * k)
}

fn best_static<'a>(g: &'a Gazetteer, c: &Cand) -> Option<&'a Entry> {
    c.senses
        .iter()
        .map(|s| &g.entries[s.entry as usize])
        .max_by_key(|e| {
            (
                matches!(e.kind, Kind::Admin1 | Kind::Country) as u8,
                prior(e, 0),
            )
        })
}

fn round2(x: f32) -> f64 {
    (x as f64 * 100.0).round() / 100.0
}

fn output(text: &str, g: &Gazetteer, paragraph_starts: &[usize], cands: &[Cand]) -> Vec<Place> {
    let mut out = Vec::new();
    // the country of the article, for places known from context only
    let mut counts: HashMap<&str, usize> = HashMap::new();
    for c in cands
        .iter()
        .filter(|c| c.reject.is_none() && c.typed.is_none())
    {
        if let Some(e) = c.choice.map(|i| &g.entries[i as usize]) {
            if !e.country.is_empty() {
                *counts.entry(e.country).or_default() += 1;
            }
        }
    }
    let main_country = counts
        .iter()
        .max_by_key(|(c, n)| (**n, std::cmp::Reverse(**c)))
        .map(|(c, _)| *c);
    let paragraph = |at: usize| paragraph_starts.partition_point(|&s| s <= at);
    // the countries of each paragraph's places
    let mut by_paragraph: HashMap<(usize, &str), usize> = HashMap::new();
    for c in cands
        .iter()
        .filter(|c| c.reject.is_none() && c.typed.is_none())
    {
        if let Some(e) = c.choice.map(|i| &g.entries[i as usize]) {
            if !e.country.is_empty() {
                *by_paragraph
                    .entry((paragraph(c.start), e.country))
                    .or_default() += 1;
            }
        }
    }
    // each paragraph's most named count and, among the countries named that often, the
    // first by code (one pass, not a scan of every paragraph's counts per candidate)
    let mut paragraph_top: HashMap<usize, (usize, &str)> = HashMap::new();
    for (&(p, cc), &n) in &by_paragraph {
        let t = paragraph_top.entry(p).or_insert((n, cc));
        if n > t.0 || n == t.0 && cc < t.1 {
            *t = (n, cc);
        }
    }
    // the last town or region placed before, with its paragraph
    let mut last_placed: Option<(&Entry, usize)> = None;
    let mut order: Vec<usize> = (0..cands.len()).collect();
    order.sort_by_key(|&i| cands[i].start);
    for &ci in &order {
        let c = &cands[ci];
        if c.reject.is_some() {
            continue;
        }
        let span = Span::new(text, c.start, c.end);
        let here = paragraph(c.start);
        // where a place known only by its name and kind lies: its anchor ("X, Texas"), the
        // country an adjective gives, the last place of the paragraph, the article's country
        let anchor = c
            .anchor
            .and_then(|a| cands.get(a))
            .and_then(|a| a.choice)
            .map(|i| &g.entries[i as usize]);
        let recent = last_placed.filter(|&(_, p)| p == here).map(|(e, _)| e);
        // the paragraph's most named country (ties: the article's, then the last one named)
        let local = |cc: &str| by_paragraph.get(&(here, cc)).copied().unwrap_or(0);
        let (top, top_first) = paragraph_top.get(&here).copied().unwrap_or((0, ""));
        let paragraph_country = if top == 0 {
            None
        } else if main_country.is_some_and(|m| local(m) == top) {
            main_country
        } else if recent.is_some_and(|e| local(e.country) == top) {
            recent.map(|e| e.country)
        } else {
            Some(top_first)
        };
        let context_country = anchor
            .map(|a| a.country)
            .or(c.country_hint)
            .or(paragraph_country)
            .or(main_country)
            .filter(|c| !c.is_empty());
        let context_point = anchor
            .or(recent)
            .filter(|e| Some(e.country) == context_country);
        if let Some(i) = c.choice {
            let e = &g.entries[i as usize];
            if let Some((name, kind)) = &c.typed {
                // "Goulburn River" lies by Goulburn when the article is about its country
                let supported = counts.get(e.country).is_some_and(|&n| n > 0);
                let (country, point) = if supported {
                    (Some(e.country).filter(|c| !c.is_empty()), Some(e))
                } else {
                    (context_country, context_point)
                };
                let country = country.filter(|_| !water_body(name));
                out.push(Place {
                    span,
                    name: name.clone(),
                    country: country.map(str::to_string),
                    lat: point.map(|e| round2(e.lat)),
                    lon: point.map(|e| round2(e.lon)),
                    kind: kind.as_str().to_string(),
                    geonames_id: None,
                    region: None,
                    rule: rule_name(c),
                });
                continue;
            }
            if matches!(
                e.kind,
                Kind::City | Kind::Capital | Kind::Admin1 | Kind::Admin2
            ) {
                last_placed = Some((e, here));
            }
            out.push(Place {
                span,
                name: e.name.to_string(),
                country: (!e.country.is_empty()).then(|| e.country.to_string()),
                lat: Some(round2(e.lat)),
                lon: Some(round2(e.lon)),
                kind: match c.hint {
                    Some(Kind::Admin1 | Kind::Admin2) if e.kind.is_city() => "admin",
                    _ => e.kind.as_str(),
                }
                .to_string(),
                geonames_id: e.geonames_id,
                region: g.admin1_of(e).map(|a| a.name.to_string()),
                rule: rule_name(c),
            });
        } else if let Some((name, kind)) = &c.unknown {
            let country = context_country.filter(|_| !water_body(name));
            let placed = context_point.filter(|e| Some(e.country) == country);
            out.push(Place {
                span,
                name: name.clone(),
                country: country.map(str::to_string),
                lat: placed.map(|e| round2(e.lat)),
                lon: placed.map(|e| round2(e.lon)),
                kind: kind.as_str().to_string(),
                geonames_id: None,
                region: anchor
                    .filter(|a| a.kind == Kind::Admin1)
                    .map(|a| a.name.to_string()),
                rule: rule_name(c),
            });
        }
    }
    out.sort_by_key(|p| p.span.start);
    out
}

/// Seas, oceans and gulfs are international waters: no country.
fn water_body(name: &str) -> bool {
    name.split(' ')
        .any(|w| matches!(w, "Sea" | "Ocean" | "Gulf"))
}

/// The finding's `rule`: the base rule, then each piece of extra evidence the base rule
/// does not already state, joined by `+` (every part is a registry id).
fn rule_name(c: &Cand) -> String {
    let mut parts = vec![c.rule];
    for (flag, evidence) in [
        (ev::COMMA, Rule::EvidenceComma),
        (ev::TYPE, Rule::EvidenceType),
        (ev::PREP, Rule::EvidencePrep),
        (ev::REPEAT, Rule::EvidenceRepeat),
    ] {
        if c.evidence & flag != 0 && !states(c.rule, evidence) {
            parts.push(evidence);
        }
    }
    if c.caps {
        parts.push(Rule::EvidenceCaps);
    }
    parts.iter().map(|r| r.id()).collect::<Vec<_>>().join("+")
}

/// Whether a base rule already is the evidence ("context:type" is found by its type word).
fn states(base: Rule, evidence: Rule) -> bool {
    matches!(
        (base, evidence),
        (Rule::ContextType, Rule::EvidenceType)
            | (Rule::ContextComma, Rule::EvidenceComma)
            | (Rule::ContextRepeat, Rule::EvidenceRepeat)
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn places(text: &str) -> Vec<(String, String, Option<String>)> {
        extract(&Document::new(text))
            .into_iter()
            .map(|p| (p.span.text, p.name, p.country))
            .collect()
    }

    fn texts(text: &str) -> Vec<String> {
        places(text).into_iter().map(|p| p.0).collect()
    }

    #[test]
    fn countries_cities_and_aliases() {
        let found = places("The U.S. and Syria met in Moscow; Syrians and USAID did not.");
        assert_eq!(
            found,
            vec![
                ("U.S.".into(), "United States".into(), Some("US".into())),
                ("Syria".into(), "Syria".into(), Some("SY".into())),
                ("Moscow".into(), "Moscow".into(), Some("RU".into())),
            ]
        );
    }

    #[test]
    fn possessives_and_hyphenated_modifiers() {
        assert_eq!(
            texts("Syria's army and the U.S.-led coalition left a Raqqa-based group."),
            vec!["Syria", "U.S.", "Raqqa"]
        );
    }

    #[test]
    fn transliterations_resolve_to_english_names() {
        let found = places("Fighters left Ar-Raqqah for Kiev.");
        assert_eq!(found[0].1, "Raqqa");
        assert_eq!(found[1].1, "Kyiv");
    }

    #[test]
    fn context_finds_unknown_neighbourhoods_and_repeats() {
        let t = "Shelling hit the Al-Zuhour neighborhood in Raqqa. Later, Zuhour was quiet.";
        let found = extract(&Document::new(t));
        let names: Vec<&str> = found.iter().map(|p| p.span.text.as_str()).collect();
        assert_eq!(names, vec!["Al-Zuhour", "Raqqa", "Zuhour"]);
        assert_eq!(found[0].kind, "neighbourhood");
        assert_eq!(found[0].country.as_deref(), Some("SY"));
        assert_eq!(found[2].name, "Al-Zuhour");
    }

    #[test]
    fn comma_region_picks_the_small_town() {
        let found = places("He grew up in Paris, Texas, not in Paris.");
        assert_eq!(found[0].2.as_deref(), Some("US"));
        assert_eq!(found[1].1, "Texas");
        // one sense per article: the explicit reading holds
        assert_eq!(found[2].2.as_deref(), Some("US"));
    }

    #[test]
    fn person_and_organisation_names_are_not_places() {
        assert!(texts("Michael Jordan scored and Mr Jordan smiled.").is_empty());
        assert!(texts("She read The Washington Post beside Paris Hilton.").is_empty());
        assert_eq!(
            texts("Real Madrid beat a team from Madrid."),
            vec!["Madrid"]
        );
    }

    #[test]
    fn common_words_need_evidence() {
        assert!(texts("March was cold. Reading is fun. Nice work.").is_empty());
        assert_eq!(texts("They moved to Reading last year."), vec!["Reading"]);
    }
}
