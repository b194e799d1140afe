//! `analyze` with the options the tests use.

use sourcelens::{NaiveDate, OffsetUnit, Options, Report, analyze};

/// The Report of `text` with the default options (no published date, UTF-8 byte offsets).
pub fn report(text: &str) -> Report {
    analyze(text, &Options::default())
}

/// A `YYYY-MM-DD` date as the CLI and the wasm interface parse it (panics on a bad date:
/// the tests write their dates themselves).
pub fn published(date: &str) -> NaiveDate {
    sourcelens::parse_published(date).unwrap_or_else(|e| panic!("{date:?}: {e}"))
}

/// Options with an optional publication date (`YYYY-MM-DD`) and an offset unit.
pub fn options(published_on: Option<&str>, offsets: OffsetUnit) -> Options {
    Options {
        published: published_on.map(published),
        offsets,
        ..Options::default()
    }
}

/// The Report of `text` published on `published_on` (if any), offsets in `offsets`.
pub fn report_with(text: &str, published_on: Option<&str>, offsets: OffsetUnit) -> Report {
    analyze(text, &options(published_on, offsets))
}
