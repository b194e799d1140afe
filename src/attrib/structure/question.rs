//! Reported questions whose verb has no subject of its own: a participle adjunct ("Asked
//! whether he would run, Smith said …", "…, he said when asked about the budget") or a
//! passive ("Smith was asked if …", "were asked to rank …"). The one who asks is the
//! by-agent when there is one ("asked by reporters whether …"), else nobody.
//!
//! In: the past or participle form of a question verb (a cue with the `w` frame) at token
//! `i` of the unit `lo..hi`. Out: the cue's tokens (with the passive's auxiliary), the agent
//! and the question's tokens — "about" + its topic, a wh-/if-/whether-clause or, for a
//! passive, a to-infinitive — up to the next comma, dash or semicolon; `None` when the
//! verb has a subject (the ordinary structures find it) or no question follows.

use super::parenthetical::parenthetical;
use crate::attrib::ctx::Ctx;
use crate::attrib::lexicon::wc;
use crate::attrib::np;
use std::ops::Range;

/// A subjectless question: cue, agent, question.
pub(super) struct Question {
    pub cue: Range<usize>,
    pub agent: Option<Range<usize>>,
    pub asked: Range<usize>,
}

/// The question whose verb (past or participle form) is at `i`, if it has no subject here.
pub(super) fn subjectless_question(c: &Ctx, i: usize, lo: usize, hi: usize) -> Option<Question> {
    let cue_start = adjunct_start(c, i, lo).or_else(|| passive_start(c, i, lo))?;
    let passive = cue_start < i;
    let mut j = i + 1;
    let mut agent = None;
    if j < hi && c.lw(j) == "by" {
        let r = np::right(c, j + 1, hi)?;
        j = r.end;
        agent = Some(r);
    }
    // "asked on Monday whether", "asked again about"
    j += np::adjunct_len(c, j, hi);
    while j < hi && c.is(j, wc::ADV | wc::LYADV) && !c.is(j, wc::WH | wc::SUB) {
        j += 1;
    }
    if j >= hi || !question_opens(c, j, passive) {
        return None;
    }
    let end = question_end(c, j, hi);
    (end > j + 1).then(|| Question {
        cue: cue_start..i + 1,
        agent,
        asked: j..end,
    })
}

/// The verb opens its unit or follows a comma, a dash, an opening bracket or a subordinator
/// ("when asked", "after being asked"): the first token of the adjunct's cue.
fn adjunct_start(c: &Ctx, i: usize, lo: usize) -> Option<usize> {
    if i == lo {
        return Some(i);
    }
    let mut p = i - 1;
    // "after being asked", "when first asked"
    if p > lo && (c.lw(p) == "being" || c.is(p, wc::ADV | wc::LYADV) && !c.is(p, wc::SUB)) {
        p -= 1;
    }
    // after a comma, not the verb of a parenthetical subject ("Scissors, who consults …,
    // said whether …")
    let parenthetical_subject = c.is_comma(p) && parenthetical(c, p, lo).is_some();
    let boundary = !c.is_word(p) && !c.is_quote_mark(p) && !parenthetical_subject;
    let sub = c.is_word(p) && c.is(p, wc::SUB) && !c.is(p, wc::REL) && !c.is(p, wc::PRON)
        || matches!(c.lw(p), "after" | "before" | "until");
    let quote_closed = c.quote_closed_at(p).is_some();
    (boundary || sub || quote_closed).then_some(i)
}

/// Where a question adjunct's own words begin: the subordinator or "being" before its verb
/// ("he said when asked about …": the content of "said" stops before "when").
pub(super) fn question_block(c: &Ctx, cue_start: usize, lo: usize) -> usize {
    let mut b = cue_start;
    for _ in 0..2 {
        if b > lo
            && c.is_word(b - 1)
            && (c.is(b - 1, wc::SUB) || matches!(c.lw(b - 1), "after" | "before" | "being"))
        {
            b -= 1;
        }
    }
    b
}

/// A form of "be" right before the verb (an adverb between: "was also asked"): the first
/// token of the passive cue.
fn passive_start(c: &Ctx, i: usize, lo: usize) -> Option<usize> {
    let mut k = i.checked_sub(1)?;
    if k > lo && c.is(k, wc::ADV | wc::LYADV) {
        k -= 1;
    }
    let be = matches!(
        c.lw(k),
        "is" | "are" | "was" | "were" | "been" | "be" | "being"
    );
    (be && k >= lo).then_some(k)
}

/// "about", a wh-word, "if", "whether", or (passive) "to" + a verb.
fn question_opens(c: &Ctx, j: usize, passive: bool) -> bool {
    let w = c.lw(j);
    w == "about"
        || matches!(w, "if" | "whether")
        || c.is(j, wc::WH) && w != "when"
        || passive && w == "to" && c.is_word(j + 1) && !c.is(j + 1, wc::DET | wc::POSS)
}

/// Where the question ends: the next comma, dash, semicolon or closing quote mark, else the
/// unit's end.
fn question_end(c: &Ctx, j: usize, hi: usize) -> usize {
    (j + 1..hi)
        .find(|&k| {
            c.is_comma(k)
                || c.is_dash(k)
                || c.raw(k) == ";"
                || c.raw(k) == "."
                || c.quote_closed_at(k).is_some()
        })
        .unwrap_or(hi)
}

#[cfg(test)]
mod tests {
    use super::super::tests::attributions;

    #[test]
    fn a_question_without_a_subject_has_no_source() {
        let found = attributions("Asked whether he would run again, Smith said no.");
        let asked = found.iter().find(|f| f.0 == "Asked").expect("asked");
        assert_eq!(asked.1, "");
        assert_eq!(asked.2, "whether he would run again");
        assert_eq!(asked.3, "reported-question");
        let found = attributions("The mayor was asked by reporters about the bridge.");
        let asked = found
            .iter()
            .find(|f| f.0 == "was asked")
            .expect("was asked");
        assert_eq!(asked.1, "reporters");
        assert_eq!(asked.2, "about the bridge");
    }

    #[test]
    fn a_request_or_an_invitation_is_no_question() {
        for text in [
            "The players were asked for their passports at the gate.",
            "Residents who asked for help got it.",
            "When asked, he smiled.",
            "The mayor was asked to the gala.",
            "Lee, who advises the council, said whether the plan works depends on rain.",
        ] {
            let found = attributions(text);
            assert!(
                found.iter().all(|f| f.3 != "reported-question"),
                "{text}: {found:?}"
            );
        }
    }
}
