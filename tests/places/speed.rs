//! Speed of the place extractor, measured, never asserted (run by hand):
//!     cargo test --release --test places speed -- --ignored --nocapture
//! Prints the first-call cost (building the gazetteer index) and the throughput on a
//! synthetic news-like text of about 1 MB.

use sourcelens::places::extract;
use sourcelens::text::Document;
use std::time::Instant;

fn synthetic(bytes: usize) -> String {
    let paras = [
        "BEIRUT (Reuters) - Fighters moved north of Raqqa on Sunday, a monitor said, as talks in Geneva stalled.",
        "Officials in Washington and Moscow said the convoy had reached the Al-Zuhour neighborhood of the city.",
        "The mayor of Paris, Texas, told reporters in Dallas that Mr Jordan would visit Amman in March.",
        "Reading the report, analysts in London, Beijing and New Delhi saw little change for the Middle East.",
        "Police in Fort Worth said the girl was found safe near 6th Avenue, a few miles from Forest Hill.",
    ];
    let mut s = String::with_capacity(bytes + 200);
    let mut i = 0;
    while s.len() < bytes {
        s.push_str(paras[i % paras.len()]);
        s.push_str("\n\n");
        i += 1;
    }
    s
}

#[test]
#[ignore]
fn places_speed() {
    let t0 = Instant::now();
    let n = extract(&Document::new("Warm-up in Raqqa.")).len();
    let first = t0.elapsed();
    // PLACES_FILE=path times that file instead of the synthetic text
    let text = match std::env::var("PLACES_FILE") {
        Ok(p) => std::fs::read_to_string(p).expect("PLACES_FILE"),
        Err(_) => synthetic(1_000_000),
    };
    let doc = Document::new(&text);
    let t1 = Instant::now();
    let found = extract(&doc);
    let el = t1.elapsed();
    println!(
        "first call (index build): {first:?} ({n} place); {} bytes: {el:?}, {:.1} MB/s, {} places",
        text.len(),
        text.len() as f64 / el.as_secs_f64() / 1e6,
        found.len()
    );
    assert!(!found.is_empty());
}
