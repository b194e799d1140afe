//! Cues and their structures: for every reporting verb or phrase of a unit, who says it
//! (the source span) and what is said (the content span).
//!
//! Structures handled: `SOURCE CUE (that) CONTENT`; `CONTENT, SOURCE CUE`; `CONTENT, CUE
//! SOURCE` (inverted); direct quotes before/after the cue, split around it, running over
//! several sentences or paragraphs; `SOURCE CUE: "…"` and lists after a colon; participial
//! cues sharing a subject (", stressing that …", "in addition to demanding …"); coordinated
//! verbs ("responded and confirmed that"); parentheticals ("Scissors, who …, said"); relative
//! clauses ("the source, who said …, told Reuters"); "according to X" before or after its
//! clause; "was quoted as saying", "quoted X as saying"; "it was reported that"; "X is said
//! to …"; headline quotes ("Mugabe 'insisting he finishes his term'").

use super::ctx::{Ctx, NONE};
use super::lexicon::{CUES, Form, NOT_CUES, frame, wc};
use super::np;
use crate::report::AttributionKind;
use crate::rules::Rule;
use crate::text::TokenKind;
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
}

fn frames(e: usize) -> u16 {
    CUES.entries[e].frames
}

/// All attributions of the document, unit by unit.
pub fn find(c: &Ctx) -> Vec<Found> {
    let mut out = Vec::new();
    for u in 0..c.units.len() {
        let cands = candidates(c, u);
        if cands.is_empty() {
            continue;
        }
        unit_structures(c, u, &cands, &mut out);
    }
    extend_follow_up_quotes(c, &mut out);
    out
}

/// '"We got her!" officers announced. "He's in custody."': a unit that is only a quote,
/// right after a direct attribution in the same paragraph, continues its content.
fn extend_follow_up_quotes(c: &Ctx, out: &mut [Found]) {
    let mut has_att = vec![false; c.units.len()];
    for f in out.iter() {
        has_att[f.unit] = true;
    }
    for f in out.iter_mut() {
        let Some(r) = f.content.clone() else { continue };
        if f.kind == AttributionKind::Indirect {
            continue;
        }
        let mut u = f.unit;
        let mut end = r.end;
        while u + 1 < c.units.len() && u < f.unit + 6 {
            let next = &c.units[u + 1];
            if next.para != c.units[f.unit].para || has_att[u + 1] {
                break;
            }
            let Some(q) = c.quote_opened_at(next.start) else {
                break;
            };
            let qd = &c.quotes[q];
            let close = qd.close as usize;
            let whole = qd.close != NONE && close + 2 >= next.toks.end;
            if !whole {
                break;
            }
            end = qd.inner.end;
            u += 1;
        }
        if end > r.end {
            f.content = Some(r.start..end);
        }
    }
}

// ---------------------------------------------------------------------- candidates

fn candidates(c: &Ctx, u: usize) -> Vec<Cand> {
    let unit = &c.units[u];
    let (lo, hi) = (unit.start, unit.toks.end);
    let mut out: Vec<Cand> = Vec::new();
    let mut i = lo;
    while i < hi && out.len() < MAX_CUES_PER_UNIT {
        if !c.is(i, wc::CUEFORM) && !is_quote_verb(c.lw(i)) {
            i += 1;
            continue;
        }
        // inside a quotation: the speaker's own words, not the writer's attribution,
        // except a headline quote that opens with the verb ("X 'denying …'")
        let mut quote_start = false;
        if let Some(q) = c.quote_of(i) {
            let qd = &c.quotes[q];
            let first = qd.toks.start == i && qd.open != NONE;
            let hl = c.in_headline(i) || !qd.double;
            if !(first && hl && i >= 2 && c.is_word(i - 2)) {
                i += 1;
                continue;
            }
            quote_start = true;
        }
        if let Some(cand) = match_at(c, i, lo, hi, quote_start) {
            let next = cand.cue.end;
            out.push(cand);
            i = next;
        } else {
            i += 1;
        }
    }
    out
}

fn is_quote_verb(w: &str) -> bool {
    matches!(
        w,
        "quoted" | "quotes" | "quoting" | "quote" | "cited" | "cites" | "citing" | "cite"
    )
}

/// A cue starting at token `i`, if the lexicon has one that fits here.
fn match_at(c: &Ctx, i: usize, lo: usize, hi: usize, quote_start: bool) -> Option<Cand> {
    let lw = c.lw(i);
    // "quoted X as saying", "cited X as saying"
    if is_quote_verb(lw) && !(i > lo && c.is(i - 1, wc::AUX)) {
        let limit = hi.min(i + 14);
        let mut k = i + 1;
        while k + 1 < limit && (c.is_word(k) || c.raw(k) == ",") && c.lw(k) != "as" {
            k += 1;
        }
        if k > i + 1 && k + 1 < limit && c.lw(k) == "as" {
            let v = c.lw(k + 1);
            if let Some(v2) = CUES.by_first.get(v) {
                if let Some(&(e, Form::Ing)) = v2.iter().find(|(_, f)| *f == Form::Ing) {
                    let inner = trim_commas(c, i + 1..k);
                    if !inner.is_empty() && !c.lw(i + 1).eq("by") {
                        return Some(Cand {
                            cue: i..k + 2,
                            entry: e,
                            form: Form::Past,
                            inner: Some(inner),
                            quote_start,
                            impersonal: false,
                        });
                    }
                }
            }
        }
        if !c.is(i, wc::CUEFORM) {
            return None;
        }
    }
    let entries = CUES.by_first.get(lw)?;
    let raw = c.raw(i);
    let lower_case = !c.cap[i];
    for &(e, form) in entries {
        let ent = &CUES.entries[e];
        // the remaining words of a phrase; a passive may hold adverbs ("is now said to")
        let mut skip = 0;
        if ent.passive {
            while i + 1 + skip < hi && skip < 2 && c.is(i + 1 + skip, wc::ADV | wc::LYADV) {
                skip += 1;
            }
        }
        let n = ent.rest.len() + skip;
        if n > 0 && i + n >= hi {
            continue;
        }
        if !ent
            .rest
            .iter()
            .enumerate()
            .all(|(k, w)| c.lw(i + 1 + skip + k) == *w)
        {
            continue;
        }
        let prep = ent.frames & frame::P != 0;
        // case: cues are lower case, except "According to" and Title Case headlines
        if !lower_case {
            let first_of_unit = i == lo || c.is_quote_mark(i - 1) && i == lo + 1;
            let headline_verb = c.title_case
                && c.in_headline(i)
                && matches!(form, Form::Third | Form::Past)
                && !matches!(raw, "States" | "Reports" | "Claims" | "Notes" | "Comments");
            if !(prep && first_of_unit || headline_verb) {
                continue;
            }
        }
        if ent.passive
            && !matches!(
                c.lw(i),
                "is" | "are" | "was" | "were" | "been" | "be" | "'s"
            )
        {
            continue;
        }
        let cue = i..i + 1 + n;
        if in_fixed_expression(c, i, lo, hi) {
            return None;
        }
        // "the minister, who is said to have argued … that P": a raising passive around a
        // reporting verb is that verb's attribution, with the subject as its source
        if ent.frames & frame::X != 0 && c.lw(cue.end) == "have" {
            let v = cue.end + 1;
            let speech = CUES.by_first.get(c.lw(v)).and_then(|es| {
                es.iter().find(|&&(e2, f2)| {
                    matches!(f2, Form::Past | Form::Participle)
                        && CUES.entries[e2].rest.is_empty()
                        && !CUES.entries[e2].passive
                        && CUES.entries[e2].frames & (frame::T | frame::H) != 0
                })
            });
            if let Some(&(e2, _)) = speech {
                if v < hi {
                    return Some(Cand {
                        cue: i..v + 1,
                        entry: e2,
                        form,
                        inner: None,
                        quote_start,
                        impersonal: false,
                    });
                }
            }
        }
        // "it is understood that": only with "it" and "that"
        if ent.passive && ent.frames & (frame::X | frame::S) == 0 && ent.frames & frame::H != 0 {
            if i > lo && c.lw(i - 1) == "it" && c.lw(cue.end) == "that" {
                return Some(Cand {
                    cue: i - 1..cue.end,
                    entry: e,
                    form,
                    inner: None,
                    quote_start,
                    impersonal: true,
                });
            }
            continue;
        }
        if !prep && !ent.passive && !verb_position(c, i, form, lo) {
            continue;
        }
        // "a Facebook post", "Beijing's demands": a noun unless right after its subject
        if ent.frames & frame::V != 0 && matches!(form, Form::Base | Form::Third) {
            let subject = np::left(c, i, lo);
            let after_conj = i > lo && c.is(i - 1, wc::CONJ) && {
                let nx = cue_end_after(c, i, n);
                c.lw(nx) == "that" || c.raw(nx) == ":" || c.quote_opened_at(nx).is_some()
            };
            let ok = after_conj
                || subject.is_some_and(|s| !(s > lo && c.is(s - 1, wc::PREP)))
                    && !(i > 0 && c.is(i - 1, wc::DET | wc::POSS | wc::QUANT));
            if !ok {
                continue;
            }
        }
        // a passive of a plain reporting verb: only "it was reported that"
        let mut impersonal = false;
        if !prep && !ent.passive && matches!(form, Form::Past | Form::Participle) && i > lo {
            let mut k = i - 1;
            while k > lo && c.is(k, wc::ADV | wc::LYADV) {
                k -= 1;
            }
            let be = matches!(
                c.lw(k),
                "is" | "are" | "was" | "were" | "been" | "be" | "being"
            );
            if be {
                let mut s = k;
                while s > lo && c.is(s - 1, wc::AUX | wc::NEG) {
                    s -= 1;
                }
                let it_subject = s > lo && c.lw(s - 1) == "it";
                let that = c.lw(cue.end) == "that";
                if it_subject && that && ent.frames & (frame::T | frame::H) != 0 {
                    impersonal = true;
                    return Some(Cand {
                        cue: s - 1..cue.end,
                        entry: e,
                        form,
                        inner: None,
                        quote_start,
                        impersonal,
                    });
                }
                continue;
            }
        }
        return Some(Cand {
            cue,
            entry: e,
            form,
            inner: None,
            quote_start,
            impersonal,
        });
    }
    None
}

