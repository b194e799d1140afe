//! Golden tests: the whole Report of each fixture article, as a reviewed snapshot.
//! After an intended change: `cargo insta review` (or `INSTA_UPDATE=always cargo test
//! --test golden`) and read the diff before committing it.

use sourcelens::{OffsetUnit, Options, analyze, parse_published};

fn report_json(path: &str, published: &str) -> serde_json::Value {
    let text = std::fs::read_to_string(path).unwrap();
    let r = analyze(
        &text,
        &Options {
            published: parse_published(published).ok(),
            offsets: OffsetUnit::Char,
            ..Options::default()
        },
    );
    serde_json::to_value(&r).unwrap()
}

#[test]
fn sample_article() {
    insta::with_settings!({snapshot_path => "sample", prepend_module_to_snapshot => false}, {
        insta::assert_json_snapshot!(
            "sana-raqqa",
            report_json("examples/sana-raqqa-2017-10-30.txt", "2017-10-30")
        );
    });
}
