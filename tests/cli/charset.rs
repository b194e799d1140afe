//! HTML and text files in legacy charsets: each page saved in windows-1252, ISO-8859-1,
//! Shift_JIS or GBK (declared by `<meta charset>`, by the http-equiv form, or not at all),
//! or UTF-16 with a BOM, gives the same Report as its UTF-8 twin; undecodable and binary
//! input is one clear error line. The texts are our own.

use crate::support::cli::{assert_clean_error, json, json_lines, run};
use std::path::Path;

fn report(path: &Path) -> serde_json::Value {
    json(&run(&[
        "analyze",
        "--offsets",
        "char",
        path.to_str().unwrap(),
    ]))
}

fn page(head: &str, title: &str, paragraphs: &[&str]) -> String {
    let body: String = paragraphs.iter().map(|p| format!("<p>{p}</p>\n")).collect();
    format!(
        "<!DOCTYPE html>\n<html><head>{head}<title>{title}</title></head>\n<body>\
         <nav><a href=\"/\">Home</a></nav><article><h1>{title}</h1>\n{body}</article>\
         <footer>Contact</footer></body></html>\n"
    )
}

/// (name, charset, <head> declaration, page text).
fn pages() -> Vec<(
    &'static str,
    &'static encoding_rs::Encoding,
    &'static str,
    String,
)> {
    let western = [
        "“The café on the Rhône will reopen in spring,” the mayor of Zürich said on Monday, \
         adding that the city had spent €2 million on repairs.",
        "Officials told reporters that the quay near Genève had been closed since the flood \
         in March, according to the regional water authority.",
        "A spokeswoman for the ministry said the work would be finished before the summer \
         season, when thousands of visitors arrive every week.",
    ];
    let latin1 = [
        "The director of the museum in Köln said on Tuesday that the façade would be cleaned \
         by the end of the year, at a cost of 40,000 euros.",
        "Local media reported that the square outside the Gürzenich had been closed to traffic \
         since the storm, according to the city council.",
        "Residents told the newspaper that the works had been slow, and that the café owners \
         on the square had lost half of their trade.",
    ];
    let japanese = [
        "“The ropeway will run again from Friday,” said Tanaka Hiroshi (田中博), the mayor of \
         Hakone (箱根町), on Monday, after engineers inspected the cables.",
        "Officials told reporters in Odawara (小田原市) that the line had been closed since the \
         typhoon in September, according to the operator.",
        "A spokesman for the prefecture said the repairs had cost 300 million yen and that \
         visitors had stayed away for three weeks.",
    ];
    let chinese = [
        "“The orchards have recovered from the frost,” said Wang Lei (王磊), a farmer in Pinggu \
         (平谷区), on Sunday, as the first peaches were picked.",
        "Officials told Xinhua (新华社) that the district had sent technicians to every village \
         since the cold spell in April, according to the local government.",
        "A spokeswoman for the cooperative said prices in Beijing (北京) had risen by a fifth \
         and that buyers had come from as far as Tianjin.",
    ];
    vec![
        (
            "windows-1252",
            encoding_rs::WINDOWS_1252,
            r#"<meta charset="windows-1252">"#,
            page("", "Zürich café to reopen", &western),
        ),
        (
            "iso-8859-1-http-equiv",
            encoding_rs::WINDOWS_1252,
            r#"<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1">"#,
            page("", "Köln façade to be cleaned", &latin1),
        ),
        (
            "shift_jis",
            encoding_rs::SHIFT_JIS,
            r#"<meta charset="Shift_JIS">"#,
            page("", "Hakone ropeway to reopen", &japanese),
        ),
        (
            "gbk-http-equiv",
            encoding_rs::GBK,
            r#"<meta http-equiv="content-type" content="text/html;charset=gbk">"#,
            page("", "Pinggu peaches recover", &chinese),
        ),
        (
            "gbk-undeclared",
            encoding_rs::GBK,
            "",
            page("", "Pinggu peaches recover", &chinese),
        ),
        (
            "windows-1252-undeclared",
            encoding_rs::WINDOWS_1252,
            "",
            page("", "Zürich café to reopen", &western),
        ),
    ]
}

/// The page with its declaration in its head, encoded.
fn encoded(enc: &'static encoding_rs::Encoding, head: &str, html: &str) -> Vec<u8> {
    let html = html.replacen("<head>", &format!("<head>{head}"), 1);
    let (bytes, used, unmappable) = enc.encode(&html);
    assert_eq!(used, enc);
    assert!(
        !unmappable,
        "the test page is representable in {}",
        enc.name()
    );
    bytes.into_owned()
}

#[test]
fn legacy_charset_pages_give_the_reports_of_their_utf8_twins() {
    let dir = tempfile::tempdir().unwrap();
    for (name, enc, head, html) in pages() {
        let twin = dir.path().join(format!("{name}.utf8.html"));
        std::fs::write(
            &twin,
            html.replacen("<head>", "<head><meta charset=\"utf-8\">", 1),
        )
        .unwrap();
        let legacy = dir.path().join(format!("{name}.html"));
        let bytes = encoded(enc, head, &html);
        assert!(std::str::from_utf8(&bytes).is_err(), "{name} is not UTF-8");
        std::fs::write(&legacy, &bytes).unwrap();
        let (want, got) = (report(&twin), report(&legacy));
        assert!(
            !want["attributions"].as_array().unwrap().is_empty(),
            "{name}: the page has attributions"
        );
        assert_eq!(got, want, "{name}");
    }
}

