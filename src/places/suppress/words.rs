//! Words that are also place names: a modifier before a place ("Northeast Georgia"), a
//! disease named after a place ("West Nile virus"), months
//! and days ("March"), adjectives of origin ("Arab"), common words and given names
//! ("Reading", "Nice", "Lincoln") need evidence; in a headline-style line only well-known
//! names stay; a name in capitals ("MOSCOW") only in a dateline or an all-caps line.
//!
//! In: a candidate under judgement. Out: a [`Reject`] reason or nothing; for capitals,
//! whether the name is a dateline.

use super::Judge;
use crate::places::candidate::{Reject, ev};
use crate::places::gazetteer::{Kind, form};
use crate::places::headlines::sentence_in_caps;
use crate::places::lexicon::Class;
use crate::places::pieces::starts_upper;
use rustc_hash::FxHashMap as HashMap;

/// "Northeast Georgia", "Western Massachusetts": the modifier is no place of its own.
pub fn modifier(judge: &Judge) -> Option<Reject> {
    let (text, site, c) = (judge.pass.text, &judge.site, judge.c);
    (!judge.standing.multiword
        && judge.pass.lx.is(&text[c.start..c.end], Class::Pre)
        && site.next_adj
        && starts_upper(site.next_w)
        && judge.standing.evidence & ev::TYPE == 0)
        .then_some(Reject::Modifier)
}

/// "West Nile virus", "Marburg virus": a disease word right after the name (a country's name
/// stays a place: "the United States flu season").
pub fn disease_name(judge: &Judge) -> Option<Reject> {
    let site = &judge.site;
    (site.next_adj
        && judge.pass.lx.is(site.next_w, Class::Disease)
        && judge.standing.best_kind != Some(Kind::Country))
    .then_some(Reject::Disease)
}

/// Months, days and adjectives of origin that are also town names.
pub fn month_or_demonym(judge: &Judge) -> Option<Reject> {
    let (text, lx, c) = (judge.pass.text, judge.pass.lx, judge.c);
    if c.unknown.is_some() || c.p0 != c.p1 {
        return None;
    }
    let surface = &text[c.start..c.end];
    let evidence = judge.standing.evidence;
    if lx.is(surface, Class::Month) && evidence & (ev::COMMA | ev::TYPE) == 0 {
        Some(Reject::Month)
    } else if lx.is(surface, Class::Demonym) && evidence & ev::STRONG == 0 {
        Some(Reject::Demonym)
    } else {
        None
    }
}

/// Common words and given names without evidence (at a sentence start, in a headline, or
/// when the name is no well-known place).
pub fn common_word(judge: &Judge) -> Option<Reject> {
    let (text, lx, c, standing) = (judge.pass.text, judge.pass.lx, judge.c, &judge.standing);
    if c.unknown.is_some() {
        return None;
    }
    let surface = &text[c.start..c.end];
    let common = (lx.common.contains(surface) || lx.is(surface, Class::Func))
        && standing.best_kind != Some(Kind::Country)
        || lx.is(surface, Class::Given) && !standing.prominent_name;
    (common
        && standing.evidence & ev::STRONG == 0
        && (judge.site.sentence_start || judge.site.title_line || !standing.prominent_name))
        .then_some(Reject::CommonWord)
}

/// A headline-style line or a name in capitals keeps only prominent names without evidence.
pub fn headline(judge: &Judge) -> Option<Reject> {
    let c = judge.c;
    ((judge.site.title_line || c.caps)
        && judge.standing.evidence & ev::STRONG == 0
        && !judge.standing.prominent
        && c.unknown.is_none())
    .then_some(Reject::Headline)
}

/// An all-caps name ("MOSCOW") only in a dateline or an all-caps line, never an alternate
/// name ("SANA", the agency, is no "Sana'a"). `Ok(true)`: a dateline ("MOSCOW, Nov. 26",
/// "BEIJING (Reuters) -", "LONDON The Latest").
pub fn capitals(judge: &Judge, caps_sentences: &mut HashMap<usize, bool>) -> Result<bool, Reject> {
    let (pass, site, c, standing) = (judge.pass, &judge.site, judge.c, &judge.standing);
    let paragraph_start = pass.paragraph_starts.binary_search(&c.start).is_ok();
    let dateline = site.sentence_start
        && (matches!(site.next_w, "," | "(" | ")" | "—" | "–" | "-" | "/" | ":")
            || paragraph_start);
    let caps_line = *caps_sentences
        .entry(site.sent)
        .or_insert_with(|| sentence_in_caps(pass.text, pass.ps, site.sent));
    let by_name = standing
        .senses
        .iter()
        .any(|s| s.form & form::ALTERNATE == 0);
    let known = standing.prominent || standing.evidence & ev::COMMA != 0;
    if dateline && by_name && !known {
        // "SAUGERTIES —": a small town's dateline, kept when the story names it again
        Err(Reject::CapsDateline)
    } else if !(dateline || caps_line) || !by_name || !known {
        Err(Reject::Caps)
    } else {
        Ok(dateline)
    }
}
