//! The CLI in scripts: `--strict` exit statuses, `--format csv`, `--help` wrapped to the
//! terminal, and `make extension`/`make www` before `make setup` stopping with one line.

use crate::support::cli::{BIN, run};
use crate::support::fixtures::SAMPLE_TXT as SAMPLE;
use std::path::Path;
use std::process::{Command, Output};

fn run_stdin(args: &[&str], input: &str) -> Output {
    crate::support::cli::run_stdin(args, input.as_bytes())
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// Five records, two of them bad (invalid JSON, a bad date).
const MIXED: &str = concat!(
    r#"{"id": "a", "text": "The minister said on Sunday that Damascus was calm.", "published": "2020-01-06"}"#,
    "\n",
    "not json\n",
    r#"{"id": "c", "text": "“We are ready,” an official told reporters in Aleppo."}"#,
    "\n",
    r#"{"id": "d", "text": "Nothing here.", "published": "yesterday"}"#,
    "\n",
    r#"{"id": "e", "text": "Officials said the road to Homs was open."}"#,
    "\n"
);

const GOOD: &str = concat!(
    r#"{"id": "a", "text": "The minister said on Sunday that Damascus was calm."}"#,
    "\n",
    r#"{"id": "b", "text": "Officials said the road to Homs was open."}"#,
    "\n"
);

#[test]
fn strict_exits_1_after_writing_everything_when_a_record_failed() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("in.jsonl");
    std::fs::write(&input, MIXED).unwrap();
    let out_file = dir.path().join("out.jsonl");
    let i = input.to_str().unwrap();
    let o = out_file.to_str().unwrap();

    // without --strict: exit 0, the count on stderr
    let lax = run(&["analyze", i]);
    assert!(lax.status.success(), "{}", stderr(&lax));
    assert!(stderr(&lax).contains("2 of 5 records could not be analysed"));

    // with --strict: every record still written (-o FILE too), exit 1, one line saying so
    let strict = run(&["analyze", "--strict", i, "-o", o]);
    assert_eq!(strict.status.code(), Some(1));
    let err = stderr(&strict);
    assert_eq!(err.trim_end().lines().count(), 1, "{err}");
    assert!(
        err.contains("2 of 5 records could not be analysed") && err.contains("--strict"),
        "{err}"
    );
    let written = std::fs::read_to_string(&out_file).unwrap();
    let lines: Vec<serde_json::Value> = written
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 5);
    assert_eq!(lines.iter().filter(|l| l.get("error").is_some()).count(), 2);
    assert_eq!(lines, {
        let o = run(&["analyze", i]);
        String::from_utf8(o.stdout)
            .unwrap()
            .lines()
            .map(|l| serde_json::from_str::<serde_json::Value>(l).unwrap())
            .collect::<Vec<_>>()
    });

    // --strict -q: the failure is still said (it is why the exit status is 1)
    let quiet = run(&["analyze", "--strict", "-q", i]);
    assert_eq!(quiet.status.code(), Some(1));
    assert!(stderr(&quiet).contains("2 of 5"));

    // a clean batch under --strict: exit 0, nothing on stderr
    let clean = run_stdin(&["analyze", "--strict", "--jsonl", "-"], GOOD);
    assert!(clean.status.success());
    assert!(clean.stderr.is_empty(), "{}", stderr(&clean));

    // stats too, and files (a binary file among articles)
    let stats = run(&["stats", "--strict", "--by", "outlet", i]);
    assert_eq!(stats.status.code(), Some(1));
    assert!(
        String::from_utf8(stats.stdout.clone())
            .unwrap()
            .starts_with("outlet,articles")
    );
    assert!(stderr(&stats).contains("2 of 5"));
    let bin = dir.path().join("image.txt");
    std::fs::write(&bin, b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR").unwrap();
    let files = run(&["analyze", "--strict", SAMPLE, bin.to_str().unwrap()]);
    assert_eq!(files.status.code(), Some(1));
    assert!(stderr(&files).contains("1 of 2 records"));
    assert!(
        run(&["analyze", "--strict", SAMPLE, SAMPLE])
            .status
            .success()
    );
}

