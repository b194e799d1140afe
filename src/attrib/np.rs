//! Noun phrases around a cue, found from word classes and capitals (no parser): the subject
//! before a verb, the speaker after an inverted verb ("said the minister"), the subject at
//! the start of a clause, and adjuncts to step over ("on Sunday", "in a statement").
//! Every scan is bounded by a small window.

use super::ctx::Ctx;
use super::lexicon::wc;
use crate::text::TokenKind;
use std::ops::Range;

/// Longest noun phrase considered, in tokens.
const MAX_NP: usize = 24;

/// A word that can sit inside a noun phrase: a name, noun, adjective or number.
pub fn nounish(c: &Ctx, i: usize) -> bool {
    if !c.is_word(i) {
        return false;
    }
    if c.toks[i].kind == TokenKind::Number {
        return true;
    }
    let closed = wc::DET
        | wc::POSS
        | wc::PRON
        | wc::AUX
        | wc::NEG
        | wc::PREP
        | wc::CONJ
        | wc::SUB
        | wc::REL
        | wc::WH
        | wc::REFL
        | wc::THERE;
    if c.is(i, closed) && !c.is_cap(i) {
        return false;
    }
    if c.is(i, closed)
        && c.is(
            i,
            wc::PRON | wc::AUX | wc::CONJ | wc::SUB | wc::PREP | wc::DET,
        )
    {
        // "The", "He", "But" at a sentence start are not names
        return false;
    }
    if c.is(i, wc::ADV | wc::LYADV) && !c.is(i, wc::NOUN | wc::TIME) && !c.is_cap(i) {
        return false;
    }
    true
}

/// A verb form that ends a subject (not a noun use): aux, a known verb form, or a cue form
/// not preceded by a determiner.
pub fn verbish(c: &Ctx, i: usize) -> bool {
    if !c.is_word(i) || c.is_cap(i) {
        return false;
    }
    if c.is(i, wc::AUX) {
        return true;
    }
    if c.is(i, wc::VERB | wc::CUEFORM) && !c.is(i, wc::NOUN) {
        let after_det = i > 0 && c.is(i - 1, wc::DET | wc::POSS);
        return !after_det;
    }
    false
}

/// Prepositions that may join a post-modifier to a noun ("a spokesman for the ministry",
/// "people familiar with the talks", "an official source at the ministry").
fn np_prep(c: &Ctx, i: usize) -> bool {
    matches!(
        c.lw(i),
        "of" | "for" | "at" | "with" | "from" | "in" | "on" | "by" | "to" | "close"
    )
}

/// A lone apostrophe glued to a plural before a noun: the possessive of "operators'
/// associations" (the tokenizer splits it off, and it closes no quotation).
pub fn possessive_mark(c: &Ctx, i: usize) -> bool {
    i > 0
        && matches!(c.raw(i), "'" | "’")
        && c.toks[i - 1].end == c.toks[i].start
        && c.lw(i - 1).ends_with('s')
        && c.is_word(i - 1)
        && c.quote_closed_at(i).is_none()
        && c.quote_of(i).is_none()
        && c.toks.get(i + 1).is_some_and(|t| t.start > c.toks[i].end)
        && nounish(c, i + 1)
}

/// A word ending in the possessive 's / ’s / s'.
pub fn possessive(c: &Ctx, i: usize) -> bool {
    let w = c.lw(i);
    c.is_word(i) && (w.ends_with("'s") || (w.ends_with("s'")))
}

fn is_pron(c: &Ctx, i: usize) -> bool {
    c.is(i, wc::PRON)
}

