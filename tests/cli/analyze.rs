//! The CLI as CONTRACT.md describes it: output shapes, offsets, and one-line errors.

use crate::support::cli::{assert_clean_error, assert_success, json, json_lines, run, run_stdin};
use crate::support::fixtures::{SAMPLE_HTML, SAMPLE_TXT};

#[test]
fn char_offsets_slice_the_text_the_way_python_does() {
    let r = json(&run(&[
        "analyze",
        "--offsets",
        "char",
        "--published",
        "2017-10-30",
        SAMPLE_TXT,
    ]));
    let text: Vec<char> = std::fs::read_to_string(SAMPLE_TXT)
        .unwrap()
        .chars()
        .collect();
    assert_eq!(r["offsets"], "char");
    assert_eq!(r["published"], "2017-10-30");
    let mut n = 0;
    let mut check = |s: &serde_json::Value| {
        let (a, b) = (
            s["start"].as_u64().unwrap() as usize,
            s["end"].as_u64().unwrap() as usize,
        );
        let slice: String = text[a..b].iter().collect();
        assert_eq!(slice, s["text"].as_str().unwrap());
        n += 1;
    };
    for a in r["attributions"].as_array().unwrap() {
        check(&a["cue"]);
        for k in ["source", "content"] {
            if !a[k].is_null() {
                check(&a[k]);
            }
        }
    }
    for k in ["dates", "places"] {
        for s in r[k].as_array().unwrap() {
            check(s);
        }
    }
    assert!(n > 20, "only {n} spans");
    let sunday = r["dates"]
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["text"] == "Sunday")
        .expect("Sunday found");
    assert_eq!(sunday["value"], "2017-10-29");
}

#[test]
fn utf16_and_utf8_offsets() {
    let text = "🇸🇾 The minister said Damascus was calm.";
    let r16 = json(&run_stdin(
        &["analyze", "--offsets", "utf16", "-"],
        text.as_bytes(),
    ));
    let r8 = json(&run_stdin(
        &["analyze", "--offsets", "utf8", "-"],
        text.as_bytes(),
    ));
    let cue16 = &r16["attributions"][0]["cue"];
    let cue8 = &r8["attributions"][0]["cue"];
    let utf16: Vec<u16> = text.encode_utf16().collect();
    let (a, b) = (
        cue16["start"].as_u64().unwrap() as usize,
        cue16["end"].as_u64().unwrap() as usize,
    );
    assert_eq!(String::from_utf16(&utf16[a..b]).unwrap(), "said");
    let (a, b) = (
        cue8["start"].as_u64().unwrap() as usize,
        cue8["end"].as_u64().unwrap() as usize,
    );
    assert_eq!(&text[a..b], "said");
}

#[test]
fn text_format_is_a_readable_summary() {
    let out = run(&[
        "analyze",
        "--format",
        "text",
        "--published",
        "2017-10-30",
        SAMPLE_TXT,
    ]);
    assert_success(&out);
    let s = String::from_utf8(out.stdout).unwrap();
    for heading in ["Sources", "Timeline", "Places", "2017-10-29", "Sunday"] {
        assert!(s.contains(heading), "{heading} missing in:\n{s}");
    }
}

#[test]
fn html_input_is_extracted_and_dated_from_its_metadata() {
    let r = json(&run(&["analyze", SAMPLE_HTML]));
    assert_eq!(r["published"], "2017-10-30");
    let attributions = r["attributions"].as_array().unwrap();
    assert!(attributions.len() >= 5);
    // navigation and footer text are not part of the analysed article
    assert!(r["stats"]["words"].as_u64().unwrap() < 700);
}

#[test]
fn bad_inputs_get_one_line_errors() {
    assert_clean_error(&run(&["analyze", "no/such/file.txt"]), "no such file");
    assert_clean_error(&run(&["analyze", "examples"]), "directory");
    assert_clean_error(
        &run(&["analyze", "--published", "30/10/2017", SAMPLE_TXT]),
        "published",
    );
    assert_clean_error(
        &run(&["analyze", "--offsets", "bytes", SAMPLE_TXT]),
        "bytes",
    );
    assert_clean_error(
        &run_stdin(&["analyze", "-"], b"caf\xe9 said\0\0\x01\x02"),
        "binary data",
    );
    assert_clean_error(&run(&["frobnicate"]), "frobnicate");
}

#[test]
fn empty_and_binary_inputs_are_graceful() {
    let r = json(&run_stdin(&["analyze", "-"], b""));
    assert_eq!(r["attributions"].as_array().unwrap().len(), 0);
    // binary input (here: random 7-bit bytes, NULs and control characters included) is
    // one clear error, not a Report of mojibake
    let junk: Vec<u8> = (0..5000u32)
        .map(|i| (i.wrapping_mul(2654435761) >> 24) as u8 & 0x7f)
        .collect();
    assert_clean_error(&run_stdin(&["analyze", "-"], &junk), "binary data");
    let no_nul: Vec<u8> = junk.iter().map(|b| b.max(&1)).copied().collect();
    assert_clean_error(&run_stdin(&["analyze", "-"], &no_nul), "binary data");
}

#[test]
fn jsonl_batch_keeps_order_and_reports_bad_lines() {
    let input = concat!(
        r#"{"id": "a", "text": "The minister said on Sunday that Damascus was calm.", "published": "2020-01-06"}"#,
        "\n",
        "not json\n",
        r#"{"id": 7, "text": 5}"#,
        "\n",
        r#"{"id": "d", "text": "Nothing here.", "published": "yesterday"}"#,
        "\n",
        r#"{"id": "e", "text": "Officials said so."}"#,
        "\n"
    );
    let out = run_stdin(
        &["analyze", "--jsonl", "--offsets", "char", "-"],
        input.as_bytes(),
    );
    let lines = json_lines(&out);
    assert_eq!(lines.len(), 5);
    assert_eq!(lines[0]["id"], "a");
    assert_eq!(lines[0]["report"]["dates"][0]["value"], "2020-01-05");
    assert_eq!(lines[1]["line"], 2);
    assert!(lines[1]["error"].as_str().unwrap().contains("JSON"));
    assert_eq!(lines[2]["id"], 7);
    assert!(lines[2]["error"].as_str().unwrap().contains("text"));
    assert_eq!(lines[3]["id"], "d");
    assert!(lines[3]["error"].as_str().unwrap().contains("published"));
    assert_eq!(lines[4]["id"], "e");
    assert!(lines[4]["report"].is_object());
}
