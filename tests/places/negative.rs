//! Negative set: texts (written for this test) full of capitalised words that are names of
//! towns somewhere but are people, organisations, teams, months, common words or headline
//! words here. Each text lists the only places it really names.

use crate::support::places::places;

const CASES: &[(&str, &[&str])] = &[
    // diseases named after places (a country stays a place)
    (
        "Cases of West Nile virus rose in Texas. The Marburg virus spread.",
        &["Texas"],
    ),
    (
        "The United States flu season began early.",
        &["United States"],
    ),
    // people whose names are towns
    (
        "Michael Jordan scored 30 points. Jordan then thanked the fans.",
        &[],
    ),
    ("Paris Hilton arrived late, Mr Jordan said.", &[]),
    (
        "Coach Ripley praised the defence. \"We grew stronger,\" Ripley said.",
        &[],
    ),
    (
        "Superintendent Lorraine Bailey told the board that Bailey would retire.",
        &[],
    ),
    (
        "The suspect, Roy A. Nelson, 46, was held. Nelson denied the charge.",
        &[],
    ),
    (
        "Clark said the shop had closed. Barry, who was there, agreed.",
        &[],
    ),
    ("Charlie Chen and Vladimir Petrov signed the deal.", &[]),
    // organisations, clubs, media
    (
        "The Washington Post and the Syrian Democratic Forces both denied it.",
        &[],
    ),
    (
        "Real Madrid beat Manchester City after Ohio State lost.",
        &[],
    ),
    ("Independent outlet Raqqa 24 reported the strike.", &[]),
    (
        "She studied at the University of Texas and banked with the Bank of America.",
        &[],
    ),
    (
        "Hope's Wings and St. Patrick's Day events drew crowds.",
        &[],
    ),
    // months, days, common words, demonyms
    ("March was cold, and in August the rains came.", &[]),
    ("Reading is a pleasure. Nice work, said the judge.", &[]),
    (
        "Mobile phones were banned. Independence Day was quiet.",
        &[],
    ),
    (
        "Syrian and Russian officials met Jewish and Arab leaders.",
        &[],
    ),
    ("He paid 1.26 U.S. dollars for the ticket.", &[]),
    ("To be fair, the Centre said so.", &[]),
    // a headline in Title Case with small-town names as words
    ("Man Charged After Fire Destroys Home", &[]),
    // agency names in capitals are no cities
    ("An official told SANA that talks would resume.", &[]),
    // real places among the distractors
    (
        "Michael Jordan flew to Jordan, then to Paris, where Paris Hilton met him.",
        &["Jordan", "Paris"],
    ),
    (
        "Ripley, who coached in Mobile, Alabama, moved to Reading.",
        &["Mobile", "Alabama", "Reading"],
    ),
];

#[test]
fn capitalised_non_places_are_not_places() {
    let mut failures = Vec::new();
    for (text, expected) in CASES {
        let got: Vec<String> = places(text).into_iter().map(|p| p.span.text).collect();
        if got != *expected {
            failures.push(format!("{text:?}: expected {expected:?}, got {got:?}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
