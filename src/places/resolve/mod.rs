//! Resolution: each candidate's sense. Every sense scores a prior (kind, population,
//! capital; an exonym yields to a place's own name) plus the article's context: its
//! countries and towns (a name never counts for itself), the regions it names, nearness to
//! its other places, "Paris, Texas" and type words ("Idlib province"). The best-evidenced
//! sense of a name then holds for the whole article ([`crate::places::consistency`]).
//!
//! In: the candidates after suppression. Out: each accepted candidate's `choice`.
//!
//! - [`cues`]: cue words for a state over its same-named city ("upstate New York")
//! - [`prior`]: the score of a sense before context
//! - [`evidence`]: the article's geography
//! - [`score`]: the score of a sense in its article

pub mod cues;
mod evidence;
mod prior;
mod score;

use prior::is_world_city;
pub use prior::{best_static, prior};

use super::candidate::{Cand, ev};
use super::consistency;
use super::gazetteer::{Gazetteer, Kind, Sense, form};
use crate::rules::Rule;
use evidence::Geography;
pub use evidence::demonym_countries;
use rustc_hash::FxHashMap as HashMap;
use score::{NameContext, Parts};

/// Step 4: pick each candidate's sense.
pub fn resolve(
    g: &Gazetteer,
    cands: &mut [Cand],
    demonyms: &[&'static str],
    state_cues: &[Option<Rule>],
) {
    let geo = Geography::new(g, cands, demonyms);
    // a state cue asks for the region as a type word would: that reading is the mention's
    // own, neither spread to the name's other mentions nor overridden by theirs
    for (c, _) in cands
        .iter_mut()
        .zip(state_cues)
        .filter(|(_, cue)| cue.is_some())
    {
        // (only a state with a city of its name in its country: "Greater Manchester" asks
        // for no parish of Jamaica)
        let entries = || c.senses.iter().map(|s| &g.entries[s.entry as usize]);
        let state_and_city = entries().any(|a| {
            a.kind == Kind::Admin1 && entries().any(|t| t.kind.is_city() && t.country == a.country)
        });
        if c.hint.is_none() && state_and_city {
            c.hint = Some(Kind::Admin1);
        }
    }
    // name key -> (best score, its entry) over the plain mentions
    let mut by_key: HashMap<String, (i32, u32)> = HashMap::default();
    // the mentions that keep their own world city ([`consistency::one_sense`])
    let mut keeps_own = vec![false; cands.len()];
    for i in 0..cands.len() {
        if cands[i].reject.is_some() || cands[i].senses.is_empty() {
            continue;
        }
        let Some(Choice {
            score,
            entry,
            reason,
            runner_up,
            world_city_at_home,
        }) = best_sense(g, &geo, cands, i, state_cues[i])
        else {
            continue;
        };
        keeps_own[i] = world_city_at_home;
        let c = &mut cands[i];
        c.choice = Some(entry);
        c.reason = reason;
        c.runner_up = runner_up;
        let strong = score + if c.evidence & ev::COMMA != 0 { 1000 } else { 0 };
        // a reading asked for by a type word ("Raqqa province") is not the plain name's
        if c.hint.is_none() {
            match by_key.get(&c.key) {
                Some(&(s, _)) if s >= strong => {}
                _ => {
                    by_key.insert(c.key.clone(), (strong, entry));
                }
            }
        }
    }
    consistency::one_sense(g, cands, &by_key, &keeps_own);
}

/// "Gaza": a hand-listed short form of a region or feature the news means (the Gaza
/// Strip), chosen over a namesake of another name (a province of Mozambique) by its prior.
fn short_form(g: &Gazetteer, chosen: &Sense, other: u32) -> Option<Rule> {
    let (e, o) = (
        &g.entries[chosen.entry as usize],
        &g.entries[other as usize],
    );
    (chosen.form & form::ALIAS != 0
        && matches!(e.kind, Kind::Region | Kind::Feature)
        && e.name != o.name)
        .then_some(Rule::ResolveShortForm)
}

/// A margin below which the Report names the runner-up.
const THIN_MARGIN: i32 = 20;

/// A candidate's chosen sense.
struct Choice {
    score: i32,
    entry: u32,
    /// The context evidence that decided against the runner-up (none: the prior did).
    reason: Option<Rule>,
    /// The runner-up when it came within [`THIN_MARGIN`] and lies elsewhere (another
    /// country or first-level region).
    runner_up: Option<u32>,
    /// A world city ("Paris") in a country the article names again and again (France, its
    /// towns, the French): the mention keeps it against a namesake another mention of the
    /// name has ("Paris, Ky."), [`consistency::one_sense`].
    world_city_at_home: bool,
}

/// The country support (see [`score::Parts::country`]) that lets a world city keep its
/// sense: at least two of the country's mentions, towns or people.
const HOME_SUPPORT: i32 = 30;

/// The best-scoring sense of candidate `i` (the first of equal scores).
fn best_sense(
    g: &Gazetteer,
    geo: &Geography,
    cands: &[Cand],
    i: usize,
    state_cue: Option<Rule>,
) -> Option<Choice> {
    let context = NameContext::new(g, geo, cands, i, state_cue);
    let scored: Vec<(u32, Parts)> = cands[i]
        .senses
        .iter()
        .map(|&s| (s.entry, context.score(&g.entries[s.entry as usize], s)))
        .collect();
    let mut best: Option<(u32, Parts)> = None;
    for &(entry, parts) in &scored {
        if best.is_none_or(|(_, b)| parts.total() > b.total()) {
            best = Some((entry, parts));
        }
    }
    let (entry, parts) = best?;
    let mut second: Option<(u32, Parts)> = None;
    for &(other, other_parts) in scored.iter().filter(|(e, _)| *e != entry) {
        if second.is_none_or(|(_, b)| other_parts.total() > b.total()) {
            second = Some((other, other_parts));
        }
    }
    let chosen = cands[i].senses.iter().find(|s| s.entry == entry);
    let world_city_at_home =
        is_world_city(&g.entries[entry as usize]) && parts.country >= HOME_SUPPORT;
    Some(Choice {
        world_city_at_home,
        score: parts.total(),
        entry,
        reason: second
            .and_then(|(_, s)| parts.reason_over(&s))
            .or_else(|| short_form(g, chosen?, second?.0)),
        // (a twin in the same region, "Cardiff" the city and the county, is no other reading)
        runner_up: second
            .filter(|(_, s)| parts.total() - s.total() < THIN_MARGIN)
            .map(|(e, _)| e)
            .filter(|&other| {
                let (a, b) = (&g.entries[entry as usize], &g.entries[other as usize]);
                a.country != b.country || a.admin1 != b.admin1
            }),
    })
}
