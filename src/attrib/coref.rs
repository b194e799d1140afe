//! Speakers: who each source span refers to, and the list of distinct sources.
//!
//! Named people are collected from the whole article with their titles ("US President
//! Donald Trump", "the child, Michael Webb,"), so that "Mr Obama", "Webb", "the president"
//! and "he" resolve to a full name. Descriptions ("an official source at the ministry") are
//! entities of their own; "the source" resolves to the last one with the same head noun.
//! Countries speak for their governments ("Syria said" → "Syrian government"). A
//! description followed at once by a proper name of the same sort is taken to be that name
//! ("the Russian space agency said …. Roscosmos said …"). All look-ups are hash maps or
//! scans of a bounded window.

use super::ctx::Ctx;
use super::lexicon::{COUNTRIES, GIVEN_NAMES, MEDIA, NOUNS, Noun, NounClass, wc};
use super::structure::Found;
use crate::report::{Place, SourceKind};
use crate::text::TokenKind;
use std::collections::{HashMap, HashSet};
use std::ops::Range;

/// How far back (in units) a pronoun or definite description looks for its antecedent.
const WINDOW_UNITS: usize = 40;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Gender {
    M,
    F,
}

/// A named person of the article.
#[derive(Debug, Clone)]
struct Person {
    /// the name as written, titles removed ("Barack Obama")
    full: String,
    /// lower-case name tokens
    toks: Vec<String>,
    /// lower-case title nouns seen with the name (president, spokesman)
    titles: HashSet<&'static str>,
    gender: Option<Gender>,
    /// token positions of its mentions, in order
    positions: Vec<usize>,
    /// the age given with the name ("Maria Lopez, 34,", "Tom Reed (61)")
    age: Option<String>,
}

/// Mentions before `pos`, nearest first, at most `n` of them (the lists are in text order).
fn nearest_before(
    v: &[(usize, usize)],
    pos: usize,
    n: usize,
) -> impl Iterator<Item = &(usize, usize)> {
    let k = v.partition_point(|(m, _)| *m < pos);
    v[..k].iter().rev().take(n)
}

/// A resolved speaker.
#[derive(Debug, Clone)]
pub struct Entity {
    pub name: String,
    pub kind: SourceKind,
    pub anonymous: bool,
    pub plural: bool,
    pub gender: Option<Gender>,
    /// lower-case head noun of the description ("source", "agency")
    pub head: Option<&'static str>,
    /// lower-case titles of a named person
    pub titles: HashSet<&'static str>,
    /// lower-case names and descriptions that refer to it
    pub aliases: Vec<String>,
    pub person: Option<usize>,
    /// a description with no proper name (may later take one: bridging)
    pub described: bool,
    pub description: Option<String>,
    /// the last unit where it spoke
    pub last_unit: usize,
}

/// The speaker of each attribution (entity index) and the entities.
pub struct Resolved {
    pub speaker: Vec<Option<usize>>,
    pub entities: Vec<Entity>,
}

struct Names {
    persons: Vec<Person>,
    /// lower-case name token → persons having it
    by_tok: HashMap<String, Vec<usize>>,
    /// (token position, person) for mentions that are clause subjects
    subject_mentions: Vec<(usize, usize)>,
    /// (token position, person) for every mention
    mentions: Vec<(usize, usize)>,
}

/// Words written in lower case somewhere in the article (so "Local" at a sentence start
/// is not a name).
fn lowercase_vocab<'c>(c: &'c Ctx) -> HashSet<&'c str> {
    let mut s = HashSet::new();
    for i in 0..c.toks.len() {
        if c.is_word(i) && !c.cap[i] {
            s.insert(c.lw(i));
        }
    }
    s
}

fn is_title(c: &Ctx, i: usize) -> Option<&'static str> {
    let n = NOUNS.get(c.lw(i))?;
    matches!(
        n.class,
        NounClass::Honorific | NounClass::Official | NounClass::Role
    )
    .then_some(n.lemma)
}

fn org_word(c: &Ctx, i: usize) -> bool {
    NOUNS.get(c.lw(i)).is_some_and(|n| {
        matches!(
            n.class,
            NounClass::Institution
                | NounClass::Organisation
                | NounClass::Media
                | NounClass::Document
        )
    }) || matches!(
        c.lw(i),
        "news"
            | "times"
            | "post"
            | "journal"
            | "herald"
            | "tribune"
            | "gazette"
            | "daily"
            | "inc"
            | "ltd"
            | "corp"
            | "plc"
            | "llc"
            | "co"
    )
}

/// A line break between token `i - 1` and token `i` (a name never runs across lines:
/// "By Kari Nordby" / "Ingrid Solvik-Haugen has …").
fn line_break_before(c: &Ctx, i: usize) -> bool {
    i > 0 && i < c.toks.len() && c.text[c.toks[i - 1].end..c.toks[i].start].contains('\n')
}

/// The sex of a person from the first of several name words ("Ingrid Dahl" → F).
fn given_name_gender(toks: &[String]) -> Option<Gender> {
    if toks.len() < 2 {
        return None;
    }
    GIVEN_NAMES
        .get(toks[0].as_str())
        .map(|&f| if f { Gender::F } else { Gender::M })
}

/// Genders the text shows: the first third-person pronoun after a mention, in the same
/// sentence and outside quotes, before any other person or person noun ("Dahl said she …",
/// "Berg and his son", "Dahl, 52, who …, said he"). Votes over all mentions; a tie decides
/// nothing. An object "him"/"her" ends the look without a vote ("Dahl thanked him").
fn infer_genders(c: &Ctx, names: &mut Names) {
    let mut votes = vec![(0u32, 0u32); names.persons.len()];
    let n = c.toks.len();
    for (k, &(m, p)) in names.mentions.iter().enumerate() {
        let next_mention = names.mentions.get(k + 1).map_or(usize::MAX, |x| x.0);
        let unit_end = match c.unit_of_tok.get(m) {
            Some(&u) if u != super::ctx::NONE => c.units[u as usize].toks.end,
            _ => continue,
        };
        // past the name itself
        let mut i = m + 1;
        while i < n && c.is_cap(i) && i < m + 5 {
            i += 1;
        }
        let end = unit_end.min(m + 16).min(next_mention);
        while i < end {
            if c.quote_of(i).is_some() || !c.is_word(i) {
                i += 1;
                continue;
            }
            if noun(c, i).is_some_and(|nn| {
                matches!(
                    nn.class,
                    NounClass::Official | NounClass::Role | NounClass::Anon
                )
            }) {
                break;
            }
            let w = c.lw(i);
            let possessive_her =
                w == "her" && super::np::nounish(c, i + 1) && !c.is(i + 1, wc::PREP);
            let vote = match w {
                "he" | "his" | "himself" => Some(Gender::M),
                "she" | "herself" | "hers" => Some(Gender::F),
                "her" if possessive_her => Some(Gender::F),
                "him" | "her" | "they" | "them" | "their" => break,
                _ => None,
            };
            if let Some(g) = vote {
                let v = &mut votes[p];
                if g == Gender::M {
                    v.0 += 1;
                } else {
                    v.1 += 1;
                }
                break;
            }
            i += 1;
        }
    }
    for (p, (m, f)) in votes.into_iter().enumerate() {
        let pe = &mut names.persons[p];
        if pe.gender.is_none() && m != f {
            pe.gender = Some(if m > f { Gender::M } else { Gender::F });
        }
    }
}

fn toks_len_ok(n: usize) -> bool {
    (2..=3).contains(&n)
}

fn acronym(s: &str) -> bool {
    let letters = s.chars().filter(|c| c.is_alphabetic()).count();
    letters >= 2 && s.chars().all(|c| !c.is_alphabetic() || c.is_uppercase())
}

fn name_connector(w: &str) -> bool {
    matches!(
        w,
        "de" | "van"
            | "von"
            | "der"
            | "den"
            | "bin"
            | "ibn"
            | "al"
            | "da"
            | "del"
            | "della"
            | "di"
            | "du"
            | "dos"
            | "das"
            | "la"
            | "le"
            | "ben"
            | "abu"
    )
}

/// A month or modal word that is a name here: after a first name ("Ellen May", "Rachel
/// June"), or alone as the surname of a known person when no number follows and no
/// preposition precedes it ("May said", not "in May" or "May 5").
fn month_surname(c: &Ctx, k: usize, name_start: usize, names: &Names) -> bool {
    if k > name_start {
        return c.is_cap(k - 1) && !c.is(k - 1, wc::TIME);
    }
    names.by_tok.contains_key(c.lw(k))
        && !c
            .toks
            .get(k + 1)
            .is_some_and(|t| t.kind == TokenKind::Number)
        && !(k > 0 && c.is(k - 1, wc::PREP | wc::TIME))
}

/// A surname with a lower-case particle: "al-Hamdani", "bin-Salman", "el-Sisi", "ad-Din".
fn particle_name(c: &Ctx, i: usize) -> bool {
    let raw = c.raw(i);
    let Some((pre, rest)) = raw.split_once('-') else {
        return false;
    };
    matches!(
        pre,
        "al" | "el" | "ad" | "ar" | "as" | "an" | "bin" | "ibn" | "abu" | "bint"
    ) && rest.chars().next().is_some_and(char::is_uppercase)
}

