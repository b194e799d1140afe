//! `sourcelens stats`: CSV columns and values, --by groups, --summary, Report input.
//! Every article here is written for these tests.

use crate::support::cli::{assert_success, command, run_stdin_ok};
use crate::support::files::write_tree;
use serde_json::Value;
use std::collections::HashMap;
use std::process::Output;

/// CSV → rows as column → value maps (parsed with a real CSV reader).
fn csv_rows(out: &Output) -> (Vec<String>, Vec<HashMap<String, String>>) {
    let mut r = csv::Reader::from_reader(&out.stdout[..]);
    let header: Vec<String> = r.headers().unwrap().iter().map(str::to_string).collect();
    let rows = r
        .records()
        .map(|rec| {
            let rec = rec.unwrap();
            header
                .iter()
                .cloned()
                .zip(rec.iter().map(str::to_string))
                .collect()
        })
        .collect();
    (header, rows)
}

const CORPUS: &[(&str, &str, &str, &str)] = &[
    (
        "plain",
        "Harbour Times",
        "2021-05-03",
        "Mayor Ana Ruiz said the bridge would reopen next month.",
    ),
    (
        "quiet, \"really\"",
        "Harbour Times",
        "2021-05-20",
        "The bridge is red and the river is wide.",
    ),
    (
        "quotes",
        "Valley Post",
        "2022-01-10",
        "\"We will finish the work in June,\" the mayor said on Monday. The so-called \
         plan was announced by the council. Engineers said the alleged savings were small.",
    ),
    (
        "anon",
        "Valley Post",
        "2022-02-11",
        "A senior official, who asked not to be named, told reporters that the talks had \
         failed. Witnesses said the streets of Northport were empty on Sunday.",
    ),
];

fn corpus_jsonl() -> String {
    CORPUS
        .iter()
        .map(|(id, outlet, date, text)| {
            serde_json::json!({"id": id, "outlet": outlet, "published": date, "text": text})
                .to_string()
                + "\n"
        })
        .collect()
}

fn f(row: &HashMap<String, String>, k: &str) -> f64 {
    row[k]
        .parse()
        .unwrap_or_else(|_| panic!("{k} = {:?} is not a number", row[k]))
}

#[test]
fn per_article_csv_columns_and_values() {
    let input = corpus_jsonl();
    let out = run_stdin_ok(&["stats", "--jsonl", "-"], input.as_bytes());
    let (header, rows) = csv_rows(&out);
    assert_eq!(
        header,
        [
            "id",
            "outlet",
            "published",
            "words",
            "attributions",
            "direct",
            "indirect",
            "mixed",
            "named",
            "anonymous",
            "sources",
            "anonymous_sources",
            "share_anonymous",
            "share_direct",
            "share_attributed",
            "attributions_per_1000_words",
            "sources_per_1000_words",
            "distancing",
            "so_called",
            "scare_quotes",
            "alleged",
            "claims",
            "dates",
            "dates_resolved",
            "places",
            "countries",
            "top_source",
            "top_source_attributions",
            "error"
        ]
    );
    assert_eq!(rows.len(), 4);
    let ids: Vec<&str> = rows.iter().map(|r| r["id"].as_str()).collect();
    assert_eq!(ids, ["plain", "quiet, \"really\"", "quotes", "anon"]);

    // values that do not depend on the extractors' fine details
    let plain = &rows[0];
    assert_eq!(plain["outlet"], "Harbour Times");
    assert_eq!(plain["published"], "2021-05-03");
    assert_eq!(plain["words"], "10");
    assert_eq!(plain["attributions"], "1");
    assert_eq!(plain["anonymous"], "0");
    assert_eq!(plain["share_anonymous"], "0.000");
    assert_eq!(plain["attributions_per_1000_words"], "100.00");
    assert_eq!(plain["error"], "");
    let quiet = &rows[1];
    assert_eq!(quiet["attributions"], "0");
    assert_eq!(quiet["share_anonymous"], "", "undefined, not 0");
    assert_eq!(quiet["share_direct"], "");
    assert_eq!(quiet["top_source"], "");
    let quotes = &rows[2];
    assert!(f(quotes, "so_called") >= 1.0 && f(quotes, "alleged") >= 1.0);
    assert_eq!(rows[3]["dates"], "1");

    // every row agrees with the Report of the same article (analyze --jsonl)
    let reports = run_stdin_ok(&["analyze", "--jsonl", "-"], input.as_bytes());
    for (row, line) in rows
        .iter()
        .zip(String::from_utf8(reports.stdout).unwrap().lines())
    {
        let r: Value = serde_json::from_str::<Value>(line).unwrap()["report"].clone();
        let p = &r["profile"];
        let n = |v: &Value| v.as_u64().unwrap() as f64;
        for k in [
            "attributions",
            "direct",
            "indirect",
            "mixed",
            "named",
            "anonymous",
            "sources",
            "anonymous_sources",
        ] {
            assert_eq!(f(row, k), n(&p[k]), "{k} of {}", row["id"]);
        }
        assert_eq!(f(row, "words"), n(&r["stats"]["words"]));
        let len = |k: &str| r[k].as_array().unwrap().len() as f64;
        assert_eq!(f(row, "distancing"), len("distancing"));
        assert_eq!(f(row, "dates"), len("dates"));
        assert_eq!(f(row, "places"), len("places"));
        assert_eq!(
            f(row, "so_called") + f(row, "scare_quotes") + f(row, "alleged") + f(row, "claims"),
            f(row, "distancing")
        );
        let atts = n(&p["attributions"]);
        if atts > 0.0 {
            let want = (n(&p["direct"]) + n(&p["mixed"])) / atts;
            assert!((f(row, "share_direct") - want).abs() < 0.0005);
            let want = n(&p["anonymous"]) / atts;
            assert!((f(row, "share_anonymous") - want).abs() < 0.0005);
        }
        let want = n(&p["sources"]) * 1000.0 / n(&r["stats"]["words"]);
        assert!((f(row, "sources_per_1000_words") - want).abs() < 0.005);
    }
}

