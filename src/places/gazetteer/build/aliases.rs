//! Hand-listed alternative names (`data/place_aliases.tsv`: "U.S.", "Kiev", "the Gulf",
//! AP state abbreviations "Ga."), each pointing to a place by its name and country.
//!
//! In: the entries. Out: the aliases added to the index, flagged [`form::ALIAS`] (and
//! [`form::NEEDS_THE`] / [`form::AFTER_COMMA`] as the file says). An alias whose place is
//! not in the table is an error.

use super::{Built, Entry, HashMap, Kind, form, key};
use crate::data::{DataError, table};
use crate::data_file;

const FLAGS: &[(&str, u8)] = &[("comma", form::AFTER_COMMA), ("the", form::NEEDS_THE)];

/// A static prior used to pick the target of an alias among same-named entries.
fn rank_static(e: &Entry) -> u32 {
    let k = match e.kind {
        Kind::Country => 1000,
        Kind::Region | Kind::Feature => 900,
        Kind::Capital => 800,
        Kind::Admin1 => 500,
        Kind::City => 400,
        _ => 100,
    };
    k + e.pop as u32
}

/// Adds the aliases of `data/place_aliases.tsv`.
pub fn add_aliases(built: &mut Built) -> Result<(), DataError> {
    let entries = &built.entries;
    // the best-ranked entry of each name, in a country and anywhere
    let mut by_name: HashMap<(&'static str, &'static str), usize> = HashMap::default();
    let mut by_name_any: HashMap<&'static str, usize> = HashMap::default();
    for (i, e) in entries.iter().enumerate() {
        let better = |j: usize| rank_static(&entries[j]) < rank_static(e);
        match by_name.get(&(e.name, e.country)) {
            Some(&j) if !better(j) => {}
            _ => {
                by_name.insert((e.name, e.country), i);
            }
        }
        match by_name_any.get(e.name) {
            Some(&j) if !better(j) => {}
            _ => {
                by_name_any.insert(e.name, i);
            }
        }
    }
    // alias, canonical name, country (optional), flags (optional)
    for l in table(data_file!("place_aliases.tsv"), 2, 4)? {
        let name = l.col(1)?;
        let target = match l.opt(2) {
            None => by_name_any.get(name),
            Some(country) => by_name.get(&(name, country)),
        };
        let Some(&i) = target else {
            return Err(l.error(format!("no place named {name:?} in the gazetteer")));
        };
        let f = l
            .flags(3, FLAGS)?
            .into_iter()
            .fold(form::ALIAS, |f, x| f | x);
        built.add_form(key(l.key()), i, f);
    }
    Ok(())
}
