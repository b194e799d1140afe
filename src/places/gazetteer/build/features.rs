//! The hand-listed features and regions that GeoNames' populated-place tables lack
//! (`data/place_features.tsv`: seas, rivers, mountains, "the Middle East", "Siberia").
//!
//! In: the data file. Out: new entries, each indexed by its name ("the X" only after "the",
//! [`form::NEEDS_THE`]).

use super::{Built, Entry, Kind, form, key};
use crate::data::{DataError, entries as lines};
use crate::data_file;

const KINDS: &[(&str, Kind)] = &[
    ("feature", Kind::Feature),
    ("neighbourhood", Kind::Neighbourhood),
    ("region", Kind::Region),
    ("street", Kind::Street),
];

/// Appends the hand-listed features to the entries and adds their names.
pub fn add_features(built: &mut Built) -> Result<(), DataError> {
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
        let i = built.entries.len();
        built.entries.push(Entry {
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
            Some(bare) => built.add_form(key(bare), i, form::NEEDS_THE),
            None => built.add_form(key(l.key()), i, form::NAME),
        }
    }
    Ok(())
}