fn gender_of_title(t: &str) -> Option<Gender> {
    match t {
        "mr" | "sir" | "lord" | "king" | "prince" | "sultan" | "emir" | "herr" | "monsieur"
        | "señor" | "senor" | "signor" | "father" | "son" | "brother" | "husband" | "widower"
        | "grandfather" | "grandson" | "uncle" | "nephew" | "boyfriend" | "man" | "boy"
        | "spokesman" | "chairman" | "congressman" | "councilman" | "businessman" | "policeman"
        | "fr" | "pope" | "monk" | "priest" | "actor" => Some(Gender::M),
        "mrs" | "ms" | "miss" | "dame" | "lady" | "queen" | "princess" | "madame" | "mme"
        | "mlle" | "mother" | "daughter" | "sister" | "wife" | "widow" | "grandmother"
        | "granddaughter" | "aunt" | "niece" | "girlfriend" | "woman" | "girl" | "spokeswoman"
        | "chairwoman" | "congresswoman" | "councilwoman" | "businesswoman" | "policewoman"
        | "nun" | "actress" | "mum" | "mom" => Some(Gender::F),
        _ => None,
    }
}

/// Named people: runs of capitalised words, titles stripped, not places or organisations.
fn collect_names(c: &Ctx, places: &[Place], vocab: &HashSet<&str>) -> Names {
    let mut names = Names {
        persons: Vec::new(),
        by_tok: HashMap::new(),
        subject_mentions: Vec::new(),
        mentions: Vec::new(),
    };
    let place_spans: HashMap<usize, usize> =
        places.iter().map(|p| (p.span.start, p.span.end)).collect();
    let mut key_of: HashMap<String, usize> = HashMap::new();
    let mut lead_starts: HashSet<usize> = HashSet::new();
    for u in &c.units {
        if let Some(r) = super::np::lead(c, u.start, u.toks.end) {
            lead_starts.insert(r.start);
            // the name inside a lead subject ("US President Donald Trump")
            for i in r.clone() {
                lead_starts.insert(i);
            }
        }
    }
    let n = c.toks.len();
    let mut i = 0;
    while i < n {
        if !c.is_cap(i) {
            i += 1;
            continue;
        }
        // the run of capitalised words
        let a = i;
        let mut b = i;
        while b < n
            && (b == a || !line_break_before(c, b))
            && (c.is_cap(b)
                || name_connector(c.lw(b)) && c.is_cap(b + 1) && b > a
                || particle_name(c, b) && b > a
                || c.toks[b].kind == TokenKind::Word && c.raw(b).ends_with('.') && c.is_cap(b))
        {
            b += 1;
        }
        i = b.max(a + 1);
        // a quoted name is a nickname ("Gucci Grace"), not a person of its own
        if c.quote_of(a).is_some() && a > 0 && c.is_quote_mark(a - 1) {
            continue;
        }
        // titles before the run, lower case: "opposition leader Morgan Tsvangirai"
        let mut titles: HashSet<&'static str> = HashSet::new();
        if a > 0 {
            if let Some(t) = is_title(c, a - 1) {
                if !c.cap[a - 1] {
                    titles.insert(t);
                }
            }
            // "Sen. Ann Lee", "Dr. Jones"
            if a > 1 && c.raw(a - 1) == "." && super::np::is_title_abbrev(c, a - 2) {
                if let Some(t) = is_title(c, a - 2) {
                    titles.insert(t);
                }
            }
        }
        // sentence-initial common words are not names
        let mut s = a;
        while s < b {
            let first_of_unit = c.unit_of_tok[s] != super::ctx::NONE
                && c.units[c.unit_of_tok[s] as usize].start == s
                || s > 0 && c.is_quote_mark(s - 1)
                || s == 0;
            let w = c.lw(s);
            // a title opening the sentence stays ("Senator Mary Hill and …")
            let common = c.is(s, !(wc::NOUN | wc::VERB | wc::LYADV | wc::CUEFORM))
                || vocab.contains(w) && first_of_unit && is_title(c, s).is_none();
            if first_of_unit && common || c.is(s, wc::DET | wc::PREP | wc::CONJ | wc::PRON) {
                s += 1;
                continue;
            }
            break;
        }
        // strip titles: everything up to the last title word
        let mut name_start = s;
        for k in s..b {
            if let Some(t) = is_title(c, k) {
                titles.insert(t);
                name_start = k + 1;
            }
        }
        // "Sen. Ann Lee": the title's period is not part of the name
        if c.raw(name_start) == "." && name_start < b {
            name_start += 1;
        }
        if name_start >= b {
            continue;
        }
        let toks: Vec<usize> = (name_start..b).collect();
        if toks.len() > 4 || c.is(name_start, wc::NONPERSON) {
            continue;
        }
        // not an organisation, a place or a country
        if toks
            .iter()
            .any(|&k| org_word(c, k) || acronym(c.raw(k)) && c.raw(k).len() > 1)
        {
            continue;
        }
        // a place ("Jordan", "Washington Heights"), unless more name words follow it
        // ("Jordan Reyes", "Georgia Lindqvist")
        if place_spans
            .get(&c.toks[name_start].start)
            .is_some_and(|&e| e >= c.toks[b - 1].end)
        {
            continue;
        }
        let text = &c.text[c.toks[name_start].start..c.toks[b - 1].end];
        let low = text.to_lowercase();
        if COUNTRIES.by_name.contains_key(&low)
            || COUNTRIES.by_demonym.contains_key(&low)
            || toks.iter().any(|&k| {
                COUNTRIES.by_demonym.contains_key(c.lw(k))
                    || c.is(k, wc::TIME) && !month_surname(c, k, name_start, &names)
            })
        {
            continue;
        }
        // a new person needs evidence: a title, an apposition ("the child, Michael Webb,",
        // "Derek Scissors, a China scholar", "Gareth Lloyd, 54,"), or a cue right after
        let mut after_role = a >= 2 && c.is_comma(a - 1) && is_title(c, a - 2).is_some();
        // "The mayor of Ashcombe, Peter Dunmore,": an official title with its place or body
        if !after_role && a >= 4 && c.is_comma(a - 1) {
            let mut j = a - 2;
            while j + 5 > a && j > 1 && (c.is_cap(j) || c.lw(j) == "the") {
                j -= 1;
            }
            if j + 2 < a && c.lw(j) == "of" && !c.cap[j - 1] {
                if let Some(t) = is_title(c, j - 1) {
                    if NOUNS.get(t).is_some_and(|n| n.class == NounClass::Official) {
                        titles.insert(t);
                        after_role = true;
                    }
                }
            }
        }
        let appos_after = c.is_comma(b)
            && (c.is(b + 1, wc::DET | wc::QUANT)
                || c.toks
                    .get(b + 1)
                    .is_some_and(|t| t.kind == TokenKind::Number)
                || is_title(c, b + 1).is_some()
                || c.is(b + 1, wc::REL) && c.lw(b + 1) != "which");
        let cue_after = c.is(b, wc::CUEFORM) && !c.cap[b];
        // the role of an apposition is a title: "The former health minister, Rita Vale,",
        // "Jane Roe, a nurse at the hospital,", "James Ford, the club's manager,"
        if after_role {
            titles.extend(is_title(c, a - 2));
        }
        if c.is_comma(b) && c.is(b + 1, wc::DET) {
            let mut k = b + 2;
            while k < n && k < b + 7 && c.is_word(k) && !c.is(k, wc::REL | wc::PREP | wc::CONJ) {
                k += 1;
            }
            if let Some(t) = (b + 2..k)
                .rev()
                .find_map(|k| is_title(c, k).filter(|_| !c.cap[k]))
            {
                titles.insert(t);
            }
        }
        // the subject of a sentence of the body ("Margaret Hale climbed the steps")
        let subject = (lead_starts.contains(&name_start) || lead_starts.contains(&a))
            && !c.in_headline(a)
            && toks_len_ok(b - name_start);
        let evidence = !titles.is_empty() || after_role || appos_after || cue_after || subject;
        // one word without a title is a surname mention, not a new person
        let single = toks.len() == 1;
        if single && titles.is_empty() {
            if let Some(&p) = names.by_tok.get(&low).and_then(|v| v.last()) {
                names.mentions.push((name_start, p));
                names.persons[p].positions.push(name_start);
                if lead_starts.contains(&name_start) {
                    names.subject_mentions.push((name_start, p));
                }
            }
            continue;
        }
        // an existing person with this name (or this surname)
        let ltoks: Vec<String> = toks.iter().map(|&k| c.lw(k).to_string()).collect();
        let existing = key_of.get(&low).copied().or_else(|| {
            if single {
                names.by_tok.get(&ltoks[0]).and_then(|v| v.last()).copied()
            } else {
                None
            }
        });
        let gender = titles
            .iter()
            .find_map(|t| gender_of_title(t))
            .or_else(|| given_name_gender(&ltoks));
        if existing.is_none() && !evidence {
            continue;
        }
        let p = match existing {
            Some(p) => {
                let pe = &mut names.persons[p];
                pe.titles.extend(titles.iter().copied());
                if pe.gender.is_none() {
                    pe.gender = gender;
                }
                p
            }
            None => {
                // a longer form of a known surname-only person: "Nealy Cox" then "Erin Nealy Cox"
                let id = names.persons.len();
                names.persons.push(Person {
                    full: text.to_string(),
                    toks: ltoks.clone(),
                    titles,
                    gender,
                    positions: Vec::new(),
                    age: None,
                });
                key_of.insert(low, id);
                for t in &ltoks {
                    names.by_tok.entry(t.clone()).or_default().push(id);
                }
                id
            }
        };
        names.mentions.push((name_start, p));
        names.persons[p].positions.push(name_start);
        // "Maria Lopez, 34,", "Tom Reed (61)"
        let age_at = (c.is_comma(b) || c.raw(b) == "(") && b + 1 < n;
        if age_at && c.toks[b + 1].kind == TokenKind::Number && c.raw(b + 1).len() <= 3 {
            names.persons[p].age = Some(c.raw(b + 1).to_string());
        }
        // a clause subject, or a person introduced with an apposition ("Among them is
        // Tariq Haddad, an engineer who …"): both are what a later "he"/"she" takes up
        let introduced = existing.is_none() && (appos_after || after_role);
        if lead_starts.contains(&name_start) || lead_starts.contains(&a) || introduced {
            names.subject_mentions.push((name_start, p));
        }
    }
    infer_genders(c, &mut names);
    names
}