#[test]
fn legacy_pages_decode_in_batches_too() {
    let dir = tempfile::tempdir().unwrap();
    let (legacy, twins) = (dir.path().join("legacy"), dir.path().join("utf8"));
    std::fs::create_dir_all(&legacy).unwrap();
    std::fs::create_dir_all(&twins).unwrap();
    for (name, enc, head, html) in pages() {
        let file = format!("{name}.html");
        std::fs::write(legacy.join(&file), encoded(enc, head, &html)).unwrap();
        std::fs::write(
            twins.join(&file),
            html.replacen("<head>", "<head><meta charset=\"utf-8\">", 1),
        )
        .unwrap();
    }
    let reports = |d: &Path| -> Vec<serde_json::Value> {
        let out = run(&[
            "analyze",
            "-r",
            "-q",
            "--offsets",
            "char",
            d.to_str().unwrap(),
        ]);
        json_lines(&out)
            .into_iter()
            .map(|l| l["report"].clone())
            .collect()
    };
    let (got, want) = (reports(&legacy), reports(&twins));
    assert_eq!(got.len(), pages().len());
    assert!(got.iter().all(|r| r.is_object()), "no error records");
    assert_eq!(got, want);
    let text = serde_json::to_string(&got).unwrap();
    for needle in [
        "Zürich",
        "Köln",
        "小田原市",
        "新华社",
        "北京",
        "The café on the Rhône",
    ] {
        assert!(text.contains(needle), "{needle} in the Reports");
    }
    assert!(!text.contains('\u{fffd}'), "no replacement characters");
}

#[test]
fn plain_text_in_a_legacy_charset_or_utf16_is_decoded() {
    let dir = tempfile::tempdir().unwrap();
    let text = "“We will stay,” the owner of the café in Zürich said on Monday.\n";
    let utf8 = dir.path().join("utf8.txt");
    std::fs::write(&utf8, text).unwrap();
    let want = report(&utf8);
    assert_eq!(want["attributions"][0]["cue"]["text"], "said");

    let cp1252 = dir.path().join("cp1252.txt");
    std::fs::write(&cp1252, encoding_rs::WINDOWS_1252.encode(text).0).unwrap();
    assert_eq!(report(&cp1252), want);

    for (name, bom, le) in [
        ("utf16le.txt", [0xff, 0xfe], true),
        ("utf16be.txt", [0xfe, 0xff], false),
    ] {
        let mut bytes = bom.to_vec();
        for unit in text.encode_utf16() {
            bytes.extend(if le {
                unit.to_le_bytes()
            } else {
                unit.to_be_bytes()
            });
        }
        let p = dir.path().join(name);
        std::fs::write(&p, bytes).unwrap();
        assert_eq!(report(&p), want, "{name}");
    }
}

/// A clean one-line error (the contract's) mentioning every one of `needles`.
fn assert_clean_error_all(out: &std::process::Output, needles: &[&str]) {
    for n in needles {
        assert_clean_error(out, n);
    }
}

#[test]
fn undecodable_and_binary_input_is_one_clear_error() {
    let dir = tempfile::tempdir().unwrap();
    // declared Shift_JIS, but with byte sequences Shift_JIS does not have
    let mut bad = b"<html><head><meta charset=\"Shift_JIS\"></head><body><p>".to_vec();
    bad.extend_from_slice(
        b"The mayor said \x82\xa0 the line \x85\xff would reopen.</p></body></html>",
    );
    let p = dir.path().join("bad-sjis.html");
    std::fs::write(&p, &bad).unwrap();
    assert_clean_error_all(
        &run(&["analyze", p.to_str().unwrap()]),
        &["bad-sjis.html", "Shift_JIS", "offset"],
    );
    // an image, a gzip file and random bytes saved with an article's name
    let png = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\x01\0\0\0\x01\0\x08\x06\0\0\0".to_vec();
    let gzip = b"\x1f\x8b\x08\0\0\0\0\0\0\x03\xcb\x48\xcd\xc9\xc9\x07\0".to_vec();
    let noise: Vec<u8> = (0..4000u32)
        .map(|i| ((i.wrapping_mul(2654435761) >> 13) as u8).max(1))
        .collect();
    let mut binary_files = Vec::new();
    for (name, bytes) in [
        ("image.html", png),
        ("page.txt", gzip),
        ("noise.txt", noise),
    ] {
        let p = dir.path().join(name);
        std::fs::write(&p, bytes).unwrap();
        assert_clean_error_all(&run(&["analyze", p.to_str().unwrap()]), &[name, "binary"]);
        binary_files.push(p);
    }
    // in a batch: an error record for it, the others analysed
    let good = dir.path().join("good.txt");
    std::fs::write(&good, "The minister said the port was open.").unwrap();
    let noise = binary_files[2].to_str().unwrap();
    let lines = json_lines(&run(&["analyze", "-q", good.to_str().unwrap(), noise]));
    assert!(lines[0]["report"].is_object());
    let error = lines[1]["error"].as_str().unwrap_or_default();
    assert!(error.contains("binary"), "{}", lines[1]);
}
