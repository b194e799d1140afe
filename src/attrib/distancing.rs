//! Distancing language: words by which the writer keeps a term or claim at arm's length —
//! "so-called", "alleged(ly)", "purported", "claims of" (from `data/en/distancing.tsv`), "what
//! they call", and scare quotes: a short quoted phrase that no cue attributes as somebody's
//! words (the "liberation"). Guillemets (« », „ “) are quotation marks, never scare quotes.

use super::ctx::{Ctx, NONE};
use super::lexicon::{DISTANCING, wc};
use super::structure::Found;
use crate::report::{AttributionKind, Distancing, DistancingKind, Span};
use crate::rules::Rule;
use std::collections::HashMap;
use std::sync::LazyLock;

fn kind(s: &str) -> DistancingKind {
    match s {
        "so-called" => DistancingKind::SoCalled,
        "claim" => DistancingKind::Claim,
        _ => DistancingKind::Alleged,
    }
}

/// Words before a quote that make it a title or a name, not a scare quote.
fn title_cue(w: &str) -> bool {
    matches!(
        w,
        "film"
            | "movie"
            | "book"
            | "novel"
            | "song"
            | "single"
            | "album"
            | "show"
            | "series"
            | "play"
            | "musical"
            | "poem"
            | "painting"
            | "titled"
            | "entitled"
            | "named"
            | "dubbed"
            | "nicknamed"
            | "headlined"
            | "sang"
            | "sings"
            | "sing"
            | "singing"
            | "chanted"
            | "chanting"
            | "hashtag"
            | "slogan"
            | "motto"
            | "word"
            | "words"
            | "term"
            | "phrase"
            | "as"
            | "or"
    )
}

/// The distancing phrases by their first word: indices into `DISTANCING`, in its order.
static BY_FIRST: LazyLock<HashMap<&'static str, Vec<usize>>> = LazyLock::new(|| {
    let mut m: HashMap<&'static str, Vec<usize>> = HashMap::new();
    for (i, (phrase, _)) in DISTANCING.iter().enumerate() {
        if let Some(&w) = phrase.first() {
            m.entry(w).or_default().push(i);
        }
    }
    m
});

