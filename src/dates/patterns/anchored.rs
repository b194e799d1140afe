//! Dates relative to another date or event of the text: "the next day", "the following Monday", "that year", "the day before", "the same month a year earlier".
//!
//! In: a regex match of one of this file's patterns (listed in priority order in
//! `patterns/mod.rs`). Out: the candidate date it denotes, or `None` when the context says
//! it is not a date.

use super::captures::Captures;
use super::captures::{g, g0, shift_value, unit_of};
use crate::dates::context::{char_at, prev_word};
use crate::dates::lexicon::LEX;
use crate::dates::{Cand, Expr, Unit};
use crate::rules::Rule;

/// The pattern of [`anchored`].
pub(super) const ANCHORED: &str = r"\b(?i:the){S}(?P<a>(?i:{anchored}|next)){S}(?P<unit>(?i:day|weekend|week|month|year|morning|afternoon|evening|night))\b";

/// "the previous day", "the following year", "the same day", "the next morning".
pub(super) fn anchored(text: &str, c: &Captures) -> Option<Cand> {
    let m0 = g0(c)?;
    let a = g(c, "a")?.as_str();
    let n = shift_value(a)?;
    // "over the next year": a duration
    if a.eq_ignore_ascii_case("next") {
        if let Some((_, w)) = prev_word(text, m0.start()) {
            if matches!(
                w.to_lowercase().as_str(),
                "over" | "within" | "in" | "during" | "for" | "throughout" | "through" | "into"
            ) {
                return None;
            }
        }
    }
    let expr = match unit_of(g(c, "unit")?.as_str()) {
        Some(Unit::Week) | None => Expr::Null,
        Some(u) => Expr::Anchored { unit: u, n },
    };
    Some(Cand::one(m0.start(), m0.end(), expr, Rule::Anchored))
}

/// The pattern of [`anchored_weekday`].
pub(super) const ANCHORED_WEEKDAY: &str =
    r"\b(?i:the){S}(?P<a>(?i:{anchored}|next)){S}(?P<wd>(?i:{wdfull}))\b";

/// "the following Monday", "the previous Friday".
pub(super) fn anchored_weekday(_: &str, c: &Captures) -> Option<Cand> {
    let m = g0(c)?;
    let n = g(c, "a").and_then(|a| shift_value(a.as_str()))?;
    let wd = g(c, "wd").and_then(|w| LEX.weekday(w.as_str()))?;
    (n != 0).then(|| {
        Cand::one(
            m.start(),
            m.end(),
            Expr::AnchoredWeekday { wd, n },
            Rule::Anchored,
        )
    })
}

/// The pattern of [`that_day`].
pub(super) const THAT_DAY: &str =
    r"\b(?i:that){S}(?:(?i:same){S})?(?P<unit>(?i:day|month|year|week))\b";

/// "that day", "that same year".
pub(super) fn that_day(_: &str, c: &Captures) -> Option<Cand> {
    let m = g0(c)?;
    let expr = match unit_of(g(c, "unit").map_or("", |u| u.as_str())) {
        Some(Unit::Week) | None => Expr::Null,
        Some(u) => Expr::Anchored { unit: u, n: 0 },
    };
    Some(Cand::one(m.start(), m.end(), expr, Rule::Anchored))
}

/// The pattern of [`day_dir`].
pub(super) const DAY_DIR: &str = r"\b(?P<x>(?i:the){S}(?P<unit>(?i:day|night|week|month|year))){S}(?P<dir>(?i:before|after|earlier|later|prior))\b(?P<tail>{S}(?i:yesterday|tomorrow)\b)?";

/// "the day before", "the year after", "the day before yesterday".
pub(super) fn day_dir(text: &str, c: &Captures) -> Option<Cand> {
    let m0 = g0(c)?;
    let dir = g(c, "dir")?.as_str().to_ascii_lowercase();
    let back = matches!(dir.as_str(), "before" | "earlier" | "prior");
    let unit = unit_of(g(c, "unit")?.as_str())?;
    if g(c, "tail").is_some() {
        // handled by the deictic rule ("the day before yesterday")
        return None;
    }
    let closes = matches!(
        char_at(text, m0.end()),
        None | Some('.' | ',' | ';' | ':' | ')' | '"' | '”' | '\n')
    );
    if closes {
        let expr = match unit {
            Unit::Week => Expr::Null,
            u => Expr::Anchored {
                unit: u,
                n: if back { -1 } else { 1 },
            },
        };
        return Some(Cand::one(m0.start(), m0.end(), expr, Rule::Anchored));
    }
    // "a decade ago to the day": an idiom
    if prev_word(text, m0.start()).is_some_and(|(_, w)| w.eq_ignore_ascii_case("to")) {
        return None;
    }
    // "the day before the vote", "the day after Easter": anchored on an event, valued when
    // the event is dated (src/dates/resolve.rs)
    let x = g(c, "x")?;
    let expr = match unit {
        Unit::Week => Expr::Null,
        u => Expr::Event {
            unit: u,
            n: if back { -1 } else { 1 },
            event: m0.end() + (text[m0.end()..].len() - text[m0.end()..].trim_start().len()),
        },
    };
    Some(Cand::one(x.start(), x.end(), expr, Rule::AnchoredEvent))
}

/// The pattern of [`the_day`].
pub(super) const THE_DAY: &str = r"\b(?i:end|ended|ending|ends|finish|finished|finishing|close|closed|closing|later{S}in|late{S}in|earlier{S}in|early{S}in){S}(?P<x>(?i:the){S}(?i:day))\b";

/// "to end the day", "later in the day": the day of the last date.
pub(super) fn the_day(_: &str, c: &Captures) -> Option<Cand> {
    let x = g(c, "x")?;
    let expr = Expr::Anchored {
        unit: Unit::Day,
        n: 0,
    };
    Some(Cand::one(x.start(), x.end(), expr, Rule::Anchored))
}

/// The pattern of [`same_period`].
pub(super) const SAME_PERIOD: &str = r"\b(?i:the){S}(?i:same){S}(?P<unit>(?i:day|week|month|period|quarter|time|season|date)){S}(?:(?i:of|in){S})?(?i:a{S}year{S}(?:ago|earlier|before|previously)|one{S}year{S}(?:ago|earlier|before)|last{S}year|the{S}(?:previous|prior|last|preceding){S}year)\b";

/// "the same month a year ago", "the same period last year".
pub(super) fn same_period(_: &str, c: &Captures) -> Option<Cand> {
    let m = g0(c)?;
    let unit = g(c, "unit").map_or("", |u| u.as_str()).to_ascii_lowercase();
    let expr = match unit.as_str() {
        "day" => Expr::YearEarlier {
            unit: Some(Unit::Day),
        },
        "month" => Expr::YearEarlier {
            unit: Some(Unit::Month),
        },
        "period" | "time" | "date" => Expr::YearEarlier { unit: None },
        _ => Expr::Null,
    };
    Some(Cand::one(m.start(), m.end(), expr, Rule::SamePeriod))
}
