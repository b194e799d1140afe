//! Matching one position against the cue lexicon.
//!
//! In: a token of a unit (a form of a reporting verb, or "quoted"/"cited"). Out: the
//! [`Cand`] of the first lexicon entry (longest phrases first) whose words, case and
//! position fit there — or none ("the said property", "100 confirmed cases", "that said").

use super::Cand;
use super::candidates::verb_position;
use super::candidates::{cue_end_after, in_fixed_expression, is_quote_verb, trim_commas};
use super::predicative::object_predicate;
use super::question::subjectless_question;
use crate::attrib::ctx::Ctx;
use crate::attrib::lexicon::{CUES, Form, frame, wc};
use crate::attrib::np;
use crate::rules::Rule;
use crate::text::TokenKind;
use std::ops::Range;

/// Where a cue is matched: token `i` of the unit `lo..hi`.
struct Site<'s> {
    c: &'s Ctx<'s>,
    i: usize,
    lo: usize,
    hi: usize,
    /// the first word inside a quote (headline pattern "X 'denying …'")
    quote_start: bool,
}

impl Site<'_> {
    fn cand(&self, cue: Range<usize>, entry: usize, form: Form, impersonal: bool) -> Cand {
        Cand {
            cue,
            entry,
            form,
            inner: None,
            quote_start: self.quote_start,
            impersonal,
            preset: None,
            question: false,
        }
    }
}

/// A cue starting at token `i`, if the lexicon has one that fits here.
pub(super) fn match_at(c: &Ctx, i: usize, lo: usize, hi: usize, quote_start: bool) -> Option<Cand> {
    let site = Site {
        c,
        i,
        lo,
        hi,
        quote_start,
    };
    let lower_word = c.lw(i);
    if is_quote_verb(lower_word) && !(i > lo && c.is(i - 1, wc::AUX)) {
        if let Some(cand) = quoted_as_saying(&site) {
            return Some(cand);
        }
        if !c.is(i, wc::CUEFORM) {
            return None;
        }
    }
    let entries = CUES.by_first.get(lower_word)?;
    for &(e, form) in entries {
        let Some(n) = entry_words(&site, e, form) else {
            continue;
        };
        if in_fixed_expression(c, i, lo, hi) {
            return None;
        }
        if let Some(cand) = entry_cue(&site, e, form, n) {
            return Some(cand);
        }
    }
    None
}

/// "quoted X as saying", "cited X as saying": the cue runs to "saying", X is the source.
fn quoted_as_saying(site: &Site) -> Option<Cand> {
    let (c, i) = (site.c, site.i);
    let limit = site.hi.min(i + 14);
    let mut k = i + 1;
    while k + 1 < limit && (c.is_word(k) || c.raw(k) == ",") && c.lw(k) != "as" {
        k += 1;
    }
    if !(k > i + 1 && k + 1 < limit && c.lw(k) == "as") {
        return None;
    }
    let forms = CUES.by_first.get(c.lw(k + 1))?;
    let &(e, _) = forms.iter().find(|(_, f)| *f == Form::Ing)?;
    let inner = trim_commas(c, i + 1..k);
    if inner.is_empty() || c.lw(i + 1).eq("by") {
        return None;
    }
    Some(Cand {
        cue: i..k + 2,
        entry: e,
        form: Form::Past,
        inner: Some(inner),
        quote_start: site.quote_start,
        impersonal: false,
        preset: None,
        question: false,
    })
}

