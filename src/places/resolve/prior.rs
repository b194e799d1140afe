//! What a sense is worth before the article's context: its kind, population and capital
//! status (an exonym yields to a place's own name); world cities; distances.
//!
//! In: gazetteer entries. Out: scores and distances.

use crate::places::candidate::Cand;
use crate::places::gazetteer::{Entry, Gazetteer, Kind, form};

/// Prior of a sense before the article's context.
pub fn prior(e: &Entry, f: u8) -> i32 {
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

/// A capital of a million people or a city of four million: known worldwide by its name.
pub fn is_world_city(e: &Entry) -> bool {
    e.kind == Kind::Capital && e.pop >= 23 || e.kind.is_city() && e.pop >= 26
}

/// Squared distance in degrees (longitude scaled by latitude): enough to rank nearness.
pub fn dist2(lat1: f32, lon1: f32, lat2: f32, lon2: f32) -> f32 {
    let k = ((lat1 + lat2) * 0.5).to_radians().cos();
    let mut dlon = (lon1 - lon2).abs();
    if dlon > 180.0 {
        dlon = 360.0 - dlon;
    }
    let dlat = lat1 - lat2;
    dlat * dlat + (dlon * k) * (dlon * k)
}

/// The sense a name has without context, regions and countries first (for an anchor:
/// "Paris, Texas").
pub fn best_static<'a>(g: &'a Gazetteer, c: &Cand) -> Option<&'a Entry> {
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
