//! Golden tests: what sourcelens finds in every fixture, as reviewed snapshots, one folder per
//! fixture kind (`tests/golden/<kind>/<case>.snap`):
//!
//! - `sample/`: the sample article's whole Report (JSON), as the CLI prints it.
//! - `articles/`: the hand-written annotated articles (`tests/articles/<id>/article.txt`,
//!   published on their gold date), every finding on one line.
//! - `attrib-corpus/`: the attribution corpus (`tests/corpus/attrib/<id>/article.txt`).
//! - `pages/`: the HTML pages (the sample page and the e2e fixture pages under
//!   `tests/e2e/fixtures/`): the article as the CLI extracts it (text, date, site name),
//!   then every finding.
//!
//! A case without its snapshot, and a snapshot without its case, fail. After an intended
//! change: `INSTA_UPDATE=always cargo test --test golden` (or `cargo insta review`), then read
//! the diff (`git diff tests/golden`) before committing it. Offsets are code points, as in
//! `gold.json`.

#[path = "../support/mod.rs"]
mod support;

mod render;

use render::{page, report};
use sourcelens::OffsetUnit;
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use support::analyze::report_with;
use support::corpus::cases;
use support::fixtures::{self, ARTICLES, ATTRIB_CORPUS, E2E_PAGES, SAMPLE_HTML, read};

#[test]
fn sample_article() {
    insta::with_settings!({snapshot_path => "sample", prepend_module_to_snapshot => false}, {
        insta::assert_json_snapshot!(
            "sana-raqqa",
            report_json(fixtures::SAMPLE_TXT, fixtures::SAMPLE_PUBLISHED)
        );
    });
}

fn report_json(path: &str, published: &str) -> serde_json::Value {
    let r = report_with(&read(path), Some(published), OffsetUnit::Char);
    serde_json::to_value(&r).unwrap()
}

#[test]
fn annotated_articles() {
    let snapshots: Vec<(String, String)> = cases(ARTICLES)
        .iter()
        .map(|c| {
            let r = report_with(&c.text, c.published(), OffsetUnit::Char);
            (c.id.clone(), report(&r))
        })
        .collect();
    assert!(snapshots.len() >= 28, "{} cases", snapshots.len());
    assert_snapshots("articles", &snapshots);
}

#[test]
fn attribution_corpus() {
    let snapshots: Vec<(String, String)> = cases(ATTRIB_CORPUS)
        .iter()
        .map(|c| {
            let r = report_with(&c.text, None, OffsetUnit::Char);
            (c.id.clone(), report(&r))
        })
        .collect();
    assert!(snapshots.len() >= 16, "{} cases", snapshots.len());
    assert_snapshots("attrib-corpus", &snapshots);
}

#[test]
fn html_pages() {
    let mut pages = vec![("sample".to_string(), PathBuf::from(SAMPLE_HTML))];
    for path in html_files(Path::new(E2E_PAGES)) {
        let name = path
            .strip_prefix(E2E_PAGES)
            .unwrap()
            .with_extension("")
            .to_string_lossy()
            .replace('/', "-");
        pages.push((name, path));
    }
    assert!(pages.len() >= 12, "{} pages", pages.len());
    let snapshots: Vec<(String, String)> = pages
        .into_iter()
        .map(|(name, path)| (name, page(&read(&path))))
        .collect();
    assert_snapshots("pages", &snapshots);
}

/// The `.html` files under `dir`, sorted.
fn html_files(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display())) {
        let path = entry.unwrap().path();
        if path.is_dir() {
            out.extend(html_files(&path));
        } else if path.extension().is_some_and(|e| e == "html") {
            out.push(path);
        }
    }
    out.sort();
    out
}

/// Compares each `(name, rendering)` with `tests/golden/<kind>/<name>.snap`, all of them
/// before failing (insta writes a `.snap.new` beside each one that differs), and fails on a
/// snapshot whose case is gone.
fn assert_snapshots(kind: &str, snapshots: &[(String, String)]) {
    let mut settings = insta::Settings::clone_current();
    settings.set_snapshot_path(kind);
    settings.set_prepend_module_to_snapshot(false);
    settings.set_omit_expression(true);
    let mut failed = Vec::new();
    settings.bind(|| {
        for (name, rendering) in snapshots {
            let compared = std::panic::catch_unwind(|| {
                insta::assert_snapshot!(name.as_str(), rendering);
            });
            if compared.is_err() {
                failed.push(name.clone());
            }
        }
    });
    let names: BTreeSet<&str> = snapshots.iter().map(|(n, _)| n.as_str()).collect();
    assert_eq!(
        names.len(),
        snapshots.len(),
        "{kind}: two cases share a name"
    );
    let dir = Path::new("tests/golden").join(kind);
    for entry in std::fs::read_dir(&dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display())) {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "snap") {
            let stem = path.file_stem().unwrap().to_string_lossy().into_owned();
            if !names.contains(stem.as_str()) {
                failed.push(format!(
                    "{} (no such case any more: delete it)",
                    path.display()
                ));
            }
        }
    }
    assert!(
        failed.is_empty(),
        "{kind}: {} snapshot(s) differ or are stale: {failed:?}",
        failed.len()
    );
}
