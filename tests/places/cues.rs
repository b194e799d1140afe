//! Resolution cues (each with its reason id in the place's rule): a state over its
//! same-named city, a news short form over an obscure namesake, qualified regions, names
//! with diacritics. Each with the texts where the cue must not fire. Texts written for
//! these tests.

use crate::support::places::checked_places;

/// (mention, name, country, kind, rule) of every place found.
fn found(text: &str) -> Vec<(String, String, Option<String>, String, String)> {
    checked_places(text)
        .into_iter()
        .map(|p| (p.span.text, p.name, p.country, p.kind, p.rule))
        .collect()
}

/// The place whose mention is `mention` (the first one).
fn place(text: &str, mention: &str) -> (String, Option<String>, String, String) {
    let (_, name, country, kind, rule) = found(text)
        .into_iter()
        .find(|p| p.0 == mention)
        .unwrap_or_else(|| panic!("no place {mention:?} in {text:?}"));
    (name, country, kind, rule)
}

#[test]
fn new_york_alone_is_the_city() {
    let (name, _, kind, _) = place("Crowds gathered in New York on Monday.", "New York");
    assert_eq!((name.as_str(), kind.as_str()), ("New York City", "city"));
    // towns near the city do not make it the state
    let text = "Trains ran from Brooklyn and Yonkers into New York.";
    assert_eq!(place(text, "New York").0, "New York City");
}

#[test]
fn a_state_word_asks_for_the_state() {
    for text in [
        "Snow closed roads across upstate New York.",
        "He moved to New York State last year.",
    ] {
        let (name, _, kind, rule) = place(text, "New York");
        assert_eq!(
            (name.as_str(), kind.as_str()),
            ("New York", "admin"),
            "{text}"
        );
        assert!(rule.contains("res:state-word"), "{text}: {rule}");
    }
    // "New York State Police" is an organisation's name: no place, no state cue
    assert!(found("The New York State Police closed the road.").is_empty());
}

#[test]
fn towns_far_from_the_city_make_the_state() {
    let text = "Wildfires spread near Spokane and Yakima. Washington declared an emergency.";
    let (name, _, kind, rule) = place(text, "Washington");
    assert_eq!((name.as_str(), kind.as_str()), ("Washington", "admin"));
    assert!(rule.contains("res:state-towns"), "{rule}");
    let text = "He drove from Buffalo and Syracuse to New York.";
    assert_eq!(place(text, "New York").2, "admin");
}

#[test]
fn one_town_of_the_state_is_not_enough() {
    let text = "Protesters marched in Washington. Seattle police watched.";
    let (name, _, _, rule) = place(text, "Washington");
    assert_eq!(name, "Washington, D.C.");
    assert!(!rule.contains("res:state"), "{rule}");
}

#[test]
fn gaza_is_the_gaza_strip() {
    let (name, country, kind, rule) = place("Rockets were fired from Gaza on Monday.", "Gaza");
    assert_eq!(
        (name.as_str(), country.as_deref(), kind.as_str()),
        ("Gaza Strip", Some("PS"), "region")
    );
    assert!(rule.contains("res:short-form"), "{rule}");
    // a type word asks for the province of Mozambique
    let text = "Floods hit Mozambique. Farmers in Gaza province lost their maize.";
    let (name, country, _, rule) = place(text, "Gaza");
    assert_eq!((name.as_str(), country.as_deref()), ("Gaza", Some("MZ")));
    assert!(!rule.contains("res:short-form"), "{rule}");
}

#[test]
fn a_qualified_name_is_a_region_of_its_place() {
    let text = "Farmers in South Taranaki and Upper Egypt waited for rain.";
    let places = found(text);
    let names: Vec<(&str, &str, Option<&str>, &str)> = places
        .iter()
        .map(|p| (p.0.as_str(), p.1.as_str(), p.2.as_deref(), p.3.as_str()))
        .collect();
    assert_eq!(
        names,
        vec![
            ("South Taranaki", "South Taranaki", Some("NZ"), "region"),
            ("Upper Egypt", "Upper Egypt", Some("EG"), "region"),
        ]
    );
    assert!(places.iter().all(|p| p.4.contains("res:qualified")));
    // the head keeps its own reading: no parish of Jamaica for "Greater Manchester", and
    // "Eastern Washington" is the state's east, not the capital's
    let (name, country, _, _) = place(
        "Roads across Greater Manchester closed.",
        "Greater Manchester",
    );
    assert_eq!(
        (name.as_str(), country.as_deref()),
        ("Greater Manchester", Some("GB"))
    );
    let text = "Fires burned in Eastern Washington. Officials in Washington met.";
    let places = checked_places(text);
    assert!(
        places[0].lat.is_some_and(|lat| lat > 45.0),
        "{:?}",
        places[0]
    );
    assert_eq!(places[1].name, "Washington, D.C.");
}

