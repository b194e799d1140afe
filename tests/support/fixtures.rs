//! Where the test fixtures live, relative to the package root (the working directory of
//! every integration test). Each fixture is kept once; tests and the e2e server refer to it.

/// The sample article (SANA, 30 October 2017) as plain text: headline, blank line, paragraphs.
pub const SAMPLE_TXT: &str = "examples/sana-raqqa-2017-10-30.txt";
/// The same article as a saved HTML page (navigation, footer, `article:published_time`).
/// The e2e tests serve this file as `/sample.html` (`tests/e2e/helpers.mjs`).
pub const SAMPLE_HTML: &str = "examples/sana-raqqa-2017-10-30.html";
/// The sample's publication date.
pub const SAMPLE_PUBLISHED: &str = "2017-10-30";

/// Hand-written annotated articles (`<id>/article.txt`, `article.html`, `gold.json`).
pub const ARTICLES: &str = "tests/articles";
/// Short articles annotated with attributions only (`<id>/article.txt`, `gold.json`).
pub const ATTRIB_CORPUS: &str = "tests/corpus/attrib";
/// Blocks separated by `---` that must yield no attribution.
pub const NEGATIVE_ATTRIB: &str = "tests/corpus/negative.txt";
/// One text per line in which no date must be found.
pub const NEGATIVE_DATES: &str = "tests/corpus/negative_dates.txt";
/// The HTML pages the e2e tests open in a browser.
pub const E2E_PAGES: &str = "tests/e2e/fixtures";

/// The text of the file at `path`, with the path in the panic message when it is missing.
pub fn read(path: impl AsRef<std::path::Path>) -> String {
    let path = path.as_ref();
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}
