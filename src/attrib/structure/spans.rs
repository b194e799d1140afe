//! Spans of a content: quote chains, colon lists, the direct/mixed/indirect kind, trimming.
//!
//! In: token or byte ranges of a content. Out: byte ranges trimmed of spaces, punctuation
//! and unbalanced quote marks; the kind of a content (direct: only quoted words; mixed:
//! quoted fragments in reported speech; indirect); whether a short quote is a scare quote.

use super::ContentResult;
use crate::attrib::ctx::{Ctx, NONE, is_quote_char};
use crate::attrib::lexicon::wc;
use crate::attrib::np;
use crate::report::AttributionKind;
use crate::rules::Rule;
use std::ops::Range;

/// The byte range of the quote chain (multi-paragraph) starting at quote `q`.
pub(super) fn quote_chain_range(c: &Ctx, q: usize) -> Range<usize> {
    let (_, last) = c.chain(q);
    c.quotes[q].inner.start..c.quotes[last].inner.end.max(c.quotes[q].inner.start)
}

/// "X said:" at the end of a unit: the quote or the list that follows.
pub(super) fn colon_content(c: &Ctx, colon: usize) -> Option<ContentResult> {
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
pub(super) fn kind_of(c: &Ctx, toks: &Range<usize>) -> AttributionKind {
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
        || qd.words == 1 && (c.is(p, wc::PREP) || np::possessive(c, p))
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
                .filter(|&ch| is_quote_char(ch) && ch != '\'' && ch != '’')
                .count()
        };
        if let Some(ch) = first {
            if is_quote_char(ch) && ch != '\'' && ch != '’' && count(inner) % 2 == 1 {
                a += ch.len_utf8();
                let t = &text[a..b];
                a += t.len() - t.trim_start_matches(strip).len();
                continue;
            }
        }
        if let Some(ch) = last {
            if is_quote_char(ch) && ch != '\'' && ch != '’' && count(&text[a..b]) % 2 == 1 {
                b -= ch.len_utf8();
                b = a + text[a..b].trim_end_matches(strip).len();
                continue;
            }
        }
        break;
    }
    a..b.max(a)
}