#[test]
fn a_gazetteer_name_with_a_compass_word_stays_itself() {
    let text = "Talks between South Korea and South Africa resumed in North Macedonia.";
    for p in found(text) {
        assert!(!p.4.contains("res:qualified"), "{p:?}");
        assert_eq!(p.3, "country", "{p:?}");
    }
    // a modifier that is no compass or size word makes no region ("Rural Idaho")
    let (name, _, _, rule) = place("Clinics in Rural Idaho closed.", "Idaho");
    assert_eq!(name, "Idaho");
    assert!(!rule.contains("res:qualified"), "{rule}");
}

#[test]
fn names_with_diacritics_keep_them_and_match_folded() {
    let (name, country, _, _) = place("Floods cut roads in Whangārei on Monday.", "Whangārei");
    assert_eq!(
        (name.as_str(), country.as_deref()),
        ("Whangārei", Some("NZ"))
    );
    let (name, country, _, _) = place("Floods cut roads in Whangarei on Monday.", "Whangarei");
    assert_eq!(
        (name.as_str(), country.as_deref()),
        ("Whangarei", Some("NZ"))
    );
    // a mention without the table's diacritics keeps the table's name
    let (name, _, _, _) = place("Floods cut roads in Zurich on Monday.", "Zurich");
    assert_eq!(name, "Zürich");
}

#[test]
fn a_list_of_states_asks_for_the_state() {
    for (text, mention) in [
        (
            "Hatchery programs in Washington, Oregon and Idaho would continue.",
            "Washington",
        ),
        (
            "Two plants paused in Nevada and New York last year.",
            "New York",
        ),
    ] {
        let (name, _, kind, rule) = place(text, mention);
        assert_eq!(
            (kind.as_str(), rule.contains("res:state-list")),
            ("admin", true),
            "{text}: {name} {rule}"
        );
    }
    // a list of cities, or of states none of which is plainly one, asks for nothing
    let text = "After stops in Washington, New York and Boston, he flew home.";
    let (name, _, _, rule) = place(text, "Washington");
    assert_eq!(name, "Washington, D.C.");
    assert!(!rule.contains("res:state-list"), "{rule}");
    // a plain state needs no cue
    let rule = place(
        "Hatchery programs in Washington, Oregon and Idaho would continue.",
        "Idaho",
    )
    .3;
    assert!(!rule.contains("res:state-list"), "{rule}");
}

#[test]
fn a_country_name_is_the_country_in_a_story_abroad() {
    let text = "The French company runs two plants in France, at Dunkirk and near Lyon, \
                and one in Poland. It chose Kentucky over Ohio and Texas.";
    assert_eq!(place(text, "Poland").1.as_deref(), Some("PL"));
    // a local story may mean its own town of the name
    let text = "Funeral services will be held at the Rohland Funeral Home, 508 Cumberland \
                St., Lebanon. She was formerly of Hershey and Harrisburg, Pennsylvania.";
    assert_eq!(place(text, "Lebanon").1.as_deref(), Some("US"));
}

#[test]
fn a_world_city_keeps_its_sense_where_its_country_is_named() {
    let text = "Velora picked Paris, Ky., for its plant. The French company, based in Paris, \
                runs plants in France at Dunkirk and near Lyon.";
    let found = found(text);
    let paris: Vec<_> = found.iter().filter(|p| p.0 == "Paris").collect();
    assert_eq!(paris[0].2.as_deref(), Some("US"));
    assert_eq!(paris[1].2.as_deref(), Some("FR"), "{:?}", paris[1]);
    assert!(paris[1].4.contains("res:world-city"), "{:?}", paris[1]);
    // without France named again and again, the town's reading holds for the bare name
    let text = "Velora picked Paris, Ky., for its plant. Paris has 10,000 people.";
    let found = self::found(text);
    assert!(
        found
            .iter()
            .filter(|p| p.0 == "Paris")
            .all(|p| p.2.as_deref() == Some("US")),
        "{found:?}"
    );
}