#[test]
fn reports_in_give_the_same_csv_as_articles_in() {
    let input = corpus_jsonl();
    let from_articles = run_stdin_ok(&["stats", "--jsonl", "-"], input.as_bytes());
    let reports = run_stdin_ok(&["analyze", "--jsonl", "-"], input.as_bytes());
    let from_reports = run_stdin_ok(&["stats", "--jsonl", "-"], &reports.stdout);
    assert_eq!(
        String::from_utf8(from_articles.stdout).unwrap(),
        String::from_utf8(from_reports.stdout).unwrap()
    );
}

#[test]
fn by_outlet_pools_the_articles() {
    let input = corpus_jsonl();
    let (_, articles) = csv_rows(&run_stdin_ok(&["stats", "--jsonl", "-"], input.as_bytes()));
    let out = run_stdin_ok(
        &["stats", "--jsonl", "--by", "outlet", "-"],
        input.as_bytes(),
    );
    let (header, groups) = csv_rows(&out);
    assert_eq!(header[0], "outlet");
    assert_eq!(header.len(), 17);
    let names: Vec<&str> = groups.iter().map(|g| g["outlet"].as_str()).collect();
    assert_eq!(names, ["Harbour Times", "Valley Post"]);
    for g in &groups {
        let mine: Vec<_> = articles
            .iter()
            .filter(|a| a["outlet"] == g["outlet"])
            .collect();
        let sum = |k: &str| mine.iter().map(|a| f(a, k)).sum::<f64>();
        assert_eq!(f(g, "articles"), mine.len() as f64);
        for k in ["words", "attributions", "sources", "distancing", "places"] {
            assert_eq!(f(g, k), sum(k), "{k}");
        }
        if sum("attributions") > 0.0 {
            let want = sum("anonymous") / sum("attributions");
            assert!((f(g, "share_anonymous") - want).abs() < 0.0005);
            let want = (sum("direct") + sum("mixed")) / sum("attributions");
            assert!((f(g, "share_direct") - want).abs() < 0.0005);
        }
        let want = sum("sources") * 1000.0 / sum("words");
        assert!((f(g, "sources_per_1000_words") - want).abs() < 0.005);
        let with_anon = mine.iter().filter(|a| f(a, "anonymous") > 0.0).count() as f64;
        let want = with_anon / mine.len() as f64;
        assert!((f(g, "share_articles_with_anonymous") - want).abs() < 0.0005);
    }
    let months = run_stdin_ok(
        &["stats", "--jsonl", "--by", "month", "-"],
        input.as_bytes(),
    );
    let (h, rows) = csv_rows(&months);
    assert_eq!(h[0], "month");
    let keys: Vec<&str> = rows.iter().map(|r| r["month"].as_str()).collect();
    assert_eq!(keys, ["2021-05", "2022-01", "2022-02"]);
    assert_eq!(rows[0]["articles"], "2");
    let years = run_stdin_ok(&["stats", "--jsonl", "--by", "year", "-"], input.as_bytes());
    let (_, rows) = csv_rows(&years);
    assert_eq!(rows.len(), 2);
}

