//! The test corpora: negative texts and annotated case folders.
//!
//! A case folder holds `article.txt` and `gold.json` in the format of
//! `shared/eval/FORMAT.md` (code-point offsets); `tests/articles/` cases also `article.html`.

use super::fixtures::read;
use serde_json::Value;
use std::path::{Path, PathBuf};

/// The blocks of a `---`-separated corpus file (a line `---` between blocks), without the
/// `#` comment lines and without empty blocks.
pub fn blocks(path: &str) -> Vec<String> {
    read(path)
        .split("\n---\n")
        .map(|b| {
            b.lines()
                .filter(|l| !l.starts_with('#'))
                .collect::<Vec<_>>()
                .join("\n")
        })
        .filter(|b| !b.trim().is_empty())
        .collect()
}

/// The trimmed lines of a one-text-per-line corpus file, without blank and `#` lines.
pub fn lines(path: &str) -> Vec<String> {
    read(path)
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(str::to_string)
        .collect()
}

/// One annotated case.
pub struct Case {
    /// The folder's name.
    pub id: String,
    pub dir: PathBuf,
    /// `article.txt`.
    pub text: String,
    /// `gold.json`, parsed.
    pub gold: Value,
}

impl Case {
    /// The gold `published` date (`YYYY-MM-DD`), if the case has one.
    pub fn published(&self) -> Option<&str> {
        self.gold.get("published").and_then(Value::as_str)
    }
}

/// The case folders of `dir` (those holding a `gold.json`), sorted by name.
pub fn case_dirs(dir: &str) -> Vec<PathBuf> {
    let mut dirs: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("{dir}: {e}"))
        .map(|e| e.unwrap().path())
        .filter(|p| p.join("gold.json").is_file())
        .collect();
    dirs.sort();
    dirs
}

/// The case in `dir`.
pub fn load_case(dir: &Path) -> Case {
    let gold_path = dir.join("gold.json");
    let gold = serde_json::from_str(&read(&gold_path))
        .unwrap_or_else(|e| panic!("{}: {e}", gold_path.display()));
    Case {
        id: dir.file_name().unwrap().to_string_lossy().into_owned(),
        dir: dir.to_path_buf(),
        text: read(dir.join("article.txt")),
        gold,
    }
}

/// Every case of `dir`, sorted by name.
pub fn cases(dir: &str) -> Vec<Case> {
    case_dirs(dir).iter().map(|d| load_case(d)).collect()
}
