//! The verb that governs an infinitive cue: "declined to say", "went on to explain", "took
//! to Twitter to say", "struggled on Tuesday to explain". The cue shares that verb's
//! subject.
//!
//! In: the token "to" before a base-form cue. Out: the first token of the governing verb
//! (where the words before it are searched for the subject) — the verb itself, a verb and
//! its particle ("went on"), or a past verb with a short adjunct between ("took to
//! Twitter") — or `None` when no verb governs the infinitive ("efforts to explain", "a
//! chance to say").

use crate::attrib::ctx::Ctx;
use crate::attrib::lexicon::wc;

/// Most words between a governing verb and "to" ("took to Twitter to", "spoke on Fox News
/// to").
const MAX_BETWEEN: usize = 4;

/// The governing verb of the infinitive whose "to" is at `to`.
pub(super) fn infinitive_governor(c: &Ctx, to: usize, lo: usize) -> Option<usize> {
    let g = to.checked_sub(1).filter(|&g| g >= lo)?;
    if verb_form(c, g) || c.is(g, wc::CUEFORM) && !c.is_cap(g) {
        return Some(g);
    }
    // "went on to explain", "goes on to say"
    if g > lo && c.is(g, wc::PREP) && (verb_form(c, g - 1) || c.is(g - 1, wc::CUEFORM)) {
        return Some(g - 1);
    }
    adjunct_between(c, g, lo)
}

/// "took to Twitter to say", "struggled on Tuesday to explain": a past verb at
/// most [`MAX_BETWEEN`] words before, only words between (a preposition, a name, a time
/// word).
fn adjunct_between(c: &Ctx, g: usize, lo: usize) -> Option<usize> {
    let floor = lo.max(g.saturating_sub(MAX_BETWEEN));
    let mut k = g;
    while k > floor {
        k -= 1;
        if !c.is_word(k) {
            return None;
        }
        if verb_form(c, k) && !c.is(k, wc::CUEFORM) {
            // the words between open with a preposition or a time word
            let first = k + 1;
            return (c.is(first, wc::PREP | wc::TIME)).then_some(k);
        }
    }
    None
}

/// A verb form that can govern an infinitive: a known non-cue verb or a past in -ed, in
/// lower case. (Intentions and abilities — "trying to", "want to", "is quick to" — are left
/// out: they announce speech that has not happened.)
fn verb_form(c: &Ctx, i: usize) -> bool {
    if !c.is_word(i) || c.is_cap(i) || c.is(i, wc::NOUN) {
        return false;
    }
    c.is(i, wc::VERB) || c.lw(i).ends_with("ed")
}

#[cfg(test)]
mod tests {
    use super::super::tests::attributions;

    #[test]
    fn a_governing_verb_lends_its_subject() {
        for (text, cue) in [
            (
                "Smith went on to explain that the plan was dead.",
                "explain",
            ),
            ("Clinton took to Twitter to say that she was proud.", "say"),
            (
                "Officials struggled on Tuesday to explain why it failed.",
                "explain",
            ),
        ] {
            let found = attributions(text);
            assert!(
                found.iter().any(|f| f.0 == cue && !f.1.is_empty()),
                "{text}: {found:?}"
            );
        }
    }

    #[test]
    fn no_verb_no_intention_no_refusal() {
        for text in [
            "His efforts to explain that the plan works failed.",
            "It was a chance to say that the plan works.",
            "Smith refused to say whether the plan works.",
            "Aides are quick to point out that he placed second.",
            "Officials are trying to find that balance.",
        ] {
            let found = attributions(text);
            assert!(found.is_empty(), "{text}: {found:?}");
        }
    }
}
