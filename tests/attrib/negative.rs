//! The negative corpus (`tests/corpus/negative.txt`): "said" and "told" in other senses,
//! quoted titles of films, books and songs, lyrics, fixed expressions ("that said",
//! "needless to say"), participles used as adjectives ("reported cases"), nouns that look
//! like cues ("the report", "claims forms"), neutral "so-called". None of them attributes
//! anything to anyone; titles and lyrics are not scare quotes either.

use crate::support::analyze::report;
use crate::support::corpus::blocks;
use crate::support::fixtures::NEGATIVE_ATTRIB;
use sourcelens::DistancingKind;

#[test]
fn negative_corpus_yields_no_attribution() {
    let blocks = blocks(NEGATIVE_ATTRIB);
    assert!(blocks.len() >= 20, "{} blocks", blocks.len());
    for b in &blocks {
        let r = report(b);
        assert!(r.attributions.is_empty(), "{b:?}\n→ {:#?}", r.attributions);
        assert!(r.sources.is_empty());
        // titles, lyrics and names in quotes are not scare quotes
        assert!(
            !r.distancing
                .iter()
                .any(|d| d.kind == DistancingKind::ScareQuote),
            "{b:?}\n→ {:#?}",
            r.distancing
        );
    }
}

#[test]
fn distancing_markers_are_found() {
    let t = "The so-called alliance claims to have liberated the city. The alleged attack was \
             not confirmed. Residents returned to their \"liberated\" homes, what the regime \
             calls a victory, despite claims of looting by the purportedly neutral militia.";
    let r = report(t);
    let kinds: Vec<(DistancingKind, &str)> = r
        .distancing
        .iter()
        .map(|d| (d.kind, d.span.text.as_str()))
        .collect();
    assert!(
        kinds.contains(&(DistancingKind::SoCalled, "so-called")),
        "{kinds:?}"
    );
    assert!(
        kinds.contains(&(DistancingKind::Alleged, "alleged")),
        "{kinds:?}"
    );
    assert!(
        kinds.contains(&(DistancingKind::Alleged, "purportedly")),
        "{kinds:?}"
    );
    assert!(
        kinds.contains(&(DistancingKind::Claim, "claims of")),
        "{kinds:?}"
    );
    assert!(
        kinds.contains(&(DistancingKind::Claim, "what the regime calls")),
        "{kinds:?}"
    );
    assert!(
        kinds.contains(&(DistancingKind::ScareQuote, "\"liberated\"")),
        "{kinds:?}"
    );
    // "supposed to" is a modal, not distancing
    let r = report("The deal was supposed to be limited.");
    assert!(r.distancing.is_empty(), "{:#?}", r.distancing);
}
