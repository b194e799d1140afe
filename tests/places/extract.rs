//! Place extraction on short texts written for these tests (news-like, but no real
//! article's wording): spans, canonical names, countries, kinds and coordinates.

use crate::support::places::checked_places;

/// (mention, name, country) of every place found.
fn triples(text: &str) -> Vec<(String, String, Option<String>)> {
    checked_places(text)
        .into_iter()
        .map(|p| (p.span.text, p.name, p.country))
        .collect()
}

fn mentions(text: &str) -> Vec<String> {
    checked_places(text)
        .into_iter()
        .map(|p| p.span.text)
        .collect()
}

fn t(m: &str, n: &str, c: Option<&str>) -> (String, String, Option<String>) {
    (m.to_string(), n.to_string(), c.map(str::to_string))
}

#[test]
fn wire_story_with_dateline_and_regions() {
    let text = "DAMASCUS, March 3 (Agency) - Government forces advanced on Sunday toward \
                the town of Tabqa, west of Raqqa, while aircraft struck targets in Idlib \
                province, a monitor in Britain said.\n\nThe fighting has driven thousands \
                toward the Turkish border and across the Euphrates.";
    let found = triples(text);
    assert_eq!(
        found,
        vec![
            t("DAMASCUS", "Damascus", Some("SY")),
            t("Tabqa", "Al-Tabqa", Some("SY")),
            t("Raqqa", "Raqqa", Some("SY")),
            t("Idlib", "Idlib", Some("SY")),
            t("Britain", "United Kingdom", Some("GB")),
            t("Euphrates", "Euphrates", None),
        ]
    );
    let places = checked_places(text);
    assert_eq!(places[0].kind, "city");
    assert!((places[0].lat.unwrap() - 33.5).abs() < 0.3);
    assert_eq!(places[3].kind, "admin", "Idlib province is the region");
    assert_eq!(places[5].kind, "feature");
}

#[test]
fn us_local_news_small_towns_and_states() {
    let text = "A woman from Forest Hill, Texas, was found safe in Arlington on Friday. \
                Deputies in Tarrant County said the search ended near Main Street.";
    let found = checked_places(text);
    let got: Vec<(&str, &str, Option<&str>)> = found
        .iter()
        .map(|p| (p.span.text.as_str(), p.kind.as_str(), p.country.as_deref()))
        .collect();
    assert_eq!(
        got,
        vec![
            ("Forest Hill", "city", Some("US")),
            ("Texas", "admin", Some("US")),
            ("Arlington", "city", Some("US")),
            ("Tarrant County", "admin", Some("US")),
            ("Main Street", "street", Some("US")),
        ]
    );
    assert_eq!(found[0].region.as_deref(), Some("Texas"));
    assert_eq!(
        found[2].region.as_deref(),
        Some("Texas"),
        "Arlington in Texas, not Virginia"
    );
}

#[test]
fn aliases_and_transliterations() {
    assert_eq!(
        triples("Talks in Kiev and Peking involved the U.S., the UK and America."),
        vec![
            t("Kiev", "Kyiv", Some("UA")),
            t("Peking", "Beijing", Some("CN")),
            t("U.S.", "United States", Some("US")),
            t("UK", "United Kingdom", Some("GB")),
            t("America", "United States", Some("US")),
        ]
    );
    assert_eq!(
        triples("Fighters left Ar-Raqqah and al-Raqqa for Tyva."),
        vec![
            t("Ar-Raqqah", "Raqqa", Some("SY")),
            t("al-Raqqa", "Raqqa", Some("SY")),
            t("Tyva", "Tuva", Some("RU")),
        ]
    );
}

#[test]
fn regions_need_their_article() {
    assert_eq!(
        triples("Leaders in the West and across the Middle East watched the Gulf."),
        vec![
            t("West", "the West", None),
            t("Middle East", "Middle East", None),
            t("Gulf", "Persian Gulf", None),
        ]
    );
    // "West" without "the" is a surname or a direction, not the region
    assert!(mentions("Kanye West sang. West of here it rained.").is_empty());
}

#[test]
fn washington_is_the_capital_unless_the_state_is_named() {
    let p = triples("Officials in Washington said the deal was done.");
    assert_eq!(p, vec![t("Washington", "Washington, D.C.", Some("US"))]);
    let p = checked_places("He lives in Spokane, Washington, and in Washington state.");
    assert_eq!(p[1].kind, "admin");
    assert_eq!(p[2].kind, "admin");
}

