//! The linguistic data files stay sorted (bytewise, by their first column) and free of
//! duplicate keys, so that diffs are reviewable and generators are deterministic.

use std::fs;

#[test]
fn data_files_are_sorted_and_unique() {
    let mut checked = 0;
    for entry in fs::read_dir("data").expect("data/") {
        let path = entry.unwrap().path();
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
