//! Document-level consistency: one reading of a name per article.
//!
//! After suppression ([`rejections`]): a small place's name the article uses as a person's
//! stays a person's wherever it recurs without evidence ("Dewly Nelson ... Nelson
//! himself"); a common word or headline word accepted once with evidence counts
//! everywhere; a town known only by its region falls with that region; a small town's
//! dateline in capitals is kept when the story names it again.
//!
//! After resolution ([`one_sense`]): the best-evidenced sense of a name holds for all its
//! mentions (also a sense only "the" allows: "the Severn estuary" ... "Severn barrage").
//!
//! In: the candidates with their reasons (or their choices). Out: the same, made
//! consistent.

use super::candidate::{Cand, Reject, ev};
use super::gazetteer::{Gazetteer, Kind, form, key};
use super::pieces::title_case;
use crate::rules::Rule;
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

/// The rejections made consistent across the article (see the module doc).
pub fn rejections(text: &str, cands: &mut [Cand]) {
    let persons: HashSet<String> = cands
        .iter()
        .filter(|c| {
            c.reject == Some(Reject::Person)
                || c.reject == Some(Reject::InsideNameEnd) && !c.prominent
        })
        .map(|c| c.key.clone())
        .collect();
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
            c.reject = Some(Reject::AnchorRejected);
        }
    }
    keep_named_datelines(text, cands);
    for c in cands.iter_mut() {
        if c.reject.is_none() && c.evidence & ev::STRONG == 0 && persons.contains(&c.key) {
            c.reject = Some(Reject::PersonRepeat);
        }
        if matches!(c.reject, Some(Reject::CommonWord | Reject::Headline))
            && proven.contains(&c.key)
        {
            c.reject = None;
            c.evidence |= ev::REPEAT;
        }
    }
}

/// "SAUGERTIES —" ... "in Saugerties": a small town's dateline named again is a dateline.
fn keep_named_datelines(text: &str, cands: &mut [Cand]) {
    let named: HashSet<&str> = cands
        .iter()
        .filter(|c| c.reject.is_none() && !c.caps)
        .map(|c| c.key.as_str())
        .collect();
    let datelines: Vec<usize> = (0..cands.len())
        .filter(|&i| {
            cands[i].reject == Some(Reject::CapsDateline)
                && named.contains(key(&title_case(&text[cands[i].start..cands[i].end])).as_str())
        })
        .collect();
    for i in datelines {
        cands[i].reject = None;
        cands[i].evidence |= ev::DATELINE;
    }
}

/// The best-evidenced sense of each name (name key -> (score, entry)) holds for all its
/// plain mentions (no type word, no "Town, Region"), except a mention that `keeps_own` its
/// world city in a country the article keeps naming, against a namesake in another country
/// ("Paris, Ky." ... "a Paris-based recycler", beside France, Lyon and the French).
pub fn one_sense(
    g: &Gazetteer,
    cands: &mut [Cand],
    by_key: &HashMap<String, (i32, u32)>,
    keeps_own: &[bool],
) {
    for (i, c) in cands.iter_mut().enumerate() {
        if c.reject.is_some() || c.hint.is_some() || c.evidence & ev::COMMA != 0 {
            continue;
        }
        let Some(&(_, e)) = by_key.get(&c.key) else {
            continue;
        };
        let abroad = c
            .choice
            .is_some_and(|own| g.entries[own as usize].country != g.entries[e as usize].country);
        if keeps_own.get(i) == Some(&true) && abroad {
            c.reason = c.reason.or(Some(Rule::ResolveWorldCity));
            continue;
        }
        let the_only = || {
            matches!(g.entries[e as usize].kind, Kind::Feature | Kind::Region)
                && g.lookup(&c.key).is_some_and(|v| {
                    v.iter()
                        .any(|s| s.entry == e && s.form & form::NEEDS_THE != 0)
                })
        };
        if c.choice != Some(e) && (c.senses.iter().any(|s| s.entry == e) || the_only()) {
            // another mention's reading: its reason, not this mention's runner-up
            c.choice = Some(e);
            c.reason = Some(Rule::ResolveOneSense);
            c.runner_up = None;
        }
    }
}