/// The token after a cue of `n` extra words starting at `i`.
fn cue_end_after(c: &Ctx, i: usize, n: usize) -> usize {
    (i + 1 + n).min(c.toks.len().saturating_sub(1))
}

fn trim_commas(c: &Ctx, mut r: Range<usize>) -> Range<usize> {
    while r.start < r.end && !c.is_word(r.start) {
        r.start += 1;
    }
    while r.end > r.start && !c.is_word(r.end - 1) {
        r.end -= 1;
    }
    r
}

/// Is the cue word at `i` inside a fixed expression like "that said" or "the said"?
fn in_fixed_expression(c: &Ctx, i: usize, lo: usize, hi: usize) -> bool {
    let w = c.lw(i);
    for phrase in NOT_CUES.iter() {
        for (k, pw) in phrase.iter().enumerate() {
            if *pw != w || k > i - lo.min(i) || i + (phrase.len() - k) > hi {
                continue;
            }
            let s = i - k;
            if phrase
                .iter()
                .enumerate()
                .all(|(m, x)| c.lw(s + m) == *x && c.is_word(s + m))
            {
                return true;
            }
        }
    }
    false
}

/// Can the word at `i` be a verb here? Not after a determiner ("the said property", "the
/// report"), not a participle used as an adjective ("100 confirmed cases", "with reported
/// losses"); after "to" only the base form; after a preposition only the -ing form.
fn verb_position(c: &Ctx, i: usize, form: Form, lo: usize) -> bool {
    if i == lo {
        return true;
    }
    let p = i - 1;
    if c.is_quote_mark(p) || !c.is_word(p) {
        // "…," said X / "…" he said
        return true;
    }
    let pw = c.lw(p);
    if c.is(p, wc::DET | wc::POSS) && !c.is(p, wc::SUB | wc::PRON | wc::OBJ) {
        return false;
    }
    // "Beijing's demands", "the BBC's report": a possessive is followed by a noun
    if np::possessive(c, p) {
        return false;
    }
    if pw == "to" {
        return matches!(form, Form::Base | Form::Ing);
    }
    if c.is(p, wc::PREP) {
        return form == Form::Ing;
    }
    // "100 confirmed cases" (but "Raqqa 24 reported")
    if c.toks[p].kind == TokenKind::Number && form != Form::Third && !(p > lo && c.is_cap(p - 1)) {
        return false;
    }
    // "newly announced", "widely reported" + noun: participle before a noun is adjectival
    true
}

// ---------------------------------------------------------------------- structures

fn unit_structures(c: &Ctx, u: usize, cands: &[Cand], out: &mut Vec<Found>) {
    let unit = &c.units[u];
    let (lo, hi) = (unit.start, unit.toks.end);
    // pass 1: subjects
    let mut found: Vec<Found> = Vec::with_capacity(cands.len());
    let mut ok: Vec<bool> = Vec::with_capacity(cands.len());
    for (k, cand) in cands.iter().enumerate() {
        let f = subject(c, u, lo, hi, cands, k, &found, &ok);
        ok.push(f.as_ref().is_some_and(|f| !f.stop_only));
        found.push(f.unwrap_or_else(|| placeholder(cand, u)));
    }
    // pass 2: contents, last cue first (a content ends where a later attribution that
    // really is one begins)
    for k in (0..cands.len()).rev() {
        if !ok[k] {
            continue;
        }
        let content = content(c, lo, hi, cands, k, &found, &ok);
        // "…, pals have revealed": a subject after its content is a speaker anyway
        let postposed = content
            .as_ref()
            .is_some_and(|(r, _, _)| r.end <= c.toks[cands[k].cue.start].start);
        if !postposed && !plausible_source(c, &found[k], &cands[k]) {
            ok[k] = false;
            continue;
        }
        match content {
            Some((r, kind, rule)) => {
                let f = &mut found[k];
                f.content = Some(r);
                f.kind = kind;
                if let Some(rule) = rule {
                    f.rule = rule;
                }
            }
            None => ok[k] = false,
        }
    }
    for (k, f) in found.into_iter().enumerate() {
        if ok[k] {
            out.push(f);
        }
    }
}

