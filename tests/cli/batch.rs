//! The batch CLI: `analyze --jsonl`, several files, `-r` directories, HTML records, error
//! records, order under parallelism, streaming, atomic `-o`, exit codes.
//! Every article here is written for these tests.

use crate::support::cli::{assert_clean_error, assert_success, json_lines, run, run_stdin, spawn};
use crate::support::files::write_tree;
use crate::support::fixtures::SAMPLE_TXT;
use serde_json::Value;
use std::io::{BufRead, BufReader, Write};
use std::path::Path;

/// A short article of `n` paragraphs, different for every `seed`.
fn article(seed: usize, n: usize) -> String {
    let towns = [
        "Northport",
        "Ellisford",
        "Marrow Bay",
        "Kestrel Hill",
        "Dunmore",
    ];
    (0..n)
        .map(|i| {
            format!(
                "The council of {} said on Tuesday that repairs to bridge {} would take {} weeks. \
                 \"We are doing everything we can,\" the mayor said. Residents said the detour \
                 added an hour to their journeys.",
                towns[(seed + i) % towns.len()],
                seed,
                i + 2
            )
        })
        .collect::<Vec<_>>()
        .join("\n\n")
}

fn record(id: &str, text: &str) -> String {
    serde_json::json!({"id": id, "text": text, "published": "2021-03-04"}).to_string()
}

#[test]
fn order_is_kept_under_parallelism_and_matches_one_thread() {
    // uneven sizes: large articles early, so later small ones finish first
    let mut input = String::new();
    for i in 0..300 {
        let size = if i % 37 == 0 { 60 } else { 1 + i % 3 };
        input.push_str(&record(&format!("r{i}"), &article(i, size)));
        input.push('\n');
    }
    let par = run_stdin(&["analyze", "--jsonl", "-j", "4", "-"], input.as_bytes());
    let one = run_stdin(&["analyze", "--jsonl", "-j", "1", "-"], input.as_bytes());
    let got = json_lines(&par);
    assert_eq!(got.len(), 300);
    for (i, l) in got.iter().enumerate() {
        assert_eq!(l["id"], format!("r{i}"));
        assert!(l["report"]["attributions"].as_array().unwrap().len() >= 2);
    }
    assert_eq!(par.stdout, one.stdout, "output depends on the thread count");
}

