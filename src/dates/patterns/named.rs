//! Named days, months and seasons: "on Sunday", "in October", "last summer", "Christmas".
//!
//! In: a regex match of one of this file's patterns (listed in priority order in
//! `patterns/mod.rs`). Out: the candidate date it denotes, or `None` when the context says
//! it is not a date.

use super::captures::Captures;
use super::captures::{g, g0, num, shift_value};
use crate::dates::context::{
    char_at, is_capitalized, month_alone_ok, next_word, prev_word, weekday_ok,
};
use crate::dates::lexicon::{HolidayRule, LEX, MonthForm, WordClass};
use crate::dates::{Cand, Expr};
use crate::rules::Rule;

/// The pattern of [`weekday`].
pub(super) const WEEKDAY: &str = r"\b(?:(?P<shift>(?i:{shift}))(?:{S}(?i:past))?{S}|(?P<pre>(?i:early|late|earlier|later))(?:{S}(?i:on|in))?{S}|(?P<hab>(?i:every|each)){S})?(?P<wd>(?i:{wdfull}))(?P<pl>s)?\b(?:{S}(?P<pod>(?i:{parts}))\b)?";

/// "on Sunday", "late Thursday", "Tuesday night", "last Friday", "every Sunday".
pub(super) fn weekday(text: &str, c: &Captures) -> Option<Cand> {
    let m0 = g0(c)?;
    let w = g(c, "wd")?;
    let wd = LEX.weekday(w.as_str())?;
    let has_mod = g(c, "shift").is_some() || g(c, "pre").is_some() || g(c, "hab").is_some();
    if !weekday_ok(text, w.start(), m0.end(), has_mod) {
        return None;
    }
    if g(c, "hab").is_some() || g(c, "pl").is_some() {
        return Some(Cand::one(m0.start(), m0.end(), Expr::Null, Rule::Habitual));
    }
    // "Black Monday", "Super Tuesday", "Bloody Sunday": a named day, not this week's
    if !has_mod {
        if let Some((s, p)) = prev_word(text, w.start()) {
            if matches!(LEX.word(p), Some((WordClass::Named, _)))
                && is_capitalized(p)
                && !crate::dates::context::at_sentence_start(text, s)
                && text[s + p.len()..w.start()].chars().all(|c| c == ' ')
            {
                return Some(Cand::one(m0.start(), m0.end(), Expr::Null, Rule::NamedDay));
            }
        }
    }
    let shift = g(c, "shift").and_then(|s| shift_value(s.as_str()));
    Some(Cand::one(
        m0.start(),
        m0.end(),
        Expr::Weekday { wd, shift },
        Rule::Weekday,
    ))
}

/// The pattern of [`month`].
pub(super) const MONTH: &str = r"\b(?:{pos}(?:-|{S})(?:(?i:of){S})?)?(?:(?P<shift>(?i:{shift}))(?:-|{S}))?(?:(?P<hab>(?i:every|each)){S})?(?P<mon>{mon_alone})\b";

/// "in October", "last June", "mid-December", "an October news conference".
pub(super) fn month(text: &str, c: &Captures) -> Option<Cand> {
    let m0 = g0(c)?;
    let mon = g(c, "mon")?;
    let (m, form) = LEX.month(mon.as_str())?;
    let has_mod = g(c, "shift").is_some() || g(c, "pre").is_some() || g(c, "hab").is_some();
    // "may" and "march" in lower case are never months here (the regex is case-sensitive);
    // a modifier licenses any month ("last May", "early May")
    if !has_mod && !month_alone_ok(text, mon.start(), mon.end(), form == MonthForm::Ambiguous) {
        return None;
    }
    if g(c, "hab").is_some() {
        return Some(Cand::one(m0.start(), m0.end(), Expr::Null, Rule::Habitual));
    }
    let shift = g(c, "shift").and_then(|s| shift_value(s.as_str()));
    Some(Cand::one(
        m0.start(),
        m0.end(),
        Expr::MonthName { m, shift },
        Rule::Month,
    ))
}

