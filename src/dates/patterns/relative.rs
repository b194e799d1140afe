//! Dates relative to the published date: "last month", "three days ago", "yesterday", "this morning".
//!
//! In: a regex match of one of this file's patterns (listed in priority order in
//! `patterns/mod.rs`). Out: the candidate date it denotes, or `None` when the context says
//! it is not a date.

use super::captures::Captures;
use super::captures::{g, g0, shift_value, unit_of};
use crate::dates::context::{char_at, next_word, prev_word};
use crate::dates::lexicon::LEX;
use crate::dates::{Cand, Expr, Unit};
use crate::rules::Rule;

/// The pattern of [`shift_unit`].
pub(super) const SHIFT_UNIT: &str = r"\b(?:{pos}(?:-|{S})(?:(?i:in|of){S})?)?(?P<shift>(?i:{shift}))(?:{S}(?i:past))?(?:-|{S})(?P<unit>(?i:fiscal{S}year|financial{S}year|weekend|week|month|year|decade|quarter|century|fortnight|season))\b";

/// "last year", "this month", "earlier this week", "next year", "the end of last year".
pub(super) fn shift_unit(text: &str, c: &Captures) -> Option<Cand> {
    let m0 = g0(c)?;
    let n = shift_value(g(c, "shift")?.as_str())?;
    let unit_s = g(c, "unit")?.as_str().to_ascii_lowercase();
    let unit = unit_of(&unit_s);
    // "over the next month", "in the coming weeks": durations, not dates
    if let Some((_, w)) = prev_word(text, m0.start()) {
        if w.eq_ignore_ascii_case("the") {
            return None;
        }
    }
    let expr = match unit {
        Some(u @ (Unit::Month | Unit::Year)) => Expr::Deictic { unit: u, n },
        _ => Expr::Null,
    };
    Some(Cand::one(m0.start(), m0.end(), expr, Rule::RelativeUnit))
}

/// The pattern of [`ago`].
pub(super) const AGO: &str = r"\b(?P<n>[0-9]{1,3}|(?i:(?:{cardinals})(?:-(?:{cardinals}))?|a{S}few|a{S}couple{S}of|a{S}couple|several|some|many|few)){S}(?:(?i:more|full|long|whole){S})?(?P<unit>(?i:days?|weeks?|months?|years?|decades?|centuries|century|fortnights?)){S}(?P<dir>(?i:ago|earlier|later|before|after|previously|prior|back|on))\b(?P<that>{S}(?i:that)\b)?";

/// "three days ago", "a week ago", "nine months ago", "two years later", "two days after
/// that".
pub(super) fn ago(text: &str, c: &Captures) -> Option<Cand> {
    let m0 = g0(c)?;
    let dir = g(c, "dir")?.as_str().to_ascii_lowercase();
    // "two days after that": counted from the last date, like "two days later"
    // ("two days after that incident": "that" is a determiner, an event anchor)
    let after_that = g(c, "that").is_some()
        && matches!(dir.as_str(), "before" | "after")
        && (matches!(
            char_at(text, m0.end()),
            None | Some('.' | ',' | ';' | ':' | ')' | '"' | '”' | '\n')
        ) || next_word(text, m0.end()).is_some_and(|w| {
            matches!(
                w,
                "and" | "or" | "but" | "the" | "when" | "he" | "she" | "it" | "they" | "we"
            )
        }));
    // "two years later that ...": the date ends before "that"
    let end = if after_that {
        m0.end()
    } else {
        g(c, "dir")?.end()
    };
    if matches!(dir.as_str(), "before" | "after" | "on" | "prior") && !after_that {
        // only at the end of a clause: "two years after the war" is not a date
        let closes = matches!(
            char_at(text, end),
            None | Some('.' | ',' | ';' | ':' | ')' | '"' | '”' | '\n')
        );
        if !closes {
            return None;
        }
    }
    // "a month earlier than usual": a comparison, not a date
    if matches!(dir.as_str(), "earlier" | "later")
        && next_word(text, end).is_some_and(|w| w.eq_ignore_ascii_case("than"))
    {
        return None;
    }
    let nword = g(c, "n")?.as_str();
    let n = LEX.cardinal(nword);
    let unit_s = g(c, "unit")?.as_str().to_ascii_lowercase();
    let from_published = matches!(dir.as_str(), "ago" | "back" | "previously");
    let sign = if matches!(dir.as_str(), "later" | "after" | "on") {
        1
    } else {
        -1
    };
    let expr = match n {
        None => Expr::Null,
        Some(n) => {
            let (unit, k) = match unit_s.trim_end_matches('s') {
                "day" => (Unit::Day, n),
                "week" => (Unit::Day, 7 * n),
                "fortnight" => (Unit::Day, 14 * n),
                "month" => (Unit::Month, n),
                "year" => (Unit::Year, n),
                "decade" => (Unit::Year, 10 * n),
                _ => return Some(Cand::one(m0.start(), end, Expr::Null, Rule::Offset)),
            };
            if from_published {
                Expr::Deictic { unit, n: sign * k }
            } else {
                Expr::Anchored { unit, n: sign * k }
            }
        }
    };
    Some(Cand::one(m0.start(), end, expr, Rule::Offset))
}

/// The pattern of [`deictic`].
pub(super) const DEICTIC: &str = r"\b(?:(?P<dby>(?i:the{S}day{S}before{S}yesterday))|(?P<dat>(?i:the{S}day{S}after{S}tomorrow))|(?:(?P<pre>(?i:early|late|earlier|later)){S})?(?P<w>(?i:{deictic}))(?:{S}(?P<pod>(?i:{parts})))?|(?P<sh>(?i:last|this)){S}(?P<pod2>(?i:{parts})))\b";

/// "yesterday", "today", "tomorrow", "tonight", "last night", "this morning".
pub(super) fn deictic(text: &str, c: &Captures) -> Option<Cand> {
    let m0 = g0(c)?;
    let n = if g(c, "dby").is_some() {
        -2
    } else if g(c, "dat").is_some() {
        2
    } else if let Some(w) = g(c, "w") {
        let word = w.as_str();
        // "USA Today", "the Today programme": names
        if word.starts_with('T') && word.eq_ignore_ascii_case("today") {
            // capitalized inside a sentence: a title
            if g(c, "pre").is_none() && !crate::dates::context::at_sentence_start(text, w.start()) {
                return None;
            }
            if next_word(text, w.end()).is_some_and(|n| {
                matches!(
                    n.to_lowercase().as_str(),
                    "show" | "programme" | "program" | "newspaper"
                )
            }) {
                return None;
            }
        }
        if word.eq_ignore_ascii_case("today")
            && g(c, "pre").is_none()
            && crate::dates::context::generic_today(text, w.start(), w.end())
        {
            return Some(Cand::one(w.start(), w.end(), Expr::Null, Rule::Generic));
        }
        LEX.word(word)?.1.parse().ok()?
    } else {
        // "last night" is the evening before; "this morning" today
        match g(c, "sh")?.as_str().to_ascii_lowercase().as_str() {
            "last" => -1,
            _ => 0,
        }
    };
    Some(Cand::one(
        m0.start(),
        m0.end(),
        Expr::Deictic { unit: Unit::Day, n },
        Rule::Deictic,
    ))
}