fn csv_rows(bytes: &[u8]) -> (Vec<String>, Vec<Vec<String>>) {
    let mut r = csv::Reader::from_reader(bytes);
    let header = r.headers().unwrap().iter().map(str::to_string).collect();
    let rows = r
        .records()
        .map(|rec| rec.unwrap().iter().map(str::to_string).collect())
        .collect();
    (header, rows)
}

const CSV_HEADER: [&str; 9] = [
    "id",
    "source",
    "speaker",
    "cue",
    "content",
    "kind",
    "anonymous",
    "start",
    "end",
];

/// The CSV rows a Report's attributions should give.
fn expected_rows(id: &str, report: &serde_json::Value) -> Vec<Vec<String>> {
    let text = |v: &serde_json::Value| v["text"].as_str().unwrap_or("").to_string();
    report["attributions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| {
            vec![
                id.to_string(),
                text(&a["source"]),
                a["speaker"].as_str().unwrap_or("").to_string(),
                text(&a["cue"]),
                text(&a["content"]),
                a["kind"].as_str().unwrap().to_string(),
                a["anonymous"].to_string(),
                a["cue"]["start"].to_string(),
                a["cue"]["end"].to_string(),
            ]
        })
        .collect()
}

#[test]
fn csv_has_one_row_per_attribution_for_one_file() {
    let out = run(&["analyze", "--format", "csv", "--offsets", "char", SAMPLE]);
    assert!(out.status.success());
    let (header, rows) = csv_rows(&out.stdout);
    assert_eq!(header, CSV_HEADER);
    let report: serde_json::Value =
        serde_json::from_slice(&run(&["analyze", "--offsets", "char", SAMPLE]).stdout).unwrap();
    assert!(rows.len() > 10);
    assert_eq!(rows, expected_rows(SAMPLE, &report));
    // the offsets are the cue's, in the chosen unit
    let text = std::fs::read_to_string(SAMPLE).unwrap();
    let chars: Vec<char> = text.chars().collect();
    for row in &rows {
        let (s, e): (usize, usize) = (row[7].parse().unwrap(), row[8].parse().unwrap());
        assert_eq!(chars[s..e].iter().collect::<String>(), row[3]);
    }
}

#[test]
fn csv_quotes_commas_quotes_and_newlines_in_jsonl_batches() {
    let text = "“We will rebuild the bridge, the school\nand the market,” the mayor said.\n\n\
                The minister said that \"fees\", rents and taxes\nwould be cut by half next year.";
    let input = format!(
        "{}\n{}\nnot json\n",
        serde_json::json!({"id": "q,1", "text": text}),
        serde_json::json!({"id": 2, "text": "Nothing to see."})
    );
    let out = run_stdin(&["analyze", "--format", "csv", "--jsonl", "-"], &input);
    assert!(out.status.success());
    // the bad line is told on stderr (CSV has no error rows), with the count
    let err = stderr(&out);
    assert!(err.contains("line 3: invalid JSON"), "{err}");
    assert!(err.contains("1 of 3 records"), "{err}");
    let (header, rows) = csv_rows(&out.stdout);
    assert_eq!(header, CSV_HEADER);
    let report: serde_json::Value =
        serde_json::from_slice(&run_stdin(&["analyze", "--offsets", "utf8", "-"], text).stdout)
            .unwrap();
    assert_eq!(rows, expected_rows("q,1", &report));
    assert!(
        rows.iter()
            .any(|r| r[4].contains('\n') && r[4].contains(',')),
        "{rows:?}"
    );
    assert!(rows.iter().any(|r| r[4].contains("\"fees\",")), "{rows:?}");
    // --strict applies to CSV output as well
    let strict = run_stdin(
        &["analyze", "--format", "csv", "--strict", "--jsonl", "-"],
        &input,
    );
    assert_eq!(strict.status.code(), Some(1));
}

