//! The linguistic data files stay sorted (bytewise, by their first column) and free of
//! duplicate keys, so that diffs are reviewable and generators are deterministic.

use std::fs;
use std::path::PathBuf;

/// The files of `data/` and of its language folders (`data/en/`, …), sorted by path.
fn data_files() -> Vec<PathBuf> {
    let mut files = Vec::new();
    let mut folders = vec![PathBuf::from("data")];
    while let Some(folder) = folders.pop() {
        for entry in fs::read_dir(&folder).expect("data/") {
            let path = entry.unwrap().path();
            if path.is_dir() {
                folders.push(path);
            } else {
                files.push(path);
            }
        }
    }
    files.sort();
    files
}

/// The language folders `data/<code>/`, by code.
fn language_folders() -> Vec<(String, Vec<String>)> {
    let mut folders: Vec<(String, Vec<String>)> = fs::read_dir("data")
        .expect("data/")
        .map(|e| e.unwrap().path())
        .filter(|p| p.is_dir())
        .map(|p| {
            let mut names: Vec<String> = fs::read_dir(&p)
                .unwrap()
                .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
                .collect();
            names.sort();
            (p.file_name().unwrap().to_string_lossy().into_owned(), names)
        })
        .collect();
    folders.sort();
    folders
}

/// A language's words live in one folder `data/<code>/` with the same files as `data/en/`,
/// named by an ISO 639-1 code that `data/languages.tsv` knows: a second language is a new
/// folder, complete, never a few files scattered beside the English ones.
#[test]
fn language_folders_have_the_english_files_and_a_known_code() {
    let folders = language_folders();
    let english = folders
        .iter()
        .find(|(code, _)| code == "en")
        .map(|(_, names)| names.clone())
        .expect("data/en/ holds the English words");
    assert!(english.len() >= 20, "data/en/ has only {english:?}");
    let known = fs::read_to_string("data/languages.tsv").unwrap();
    for (code, names) in &folders {
        assert!(
            known
                .lines()
                .any(|l| l.split('\t').nth(1) == Some(code.as_str())),
            "data/{code}/: not a language code of data/languages.tsv"
        );
        assert_eq!(
            names, &english,
            "data/{code}/ must hold the files of data/en/"
        );
    }
}

#[test]
fn data_files_are_sorted_and_unique() {
    let mut checked = 0;
    for path in data_files() {
        let ext = path.extension().and_then(|e| e.to_str()).unwrap_or("");
        if !matches!(ext, "txt" | "tsv") {
            continue;
        }
        let content = fs::read_to_string(&path).unwrap();
        let mut prev: Option<String> = None;
        let mut seen = std::collections::HashSet::new();
        for (n, line) in content.lines().enumerate() {
            if line.trim().is_empty() || line.starts_with('#') {
                continue;
            }
            let key = line.split('\t').next().unwrap().to_string();
            assert_eq!(
                key,
                key.trim(),
                "{}:{}: stray spaces",
                path.display(),
                n + 1
            );
            // gazetteers may list one name for several places (in rank order): equal keys
            // are allowed there, identical rows are not
            let repeats_ok = path.to_string_lossy().contains("gazetteer");
            if repeats_ok {
                assert!(
                    seen.insert(line.to_string()),
                    "{}:{}: duplicate row",
                    path.display(),
                    n + 1
                );
            }
            if let Some(p) = &prev {
                assert!(
                    p < &key || (repeats_ok && p == &key),
                    "{}:{}: {key:?} is not after {p:?} (sort bytewise, no duplicates)",
                    path.display(),
                    n + 1
                );
            }
            prev = Some(key);
        }
        checked += 1;
    }
    assert!(checked >= 3, "expected data files, found {checked}");
}

/// Every loader parses its files strictly (unknown classes, flags and frame letters are
/// errors with file and line); this reports them instead of a panic at first use.
#[test]
fn every_data_file_parses_strictly() {
    let errors = sourcelens::data::check_all();
    let shown: Vec<String> = errors.iter().map(ToString::to_string).collect();
    assert!(errors.is_empty(), "malformed data:\n{}", shown.join("\n"));
}
