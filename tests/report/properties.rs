//! Property tests: on arbitrary input `analyze` returns without panicking, every span is in
//! bounds, on boundaries in all three offset units, `text` equals the slice, the categories
//! the Report keeps sorted and non-overlapping stay so, and the result is deterministic.

use crate::support::spans::assert_well_formed;
use proptest::prelude::*;
use sourcelens::{OffsetUnit, Options, Report, analyze};

/// Fragments that exercise the extractors: cues, quotes, dates, places, odd Unicode.
const PIECES: &[&str] = &[
    "said",
    " said ",
    "told",
    "according to ",
    "The source",
    "he",
    "she",
    "\"",
    "“",
    "”",
    "‘",
    "’",
    "'",
    "«",
    "»",
    ",",
    ".",
    "\n",
    "\n\n",
    " ",
    "on Sunday",
    "26 October 2017",
    "Oct. 26",
    "2017-10-26",
    "10/26/2017",
    "last week",
    "Raqqa",
    "Syria",
    "U.S.",
    "the Gulf",
    "so-called",
    "allegedly",
    "Mr",
    "Dr.",
    "👩‍👩‍👧",
    "🇸🇾",
    "e\u{301}",
    "مرحبا",
    "עברית",
    "\u{200f}",
    "\u{0}",
    "\t",
    "A",
    "B",
    "x",
    "May",
    "March",
    "3-1",
    "24/7",
    "(",
    ")",
    "—",
    "–",
    "-",
    ":",
    ";",
];

fn arb_text() -> impl Strategy<Value = String> {
    prop_oneof![
        // any Unicode string
        any::<String>(),
        // structured soup of the pieces above
        prop::collection::vec(prop::sample::select(PIECES), 0..120).prop_map(|v| v.concat()),
        // long tokens and repeated quote marks
        (
            1usize..3000,
            prop::sample::select(&["\"", "“", "'", "a", "é", "👍", " "][..])
        )
            .prop_map(|(n, s)| s.repeat(n)),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, ..ProptestConfig::default() })]

    #[test]
    fn analyze_is_total_and_well_formed(text in arb_text(), with_date in any::<bool>()) {
        let published = with_date.then(|| sourcelens::parse_published("2017-10-30").unwrap());
        let mut first: Option<Report> = None;
        for unit in [OffsetUnit::Utf8, OffsetUnit::Utf16, OffsetUnit::Char] {
            let r = analyze(&text, &Options { published, offsets: unit, ..Options::default() });
            // spans are slices in `unit`, dates and places sorted, indices consistent
            assert_well_formed(&text, &r, unit);
            // the same findings whatever the unit
            if let Some(f) = &first {
                prop_assert_eq!(f.attributions.len(), r.attributions.len());
                prop_assert_eq!(f.dates.len(), r.dates.len());
                prop_assert_eq!(f.places.len(), r.places.len());
            } else {
                first = Some(r);
            }
        }
        // deterministic
        let a = analyze(&text, &Options { published, ..Options::default() });
        let b = analyze(&text, &Options { published, ..Options::default() });
        prop_assert_eq!(a, b);
    }
}

#[test]
fn pathological_inputs_do_not_hang_or_panic() {
    let cases = [
        "\"".repeat(10_000),
        "“".repeat(10_000),
        "said ".repeat(5_000),
        "a".repeat(200_000),
        "The source said that ".repeat(2_000),
        "\u{0}".repeat(1000),
        "e\u{301}\u{302}\u{303}".repeat(3000),
        "👩‍👩‍👧‍👦".repeat(3000),
        "\n".repeat(50_000),
        ". ".repeat(20_000),
    ];
    for text in &cases {
        let r = analyze(text, &Options::default());
        assert_well_formed(text, &r, OffsetUnit::Utf8);
    }
}
