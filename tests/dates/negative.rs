//! The negative corpus: texts in which no date must be found (tests/corpus/negative_dates.txt).

use sourcelens::{NaiveDate, Options, analyze};

#[test]
fn negative_corpus_has_no_dates() {
    let corpus = include_str!("../corpus/negative_dates.txt");
    let opts = Options {
        published: NaiveDate::from_ymd_opt(2019, 11, 20),
        ..Options::default()
    };
    let mut checked = 0;
    let mut failures = Vec::new();
    for line in corpus.lines() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        checked += 1;
        let r = analyze(line, &opts);
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
    let opts = Options {
        published: NaiveDate::from_ymd_opt(2019, 11, 20),
        ..Options::default()
    };
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
