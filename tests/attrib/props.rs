//! Robustness of the attribution engine on arbitrary input: no panic, every span is the
//! slice it claims to be, indices are consistent, on random text made of the pieces that
//! drive the engine (cue words, quote marks of every style, commas, names, emoji, RTL
//! text, combining marks, NUL, unbalanced quotes, blank lines).

use crate::support::analyze::report;
use crate::support::spans::assert_well_formed;
use proptest::prelude::*;
use sourcelens::OffsetUnit;

const PIECES: &[&str] = &[
    "said",
    "says",
    "told",
    "according to",
    "was quoted as saying",
    "quoted",
    "as saying",
    "the minister",
    "Mr Smith",
    "he",
    "she",
    "it",
    "they",
    "I",
    "who",
    "that",
    "and",
    "but",
    ",",
    ".",
    ":",
    ";",
    "—",
    "-",
    "\"",
    "“",
    "”",
    "‘",
    "’",
    "'",
    "«",
    "»",
    "(",
    ")",
    "\n",
    "\n\n",
    " ",
    " ",
    " ",
    "stressing",
    "adding",
    "in a statement",
    "on Sunday",
    "Syria",
    "an official source",
    "is said to",
    "it was reported",
    "so-called",
    "alleged",
    "🙂",
    "👩‍👩‍👧",
    "e\u{301}",
    "مرحبا",
    "\u{0}",
    "MOSCOW (AP) —",
    "By Jane Doe",
    "what they call",
    "Analysis: Jon Sopel, BBC News",
    "’s",
    "Ms",
    "President",
    "Raqqa 24",
    "called on",
    "to",
];

fn text_strategy() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(PIECES), 0..120).prop_map(|v| v.join(" "))
}

/// Spans in bounds and equal to their slice; source ids, the sources' attribution lists, the
/// speakers' names and the shares consistent (`support::spans::assert_well_formed`).
fn check(text: &str) {
    assert_well_formed(text, &report(text), OffsetUnit::Utf8);
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]
    #[test]
    fn never_panics_on_attribution_soup(t in text_strategy()) {
        check(&t);
    }

    #[test]
    fn never_panics_on_any_string(t in "\\PC{0,300}") {
        check(&t);
    }
}

#[test]
fn pathological_inputs() {
    let long_sentence = "the minister said that ".repeat(5000);
    let quotes = "\"".repeat(10_000);
    let commas = ", said the minister".repeat(3000);
    let nested = "“‘«".repeat(2000);
    for t in [
        "",
        "\"",
        "said",
        "According to",
        "\u{0}\u{0}said\u{0}",
        long_sentence.as_str(),
        quotes.as_str(),
        commas.as_str(),
        nested.as_str(),
    ] {
        check(t);
    }
}
