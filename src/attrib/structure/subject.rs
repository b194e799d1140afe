//! Pass 1: the source of each cue.
//!
//! In: a unit's candidates and the attributions found for the cues before this one. Out:
//! the cue's [`Found`] with its source span and [`SubjKind`] — the noun phrase before the
//! verb, after it (inverted), borrowed from an earlier cue (participles, coordination), a
//! relative clause's antecedent, a parenthetical, the X of "according to X" — or a negated
//! cue that only ends an earlier content; `None` when the cue has no subject here.

use super::control::infinitive_governor;
use super::inverted::{inverted_here, right_subject};
use super::parenthetical::{bracketed_subject, parenthetical};
use super::question::question_block;
use super::unit::placeholder;
use super::{Cand, Found, Outcome, Scope, SubjKind, frames};
use crate::attrib::ctx::Ctx;
use crate::attrib::lexicon::{Form, frame, wc};
use crate::attrib::np;
use crate::rules::Rule;

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
        // "Cruz himself said": an emphatic reflexive after the subject
        if c.is(p, wc::REFL)
            && !c.is_cap(p)
            && p > lo
            && (np::nounish(c, p - 1) || c.is(p - 1, wc::PRON))
        {
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
            let opener = |q: usize| {
                matches!(
                    c.lw(q),
                    "on" | "late" | "early" | "last" | "this" | "earlier"
                )
            };
            if opener(q) {
                k = q;
                continue;
            }
            // "X on Thursday evening said": two time words after the opener
            if q > lo && c.is(q, wc::TIME) && opener(q - 1) && !c.is(q - 1, wc::TIME) {
                k = q - 1;
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
pub(super) fn subject(s: &Scope, k: usize) -> Option<Found> {
    let (c, lo, hi) = (s.c, s.lo, s.hi);
    let cand = &s.cands[k];
    let f = placeholder(cand, s.unit);
    if let Outcome::Done(r) = fixed_subject(s, cand, &f) {
        return r;
    }
    let (kpos, negated) = left_edge(s, cand)?;
    if negated {
        // not an attribution, but a clause that ends an earlier content
        let start = np::left(c, kpos, lo)?;
        let mut f = f;
        f.source = Some(start..kpos);
        f.subj = SubjKind::Left;
        f.block = start;
        f.stop_only = true;
        return Some(f);
    }
    if kpos == lo {
        if cand.form == Form::Ing {
            return None;
        }
        return right_subject(c, cand, hi, f);
    }
    if let Outcome::Done(r) = subject_after_boundary(s, k, kpos, &f) {
        return r;
    }
    left_subject(s, kpos, f)
}

/// Cues whose kind alone decides the subject: "it was reported that" (nobody), "quoted X
/// as saying" (X), "according to X" (X), "X is said to" (nobody), a headline quote that
/// opens with the verb (the name before the quote).
fn fixed_subject(s: &Scope, cand: &Cand, f: &Found) -> Outcome<Found> {
    let (c, lo, hi) = (s.c, s.lo, s.hi);
    let fr = frames(cand.entry);
    let mut f = f.clone();
    if cand.question {
        // "Asked whether …": nobody, or the agent of "asked by X"
        f.subj = if cand.inner.is_some() {
            SubjKind::Inner
        } else {
            SubjKind::Nobody
        };
        f.source = cand.inner.clone();
        f.block = question_block(c, cand.cue.start, lo);
        return Outcome::Done(Some(f));
    }
    if cand.impersonal {
        f.subj = SubjKind::Nobody;
        f.rule = Rule::ImpersonalPassive;
        return Outcome::Done(Some(f));
    }
    if let Some(inner) = &cand.inner {
        f.source = Some(inner.clone());
        f.subj = SubjKind::Inner;
        f.rule = Rule::QuotedAsSaying;
        // the outlet that quotes: "Interfax quoted X as saying"
        if let Some(start) = np::left(c, cand.cue.start, lo) {
            f.via = Some(start..cand.cue.start);
            f.block = start;
        }
        return Outcome::Done(Some(f));
    }
    if fr & frame::P != 0 {
        // "according to X"
        let Some(r) = np::right(c, cand.cue.end, hi) else {
            return Outcome::Done(None);
        };
        f.source = Some(r);
        f.subj = SubjKind::Inner;
        f.rule = Rule::AccordingTo;
        f.block = cand.cue.start;
        return Outcome::Done(Some(f));
    }
    if fr & frame::X != 0 {
        // "X is said to be …": the subject is part of the content
        f.subj = SubjKind::Nobody;
        f.rule = Rule::RaisingPassive;
        return Outcome::Done(Some(f));
    }
    if cand.quote_start {
        // headline: Mugabe and wife Grace 'insisting he finishes his term'
        let open = cand.cue.start - 1;
        let Some(start) = np::left(c, open, lo) else {
            return Outcome::Done(None);
        };
        f.source = Some(start..open);
        f.subj = SubjKind::Left;
        f.block = start;
        f.rule = Rule::HeadlineQuote;
        return Outcome::Done(Some(f));
    }
    Outcome::Pass
}

/// Where the words before the cue that belong to the verb (adverbs, auxiliaries, negation,
/// time adjuncts; "declined to", "proceeded to") begin, and whether they negate it; `None`
/// for an infinitive that no verb governs.
fn left_edge(s: &Scope, cand: &Cand) -> Option<(usize, bool)> {
    let (c, lo) = (s.c, s.lo);
    let (mut kpos, mut negated) = skip_left(c, cand.cue.start, lo);
    // infinitive: "he proceeded to talk about", "declined to say"
    if kpos > lo && c.lw(kpos - 1) == "to" && cand.form == Form::Base {
        let g = infinitive_governor(c, kpos - 1, lo)?;
        let governor = c.lw(g);
        if governor.starts_with("refus")
            || governor.starts_with("declin")
            || governor.starts_with("fail")
        {
            negated = true;
        }
        let (k2, n2) = skip_left(c, g, lo);
        kpos = k2;
        negated |= n2;
    }
    Some((kpos, negated))
}

/// The source of the nearest earlier cue of the unit that has one (else the unit's lead
/// noun phrase), shared by a participle or a coordinated verb.
fn borrowed_subject(s: &Scope, k: usize, f: &mut Found) -> bool {
    let cand = &s.cands[k];
    if let Some(j) = (0..k)
        .rev()
        .find(|&j| s.ok[j] && s.found[j].source.is_some())
    {
        f.source = s.found[j].source.clone();
        f.appos_name = s.found[j].appos_name.clone();
        f.attach = Some(j);
        f.subj = SubjKind::Borrowed;
        return true;
    }
    if let Some(r) = np::lead(s.c, s.lo, cand.cue.start) {
        f.source = Some(r);
        f.subj = SubjKind::Borrowed;
        return true;
    }
    false
}

/// A borrowed subject, with the token where this cue's own words begin and its rule.
fn shared(s: &Scope, k: usize, f: &Found, block: usize, rule: Rule) -> Outcome<Found> {
    let mut f = f.clone();
    f.block = block;
    f.rule = rule;
    Outcome::Done(borrowed_subject(s, k, &mut f).then_some(f))
}

/// The word before the verb's words (`kpos - 1`) decides: a comma before a participle, a
/// preposition before a gerund, a conjunction (shared subjects); a comma (inverted or
/// parenthetical subject); a quote, colon or dash (inverted).
fn subject_after_boundary(s: &Scope, k: usize, kpos: usize, f: &Found) -> Outcome<Found> {
    let (c, lo, hi) = (s.c, s.lo, s.hi);
    let cand = &s.cands[k];
    let p = kpos - 1;
    let pw = c.lw(p);
    // ", stressing that …", ", adding …"
    if c.is_comma(p) && cand.form == Form::Ing {
        return shared(s, k, f, p, Rule::Participle);
    }
    // "in addition to demanding", "before adding", "after saying", "while telling"
    if c.is(p, wc::PREP | wc::SUB) && cand.form == Form::Ing && !c.is(p, wc::DET) {
        let mut b = p;
        while b > lo && b + 4 > p && !c.is_comma(b) {
            b -= 1;
        }
        let block = if c.is_comma(b) { b } else { p };
        return shared(s, k, f, block, Rule::Gerund);
    }
    // coordinated verbs: "responded and confirmed that", "said …, but insisted …"
    if c.is(p, wc::CONJ) && !c.is_cap(p) || pw == "then" {
        let block = if p > lo && c.is_comma(p - 1) {
            p - 1
        } else {
            p
        };
        return shared(s, k, f, block, Rule::Coordination);
    }
    if c.is_comma(p) {
        return Outcome::Done(subject_after_comma(s, cand, p, f));
    }
    // "Some economists - including a minority of the Fed's committee - warn that",
    // "Sen. Chris Murphy (a Connecticut Democrat) says": an aside in dashes or brackets
    if (c.is_dash(p) || pw == ")") && !inverted_here(c, cand, hi) {
        if let Some(par) = bracketed_subject(c, p, lo) {
            let mut f = f.clone();
            f.block = par.source.start;
            f.source = Some(par.source);
            f.desc = par.desc;
            f.subj = SubjKind::Left;
            f.rule = Rule::SubjectParenthetical;
            return Outcome::Done(Some(f));
        }
    }
    if c.quote_closed_at(p).is_some() || c.is_quote_mark(p) || pw == ":" || c.is_dash(p) {
        let mut f = f.clone();
        f.block = kpos;
        return Outcome::Done(right_subject(c, cand, hi, f));
    }
    // "he wrote to the minister demanding an explanation": an -ing form with no auxiliary
    // is not the verb of the noun phrase before it, but a participle of the clause
    if cand.form == Form::Ing
        && kpos == cand.cue.start
        && c.is_word(p)
        && !c.in_headline(cand.cue.start)
        && c.quote_closed_at(p).is_none()
    {
        return shared(s, k, f, cand.cue.start, Rule::Participle);
    }
    Outcome::Pass
}

/// '…, said the minister.' (inverted) or 'Scissors, who consults …, said whether'
/// (parenthetical): inverted when a speaker follows and closes the clause.
fn subject_after_comma(s: &Scope, cand: &Cand, comma: usize, f: &Found) -> Option<Found> {
    let (c, lo, hi) = (s.c, s.lo, s.hi);
    let mut f = f.clone();
    if inverted_here(c, cand, hi) {
        f.block = comma;
        return right_subject(c, cand, hi, f);
    }
    let par = parenthetical(c, comma, lo)?;
    f.block = par.source.start;
    f.source = Some(par.source);
    f.desc = par.desc;
    f.appos_name = par.name;
    f.subj = SubjKind::Left;
    f.rule = Rule::SubjectParenthetical;
    Some(f)
}

/// The noun phrase before the verb: a relative pronoun's antecedent ("the source, who said
/// …, told"), a subject holding a restrictive relative clause ("A neighbor who asked not
/// to be identified said"), or the plain subject.
fn left_subject(s: &Scope, kpos: usize, f: Found) -> Option<Found> {
    let (c, lo) = (s.c, s.lo);
    let mut f = f;
    let p = kpos - 1;
    let pw = c.lw(p);
    // relative clause: "the source, who said he had spoken …, told Reuters"
    let relative = c.is(p, wc::REL) && pw != "which" && !c.is_cap(p) && !c.is(p, wc::ACRONYM)
        || pw == "that" && p > lo && np::nounish(c, p - 1) && !c.is(p - 1, wc::CUEFORM);
    if relative {
        let end = if p > lo && c.is_comma(p - 1) {
            p - 1
        } else {
            p
        };
        let start = np::left(c, end, lo)?;
        f.source = Some(start..end);
        f.subj = SubjKind::Relative;
        f.block = p;
        f.rule = Rule::Relative;
        return Some(f);
    }
    let left = np::left(c, kpos, lo);
    if left.is_none() && kpos <= lo {
        return None;
    }
    let start = left.unwrap_or(kpos);
    if let Some(outer) = restrictive_relative_subject(c, lo, kpos, start) {
        f.source = Some(outer..kpos);
        f.subj = SubjKind::Left;
        f.block = outer;
        f.rule = Rule::SubjectRelative;
        return Some(f);
    }
    left?;
    f.source = Some(start..kpos);
    f.subj = SubjKind::Left;
    f.block = start;
    f.rule = Rule::SubjectVerb;
    Some(f)
}

/// "pupils who slept less reported", "A neighbor who asked not to be identified said": a
/// weak word before the verb, and "who"/"that" after a noun shortly before: the start of
/// the subject that holds the relative clause.
fn restrictive_relative_subject(c: &Ctx, lo: usize, kpos: usize, start: usize) -> Option<usize> {
    let weak = !(c.is_cap(kpos - 1) || c.is(kpos - 1, wc::NOUN | wc::PRON));
    if !weak {
        return None;
    }
    let floor = lo.max(kpos.saturating_sub(8));
    let r = (floor..start)
        .rev()
        .find(|&r| matches!(c.lw(r), "who" | "that"))?;
    if r <= lo || c.is_comma(r - 1) {
        return None;
    }
    // "told the court that his boss had told him": "that" after the object of a cue opens
    // its content, not a relative clause
    let complementizer = |s2: usize| s2 > lo && c.is(s2 - 1, wc::CUEFORM);
    let outer = np::left(c, r, lo).filter(|&s2| !complementizer(s2))?;
    (c.is(r - 1, wc::NOUN) || c.is_cap(r - 1)).then_some(outer)
}
