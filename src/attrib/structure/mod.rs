//! Cues and their structures: for every reporting verb or phrase of a unit, who says it
//! (the source span) and what is said (the content span).
//!
//! In: the document's [`Ctx`] (tokens, word classes, quotations, units). Out: one [`Found`]
//! per attribution, with token ranges for the cue and source and a byte range for the
//! content (speakers are resolved later, in `coref`).
//!
//! Structures handled: `SOURCE CUE (that) CONTENT`; `CONTENT, SOURCE CUE`; `CONTENT, CUE
//! SOURCE` (inverted); direct quotes before/after the cue, split around it, running over
//! several sentences or paragraphs; `SOURCE CUE: "…"` and lists after a colon; participial
//! cues sharing a subject (", stressing that …", "in addition to demanding …"); coordinated
//! verbs ("responded and confirmed that"); parentheticals ("Scissors, who …, said"); relative
//! clauses ("the source, who said …, told Reuters"); "according to X" before or after its
//! clause; "was quoted as saying", "quoted X as saying"; "it was reported that"; "X is said
//! to …"; headline quotes ("Mugabe 'insisting he finishes his term'").
//!
//! The stages, unit by unit:
//! - [`candidates`] and [`cue_match`]: the cues of a unit (lexicon entries that fit here);
//! - [`unit`]: the two passes over a unit's cues — subjects, then contents (last cue first);
//! - [`subject`], [`parenthetical`], [`inverted`]: pass 1, the source of each cue;
//! - [`content`], [`content_start`], [`clause_end`], [`before`], [`fronted`]: pass 2, its
//!   content — after the cue, or before it (not a fronted adverbial);
//! - [`spans`]: quote chains, colon lists, the direct/mixed/indirect kind, trimming;
//! - [`follow_up`]: quote-only units that continue a direct attribution.

mod before;
mod candidates;
mod clause_end;
mod content;
mod content_start;
mod control;
mod cue_match;
mod follow_up;
mod fronted;
mod inverted;
mod parenthetical;
mod predicative;
mod question;
mod spans;
mod subject;
mod unit;

pub use spans::{scare_like, trim_content};

use super::ctx::Ctx;
use super::lexicon::{CUES, Form};
use crate::report::AttributionKind;
use crate::rules::Rule;
use std::ops::Range;

/// Most cues considered in one unit (bounds the work on pathological input).
const MAX_CUES_PER_UNIT: usize = 48;
/// Longest content scanned, in tokens.
const MAX_CONTENT: usize = 600;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SubjKind {
    /// the noun phrase before the verb
    Left,
    /// after the verb ("said the minister")
    Right,
    /// shared with an earlier cue of the unit (participle, coordination)
    Borrowed,
    /// the antecedent of "who"
    Relative,
    /// the noun phrase after "according to", or between "quoted … as saying"
    Inner,
    /// no source (passive, impersonal)
    Nobody,
}

/// One attribution found in the text, with token and byte ranges (resolved later).
#[derive(Debug, Clone)]
pub struct Found {
    pub cue: Range<usize>,
    pub source: Option<Range<usize>>,
    pub subj: SubjKind,
    /// the attribution whose source this one shares (index into the unit's list)
    pub attach: Option<usize>,
    /// byte range of the content
    pub content: Option<Range<usize>>,
    pub kind: AttributionKind,
    pub rule: Rule,
    pub unit: usize,
    /// token where this attribution's own words begin (its subject, or the comma before a
    /// participle): the content of an earlier cue stops there
    pub block: usize,
    /// an apposition describing the source ("a China scholar with the institute")
    pub desc: Option<Range<usize>>,
    /// the addressee or medium ("told Reuters", "quoted by Interfax")
    pub via: Option<Range<usize>>,
    pub entry: usize,
    /// a proper name in apposition that names the speaker ("Its chief executive, Jacqueline
    /// Starr, said")
    pub appos_name: Option<Range<usize>>,
    /// a negated cue ("declined to say"): not an attribution, but it ends the content of
    /// an earlier one
    pub stop_only: bool,
}