/// The noun phrase that ends just before token `end` (its last token is `end - 1`), not
/// reaching before `lo`: its first token.
pub fn left(c: &Ctx, end: usize, lo: usize) -> Option<usize> {
    if end == 0 || end <= lo {
        return None;
    }
    let h = end - 1;
    if is_pron(c, h) && !c.is(h, wc::DET) {
        return Some(h);
    }
    // "42% say", "another 30% said": a percentage is a noun phrase
    if c.raw(h) == "%" && h > lo && c.toks[h - 1].kind == TokenKind::Number {
        return Some(left(c, h, lo).unwrap_or(h - 1));
    }
    if !nounish(c, h) && !name_like_closed(c, h, end) {
        return None;
    }
    if c.is(h, wc::VERB) && !c.is_cap(h) && !c.is(h, wc::NOUN) {
        return None;
    }
    let mut start = h;
    let mut i = h;
    let floor = lo.max(h.saturating_sub(MAX_NP));
    let mut coordinated = false;
    while i > floor {
        let p = i - 1;
        // "Sen. Rick Hallam", "Dr. Jones": an abbreviated title
        if p > floor && name_period(c, p) {
            start = p - 1;
            i = p - 1;
            continue;
        }
        if possessive_mark(c, p) && p > floor {
            start = p - 1;
            i = p - 1;
            continue;
        }
        if !c.is_word(p) {
            break;
        }
        // "…, The Washington Post reported": a capitalised "The" of a title after punctuation
        let title_the = c.lw(p) == "the" && p > lo && !c.is_word(p - 1) && c.is_cap(i);
        if c.is(p, wc::DET | wc::POSS) && !c.is_cap(p) || c.is(p, wc::DET) && p == lo || title_the {
            start = p;
            // "at the Foreign Ministry": a determiner after a preposition inside the phrase
            if p > floor + 1
                && c.is(p - 1, wc::PREP)
                && np_prep(c, p - 1)
                && (nounish(c, p - 2) && !verbish(c, p - 2) || participle_before_prep(c, p - 2))
            {
                i = p - 2;
                start = p - 2;
                continue;
            }
            // "both Roscosmos and NASA"
            break;
        }
        if c.is(p, wc::QUANT) && !c.is_cap(p) || c.lw(p) == "both" || c.lw(p) == "one" {
            start = p;
            if p > floor && c.is(p - 1, wc::DET) {
                start = p - 1;
            }
            break;
        }
        if c.is(p, wc::PREP) {
            if np_prep(c, p)
                && p > floor
                && (nounish(c, p - 1) && !verbish(c, p - 1) || participle_before_prep(c, p - 1))
            {
                // a post-modifier: only after a noun, and only with a determiner-less or
                // capitalised object ("Police in Texas", "people close to Trump")
                i = p - 1;
                start = p - 1;
                continue;
            }
            break;
        }
        if (c.lw(p) == "and" || c.lw(p) == "&") && !coordinated && p > floor {
            let l = p - 1;
            if (c.is_cap(l) || c.is(l, wc::NOUN)) && !verbish(c, l) && h - p <= 5 {
                coordinated = true;
                i = l;
                start = l;
                continue;
            }
            break;
        }
        if c.is(p, wc::TIME) && !c.is_cap(p) && !possessive(c, i) && !c.is(i, wc::TIME) {
            break;
        }
        if c.is(p, wc::TIME) && c.is_cap(p) && !possessive(c, p) && c.lw(p) != "may" {
            // "On Sunday police said": a day name does not start a subject
            break;
        }
        if nounish(c, p) {
            if verbish(c, p) && !c.is_cap(p) {
                break;
            }
            start = p;
            i = p;
            continue;
        }
        if participle_before_prep(c, p) {
            start = p;
            i = p;
            continue;
        }
        break;
    }
    // a phrase may not start with a bare preposition or conjunction
    while start < h && c.is(start, wc::PREP | wc::CONJ) && !c.is_cap(start) {
        start += 1;
    }
    Some(start)
}

/// A capitalised modal or month that is a surname: "Ellen May" (after a first name), or
/// "May said" ("may" cannot take a past tense).
pub fn name_like_closed(c: &Ctx, i: usize, next: usize) -> bool {
    if !c.is_cap(i) || !c.is(i, wc::AUX | wc::TIME) || c.is(i, wc::PRON | wc::DET) {
        return false;
    }
    let after_first_name = i > 0 && c.is_cap(i - 1) && nounish(c, i - 1) && !c.is(i - 1, wc::TIME);
    let past_verb_next = c.lw(next).ends_with("ed")
        || matches!(
            c.lw(next),
            "said" | "told" | "wrote" | "says" | "tells" | "adds"
        );
    let after_prep = i > 0 && c.is(i - 1, wc::PREP);
    after_first_name || past_verb_next && !after_prep
}

