//! The surface forms of the GeoNames entries: each entry's name (and its English name from
//! `data/place_names.tsv`) in all its spellings, the everyday short form of a German town's
//! name, the national romanization of a Ukrainian one, and its alternate names (weaker
//! evidence, [`form::ALTERNATE`]).
//!
//! In: the generated entries and their alternate names. Out: the entries' display names set
//! and their forms added to the index.

use super::romanization::ukrainian_modern;
use super::spelling::Spelling;
use super::{Built, HashMap, form, key};
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

/// Sets the display names of the generated entries and adds their surface forms.
pub fn index_generated(
    built: &mut Built,
    alternates: &[&'static str],
    spelling: &Spelling,
) -> Result<(), DataError> {
    let english = english_names()?;
    // one list of alternate names per generated entry
    for (i, alternates) in alternates.iter().enumerate() {
        let e = &built.entries[i];
        let (original, country, geonames_id, pop) = (e.name, e.country, e.geonames_id, e.pop);
        let mut name = original;
        if let Some(&(english, _)) = english
            .get(&(original, country))
            .filter(|(_, id)| id.is_none() || *id == geonames_id)
        {
            name = english;
            for v in spelling.variants(name, country) {
                built.add_form(v, i, form::NAME);
            }
        }
        for v in spelling.variants(original, country) {
            built.add_form(v, i, form::NAME);
        }
        // a German city is called by the short form of its name ("Ludwigshafen")
        if name == original && pop >= 20 {
            if let Some(short) = spelling.short_form(original, country) {
                name = short;
            }
        }
        // Ukrainian places: the current romanization is the name English news uses
        if country == "UA" && name == original {
            if let Some(modern) = ukrainian_modern(original) {
                let modern: &'static str = Box::leak(modern.into_boxed_str());
                name = modern;
                for v in spelling.variants(modern, country) {
                    built.add_form(v, i, form::NAME);
                }
            }
        }
        built.entries[i].name = name;
        for alt in alternates.split('|').filter(|a| !a.is_empty()) {
            built.add_form(key(alt), i, form::ALTERNATE);
        }
    }
    Ok(())
}