/// A cue matched in a unit, before its structure is known.
struct Cand {
    cue: Range<usize>,
    entry: usize,
    form: Form,
    /// "quoted X as saying": X
    inner: Option<Range<usize>>,
    /// first word inside a quote (headline pattern "X 'denying …'")
    quote_start: bool,
    /// "it was reported that"
    impersonal: bool,
    /// the content's tokens, and the rule, when the cue's frame fixes them ("called [the
    /// plan reckless]", "asked [whether …]")
    preset: Option<(Range<usize>, Rule)>,
    /// a reported question without a subject ("Asked whether …", "was asked by X if …"):
    /// `inner` is its agent, if any
    question: bool,
}

/// One unit's cues while their structures are found: what every step of the two passes
/// reads.
struct Scope<'s> {
    c: &'s Ctx<'s>,
    unit: usize,
    /// first token of the unit (after a dateline) and one past its last
    lo: usize,
    hi: usize,
    cands: &'s [Cand],
    /// the attributions of the unit so far: pass 1 the cues before the current one, pass 2
    /// all of them
    found: &'s [Found],
    /// which of `found` are attributions (so far)
    ok: &'s [bool],
}

/// A content: its byte range, its kind, and the rule that found it when not the subject's.
type ContentResult = (Range<usize>, AttributionKind, Option<Rule>);

/// What one step of a search decided.
enum Outcome<T> {
    /// the step's pattern applies: this is the answer (`None`: there is none)
    Done(Option<T>),
    /// not this step's pattern: the next step looks
    Pass,
}

/// The complement frames of lexicon entry `e`.
fn frames(e: usize) -> u16 {
    CUES.entries[e].frames
}

/// All attributions of the document, unit by unit.
pub fn find(c: &Ctx) -> Vec<Found> {
    let mut out = Vec::new();
    for u in 0..c.units.len() {
        let cands = candidates::candidates(c, u);
        if cands.is_empty() {
            continue;
        }
        unit::unit_structures(c, u, &cands, &mut out);
    }
    follow_up::extend_follow_up_quotes(c, &mut out);
    out
}

#[cfg(test)]
mod tests {
    use crate::attrib::extract;
    use crate::text::Document;

    /// (cue, source, content, rule) of every attribution of `text`.
    pub(super) fn attributions(text: &str) -> Vec<(String, String, String, String)> {
        let doc = Document::new(text);
        extract(&doc, &[])
            .attributions
            .into_iter()
            .map(|a| {
                (
                    a.cue.text,
                    a.source.map(|s| s.text).unwrap_or_default(),
                    a.content.map(|s| s.text).unwrap_or_default(),
                    a.rule,
                )
            })
            .collect()
    }

