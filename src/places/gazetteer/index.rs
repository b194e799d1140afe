//! The surface forms of the GeoNames entries: each entry's name (and its English name from
//! `data/place_names.tsv`) in all its spellings, the everyday short form of a German town's
//! name, the national romanization of a Ukrainian one, and its alternate names (weaker
//! evidence, [`form::ALTERNATE`]).
//!
//! In: the generated entries and their alternate names. Out: the entries' display names set
//! and their forms added to the index.

use super::romanization::ukrainian_modern;
use super::spelling::Spelling;
use super::{Entry, HashMap, Index, add_form, form, key};
use crate::data::{DataError, table};
use crate::data_file;

/// (GeoNames name, country) -> (English name, the one GeoNames id meant, if only one).
type EnglishNames = HashMap<(&'static str, &'static str), (&'static str, Option<u32>)>;

/// `data/place_names.tsv`: GeoNames name, country, English name, optional GeoNames id.
fn english_names() -> Result<EnglishNames, DataError> {
    let mut names = EnglishNames::default();
    for l in table(data_file!("place_names.tsv"), 3, 4)? {
        let id = match l.opt(3) {
            Some(_) => Some(l.number(3)?),
            None => None,
        };
        names.insert((l.key(), l.col(1)?), (l.col(2)?, id));
    }
    Ok(names)
}

/// Sets the display names of the generated entries and indexes their surface forms.
pub fn index_generated(
    entries: &mut [Entry],
    alternates: &[&'static str],
    spelling: &Spelling,
    index: &mut Index,
) -> Result<(), DataError> {
    let english = english_names()?;
    for (i, e) in entries.iter_mut().enumerate() {
        let original = e.name;
        if let Some(&(name, _)) = english
            .get(&(original, e.country))
            .filter(|(_, id)| id.is_none() || *id == e.geonames_id)
        {
            e.name = name;
            for v in spelling.variants(name, e.country) {
                add_form(index, v, i, form::NAME);
            }
        }
        for v in spelling.variants(original, e.country) {
            add_form(index, v, i, form::NAME);
        }
        // a German city is called by the short form of its name ("Ludwigshafen")
        if e.name == original && e.pop >= 20 {
            if let Some(short) = spelling.short_form(original, e.country) {
                e.name = short;
            }
        }
        // Ukrainian places: the current romanization is the name English news uses
        if e.country == "UA" && e.name == original {
            if let Some(modern) = ukrainian_modern(original) {
                let modern: &'static str = Box::leak(modern.into_boxed_str());
                e.name = modern;
                for v in spelling.variants(modern, e.country) {
                    add_form(index, v, i, form::NAME);
                }
            }
        }
        for alt in alternates[i].split('|').filter(|a| !a.is_empty()) {
            add_form(index, key(alt), i, form::ALTERNATE);
        }
    }
    Ok(())
}
