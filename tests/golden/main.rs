//! Golden tests: the whole Report of each fixture article, as a reviewed snapshot.
//! After an intended change: `cargo insta review` (or `INSTA_UPDATE=always cargo test
//! --test golden`) and read the diff before committing it.

#[path = "../support/mod.rs"]
mod support;

use sourcelens::OffsetUnit;
use support::analyze::report_with;
use support::fixtures::read;

fn report_json(path: &str, published: &str) -> serde_json::Value {
    let r = report_with(&read(path), Some(published), OffsetUnit::Char);
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