impl Names {
    /// The person a name mention refers to: the longest known name that ends (or, for one
    /// word, begins) with the mention's words, nearest to `pos`.
    fn lookup(&self, words: &[String], pos: usize) -> Option<usize> {
        let last = words.last()?;
        let cands = self.by_tok.get(last.as_str())?;
        let mut best: Option<(usize, usize, usize)> = None; // (len, -dist, id)
        for &p in cands {
            let pt = &self.persons[p].toks;
            let ends = pt.len() >= words.len() && pt[pt.len() - words.len()..] == *words;
            let begins = words.len() == 1 && pt.first() == Some(last);
            if !(ends || begins) {
                continue;
            }
            let ps = &self.persons[p].positions;
            let k = ps.partition_point(|&m| m < pos);
            let dist = [k.checked_sub(1), Some(k)]
                .into_iter()
                .flatten()
                .filter_map(|k| ps.get(k))
                .map(|m| m.abs_diff(pos))
                .min()
                .unwrap_or(usize::MAX / 2);
            let score = (pt.len() + usize::from(ends), usize::MAX - dist, p);
            if best.is_none_or(|b| score > b) {
                best = Some(score);
            }
        }
        best.map(|b| b.2)
    }
}

/// How far back (in units) "the agency", "the newspaper" or "they" looks for a named
/// organisation that has not spoken.
const ORG_WINDOW_UNITS: usize = 12;

/// A proper name of an organisation, institution or outlet mentioned in the text, spoken
/// or not ("The Northern Space Agency launched …", "Greenwatch, an environmental charity,").
#[derive(Debug, Clone)]
struct OrgMention {
    /// the name as written, without a leading "The"
    name: String,
    class: NounClass,
    /// lemmas of the organisation nouns that describe it: in the name ("Agency"), apposed
    /// ("an environmental charity") or before it ("the company, Northwind Energy")
    lemmas: Vec<&'static str>,
    /// after a preposition ("an analyst at Harbourline Securities"): less salient
    oblique: bool,
}

fn org_class(n: &Noun) -> bool {
    matches!(
        n.class,
        NounClass::Institution | NounClass::Organisation | NounClass::Media
    )
}

/// Organisation words a company's name or description carries.
fn company_lemma(l: &str) -> bool {
    matches!(
        l,
        "company"
            | "corp"
            | "corporation"
            | "inc"
            | "ltd"
            | "plc"
            | "llc"
            | "gmbh"
            | "holdings"
            | "group"
            | "industries"
            | "motors"
            | "airline"
            | "airlines"
            | "airways"
            | "bank"
            | "bancorp"
            | "energy"
            | "foods"
            | "logistics"
            | "pharmaceuticals"
            | "securities"
            | "semiconductor"
            | "systems"
            | "technologies"
            | "telecom"
            | "ventures"
            | "enterprises"
            | "investments"
            | "insurance"
            | "financial"
            | "partners"
            | "brands"
            | "retailer"
            | "carmaker"
            | "automaker"
            | "maker"
            | "manufacturer"
            | "developer"
            | "firm"
            | "startup"
            | "start-up"
            | "operator"
            | "carrier"
            | "conglomerate"
            | "giant"
            | "business"
    )
}

/// Can a definite description with head `h` ("the agency", "the paper", "the firm") refer
/// to this named organisation?
fn org_fits(h: &str, m: &OrgMention) -> bool {
    if m.lemmas.contains(&h) {
        return true;
    }
    match h {
        "organisation" | "organization" | "group" => {
            matches!(m.class, NounClass::Organisation) || m.lemmas.iter().any(|l| company_lemma(l))
        }
        "company" | "firm" | "business" | "corporation" | "conglomerate" | "giant" => {
            m.lemmas.iter().any(|l| company_lemma(l))
        }
        _ => media_generic(h) && m.class == NounClass::Media,
    }
}

/// A noun for any news outlet: "the paper", "the broadcaster".
fn media_generic(h: &str) -> bool {
    matches!(
        h,
        "newspaper"
            | "paper"
            | "daily"
            | "tabloid"
            | "outlet"
            | "broadcaster"
            | "channel"
            | "station"
            | "network"
            | "website"
            | "site"
            | "magazine"
            | "publication"
    )
}

/// Named organisations: runs of capitalised words (with "of", "for", "and", "&" inside)
/// that carry an organisation noun, are a known outlet, or are described as one by an
/// apposition or a noun before them. Headlines are left out (every word is capitalised).
fn collect_orgs(
    c: &Ctx,
    names: &Names,
    places: &HashMap<usize, usize>,
) -> Vec<(usize, OrgMention)> {
    let mut out = Vec::new();
    let n = c.toks.len();
    let mut i = 0;
    while i < n {
        if !c.is_cap(i) || c.in_headline(i) {
            i += 1;
            continue;
        }
        let a0 = i;
        let mut b = i;
        while b < n
            && (b == a0 || !line_break_before(c, b))
            && (c.is_cap(b)
                || b > a0
                    && matches!(c.lw(b), "of" | "for" | "and" | "&")
                    && c.is_cap(b + 1)
                    && !c.is(b + 1, wc::DET))
        {
            b += 1;
        }
        i = b.max(a0 + 1);
        // leading function words: "The", "In", "But"
        let mut a = a0;
        while a < b
            && c.is(
                a,
                wc::DET | wc::PREP | wc::CONJ | wc::PRON | wc::SUB | wc::ADV,
            )
        {
            a += 1;
        }
        if a >= b || c.quote_of(a).is_some() && c.is_quote_mark(a.saturating_sub(1)) {
            continue;
        }
        // a person, a place or a country is not an organisation
        if names.mentions.binary_search_by_key(&a, |m| m.0).is_ok()
            || places
                .get(&c.toks[a].start)
                .is_some_and(|&e| e >= c.toks[b - 1].end)
        {
            continue;
        }
        let text = &c.text[c.toks[a].start..c.toks[b - 1].end];
        let low = text.to_lowercase();
        if COUNTRIES.by_name.contains_key(&low) || COUNTRIES.by_demonym.contains_key(&low) {
            continue;
        }
        let media = MEDIA.contains(&low) || MEDIA.contains(&format!("the {low}"));
        // at least one word that is not a common noun of the lexicon ("Police" alone is
        // not a name)
        if !media && (a..b).all(|k| noun(c, k).is_some() || !c.is_word(k)) {
            continue;
        }
        let mut lemmas: Vec<&'static str> = Vec::new();
        let mut class: Option<NounClass> = None;
        for k in a..b {
            if let Some(nn) = noun(c, k).filter(org_class) {
                lemmas.push(nn.lemma);
                class = Some(nn.class);
            }
        }
        // "Greenwatch, an environmental charity,": the apposed noun
        if c.is_comma(b) && c.is(b + 1, wc::DET) {
            let mut k = b + 2;
            while k < n && k < b + 7 && c.is_word(k) && !c.is(k, wc::REL | wc::PREP) {
                k += 1;
            }
            if let Some(nn) = (b + 2..k).rev().find_map(|k| noun(c, k)).filter(org_class) {
                lemmas.push(nn.lemma);
                class = Some(nn.class);
            }
        }
        // "the company, Northwind Energy,", "carmaker Volvo", "the charity Oxfam"
        let before = if a0 == a && a > 0 && !c.cap[a - 1] {
            Some(a - 1)
        } else if a0 == a && a > 1 && c.is_comma(a - 1) {
            Some(a - 2)
        } else {
            None
        };
        if let Some(nn) = before.and_then(|k| noun(c, k)).filter(org_class) {
            lemmas.push(nn.lemma);
            class = Some(nn.class);
        }
        if media {
            class = Some(NounClass::Media);
        }
        // "a report published by Clean Air Watch": "the report" speaks for its author
        let by = a0 - usize::from(a0 > 0 && c.lw(a0 - 1) == "the");
        if by > 1 && c.lw(by - 1) == "by" {
            if let Some(d) = (by.saturating_sub(6)..by - 1)
                .rev()
                .find_map(|k| noun(c, k).filter(|d| d.class == NounClass::Document))
            {
                lemmas.push(d.lemma);
                class.get_or_insert(NounClass::Organisation);
            }
        }
        let Some(class) = class else { continue };
        out.push((
            a,
            OrgMention {
                name: text.to_string(),
                class,
                lemmas,
                oblique: a0 > 0 && c.is(a0 - 1, wc::PREP),
            },
        ));
    }
    out
}

/// The lexicon entry of a noun token, if any ("mother-of-three" → mother).
fn noun(c: &Ctx, i: usize) -> Option<Noun> {
    let w = c.lw(i);
    NOUNS.get(w).copied().or_else(|| {
        let first = w.split('-').next()?;
        (first.len() < w.len()).then(|| NOUNS.get(first).copied())?
    })
}

