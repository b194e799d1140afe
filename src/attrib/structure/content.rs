//! Pass 2: the content of each cue.
//!
//! In: a cue whose subject is known, and the unit's other attributions. Out: the byte
//! range of what is said, its kind (direct, mixed, indirect) and, for a colon list, its
//! rule — found after the cue (past the source of an inverted cue, an addressee and
//! adjuncts: "told Reuters on Sunday that …") or else before it ([`before`](super::before)).

use super::before::before_content;
use super::clause_end::clause_end;
use super::content_start::{After, clause_starter, content_after, verbish};
use super::spans::{colon_content, kind_of, quote_chain_range, trim_content};
use super::{Cand, ContentResult, Found, Outcome, Scope, SubjKind, frames};
use crate::attrib::ctx::Ctx;
use crate::attrib::lexicon::{CUES, frame, wc};
use crate::attrib::np;
use crate::report::AttributionKind;
use crate::rules::Rule;
use crate::text::TokenKind;
use std::ops::Range;

/// Pass 2: the content of cue `k`.
pub(super) fn content(s: &Scope, k: usize) -> Option<ContentResult> {
    let (c, lo, hi) = (s.c, s.lo, s.hi);
    let cand = &s.cands[k];
    let f = &s.found[k];
    let fr = frames(cand.entry);
    if cand.quote_start {
        return headline_quote_rest(c, cand);
    }
    if fr & frame::X != 0 {
        return raising_content(s, k);
    }
    // a frame that fixed its content when the cue was matched ("called it shameful")
    if let Some((toks, rule)) = &cand.preset {
        let r = c.toks[toks.start].start..c.toks[toks.end - 1].end;
        return Some((trim_content(c.text, r), kind_of(c, toks), Some(*rule)));
    }
    // "…, according to X": the clause before
    if fr & frame::P != 0 && cand.cue.start > np::skip_discourse(c, lo, hi) {
        return before_content(s, k, fr);
    }
    let mut j = words_after_cue(cand, f, fr);
    // addressee: "told Reuters", "asked him", "urged the government"
    let addressee = if fr & frame::O != 0 && j < hi {
        addressee_at(c, j, hi)
    } else {
        None
    };
    if let Some(a) = &addressee {
        j = a.end;
    }
    let (j, comma) = skip_adjuncts(s, k, j);
    // "…," he said when asked about …: the words after the cue are a question's own
    if opens_a_question(s, k, j) {
        return before_content(s, k, fr);
    }
    if let Some(r) = comma_quote(s, k, j) {
        return Some(r);
    }
    // what follows decides the structure; after a comma only a quote, or the clause of
    // "According to X, …"
    let after = if comma && fr & frame::P == 0 && c.quote_opened_at(j).is_none() {
        None
    } else {
        content_after(c, j, hi, cand, addressee.as_ref())
    };
    if let Some((start, how)) = after {
        if let Outcome::Done(r) = content_from(s, k, start, how) {
            return r;
        }
    }
    if !comma {
        if let Some(r) = relative_gap(s, k, j) {
            return Some(r);
        }
    }
    // "urged anyone heading out on the water this time of year to wear …": an addressee
    // with its own modifiers, then the infinitive
    if fr & frame::I != 0 && fr & frame::O != 0 && !comma {
        let start = addressee.as_ref().map_or(cand.cue.end, |a| a.start);
        if let Some(r) = long_addressee_content(s, k, start) {
            return Some(r);
        }
    }
    // nothing after: the content comes before ("…, the agency said")
    before_content(s, k, fr)
}

