//! Attributions: who says what. Cues, sources, content, speakers, anonymity, distancing.
//!
//! The pipeline, each step linear in the text (windows are bounded):
//! - [`ctx`]: lower-cased tokens with word classes, quotations (straight, curly, single,
//!   double, across paragraphs), units (sentences joined inside a quotation), headline,
//!   datelines and bylines;
//! - [`structure`]: cues from the lexicon (`data/en/cues.tsv`, inflections generated) and their
//!   structures — source span and content span, direct/indirect/mixed;
//! - [`coref`]: the speaker behind each source span (names, titles, pronouns, definite
//!   descriptions, countries for their governments), anonymity and source kinds;
//! - [`distancing`]: "so-called", "alleged", "what they call", scare quotes.

pub mod coref;
pub mod ctx;
pub mod distancing;
pub mod lexicon;
pub mod np;
pub mod structure;

pub use lexicon::inflections;

use crate::report::Place;
use crate::report::{Attribution, Distancing, Source, SourceKind, Span};
use crate::text::Document;

#[derive(Default)]
pub struct Found {
    pub attributions: Vec<Attribution>,
    pub sources: Vec<Source>,
    pub distancing: Vec<Distancing>,
}

/// Extracts attributions, their sources and distancing markers.
pub fn extract(doc: &Document, places: &[Place]) -> Found {
    let c = ctx::Ctx::new(doc);
    let text = doc.text;
    let mut found = structure::find(&c);
    found.sort_by_key(|f| f.cue.start);
    let resolved = coref::resolve(&c, &found, places);
    let tok_span = |r: &std::ops::Range<usize>| -> Option<Span> {
        (!r.is_empty()).then(|| Span::new(text, c.toks[r.start].start, c.toks[r.end - 1].end))
    };
    // entities that speak, in order of first attribution
    let mut source_of_entity: Vec<Option<usize>> = vec![None; resolved.entities.len()];
    let mut sources: Vec<Source> = Vec::new();
    let mut attributions = Vec::with_capacity(found.len());
    for (ai, f) in found.iter().enumerate() {
        let source = f.source.as_ref().and_then(tok_span);
        let entity = resolved.speaker[ai];
        let (speaker, source_id, anonymous) = match entity {
            Some(e) => {
                let ent = &resolved.entities[e];
                let id = *source_of_entity[e].get_or_insert_with(|| {
                    sources.push(Source {
                        id: sources.len(),
                        name: coref::display_name(ent),
                        kind: ent.kind,
                        anonymous: ent.anonymous,
                        mentions: Vec::new(),
                        attributions: Vec::new(),
                        chars: 0,
                        share: 0.0,
                        description: ent.description.clone(),
                    });
                    sources.len() - 1
                });
                let s = &mut sources[id];
                if let Some(m) = &source {
                    if !s.mentions.contains(m) {
                        s.mentions.push(m.clone());
                    }
                }
                s.attributions.push(ai);
                if s.description.is_none() {
                    s.description = f
                        .desc
                        .as_ref()
                        .and_then(tok_span)
                        .map(|d| d.text.trim_end_matches(',').to_string());
                }
                (Some(s.name.clone()), Some(id), s.anonymous)
            }
            None => {
                // no source, or one we could not resolve ("we", "you"): keep its words
                let name = source.as_ref().map(|s| s.text.clone());
                (name, None, true)
            }
        };
        attributions.push(Attribution {
            cue: Span::new(text, c.toks[f.cue.start].start, c.toks[f.cue.end - 1].end),
            source,
            speaker,
            source_id,
            content: f
                .content
                .as_ref()
                .filter(|r| !r.is_empty())
                .map(|r| Span::new(text, r.start, r.end)),
            kind: f.kind,
            anonymous,
            rule: f.rule.id().to_string(),
            via: f.via.as_ref().and_then(tok_span),
        });
    }
    // a source's kind follows its first attribution; "I" the narrator is a person
    for s in &mut sources {
        if s.anonymous && s.kind == SourceKind::Person {
            s.kind = SourceKind::Anonymous;
        }
    }
    let distancing = distancing::find(&c, &found);
    Found {
        attributions,
        sources,
        distancing,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn subject_cue_and_coreference() {
        let text = "Rain fell in the north, an official source told SANA on Sunday.\n\nThe source said that the roads were closed.";
        let doc = Document::new(text);
        let f = extract(&doc, &[]);
        assert_eq!(f.attributions.len(), 2);
        assert_eq!(f.attributions[0].cue.text, "told");
        assert_eq!(
            f.attributions[0].source.as_ref().unwrap().text,
            "an official source"
        );
        assert_eq!(
            f.attributions[0].content.as_ref().unwrap().text,
            "Rain fell in the north"
        );
        assert_eq!(
            f.attributions[1].speaker.as_deref(),
            Some("official source")
        );
        assert_eq!(
            f.attributions[1].content.as_ref().unwrap().text,
            "the roads were closed"
        );
        assert_eq!(f.sources.len(), 1);
        assert!(f.sources[0].anonymous);
    }
}