fn kind_of_class(class: NounClass) -> SourceKind {
    match class {
        NounClass::Institution => SourceKind::Official,
        NounClass::Organisation => SourceKind::Organisation,
        NounClass::Media => SourceKind::Media,
        NounClass::Document => SourceKind::Document,
        NounClass::Official => SourceKind::Official,
        _ => SourceKind::Person,
    }
}

struct Resolver<'c, 'a> {
    c: &'c Ctx<'a>,
    /// words written in lower case somewhere in the article
    vocab: HashSet<&'c str>,
    names: Names,
    entities: Vec<Entity>,
    by_key: HashMap<String, usize>,
    /// (unit, entity) of each resolved attribution, in order
    history: Vec<(usize, usize)>,
    /// a description waiting for a proper name: (entity, unit)
    pending: Option<(usize, usize)>,
    /// the name being resolved is apposed to a person noun ("Her nephew, Conor")
    hint_person: bool,
    /// byte ranges of contents so far, with their unit
    contents: Vec<(usize, std::ops::Range<usize>)>,
    /// entities that spoke as "I" (the narrator): not antecedents of he/she
    narrators: HashSet<usize>,
    /// byte start → byte end of each place
    place_spans: HashMap<usize, usize>,
    /// named organisations, and (token position, index) of each in text order
    orgs: Vec<OrgMention>,
    org_pos: Vec<(usize, usize)>,
}

/// Resolves every attribution's speaker.
pub fn resolve(c: &Ctx, found: &[Found], places: &[Place]) -> Resolved {
    let vocab = lowercase_vocab(c);
    let names = collect_names(c, places, &vocab);
    let place_spans: HashMap<usize, usize> =
        places.iter().map(|p| (p.span.start, p.span.end)).collect();
    let (org_pos, orgs): (Vec<(usize, usize)>, Vec<OrgMention>) =
        collect_orgs(c, &names, &place_spans)
            .into_iter()
            .enumerate()
            .map(|(k, (pos, m))| ((pos, k), m))
            .unzip();
    let mut r = Resolver {
        c,
        vocab,
        names,
        entities: Vec::new(),
        by_key: HashMap::new(),
        history: Vec::new(),
        pending: None,
        hint_person: false,
        contents: Vec::new(),
        narrators: HashSet::new(),
        place_spans,
        orgs,
        org_pos,
    };
    let mut speaker = Vec::with_capacity(found.len());
    for f in found {
        if f.stop_only {
            speaker.push(None);
            continue;
        }
        let e = match (&f.appos_name, &f.source) {
            // "Its chief executive, Jacqueline Starr, said": the apposed name
            (Some(n), Some(s)) => {
                r.hint_person = (s.start..n.start).any(|k| is_title(c, k).is_some());
                let e = r.name_of(n.clone(), f.unit);
                r.hint_person = false;
                // "The energy minister, Lord Ashworth,": the description's role is a title
                if let Some(e) = e {
                    if let Some(t) = (s.start..n.start).rev().find_map(|k| is_title(c, k)) {
                        r.entities[e].titles.insert(t);
                    }
                }
                e
            }
            (None, Some(s)) => r.resolve_one(f, s.clone()),
            _ => None,
        };
        if let Some(cr) = &f.content {
            r.contents.push((f.unit, cr.clone()));
        }
        if let Some(e) = e {
            r.history.push((f.unit, e));
            r.entities[e].last_unit = f.unit;
            // "Derek Scissors, a China scholar": the apposition's role noun is a title
            if let Some(d) = &f.desc {
                if let Some(t) = d.clone().find_map(|k| is_title(c, k)) {
                    r.entities[e].titles.insert(t);
                }
            }
        }
        speaker.push(e);
    }
    Resolved {
        speaker,
        entities: r.entities,
    }
}

impl Resolver<'_, '_> {
    fn text(&self, r: Range<usize>) -> &str {
        if r.is_empty() {
            return "";
        }
        &self.c.text[self.c.toks[r.start].start..self.c.toks[r.end - 1].end]
    }

    fn new_entity(&mut self, e: Entity) -> usize {
        let key = e.name.to_lowercase();
        let id = self.entities.len();
        self.by_key.entry(key).or_insert(id);
        self.entities.push(e);
        id
    }

    fn entity(name: String, kind: SourceKind, anonymous: bool) -> Entity {
        Entity {
            aliases: vec![name.to_lowercase()],
            name,
            kind,
            anonymous,
            plural: false,
            gender: None,
            head: None,
            titles: HashSet::new(),
            person: None,
            described: false,
            description: None,
            last_unit: 0,
        }
    }

    fn person_entity(&mut self, p: usize) -> usize {
        let person = &self.names.persons[p];
        let key = person.full.to_lowercase();
        if let Some(&e) = self.by_key.get(&key) {
            return e;
        }
        let official = person.titles.iter().any(|t| {
            NOUNS
                .get(*t)
                .is_some_and(|n| n.class == NounClass::Official)
        });
        let mut e = Self::entity(
            person.full.clone(),
            if official {
                SourceKind::Official
            } else {
                SourceKind::Person
            },
            false,
        );
        e.person = Some(p);
        e.gender = person.gender;
        e.titles = person.titles.clone();
        e.aliases.extend(person.toks.last().cloned());
        self.new_entity(e)
    }

    fn resolve_one(&mut self, f: &Found, src: Range<usize>) -> Option<usize> {
        let c = self.c;
        let unit = f.unit;
        // pronouns
        if src.len() == 1 && c.is(src.start, wc::PRON) {
            return self.pronoun(src.start, unit);
        }
        // "X and Y", "X, Y and Z"
        if let Some(k) = src.clone().find(|&k| c.lw(k) == "and" || c.lw(k) == "&") {
            // "a source at the Foreign and Expatriates Ministry": an "and" after a preposition
            // joins the preposition's objects, not two speakers
            let in_pp = (src.start..k).any(|m| c.is(m, wc::PREP));
            if k > src.start && k + 1 < src.end && !c.is_cap(k) && !in_pp {
                let mut parts: Vec<Range<usize>> = Vec::new();
                let mut a = src.start;
                for m in src.clone() {
                    if m == k || c.is_comma(m) && m < k {
                        parts.push(a..m);
                        a = m + 1;
                    }
                }
                parts.push(a..src.end);
                let mut ids = Vec::new();
                for p in parts.into_iter().filter(|p| !p.is_empty()) {
                    match self.name_of(p, unit) {
                        Some(e) => ids.push(e),
                        None => return self.name_of(src, unit),
                    }
                }
                if ids.len() >= 2 {
                    let names: Vec<String> = ids
                        .iter()
                        .map(|&e| display_name(&self.entities[e]))
                        .collect();
                    let name = match names.split_last() {
                        Some((last, rest)) => format!("{} and {last}", rest.join(", ")),
                        None => String::new(),
                    };
                    let key = name.to_lowercase();
                    if let Some(&e) = self.by_key.get(&key) {
                        return Some(e);
                    }
                    let first = &self.entities[ids[0]];
                    let mut e = Self::entity(
                        name,
                        first.kind,
                        ids.iter().all(|&i| self.entities[i].anonymous),
                    );
                    e.plural = true;
                    return Some(self.new_entity(e));
                }
            }
        }
        self.name_of(src, unit)
    }