/// "Sen", "Rep", "Dr", "Gov" before a period.
pub fn is_title_abbrev(c: &Ctx, i: usize) -> bool {
    use super::lexicon::{NOUNS, NounClass};
    c.raw(i).len() <= 5
        && NOUNS
            .get(c.lw(i))
            .is_some_and(|n| matches!(n.class, NounClass::Honorific | NounClass::Official))
}

/// The period of a title abbreviation or an initial inside a name, glued to it and followed
/// by a capitalised word: "Sen. Ann Lee", "Mrs. Clinton", "Benjamin J. Rhodes" (an initial
/// after a given name or another initial).
pub fn name_period(c: &Ctx, i: usize) -> bool {
    use super::lexicon::GIVEN_NAMES;
    if i == 0 || c.raw(i) != "." || c.toks[i - 1].end != c.toks[i].start || !c.is_cap(i - 1) {
        return false;
    }
    let prev = c.raw(i - 1);
    // an initial after a first name ("Benjamin J."), not after a common noun ("Plan B.")
    let initial = prev.len() == 1
        && prev.chars().all(|ch| ch.is_ascii_uppercase())
        && i >= 2
        && c.is_cap(i - 2)
        && (GIVEN_NAMES.contains_key(c.lw(i - 2)) || i >= 3 && name_period(c, i - 2));
    (initial || is_title_abbrev(c, i - 1))
        && c.toks.get(i + 1).is_some_and(|t| t.start > c.toks[i].end)
        && c.is_cap(i + 1)
}

/// "briefed" in "people briefed on the talks", "seen" in "reports seen by Reuters": a
/// participle after a common noun, before a preposition (not "said" after a name).
fn participle_before_prep(c: &Ctx, i: usize) -> bool {
    c.is_word(i)
        && i > 0
        && !c.is_cap(i)
        && (c.is(i, wc::VERB) || c.lw(i).ends_with("ed") || c.lw(i).ends_with("en"))
        && !strong_cue_form(c, i)
        && c.is(i + 1, wc::PREP)
        && !c.is(i, wc::AUX)
        && c.is_word(i - 1)
        && (!c.is_cap(i - 1)
            && !c.is(i - 1, wc::AUX | wc::PRON | wc::DET | wc::PREP | wc::CONJ)
            // "a report commissioned by the government and published in March"
            || c.lw(i - 1) == "and" && i > 1 && nounish(c, i - 2) && !verbish(c, i - 2))
}

/// A form of say, tell, add, write, report …: never a participle inside a noun phrase.
fn strong_cue_form(c: &Ctx, i: usize) -> bool {
    use super::lexicon::{CUES, frame};
    c.is(i, wc::CUEFORM)
        && CUES.by_first.get(c.lw(i)).is_some_and(|v| {
            v.iter().any(|(e, _)| {
                CUES.entries[*e].frames & frame::S != 0 && CUES.entries[*e].rest.is_empty()
            })
        })
}

