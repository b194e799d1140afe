//! Places: every place name of the article, resolved to a real place (country, coordinates,
//! GeoNames id), offline. A pipeline of stages, each in its own module:
//!
//! 1. Candidates. [`pieces`] cuts the text into pieces; [`lookup`] takes the longest
//!    gazetteer name at each capitalised piece ([`gazetteer`]: GeoNames countries, admin
//!    regions, cities and towns, hand-listed features, regions, English names and aliases);
//!    [`context`] adds places the gazetteer lacks and evidence for those it has ("X
//!    province", "the town of X", "Lake X"); [`comma`] links "Town, Region".
//! 2. Suppression ([`suppress`]): person and organisation names, common words, headlines.
//!    [`qualified`] makes "South Taranaki" a region of Taranaki; [`consistency`] makes the
//!    rejections consistent across the article; [`repeats`] finds names from context again
//!    where they recur.
//! 3. Resolution ([`resolve`]): each sense scores a prior plus the article's context; the
//!    best-evidenced sense of a name holds for the whole article ([`consistency`]).
//! 4. Output ([`output`]): the Report's places, those without an entry placed by
//!    [`countries`].
//!
//! In: a [`Document`]. Out: its [`Place`]s, sorted by position.

mod candidate;
mod comma;
mod consistency;
mod context;
mod countries;
mod debug;
pub(crate) mod gazetteer;
mod headlines;
pub(crate) mod lexicon;
mod lookup;
mod naming;
mod output;
mod pieces;
mod qualified;
mod repeats;
mod resolve;
mod runs;
mod suppress;

pub use gazetteer::{Entry, Kind};

use crate::report::Place;
use crate::text::Document;
use candidate::dedupe_overlaps;
use gazetteer::GAZETTEER;
use lexicon::LEXICON;