pub fn find(c: &Ctx, found: &[Found]) -> Vec<Distancing> {
    let text = c.text;
    let mut out = Vec::new();
    let n = c.toks.len();
    // lexicon phrases
    let mut i = 0;
    while i < n {
        if !c.is_word(i) {
            i += 1;
            continue;
        }
        let mut matched = 0;
        let candidates = BY_FIRST.get(c.lw(i)).map_or(&[][..], Vec::as_slice);
        for (phrase, k) in candidates.iter().map(|&p| &DISTANCING[p]) {
            let len = phrase.len();
            if i + len > n || !phrase.iter().enumerate().all(|(m, w)| c.lw(i + m) == *w) {
                continue;
            }
            let w0 = c.lw(i);
            // "was supposed to be" is a modal, not distancing
            if w0 == "supposed" && c.lw(i + 1) == "to" {
                continue;
            }
            // "claims of" as a noun only
            if w0 == "claims" && i > 0 && c.is(i - 1, wc::PRON) {
                continue;
            }
            out.push(Distancing {
                span: Span::new(text, c.toks[i].start, c.toks[i + len - 1].end),
                kind: kind(k),
                rule: Rule::DistancingLexicon.id().to_string(),
            });
            matched = len;
            break;
        }
        // "what they call", "what it called", "what the regime describes as"
        if matched == 0 && c.lw(i) == "what" {
            let mut k = i + 1;
            while k < n && k < i + 5 && c.is_word(k) && !is_call(c.lw(k)) {
                k += 1;
            }
            if k < n && k < i + 5 && is_call(c.lw(k)) && k > i + 1 {
                let mut e = k;
                if c.lw(k + 1) == "as" {
                    e = k + 1;
                }
                out.push(Distancing {
                    span: Span::new(text, c.toks[i].start, c.toks[e].end),
                    kind: DistancingKind::Claim,
                    rule: Rule::WhatTheyCall.id().to_string(),
                });
                matched = e + 1 - i;
            }
        }
        i += matched.max(1);
    }
    // scare quotes
    let direct = Cover::new(
        found
            .iter()
            .filter(|f| f.kind != AttributionKind::Indirect)
            .filter_map(|f| f.content.clone()),
    );
    let contents = Cover::new(found.iter().filter_map(|f| f.content.clone()));
    for (q, qd) in c.quotes.iter().enumerate() {
        if qd.open == NONE || qd.words == 0 || qd.words > 4 || qd.prev.is_some() {
            continue;
        }
        let o = qd.open as usize;
        // guillemets and low-9 marks (« », „ “) are the quotation marks of French, German
        // and other languages: what they hold is a quotation, never scare quotes
        if c.toks[o].text(text).starts_with(['«', '»', '„']) {
            continue;
        }
        // a whole sentence in quotes is speech, not a scare quote
        let ends_sentence = text[qd.inner.clone()].ends_with(['.', '!', '?', ',']);
        if ends_sentence {
            continue;
        }
        if o > 0 && title_cue(c.lw(o - 1)) {
            continue;
        }
        // titles and names: every word capitalised ("Blue House", "Gone with the Wind")
        let words: Vec<usize> = qd.toks.clone().filter(|&k| c.is_word(k)).collect();
        let capitalised = words
            .iter()
            .filter(|&&k| !c.is(k, wc::DET | wc::PREP | wc::CONJ))
            .all(|&k| c.is_cap(k));
        if capitalised {
            continue;
        }
        // the quoted words of a direct or mixed attribution are someone's words, unless the
        // quote sits in scare-quote position (after a determiner or "so-called")
        let attributed = direct.covers(&qd.inner) && !super::structure::scare_like(c, q);
        let in_content = contents.covers(&qd.inner);
        if attributed || in_content && !super::structure::scare_like(c, q) && qd.words > 1 {
            continue;
        }
        let close = if qd.close == NONE {
            qd.inner.end
        } else {
            c.toks[qd.close as usize].end
        };
        out.push(Distancing {
            span: Span::new(text, c.toks[o].start, close),
            kind: DistancingKind::ScareQuote,
            rule: Rule::ShortUnattributedQuote.id().to_string(),
        });
    }
    out.sort_by_key(|d| (d.span.start, d.span.end));
    out.dedup_by(|a, b| a.span == b.span);
    out
}

/// Byte ranges, for "is this range inside one of them?" in logarithmic time.
struct Cover {
    starts: Vec<usize>,
    /// the largest end among ranges sorted up to here
    max_end: Vec<usize>,
}

impl Cover {
    fn new(rs: impl Iterator<Item = std::ops::Range<usize>>) -> Cover {
        let mut v: Vec<_> = rs.collect();
        v.sort_by_key(|r| r.start);
        let mut m = 0;
        let max_end = v
            .iter()
            .map(|r| {
                m = m.max(r.end);
                m
            })
            .collect();
        Cover {
            starts: v.iter().map(|r| r.start).collect(),
            max_end,
        }
    }

    fn covers(&self, r: &std::ops::Range<usize>) -> bool {
        let k = self.starts.partition_point(|&s| s <= r.start);
        k > 0 && self.max_end[k - 1] >= r.end
    }
}

fn is_call(w: &str) -> bool {
    matches!(
        w,
        "call"
            | "calls"
            | "called"
            | "term"
            | "terms"
            | "termed"
            | "describe"
            | "describes"
            | "described"
            | "dub"
            | "dubs"
            | "dubbed"
            | "label"
            | "labels"
            | "labelled"
            | "labeled"
            | "brand"
            | "brands"
            | "branded"
    )
}