/// The noun phrase starting at `from` (an inverted subject: "said the minister", "said
/// Derek Scissors, a China scholar"), ending before `hi`.
pub fn right(c: &Ctx, from: usize, hi: usize) -> Option<Range<usize>> {
    if from >= hi {
        return None;
    }
    if c.is(from, wc::PRON) && !c.is(from, wc::DET) {
        return Some(from..from + 1);
    }
    let mut i = from;
    let limit = hi.min(from + MAX_NP);
    if c.is(i, wc::DET | wc::POSS | wc::QUANT) {
        i += 1;
    }
    let head_start = i;
    while i < limit
        && (nounish(c, i)
            || c.lw(i) == "and" && i > head_start
            // "Dr. Priya Natarajan", "Sen. Ann Lee": the period of a title abbreviation
            || i > head_start && name_period(c, i)
            || i > head_start && possessive_mark(c, i))
    {
        if c.is(i, wc::TIME) && i > head_start {
            break;
        }
        if verbish(c, i) && !c.is(i, wc::NOUN) {
            break;
        }
        if c.lw(i) == "and" && !(c.is_cap(i + 1) || c.is(i + 1, wc::DET | wc::POSS)) {
            break;
        }
        i += 1;
    }
    if i == head_start {
        return None;
    }
    // post-modifiers of a common-noun head: "a spokesman for the ministry"
    let name_head = c.is_cap(i - 1);
    let mut end = i;
    while end < limit && (c.is(end, wc::PREP) || !name_head && participle_before_prep(c, end)) {
        if !c.is(end, wc::PREP) {
            // "evidence presented at trial"
            end += 1;
            continue;
        }
        if adjunct_len(c, end, hi) > 0 {
            break;
        }
        let ok = if name_head {
            c.lw(end) == "of" && c.is_cap(end + 1)
        } else {
            np_prep(c, end)
        };
        if !ok {
            break;
        }
        let mut j = end + 1;
        // "to" + a bare word is an infinitive ("urged ministers to act"), not a modifier
        if c.lw(end) == "to"
            && !(c.is(j, wc::DET | wc::POSS | wc::QUANT)
                || c.is_cap(j)
                || c.toks.get(j).is_some_and(|t| t.kind == TokenKind::Number))
        {
            break;
        }
        if j < limit && c.is(j, wc::DET | wc::POSS) {
            j += 1;
        }
        let a = j;
        while j < limit && (nounish(c, j) && !verbish(c, j) || j > a && possessive_mark(c, j)) {
            j += 1;
        }
        if j == a {
            break;
        }
        end = j;
    }
    Some(from..end)
}

/// The subject at the start of a clause beginning at `from` (after fronted adverbials and
/// discourse words): "Fort Worth Police Department" in "Fort Worth Police Department
/// responded and confirmed …".
pub fn lead(c: &Ctx, from: usize, hi: usize) -> Option<Range<usize>> {
    let mut i = skip_front(c, from, hi);
    if i >= hi {
        return None;
    }
    if c.is(i, wc::PRON) && !c.is(i, wc::DET) {
        return Some(i..i + 1);
    }
    let a = i;
    let limit = hi.min(a + MAX_NP * 2);
    let mut saw_and = false;
    while i < limit {
        if c.is(i, wc::DET | wc::POSS | wc::QUANT) && (i == a || !c.is_cap(i)) {
            i += 1;
            continue;
        }
        if c.is(i, wc::PREP) && np_prep(c, i) && i > a && nounish(c, i - 1) {
            i += 1;
            continue;
        }
        if c.is_comma(i) && i > a && c.is_cap(i - 1) {
            // a list of names: "Robert Mugabe, his wife Grace and two key figures"
            let more = (i + 1..limit.min(i + 10)).any(|k| c.lw(k) == "and");
            if more && (c.is(i + 1, wc::DET | wc::POSS | wc::QUANT) || c.is_cap(i + 1)) {
                i += 1;
                continue;
            }
            break;
        }
        if c.lw(i) == "and" && i > a && !saw_and {
            if c.is(i + 1, wc::DET | wc::POSS | wc::QUANT) || nounish(c, i + 1) {
                saw_and = true;
                i += 1;
                continue;
            }
            break;
        }
        if nounish(c, i) && !(verbish(c, i) && i > a && !c.is(i - 1, wc::DET | wc::POSS)) {
            if c.is(i, wc::VERB) && !c.is_cap(i) && i > a && !c.is(i + 1, wc::PREP) {
                break;
            }
            i += 1;
            continue;
        }
        if participle_before_prep(c, i) && i > a {
            i += 1;
            continue;
        }
        // "Mrs. Clinton", "Michael J. Petrilli"
        if i > a && name_period(c, i) {
            i += 1;
            continue;
        }
        break;
    }
    // trailing prepositions/determiners do not end a phrase
    while i > a && (c.is(i - 1, wc::PREP | wc::DET | wc::CONJ) || c.is_comma(i - 1)) {
        i -= 1;
    }
    (i > a).then_some(a..i)
}

