//! The negative corpus: texts in which no date must be found (tests/corpus/negative_dates.txt).

use crate::support::analyze::options;
use crate::support::corpus::lines;
use crate::support::fixtures::NEGATIVE_DATES;
use sourcelens::{OffsetUnit, analyze};

#[test]
fn negative_corpus_has_no_dates() {
    let opts = options(Some("2019-11-20"), OffsetUnit::Utf8);
    let mut checked = 0;
    let mut failures = Vec::new();
    for line in lines(NEGATIVE_DATES) {
        checked += 1;
        let r = analyze(&line, &opts);
        if !r.dates.is_empty() {
            let found: Vec<(&str, &str)> = r
                .dates
                .iter()
                .map(|d| (d.span.text.as_str(), d.rule.as_str()))
                .collect();
            failures.push(format!("{line:?}: {found:?}"));
        }
    }
    assert!(checked >= 40, "corpus too small: {checked}");
    assert!(
        failures.is_empty(),
        "dates found in:\n{}",
        failures.join("\n")
    );
}

#[test]
fn the_same_words_as_dates_are_found() {
    // the other side of the corpus: the same words in date contexts are dates
    let opts = options(Some("2019-11-20"), OffsetUnit::Utf8);
    for (text, want) in [
        ("The minister resigned in May.", "May"),
        ("Protests began in March.", "March"),
        ("The paper came out on Sunday.", "Sunday"),
        ("The meeting is at 10 a.m. on Friday.", "Friday"),
        ("More than 2,017 people attended in 2017.", "2017"),
        ("Raqqa 24 reported the strike on 24 October.", "24 October"),
    ] {
        let r = analyze(text, &opts);
        let got: Vec<&str> = r.dates.iter().map(|d| d.span.text.as_str()).collect();
        assert_eq!(got, vec![want], "{text}");
    }
}
