//! The Report's name of a resolved place: the gazetteer entry's name, with the article's
//! diacritics where the table folded them away ("Whangārei"), and for a town that shares its
//! name with a better-known place the region that tells the two apart, as encyclopedias and
//! news style name them: "Paris, Texas", "Perth, Scotland", "London, Ontario",
//! "Córdoba, Spain" (rule `name:homonym`).
//!
//! In: the mention's text and the chosen entry. Out: the name, and whether the region was
//! added.
//!
//! A town is outranked when another entry of the same name (the entry's own name, not an
//! alternate or an abbreviation) is a country elsewhere ("Lebanon, New Hampshire"), a
//! first-level region elsewhere for a town under 100,000 people ("Washington, Missouri"),
//! a town of the same country at least as populous (the table's population code, a factor
//! of 1.8 per step: "Aurora, Illinois" beside the larger Aurora in Colorado; a tie names
//! both, "Lewiston, Idaho" and "Lewiston, Maine"), or a town abroad far more populous
//! ([`ABROAD_MARGIN`]: "Perth, Scotland", but "Brest" and "Kettering" stay bare beside
//! their namesakes abroad) or, for a small town ([`SMALL_TOWN`]), at least as populous. The region is
//! the state or province in the United States, Canada and Australia and the nation in the
//! United Kingdom (as their local papers write it); elsewhere the country.

use super::gazetteer::{Entry, Gazetteer, Kind, form, key};

/// Population code of 100,000 people (round(4 * log10(100,001))).
const TOWN_UNDER_REGION: u8 = 20;

/// How many population steps (a factor of 1.8 each) a town abroad must lead by to be the
/// one the bare name means: three, a factor of about 5.6 ("Paris" is France's, "Lincoln"
/// stays bare in England beside Lincoln, Nebraska).
const ABROAD_MARGIN: u8 = 3;

/// Population code of about 56,000 people: a smaller town is told apart from any namesake
/// abroad at least as populous ("Forest Hill, Texas" beside the Forest Hills of Melbourne
/// and London).
const SMALL_TOWN: u8 = 19;

/// Countries whose towns are told apart by their first-level region.
const BY_REGION: [&str; 4] = ["US", "CA", "AU", "GB"];

/// The name of a resolved place and whether it carries its region ([`outranked`]).
pub fn report_name(g: &Gazetteer, mention: &str, e: &Entry) -> (String, bool) {
    let name = official_name(mention, e);
    if !outranked(g, e) {
        return (name, false);
    }
    match region(g, e) {
        Some(region) if region != name => (format!("{name}, {region}"), true),
        _ => (name, false),
    }
}

/// The entry's name, or the article's spelling of it when that only adds the diacritics the
/// table folded away ("Whangārei" for "Whangarei", "Bogotá" for "Bogota"; a dash is no
/// diacritic: "Murray–Darling Basin" keeps the table's hyphen).
fn official_name(mention: &str, e: &Entry) -> String {
    let letters_only = mention
        .chars()
        .filter(|ch| !ch.is_ascii())
        .all(char::is_alphabetic);
    if !mention.is_ascii() && letters_only && e.name.is_ascii() && key(mention) == key(e.name) {
        mention.to_string()
    } else {
        e.name.to_string()
    }
}

/// Whether a town shares its name with a place a reader would take the bare name for.
fn outranked(g: &Gazetteer, e: &Entry) -> bool {
    if !e.kind.is_city() || e.name.contains(',') {
        return false;
    }
    let Some(senses) = g.lookup(&key(e.name)) else {
        return false;
    };
    let weak = form::ALTERNATE | form::NEEDS_THE | form::AFTER_COMMA;
    senses
        .iter()
        .filter(|s| s.form & weak == 0)
        .map(|s| &g.entries[s.entry as usize])
        .filter(|o| !std::ptr::eq(*o, e))
        .any(|o| match o.kind {
            Kind::Country => o.country != e.country,
            Kind::Admin1 => {
                (o.country, o.admin1) != (e.country, e.admin1)
                    && (e.pop < TOWN_UNDER_REGION || o.pop >= e.pop + ABROAD_MARGIN)
            }
            Kind::City | Kind::Capital if o.country == e.country => {
                o.pop >= e.pop && o.pop > 0 && !same_place(o, e)
            }
            Kind::City | Kind::Capital if e.pop < SMALL_TOWN => o.pop >= e.pop,
            Kind::City | Kind::Capital => o.pop >= e.pop + ABROAD_MARGIN,
            _ => false,
        })
}

/// Two entries of one country within a few kilometres: one town listed twice.
fn same_place(a: &Entry, b: &Entry) -> bool {
    (a.lat - b.lat).abs() < 0.2 && (a.lon - b.lon).abs() < 0.2
}

/// The region that tells a town apart: its state, province or nation, else its country.
fn region<'g>(g: &'g Gazetteer, e: &Entry) -> Option<&'g str> {
    if BY_REGION.contains(&e.country) {
        return g.admin1_of(e).map(|a| a.name);
    }
    g.country(e.country).map(|c| c.name)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::places::gazetteer::GAZETTEER;

    /// The Report name of the most populous town of `name` in `country` ("US/TX": in Texas).
    fn named(name: &str, country: &str) -> String {
        let g = &*GAZETTEER;
        let (country, admin1) = country.split_once('/').unwrap_or((country, ""));
        let e = g
            .lookup(&key(name))
            .into_iter()
            .flatten()
            .map(|s| &g.entries[s.entry as usize])
            .filter(|e| e.kind.is_city() && e.country == country)
            .filter(|e| admin1.is_empty() || e.admin1 == admin1)
            .max_by_key(|e| e.pop)
            .unwrap_or_else(|| panic!("no town {name} in {country}"));
        report_name(g, name, e).0
    }

    #[test]
    fn a_homonym_of_a_better_known_place_carries_its_region() {
        assert_eq!(named("Paris", "US/TX"), "Paris, Texas");
        assert_eq!(named("Perth", "GB"), "Perth, Scotland");
        assert_eq!(named("London", "CA"), "London, Ontario");
        assert_eq!(named("Lebanon", "US/NH"), "Lebanon, New Hampshire");
    }

    #[test]
    fn the_best_known_place_of_a_name_keeps_its_bare_name() {
        assert_eq!(named("Paris", "FR"), "Paris");
        assert_eq!(named("London", "GB"), "London");
        assert_eq!(named("Perth", "AU"), "Perth");
        assert_eq!(named("Singapore", "SG"), "Singapore");
        assert_eq!(named("Fort Worth", "US"), "Fort Worth");
        assert_eq!(named("St. Louis", "US"), "St. Louis");
        assert_eq!(named("Lincoln", "GB"), "Lincoln");
        assert_eq!(named("Aberdeen", "GB"), "Aberdeen");
    }

    #[test]
    fn homonyms_at_home_are_told_apart_even_when_close_in_size() {
        assert_eq!(named("Lewiston", "US/ID"), "Lewiston, Idaho");
        assert_eq!(named("Hanover", "US/NH"), "Hanover, New Hampshire");
        assert_eq!(named("Forest Hill", "US"), "Forest Hill, Texas");
    }

    #[test]
    fn outside_the_region_countries_the_country_tells_them_apart() {
        let cordoba = named("Córdoba", "ES");
        assert_eq!(cordoba, "Córdoba, Spain");
    }
}
