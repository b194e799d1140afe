//! Years, decades and centuries: "in 2017", "since '82", "the 1990s", "the sixties", "the 19th century".
//!
//! In: a regex match of one of this file's patterns (listed in priority order in
//! `patterns/mod.rs`). Out: the candidate date it denotes, or `None` when the context says
//! it is not a date.

use super::captures::Captures;
use super::captures::{g, g0, num};
use crate::dates::context::{age_before, bare_year_ok, char_at, prev_word};
use crate::dates::{Cand, Expr, Item};
use crate::rules::Rule;

/// The pattern of [`year`].
pub(super) const YEAR: &str = r"\b(?:{pos}(?:-|{S})(?:(?i:of){S})?)?(?P<fy>(?i:fiscal|financial){S}(?:(?i:year){S})?|FY{S0})?(?P<year>{YEAR})(?:{S0}[-–/]{S0}(?P<y2>[0-9]{4}|[0-9]{2})\b)?";

/// "2017", "in 2017", "mid-2019", "fiscal 2013", "2009-2010", "1957-58".
pub(super) fn year(text: &str, c: &Captures) -> Option<Cand> {
    let m0 = g0(c)?;
    let ym = g(c, "year")?;
    let y = num(c, "year")? as i32;
    let has_pre = g(c, "pre").is_some() || g(c, "fy").is_some();
    let rule = Rule::Year;
    if let Some(y2m) = g(c, "y2") {
        let s2 = y2m.as_str();
        let y2 = if s2.len() == 2 {
            (y / 100) * 100 + s2.parse::<i32>().ok()?
        } else {
            s2.parse::<i32>().ok()?
        };
        // a range of years: two mentions; anything else (a phone number, a score) none
        if y2 <= y || y2 - y > 100 {
            return None;
        }
        // "2023-24", "the 2024-25 financial year", "fiscal 2024-25": one fiscal year
        if s2.len() == 2 && y2 == y + 1 && fiscal_context(text, c) {
            return Some(fiscal(m0.start(), m0.end()));
        }
        let before_ok = text[..ym.start()]
            .chars()
            .next_back()
            .is_none_or(|ch| !matches!(ch, '-' | '/' | '.' | ':' | ','));
        if !before_ok {
            return None;
        }
        let items = vec![
            Item {
                start: m0.start(),
                end: ym.end(),
                expr: Expr::Year { y },
                rule,
            },
            Item {
                start: y2m.start(),
                end: y2m.end(),
                expr: Expr::Year { y: y2 },
                rule,
            },
        ];
        return Some(Cand {
            start: m0.start(),
            end: m0.end(),
            items,
        });
    }
    if !has_pre && !bare_year_ok(text, ym.start(), ym.end()) {
        return None;
    }
    // "fiscal 2025", "FY2024": a fiscal year, not the calendar year
    if g(c, "fy").is_some() {
        return Some(fiscal(m0.start(), m0.end()));
    }
    Some(Cand::one(m0.start(), m0.end(), Expr::Year { y }, rule))
}

/// A fiscal or financial year: annotated, no calendar value.
fn fiscal(start: usize, end: usize) -> Cand {
    Cand::one(start, end, Expr::Null, Rule::FiscalYear)
}

/// Is a year range of the shape "2023-24" a fiscal year? After "fiscal"/"FY", before "financial
/// year", "fiscal year" or "budget", or with money or business words on its line ("budgeted
/// ₹2,024 crore for drains in 2023-24"); else it is two years ("the expedition of 1957-58").
fn fiscal_context(text: &str, c: &Captures) -> bool {
    let Some(m0) = g0(c) else {
        return false;
    };
    if g(c, "fy").is_some() {
        return true;
    }
    let after: String = text[m0.end()..]
        .chars()
        .take(24)
        .collect::<String>()
        .to_lowercase();
    let after = after.trim_start();
    [
        "financial year",
        "fiscal year",
        "fiscal",
        "budget",
        "financial",
    ]
    .iter()
    .any(|w| after.starts_with(w))
        || crate::dates::context::finance_near(text, m0.start(), m0.end(), 60)
}

/// The pattern of [`short_year`].
pub(super) const SHORT_YEAR: &str =
    r"\b(?i:in|since|of|from|until|till|by|before|after|and|to){S0}(?P<x>['’][0-9]{2})\b";

/// "since '82", "in '08".
pub(super) fn short_year(text: &str, c: &Captures) -> Option<Cand> {
    let x = g(c, "x")?;
    // "'80s" is a decade: only a bare '82
    if matches!(char_at(text, x.end()), Some('s' | '\'' | '’')) {
        return None;
    }
    let digits = x.as_str().trim_start_matches(['\'', '’']);
    let yy: i32 = digits.parse().ok()?;
    let y = yy + if yy < 50 { 2000 } else { 1900 };
    Some(Cand::one(x.start(), x.end(), Expr::Year { y }, Rule::Year))
}

/// The pattern of [`decade`].
pub(super) const DECADE: &str = r"(?:\b(?P<the>(?i:the)){S})?(?:\b(?P<pre>(?i:early|mid|late))(?:-|{S}))?(?:\b(?P<d4>(?:1[0-9]|20)[0-9]0)|(?P<ap>['’])(?P<d2a>[0-9]0)|\b(?P<d2>[0-9]0))['’]?s\b";

/// "the 1990s", "the early '90s", "the 70s and 80s": annotated, no value.
pub(super) fn decade(text: &str, c: &Captures) -> Option<Cand> {
    let m0 = g0(c)?;
    if g(c, "d2").is_some() && g(c, "the").is_none() {
        // "70s" alone only right after another decade: "the 70s and 80s"
        let before = text[..m0.start()].trim_end();
        let before = before
            .strip_suffix("and")
            .or_else(|| before.strip_suffix("or"))
            .or_else(|| before.strip_suffix("to"))?
            .trim_end();
        if !before.ends_with("0s") {
            return None;
        }
    }
    if g(c, "d4").is_none() && age_before(text, m0.start()) {
        return None;
    }
    // "in her 30s" has no "the"; "in the 30s" is kept
    if g(c, "the").is_none() && g(c, "d4").is_none() {
        if let Some((_, w)) = prev_word(text, m0.start()) {
            if !matches!(w.to_lowercase().as_str(), "and" | "or" | "to") {
                return None;
            }
        }
    }
    Some(Cand::one(m0.start(), m0.end(), Expr::Null, Rule::Decade))
}

/// The pattern of [`decade_word`].
pub(super) const DECADE_WORD: &str =
    r"\b(?i:the){S}(?:(?i:early|mid|late)(?:-|{S}))?(?i:{decades})\b";

/// "the sixties", "the late nineties": annotated, no value ("in her thirties" is an age).
pub(super) fn decade_word(text: &str, c: &Captures) -> Option<Cand> {
    let m = g0(c)?;
    if age_before(text, m.start()) {
        return None;
    }
    Some(Cand::one(m.start(), m.end(), Expr::Null, Rule::Decade))
}

/// The pattern of [`century`].
pub(super) const CENTURY: &str = r"\b(?:(?i:the){S})?(?:(?i:early|mid|late)(?:-|{S}))?(?:[0-9]{1,2}(?:st|nd|rd|th)|(?i:{ordinals}))(?:-|{S})(?i:century)\b";

/// "the 20th century", "the early 21st century": annotated, no value.
pub(super) fn century(_: &str, c: &Captures) -> Option<Cand> {
    let m = g0(c)?;
    Some(Cand::one(m.start(), m.end(), Expr::Null, Rule::Century))
}
