//! Spans as slices of the text in every offset unit, and the invariants every Report keeps
//! whatever the input (the contract of `analyze`: never a panic, spans in bounds and on
//! boundaries, `text` equal to the slice, sorted categories, consistent indices).

use sourcelens::{OffsetUnit, Report};

/// `text[start..end]` with offsets in `unit`; `None` when the range is out of bounds, reversed,
/// not on a character boundary (UTF-8) or cuts a surrogate pair (UTF-16).
pub fn slice(text: &str, start: usize, end: usize, unit: OffsetUnit) -> Option<String> {
    match unit {
        OffsetUnit::Utf8 => text.get(start..end).map(str::to_string),
        OffsetUnit::Utf16 => {
            let units: Vec<u16> = text.encode_utf16().collect();
            units
                .get(start..end)
                .and_then(|s| String::from_utf16(s).ok())
        }
        OffsetUnit::Char => {
            let n = text.chars().count();
            (start <= end && end <= n).then(|| text.chars().skip(start).take(end - start).collect())
        }
    }
}

/// Every span of `r` (cues, sources, contents, vias, mentions, distancing, dates, places) is
/// `start <= end` and its `text` is the slice of `text` in `unit`. Returns how many were
/// checked.
pub fn assert_spans_are_slices(text: &str, r: &Report, unit: OffsetUnit) -> usize {
    let spans = r.spans();
    for s in &spans {
        assert!(s.start <= s.end, "{unit:?} reversed span {s:?}");
        assert_eq!(
            slice(text, s.start, s.end, unit).as_deref(),
            Some(s.text.as_str()),
            "{unit:?} span {s:?}"
        );
    }
    spans.len()
}

/// Dates and places, which the Report keeps sorted, do not overlap.
pub fn assert_sorted(r: &Report) {
    for w in r.dates.windows(2) {
        assert!(w[0].span.end <= w[1].span.start, "dates overlap: {w:?}");
    }
    for w in r.places.windows(2) {
        assert!(w[0].span.end <= w[1].span.start, "places overlap: {w:?}");
    }
}

/// Attributions and sources point at each other: a source id is a source that lists the
/// attribution and whose name is its speaker; a source's attributions exist; shares are in
/// 0..=1; the profile counts every attribution once by kind and once by anonymity.
pub fn assert_indices_consistent(r: &Report) {
    for (i, a) in r.attributions.iter().enumerate() {
        if let Some(id) = a.source_id {
            assert!(id < r.sources.len(), "source id {id} of {a:?}");
            assert!(r.sources[id].attributions.contains(&i), "{a:?}");
            assert_eq!(a.speaker.as_deref(), Some(r.sources[id].name.as_str()));
        }
    }
    for s in &r.sources {
        assert!(
            s.attributions.iter().all(|&i| i < r.attributions.len()),
            "{s:?}"
        );
        assert!((0.0..=1.0).contains(&s.share), "{s:?}");
    }
    let p = &r.profile;
    assert_eq!(p.direct + p.indirect + p.mixed, r.attributions.len());
    assert_eq!(p.named + p.anonymous, r.attributions.len());
}

/// All of the above; returns the number of spans checked.
pub fn assert_well_formed(text: &str, r: &Report, unit: OffsetUnit) -> usize {
    let n = assert_spans_are_slices(text, r, unit);
    assert_sorted(r);
    assert_indices_consistent(r);
    n
}