/// Do the words and case at the site fit entry `e`? The number of words after the first
/// (the rest of a phrase, and the adverbs a passive may hold: "is now said to").
fn entry_words(site: &Site, e: usize, form: Form) -> Option<usize> {
    let (c, i, hi) = (site.c, site.i, site.hi);
    let ent = &CUES.entries[e];
    let mut skip = 0;
    if ent.passive {
        while i + 1 + skip < hi && skip < 2 && c.is(i + 1 + skip, wc::ADV | wc::LYADV) {
            skip += 1;
        }
    }
    let n = ent.rest.len() + skip;
    if n > 0 && i + n >= hi {
        return None;
    }
    if !ent
        .rest
        .iter()
        .enumerate()
        .all(|(k, w)| c.lw(i + 1 + skip + k) == *w)
    {
        return None;
    }
    let prep = ent.frames & frame::P != 0;
    // case: cues are lower case, except "According to" and Title Case headlines
    if c.cap[i] {
        let lo = site.lo;
        let first_of_unit = i == lo || c.is_quote_mark(i - 1) && i == lo + 1;
        let headline_verb = c.title_case
            && c.in_headline(i)
            && matches!(form, Form::Third | Form::Past)
            && !matches!(
                c.raw(i),
                "States" | "Reports" | "Claims" | "Notes" | "Comments"
            );
        // "Asked whether …, X said": a question opening its unit
        let question = first_of_unit
            && ent.frames & frame::W != 0
            && matches!(form, Form::Past | Form::Participle)
            && subjectless_question(c, i, lo, hi).is_some();
        if !(prep && first_of_unit || headline_verb || question) {
            return None;
        }
    }
    if ent.passive
        && !matches!(
            c.lw(i),
            "is" | "are" | "was" | "were" | "been" | "be" | "'s"
        )
    {
        return None;
    }
    Some(n)
}

/// The cue of entry `e` (its words matched, `n` after the first), if the structure around
/// it makes the word a reporting verb here.
fn entry_cue(site: &Site, e: usize, form: Form, n: usize) -> Option<Cand> {
    let (c, i, lo) = (site.c, site.i, site.lo);
    let ent = &CUES.entries[e];
    let prep = ent.frames & frame::P != 0;
    let cue = i..i + 1 + n;
    // "the minister, who is said to have argued … that P": a raising passive around a
    // reporting verb is that verb's attribution, with the subject as its source
    if ent.frames & frame::X != 0 && c.lw(cue.end) == "have" {
        if let Some(cand) = raised_speech(site, &cue, form) {
            return Some(cand);
        }
    }
    // "it is understood that": only with "it" and "that"
    if ent.passive && ent.frames & (frame::X | frame::S) == 0 && ent.frames & frame::H != 0 {
        let it_that = i > lo && c.lw(i - 1) == "it" && c.lw(cue.end) == "that";
        return it_that.then(|| site.cand(i - 1..cue.end, e, form, true));
    }
    // "Asked whether …, X said", "X was asked about …": a question without a subject
    if ent.frames & frame::W != 0
        && matches!(form, Form::Past | Form::Participle)
        && ent.rest.is_empty()
        && !ent.passive
    {
        if let Some(q) = subjectless_question(c, i, lo, site.hi) {
            let mut cand = site.cand(q.cue, e, form, false);
            cand.inner = q.agent;
            cand.preset = Some((q.asked, Rule::ReportedQuestion));
            cand.question = true;
            return Some(cand);
        }
    }
    if !prep && !ent.passive && !verb_position(c, i, form, lo) {
        return None;
    }
    // "a Facebook post", "Beijing's demands": a noun unless right after its subject
    if ent.frames & frame::V != 0
        && matches!(form, Form::Base | Form::Third)
        && !verb_not_noun(site, n)
    {
        return None;
    }
    // a passive of a plain reporting verb: only "it was reported that"
    if !prep && !ent.passive && matches!(form, Form::Past | Form::Participle) && i > lo {
        if let Some(aux_start) = be_before(site) {
            let it_subject = aux_start > lo && c.lw(aux_start - 1) == "it";
            let that = c.lw(cue.end) == "that";
            let impersonal = it_subject && that && ent.frames & (frame::T | frame::H) != 0;
            return impersonal.then(|| site.cand(aux_start - 1..cue.end, e, form, true));
        }
    }
    // "called the plan reckless": a verb of calling is a cue only with object + predicate
    if ent.frames & frame::C != 0 {
        let preset = object_predicate(c, cue.end, site.hi)?;
        let mut cand = site.cand(cue, e, form, false);
        cand.preset = Some((preset, Rule::ObjectPredicate));
        return Some(cand);
    }
    Some(site.cand(cue, e, form, false))
}