#[test]
fn bad_records_are_rows_with_an_error() {
    let input = format!("{}not json\n{{\"id\": \"x\"}}\n", corpus_jsonl());
    let out = run_stdin_ok(&["stats", "--jsonl", "-q", "-"], input.as_bytes());
    let (_, rows) = csv_rows(&out);
    assert_eq!(rows.len(), 6);
    assert!(rows[4]["error"].contains("line 5") && rows[4]["error"].contains("JSON"));
    assert_eq!(rows[5]["id"], "x");
    assert!(rows[5]["error"].contains("text"));
    assert_eq!(rows[5]["words"], "");
    // errors are not counted in the groups
    let out = run_stdin_ok(
        &["stats", "--jsonl", "-q", "--by", "outlet", "-"],
        input.as_bytes(),
    );
    let (_, groups) = csv_rows(&out);
    let total: f64 = groups.iter().map(|g| f(g, "articles")).sum();
    assert_eq!(total, 4.0);
}

#[test]
fn summary_is_a_readable_table() {
    let input = corpus_jsonl();
    let out = run_stdin_ok(&["stats", "--jsonl", "--summary", "-"], input.as_bytes());
    let s = String::from_utf8(out.stdout).unwrap();
    for needle in [
        "4 articles",
        "attributions",
        "anonymous attributions",
        "by outlet",
        "Harbour Times",
        "Valley Post",
    ] {
        assert!(s.contains(needle), "{needle} missing in:\n{s}");
    }
    assert!(!s.contains("share_anonymous"), "no CSV with --summary");
    // not a terminal: no table on stderr
    let out = run_stdin_ok(&["stats", "--jsonl", "-"], input.as_bytes());
    assert!(out.stderr.is_empty());
}

#[test]
fn files_and_directories_too() {
    let dir = tempfile::tempdir().unwrap();
    write_tree(
        dir.path(),
        CORPUS.iter().enumerate().map(|(i, (_, outlet, _, text))| {
            (format!("{}/{i}.txt", outlet.replace(' ', "-")), text)
        }),
    );
    let out = command()
        .args(["stats", "-r", "--outlet-from-dir", "--by", "outlet"])
        .arg(dir.path())
        .output()
        .unwrap();
    assert_success(&out);
    let (_, rows) = csv_rows(&out);
    let names: Vec<&str> = rows.iter().map(|r| r["outlet"].as_str()).collect();
    assert_eq!(names, ["Harbour-Times", "Valley-Post"]);
    assert_eq!(rows[0]["articles"], "2");
}

#[test]
fn jsonl_files_are_recognised_by_their_name() {
    let dir = tempfile::tempdir().unwrap();
    let f = dir.path().join("corpus.jsonl");
    std::fs::write(&f, corpus_jsonl()).unwrap();
    let with_flag = command()
        .args(["stats", "--jsonl"])
        .arg(&f)
        .output()
        .unwrap();
    let without = command().arg("stats").arg(&f).output().unwrap();
    assert_success(&without);
    assert_eq!(csv_rows(&without).1.len(), 4);
    assert_eq!(with_flag.stdout, without.stdout);
    // analyze too: one line per record, not one Report of the file's JSON text
    let a = command().arg("analyze").arg(&f).output().unwrap();
    let s = String::from_utf8(a.stdout).unwrap();
    assert_eq!(s.lines().count(), 4);
    assert!(s.starts_with("{\"id\":\"plain\""));
}