#[test]
fn csv_for_several_files_and_directories() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    std::fs::create_dir_all(root.join("b")).unwrap();
    std::fs::write(
        root.join("a.txt"),
        "The mayor said the bridge over the Severn would reopen.",
    )
    .unwrap();
    std::fs::write(
        root.join("b/c.txt"),
        "“We are ready,” an official told reporters. Police said two men were held.",
    )
    .unwrap();
    let a = root.join("a.txt");
    let c = root.join("b/c.txt");
    let (a, c) = (a.to_str().unwrap(), c.to_str().unwrap());
    let several = run(&["analyze", "--format", "csv", c, a]);
    assert!(several.status.success());
    let (_, rows) = csv_rows(&several.stdout);
    let ids: Vec<&str> = rows.iter().map(|r| r[0].as_str()).collect();
    let first_a = ids.iter().position(|i| *i == a).unwrap();
    assert!(ids[..first_a].iter().all(|i| *i == c) && first_a > 0);
    assert!(ids[first_a..].iter().all(|i| *i == a));
    // one header, whatever the number of files
    assert_eq!(
        String::from_utf8(several.stdout.clone())
            .unwrap()
            .matches("id,source,speaker")
            .count(),
        1
    );
    let walked = run(&["analyze", "--format", "csv", "-r", root.to_str().unwrap()]);
    assert!(walked.status.success());
    let (_, walked_rows) = csv_rows(&walked.stdout);
    // -r walks in name order: a.txt, then b/c.txt
    let mut want = rows[first_a..].to_vec();
    want.extend_from_slice(&rows[..first_a]);
    assert_eq!(walked_rows, want);
    let reports: Vec<Vec<Vec<String>>> = [a, c]
        .iter()
        .map(|p| {
            let r: serde_json::Value =
                serde_json::from_slice(&run(&["analyze", p]).stdout).unwrap();
            expected_rows(p, &r)
        })
        .collect();
    assert_eq!(walked_rows, reports.concat());
}

#[test]
fn help_is_wrapped_to_the_terminal_width() {
    for width in [50usize, 72, 100] {
        for args in [
            &["--help"][..],
            &["analyze", "--help"],
            &["stats", "--help"],
        ] {
            let out = Command::new(BIN)
                .args(args)
                .env("COLUMNS", width.to_string())
                .output()
                .unwrap();
            assert!(out.status.success());
            let help = String::from_utf8(out.stdout).unwrap();
            for line in help.lines() {
                // clap does not break the usage line, and a word longer than the width
                // cannot be broken
                let long_word = line
                    .split_whitespace()
                    .any(|w| w.chars().count() > width / 2);
                if line.starts_with("Usage:") || long_word {
                    continue;
                }
                assert!(
                    line.chars().count() <= width,
                    "{args:?} at {width} columns: {line:?}"
                );
            }
        }
    }
    // a wide terminal gets lines wider than a narrow one, up to 100 columns
    let widest = |w: &str| {
        let out = Command::new(BIN)
            .args(["stats", "--help"])
            .env("COLUMNS", w)
            .output()
            .unwrap();
        String::from_utf8(out.stdout)
            .unwrap()
            .lines()
            .map(|l| l.chars().count())
            .max()
            .unwrap()
    };
    assert!(widest("60") <= 60);
    assert!((80..=100).contains(&widest("300")));
}

#[test]
fn make_extension_and_www_before_setup_stop_with_one_line() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    if Command::new("make").arg("--version").output().is_err() {
        return; // no make on this machine: nothing to check
    }
    for target in ["extension", "www"] {
        // a PATH without cargo's tools: no wasm-bindgen, no rustup (as before `make setup`)
        let out = Command::new("make")
            .arg("-C")
            .arg(root)
            .arg("--no-print-directory")
            .arg(target)
            .env("PATH", "/usr/bin:/bin")
            .output()
            .unwrap();
        assert!(!out.status.success(), "make {target} must stop");
        let err = stderr(&out);
        assert_eq!(err.trim_end().lines().count(), 1, "{err}");
        assert!(err.contains("run `make setup` first"), "{err}");
        assert!(err.contains(&format!("make {target} needs")), "{err}");
        assert!(err.contains("wasm-bindgen"), "{err}");
        assert!(
            out.stdout.is_empty(),
            "nothing was run: {}",
            String::from_utf8_lossy(&out.stdout)
        );
    }
}