fn placeholder(cand: &Cand, u: usize) -> Found {
    Found {
        cue: cand.cue.clone(),
        source: None,
        subj: SubjKind::Nobody,
        attach: None,
        content: None,
        kind: AttributionKind::Indirect,
        rule: Rule::SubjectVerb,
        unit: u,
        block: cand.cue.start,
        desc: None,
        via: None,
        entry: cand.entry,
        appos_name: None,
        stop_only: false,
    }
}

/// Skips adverbs, auxiliaries, negation and time adjuncts leftwards from the cue; returns
/// the new position and whether a negation was seen.
fn skip_left(c: &Ctx, mut k: usize, lo: usize) -> (usize, bool) {
    let mut negated = false;
    let mut guard = 0;
    while k > lo && guard < 8 {
        guard += 1;
        let p = k - 1;
        // "Sen. Ann Lee (D-Mass.) said": a parenthesis after the subject
        if c.raw(p) == ")" {
            if let Some(o) = (p.saturating_sub(12).max(lo)..p)
                .rev()
                .find(|&o| c.raw(o) == "(")
            {
                k = o;
                continue;
            }
        }
        if !c.is_word(p) {
            break;
        }
        if c.is(p, wc::NEG) {
            negated = true;
            k = p;
            continue;
        }
        if c.is(p, wc::AUX) && !c.is_cap(p) || c.is(p, wc::AUX) && p == lo {
            k = p;
            continue;
        }
        if c.is(p, wc::ADV | wc::LYADV) && !c.is(p, wc::NOUN | wc::PRON) && !c.is_cap(p) {
            k = p;
            continue;
        }
        // "X on Sunday said", "X late Thursday said"
        if c.is(p, wc::TIME) && p > lo {
            let q = p - 1;
            if matches!(
                c.lw(q),
                "on" | "late" | "early" | "last" | "this" | "earlier"
            ) {
                k = q;
                continue;
            }
            // "The government today announced", "Police Tuesday said" (a day after a noun)
            let day = matches!(
                c.lw(p),
                "today"
                    | "yesterday"
                    | "tonight"
                    | "monday"
                    | "tuesday"
                    | "wednesday"
                    | "thursday"
                    | "friday"
                    | "saturday"
                    | "sunday"
            );
            if day && (np::nounish(c, q) || c.is(q, wc::PRON)) && !c.is(q, wc::TIME | wc::PREP) {
                k = p;
                continue;
            }
        }
        break;
    }
    (k, negated)
}

/// Pass 1: the subject of cue `k`.
#[allow(clippy::too_many_arguments)]
fn subject(
    c: &Ctx,
    u: usize,
    lo: usize,
    hi: usize,
    cands: &[Cand],
    k: usize,
    found: &[Found],
    ok: &[bool],
) -> Option<Found> {
    let cand = &cands[k];
    let fr = frames(cand.entry);
    let mut f = placeholder(cand, u);
    if cand.impersonal {
        f.subj = SubjKind::Nobody;
        f.rule = Rule::ImpersonalPassive;
        return Some(f);
    }
    if let Some(inner) = &cand.inner {
        f.source = Some(inner.clone());
        f.subj = SubjKind::Inner;
        f.rule = Rule::QuotedAsSaying;
        // the outlet that quotes: "Interfax quoted X as saying"
        if let Some(s) = np::left(c, cand.cue.start, lo) {
            f.via = Some(s..cand.cue.start);
            f.block = s;
        }
        return Some(f);
    }
    if fr & frame::P != 0 {
        // "according to X"
        let r = np::right(c, cand.cue.end, hi)?;
        f.source = Some(r);
        f.subj = SubjKind::Inner;
        f.rule = Rule::AccordingTo;
        f.block = cand.cue.start;
        return Some(f);
    }
    if fr & frame::X != 0 {
        // "X is said to be …": the subject is part of the content
        f.subj = SubjKind::Nobody;
        f.rule = Rule::RaisingPassive;
        return Some(f);
    }
    if cand.quote_start {
        // headline: Mugabe and wife Grace 'insisting he finishes his term'
        let open = cand.cue.start - 1;
        let s = np::left(c, open, lo)?;
        f.source = Some(s..open);
        f.subj = SubjKind::Left;
        f.block = s;
        f.rule = Rule::HeadlineQuote;
        return Some(f);
    }
    let (mut kpos, mut negated) = skip_left(c, cand.cue.start, lo);
    // infinitive: "he proceeded to talk about", "declined to say"
    if kpos > lo && c.lw(kpos - 1) == "to" && cand.form == Form::Base {
        let g = kpos.checked_sub(2)?;
        if g < lo || !(c.is(g, wc::VERB) || c.is(g, wc::CUEFORM) || c.lw(g).ends_with("ed")) {
            return None;
        }
        let gw = c.lw(g);
        if gw.starts_with("refus") || gw.starts_with("declin") || gw.starts_with("fail") {
            negated = true;
        }
        let (k2, n2) = skip_left(c, g, lo);
        kpos = k2;
        negated |= n2;
    }
    if negated {
        // not an attribution, but a clause that ends an earlier content
        let s = np::left(c, kpos, lo)?;
        f.source = Some(s..kpos);
        f.subj = SubjKind::Left;
        f.block = s;
        f.stop_only = true;
        return Some(f);
    }
    let prev_subject = |f: &mut Found| -> bool {
        // the nearest earlier cue of the unit that has a source
        if let Some(j) = (0..k).rev().find(|&j| ok[j] && found[j].source.is_some()) {
            f.source = found[j].source.clone();
            f.appos_name = found[j].appos_name.clone();
            f.attach = Some(j);
            f.subj = SubjKind::Borrowed;
            return true;
        }
        if let Some(r) = np::lead(c, lo, cand.cue.start) {
            f.source = Some(r);
            f.subj = SubjKind::Borrowed;
            return true;
        }
        false
    };
    if kpos == lo {
        if cand.form == Form::Ing {
            return None;
        }
        return right_subject(c, cand, hi, f);
    }
    let p = kpos - 1;
    let pw = c.lw(p);
    // ", stressing that …", ", adding …"
    if c.is_comma(p) && cand.form == Form::Ing {
        f.block = p;
        f.rule = Rule::Participle;
        return prev_subject(&mut f).then_some(f);
    }
    // "in addition to demanding", "before adding", "after saying", "while telling"
    if c.is(p, wc::PREP | wc::SUB) && cand.form == Form::Ing && !c.is(p, wc::DET) {
        let mut b = p;
        while b > lo && b + 4 > p && !c.is_comma(b) {
            b -= 1;
        }
        f.block = if c.is_comma(b) { b } else { p };
        f.rule = Rule::Gerund;
        return prev_subject(&mut f).then_some(f);
    }
    // coordinated verbs: "responded and confirmed that", "said …, but insisted …"
    if c.is(p, wc::CONJ) && !c.is_cap(p) || pw == "then" {
        f.block = if p > lo && c.is_comma(p - 1) {
            p - 1
        } else {
            p
        };
        f.rule = Rule::Coordination;
        return prev_subject(&mut f).then_some(f);
    }
    if c.is_comma(p) {
        // '…, said the minister.' (inverted) or 'Scissors, who consults …, said whether'
        // (parenthetical): inverted when a speaker follows and closes the clause
        if inverted_here(c, cand, hi) {
            f.block = p;
            return right_subject(c, cand, hi, f);
        }
        if let Some(par) = parenthetical(c, p, lo) {
            f.block = par.source.start;
            f.source = Some(par.source);
            f.desc = par.desc;
            f.appos_name = par.name;
            f.subj = SubjKind::Left;
            f.rule = Rule::SubjectParenthetical;
            return Some(f);
        }
        return None;
    }
    if c.quote_closed_at(p).is_some() || c.is_quote_mark(p) || pw == ":" || c.is_dash(p) {
        f.block = kpos;
        return right_subject(c, cand, hi, f);
    }
    // "he wrote to the minister demanding an explanation": an -ing form with no auxiliary
    // is not the verb of the noun phrase before it, but a participle of the clause
    if cand.form == Form::Ing
        && kpos == cand.cue.start
        && c.is_word(p)
        && !c.in_headline(cand.cue.start)
        && c.quote_closed_at(p).is_none()
    {
        f.block = cand.cue.start;
        f.rule = Rule::Participle;
        return prev_subject(&mut f).then_some(f);
    }
    // relative clause: "the source, who said he had spoken …, told Reuters"
    let relative = c.is(p, wc::REL) && pw != "which" && !c.is_cap(p) && !c.is(p, wc::ACRONYM)
        || pw == "that" && p > lo && np::nounish(c, p - 1) && !c.is(p - 1, wc::CUEFORM);
    if relative {
        let end = if p > lo && c.is_comma(p - 1) {
            p - 1
        } else {
            p
        };
        let s = np::left(c, end, lo)?;
        f.source = Some(s..end);
        f.subj = SubjKind::Relative;
        f.block = p;
        f.rule = Rule::Relative;
        return Some(f);
    }
    let left = np::left(c, kpos, lo);
    if left.is_some() || kpos > lo {
        let s = left.unwrap_or(kpos);
        // "pupils who slept less reported", "A neighbor who asked not to be identified
        // said": a restrictive relative clause in the subject
        let weak = !(c.is_cap(kpos - 1) || c.is(kpos - 1, wc::NOUN | wc::PRON));
        if weak {
            let floor = lo.max(kpos.saturating_sub(8));
            if let Some(r) = (floor..s)
                .rev()
                .find(|&r| matches!(c.lw(r), "who" | "that"))
            {
                if r > lo && !c.is_comma(r - 1) {
                    // "told the court that his boss had told him": "that" after the
                    // object of a cue opens its content, not a relative clause
                    let complementizer = |s2: usize| s2 > lo && c.is(s2 - 1, wc::CUEFORM);
                    if let Some(s2) = np::left(c, r, lo).filter(|&s2| !complementizer(s2)) {
                        if c.is(r - 1, wc::NOUN) || c.is_cap(r - 1) {
                            f.source = Some(s2..kpos);
                            f.subj = SubjKind::Left;
                            f.block = s2;
                            f.rule = Rule::SubjectRelative;
                            return Some(f);
                        }
                    }
                }
            }
        }
        left?;
        f.source = Some(s..kpos);
        f.subj = SubjKind::Left;
        f.block = s;
        f.rule = Rule::SubjectVerb;
        return Some(f);
    }
    None
}

