//! Collecting the named organisations of an article, spoken or not: runs of capitalised
//! words (with "of", "for", "and", "&" inside) that carry an organisation noun ("The
//! Northern Space Agency"), are a known outlet, or are described as one by an apposition
//! ("Greenwatch, an environmental charity,"), a noun before them ("the company, Northwind
//! Energy") or a document they wrote ("a report published by Clean Air Watch"). Headlines
//! are left out (every word is capitalised). Also: which named organisation a general head
//! ("the group", "the firm", "the paper") can refer to.
//!
//! In: the context, the collected names, the places. Out: [`OrgMention`]s with their token
//! positions, in text order.

use super::lexicon::{LEXICON, OrgWord, PhraseWord};
use super::names::Names;
use super::words::{line_break_before, noun, org_class};
use crate::attrib::ctx::Ctx;
use crate::attrib::lexicon::{COUNTRIES, MEDIA, Noun, NounClass, wc};
use rustc_hash::FxHashMap as HashMap;

/// A proper name of an organisation, institution or outlet mentioned in the text, spoken
/// or not ("The Northern Space Agency launched …", "Greenwatch, an environmental charity,").
#[derive(Debug, Clone)]
pub struct OrgMention {
    /// the name as written, without a leading "The"
    pub name: String,
    pub class: NounClass,
    /// lemmas of the organisation nouns that describe it: in the name ("Agency"), apposed
    /// ("an environmental charity") or before it ("the company, Northwind Energy")
    pub lemmas: Vec<&'static str>,
    /// after a preposition ("an analyst at Harbourline Securities"): less salient
    pub oblique: bool,
}

/// A general head whose modifiers only describe ("the aid group", "the mining giant",
/// "the local paper").
pub fn general_head(head: &str) -> bool {
    LEXICON.org_word(head, OrgWord::Outlet)
        || LEXICON.org_word(head, OrgWord::AnyOrg)
        || LEXICON.org_word(head, OrgWord::AnyCompany)
}

/// Can a definite description with head `head` ("the agency", "the paper", "the firm")
/// refer to this named organisation?
pub fn org_fits(head: &str, m: &OrgMention) -> bool {
    if m.lemmas.contains(&head) {
        return true;
    }
    let company = || {
        m.lemmas
            .iter()
            .any(|l| LEXICON.org_word(l, OrgWord::Company))
    };
    if LEXICON.org_word(head, OrgWord::AnyOrg) {
        matches!(m.class, NounClass::Organisation) || company()
    } else if LEXICON.org_word(head, OrgWord::AnyCompany) {
        company()
    } else {
        LEXICON.org_word(head, OrgWord::Outlet) && m.class == NounClass::Media
    }
}

/// Named organisations, with the token where each name starts.
pub fn collect_orgs(
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
        let end = org_run_end(c, i);
        out.extend(org_mention(c, names, places, i, end));
        i = end.max(i + 1);
    }
    out
}

/// The end of the run of capitalised words starting at `a`, with joiners inside ("Ministry
/// of Health", "Procter & Gamble", not "… of the …").
fn org_run_end(c: &Ctx, a: usize) -> usize {
    let n = c.toks.len();
    let mut b = a;
    while b < n
        && (b == a || !line_break_before(c, b))
        && (c.is_cap(b)
            || b > a
                && LEXICON.phrase_word(c.lw(b), PhraseWord::OrgJoiner)
                && c.is_cap(b + 1)
                && !c.is(b + 1, wc::DET))
    {
        b += 1;
    }
    b
}

/// The organisation nouns found for a name, and its class (the last one found wins).
#[derive(Default)]
struct OrgNouns {
    lemmas: Vec<&'static str>,
    class: Option<NounClass>,
}

impl OrgNouns {
    fn add(&mut self, nn: Noun) {
        self.lemmas.push(nn.lemma);
        self.class = Some(nn.class);
    }
}

/// The run `a0..b` as a named organisation, if it is one.
fn org_mention(
    c: &Ctx,
    names: &Names,
    places: &HashMap<usize, usize>,
    a0: usize,
    b: usize,
) -> Option<(usize, OrgMention)> {
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
        return None;
    }
    // a person, a place or a country is not an organisation
    if names.mentions.binary_search_by_key(&a, |m| m.0).is_ok()
        || places
            .get(&c.toks[a].start)
            .is_some_and(|&e| e >= c.toks[b - 1].end)
    {
        return None;
    }
    let text = &c.text[c.toks[a].start..c.toks[b - 1].end];
    let low = text.to_lowercase();
    if COUNTRIES.by_name.contains_key(&low) || COUNTRIES.by_demonym.contains_key(&low) {
        return None;
    }
    let media = MEDIA.contains(&low) || MEDIA.contains(&format!("the {low}"));
    // at least one word that is not a common noun of the lexicon ("Police" alone is
    // not a name)
    if !media && (a..b).all(|k| noun(c, k).is_some() || !c.is_word(k)) {
        return None;
    }
    let mut found = OrgNouns::default();
    for k in a..b {
        if let Some(nn) = noun(c, k).filter(org_class) {
            found.add(nn);
        }
    }
    apposed_noun(c, b, &mut found);
    noun_before(c, a0, a, &mut found);
    if media {
        found.class = Some(NounClass::Media);
    }
    authored_document(c, a0, &mut found);
    let class = found.class?;
    Some((
        a,
        OrgMention {
            name: text.to_string(),
            class,
            lemmas: found.lemmas,
            oblique: a0 > 0 && c.is(a0 - 1, wc::PREP),
        },
    ))
}

/// "Greenwatch, an environmental charity,": the apposed noun after the name ending at `b`.
fn apposed_noun(c: &Ctx, b: usize, found: &mut OrgNouns) {
    if !(c.is_comma(b) && c.is(b + 1, wc::DET)) {
        return;
    }
    let n = c.toks.len();
    let mut k = b + 2;
    while k < n && k < b + 7 && c.is_word(k) && !c.is(k, wc::REL | wc::PREP) {
        k += 1;
    }
    if let Some(nn) = (b + 2..k).rev().find_map(|k| noun(c, k)).filter(org_class) {
        found.add(nn);
    }
}

/// "the company, Northwind Energy,", "carmaker Volvo", "the charity Oxfam": the noun before
/// a run (`a0`) that starts with the name (`a`).
fn noun_before(c: &Ctx, a0: usize, a: usize, found: &mut OrgNouns) {
    let before = if a0 == a && a > 0 && !c.cap[a - 1] {
        Some(a - 1)
    } else if a0 == a && a > 1 && c.is_comma(a - 1) {
        Some(a - 2)
    } else {
        None
    };
    if let Some(nn) = before.and_then(|k| noun(c, k)).filter(org_class) {
        found.add(nn);
    }
}

/// "a report published by Clean Air Watch": "the report" speaks for its author.
fn authored_document(c: &Ctx, a0: usize, found: &mut OrgNouns) {
    let by = a0 - usize::from(a0 > 0 && c.lw(a0 - 1) == "the");
    if by > 1 && c.lw(by - 1) == "by" {
        if let Some(d) = (by.saturating_sub(6)..by - 1)
            .rev()
            .find_map(|k| noun(c, k).filter(|d| d.class == NounClass::Document))
        {
            found.lemmas.push(d.lemma);
            found.class.get_or_insert(NounClass::Organisation);
        }
    }
}
