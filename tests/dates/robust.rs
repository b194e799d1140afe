//! Dates never panic and stay well-formed on any input: arbitrary text mixed with date-like
//! fragments, junk, combining marks, RTL text and very long inputs.

use proptest::prelude::*;
use sourcelens::{NaiveDate, Options, Precision, analyze};

const FRAGMENTS: &[&str] = &[
    "May",
    "March",
    "Sunday",
    "on Sunday",
    "26 October 2017",
    "Oct. 26-28",
    "2017-10-26",
    "10/26/2017",
    "26/10/2017",
    "9/11",
    "24/7",
    "3-1",
    "1957-58",
    "the 1990s",
    "'90s",
    "last week",
    "three days ago",
    "the previous day",
    "a year later",
    "mid-December",
    "Christmas",
    "Q3 2019",
    "the third quarter of",
    "yesterday",
    "Tuesday night",
    "of",
    "in",
    "the",
    " ",
    "\n",
    "\n\n",
    ",",
    ".",
    "-",
    "–",
    "'",
    "’",
    "é",
    "\u{301}",
    "🎉",
    "\u{200d}",
    "مرحبا",
    "\u{0}",
    "2019",
    "31",
    "00",
    "99",
    "February 30",
    "Feb. 29, 2019",
    "Feb. 29, 2020",
    "the day before yesterday",
    "every Friday",
    "next",
    "this",
    "early",
    "late",
];

fn check(text: &str, published: Option<NaiveDate>) {
    let opts = Options {
        published,
        ..Options::default()
    };
    let r = analyze(text, &opts);
    let mut prev_end = 0;
    for d in &r.dates {
        assert!(d.span.start >= prev_end, "overlap or disorder in {text:?}");
        assert!(d.span.end > d.span.start);
        assert_eq!(&text[d.span.start..d.span.end], d.span.text);
        prev_end = d.span.end;
        match (&d.value, d.precision) {
            (None, None) => {}
            (Some(v), Some(Precision::Year)) => {
                assert!(v.len() == 4 && v.parse::<i32>().is_ok(), "{v}")
            }
            (Some(v), Some(Precision::Month)) => {
                assert!(NaiveDate::parse_from_str(&format!("{v}-01"), "%Y-%m-%d").is_ok())
            }
            (Some(v), Some(Precision::Day)) => {
                assert!(NaiveDate::parse_from_str(v, "%Y-%m-%d").is_ok(), "{v}")
            }
            other => panic!("value and precision disagree: {other:?}"),
        }
        // an anchor is named only for what was resolved
        if d.value.is_none() {
            assert!(d.anchor.is_none(), "{d:?}");
        }
        // with no published date and no dateline, nothing is counted from the clock
        if r.published.is_none() && d.rule == "weekday" {
            assert!(d.value.is_none(), "no anchor, no weekday value: {d:?}");
        }
    }
}

proptest! {
    #[test]
    fn fragments_in_any_order(parts in prop::collection::vec(0..FRAGMENTS.len(), 0..40),
                              day in 0i64..20000) {
        let text: String = parts.iter().map(|&i| FRAGMENTS[i]).collect::<Vec<_>>().join(" ");
        let published = NaiveDate::from_ymd_opt(1990, 1, 1)
            .and_then(|d| d.checked_add_signed(chrono_days(day)));
        check(&text, published);
        check(&text, None);
    }

    #[test]
    fn arbitrary_text(text in "\\PC{0,200}") {
        check(&text, NaiveDate::from_ymd_opt(2020, 2, 29));
    }
}

fn chrono_days(n: i64) -> chrono::Duration {
    chrono::Duration::days(n)
}

#[test]
fn extreme_published_dates() {
    for p in [
        NaiveDate::MIN,
        NaiveDate::MAX,
        NaiveDate::from_ymd_opt(1, 1, 1).unwrap(),
    ] {
        check(
            "On Sunday, last year, three days ago, in May, Dec. 15, Christmas, the next day, \
             the same month a year ago, 7/8/07.",
            Some(p),
        );
    }
}

#[test]
fn long_input() {
    let unit = "On 26 October 2017, the minister said on Sunday that talks held last week \
                would resume in May; about 2000 people marched. ";
    let text = unit.repeat(5_000);
    let r = analyze(
        &text,
        &Options {
            published: NaiveDate::from_ymd_opt(2017, 10, 30),
            ..Options::default()
        },
    );
    assert_eq!(r.dates.len(), 5_000 * 4);
}
