//! The hand-listed features and regions that GeoNames' populated-place tables lack
//! (`data/place_features.tsv`: seas, rivers, mountains, "the Middle East", "Siberia").
//!
//! In: the data file. Out: new entries, each indexed by its name ("the X" only after "the",
//! [`form::NEEDS_THE`]).

use super::{Entry, Index, Kind, add_form, form, key};
use crate::data::{DataError, entries as lines};
use crate::data_file;

const KINDS: &[(&str, Kind)] = &[
    ("feature", Kind::Feature),
    ("neighbourhood", Kind::Neighbourhood),
    ("region", Kind::Region),
    ("street", Kind::Street),
];

/// Appends the hand-listed features to `entries` and their names to `index`.
pub fn add_features(entries: &mut Vec<Entry>, index: &mut Index) -> Result<(), DataError> {
    // name, kind, country (empty for international waters), lat, lon, GeoNames id (optional)
    for l in lines(data_file!("place_features.tsv")) {
        if !(5..=6).contains(&l.cols.len()) {
            return Err(l.error(format!("{} columns, expected 5 or 6", l.cols.len())));
        }
        let country = l.cols[2];
        if !(country.is_empty() || country.len() == 2) {
            return Err(l.error(format!("{country:?} is no ISO 3166-1 alpha-2 code")));
        }
        let geonames_id = match l.opt(5) {
            Some(_) => Some(l.number(5)?),
            None => None,
        };
        let i = entries.len();
        entries.push(Entry {
            name: l.key(),
            kind: l.one_of(1, KINDS)?,
            country,
            admin1: "",
            pop: 0,
            lat: l.number(3)?,
            lon: l.number(4)?,
            geonames_id,
        });
        match l.key().strip_prefix("the ") {
            Some(bare) => add_form(index, key(bare), i, form::NEEDS_THE),
            None => add_form(index, key(l.key()), i, form::NAME),
        }
    }
    Ok(())
}