/// "is said to have argued": the reporting verb after "have", as the cue's entry.
fn raised_speech(site: &Site, cue: &Range<usize>, form: Form) -> Option<Cand> {
    let c = site.c;
    let v = cue.end + 1;
    let speech = CUES.by_first.get(c.lw(v)).and_then(|es| {
        es.iter().find(|&&(e2, f2)| {
            matches!(f2, Form::Past | Form::Participle)
                && CUES.entries[e2].rest.is_empty()
                && !CUES.entries[e2].passive
                && CUES.entries[e2].frames & (frame::T | frame::H) != 0
        })
    });
    let &(e2, _) = speech?;
    (v < site.hi).then(|| site.cand(site.i..v + 1, e2, form, false))
}

/// A verb that is also a noun (`V`): a verb right after its subject, or after a
/// conjunction when "that", a colon or a quote follows.
fn verb_not_noun(site: &Site, n: usize) -> bool {
    let (c, i, lo) = (site.c, site.i, site.lo);
    let subject = np::left(c, i, lo);
    // "Gerry Smith, a GOP consultant, notes that …": after the comma or dash closing an
    // apposition of the subject
    let after_conj = i > lo && (c.is(i - 1, wc::CONJ) || closes_apposition(c, i - 1)) && {
        let nx = cue_end_after(c, i, n);
        c.lw(nx) == "that" || c.raw(nx) == ":" || c.quote_opened_at(nx).is_some()
    };
    after_conj
        || subject.is_some_and(|s| !(s > lo && c.is(s - 1, wc::PREP)))
            && !(i > 0 && c.is(i - 1, wc::DET | wc::POSS | wc::QUANT))
            && !noun_in_compound(site, n, subject)
}

/// A comma or dash after a word (not "said, notes …"): where an apposition may end.
fn closes_apposition(c: &Ctx, k: usize) -> bool {
    matches!(c.raw(k), "," | "—" | "–" | "-" | "--") && k > 0 && c.is_word(k - 1)
}

/// "state senator", "14 states passed", "coastal states that": a verb that is also a noun
/// reads as the noun before a speaker noun, after a number, or after a lone lower-case word
/// that is neither a noun nor a pronoun (an adjective).
fn noun_in_compound(site: &Site, n: usize, subject: Option<usize>) -> bool {
    let (c, i) = (site.c, site.i);
    let next = cue_end_after(c, i, n);
    let noun_next = c.is_word(next) && c.is(next, wc::NOUN) && !c.is(next, wc::PRON | wc::DET);
    let number_before = i > 0 && c.toks[i - 1].kind == TokenKind::Number;
    let adjective = |p: usize| {
        c.is_word(p)
            && !c.is_cap(p)
            && !c.is(p, wc::NOUN | wc::PRON)
            && !c.lw(p).ends_with('s')
            && !np::possessive(c, p)
    };
    let adjective_subject = subject.is_some_and(|s| {
        s < i && adjective(i - 1) && (s + 1 == i || !c.is(i - 2, wc::DET | wc::POSS))
    });
    noun_next || number_before || adjective_subject
}

/// A form of "be" before the participle at the site (adverbs between): the first token of
/// its auxiliaries and negation ("has not been reported").
fn be_before(site: &Site) -> Option<usize> {
    let (c, lo) = (site.c, site.lo);
    let mut k = site.i - 1;
    while k > lo && c.is(k, wc::ADV | wc::LYADV) {
        k -= 1;
    }
    let be = matches!(
        c.lw(k),
        "is" | "are" | "was" | "were" | "been" | "be" | "being"
    );
    if !be {
        return None;
    }
    let mut s = k;
    while s > lo && c.is(s - 1, wc::AUX | wc::NEG) {
        s -= 1;
    }
    Some(s)
}
