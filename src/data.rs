//! Reading the linguistic data files under `data/`.
//!
//! Every data file is UTF-8 text, one entry per line; `#` starts a comment line and blank
//! lines are ignored. Tab-separated columns where a file has several. Files are kept sorted
//! and free of duplicates (checked by `tests/data_lint.rs`) and compiled into the binary with
//! `include_str!`, so the core needs no file system (it runs in wasm).

/// The entries of a data file: non-empty lines that are not `#` comments, trimmed.
pub fn lines(file: &'static str) -> impl Iterator<Item = &'static str> {
    file.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
}

/// The tab-separated columns of each entry.
pub fn rows(file: &'static str) -> impl Iterator<Item = Vec<&'static str>> {
    lines(file).map(|l| l.split('\t').map(str::trim).collect())
}