/// Finds the place names of a document.
pub fn extract(doc: &Document) -> Vec<Place> {
    let text = doc.text;
    if text.is_empty() {
        return Vec::new();
    }
    let g = &*GAZETTEER;
    let lx = &*LEXICON;
    let ps = pieces::pieces(doc);
    let titles = headlines::title_lines(text, doc, &ps);
    let mut cands = lookup::gazetteer_candidates(text, g, &ps);
    context::context_patterns(text, g, lx, &ps, &mut cands);
    cands.sort_by_key(|c| (c.start, std::cmp::Reverse(c.end)));
    dedupe_overlaps(&mut cands);
    comma::link_commas(text, g, lx, &ps, &mut cands);
    let paragraph_starts: Vec<usize> = doc.paragraphs.iter().map(|p| p.start).collect();
    let pass = suppress::Pass {
        text,
        g,
        lx,
        ps: &ps,
        titles: &titles,
        paragraph_starts: &paragraph_starts,
    };
    suppress::suppress(&pass, &mut cands);
    qualified::qualified_regions(text, lx, &ps, &mut cands);
    consistency::rejections(text, &mut cands);
    repeats::repeats(text, &ps, &mut cands);
    let demonyms = resolve::demonym_countries(text, lx, &ps);
    let state_cues = resolve::cues::state_cues(text, g, lx, &ps, &cands);
    resolve::resolve(g, &mut cands, &demonyms, &state_cues);
    if std::env::var_os("PLACES_DEBUG").is_some() {
        debug::print(text, g, &cands);
    }
    output::output(text, g, &paragraph_starts, &cands)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn places(text: &str) -> Vec<(String, String, Option<String>)> {
        extract(&Document::new(text))
            .into_iter()
            .map(|p| (p.span.text, p.name, p.country))
            .collect()
    }

    fn texts(text: &str) -> Vec<String> {
        places(text).into_iter().map(|p| p.0).collect()
    }

    #[test]
    fn countries_cities_and_aliases() {
        let found = places("The U.S. and Syria met in Moscow; Syrians and USAID did not.");
        assert_eq!(
            found,
            vec![
                ("U.S.".into(), "United States".into(), Some("US".into())),
                ("Syria".into(), "Syria".into(), Some("SY".into())),
                ("Moscow".into(), "Moscow".into(), Some("RU".into())),
            ]
        );
    }

    #[test]
    fn possessives_and_hyphenated_modifiers() {
        assert_eq!(
            texts("Syria's army and the U.S.-led coalition left a Raqqa-based group."),
            vec!["Syria", "U.S.", "Raqqa"]
        );
    }

    #[test]
    fn transliterations_resolve_to_english_names() {
        let found = places("Fighters left Ar-Raqqah for Kiev.");
        assert_eq!(found[0].1, "Raqqa");
        assert_eq!(found[1].1, "Kyiv");
    }

    #[test]
    fn context_finds_unknown_neighbourhoods_and_repeats() {
        let t = "Shelling hit the Al-Zuhour neighborhood in Raqqa. Later, Zuhour was quiet.";
        let found = extract(&Document::new(t));
        let names: Vec<&str> = found.iter().map(|p| p.span.text.as_str()).collect();
        assert_eq!(names, vec!["Al-Zuhour", "Raqqa", "Zuhour"]);
        assert_eq!(found[0].kind, "neighbourhood");
        assert_eq!(found[0].country.as_deref(), Some("SY"));
        assert_eq!(found[2].name, "Al-Zuhour");
    }

    #[test]
    fn comma_region_picks_the_small_town() {
        let found = places("He grew up in Paris, Texas, not in Paris.");
        assert_eq!(found[0].2.as_deref(), Some("US"));
        assert_eq!(found[1].1, "Texas");
        // one sense per article: the explicit reading holds
        assert_eq!(found[2].2.as_deref(), Some("US"));
    }

    #[test]
    fn person_and_organisation_names_are_not_places() {
        assert!(texts("Michael Jordan scored and Mr Jordan smiled.").is_empty());
        assert!(texts("She read The Washington Post beside Paris Hilton.").is_empty());
        assert_eq!(
            texts("Real Madrid beat a team from Madrid."),
            vec!["Madrid"]
        );
    }

    #[test]
    fn common_words_need_evidence() {
        assert!(texts("March was cold. Reading is fun. Nice work.").is_empty());
        assert_eq!(texts("They moved to Reading last year."), vec!["Reading"]);
    }

    fn rules(text: &str) -> Vec<(String, String)> {
        extract(&Document::new(text))
            .into_iter()
            .map(|p| (p.span.text, p.rule))
            .collect()
    }

    #[test]
    fn a_resolution_names_the_context_that_decided_it() {
        let found = rules("Floods hit Ireland. Roads into Athlone were closed.");
        // (Athlone also names a suburb of Cape Town: the name carries its country)
        assert_eq!(found[1].1, "gazetteer+prep+res:country+name:homonym");
        let found = rules("He grew up in Paris, Texas.");
        assert!(found[0].1.contains("+res:anchor"), "{found:?}");
    }

    #[test]
    fn a_resolution_by_prior_or_a_single_sense_has_no_reason() {
        // one sense, or the prior already decides: no "res:" part
        for (_, rule) in rules("Floods hit Bangladesh. Crowds gathered in Paris.") {
            assert!(!rule.contains("res:"), "{rule}");
        }
    }

    #[test]
    fn a_thin_margin_names_the_runner_up() {
        let found = extract(&Document::new("Storms hit Texas. Schools in Paris closed."));
        let paris = &found[1];
        assert_eq!(paris.country.as_deref(), Some("FR"));
        let other = paris.runner_up.as_ref().expect("a runner-up");
        assert_eq!(
            (other.name.as_str(), other.country.as_deref()),
            ("Paris", Some("US"))
        );
        // a clear winner has none
        let found = extract(&Document::new("Floods hit Bangladesh."));
        assert!(found[0].runner_up.is_none());
    }

    #[test]
    fn a_small_town_does_not_take_its_states_name() {
        // Indiana, Pennsylvania is a town of 13,000: the bare name is the state
        let found = extract(&Document::new("Storms hit Indiana on Monday."));
        assert_eq!(
            (found[0].kind.as_str(), found[0].region.as_deref()),
            ("admin", None)
        );
    }

    #[test]
    fn an_adjective_of_origin_counts_as_its_country() {
        // "Irish" names Ireland: Athlone is the Irish town
        let found = places("Irish officials met. Crowds gathered in Athlone.");
        assert_eq!(found[0].2.as_deref(), Some("IE"));
        // without it, the larger namesake in South Africa
        let found = places("Officials met. Crowds gathered in Athlone.");
        assert_eq!(found[0].2.as_deref(), Some("ZA"));
    }
}