#[test]
fn context_finds_places_missing_from_the_gazetteer() {
    let text = "Clashes broke out in the Al-Nuzha neighbourhood and in Qasr village, \
                north of Kafr Nabudah. Later, Nuzha was calm.";
    let found = checked_places(text);
    let got: Vec<(&str, &str, &str)> = found
        .iter()
        .map(|p| (p.span.text.as_str(), p.name.as_str(), p.kind.as_str()))
        .collect();
    assert_eq!(
        got,
        vec![
            ("Al-Nuzha", "Al-Nuzha", "neighbourhood"),
            ("Qasr", "Qasr", "city"),
            ("Kafr Nabudah", "Kafr Nabudah", "city"),
            ("Nuzha", "Al-Nuzha", "neighbourhood"),
        ]
    );
    assert!(found.iter().all(|p| p.rule.starts_with("context")));
}

#[test]
fn one_sense_per_article_follows_the_explicit_mention() {
    let text = "The band played Paris, Tennessee, on Friday. Paris was packed.";
    let found = checked_places(text);
    assert_eq!(found[0].country.as_deref(), Some("US"));
    assert_eq!(found[2].span.text, "Paris");
    assert_eq!(found[2].country.as_deref(), Some("US"));
    // and the article's countries pull ambiguous names: Georgia the state in US news
    let found = checked_places("Atlanta police said the Georgia law takes effect in July.");
    assert_eq!(found[1].span.text, "Georgia");
    assert_eq!(found[1].country.as_deref(), Some("US"));
    let found = checked_places("Russian troops left Georgia after talks in Tbilisi.");
    assert_eq!(found[0].country.as_deref(), Some("GE"));
}

#[test]
fn modifiers_possessives_and_titles_count() {
    assert_eq!(
        mentions(
            "The U.S.-led coalition met Syria's envoy; U.S. President Smith and Texas Gov. Jones spoke."
        ),
        vec!["U.S.", "Syria", "U.S.", "Texas"]
    );
}

#[test]
fn offsets_are_byte_offsets_with_multibyte_text() {
    let text = "Émigrés in Zürich — and in São Paulo — cheered «Moscow».";
    let found = checked_places(text);
    let names: Vec<&str> = found.iter().map(|p| p.name.as_str()).collect();
    assert_eq!(names, vec!["Zürich", "São Paulo", "Moscow"]);
}

mod no_panic {
    use crate::support::places::checked_places;
    use proptest::prelude::*;

    fn check(text: &str) {
        checked_places(text);
    }

    proptest! {
        #[test]
        fn any_text(text in "\\PC{0,300}") {
            check(&text);
        }

        #[test]
        fn place_like_text(words in proptest::collection::vec(
            prop_oneof![
                Just("Raqqa"), Just("al-"), Just("Al-"), Just("Paris"), Just(", "), Just("Texas"),
                Just("the"), Just("town"), Just("of"), Just("province"), Just("St."), Just("'s"),
                Just("-"), Just("MOSCOW"), Just("\n\n"), Just("é"), Just("\u{200d}"), Just("Mr"),
                Just("County"), Just("6th"), Just("Avenue"), Just("north"), Just("Ga."), Just("."),
            ],
            0..40,
        )) {
            let text: String = words.iter().map(|w| format!("{w} ")).collect();
            check(&text);
            check(&words.concat());
        }
    }

    #[test]
    fn edge_inputs() {
        for t in [
            "",
            " ",
            "\0",
            "A",
            "al-",
            "Al-",
            "St.",
            "- - -",
            "Paris,",
            ", Texas",
            "ÉÉÉ ÉÉÉ",
        ] {
            check(t);
        }
        check(&"Raqqa ".repeat(10_000));
    }
}

#[test]
fn a_type_word_reading_stays_local() {
    let found =
        checked_places("Raqqa fell. Shelling hit villages in Raqqa province. Raqqa was quiet.");
    let kinds: Vec<&str> = found.iter().map(|p| p.kind.as_str()).collect();
    assert_eq!(kinds, vec!["city", "admin", "city"]);
}
