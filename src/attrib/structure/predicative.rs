//! Evaluative calling: a verb of the `c` frame ("call") with an object and a predicate
//! after it states the speaker's judgement of the object — "X called the plan
//! 'reckless'", "…, calling him a liar", "called it shameful".
//!
//! In: the token after the verb. Out: the token range of object + predicate, which is the
//! content, or `None` when the words there are not an object followed by a predicate. The
//! naming senses stay out because they have no such pair: "a firm called Summit" (no
//! predicate), "what she called 'an accident'" (no object before the quote), "called 911",
//! "called off the strike" (a particle, not an object), "is called" (a passive, refused
//! before this step).

use crate::attrib::ctx::{Ctx, NONE};
use crate::attrib::lexicon::wc;
use crate::attrib::np;
use crate::text::TokenKind;
use std::ops::Range;

/// Object + predicate after a verb of calling, starting at token `from` (before `hi`).
pub(super) fn object_predicate(c: &Ctx, from: usize, hi: usize) -> Option<Range<usize>> {
    let object = object_at(c, from, hi)?;
    if let Some(end) = predicate_end(c, object.end, hi, pronoun_object(c, &object)) {
        return Some(from..end);
    }
    // "called Clinton unqualified": a name, then lower-case words (the predicate)
    let name_end = (object.start..object.end)
        .find(|&i| !c.is_cap(i))
        .filter(|&i| i > object.start && c.is_cap(object.start))?;
    predicate_end(c, name_end, hi, true).map(|end| from..end)
}

/// The object: an object pronoun, or a noun phrase that does not open with a particle
/// ("called off"), a number ("called 911") or a time word ("called Tuesday").
fn object_at(c: &Ctx, from: usize, hi: usize) -> Option<Range<usize>> {
    if from >= hi || !c.is_word(from) {
        return None;
    }
    if c.toks[from].kind == TokenKind::Number || c.is(from, wc::PREP | wc::TIME | wc::SUB) {
        return None;
    }
    if c.is(from, wc::OBJ | wc::PRON) && !c.is(from, wc::POSS | wc::DET) {
        return Some(from..from + 1);
    }
    let r = np::right(c, from, hi)?;
    (r.start == from).then_some(r)
}

/// An object that is a single pronoun ("it", "him", "them") or a name ("Clinton"): a bare
/// word after it can only be the predicate.
fn pronoun_object(c: &Ctx, object: &Range<usize>) -> bool {
    object.len() == 1 && c.is(object.start, wc::OBJ | wc::PRON)
        || object.len() <= 4 && object.clone().all(|i| c.is_cap(i) || !c.is_word(i))
}

/// Where the predicate after the object ends: a quotation opening right after it, an
/// indefinite noun phrase ("a disaster"; after a pronoun or name also "the …"), or after a
/// pronoun or name a lower-case word that is not a
/// function word, a verb or a time word ("it shameful").
fn predicate_end(c: &Ctx, at: usize, hi: usize, after_pronoun: bool) -> Option<usize> {
    if at >= hi {
        return None;
    }
    if let Some(q) = c.quote_opened_at(at) {
        return quote_end(c, q, hi);
    }
    if matches!(c.lw(at), "a" | "an") || after_pronoun && c.lw(at) == "the" {
        // "a \"pathological liar\"", "a truly \"fireable offense\"": a quote inside
        let quote = (at + 1..hi.min(at + 4))
            .take_while(|&i| c.is_word(i) || c.is_quote_mark(i))
            .find_map(|i| c.quote_opened_at(i));
        if let Some(q) = quote {
            return quote_end(c, q, hi);
        }
        let r = np::right(c, at, hi)?;
        return (r.len() >= 2).then_some(r.end);
    }
    let adjective = after_pronoun
        && c.is_word(at)
        && !c.is_cap(at)
        && np::nounish(c, at)
        // "unqualified." ends the clause: an adjective, not a verb in -ed
        && (!np::verbish(c, at) || !c.is_word(at + 1) && c.lw(at).ends_with("ed"))
        && !c.is(at, wc::TIME | wc::CUEFORM | wc::ADV)
        && c.toks[at].kind != TokenKind::Number;
    if adjective {
        let r = np::right(c, at, hi)?;
        return Some(r.end);
    }
    None
}

/// One past the closing mark of quote `q` (its last word when it has none), if it holds words.
fn quote_end(c: &Ctx, q: usize, hi: usize) -> Option<usize> {
    let qd = &c.quotes[q];
    let end = if qd.close != NONE {
        qd.close as usize + 1
    } else {
        qd.toks.end
    };
    (qd.words > 0).then_some(end.min(hi))
}

#[cfg(test)]
mod tests {
    use super::super::tests::attributions;

    #[test]
    fn an_object_and_a_predicate_make_a_judgement() {
        let found = attributions("The senator called the plan \u{201c}a reckless gamble.\u{201d}");
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].1, "The senator");
        assert_eq!(found[0].2, "the plan \u{201c}a reckless gamble.\u{201d}");
        assert_eq!(found[0].3, "object-predicate");
        let found = attributions("The mayor attacked the budget, calling it shameful.");
        assert!(
            found
                .iter()
                .any(|f| f.0 == "calling" && f.2 == "it shameful"),
            "{found:?}"
        );
    }

    #[test]
    fn naming_and_telephoning_are_no_judgement() {
        for text in [
            "A firm called Summit Ledger Consulting opened in March.",
            "It was what she called \u{201c}an accident waiting to happen.\u{201d}",
            "Her neighbour called 911 at once.",
            "Controllers called off a strike planned for May.",
            "The street is called Elm Road.",
            "He called Smith back on Monday.",
            "The union called the stoppage on Monday.",
            "Residents can call the sheriff's office.",
        ] {
            let found = attributions(text);
            assert!(
                found.iter().all(|f| f.3 != "object-predicate"),
                "{text}: {found:?}"
            );
        }
    }
}