/// After "…, said": does a speaker follow that closes the clause (inversion)?
fn inverted_here(c: &Ctx, cand: &Cand, hi: usize) -> bool {
    let fr = frames(cand.entry);
    if fr & frame::R != 0 || fr & (frame::Q | frame::S) == 0 {
        return false;
    }
    let Some(r) = np::right(c, cand.cue.end, hi) else {
        return false;
    };
    let speaker = c.is(r.start, wc::PRON) || (r.clone()).any(|i| c.is_cap(i) || c.is(i, wc::NOUN));
    if !speaker {
        return false;
    }
    let mut j = r.end;
    let mut guard = 0;
    while j < hi && guard < 4 {
        guard += 1;
        let n = np::adjunct_len(c, j, hi);
        if n > 0 {
            j += n;
            continue;
        }
        break;
    }
    j >= hi || !c.is_word(j)
}

struct Parenthetical {
    source: Range<usize>,
    desc: Option<Range<usize>>,
    name: Option<Range<usize>>,
}

/// "Scissors, who consults with officials, said" → Scissors + "who consults …";
/// "Its chief executive, Jacqueline Starr, said" → the description named by the apposition;
/// "The mother-of-three, from Basildon, Essex, claimed" (commas inside).
fn parenthetical(c: &Ctx, comma: usize, lo: usize) -> Option<Parenthetical> {
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
            .is_some_and(|w| super::lexicon::NOUNS.contains_key(w));
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

/// The subject after an inverted verb: "…," said the minister.
fn right_subject(c: &Ctx, cand: &Cand, hi: usize, mut f: Found) -> Option<Found> {
    let fr = frames(cand.entry);
    if fr & (frame::Q | frame::S) == 0 || fr & frame::R != 0 {
        return None;
    }
    let r = np::right(c, cand.cue.end, hi)?;
    // a pronoun after the verb must end the clause ("…," said he.)
    if r.len() == 1 && c.is(r.start, wc::PRON) && r.end < hi && c.is_word(r.end) {
        return None;
    }
    f.source = Some(r.clone());
    f.subj = SubjKind::Right;
    if f.block > cand.cue.start {
        f.block = cand.cue.start;
    }
    f.rule = Rule::VerbSubject;
    // apposition: ", a China scholar with the American Enterprise Institute", ", who runs …"
    if r.end < hi && c.is_comma(r.end) {
        let a = r.end + 1;
        let mut e = a;
        while e < hi && e < a + 24 && !c.is_comma(e) && !matches!(c.raw(e), "." | ";" | ":") {
            if c.quote_opened_at(e).is_some() {
                break;
            }
            e += 1;
        }
        let starts = c.is(a, wc::DET | wc::QUANT | wc::NOUN | wc::REL)
            || c.toks.get(a).is_some_and(|t| t.kind == TokenKind::Number)
            || c.is_cap(a);
        if e > a && starts && !c.is(a, wc::CUEFORM) {
            f.desc = Some(a..e);
        }
    }
    Some(f)
}

// ---------------------------------------------------------------------- contents

type ContentResult = (Range<usize>, AttributionKind, Option<Rule>);

/// Pass 2: the content of cue `k`.
fn content(
    c: &Ctx,
    lo: usize,
    hi: usize,
    cands: &[Cand],
    k: usize,
    found: &[Found],
    ok: &[bool],
) -> Option<ContentResult> {
    let cand = &cands[k];
    let f = &found[k];
    let fr = frames(cand.entry);
    let text = c.text;
    // where the words after the cue start
    let mut j = cand.cue.end;
    if f.subj == SubjKind::Right || (f.subj == SubjKind::Inner && fr & frame::P != 0) {
        if let Some(s) = &f.source {
            j = s.end;
        }
        if let Some(d) = &f.desc {
            j = d.end;
        }
    }
    if cand.quote_start {
        // the rest of the headline quote
        let q = c.quote_of(cand.cue.start)?;
        let qd = &c.quotes[q];
        let mut a = cand.cue.end;
        if c.lw(a) == "that" {
            a += 1;
        }
        if a >= qd.toks.end {
            return None;
        }
        let r = c.toks[a].start..qd.inner.end;
        return Some((trim_content(text, r), AttributionKind::Direct, None));
    }
    if fr & frame::X != 0 {
        // "X is said to be …": subject + predicate
        let s = np::left(c, cand.cue.start, lo).unwrap_or(cand.cue.start);
        let e = clause_end(c, cand.cue.end, hi, cands, k, found, ok, false);
        if e <= cand.cue.end {
            return None;
        }
        let r = c.toks[s].start..c.toks[e - 1].end;
        return Some((trim_content(text, r), kind_of(c, &(s..e)), None));
    }
    // "…, according to X": the clause before
    if fr & frame::P != 0 && cand.cue.start > np::skip_discourse(c, lo, hi) {
        return before_content(c, lo, hi, cands, k, found, ok, fr);
    }
    // addressee: "told Reuters", "asked him", "urged the government"
    let mut addressee: Option<Range<usize>> = None;
    if fr & frame::O != 0 && j < hi {
        // "her" is an object before a wh-word, "to", "that" or punctuation
        let her_obj = c.lw(j) == "her"
            && (c.is(j + 1, wc::WH | wc::SUB) || c.lw(j + 1) == "to" || !c.is_word(j + 1));
        if c.is(j, wc::OBJ) && !c.is(j, wc::POSS | wc::PRON)
            || matches!(c.lw(j), "him" | "them" | "us" | "me")
            || her_obj
        {
            addressee = Some(j..j + 1);
        } else if let Some(r) = np::right(c, j, hi) {
            if !c.is(r.start, wc::PRON) {
                addressee = Some(r);
            }
        }
        if let Some(a) = &addressee {
            j = a.end;
        }
    }
    // adjuncts: "on Sunday", "in a statement", "late Thursday by the Interfax news agency"
    let mut guard = 0;
    let mut comma = false;
    loop {
        guard += 1;
        if guard > 5 || j >= hi {
            break;
        }
        if c.is_comma(j) && c.quote_opened_at(j + 1).is_none() || c.is_symbol(j) {
            comma |= c.is_comma(j);
            j += 1;
            continue;
        }
        let n = np::adjunct_len(c, j, hi);
        if n > 0 {
            j += n;
            // "by the Interfax news agency", "to the BBC"
            if j < hi && matches!(c.lw(j), "by" | "to" | "from") && f.subj != SubjKind::Inner {
                if let Some(r) = np::right(c, j + 1, hi) {
                    j = r.end;
                }
            }
            continue;
        }
        // "conceded in the Commons last week that …", "argued at a meeting with
        // officials that …": any prepositional adjunct that ends at "that" + a clause
        if let Some(t) = pp_before_that(c, j, hi) {
            j = t;
            continue;
        }
        if c.lw(j) == "by" && CUES.entries[cand.entry].passive {
            // "was quoted as saying … by the Interfax news agency"
            if let Some(r) = np::right(c, j + 1, hi) {
                if c.is_cap(r.start) || c.is(r.start, wc::DET) {
                    j = r.end;
                    continue;
                }
            }
        }
        break;
    }
    // what follows decides the structure; after a comma only a quote, or the clause of
    // "According to X, …"
    let after = if comma && fr & frame::P == 0 && c.quote_opened_at(j).is_none() {
        None
    } else {
        content_after(c, j, hi, cand, fr, addressee.as_ref())
    };
    if let Some((start, how)) = after {
        if how == After::Quote {
            let q = c.quote_opened_at(start)?;
            let r = quote_chain_range(c, q);
            return Some((r, AttributionKind::Direct, None));
        }
        if how == After::Colon {
            return colon_content(c, start, hi);
        }
        let e = clause_end(
            c,
            start,
            hi,
            cands,
            k,
            found,
            ok,
            f.subj == SubjKind::Relative,
        );
        if e > start {
            // a quote that runs on into the next paragraphs
            let mut end_byte = c.toks[e - 1].end;
            if let Some(q) = c.quote_of(e - 1) {
                let (_, last) = c.chain(q);
                end_byte = end_byte.max(c.quotes[last].inner.end);
            }
            let r = c.toks[start].start..end_byte;
            let r = trim_content(text, r);
            if r.is_empty() {
                return None;
            }
            let kind = kind_of(c, &(start..e));
            return Some((r, kind, None));
        }
    }
    // "urged anyone heading out on the water this time of year to wear …": an addressee
    // with its own modifiers, then the infinitive
    if fr & frame::I != 0 && fr & frame::O != 0 && !comma {
        if let Some(start) = addressee.as_ref().map(|a| a.start).or(Some(cand.cue.end)) {
            if let Some(to) = long_addressee_to(c, start, hi) {
                let e = clause_end(c, to, hi, cands, k, found, ok, false);
                if e > to {
                    let r = trim_content(text, c.toks[start].start..c.toks[e - 1].end);
                    if !r.is_empty() {
                        return Some((r, kind_of(c, &(start..e)), None));
                    }
                }
            }
        }
    }
    // nothing after: the content comes before ("…, the agency said")
    before_content(c, lo, hi, cands, k, found, ok, fr)
}

/// The "to" of an infinitive after an addressee noun phrase of at most 16 tokens that
/// holds no punctuation, finite verb or cue ("anyone heading out on the water to wear").
fn long_addressee_to(c: &Ctx, start: usize, hi: usize) -> Option<usize> {
    if start >= hi || !c.is(start, wc::DET | wc::QUANT | wc::NOUN) && !np::nounish(c, start) {
        return None;
    }
    let limit = hi.min(start + 16);
    for k in start + 1..limit {
        let joins_nouns =
            matches!(c.lw(k), "and" | "or") && np::nounish(c, k + 1) && !verbish(c, k + 1);
        if !c.is_word(k)
            || c.is(k, wc::AUX | wc::CUEFORM | wc::SUB)
            || c.is(k, wc::CONJ) && !joins_nouns
        {
            return None;
        }
        if c.lw(k) == "to"
            && c.is_word(k + 1)
            && !c.is(k + 1, wc::DET | wc::POSS | wc::PRON | wc::QUANT)
            && c.toks[k + 1].kind != TokenKind::Number
            && !c.is_cap(k + 1)
        {
            return Some(k);
        }
    }
    None
}

/// A prepositional phrase starting at `j` (preposition, determiners, nouns, names,
/// numbers, time words, nested prepositions; at most 14 tokens) that runs up to "that"
/// followed by the start of a clause: the position of "that".
fn pp_before_that(c: &Ctx, j: usize, hi: usize) -> Option<usize> {
    if !c.is(j, wc::PREP) || c.is_cap(j) || matches!(c.lw(j), "that" | "of" | "like") {
        return None;
    }
    let limit = hi.min(j + 14);
    let mut k = j + 1;
    while k < limit {
        if c.lw(k) == "that" && k > j + 1 {
            let next = k + 1;
            let clause = next < hi
                && clause_starter(c, next)
                && !verbish(c, next)
                && !c.is(next, wc::AUX | wc::VERB);
            return clause.then_some(k);
        }
        let ok = c.is(k, wc::PREP | wc::DET | wc::POSS | wc::QUANT | wc::TIME)
            || c.toks[k].kind == TokenKind::Number
            || np::nounish(c, k) && !verbish(c, k) && !c.is(k, wc::CUEFORM);
        if !ok || c.quote_of(k).is_some() {
            return None;
        }
        k += 1;
    }
    None
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum After {
    Clause,
    Quote,
    Colon,
}

/// The start of the content after the cue (and its addressee/adjuncts), if the words there
/// fit one of the cue's frames.
fn content_after(
    c: &Ctx,
    j: usize,
    hi: usize,
    cand: &Cand,
    fr: u16,
    addressee: Option<&Range<usize>>,
) -> Option<(usize, After)> {
    if j >= hi {
        return None;
    }
    let w = c.lw(j);
    if w == ":" {
        if j + 1 < hi && c.quote_opened_at(j + 1).is_some() {
            return Some((j + 1, After::Quote));
        }
        if j + 1 >= hi || j + 2 >= hi && !c.is_word(j + 1) {
            return Some((j, After::Colon));
        }
        return Some((j + 1, After::Clause));
    }
    if c.quote_opened_at(j).is_some() {
        // 'said "every president …"' / 'asked: "…"' — a quote that IS the content, or a
        // clause that starts with a quoted phrase
        let q = c.quote_of(j + 1)?;
        let qd = &c.quotes[q];
        let closes_clause =
            qd.close == NONE || (qd.close as usize + 1 >= hi) || !c.is_word(qd.close as usize + 1);
        if fr & (frame::Q | frame::T) != 0 && closes_clause {
            return Some((j, After::Quote));
        }
        return (fr & (frame::T | frame::N) != 0).then_some((j, After::Clause));
    }
    if fr & frame::P != 0 {
        return (c.is_word(j) || c.quote_opened_at(j).is_some()).then_some((j, After::Clause));
    }
    // "accused the union of …"
    if fr & frame::A != 0 {
        return match addressee {
            Some(a) if w == "of" => Some((a.start, After::Clause)),
            _ => None,
        };
    }
    if w == "that" && c.is(j, wc::SUB) && fr & (frame::T | frame::H) != 0 {
        // "that" as a determiner of an object: "confirmed that report" is rare; take it
        return (j + 1 < hi).then_some((j + 1, After::Clause));
    }
    if c.is(j, wc::WH) && fr & frame::W != 0 && !matches!(w, "that" | "which" | "whom") {
        // ", who runs a business" is a relative clause, not a question
        if !(w == "who" && j > 0 && c.is_comma(j - 1)) {
            return Some((j, After::Clause));
        }
        return None;
    }
    if c.is(j, wc::SUB) && !c.is(j, wc::DET | wc::PRON) {
        // "…, as talks broke down", "when …": an adverbial clause, not the content
        return None;
    }
    if w == "not" && c.lw(j + 1) == "to" && fr & frame::I != 0 {
        return Some((addressee.map_or(j, |a| a.start), After::Clause));
    }
    if w == "to" {
        let next_word = c.is_word(j + 1);
        if fr & frame::I != 0 && next_word && !c.is(j + 1, wc::DET | wc::POSS | wc::PRON) {
            if let Some(a) = addressee {
                return Some((a.start, After::Clause));
            }
            return Some((j, After::Clause));
        }
        if fr & frame::TO != 0 && next_word {
            return Some((j + 1, After::Clause));
        }
        return None;
    }
    if w.ends_with("ing") && c.is_word(j) && !c.is_cap(j) && fr & frame::G != 0 {
        return Some((j, After::Clause));
    }
    if !clause_starter(c, j) {
        return None;
    }
    if fr & frame::T != 0 && zero_that_clause(c, j, hi) {
        return Some((j, After::Clause));
    }
    if fr & frame::N != 0 && addressee.is_none() {
        // a verb that is also a noun ("demand", "report") needs a clear object
        let named_subject = cand.cue.start > 0
            && (c.is_cap(cand.cue.start - 1) || c.is(cand.cue.start - 1, wc::PRON));
        let clear = c.is(j, wc::DET | wc::POSS | wc::QUANT)
            || c.is_cap(j)
            || c.toks[j].kind == TokenKind::Number
            || currency_amount(c, j)
            || c.is(j, wc::NOUN)
            || named_subject && c.is_word(j) && !c.is(j, wc::VERB | wc::AUX);
        // … and at least two words ("AI demand surges" is a headline, not a demand)
        let two_words = j + 1 < hi && c.is_word(j + 1);
        if fr & frame::V == 0 || clear && two_words {
            return Some((j, After::Clause));
        }
    }
    None
}

/// "$312 million", "£20m", "€5bn": a currency sign before a number.
fn currency_amount(c: &Ctx, j: usize) -> bool {
    matches!(c.raw(j), "$" | "£" | "€" | "¥" | "₹" | "₦" | "₩")
        && c.toks.get(j + 1).is_some_and(|t| {
            t.kind == TokenKind::Number || c.raw(j + 1).starts_with(|ch: char| ch.is_ascii_digit())
        })
}

/// A word that can open a clause or noun phrase.
fn clause_starter(c: &Ctx, j: usize) -> bool {
    if currency_amount(c, j) {
        return true;
    }
    if !c.is_word(j) {
        return false;
    }
    if c.is(j, wc::DET | wc::POSS | wc::PRON | wc::QUANT | wc::THERE) {
        return true;
    }
    // an approximate number opens a subject: "at least 38 vessels", "more than half",
    // "about 200 people", "up to 40 trains"
    let number_after =
        |k: usize| c.toks.get(k).is_some_and(|t| t.kind == TokenKind::Number) || c.is(k, wc::QUANT);
    match c.lw(j) {
        "at" if matches!(c.lw(j + 1), "least" | "most") => return true,
        "more" | "fewer" | "less" if c.lw(j + 1) == "than" => return true,
        "about" | "around" | "nearly" | "almost" | "roughly" | "over" | "some" | "only"
            if number_after(j + 1) =>
        {
            return true;
        }
        "up" if c.lw(j + 1) == "to" && number_after(j + 2) => return true,
        _ => {}
    }
    if c.is(j, wc::PREP | wc::CONJ | wc::AUX | wc::NEG | wc::REL) && !c.is_cap(j) {
        return false;
    }
    // "said demand would recover", "said support was growing": a word that can be a verb,
    // right before an auxiliary, is the clause's noun subject
    let w = c.lw(j);
    if c.is(j + 1, wc::AUX) && !c.is_cap(j) && !w.ends_with("ed") && !w.ends_with("ing") {
        return true;
    }
    if verbish(c, j) {
        return false;
    }
    true
}

fn verbish(c: &Ctx, j: usize) -> bool {
    np::verbish(c, j) || c.is(j, wc::VERB) && !c.is_cap(j) && !c.is(j, wc::NOUN)
}

/// A clause without "that": a subject followed by a verb within a few words.
fn zero_that_clause(c: &Ctx, j: usize, hi: usize) -> bool {
    let limit = hi.min(j + 16);
    // in a Title Case headline every word is capitalised
    let title = c.title_case && c.in_headline(j);
    (j + 1..limit).any(|k| {
        c.is(k, wc::AUX | wc::VERB | wc::CUEFORM)
            && (!c.is_cap(k) || title)
            && !c.is(k - 1, wc::DET)
            || (c.is_word(k)
                && !c.is_cap(k)
                && c.lw(k).ends_with('s')
                && !c.lw(k).ends_with("ss")
                && !c.lw(k).ends_with("'s")
                && !c.is(
                    k,
                    wc::NOUN | wc::QUANT | wc::PREP | wc::PRON | wc::OBJ | wc::POSS,
                )
                && (np::nounish(c, k - 1) || c.is(k - 1, wc::PRON))
                && !c.is(k - 1, wc::DET | wc::QUANT | wc::PREP))
    })
}

/// Where the content starting at `start` ends (exclusive token): the end of the unit, or
/// where another attribution's own words begin.
#[allow(clippy::too_many_arguments)]
fn clause_end(
    c: &Ctx,
    start: usize,
    hi: usize,
    cands: &[Cand],
    k: usize,
    found: &[Found],
    ok: &[bool],
    relative: bool,
) -> usize {
    let limit = hi.min(start + MAX_CONTENT);
    // "When I ask her what she misses most, she …": a cue inside a fronted subordinate
    // clause; its content ends with that clause
    let subordinate = found[k].source.as_ref().is_some_and(|s| {
        s.start > 0
            && c.is(s.start - 1, wc::SUB)
            && !c.is(s.start - 1, wc::DET)
            && c.units[found[k].unit].start + 1 >= s.start
    });
    // later cues of the unit whose words begin inside this content
    let mut nested: Vec<usize> = Vec::new();
    let mut next = k + 1;
    let mut j = start;
    while j < limit {
        // step over a quotation
        if let Some(q) = c.quote_opened_at(j) {
            let qd = &c.quotes[q];
            let e = if qd.close == NONE {
                qd.toks.end
            } else {
                qd.close as usize + 1
            };
            if e > j {
                // still check cues that start inside (they are skipped as candidates)
                j = e.min(limit);
                continue;
            }
        }
        while next < cands.len() && found[next].block < j {
            next += 1;
        }
        if next < cands.len() && found[next].block == j && (ok[next] || found[next].stop_only) {
            let d = &found[next];
            if stops(c, d, k, start, &nested) {
                // "…, but he declined to say": the conjunction goes with what follows
                let mut e = j;
                while e > start + 1
                    && (c.is_comma(e - 1) || c.is(e - 1, wc::CONJ) && !c.is_cap(e - 1))
                {
                    e -= 1;
                }
                return e;
            }
            nested.push(next);
            next += 1;
        }
        if c.is_comma(j) {
            if c.lw(j + 1) == "according" && c.lw(j + 2) == "to" {
                return j;
            }
            if subordinate {
                return j;
            }
            // ", as demand continued to soar", ", although they cautioned …"
            let w1 = c.lw(j + 1);
            if matches!(w1, "although" | "though" | "whereas" | "while" | "whilst")
                && (c.is(j + 2, wc::DET | wc::POSS | wc::PRON | wc::QUANT) || np::nounish(c, j + 2))
                && !c.lw(j + 2).ends_with("ed")
            {
                return j;
            }
            if relative && (c.is(j + 1, wc::CUEFORM | wc::VERB | wc::AUX) || j + 1 >= hi) {
                return j;
            }
        }
        if matches!(c.raw(j), ";") {
            return j;
        }
        j += 1;
    }
    limit
}

/// Does attribution `d` (whose words begin inside the content of cue `k`) end that content?
fn stops(c: &Ctx, d: &Found, k: usize, start: usize, nested: &[usize]) -> bool {
    match d.subj {
        SubjKind::Borrowed => match d.attach {
            Some(a) if a == k => true,
            Some(a) if nested.contains(&a) => false,
            Some(a) if a < k => true,
            _ => d.block > start,
        },
        SubjKind::Left | SubjKind::Relative => {
            let s = d.source.as_ref().map_or(d.block, |r| r.start);
            if s <= start {
                return false;
            }
            let b = s - 1;
            c.is_comma(b)
                || c.is(b, wc::CONJ) && !c.is(b, wc::SUB)
                || c.is(b, wc::SUB) && !c.is(b, wc::DET) && b > 0 && c.is_comma(b - 1)
        }
        SubjKind::Right | SubjKind::Inner => d.block > start,
        SubjKind::Nobody => false,
    }
}

/// Content before the cue: "CONTENT, SOURCE said" / "CONTENT," said SOURCE / "…" he said;
/// with a split quote after it ("…," she said, "…") or the rest of a clause interrupted by
/// the attribution ("What is not in dispute, experts say, is the direction of travel").
#[allow(clippy::too_many_arguments)]
fn before_content(
    c: &Ctx,
    lo: usize,
    hi: usize,
    cands: &[Cand],
    k: usize,
    found: &[Found],
    ok: &[bool],
    fr: u16,
) -> Option<ContentResult> {
    let f = &found[k];
    let cand = &cands[k];
    let text = c.text;
    let block = match f.subj {
        SubjKind::Left => f.source.as_ref()?.start,
        SubjKind::Right => cand.cue.start,
        SubjKind::Inner => f.block.min(cand.cue.start),
        SubjKind::Relative | SubjKind::Borrowed | SubjKind::Nobody => return None,
    };
    if fr & (frame::Q | frame::T | frame::P | frame::S) == 0 || block <= lo {
        return None;
    }
    // the words right before the block: a comma, a closing quote, a dash
    let mut p = block - 1;
    let sep = c.is_comma(p) || c.is_dash(p) || c.is_quote_mark(p);
    if !sep {
        // "prices rose 5% according to the data"
        if fr & frame::P == 0 {
            return None;
        }
        p = block;
    }
    // start of the region: after an earlier attribution of the content-before kind
    let mut a = np::skip_discourse(c, lo, hi);
    for j in (0..k).rev() {
        let e = &found[j];
        if ok[j]
            && e.block < block
            && cands[j].cue.end <= block
            && (e.subj == SubjKind::Right || e.rule == Rule::AccordingTo)
        {
            a = a.max(cands[j].cue.end);
        }
    }
    // a quote ending right before: direct speech (maybe split, maybe multi-paragraph)
    let qclose = if c.quote_closed_at(p).is_some() {
        Some(p)
    } else if p > lo && c.quote_closed_at(p - 1).is_some() {
        Some(p - 1)
    } else {
        None
    };
    let (mut r, mut kind) = if let Some(qc) = qclose {
        let q = c.quote_closed_at(qc)?;
        let qd = &c.quotes[q];
        let qstart_tok = if qd.open == NONE {
            qd.toks.start
        } else {
            qd.open as usize
        };
        if qstart_tok <= a.max(lo) || qd.open == NONE || qd.prev.is_some() {
            // the whole region is the quote: direct
            let (first, _) = c.chain(q);
            let r = c.quotes[first].inner.start..qd.inner.end;
            (trim_content(text, r), AttributionKind::Direct)
        } else {
            // words before the quote too: mixed
            let r = c.toks[a].start..qd.inner.end;
            (trim_content(text, r), kind_of(c, &(a..qc + 1)))
        }
    } else if a < p {
        let r = trim_content(text, c.toks[a].start..c.toks[p - 1].end);
        (r, kind_of(c, &(a..p)))
    } else {
        return None;
    };
    if r.is_empty() {
        return None;
    }
    // after the attribution: a second quote, or the rest of an interrupted clause
    let mut j = match f.subj {
        SubjKind::Right | SubjKind::Inner => f
            .desc
            .as_ref()
            .map(|d| d.end)
            .or(f.source.as_ref().map(|s| s.end))
            .unwrap_or(cand.cue.end),
        _ => cand.cue.end,
    };
    let mut guard = 0;
    while j < hi && guard < 6 {
        guard += 1;
        let n = np::adjunct_len(c, j, hi);
        if n > 0 {
            j += n;
        } else if c.is_comma(j) || c.is_symbol(j) {
            j += 1;
        } else {
            break;
        }
    }
    if j < hi {
        if let Some(q) = c.quote_opened_at(j) {
            let r2 = quote_chain_range(c, q);
            if r2.start > r.end {
                r = r.start..r2.end;
                if kind == AttributionKind::Indirect {
                    kind = AttributionKind::Mixed;
                }
            }
        } else if kind != AttributionKind::Direct
            && j > 0
            && c.is_comma(j - 1)
            && c.is(j, wc::AUX | wc::VERB)
            && !c.is_cap(j)
            && !cands[k + 1..]
                .iter()
                .any(|d| d.cue.start <= j + 1 && d.cue.end > j)
            && !found[k + 1..]
                .iter()
                .any(|d| d.block == j - 1 || d.block == j)
        {
            // "What is not in dispute, experts say, is the direction of travel."
            let e = clause_end(c, j, hi, cands, k, found, ok, false);
            if e > j {
                r = r.start..trim_content(text, c.toks[j].start..c.toks[e - 1].end).end;
            }
        }
    }
    Some((r, kind, None))
}

/// The byte range of the quote chain (multi-paragraph) starting at quote `q`.
fn quote_chain_range(c: &Ctx, q: usize) -> Range<usize> {
    let (_, last) = c.chain(q);
    c.quotes[q].inner.start..c.quotes[last].inner.end.max(c.quotes[q].inner.start)
}

/// "X said:" at the end of a unit: the quote or the list that follows.
fn colon_content(c: &Ctx, colon: usize, hi: usize) -> Option<ContentResult> {
    let _ = hi;
    let p = c.para_of(colon);
    let next = p + 1;
    let paras = &c.para_toks;
    if next >= paras.len() || paras[next].is_empty() {
        return None;
    }
    let first = paras[next].start;
    if let Some(q) = c.quote_opened_at(first) {
        return Some((
            quote_chain_range(c, q),
            AttributionKind::Direct,
            Some(Rule::Colon),
        ));
    }
    // a list of paragraphs without final periods (or with bullets), or one paragraph
    let ends_period = |k: usize| {
        let s = c.text[c.paragraphs[k].clone()].trim_end();
        s.ends_with(['.', '!', '?', '"', '”'])
    };
    let mut last = next;
    if !ends_period(next) {
        while last + 1 < paras.len() && last < next + 20 && !ends_period(last + 1) {
            last += 1;
        }
    }
    let r = c.paragraphs[next].start..c.paragraphs[last].end;
    let toks = paras[next].start..paras[last].end;
    Some((
        trim_content(c.text, r),
        kind_of(c, &toks),
        Some(Rule::Colon),
    ))
}

/// Direct (only quoted words), mixed (quoted fragments in reported speech) or indirect.
fn kind_of(c: &Ctx, toks: &Range<usize>) -> AttributionKind {
    let mut quoted = 0;
    let mut unquoted = 0;
    let mut real_quote = false;
    for i in toks.clone() {
        if !c.is_word(i) {
            continue;
        }
        match c.quote_of(i) {
            Some(q) => {
                quoted += 1;
                let qd = &c.quotes[q];
                if qd.words >= 2 || !scare_like(c, q) {
                    real_quote = true;
                }
            }
            None => unquoted += 1,
        }
    }
    if quoted > 0 && unquoted == 0 {
        AttributionKind::Direct
    } else if real_quote {
        AttributionKind::Mixed
    } else {
        AttributionKind::Indirect
    }
}

/// A one-word quote in scare-quote position: after "so-called", a determiner or possessive.
pub fn scare_like(c: &Ctx, q: usize) -> bool {
    let qd = &c.quotes[q];
    if qd.open == NONE || qd.words > 3 {
        return false;
    }
    let o = qd.open as usize;
    if o == 0 {
        return false;
    }
    let p = o - 1;
    c.is(p, wc::DET | wc::POSS)
        || c.lw(p) == "so-called"
        || c.lw(p) == "called"
        // "against 'criminals'", "Mugabe's 'compound'": a term, not a statement
        || qd.words == 1 && (c.is(p, wc::PREP) || super::np::possessive(c, p))
}

/// Trims spaces, punctuation and unbalanced quote marks at the ends of a content span.
pub fn trim_content(text: &str, r: Range<usize>) -> Range<usize> {
    let s = &text[r.clone()];
    let strip = |ch: char| {
        ch.is_whitespace() || matches!(ch, ',' | '.' | ';' | ':' | '—' | '–' | '-' | '…')
    };
    let mut a = r.start + (s.len() - s.trim_start_matches(strip).len());
    let mut b = r.start + s.trim_end_matches(strip).len();
    if b < a {
        return a..a;
    }
    // quote marks at the ends that are not balanced inside
    for _ in 0..2 {
        let inner = &text[a..b];
        let first = inner.chars().next();
        let last = inner.chars().next_back();
        let count = |s: &str| {
            s.chars()
                .filter(|&ch| super::ctx::is_quote_char(ch) && ch != '\'' && ch != '’')
                .count()
        };
        if let Some(ch) = first {
            if super::ctx::is_quote_char(ch) && ch != '\'' && ch != '’' && count(inner) % 2 == 1 {
                a += ch.len_utf8();
                let t = &text[a..b];
                a += t.len() - t.trim_start_matches(strip).len();
                continue;
            }
        }
        if let Some(ch) = last {
            if super::ctx::is_quote_char(ch)
                && ch != '\''
                && ch != '’'
                && count(&text[a..b]) % 2 == 1
            {
                b -= ch.len_utf8();
                b = a + text[a..b].trim_end_matches(strip).len();
                continue;
            }
        }
        break;
    }
    a..b.max(a)
}

/// Verbs other than say/tell/write/report need a speaker-like subject: a pronoun, a name,
/// or a noun of the speaker lexicon.
fn plausible_source(c: &Ctx, f: &Found, cand: &Cand) -> bool {
    let Some(s) = &f.source else {
        return matches!(f.subj, SubjKind::Nobody);
    };
    if s.is_empty() {
        return false;
    }
    let fr = frames(cand.entry);
    // the head: the last word before a post-modifier
    let mut h = s.end - 1;
    for i in s.clone() {
        if c.is(i, wc::PREP) && i > s.start && !c.is_cap(i) {
            h = i - 1;
            break;
        }
    }
    // "A report last year by the forum": a time adjunct inside the phrase is not its head
    let mut t = h;
    while t > s.start && c.is(t, wc::TIME) && !c.is_cap(t) {
        t -= 1;
    }
    if t < h && !c.is(t, wc::TIME) && np::nounish(c, t) {
        h = t;
    }
    if c.is(h, wc::TIME) && !c.is_cap(h) {
        return false;
    }
    // "according to X": anything can be X (figures, the plan, forecasters)
    if fr & (frame::S | frame::P) != 0 {
        return true;
    }
    c.is(h, wc::PRON)
        || c.is_cap(h)
        || c.is(h, wc::NOUN)
        || c.lw(h).ends_with("'s")
        || s.clone().any(|i| c.is_cap(i) || c.is(i, wc::NOUN))
}