/// Skips discourse words ("But", "However,") and a fronted adverbial ending in a comma
/// ("In an interview with the BBC,", "Later that evening,").
pub fn skip_front(c: &Ctx, from: usize, hi: usize) -> usize {
    let mut i = from;
    let mut guard = 0;
    loop {
        guard += 1;
        if guard > 4 || i >= hi {
            return i;
        }
        if c.is(i, wc::DISC) {
            i += 1;
            if c.is_comma(i) {
                i += 1;
            }
            continue;
        }
        let fronted = c.is(i, wc::PREP | wc::SUB | wc::ADV | wc::LYADV | wc::TIME)
            || c.lw(i).ends_with("ing") && c.is_cap(i);
        if fronted && !c.is(i, wc::PRON) {
            if let Some(k) = (i + 1..hi.min(i + 24)).find(|&k| c.is_comma(k)) {
                i = k + 1;
                continue;
            }
        }
        return i;
    }
}

/// Skips discourse words at the start of a clause ("But", "However,", "And").
pub fn skip_discourse(c: &Ctx, from: usize, hi: usize) -> usize {
    let mut i = from;
    while i < hi && i < from + 4 && c.is(i, wc::DISC) && c.is_word(i) {
        i += 1;
        if c.is_comma(i) {
            i += 1;
        }
    }
    i
}

