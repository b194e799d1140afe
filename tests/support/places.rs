//! The place extractor on its own (without attribution and dates), the way the place tests
//! call it: one wrapper, so that a move of the extractor's API is fixed here once.

use sourcelens::places::extract;
use sourcelens::report::Place;
use sourcelens::text::Document;

/// The places of `text`, in text order.
pub fn places(text: &str) -> Vec<Place> {
    extract(&Document::new(text))
}

/// [`places`], after checking that every mention is a non-empty UTF-8 slice of `text` on
/// character boundaries whose `text` is that slice.
pub fn checked_places(text: &str) -> Vec<Place> {
    let found = places(text);
    for p in &found {
        let span = &p.span;
        assert!(span.start < span.end && span.end <= text.len(), "{span:?}");
        assert!(text.is_char_boundary(span.start) && text.is_char_boundary(span.end));
        assert_eq!(&text[span.start..span.end], span.text, "span text");
    }
    found
}
