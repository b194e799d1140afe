//! Parenthetical subjects: a subject set off by commas before the verb.
//!
//! In: the comma right before a cue. Out: the subject's span, with the description between
//! the commas ("Scissors, who consults with officials, said") or the proper name in
//! apposition ("Its chief executive, Jacqueline Starr, said").

use crate::attrib::ctx::Ctx;
use crate::attrib::lexicon::{NOUNS, wc};
use crate::attrib::np;
use std::ops::Range;

/// A parenthetical subject: its span, the words between the commas, an apposed name.
pub(super) struct Parenthetical {
    pub source: Range<usize>,
    pub desc: Option<Range<usize>>,
    pub name: Option<Range<usize>>,
}

/// "Scissors, who consults with officials, said" → Scissors + "who consults …";
/// "Its chief executive, Jacqueline Starr, said" → the description named by the apposition;
/// "The mother-of-three, from Basildon, Essex, claimed" (commas inside).
pub(super) fn parenthetical(c: &Ctx, comma: usize, lo: usize) -> Option<Parenthetical> {
    let floor = lo.max(comma.saturating_sub(36));
    let mut q = comma;
    for _ in 0..3 {
        // the previous comma
        let mut k = q;
        let mut found = None;
        while k > floor {
            k -= 1;
            if c.is_comma(k) {
                found = Some(k);
                break;
            }
            if c.is_quote_mark(k) || matches!(c.raw(k), ";" | ":" | "(" | ")") {
                return None;
            }
        }
        let q2 = found?;
        q = q2;
        let first = q2 + 1;
        if first >= comma || !c.is_word(first) || c.is(first, wc::CONJ) && !c.is_cap(first) {
            continue;
        }
        if c.is(first, wc::AUX) && !c.is_cap(first) {
            continue;
        }
        let Some(s) = np::left(c, q2, lo) else {
            continue;
        };
        // the head: before a post-modifier ("A diplomat familiar with the talks")
        let core_end = (s + 1..q2)
            .find(|&k| c.is(k, wc::PREP) && !c.is_cap(k))
            .unwrap_or(q2);
        let head = (s..core_end)
            .rev()
            .find(|&k| c.is(k, wc::NOUN) || c.is_cap(k))
            .unwrap_or(core_end - 1);
        // "The mother-of-three, from Basildon, Essex, claimed": a compound of a speaker noun
        let compound_noun = c
            .lw(head)
            .split('-')
            .next()
            .is_some_and(|w| NOUNS.contains_key(w));
        if !(c.is_cap(head) || c.is(head, wc::NOUN | wc::PRON) || compound_noun) {
            continue;
        }
        // the subject starts a clause
        if s > lo {
            let b = s - 1;
            let boundary = c.is_comma(b)
                || c.is(b, wc::CONJ | wc::SUB)
                || c.is_quote_mark(b)
                || matches!(c.raw(b), ":" | ";")
                || c.is_dash(b);
            if !boundary {
                continue;
            }
        }
        // "Chantal Arsenault, a nurse from Gatineau, Que., said": the phrase found is
        // itself an apposition of the name before it
        if let Some(name) = name_before_apposition(c, s, lo) {
            return Some(Parenthetical {
                source: name,
                desc: Some(s..comma),
                name: None,
            });
        }
        // an apposed proper name: "Its chief executive, Jacqueline Starr,"
        let appos = first..comma;
        let name_apposition = !c.is_cap(head)
            && appos.len() <= 4
            && appos
                .clone()
                .all(|i| c.is_cap(i) || c.raw(i) == "." || c.raw(i) == "-");
        if name_apposition {
            return Some(Parenthetical {
                source: s..comma,
                desc: None,
                name: Some(appos),
            });
        }
        return Some(Parenthetical {
            source: s..q2,
            desc: Some(appos),
            name: None,
        });
    }
    None
}

