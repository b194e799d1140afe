//! Parts of a year or a month: quarters and halves ("the third quarter", "Q3"), "the end of the year", weeks and weekends.
//!
//! In: a regex match of one of this file's patterns (listed in priority order in
//! `patterns/mod.rs`). Out: the candidate date it denotes, or `None` when the context says
//! it is not a date.

use super::captures::Captures;
use super::captures::{g, g0};
use crate::dates::context::{is_date_preposition, prev_word};
use crate::dates::{Cand, Expr, Unit};
use crate::rules::Rule;

/// The pattern of [`quarter`].
pub(super) const QUARTER: &str = r"\b(?:(?i:the){S})?(?P<ord>(?i:{quarter_ords})|[1-4](?:st|nd|rd|th))(?P<hy>-|{S})(?i:quarter|half)\b(?P<tail>{S}(?i:of){S}(?:(?P<year>{YEAR})|(?i:(?:this|last|next|the|that){S}(?:fiscal{S}|financial{S})?year)\b))?";

/// "the third quarter of 2009", "third-quarter", "rose in the fourth quarter" (with money
/// talk around): annotated, no value. Sports quarters are left out.
pub(super) fn quarter(text: &str, c: &Captures) -> Option<Cand> {
    let m = g0(c)?;
    let adjective = g(c, "hy").is_some_and(|h| h.as_str() == "-");
    let business = crate::dates::context::finance_near(text, m.start(), m.end(), 160)
        && prev_word(text, m.start()).is_some_and(|(_, w)| is_date_preposition(w));
    (g(c, "tail").is_some() || adjective || business)
        .then(|| Cand::one(m.start(), m.end(), Expr::Null, Rule::Quarter))
}

/// The pattern of [`quarter_code`].
pub(super) const QUARTER_CODE: &str =
    r"\b(?P<q>Q[1-4]|H[12])\b(?:{S0}(?P<year>['’][0-9]{2}\b|{YEAR}))?";

/// "Q3 2019", "in Q3", "H1 2020".
pub(super) fn quarter_code(text: &str, c: &Captures) -> Option<Cand> {
    let m = g0(c)?;
    let in_prep = prev_word(text, m.start()).is_some_and(|(_, w)| is_date_preposition(w));
    (g(c, "year").is_some() || in_prep)
        .then(|| Cand::one(m.start(), m.end(), Expr::Null, Rule::Quarter))
}

/// The pattern of [`end_of`].
pub(super) const END_OF: &str = r"\b(?P<pre>(?i:(?:at{S})?the{S}(?:end|beginning|start|middle|close|rest|remainder|turn){S}of))(?:{S}(?i:the))?{S}(?P<unit>(?i:year|month|week|decade|century))\b";

/// "the end of the year" (this year), "the start of the month".
pub(super) fn end_of(_: &str, c: &Captures) -> Option<Cand> {
    let m = g0(c)?;
    let unit = g(c, "unit").map_or("", |u| u.as_str()).to_ascii_lowercase();
    let expr = match unit.as_str() {
        "year" => Expr::Deictic {
            unit: Unit::Year,
            n: 0,
        },
        "month" => Expr::Deictic {
            unit: Unit::Month,
            n: 0,
        },
        _ => Expr::Null,
    };
    Some(Cand::one(m.start(), m.end(), expr, Rule::PeriodPart))
}

/// The pattern of [`week_of`].
pub(super) const WEEK_OF: &str = r"\b(?i:the){S}(?:(?:(?i:{ordinals}|past|next|following|previous){S})?(?i:week|weekend){S}(?i:of){S}{mon}(?:{S0}(?P<day>{DAYN}))?(?:{SEP}(?P<year>{YEAR}))?|(?i:last|past){S}(?i:week)\b)";

/// "the first week of March", "the week of March 3", "in the past week": annotated, no value.
pub(super) fn week_of(_: &str, c: &Captures) -> Option<Cand> {
    let m = g0(c)?;
    Some(Cand::one(m.start(), m.end(), Expr::Null, Rule::Week))
}

/// The pattern of [`weekend`].
pub(super) const WEEKEND: &str =
    r"\b(?P<x>(?i:the){S}(?:(?:{holidays}|(?i:long|holiday|bank{S}holiday)){S})?weekend)\b";

/// "over the weekend", "during the weekend", "over the Easter weekend", "the long weekend":
/// annotated, no value ("the Canada Day long weekend" keeps its holiday).
pub(super) fn weekend(text: &str, c: &Captures) -> Option<Cand> {
    let x = g(c, "x")?;
    let prep = prev_word(text, x.start()).is_some_and(|(_, w)| {
        matches!(
            w.to_lowercase().as_str(),
            "over"
                | "during"
                | "at"
                | "on"
                | "through"
                | "throughout"
                | "until"
                | "till"
                | "by"
                | "since"
                | "before"
                | "after"
        )
    });
    prep.then(|| Cand::one(x.start(), x.end(), Expr::Null, Rule::Week))
}
