//! Robustness of the attribution engine on arbitrary input: no panic, every span is the
//! slice it claims to be, indices are consistent, on random text made of the pieces that
//! drive the engine (cue words, quote marks of every style, commas, names, emoji, RTL
//! text, combining marks, NUL, unbalanced quotes, blank lines).

use proptest::prelude::*;
use sourcelens::{Options, analyze};

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

fn check(text: &str) {
    let r = analyze(text, &Options::default());
    for s in r.spans() {
        assert!(s.start <= s.end && s.end <= text.len(), "{s:?}");
        assert_eq!(&text[s.start..s.end], s.text, "{s:?}");
    }
    for (i, a) in r.attributions.iter().enumerate() {
        if let Some(id) = a.source_id {
            assert!(r.sources[id].attributions.contains(&i));
            assert_eq!(a.speaker.as_deref(), Some(r.sources[id].name.as_str()));
        }
    }
    for s in &r.sources {
        assert!(s.share >= 0.0 && s.share <= 1.0);
    }
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
