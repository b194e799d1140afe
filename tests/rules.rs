//! The rule registry (`src/rules.rs`): ids are unique, every finding on our texts carries
//! registered ids, and every entry's example sentence produces that entry's own rule.

use sourcelens::rules::{Category, Rule, all, parts};
use sourcelens::{Options, Report, analyze};
use std::collections::HashSet;
use std::path::Path;

/// Every `rule` string of a Report, with the category of finding it sits on.
fn rules_of(r: &Report) -> Vec<(&'static str, String)> {
    let mut v = Vec::new();
    v.extend(
        r.attributions
            .iter()
            .map(|a| ("attribution", a.rule.clone())),
    );
    v.extend(r.distancing.iter().map(|d| ("distancing", d.rule.clone())));
    v.extend(r.dates.iter().map(|d| ("date", d.rule.clone())));
    v.extend(r.places.iter().map(|p| ("place", p.rule.clone())));
    v
}

/// Which kind of finding carries a rule of this category.
fn finding_of(c: Category) -> &'static str {
    match c {
        Category::Attribution | Category::Content => "attribution",
        Category::Distancing => "distancing",
        Category::Date => "date",
        Category::Place | Category::PlaceEvidence => "place",
    }
}

#[test]
fn ids_are_unique_and_well_formed() {
    let mut seen = HashSet::new();
    for r in all() {
        assert!(
            seen.insert(r.id),
            "two registry entries share the id {:?}",
            r.id
        );
        assert!(
            !r.id.is_empty() && !r.id.contains('+') && !r.id.contains(char::is_whitespace),
            "bad id {:?}",
            r.id
        );
        assert!(r.description.len() > 20, "{}: description too short", r.id);
        assert!(
            r.description.ends_with('.') || r.description.ends_with(')'),
            "{}",
            r.id
        );
        assert!(!r.example.trim().is_empty(), "{}: no example", r.id);
    }
    assert_eq!(all().len(), Rule::ALL.len());
    for rule in Rule::ALL {
        assert_eq!(Rule::from_id(rule.id()), Some(*rule));
    }
}

#[test]
fn every_example_produces_its_own_rule() {
    let opts = Options {
        published: sourcelens::parse_published("2021-06-15").ok(),
        ..Options::default()
    };
    let mut failures = Vec::new();
    for info in all() {
        let report = analyze(info.example, &opts);
        let wanted = finding_of(info.category);
        let found = rules_of(&report)
            .iter()
            .any(|(kind, rule)| *kind == wanted && rule.split('+').any(|part| part == info.id));
        if !found {
            failures.push(format!(
                "{} ({:?}): {:?} gives {:?}",
                info.id,
                info.category,
                info.example,
                rules_of(&report)
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "examples that do not produce their rule:\n{}",
        failures.join("\n")
    );
}

/// Every article text under a folder of cases (`<id>/article.txt`).
fn case_texts(dir: &Path) -> Vec<String> {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut paths: Vec<_> = entries
        .flatten()
        .map(|e| e.path().join("article.txt"))
        .collect();
    paths.sort();
    paths
        .into_iter()
        .filter_map(|p| std::fs::read_to_string(p).ok())
        .collect()
}

#[test]
fn every_finding_carries_registered_ids() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut texts = case_texts(&root.join("tests/articles"));
    texts.extend(case_texts(&root.join("tests/corpus/attrib")));
    texts.extend(case_texts(&root.join("../shared/eval/dev")));
    for f in [
        "examples/sana-raqqa-2017-10-30.txt",
        "tests/corpus/negative.txt",
        "tests/corpus/negative_dates.txt",
    ] {
        texts.push(std::fs::read_to_string(root.join(f)).expect(f));
    }
    texts.extend(all().iter().map(|r| r.example.to_string()));
    assert!(texts.len() > 30, "too few texts: {}", texts.len());
    let mut used = HashSet::new();
    for text in &texts {
        let report = analyze(text, &Options::default());
        for (kind, rule) in rules_of(&report) {
            let infos =
                parts(&rule).unwrap_or_else(|| panic!("{kind} rule {rule:?} is not registered"));
            for (i, info) in infos.iter().enumerate() {
                assert_eq!(finding_of(info.category), kind, "{rule:?} on a {kind}");
                // a place's first part is its base rule, the others evidence
                if kind == "place" {
                    let evidence = info.category == Category::PlaceEvidence;
                    assert_eq!(evidence, i > 0, "{rule:?}: part {i} is {:?}", info.category);
                }
                used.insert(info.id);
            }
        }
    }
    // the registry lists no rule that nothing can produce (the examples count)
    for r in all() {
        assert!(used.contains(r.id), "{} is never produced", r.id);
    }
}

#[test]
fn cli_prints_the_registry_as_json_and_text() {
    let bin = env!("CARGO_BIN_EXE_sourcelens");
    let out = std::process::Command::new(bin)
        .args(["rules", "--format", "json"])
        .output()
        .expect("run sourcelens rules");
    assert!(out.status.success());
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
    let arr = v.as_array().expect("an array");
    assert_eq!(arr.len(), all().len());
    for (entry, info) in arr.iter().zip(all()) {
        assert_eq!(entry["id"], info.id);
        assert_eq!(entry["category"], info.category.as_str());
        assert_eq!(entry["description"], info.description);
        assert_eq!(entry["example"], info.example);
    }
    let text = std::process::Command::new(bin)
        .arg("rules")
        .output()
        .expect("run");
    let text = String::from_utf8(text.stdout).expect("UTF-8");
    for info in all() {
        assert!(text.contains(info.description), "{}", info.id);
    }
    assert!(text.contains("== place-evidence"));
}