/// Length in tokens of an adjunct starting at `i` that sits between a cue and its content:
/// "on Sunday", "late Thursday", "this month", "in a statement", "in an interview with the
/// BBC", "on Twitter", "by telephone", "to reporters". 0 when there is none.
pub fn adjunct_len(c: &Ctx, i: usize, hi: usize) -> usize {
    if i >= hi || !c.is_word(i) {
        return 0;
    }
    let w = c.lw(i);
    // a bare time expression: "Sunday", "yesterday", "late Thursday", "this month",
    // "last week", "on February 26"
    let mut j = i;
    let preps = matches!(
        w,
        "on" | "in"
            | "at"
            | "during"
            | "via"
            | "by"
            | "to"
            | "through"
            | "over"
            | "before"
            | "after"
    );
    if preps {
        j += 1;
    }
    let mut k = j;
    if k + 1 < hi && matches!(c.lw(k), "this" | "next" | "that" | "each") && c.is(k + 1, wc::TIME) {
        k += 1;
    }
    while k < hi && c.is(k, wc::TIME) && k < j + 4 {
        k += 1;
    }
    if k > j && c.is(k - 1, wc::TIME) {
        // "February 26", "Dec. 3"
        while k < hi && c.toks[k].kind == TokenKind::Number && k < j + 6 {
            k += 1;
        }
        if k < hi && c.is(k, wc::TIME) {
            k += 1;
        }
        // "said each year of education yields …": the head of the content's subject
        if k < hi && c.lw(k) == "of" && k > j + 1 {
            return 0;
        }
        return k - i;
    }
    if !preps {
        return 0;
    }
    // "in a statement", "in an interview with the BBC", "to reporters", "on Twitter",
    // "in a post on X", "by telephone", "at a news conference"
    let mut k = j;
    if k < hi && c.is(k, wc::DET | wc::POSS) {
        k += 1;
    }
    let a = k;
    let mut medium_end = None;
    while k < hi && k < a + 5 && (nounish(c, k) || c.is(k, wc::MEDIUM)) {
        if c.is(k, wc::MEDIUM) {
            medium_end = Some(k + 1);
        }
        k += 1;
    }
    let addressee = matches!(w, "to") && (c.is(k.saturating_sub(1), wc::NOUN) || c.is_cap(a));
    if let Some(me) = medium_end {
        k = me;
        // "with the BBC", "on X", "to parliament"
        if k < hi && matches!(c.lw(k), "with" | "on" | "to" | "from" | "at" | "in") {
            let mut m = k + 1;
            if m < hi && c.is(m, wc::DET | wc::POSS) {
                m += 1;
            }
            let b = m;
            while m < hi && m < b + 5 && (c.is_cap(m) || nounish(c, m) && !verbish(c, m)) {
                m += 1;
            }
            if m > b {
                k = m;
            }
        }
        return k - i;
    }
    if addressee && w == "to" && k > a {
        return k - i;
    }
    0
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::Document;

    fn find(c: &Ctx, w: &str) -> usize {
        (0..c.toks.len()).find(|&i| c.raw(i) == w).unwrap()
    }

    fn left_np(text: &str, verb: &str) -> String {
        let doc = Document::new(text);
        let c = Ctx::new(&doc);
        let v = find(&c, verb);
        let s = left(&c, v, 0).expect(text);
        text[c.toks[s].start..c.toks[v - 1].end].to_string()
    }

    #[test]
    fn subjects_before_the_verb() {
        assert_eq!(
            left_np(
                "In Raqqa, an official source at the Foreign Ministry told SANA.",
                "told"
            ),
            "an official source at the Foreign Ministry"
        );
        assert_eq!(
            left_np("It may grow, people familiar with the talks say.", "say"),
            "people familiar with the talks"
        );
        assert_eq!(
            left_np("Two people briefed on the talks said so.", "said"),
            "Two people briefed on the talks"
        );
        assert_eq!(
            left_np("But both Roscosmos and NASA said it.", "said"),
            "both Roscosmos and NASA"
        );
        assert_eq!(
            left_np(
                "He left, but the BBC's North America editor Jon Sopel said no.",
                "said"
            ),
            "the BBC's North America editor Jon Sopel"
        );
        assert_eq!(
            left_np(
                "It is bad, a second person briefed on last weekend's trade phone call said.",
                "said"
            ),
            "a second person briefed on last weekend's trade phone call"
        );
        assert_eq!(
            left_np(
                "Zimbabwean intelligence reports seen by Reuters suggest it.",
                "suggest"
            ),
            "Zimbabwean intelligence reports seen by Reuters"
        );
        assert_eq!(
            left_np("The ship broke up and NASA said so.", "said"),
            "NASA"
        );
    }

    #[test]
    fn inverted_subjects_and_leads() {
        let t = "\"Yes,\" said Derek Scissors, a China scholar with the institute.";
        let doc = Document::new(t);
        let c = Ctx::new(&doc);
        let r = right(&c, find(&c, "said") + 1, c.toks.len()).unwrap();
        assert_eq!(
            &t[c.toks[r.start].start..c.toks[r.end - 1].end],
            "Derek Scissors"
        );
        let t = "Fort Worth Police Department responded and confirmed that it was so.";
        let doc = Document::new(t);
        let c = Ctx::new(&doc);
        let r = lead(&c, 0, c.toks.len()).unwrap();
        assert_eq!(
            &t[c.toks[r.start].start..c.toks[r.end - 1].end],
            "Fort Worth Police Department"
        );
        let t = "However, in his interview, the president said no.";
        let doc = Document::new(t);
        let c = Ctx::new(&doc);
        let r = lead(&c, 0, c.toks.len()).unwrap();
        assert_eq!(
            &t[c.toks[r.start].start..c.toks[r.end - 1].end],
            "the president"
        );
    }

    #[test]
    fn adjuncts_between_cue_and_content() {
        for (t, w, n) in [
            ("said on Sunday that", "said", 2),
            ("said late Thursday that", "said", 2),
            ("said in a statement that", "said", 3),
            ("said in an interview with the BBC that", "said", 6),
            ("told reporters on Monday", "told", 0),
            ("said this month that", "said", 2),
            ("said the roads were closed", "said", 0),
            ("said each year that", "said", 2),
            ("said each year of study pays", "said", 0),
        ] {
            let doc = Document::new(t);
            let c = Ctx::new(&doc);
            let i = find(&c, w) + 1;
            assert_eq!(adjunct_len(&c, i, c.toks.len()), n, "{t}");
        }
    }
}