/// The proper name right before the apposition starting at `s` ("Chantal Arsenault" in
/// "Chantal Arsenault, a nurse from Gatineau, Que.,", "Rep. Tanya Okafor" in "Rep. Tanya
/// Okafor, D-Ohio, whose district …,"), when it opens its clause.
fn name_before_apposition(c: &Ctx, s: usize, lo: usize) -> Option<Range<usize>> {
    if s <= lo + 1 || !c.is_comma(s - 1) {
        return None;
    }
    let b = s - 1;
    let s0 = np::left(c, b, lo)?;
    // not a capitalised discourse word or adverb opening the sentence ("Moreover, …")
    let name_word = |i: usize| {
        c.is_cap(i)
            && !c.is(
                i,
                wc::DISC | wc::ADV | wc::LYADV | wc::SUB | wc::PREP | wc::TIME,
            )
    };
    let is_name = (s0..b).all(|i| name_word(i) || np::name_period(c, i) || c.raw(i) == "-")
        && (s0..b).any(|i| c.is_cap(i) && !c.is(i, wc::PRON | wc::DET));
    let opens_clause = s0 == lo
        || c.is(s0 - 1, wc::CONJ | wc::DISC)
        || c.is_quote_mark(s0 - 1)
        || matches!(c.raw(s0 - 1), ":" | ";")
        || c.is_dash(s0 - 1);
    (is_name && opens_clause).then_some(s0..b)
}

/// An aside in dashes or brackets between the subject and its verb: "Some economists -
/// including a minority of the Fed's own committee - warn", "Sen. Chris Murphy (a
/// Connecticut Democrat) says". `close` is the closing dash or ")"; the subject is the
/// noun phrase before the opening one and must start its clause.
pub(crate) fn bracketed_subject(c: &Ctx, close: usize, lo: usize) -> Option<Parenthetical> {
    let paren = c.raw(close) == ")";
    let floor = lo.max(close.saturating_sub(30));
    let mut k = close;
    let open = loop {
        if k <= floor {
            return None;
        }
        k -= 1;
        let opens = if paren { c.raw(k) == "(" } else { c.is_dash(k) };
        if opens {
            break k;
        }
        if c.is_quote_mark(k) || matches!(c.raw(k), ";" | ":" | "(" | ")") || c.is_dash(k) {
            return None;
        }
    };
    // at least two words inside, and a word right before the aside
    if close < open + 3 || open <= lo || !c.is_word(open - 1) {
        return None;
    }
    let s = np::left(c, open, lo)?;
    let head = open - 1;
    if !(c.is_cap(head) || c.is(head, wc::NOUN | wc::PRON)) || c.is(head, wc::OBJ) {
        return None;
    }
    let opens_clause = s == lo
        || c.is_comma(s - 1)
        || c.is(s - 1, wc::CONJ | wc::SUB | wc::DISC)
        || matches!(c.raw(s - 1), ":" | ";");
    opens_clause.then_some(Parenthetical {
        source: s..open,
        desc: Some(open + 1..close),
        name: None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::Document;

    fn find(c: &Ctx, w: &str) -> usize {
        (0..c.toks.len()).find(|&i| c.raw(i) == w).unwrap()
    }

    #[test]
    fn asides_in_dashes_and_brackets() {
        for (t, close, subj) in [
            (
                "Some economists - including a minority of the board - warn that it is late.",
                "warn",
                "Some economists",
            ),
            (
                "Sen. Chris Murphy (a Connecticut Democrat) says he was adrift.",
                "says",
                "Sen. Chris Murphy",
            ),
        ] {
            let doc = Document::new(t);
            let c = Ctx::new(&doc);
            let p = bracketed_subject(&c, find(&c, close) - 1, 0).expect(t);
            assert_eq!(
                &t[c.toks[p.source.start].start..c.toks[p.source.end - 1].end],
                subj
            );
        }
        // not after an adjective, an object pronoun or a lone dash
        for (t, close) in [
            ("It was close - very close - said the clerk.", "said"),
            ("They asked him - twice - said Smith.", "said"),
            ("Prices rose - said the bank.", "said"),
        ] {
            let doc = Document::new(t);
            let c = Ctx::new(&doc);
            assert!(
                bracketed_subject(&c, find(&c, close) - 1, 0).is_none(),
                "{t}"
            );
        }
    }
}
