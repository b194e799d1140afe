//! A Report as reviewable text: one line per finding (its JSON), the lists' lengths in their
//! headings, so that a diff shows each finding that appeared, went or changed.

use serde::Serialize;
use sourcelens::{OffsetUnit, Report};
use std::fmt::Write;

/// One JSON line.
fn line<T: Serialize>(value: &T) -> String {
    serde_json::to_string(value).unwrap()
}

fn list<T: Serialize>(out: &mut String, name: &str, items: &[T]) {
    writeln!(out, "{name} ({}):", items.len()).unwrap();
    for item in items {
        writeln!(out, "  {}", line(item)).unwrap();
    }
}

/// The top-level fields [`report`] writes, in the order it writes them.
const RENDERED: [&str; 12] = [
    "schema",
    "offsets",
    "published",
    "published_source",
    "warnings",
    "stats",
    "profile",
    "attributions",
    "sources",
    "distancing",
    "dates",
    "places",
];

/// Every field of `r`: scalars and summaries first, then each list with one finding a line.
pub fn report(r: &Report) -> String {
    let mut fields: Vec<String> = serde_json::to_value(r)
        .unwrap()
        .as_object()
        .unwrap()
        .keys()
        .cloned()
        .collect();
    fields.sort();
    let mut rendered = RENDERED.map(str::to_string).to_vec();
    rendered.sort();
    assert_eq!(
        fields, rendered,
        "a Report field is missing in render::report"
    );
    let mut out = String::new();
    writeln!(out, "schema: {}", line(&r.schema)).unwrap();
    writeln!(out, "offsets: {}", line(&r.offsets)).unwrap();
    writeln!(out, "published: {}", line(&r.published)).unwrap();
    writeln!(out, "published_source: {}", line(&r.published_source)).unwrap();
    list(&mut out, "warnings", &r.warnings);
    writeln!(out, "stats: {}", line(&r.stats)).unwrap();
    writeln!(out, "profile: {}", line(&r.profile)).unwrap();
    list(&mut out, "attributions", &r.attributions);
    list(&mut out, "sources", &r.sources);
    list(&mut out, "distancing", &r.distancing);
    list(&mut out, "dates", &r.dates);
    list(&mut out, "places", &r.places);
    out
}

/// An HTML page as the CLI reads it: the extracted article (or the error), then the Report of
/// its text, dated from the page's metadata.
pub fn page(html: &str) -> String {
    let article = match sourcelens::html::extract_article(html) {
        Ok(article) => article,
        Err(e) => return format!("error: {e}\n"),
    };
    let mut out = String::new();
    writeln!(out, "page published: {}", line(&article.published)).unwrap();
    writeln!(out, "site name: {}", line(&article.site_name)).unwrap();
    writeln!(out, "text:").unwrap();
    for text_line in article.text.lines() {
        writeln!(
            out,
            "  |{}{text_line}",
            if text_line.is_empty() { "" } else { " " }
        )
        .unwrap();
    }
    let r = super::support::analyze::report_with(
        &article.text,
        article.published.as_deref(),
        OffsetUnit::Char,
    );
    out.push_str(&report(&r));
    out
}