/// "a deadline that insiders said went unnoticed", "the list, which the campaign says
/// includes 2.7 million donors", "what she said is growing demand": the cue's subject stands
/// right after a relative or wh-word and the verb of the reported clause right after the
/// cue — the relative clause (from its pronoun to its end) is the content.
fn relative_gap(s: &Scope, k: usize, j: usize) -> Option<ContentResult> {
    let (c, lo, hi) = (s.c, s.lo, s.hi);
    let cand = &s.cands[k];
    let f = &s.found[k];
    if f.subj != SubjKind::Left || frames(cand.entry) & frame::T == 0 || j >= hi {
        return None;
    }
    let src = f.source.as_ref()?;
    if src.start <= lo || src.len() > 6 {
        return None;
    }
    let r = src.start - 1;
    let rel = match c.lw(r) {
        "which" | "what" | "whom" => true,
        // "a deadline that …": "that" after a noun, not after a verb ("said that …")
        "that" => r > lo && np::nounish(c, r - 1) && !c.is(r - 1, wc::CUEFORM | wc::VERB),
        _ => false,
    };
    if !rel || c.quote_of(r).is_some() {
        return None;
    }
    // the verb of the reported clause: an auxiliary, or a finite verb form
    let w = c.lw(j);
    let finite = c.is(j, wc::AUX) && !c.is(j, wc::NEG)
        || !c.is_cap(j)
            && c.is_word(j)
            && !c.is(
                j,
                wc::NOUN | wc::DET | wc::PREP | wc::PRON | wc::CONJ | wc::SUB,
            )
            && (c.is(j, wc::VERB)
                || w.ends_with("ed")
                || w.len() > 3 && w.ends_with('s') && !w.ends_with("ss"));
    // "the book that the company said nothing about": an object, no reported clause
    let object = matches!(w, "nothing" | "something" | "anything" | "little" | "much");
    if !finite || object || c.lw(j) == "to" {
        return None;
    }
    let e = clause_end(s, j, k, true);
    if e <= j {
        return None;
    }
    let range = c.toks[r].start..c.toks[e - 1].end;
    Some((
        trim_content(c.text, range),
        kind_of(c, &(r..e)),
        Some(Rule::RelativeGap),
    ))
}

/// "X said, “…”": a comma, then a quotation that opens right after the cue (and its
/// addressee and adjuncts) is the content — unless a quote ends right before the
/// attribution (a split quote, found by [`before_content`]).
fn comma_quote(s: &Scope, k: usize, j: usize) -> Option<ContentResult> {
    let c = s.c;
    let f = &s.found[k];
    let fr = frames(s.cands[k].entry);
    if fr & (frame::Q | frame::T) == 0 || !c.is_comma(j) || j + 1 >= s.hi {
        return None;
    }
    if !matches!(f.subj, SubjKind::Left | SubjKind::Borrowed) {
        return None;
    }
    let q = c.quote_opened_at(j + 1)?;
    let start = f.source.as_ref().map_or(f.block, |r| r.start).min(f.block);
    let split = start > s.lo
        && (c.quote_closed_at(start - 1).is_some()
            || start > s.lo + 1 && c.quote_closed_at(start - 2).is_some());
    if split {
        return None;
    }
    Some((
        quote_chain_range(c, q),
        AttributionKind::Direct,
        Some(Rule::CommaQuote),
    ))
}

/// Does a later subjectless question's own words begin at `j` ("when asked …")?
fn opens_a_question(s: &Scope, k: usize, j: usize) -> bool {
    (k + 1..s.cands.len()).any(|m| s.cands[m].question && s.ok[m] && s.found[m].block == j)
}

/// Where the words after the cue start: after the source of an inverted cue or of
/// "according to X" (and its apposition).
fn words_after_cue(cand: &Cand, f: &Found, fr: u16) -> usize {
    let mut j = cand.cue.end;
    if f.subj == SubjKind::Right || (f.subj == SubjKind::Inner && fr & frame::P != 0) {
        if let Some(s) = &f.source {
            j = s.end;
        }
        if let Some(d) = &f.desc {
            j = d.end;
        }
    }
    j
}