#[test]
fn bad_lines_become_error_records_and_the_batch_goes_on() {
    let long = record("huge", &"word ".repeat(1000));
    let mut input: Vec<u8> = Vec::new();
    let mut add = |l: &[u8]| {
        input.extend_from_slice(l);
        input.push(b'\n');
    };
    add(record("ok1", "The mayor said the bridge would reopen.").as_bytes()); // line 1
    add(b"{not json"); // 2
    add(br#"{"id": "no-text", "title": "x"}"#); // 3
    add(br#"{"id": "bad-date", "text": "Hi.", "published": "March 4th"}"#); // 4
    add(b"{\"id\": \"latin1\", \"text\": \"caf\xe9\"}"); // 5
    add(b""); // 6: blank lines are skipped
    add(long.as_bytes()); // 7
    add(br#"["an", "array"]"#); // 8
    add(br#"{"id": 9, "text": 12}"#); // 9
    add(record("ok2", "Officials said the road was closed.").as_bytes()); // 10
    let out = run_stdin(
        &["analyze", "--jsonl", "--max-record-bytes", "2K", "-"],
        &input,
    );
    let got = json_lines(&out);
    let summary: Vec<(Value, Value, bool)> = got
        .iter()
        .map(|l| (l["id"].clone(), l["line"].clone(), l["error"].is_string()))
        .collect();
    assert_eq!(
        summary,
        vec![
            ("ok1".into(), Value::Null, false),
            (Value::Null, 2.into(), true),
            ("no-text".into(), 3.into(), true),
            ("bad-date".into(), 4.into(), true),
            (Value::Null, 5.into(), true),
            (Value::Null, 7.into(), true),
            (Value::Null, 8.into(), true),
            (9.into(), 9.into(), true),
            ("ok2".into(), Value::Null, false),
        ]
    );
    let err = |i: usize| got[i]["error"].as_str().unwrap().to_string();
    assert!(err(1).contains("invalid JSON"));
    assert!(err(2).contains("text"));
    assert!(err(3).contains("published"));
    assert!(err(4).contains("UTF-8"));
    assert!(err(5).contains("longer than 2048 bytes"));
    assert!(err(6).contains("object"));
    assert!(err(7).contains("string"));
    assert!(got[8]["report"]["attributions"].is_array());
    // the run succeeds; stderr says how many records failed, in one line
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("7 of 9 records"), "{stderr}");
    assert_eq!(stderr.trim_end().lines().count(), 1);
    // --quiet: nothing on stderr
    let q = run_stdin(&["analyze", "--jsonl", "-q", "-"], &input);
    assert!(q.stderr.is_empty());
}

#[test]
fn lenient_drops_a_bad_date_with_a_warning() {
    let input = r#"{"id": "x", "text": "The mayor said on Tuesday the road was closed.", "published": "7:58 AM ET"}"#;
    let got = json_lines(&run_stdin(
        &["analyze", "--jsonl", "--lenient", "-"],
        input.as_bytes(),
    ));
    assert_eq!(got[0]["id"], "x");
    let w = got[0]["report"]["warnings"].to_string();
    assert!(w.contains("7:58 AM ET"), "{w}");
    assert!(got[0]["report"]["published"].is_null());
}

#[test]
fn jsonl_files_name_their_file_in_error_records() {
    let dir = tempfile::tempdir().unwrap();
    let a = dir.path().join("a.jsonl");
    let b = dir.path().join("b.jsonl");
    std::fs::write(&a, format!("{}\n", record("a1", "The mayor said so."))).unwrap();
    std::fs::write(&b, format!("oops\n{}\n", record("b2", "Police said so."))).unwrap();
    let got = json_lines(&run(&[
        "analyze",
        "--jsonl",
        "-q",
        a.to_str().unwrap(),
        b.to_str().unwrap(),
    ]));
    assert_eq!(got.len(), 3);
    assert_eq!(got[0]["id"], "a1");
    assert_eq!(got[1]["file"], b.to_str().unwrap());
    assert_eq!(got[1]["line"], 1);
    assert_eq!(got[2]["id"], "b2");
}

const PAGE: &str = r#"<!doctype html><html><head><title>Bridge to reopen | Northport Courier</title>
<meta property="og:site_name" content="Northport Courier">
<meta property="article:published_time" content="2022-06-01T08:00:00Z"></head>
<body><nav><a href="/">Home</a> <a href="/local">Local</a> <a href="/sport">Sport</a></nav>
<article><h1>Bridge to reopen</h1>
<p>The council said on Tuesday that the old bridge over the river would reopen next month after long repairs.</p>
<p>"We are doing everything we can to finish the work on time," the mayor told reporters at the town hall.</p>
<p>Residents said the detour had added an hour to their journeys to work and to school every day.</p>
</article><footer>Subscribe to our newsletter for more local news every morning.</footer></body></html>"#;

#[test]
fn several_files_give_one_line_each_in_argument_order() {
    let dir = tempfile::tempdir().unwrap();
    let t1 = dir.path().join("one.txt");
    let h = dir.path().join("two.html");
    let t3 = dir.path().join("three.txt");
    std::fs::write(&t1, article(1, 2)).unwrap();
    std::fs::write(&h, PAGE).unwrap();
    std::fs::write(&t3, article(3, 1)).unwrap();
    let paths = [&t1, &h, &t3].map(|p| p.to_str().unwrap().to_string());
    let got = json_lines(&run(&[
        "analyze",
        "--published",
        "2020-01-01",
        &paths[0],
        &paths[1],
        &paths[2],
    ]));
    let ids: Vec<&str> = got.iter().map(|l| l["id"].as_str().unwrap()).collect();
    assert_eq!(ids, paths.iter().map(String::as_str).collect::<Vec<_>>());
    // HTML: extracted (no navigation or footer), dated and named from its metadata
    let page = &got[1];
    assert_eq!(page["outlet"], "Northport Courier");
    assert_eq!(page["report"]["published"], "2022-06-01");
    let words = page["report"]["stats"]["words"].as_u64().unwrap();
    assert!((40..80).contains(&words), "{words} words");
    // a text file takes --published as its default date
    assert_eq!(got[0]["report"]["published"], "2020-01-01");
}

#[test]
fn directories_are_walked_with_r_sorted_skipping_other_files() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    write_tree(
        root,
        [
            ("courier/b.txt", article(2, 1).as_bytes()),
            ("courier/a.html", PAGE.as_bytes()),
            ("gazette/2022/c.TXT", article(3, 1).as_bytes()),
            ("gazette/notes.md", b"not an article".as_slice()),
            ("gazette/data.json", b"{}"),
            (".hidden/d.txt", article(4, 1).as_bytes()),
            ("gazette/.e.txt", article(5, 1).as_bytes()),
            ("gazette/bad.txt", b"caf\xe9\0\0\x01au lait"),
        ],
    );
    let r = root.to_str().unwrap();
    let got = json_lines(&run(&["analyze", "-r", "-q", "--outlet-from-dir", r]));
    let ids: Vec<String> = got
        .iter()
        .map(|l| {
            Path::new(l["id"].as_str().unwrap())
                .strip_prefix(root)
                .unwrap()
                .display()
                .to_string()
        })
        .collect();
    assert_eq!(
        ids,
        [
            "courier/a.html",
            "courier/b.txt",
            "gazette/2022/c.TXT",
            "gazette/bad.txt"
        ]
    );
    assert_eq!(got[0]["outlet"], "courier");
    assert_eq!(got[2]["outlet"], "2022");
    assert!(got[3]["error"].as_str().unwrap().contains("binary"));
    // without -r a directory is a one-line error
    assert_clean_error(&run(&["analyze", r]), "use -r");
    // --format text: one summary per article under its heading
    let text = run(&["analyze", "-r", "-q", "--format", "text", r]);
    let s = String::from_utf8(text.stdout).unwrap();
    assert_eq!(
        s.matches("\n== ").count() + usize::from(s.starts_with("== ")),
        4
    );
    assert!(s.contains("Sources") && s.contains("error: "));
}

#[test]
fn html_records_are_extracted() {
    let input = [
        serde_json::json!({"id": "p1", "html": PAGE}),
        serde_json::json!({"id": "p2", "html": PAGE, "published": "2023-01-02", "outlet": "Mine"}),
        serde_json::json!({"id": "p3", "html": "<html><body></body></html>"}),
    ]
    .map(|v| v.to_string())
    .join("\n");
    let got = json_lines(&run_stdin(
        &["analyze", "--jsonl", "-q", "-"],
        input.as_bytes(),
    ));
    assert_eq!(got[0]["report"]["published"], "2022-06-01");
    assert_eq!(got[0]["outlet"], "Northport Courier");
    assert_eq!(got[1]["report"]["published"], "2023-01-02");
    assert_eq!(got[1]["outlet"], "Mine");
    assert!(
        got[0]["report"]["attributions"].as_array().unwrap().len() >= 2,
        "{}",
        got[0]
    );
    assert_eq!(got[2]["id"], "p3");
    assert!(got[2]["error"].is_string());
}

#[test]
fn output_file_is_written_atomically() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("reports.jsonl");
    let input = dir.path().join("in.jsonl");
    std::fs::write(&input, format!("{}\n", record("a", "The mayor said so."))).unwrap();
    let o = out.to_str().unwrap();
    let r = run(&["analyze", "--jsonl", "-o", o, input.to_str().unwrap()]);
    assert_success(&r);
    assert!(r.stdout.is_empty());
    let written = std::fs::read_to_string(&out).unwrap();
    assert!(written.starts_with("{\"id\":\"a\",\"report\""), "{written}");
    // a failing run leaves the previous file as it was, and no temporary file behind
    let r = run(&["analyze", "--jsonl", "-o", o, "no/such.jsonl"]);
    assert_clean_error(&r, "no such file");
    assert_eq!(std::fs::read_to_string(&out).unwrap(), written);
    let r = run(&["stats", "-o", o, "no/such.txt"]);
    assert!(!r.status.success());
    assert_eq!(std::fs::read_to_string(&out).unwrap(), written);
    let names: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .collect();
    assert_eq!(names.len(), 2, "{names:?}");
    // single-article mode writes there too
    let single = dir.path().join("one.json");
    let r = run(&["analyze", "-o", single.to_str().unwrap(), SAMPLE_TXT]);
    assert!(r.status.success() && r.stdout.is_empty());
    let v: Value = serde_json::from_slice(&std::fs::read(&single).unwrap()).unwrap();
    assert!(v["attributions"].is_array());
    // the destination's directory must exist: one-line error
    assert_clean_error(
        &run(&["analyze", "-o", "no/such/dir/out.json", SAMPLE_TXT]),
        "cannot write",
    );
}

#[test]
fn argument_errors_are_one_line_with_a_non_zero_exit() {
    let s = SAMPLE_TXT;
    assert_clean_error(&run(&["analyze", s, "missing.txt"]), "missing.txt");
    assert_clean_error(&run(&["analyze", "--jsonl", "examples"]), "directory");
    assert_clean_error(&run(&["analyze", "-", "-"]), "only once");
    assert_clean_error(&run(&["analyze", "--threads", "x", s]), "threads");
    assert_clean_error(&run(&["analyze", "--max-record-bytes", "0", s]), "size");
    assert_clean_error(&run(&["stats", "--by", "planet", s]), "planet");
    assert_clean_error(&run(&["stats"]), "required");
    let r = run(&["analyze", "--jsonl", "examples"]);
    assert_eq!(r.status.code(), Some(1));
    let r = run(&["analyze", "--threads", "x", s]);
    assert_eq!(r.status.code(), Some(2));
}

#[test]
fn output_streams_before_the_input_ends() {
    let mut child = spawn(&["analyze", "--jsonl", "-q", "-"]);
    let mut stdin = child.stdin.take().unwrap();
    writeln!(stdin, "{}", record("first", "The mayor said so.")).unwrap();
    stdin.flush().unwrap();
    let stdout = child.stdout.take().unwrap();
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let mut r = BufReader::new(stdout);
        let mut l = String::new();
        r.read_line(&mut l).expect("read stdout");
        tx.send(l).expect("the test waits for the line");
    });
    // the input is still open: the first report must arrive anyway
    let got = rx.recv_timeout(std::time::Duration::from_secs(60));
    drop(stdin);
    child
        .wait()
        .expect("sourcelens exits at the end of its input");
    let line = got.expect("no output while the input was open");
    assert!(line.starts_with("{\"id\":\"first\""), "{line}");
}

#[test]
fn a_closed_pipe_stops_quietly() {
    let mut child = spawn(&["analyze", "--jsonl", "-"]);
    let mut stdin = child.stdin.take().unwrap();
    let feeder = std::thread::spawn(move || {
        let rec = record("r", &article(1, 3));
        for _ in 0..20000 {
            if writeln!(stdin, "{rec}").is_err() {
                break; // the CLI stopped reading: fine
            }
        }
    });
    let mut r = BufReader::new(child.stdout.take().unwrap());
    let mut l = String::new();
    r.read_line(&mut l).unwrap();
    assert!(l.starts_with("{\"id\":\"r\""));
    drop(r); // like `| head -1`
    let out = child.wait_with_output().unwrap();
    feeder.join().unwrap();
    assert!(out.status.success(), "{:?}", out.status);
    assert!(
        out.stderr.is_empty(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}