    #[test]
    fn comma_then_quote_is_the_content() {
        let found =
            attributions("The coach said, \u{201c}We were too slow.\u{201d} Fans left early.");
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].2, "We were too slow.");
        assert_eq!(found[0].3, "comma-quote");
    }

    #[test]
    fn a_split_quote_keeps_both_halves() {
        let found = attributions(
            "\u{201c}We were slow,\u{201d} the coach said, \u{201c}and tired.\u{201d}",
        );
        assert_eq!(found.len(), 1, "{found:?}");
        assert_ne!(found[0].3, "comma-quote");
        assert!(found[0].2.starts_with("We were slow") && found[0].2.ends_with("and tired."));
    }

    #[test]
    fn a_plural_subject_and_a_bare_verb_make_a_clause() {
        let found = attributions("The mayor said residents deserve a new bridge.");
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].2, "residents deserve a new bridge");
        assert_eq!(found[0].3, "bare-present-clause");
        let found = attributions("Officials say they want more rain.");
        assert_eq!(found[0].2, "they want more rain");
    }

    #[test]
    fn a_bare_noun_after_the_verb_is_no_clause() {
        // a plural noun, then a word with an ending: the clause has its own tensed verb
        let found = attributions("The guide said rooms upstairs had views of the bay.");
        assert!(
            found.iter().all(|f| f.3 != "bare-present-clause"),
            "{found:?}"
        );
        // no reporting verb, no clause
        assert!(attributions("He thanked the voters of the district.").is_empty());
    }

    #[test]
    fn a_fronted_adverbial_is_not_the_content() {
        let found = attributions("If the levee holds, the engineer said, the town will stay dry.");
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(
            found[0].2,
            "If the levee holds, the engineer said, the town will stay dry"
        );
        assert_eq!(found[0].3, "fronted-adverbial");
        let found = attributions(
            "While the talks went on, the senator told reporters this was the only chance.",
        );
        assert_eq!(found[0].2, "this was the only chance", "{found:?}");
    }

    #[test]
    fn a_full_clause_before_the_speaker_stays_the_content() {
        // a subordinate clause, then its main clause: the whole is what was said
        let found = attributions("If she wins, the party will split, he said.");
        assert_eq!(found[0].2, "If she wins, the party will split", "{found:?}");
        assert_ne!(found[0].3, "fronted-adverbial");
        let found = attributions("The lagoon, Mr Pryce said, was never meant to be a park.");
        assert_ne!(found[0].3, "fronted-adverbial", "{found:?}");
    }

    #[test]
    fn a_name_before_its_apposition_is_the_source() {
        let found = attributions("Ann Lee, a nurse from Gatineau, Que., said the ferry was full.");
        assert_eq!(found[0].1, "Ann Lee", "{found:?}");
        let found = attributions(
            "Rep. Tanya Okafor, D-Ohio, whose district includes Kettering, called on Congress to act.",
        );
        assert_eq!(found[0].1, "Rep. Tanya Okafor", "{found:?}");
        // a capitalised discourse word or a fronted phrase is no name
        let found =
            attributions("In Washington, Sen. Ann Lee, a Republican, said the bill was dead.");
        assert_eq!(found[0].1, "Sen. Ann Lee", "{found:?}");
        let found = attributions("Moreover, the senator, a Republican, said the bill was dead.");
        assert_eq!(found[0].1, "the senator", "{found:?}");
    }

    #[test]
    fn doubled_apostrophes_are_quotation_marks() {
        let found = attributions("''We lost,'' the coach said. ''We will be back.''");
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(found[0].2.starts_with("We lost") && found[0].2.ends_with("be back."));
        // one apostrophe is not a quotation mark: the content is the clause
        let found = attributions("The coach said the players' bus was late.");
        assert_eq!(found[0].2, "the players' bus was late");
    }

    #[test]
    fn titles_and_initials_stay_inside_a_name() {
        let found = attributions("Mrs. Warren praised the plan, saying it would work.");
        assert_eq!(found[0].1, "Mrs. Warren", "{found:?}");
        let found = attributions("\"It worked,\" said Benjamin J. Rhodes, an adviser.");
        assert_eq!(found[0].1, "Benjamin J. Rhodes", "{found:?}");
        // a period that ends a sentence after an initial does not join two names
        let found = attributions("They chose Plan B. Smith said it was cheaper.");
        assert_eq!(found[0].1, "Smith", "{found:?}");
    }

    #[test]
    fn verbs_that_are_nouns_read_as_nouns_in_compounds() {
        assert!(attributions("The state senator resigned on Friday.").is_empty());
        assert!(attributions("So far 14 states passed new laws on voting.").is_empty());
        assert!(
            attributions("Democrats could win coastal states that voted Republican.").is_empty()
        );
        let found = attributions("The report states that the bridge is unsafe.");
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].2, "the bridge is unsafe");
    }
}
