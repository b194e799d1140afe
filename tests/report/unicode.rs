//! Offsets stay right in every unit on text mixing emoji (ZWJ sequences, flags), combining
//! marks and right-to-left script: each span's `text` is the slice of the original.

use crate::support::spans::assert_well_formed;
use sourcelens::{OffsetUnit, Options, analyze};

const MIXED: &str = "Réfugiés 👩‍👩‍👧‍👦 à Raqqa 🇸🇾: «مرحبا بكم» — e\u{301}\u{302}te\u{301}\n\n\
An official source told SANA 🙂 on Sunday that the U.S. had left Syria on 26 October 2017.\n\n\
\"We are here,\" said the minister in Damascus, עברית, while Moscow 🚀 said nothing.";

#[test]
fn every_span_is_the_slice_in_every_unit() {
    let published = sourcelens::parse_published("2017-10-30").ok();
    let mut counts = Vec::new();
    for unit in [OffsetUnit::Utf8, OffsetUnit::Utf16, OffsetUnit::Char] {
        let r = analyze(
            MIXED,
            &Options {
                published,
                offsets: unit,
                ..Options::default()
            },
        );
        assert_eq!(r.offsets, unit);
        counts.push(assert_well_formed(MIXED, &r, unit));
        // the findings are the same whatever the unit
        let names: Vec<&str> = r.places.iter().map(|p| p.name.as_str()).collect();
        assert!(
            names.contains(&"Syria") && names.contains(&"Moscow"),
            "{names:?}"
        );
        assert!(
            r.dates
                .iter()
                .any(|d| d.value.as_deref() == Some("2017-10-26"))
        );
        assert!(r.attributions.iter().any(|a| a.cue.text == "told"));
    }
    assert!(counts[0] >= 6);
    assert!(counts.iter().all(|&c| c == counts[0]));
    let r16 = analyze(
        MIXED,
        &Options {
            offsets: OffsetUnit::Utf16,
            ..Options::default()
        },
    );
    assert_eq!(r16.stats.length, MIXED.encode_utf16().count());
    assert_eq!(r16.stats.chars, MIXED.chars().count());
}