    /// Resolves a noun phrase (not a pronoun) to an entity, creating it if needed.
    fn name_of(&mut self, src: Range<usize>, unit: usize) -> Option<usize> {
        let c = self.c;
        let mut a = src.start;
        let b = src.end;
        let mut definite = false;
        let mut possessor: Option<usize> = None;
        // leading determiners and quantifiers
        while a < b {
            let w = c.lw(a);
            if matches!(w, "the" | "this" | "that" | "these" | "those") {
                definite = true;
                a += 1;
            } else if c.is(a, wc::POSS) && !c.is_cap(a) || c.is(a, wc::POSS) && a == src.start {
                possessor = Some(a);
                a += 1;
            } else if matches!(w, "a" | "an" | "one" | "another" | "both" | "some" | "any")
                || matches!(w, "second" | "third" | "fourth" | "fifth")
            {
                a += 1;
            } else {
                break;
            }
        }
        if a >= b {
            return None;
        }
        // core (before a post-modifier) and head
        let mut core_end = b;
        for k in a + 1..b {
            let w = c.lw(k);
            if c.is(k, wc::PREP) && !(w == "of" && c.is_cap(k + 1) && c.is_cap(k - 1)) {
                core_end = k;
                break;
            }
        }
        let head = core_end - 1;
        let full_text = self.text(a..b).to_string();
        // 1. a person's name (after titles): "Kremlin Spokesman Dmitry Peskov", "Mr Obama"
        let mut name_start = a;
        let mut titles: HashSet<&'static str> = HashSet::new();
        for k in a..core_end {
            if let Some(t) = is_title(c, k) {
                titles.insert(t);
                name_start = k + 1;
            } else if c.raw(k) == "." && name_start == k {
                // "Sen. Ann Lee"
                name_start = k + 1;
            }
        }
        let name_run = name_start < core_end
            && (name_start..core_end).all(|k| {
                c.is_cap(k)
                    || name_connector(c.lw(k))
                    || particle_name(c, k) && k > name_start
                    || c.raw(k).ends_with('.') && c.is_cap(k)
            });
        let orgish = (name_start..core_end).any(|k| org_word(c, k) || acronym(c.raw(k)))
            || MEDIA.contains(&self.text(name_start..core_end).to_lowercase())
            || MEDIA.contains(&self.text(a..core_end).to_lowercase());
        let country_only = name_run && {
            let t = self.text(name_start..core_end).to_lowercase();
            COUNTRIES.by_name.contains_key(&t)
                || COUNTRIES.by_capital.contains_key(&t) && name_start == a
        };
        if country_only && titles.is_empty() {
            let t = self.text(name_start..core_end).to_lowercase();
            let id = COUNTRIES
                .by_name
                .get(&t)
                .or_else(|| COUNTRIES.by_capital.get(&t))
                .copied()?;
            let country = &COUNTRIES.list[id];
            let name = format!("{} government", country.demonym);
            return Some(self.keyed(name, SourceKind::Official, false, unit, |e| {
                e.aliases.push(country.name.to_lowercase());
                e.head = Some("government");
            }));
        }
        let place_name = name_run
            && titles.is_empty()
            && self
                .place_spans
                .get(&c.toks[name_start].start)
                .is_some_and(|&e| e >= c.toks[core_end - 1].end);
        if name_run && !orgish && !place_name && !c.is(name_start, wc::TIME | wc::NONPERSON) {
            let words: Vec<String> = (name_start..core_end)
                .filter(|&k| !name_connector(c.lw(k)) || k > name_start)
                .map(|k| c.lw(k).to_string())
                .collect();
            let p = self.names.lookup(&words, name_start);
            let e = match p {
                Some(p) => {
                    let e = self.person_entity(p);
                    self.entities[e].titles.extend(titles.iter().copied());
                    e
                }
                None => {
                    let name = self.text(name_start..core_end).to_string();
                    let key = name.to_lowercase();
                    if let Some(&e) = self.by_key.get(&key) {
                        e
                    } else {
                        // a lone capitalised word with no title and no known person: an
                        // organisation ("Roscosmos") unless a title or an apposition makes it
                        // a person; a short form of an organisation already named
                        let single = core_end - name_start == 1;
                        if single && !self.hint_person {
                            let w = format!("{} ", key);
                            let from = self.entities.len().saturating_sub(200);
                            if let Some(e) = self.entities[from..].iter().rposition(|e| {
                                matches!(e.kind, SourceKind::Organisation | SourceKind::Media)
                                    && e.name.to_lowercase().starts_with(&w)
                            }) {
                                return Some(from + e);
                            }
                        }
                        let kind = if self.hint_person {
                            SourceKind::Person
                        } else if titles.is_empty() && single {
                            SourceKind::Organisation
                        } else if titles.iter().any(|t| {
                            NOUNS
                                .get(*t)
                                .is_some_and(|n| n.class == NounClass::Official)
                        }) {
                            SourceKind::Official
                        } else {
                            SourceKind::Person
                        };
                        let mut ent = Self::entity(name, kind, false);
                        ent.titles = titles.clone();
                        ent.gender = titles.iter().find_map(|t| gender_of_title(t));
                        if kind == SourceKind::Organisation {
                            if let Some(e) = self.bridge(unit, &ent) {
                                return Some(e);
                            }
                        }
                        self.new_entity(ent)
                    }
                }
            };
            if let Some(d) = self.described_by(src.clone()) {
                self.entities[e].description.get_or_insert(d);
            }
            return Some(e);
        }
        // 2. a proper organisation or outlet name: "Roscosmos", "CBS DFW", "The Belarusian
        //    Foreign Ministry", "independent local news site Raqqa 24", "the Tuva government"
        let head_noun = noun(c, head);
        let has_proper = (a..core_end).any(|k| {
            c.is_cap(k) && !COUNTRIES.by_demonym.contains_key(c.lw(k)) && !c.is(k, wc::TIME)
                || c.toks[k].kind == TokenKind::Number && k > a && c.is_cap(k - 1)
        }) && !(a..core_end).all(|k| c.is_cap(k) && is_title(c, k).is_some());
        // "the country's chamber of commerce" → "Polish chamber of commerce"
        if matches!(c.lw(a), "country's" | "nation's") && a + 1 < b {
            if let Some(dem) = self.last_country(a) {
                let name = format!("{dem} {}", self.text(a + 1..b));
                let kind = head_noun.map_or(SourceKind::Organisation, |n| kind_of_class(n.class));
                return Some(self.keyed(name, kind, false, unit, |e| {
                    e.head = head_noun.map(|n| n.lemma);
                }));
            }
        }
        // "China's commerce ministry" → "Chinese Ministry of Commerce"
        if let Some(name) = self.country_institution(a, core_end) {
            return Some(self.keyed(name, SourceKind::Official, false, unit, |e| {
                e.head = head_noun.map(|n| n.lemma);
            }));
        }
        if has_proper && (c.is_cap(head) || c.toks[head].kind == TokenKind::Number) {
            // the proper part: from the first capital after any lower-case description
            let mut p = a;
            while p < core_end && !c.is_cap(p) {
                p += 1;
            }
            let desc_class = (a..p).rev().find_map(|k| noun(c, k)).map(|n| n.class);
            let name = self.text(p..core_end).to_string();
            let nlow = name.to_lowercase();
            let media = MEDIA.contains(&nlow)
                || MEDIA.contains(nlow.trim_start_matches("the "))
                || desc_class == Some(NounClass::Media)
                || head_noun.is_some_and(|n| n.class == NounClass::Media)
                || (p..core_end).any(|k| {
                    matches!(
                        c.lw(k),
                        "news"
                            | "times"
                            | "post"
                            | "journal"
                            | "herald"
                            | "tribune"
                            | "gazette"
                            | "daily"
                            | "tv"
                            | "radio"
                            | "press"
                            | "telegraph"
                            | "guardian"
                    )
                });
            let kind = if media {
                SourceKind::Media
            } else if let Some(n) = head_noun {
                kind_of_class(n.class)
            } else if let Some(cl) = desc_class {
                kind_of_class(cl)
            } else {
                SourceKind::Organisation
            };
            let name = name.trim_start_matches("The ").to_string();
            let key = name.to_lowercase();
            if let Some(&e) = self.by_key.get(&key) {
                return Some(e);
            }
            let ent = Self::entity(name, kind, false);
            if kind != SourceKind::Media {
                if let Some(e) = self.bridge(unit, &ent) {
                    return Some(e);
                }
            }
            return Some(self.new_entity(ent));
        }
        // 3. a description: "an official source at …", "the president", "his spokesman"
        let hn = head_noun.or_else(|| {
            // "the victim's mother": head is the last word anyway; "officials" plural
            (a..core_end).rev().find_map(|k| noun(c, k))
        });
        let head_lemma = hn.map(|n| n.lemma);
        let plural = hn.is_some_and(|n| n.plural);
        // a headline's bare title: "Vice premier calls for …" → the premier of the story
        if !definite && possessor.is_none() && c.in_headline(a) {
            if let Some(n) = hn.filter(|n| matches!(n.class, NounClass::Official | NounClass::Role))
            {
                let p = (0..self.names.persons.len())
                    .find(|&p| self.names.persons[p].titles.contains(n.lemma));
                if let Some(p) = p {
                    return Some(self.person_entity(p));
                }
            }
        }
        // "the ministry's spokesperson" → "spokesperson for Ministry of Transport"
        if definite && a + 1 < b {
            if let Some(name) = self.org_possessor_name(a, b, hn, unit) {
                let kind = hn.map_or(SourceKind::Anonymous, |n| kind_of_class(n.class));
                return Some(self.keyed(name, kind, true, unit, |e| {
                    e.head = head_lemma;
                    e.described = true;
                }));
            }
        }
        // "the transport ministry in Berlin" → "German transport ministry"; "the regional
        // administration in Lviv" → "Lviv regional administration"
        if definite && hn.is_some_and(|n| n.class == NounClass::Institution) && core_end > a {
            if let Some(name) = self.placed_institution(a, core_end, b) {
                return Some(self.keyed(name, SourceKind::Official, false, unit, |e| {
                    e.head = head_lemma;
                }));
            }
        }
        // definite descriptions and bare repeats corefer
        if definite || possessor.is_none() {
            if let Some(e) = self.corefer_description(a, b, head_lemma, definite, unit) {
                return Some(e);
            }
        }
        // "Her figures suggest …": a person's own document speaks for them
        if let (Some(po), Some(NounClass::Document)) = (possessor, hn.map(|n| n.class)) {
            if let Some(e) = self.possessor_entity(po, unit) {
                return Some(e);
            }
        }
        // a new described entity
        let mut name = full_text.clone();
        // "Smithers's lawyer" → "John Smithers's lawyer"
        if possessor.is_none() && c.is_cap(a) && a + 1 < b {
            let raw = c.raw(a);
            let stem = raw
                .strip_suffix("'s")
                .or_else(|| raw.strip_suffix("\u{2019}s"))
                .map(str::to_lowercase);
            if let Some(p) = stem.and_then(|st| self.names.lookup(&[st], a)) {
                let owner = self.names.persons[p].full.clone();
                name = format!("{owner}'s {}", self.text(a + 1..b));
            }
        }
        if let Some(po) = possessor {
            if let Some(owner) = self.possessor_name(po, unit) {
                let role = self.text(a..b).to_string();
                let official_role = hn.is_some_and(|n| {
                    matches!(n.class, NounClass::Official | NounClass::Institution)
                });
                name = if official_role {
                    format!("{role} for {owner}")
                } else {
                    format!("{owner}'s {role}")
                };
            }
        }
        let class = hn.map(|n| n.class);
        let demonym_mod = (a..core_end).any(|k| COUNTRIES.by_demonym.contains_key(c.lw(k)));
        // "the Bavarian waterways office", "the national disaster agency", "its parent
        // company": one identifiable body (not the police, the military or "authorities")
        let named_institution = matches!(
            class,
            Some(NounClass::Institution | NounClass::Organisation)
        ) && !plural
            && (definite || possessor.is_some() || demonym_mod)
            && !head_lemma.is_some_and(|h| {
                matches!(h, "police" | "military" | "forces" | "militia" | "army")
                    || h.starts_with("prosecut")
            });
        // "a 2019 study by the Rhine Freight Institute", "data compiled by DealScope": a
        // document whose author is named (not one merely "seen by" or "commissioned by" it)
        let authored = class == Some(NounClass::Document)
            && (a + 1..b.saturating_sub(1)).any(|k| {
                matches!(c.lw(k), "by" | "from")
                    && !matches!(
                        c.lw(k - 1),
                        "seen"
                            | "obtained"
                            | "reviewed"
                            | "commissioned"
                            | "funded"
                            | "cited"
                            | "quoted"
                            | "requested"
                            | "leaked"
                    )
                    && {
                        let n = if c.lw(k + 1) == "the" { k + 2 } else { k + 1 };
                        n < b && c.is_cap(n) && !c.is(n, wc::TIME)
                    }
            });
        let kind = match class {
            Some(NounClass::Document) => SourceKind::Document,
            Some(NounClass::Media) => SourceKind::Media,
            Some(NounClass::Institution) => SourceKind::Official,
            Some(NounClass::Organisation) => SourceKind::Organisation,
            _ => SourceKind::Anonymous,
        };
        let anonymous = !(named_institution || authored);
        let key = name.to_lowercase();
        if !definite && possessor.is_none() && plural {
            // "activists said … activists said": the same group
            if let Some(&e) = self.by_key.get(&key) {
                return Some(e);
            }
        }
        let mut ent = Self::entity(name, kind, anonymous);
        ent.plural = plural;
        ent.head = head_lemma;
        ent.described = true;
        ent.gender = head_lemma.and_then(gender_of_title);
        let id = self.new_entity(ent);
        if matches!(
            class,
            Some(NounClass::Institution | NounClass::Organisation)
        ) && definite
        {
            self.pending = Some((id, unit));
        }
        Some(id)
    }