/// The rest of a headline quote that opens with the verb ("Mugabe 'insisting he finishes
/// his term'").
fn headline_quote_rest(c: &Ctx, cand: &Cand) -> Option<ContentResult> {
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
    Some((trim_content(c.text, r), AttributionKind::Direct, None))
}

/// "X is said to be …": subject + predicate.
fn raising_content(s: &Scope, k: usize) -> Option<ContentResult> {
    let c = s.c;
    let cand = &s.cands[k];
    let start = np::left(c, cand.cue.start, s.lo).unwrap_or(cand.cue.start);
    let e = clause_end(s, cand.cue.end, k, false);
    if e <= cand.cue.end {
        return None;
    }
    let r = c.toks[start].start..c.toks[e - 1].end;
    Some((trim_content(c.text, r), kind_of(c, &(start..e)), None))
}

/// The addressee at `j`: an object pronoun ("her" only before a wh-word, "to", "that" or
/// punctuation) or a noun phrase that is not a subject pronoun.
pub(super) fn addressee_at(c: &Ctx, j: usize, hi: usize) -> Option<Range<usize>> {
    let her_obj = c.lw(j) == "her"
        && (c.is(j + 1, wc::WH | wc::SUB) || c.lw(j + 1) == "to" || !c.is_word(j + 1));
    if c.is(j, wc::OBJ) && !c.is(j, wc::POSS | wc::PRON)
        || matches!(c.lw(j), "him" | "them" | "us" | "me")
        || her_obj
    {
        return Some(j..j + 1);
    }
    np::right(c, j, hi).filter(|r| !c.is(r.start, wc::PRON))
}

