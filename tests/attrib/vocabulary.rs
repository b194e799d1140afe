//! The cue vocabulary (`data/en/cues.tsv`, `data/en/attrib_not_cues.tsv`): each reporting verb or
//! phrase added from the counts of an annotated training corpus is found with its source and
//! content, and each has a sentence of its own where the same word reports nobody's words.
//! All sentences are written for these tests.

use crate::support::analyze::report;
use crate::support::attrib::{content, one, src};

/// (sentence, cue, source, content)
const FOUND: &[(&str, &str, &str, &str)] = &[
    (
        "The engineer described the damage as the worst she had seen.",
        "described",
        "The engineer",
        "the damage as the worst she had seen",
    ),
    (
        "The mayor commented on the plan at the meeting.",
        "commented on",
        "The mayor",
        "the plan at the meeting",
    ),
    (
        "She spoke about her years at the mine.",
        "spoke about",
        "She",
        "her years at the mine",
    ),
    (
        "Several nurses spoke out against the cuts.",
        "spoke out against",
        "Several nurses",
        "the cuts",
    ),
    (
        "He wrote about the strike in his column.",
        "wrote about",
        "He",
        "the strike in his column",
    ),
    (
        "The coach joked about the weather.",
        "joked about",
        "The coach",
        "the weather",
    ),
    (
        "The union argued for a shorter week.",
        "argued for",
        "The union",
        "a shorter week",
    ),
    (
        "The senator called out the company for its prices.",
        "called out",
        "The senator",
        "the company for its prices",
    ),
    (
        "The council posted on Facebook that the road would close.",
        "posted",
        "The council",
        "the road would close",
    ),
    (
        "The tenants asked for a second inspection.",
        "asked for",
        "The tenants",
        "a second inspection",
    ),
];

#[test]
fn new_reporting_verbs_and_phrases_are_cues() {
    for &(text, cue, source, reported) in FOUND {
        let a = one(text);
        assert_eq!(a.cue.text, cue, "{text}");
        assert_eq!(src(&a), source, "{text}");
        assert_eq!(content(&a), reported, "{text}");
    }
}

/// The same words where nobody's words are reported.
const NOT_FOUND: &[&str] = &[
    "The house was described in the survey as sound.",
    "The method described here is faster than the old one.",
    "As described above, the pumps run at night.",
    "The company posted a loss of $3 million for the quarter.",
    "Guards were posted at the gate all night.",
    "Everything went according to plan, and the bridge opened in May.",
    "The trains ran according to schedule for the first time in weeks.",
    "The door said nothing.",
    "All told, the repairs cost 4 million euros.",
    "The said property was sold in 1998.",
];

#[test]
fn the_same_words_in_other_senses_are_not_cues() {
    for text in NOT_FOUND {
        let r = report(text);
        assert!(r.attributions.is_empty(), "{text}\n→ {:#?}", r.attributions);
    }
}