    /// "the ministry's spokesperson" with "the ministry" a named organisation of the last
    /// units: "spokesperson for Ministry of Transport" (an official's role), else "Acme
    /// Motors's engineers".
    fn org_possessor_name(
        &self,
        a: usize,
        b: usize,
        hn: Option<Noun>,
        unit: usize,
    ) -> Option<String> {
        let c = self.c;
        let w = c.lw(a);
        let stem = w
            .strip_suffix("'s")
            .or_else(|| w.strip_suffix("\u{2019}s"))?;
        let sn = NOUNS.get(stem).filter(|n| org_class(n))?;
        let org = match self.org_antecedent(a, a + 1, sn.lemma, unit) {
            Some((_, k)) => self.orgs[k].name.clone(),
            None => self
                .history
                .iter()
                .rev()
                .take_while(|(u, _)| u + ORG_WINDOW_UNITS >= unit)
                .map(|&(_, e)| &self.entities[e])
                .find(|e| !e.described && e.head == Some(sn.lemma))?
                .name
                .clone(),
        };
        let role = self.text(a + 1..b);
        Some(if hn.is_some_and(|n| n.class == NounClass::Official) {
            format!("{role} for {org}")
        } else {
            format!("{org}'s {role}")
        })
    }

    /// The name of an institution placed by a city: "the transport ministry in Berlin" →
    /// "German transport ministry" (a capital stands for its country), "the regional
    /// administration in Lviv" → "Lviv regional administration".
    fn placed_institution(&self, a: usize, core_end: usize, b: usize) -> Option<String> {
        let c = self.c;
        if c.lw(core_end) != "in" || core_end + 1 >= b || !c.is_cap(core_end + 1) {
            return None;
        }
        let end = *self.place_spans.get(&c.toks[core_end + 1].start)?;
        if end != c.toks[b - 1].end {
            return None;
        }
        let place = self.text(core_end + 1..b);
        let core = self.text(a..core_end);
        let country = COUNTRIES
            .by_capital
            .get(&place.to_lowercase())
            .or_else(|| COUNTRIES.by_name.get(&place.to_lowercase()));
        Some(match country {
            Some(&id) => format!("{} {core}", COUNTRIES.list[id].demonym),
            None => format!("{place} {core}"),
        })
    }

    /// An entity with this exact name, or a new one set up by `init`.
    fn keyed(
        &mut self,
        name: String,
        kind: SourceKind,
        anonymous: bool,
        _unit: usize,
        init: impl FnOnce(&mut Entity),
    ) -> usize {
        let key = name.to_lowercase();
        if let Some(&e) = self.by_key.get(&key) {
            return e;
        }
        let mut e = Self::entity(name, kind, anonymous);
        init(&mut e);
        self.new_entity(e)
    }

    /// "China's commerce ministry" → "Chinese Ministry of Commerce"; "Russia's military" →
    /// "Russian military".
    fn country_institution(&self, a: usize, end: usize) -> Option<String> {
        let c = self.c;
        let first = c.lw(a);
        let country = first.strip_suffix("'s")?;
        let id = *COUNTRIES.by_name.get(country)?;
        let dem = COUNTRIES.list[id].demonym;
        let head = end - 1;
        let n = noun(c, head)?;
        if !matches!(n.class, NounClass::Institution) || head <= a {
            return None;
        }
        let mods: Vec<String> = (a + 1..head).map(|k| c.raw(k).to_string()).collect();
        if n.lemma == "ministry" && !mods.is_empty() {
            let m = mods.join(" ");
            let m = if m.eq_ignore_ascii_case("foreign") {
                "Foreign Affairs".to_string()
            } else {
                title_case(&m)
            };
            return Some(format!("{dem} Ministry of {m}"));
        }
        let rest: Vec<&str> = (a + 1..end).map(|k| c.raw(k)).collect();
        Some(format!("{dem} {}", rest.join(" ")))
    }