/// The pattern of [`season`].
pub(super) const SEASON: &str = r"\b(?:(?P<pre>(?i:early|late|mid|the{S}(?:end|beginning|start|middle){S}of))(?:-|{S}))?(?:(?P<shift>(?i:{shift}))(?:-|{S}))?(?:(?P<hab>(?i:every|each)){S})?(?:(?P<the>(?i:the)){S}|(?P<that>(?i:that)){S})?(?P<s>(?i:{seasons}))\b(?:(?:{S}(?i:of))?{S}(?P<year>{YEAR}))?";

/// "last summer", "in the spring", "the summer of 2012", "that summer", "before the
/// monsoon": annotated, no value; "every summer", "each monsoon": habitual.
pub(super) fn season(text: &str, c: &Captures) -> Option<Cand> {
    let m0 = g0(c)?;
    let s = g(c, "s")?;
    if g(c, "hab").is_some() {
        return Some(Cand::one(m0.start(), m0.end(), Expr::Null, Rule::Habitual));
    }
    let has_mod = g(c, "shift").is_some()
        || g(c, "pre").is_some()
        || g(c, "year").is_some()
        || g(c, "that").is_some();
    let is_fall = s.as_str().eq_ignore_ascii_case("fall");
    // "Summer Olympics", "Spring Festival": names
    if is_capitalized(s.as_str())
        && !crate::dates::context::at_sentence_start(text, s.start())
        && next_word(text, s.end()).is_some_and(is_capitalized)
        && g(c, "year").is_none()
    {
        return None;
    }
    if !has_mod {
        let start = g(c, "the").map_or(s.start(), |t| t.start());
        let prep = prev_word(text, start).is_some_and(|(_, w)| {
            matches!(
                w.to_lowercase().as_str(),
                "in" | "during"
                    | "over"
                    | "through"
                    | "throughout"
                    | "until"
                    | "till"
                    | "by"
                    | "since"
                    | "before"
                    | "after"
                    | "for"
            )
        });
        if !prep {
            return None;
        }
        // "the fall of Kabul", "in fall" is rare: fall needs "the" and no "of"; so does a
        // season that is also a word of weather ("monsoon rains", "in monsoon conditions")
        let needs_the = is_fall || LEX.word(s.as_str()).is_some_and(|(_, v)| v == "-");
        if needs_the && (g(c, "the").is_none() || text[s.end()..].trim_start().starts_with("of")) {
            return None;
        }
    }
    Some(Cand::one(m0.start(), m0.end(), Expr::Null, Rule::Season))
}

/// The pattern of [`holiday`].
pub(super) const HOLIDAY: &str = r"\b(?P<h>{holidays})\b(?:{SEP}(?P<year>{YEAR}))?";

/// "Christmas", "New Year's Eve", "Good Friday", "9/11".
pub(super) fn holiday(text: &str, c: &Captures) -> Option<Cand> {
    let m0 = g0(c)?;
    let h = g(c, "h")?;
    let rule = *LEX
        .holidays
        .get(&crate::dates::lexicon::holiday_key(h.as_str()))?;
    // "Christmas Island", "Easter Rising", "Good Friday Agreement": names
    if g(c, "year").is_none()
        && crate::dates::context::next_word(text, h.end())
            .is_some_and(|w| is_capitalized(w) && !crate::dates::context::is_calendar_word(w))
        && text[h.end()..].starts_with(' ')
    {
        return None;
    }
    // "9/11/2001" is a numeric date
    if let Some(ch) = char_at(text, h.end()) {
        if ch == '/' {
            return None;
        }
    }
    let y = num(c, "year").map(|y| y as i32);
    let (expr, id) = match rule {
        HolidayRule::Period => (Expr::Null, Rule::HolidayPeriod),
        HolidayRule::Table { .. } => (Expr::Holiday { rule, y }, Rule::HolidayTable),
        _ => (Expr::Holiday { rule, y }, Rule::Holiday),
    };
    Some(Cand::one(m0.start(), m0.end(), expr, id))
}