/// Adjuncts between the cue and its content: "on Sunday", "in a statement", "late
/// Thursday by the Interfax news agency", "in the Commons last week that". The position
/// after them, and whether a comma was passed.
pub(super) fn skip_adjuncts(s: &Scope, k: usize, mut j: usize) -> (usize, bool) {
    let (c, hi) = (s.c, s.hi);
    let cand = &s.cands[k];
    let f = &s.found[k];
    let mut guard = 0;
    let mut comma = false;
    loop {
        guard += 1;
        if guard > 5 || j >= hi {
            break;
        }
        // "said, among other things, that …": an aside between commas, then "that"
        if let Some(t) = comma_aside_before_that(c, j, hi) {
            j = t;
            continue;
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
        if let Some(t) = of_topic(c, j, hi) {
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
    (j, comma)
}

/// The content that starts at `start` after the cue, as [`content_after`] classed it: a
/// quote (chain), the lines after a colon, or a clause up to its end.
fn content_from(s: &Scope, k: usize, start: usize, how: After) -> Outcome<ContentResult> {
    let c = s.c;
    if how == After::Quote {
        let Some(q) = c.quote_opened_at(start) else {
            return Outcome::Done(None);
        };
        let r = quote_chain_range(c, q);
        return Outcome::Done(Some((r, AttributionKind::Direct, None)));
    }
    if how == After::Colon {
        return Outcome::Done(colon_content(c, start));
    }
    let e = clause_end(s, start, k, s.found[k].subj == SubjKind::Relative);
    if e <= start {
        return Outcome::Pass;
    }
    // a quote that runs on into the next paragraphs
    let mut end_byte = c.toks[e - 1].end;
    if let Some(q) = c.quote_of(e - 1) {
        let (_, last) = c.chain(q);
        end_byte = end_byte.max(c.quotes[last].inner.end);
    }
    let r = trim_content(c.text, c.toks[start].start..end_byte);
    if r.is_empty() {
        return Outcome::Done(None);
    }
    let rule = (how == After::BarePresent).then_some(Rule::BarePresentClause);
    Outcome::Done(Some((r, kind_of(c, &(start..e)), rule)))
}

/// "urged anyone heading out on the water to wear …": the addressee starting at `start`
/// with its modifiers, then the infinitive, as the content.
fn long_addressee_content(s: &Scope, k: usize, start: usize) -> Option<ContentResult> {
    let c = s.c;
    let to = long_addressee_to(c, start, s.hi)?;
    let e = clause_end(s, to, k, false);
    if e <= to {
        return None;
    }
    let r = trim_content(c.text, c.toks[start].start..c.toks[e - 1].end);
    (!r.is_empty()).then(|| (r, kind_of(c, &(start..e)), None))
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
/// "said of Mr. Rubio: '…'", "wrote of the plan that …", "said of Trump, \"…\"": the
/// topic of the words, before a colon, a quote or "that" + a clause. The position after it.
fn of_topic(c: &Ctx, j: usize, hi: usize) -> Option<usize> {
    if c.lw(j) != "of" {
        return None;
    }
    let r = np::right(c, j + 1, hi)?;
    let e = r.end;
    if e >= hi || r.len() > 8 {
        return None;
    }
    let that_clause = c.lw(e) == "that"
        && e + 1 < hi
        && clause_starter(c, e + 1)
        && !verbish(c, e + 1)
        && !c.is(e + 1, wc::AUX | wc::VERB);
    let quote_next = c.quote_opened_at(e).is_some()
        || c.is_comma(e) && e + 1 < hi && c.quote_opened_at(e + 1).is_some();
    (c.raw(e) == ":" || that_clause || quote_next).then_some(e)
}

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
            || np::nounish(c, k) && !verbish(c, k) && !c.is(k, wc::CUEFORM)
            // "for the first time", "at the very start": a modifier after a determiner
            || c.is(k, wc::ADV) && c.is(k - 1, wc::DET) && !c.is(k, wc::CUEFORM)
            // "in an interview taped before the attacks", "in a statement released on
            // Monday": a past participle after the noun, its own adjunct following
            || reduced_relative(c, k);
        if !ok || c.quote_of(k).is_some() {
            return None;
        }
        k += 1;
    }
    None
}

/// A past participle in -ed right after a lower-case noun, with a preposition or time word
/// after it ("an interview taped before …", "a statement released Monday"): a reduced
/// relative clause inside the adjunct, not the verb of a clause.
fn reduced_relative(c: &Ctx, k: usize) -> bool {
    let w = c.lw(k);
    w.len() > 4
        && w.ends_with("ed")
        && !c.is_cap(k)
        && !c.is(k, wc::CUEFORM | wc::AUX)
        && np::nounish(c, k - 1)
        && !verbish(c, k - 1)
        && !c.is_cap(k - 1)
        && c.is(k + 1, wc::PREP | wc::TIME)
}

/// A prepositional or adverbial aside between commas right after the cue (", among other
/// things,", ", in a statement,", ", however,") followed by "that" and the start of a clause:
/// the position of "that".
fn comma_aside_before_that(c: &Ctx, j: usize, hi: usize) -> Option<usize> {
    if !c.is_comma(j) || j + 1 >= hi {
        return None;
    }
    let first = j + 1;
    if !c.is(first, wc::PREP | wc::ADV | wc::LYADV | wc::TIME) || c.is_cap(first) {
        return None;
    }
    let limit = hi.min(first + 8);
    let close = (first + 1..limit).find(|&k| c.is_comma(k))?;
    let inside_ok = (first + 1..close).all(|k| {
        c.is(
            k,
            wc::PREP | wc::DET | wc::POSS | wc::QUANT | wc::TIME | wc::ADV,
        ) || c.toks[k].kind == TokenKind::Number
            || np::nounish(c, k) && !verbish(c, k) && !c.is(k, wc::CUEFORM)
    });
    let that = close + 1;
    let next = that + 1;
    let clause = next < hi
        && c.lw(that) == "that"
        && clause_starter(c, next)
        && !verbish(c, next)
        && !c.is(next, wc::AUX | wc::VERB);
    (inside_ok && clause).then_some(that)
}