    /// The demonym of the last country named before token `i` (bounded look-back).
    fn last_country(&self, i: usize) -> Option<&'static str> {
        let c = self.c;
        let floor = i.saturating_sub(800);
        for k in (floor..i).rev() {
            if !c.is_cap(k) {
                continue;
            }
            let w = c.lw(k);
            let w = w.strip_suffix("'s").unwrap_or(w);
            if let Some(&id) = COUNTRIES.by_name.get(w) {
                return Some(COUNTRIES.list[id].demonym);
            }
            if k > floor && c.is_cap(k - 1) {
                let two = format!("{} {w}", c.lw(k - 1));
                if let Some(&id) = COUNTRIES.by_name.get(&two) {
                    return Some(COUNTRIES.list[id].demonym);
                }
            }
            if let Some(&id) = COUNTRIES.by_demonym.get(w) {
                return Some(COUNTRIES.list[id].demonym);
            }
        }
        None
    }

    /// A description right after another unnamed description of the same sort takes its
    /// proper name: "the Russian space agency said …. Roscosmos said …".
    fn bridge(&mut self, unit: usize, named: &Entity) -> Option<usize> {
        let (pe, pu) = self.pending.take()?;
        let last = self.history.last().map(|h| h.1);
        if last != Some(pe) || unit > pu + 2 || !self.entities[pe].described {
            return None;
        }
        let e = &mut self.entities[pe];
        let old = std::mem::replace(&mut e.name, named.name.clone());
        e.described = false;
        e.anonymous = false;
        e.kind = named.kind;
        e.aliases.push(named.name.to_lowercase());
        e.aliases.push(old.to_lowercase());
        let key = named.name.to_lowercase();
        self.by_key.insert(key, pe);
        Some(pe)
    }

    /// The description's own words after the name, when the source is "Name, a …," (kept in
    /// `Found::desc`); here: titles inside the span.
    fn described_by(&self, src: Range<usize>) -> Option<String> {
        let c = self.c;
        let k = src.clone().rev().find(|&k| is_title(c, k).is_some())?;
        (k > src.start).then(|| self.text(src.start..k + 1).to_string())
    }

    /// "the source", "the president", "the agency", "officials": an earlier entity.
    fn corefer_description(
        &mut self,
        a: usize,
        b: usize,
        head: Option<&'static str>,
        definite: bool,
        unit: usize,
    ) -> Option<usize> {
        let c = self.c;
        let text = self.text(a..b).to_lowercase();
        // the same words as an earlier description or alias
        for &(u, e) in self.history.iter().rev() {
            if u + WINDOW_UNITS < unit {
                break;
            }
            let ent = &self.entities[e];
            if ent.aliases.contains(&text) {
                return Some(e);
            }
        }
        if !definite {
            return None;
        }
        // "the 34-year-old", "the two"
        if b - a == 1 {
            if let Some(age) = c.lw(a).strip_suffix("-year-old") {
                return self.year_old(age, a, unit);
            }
            if matches!(c.lw(a), "two" | "pair" | "couple" | "duo") {
                return self.pair(a, unit);
            }
        }
        let head = head?;
        let core_len = b - a;
        // "the agency", "the newspaper", "the energy company": a named organisation of that
        // sort mentioned before, spoken or not
        let named_org = NOUNS
            .get(head)
            .is_some_and(|n| org_class(n) || n.class == NounClass::Document)
            .then(|| self.org_antecedent(a, b, head, unit))
            .flatten();
        // "the source" → the last entity whose head is "source"; "the president" → the last
        // person titled president (speaker or not)
        for &(u, e) in self.history.iter().rev() {
            if u + WINDOW_UNITS < unit {
                break;
            }
            let ent = &self.entities[e];
            let head_match = ent.head == Some(head)
                || ent.titles.contains(head)
                || media_generic(head) && ent.kind == SourceKind::Media && !ent.described
                || ent.aliases.iter().any(|al| {
                    al.split_whitespace()
                        .any(|w| w == head || NOUNS.get(w).is_some_and(|n| n.lemma == head))
                });
            if head_match && (core_len <= 3 || ent.described) {
                // a named organisation mentioned after that speaker's sentence is nearer
                if let Some((pos, k)) = named_org {
                    if pos >= c.units[u].toks.end {
                        return Some(self.org_entity(k));
                    }
                }
                return Some(e);
            }
        }
        // "the insider", "the source": the last unnamed source
        let anon = NOUNS
            .get(head)
            .is_some_and(|n| n.class == NounClass::Anon && !n.plural);
        if anon {
            for &(u, e) in self.history.iter().rev() {
                if u + WINDOW_UNITS < unit {
                    break;
                }
                let ent = &self.entities[e];
                let anon_head = ent
                    .head
                    .and_then(|h| NOUNS.get(h))
                    .is_some_and(|n| n.class == NounClass::Anon);
                if anon_head && !ent.plural {
                    return Some(e);
                }
            }
        }
        // "the company", "the firm", "the group": the last organisation that spoke
        let org = matches!(
            head,
            "company"
                | "firm"
                | "group"
                | "business"
                | "corporation"
                | "carmaker"
                | "automaker"
                | "maker"
                | "retailer"
                | "manufacturer"
                | "operator"
                | "developer"
                | "startup"
                | "airline"
                | "bank"
                | "giant"
                | "conglomerate"
                | "brand"
        );
        if org && core_len == 1 {
            // the subject of a recent sentence that names an organisation, when it comes
            // after the last organisation that spoke ("Andina Cobre, which …, has been
            // looking to expand …. The company reported …")
            let last_spoke = self
                .history
                .iter()
                .rev()
                .find(|&&(_, e)| self.entities[e].kind == SourceKind::Organisation)
                .map(|&(u, _)| u);
            for u in (unit.saturating_sub(3)..unit).rev() {
                if last_spoke.is_some_and(|l| l >= u) {
                    break;
                }
                if let Some(e) = self.org_subject(u) {
                    return Some(e);
                }
            }
            for &(u, e) in self.history.iter().rev() {
                if u + WINDOW_UNITS < unit {
                    break;
                }
                let ent = &self.entities[e];
                if ent.kind == SourceKind::Organisation && !ent.described && !ent.plural {
                    return Some(e);
                }
                // a bare name taken for a person ("Brandt Metall said"): "the company"
                // shows it is one
                if self.weak_person(e) {
                    let ent = &mut self.entities[e];
                    ent.kind = SourceKind::Organisation;
                    ent.person = None;
                    return Some(e);
                }
            }
        }
        if let Some((_, k)) = named_org {
            return Some(self.org_entity(k));
        }
        // an epithet for the person of the story: "the mother-of-three", "the 42-year-old"
        let role = NOUNS
            .get(head)
            .is_some_and(|n| n.class == NounClass::Role && !n.plural);
        if role {
            let want = gender_of_title(head);
            for &(u, e) in self.history.iter().rev() {
                if u + 6 < unit {
                    break;
                }
                let ent = &self.entities[e];
                if ent.person.is_some()
                    && want.is_none_or(|g| ent.gender.is_none_or(|h| h == g))
                    && (ent.titles.is_empty() || ent.titles.contains(head) || want.is_some())
                {
                    return Some(e);
                }
            }
        }
        // a named person with that title mentioned before (not yet a speaker)
        let pos = c.toks.get(a).map_or(0, |_| a);
        let titled = nearest_before(&self.names.mentions, pos + 40, 300)
            .find(|(_, p)| self.names.persons[*p].titles.contains(head))
            .map(|(_, p)| *p);
        if let Some(p) = titled {
            if core_len <= 3 {
                return Some(self.person_entity(p));
            }
        }
        None
    }

    /// "the two", "the pair": the two people named last, in the last two units ("Tom Hale
    /// and Ann Birch pulled him out. The two said …").
    fn pair(&mut self, a: usize, unit: usize) -> Option<usize> {
        let c = self.c;
        let floor = c.units[unit.saturating_sub(2)].toks.start;
        let mut two: Vec<(usize, usize)> = Vec::new();
        for &(m, p) in nearest_before(&self.names.mentions, a, 12) {
            if m < floor {
                break;
            }
            if two.iter().all(|&(_, q)| q != p) {
                two.push((m, p));
                if two.len() == 2 {
                    break;
                }
            }
        }
        if two.len() < 2 {
            return None;
        }
        two.sort_unstable();
        let ids: Vec<usize> = two.iter().map(|&(_, p)| self.person_entity(p)).collect();
        let name = format!(
            "{} and {}",
            display_name(&self.entities[ids[0]]),
            display_name(&self.entities[ids[1]])
        );
        let kind = self.entities[ids[0]].kind;
        Some(self.keyed(name, kind, false, unit, |e| e.plural = true))
    }

    /// "the 34-year-old": the person named before with that age, else the person who
    /// spoke last (within a few units).
    fn year_old(&mut self, age: &str, a: usize, unit: usize) -> Option<usize> {
        let c = self.c;
        let floor = c.units[unit.saturating_sub(WINDOW_UNITS)].toks.start;
        let p = nearest_before(&self.names.mentions, a, 80)
            .take_while(|(m, _)| *m >= floor)
            .map(|&(_, p)| p)
            .find(|&p| self.names.persons[p].age.as_deref() == Some(age));
        if let Some(p) = p {
            return Some(self.person_entity(p));
        }
        let spoke = self
            .history
            .iter()
            .rev()
            .take_while(|(u, _)| u + 6 >= unit)
            .map(|&(_, e)| e)
            .find(|&e| self.entities[e].person.is_some() && !self.entities[e].plural);
        if spoke.is_some() {
            return spoke;
        }
        let floor = c.units[unit.saturating_sub(3)].toks.start;
        let p = nearest_before(&self.names.subject_mentions, a, 10)
            .find(|(m, _)| *m >= floor)
            .map(|&(_, p)| p)?;
        Some(self.person_entity(p))
    }

    /// The nearest named organisation before token `a` that the description `a..b` with
    /// head `head` can refer to: of that sort, with the description's modifiers in its
    /// name ("the space agency" → "Northern Space Agency", not "Ministry of Transport").
    fn org_antecedent(
        &self,
        a: usize,
        b: usize,
        head: &str,
        unit: usize,
    ) -> Option<(usize, usize)> {
        let c = self.c;
        if b - a > 3 {
            return None;
        }
        let floor = c.units[unit.saturating_sub(ORG_WINDOW_UNITS)].toks.start;
        let mods: Vec<usize> = (a..b - 1).filter(|&k| c.is_word(k)).collect();
        // "the aid group", "the mining giant": a general noun's modifiers only describe
        let general = media_generic(head)
            || matches!(
                head,
                "organisation"
                    | "organization"
                    | "group"
                    | "company"
                    | "firm"
                    | "business"
                    | "corporation"
                    | "conglomerate"
                    | "giant"
            );
        nearest_before(&self.org_pos, a, 40)
            .take_while(|(m, _)| *m >= floor)
            .find(|(_, k)| {
                let m = &self.orgs[*k];
                let low = m.name.to_lowercase();
                // after a preposition only when named as that very sort ("the agency")
                (!m.oblique || m.lemmas.contains(&head))
                    && org_fits(head, m)
                    && mods.iter().all(|&k| {
                        let w = c.lw(k);
                        low.split_whitespace().any(|x| x == w)
                            || general && !c.is_cap(k) && !COUNTRIES.by_demonym.contains_key(w)
                    })
            })
            .copied()
    }

    /// The entity of a named organisation.
    fn org_entity(&mut self, k: usize) -> usize {
        let m = &self.orgs[k];
        let kind = match m.class {
            NounClass::Media => SourceKind::Media,
            NounClass::Institution => SourceKind::Official,
            _ => SourceKind::Organisation,
        };
        let head = m.lemmas.last().copied();
        let name = m.name.clone();
        self.keyed(name, kind, false, 0, |e| e.head = head)
    }

    /// "they" or "it" with no speaker to take up: a named organisation of the last two
    /// units ("Harlow Motors closed its plant. They said …").
    fn org_pronoun(&mut self, i: usize, unit: usize) -> Option<usize> {
        let c = self.c;
        let floor = c.units[unit.saturating_sub(2)].toks.start;
        let k = nearest_before(&self.org_pos, i, 8)
            .take_while(|(m, _)| *m >= floor)
            .find(|(_, k)| self.orgs[*k].class != NounClass::Media)
            .map(|&(_, k)| k)?;
        Some(self.org_entity(k))
    }

    /// A named person with nothing that shows a person: no title, no sex, no first name
    /// of the given-name list, never "he"/"she".
    fn weak_person(&self, e: usize) -> bool {
        let ent = &self.entities[e];
        ent.kind == SourceKind::Person
            && ent.gender.is_none()
            && ent.titles.is_empty()
            && ent.name.split_whitespace().count() >= 2
            && !ent
                .name
                .split_whitespace()
                .next()
                .is_some_and(|w| GIVEN_NAMES.contains_key(w.to_lowercase().as_str()))
            && ent.person.is_none_or(|p| {
                let pe = &self.names.persons[p];
                pe.gender.is_none() && pe.titles.is_empty()
            })
    }

    /// The subject of unit `u` when it is the proper name of an organisation (capitalised
    /// words, not a person, a place or a sentence-initial common word): its entity.
    fn org_subject(&mut self, u: usize) -> Option<usize> {
        let c = self.c;
        let unit = &c.units[u];
        let r = super::np::lead(c, unit.start, unit.toks.end)?;
        let mut a = r.start;
        if c.lw(a) == "the" {
            a += 1;
        }
        if a >= r.end
            || c.in_headline(a)
            || r.end - a > 5
            || c.quote_of(a).is_some()
            || !(a..r.end).all(|k| c.is_cap(k) || c.raw(k) == "&")
            || self.vocab.contains(c.lw(a))
            // a person (a name with a title or a sex, not a bare subject like "Andina Cobre")
            || self
                .names
                .mentions
                .binary_search_by_key(&a, |m| m.0)
                .ok()
                .map(|k| &self.names.persons[self.names.mentions[k].1])
                .is_some_and(|p| p.gender.is_some() || !p.titles.is_empty())
            || self.place_spans.contains_key(&c.toks[a].start)
        {
            return None;
        }
        let low = self.text(a..r.end).to_lowercase();
        if COUNTRIES.by_name.contains_key(&low) {
            return None;
        }
        let name = self.text(a..r.end).to_string();
        match self.by_key.get(&low).copied() {
            Some(e) => matches!(self.entities[e].kind, SourceKind::Organisation).then_some(e),
            None => Some(self.keyed(name, SourceKind::Organisation, false, u, |_| {})),
        }
    }

    /// "his" in "his spokesman": the last person mentioned before.
    fn possessor_name(&self, po: usize, unit: usize) -> Option<String> {
        let c = self.c;
        let want = match c.lw(po) {
            "his" => Some(Gender::M),
            "her" => Some(Gender::F),
            _ => None,
        };
        if !matches!(c.lw(po), "his" | "her") {
            return None;
        }
        let floor = c.units[unit.saturating_sub(2)].toks.start;
        nearest_before(&self.names.mentions, po, 60)
            .filter(|(m, _)| *m >= floor)
            .map(|(_, p)| &self.names.persons[*p])
            .find(|p| want.is_none() || p.gender.is_none() || p.gender == want)
            .map(|p| p.full.clone())
    }

    /// "Her figures", "his calculations": the person they belong to (the last person
    /// who spoke, or was named, in the last few units, of the pronoun's sex).
    fn possessor_entity(&mut self, po: usize, unit: usize) -> Option<usize> {
        let c = self.c;
        let want = match c.lw(po) {
            "his" => Gender::M,
            "her" => Gender::F,
            _ => return None,
        };
        let speaker = self
            .history
            .iter()
            .rev()
            .take_while(|(u, _)| u + 3 >= unit)
            .map(|&(_, e)| e)
            .find(|&e| {
                let ent = &self.entities[e];
                ent.person.is_some() && ent.gender.is_none_or(|g| g == want)
            });
        if speaker.is_some() {
            return speaker;
        }
        let floor = c.units[unit.saturating_sub(2)].toks.start;
        let p = nearest_before(&self.names.mentions, po, 60)
            .filter(|(m, _)| *m >= floor)
            .map(|&(_, p)| p)
            .find(|&p| self.names.persons[p].gender.is_none_or(|g| g == want))?;
        Some(self.person_entity(p))
    }

    /// he/she/they/it/I/we → an entity.
    fn pronoun(&mut self, i: usize, unit: usize) -> Option<usize> {
        let c = self.c;
        let w = c.lw(i);
        match w {
            "i" => {
                if let Some(author) = c.author_at(i) {
                    let name = author.to_string();
                    let e = self.keyed(name, SourceKind::Person, false, unit, |e| {
                        e.description = Some("author".to_string());
                    });
                    self.narrators.insert(e);
                    return Some(e);
                }
                Some(self.keyed("I".to_string(), SourceKind::Person, false, unit, |_| {}))
            }
            "we" | "you" => None,
            "he" | "she" => {
                let want = if w == "he" { Gender::M } else { Gender::F };
                // the latest of: a speaking person, a person named as a clause subject
                let mut best: Option<(usize, usize)> = None; // (position, entity or person)
                let floor = c.units[unit.saturating_sub(WINDOW_UNITS)].toks.start;
                for &(u, e) in self.history.iter().rev() {
                    let ent = &self.entities[e];
                    if u + WINDOW_UNITS < unit {
                        break;
                    }
                    let narrator = self.narrators.contains(&e) || ent.name == "I";
                    let person = !narrator
                        && matches!(ent.kind, SourceKind::Person | SourceKind::Official)
                        && !ent.plural
                        && (ent.person.is_some()
                            || ent.head.is_some_and(|h| {
                                NOUNS.get(h).is_some_and(|n| {
                                    matches!(
                                        n.class,
                                        NounClass::Official | NounClass::Role | NounClass::Anon
                                    )
                                })
                            }))
                        || ent.kind == SourceKind::Anonymous && !ent.plural;
                    if person && ent.gender.is_none_or(|g| g == want) {
                        let pos = c.units[u].toks.start;
                        best = Some((pos, e));
                        break;
                    }
                }
                let subj = nearest_before(&self.names.subject_mentions, i, 60)
                    .find(|(m, p)| {
                        *m >= floor && self.names.persons[*p].gender.is_none_or(|g| g == want)
                    })
                    .copied();
                let e = match (best, subj) {
                    (Some((bp, e)), Some((m, p))) => {
                        if m > bp && Some(p) != self.entities[e].person {
                            self.person_entity(p)
                        } else {
                            e
                        }
                    }
                    (Some((_, e)), None) => e,
                    (None, Some((_, p))) => self.person_entity(p),
                    (None, None) => return None,
                };
                if self.entities[e].gender.is_none() {
                    self.entities[e].gender = Some(want);
                    if let Some(p) = self.entities[e].person {
                        self.names.persons[p].gender = Some(want);
                    }
                }
                Some(e)
            }
            "it" => self
                .history
                .iter()
                .rev()
                .take_while(|(u, _)| u + WINDOW_UNITS >= unit)
                .map(|&(_, e)| e)
                .find(|&e| {
                    let ent = &self.entities[e];
                    !ent.plural
                        && matches!(
                            ent.kind,
                            SourceKind::Organisation
                                | SourceKind::Media
                                | SourceKind::Document
                                | SourceKind::Official
                        )
                        && ent.person.is_none()
                })
                .or_else(|| self.org_pronoun(i, unit)),
            "they" => {
                // a plural speaker of the same unit ("The researchers found …, although they
                // cautioned"), a plural noun earlier in the unit ("civilians were injured as
                // they demanded …"), else the last plural or organisational speaker
                let byte = c.toks[i].start;
                let in_content = self
                    .contents
                    .iter()
                    .rev()
                    .take_while(|(u, _)| *u == unit)
                    .any(|(_, r)| r.contains(&byte));
                if !in_content {
                    let first_plural = self
                        .history
                        .iter()
                        .rev()
                        .take_while(|(u, _)| *u == unit)
                        .filter(|&&(_, e)| self.entities[e].plural)
                        .last();
                    if let Some(&(_, e)) = first_plural {
                        return Some(e);
                    }
                }
                let us = c.units[unit].toks.start;
                for k in (us..i).rev() {
                    if let Some(n) = noun(c, k) {
                        if n.plural && c.quote_of(k).is_none() {
                            let s = super::np::left(c, k + 1, us).unwrap_or(k);
                            let name = self.text(s..k + 1).to_string();
                            let name = strip_det(&name);
                            return Some(self.keyed(
                                name,
                                SourceKind::Anonymous,
                                true,
                                unit,
                                |e| {
                                    e.plural = true;
                                    e.head = Some(n.lemma);
                                },
                            ));
                        }
                    }
                }
                self.history
                    .iter()
                    .rev()
                    .take_while(|(u, _)| u + WINDOW_UNITS >= unit)
                    .map(|&(_, e)| e)
                    .find(|&e| {
                        let ent = &self.entities[e];
                        ent.plural || matches!(ent.kind, SourceKind::Organisation)
                    })
                    .or_else(|| self.org_pronoun(i, unit))
            }
            _ => None,
        }
    }
}

fn strip_det(s: &str) -> String {
    let l = s.to_lowercase();
    for a in ["a ", "an ", "the ", "some ", "many "] {
        if l.starts_with(a) {
            return s[a.len()..].to_string();
        }
    }
    s.to_string()
}

fn title_case(s: &str) -> String {
    s.split(' ')
        .map(|w| {
            let mut ch = w.chars();
            match ch.next() {
                Some(f) => f.to_uppercase().collect::<String>() + ch.as_str(),
                None => String::new(),
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// The speaker's name of a described entity for display: the description without a
/// leading article.
pub fn display_name(e: &Entity) -> String {
    strip_det(&e.name)
}
