//! Resolution: each candidate's sense. Every sense scores a prior (kind, population,
//! capital; an exonym yields to a place's own name) plus the article's context: its
//! countries and towns (a name never counts for itself), the regions it names, nearness to
//! its other places, "Paris, Texas" and type words ("Idlib province"). The best-evidenced
//! sense of a name then holds for the whole article ([`crate::places::consistency`]).
//!
//! In: the candidates after suppression. Out: each accepted candidate's `choice`.
//!
//! - [`prior`]: the score of a sense before context
//! - [`evidence`]: the article's geography
//! - [`score`]: the score of a sense in its article

mod evidence;
mod prior;
mod score;

pub use prior::{best_static, prior};

use super::candidate::{Cand, ev};
use super::consistency;
use super::gazetteer::Gazetteer;
use evidence::Geography;
pub use evidence::demonym_countries;
use score::NameContext;
use std::collections::HashMap;

/// Step 4: pick each candidate's sense.
pub fn resolve(g: &Gazetteer, cands: &mut [Cand], demonyms: &[&'static str]) {
    let geo = Geography::new(g, cands, demonyms);
    // name key -> (best score, its entry) over the plain mentions
    let mut by_key: HashMap<String, (i32, u32)> = HashMap::new();
    for i in 0..cands.len() {
        if cands[i].reject.is_some() || cands[i].senses.is_empty() {
            continue;
        }
        let Some((score, entry)) = best_sense(g, &geo, cands, i) else {
            continue;
        };
        let c = &mut cands[i];
        c.choice = Some(entry);
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
    consistency::one_sense(g, cands, &by_key);
}

/// The best-scoring sense of candidate `i` (the first of equal scores).
fn best_sense(g: &Gazetteer, geo: &Geography, cands: &[Cand], i: usize) -> Option<(i32, u32)> {
    let context = NameContext::new(g, geo, cands, i);
    let mut best: Option<(i32, u32)> = None;
    for &s in &cands[i].senses {
        let score = context.score(&g.entries[s.entry as usize], s);
        if best.is_none_or(|(b, _)| score > b) {
            best = Some((score, s.entry));
        }
    }
    best
}
