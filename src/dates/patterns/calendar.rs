//! Day, month and year in words: "26 October 2017", "Oct. 26, 2017", "October 2017".
//!
//! In: a regex match of one of this file's patterns (listed in priority order in
//! `patterns/mod.rs`). Out: the candidate date it denotes, or `None` when the context says
//! it is not a date.

use super::captures::Captures;
use super::captures::{g, g0, num, valid, valid_day_month};
use crate::dates::context::{char_at, is_capitalized, is_date_preposition, next_word, prev_word};
use crate::dates::lexicon::{LEX, MonthForm};
use crate::dates::{Cand, Expr, Item};
use crate::rules::Rule;

/// The pattern of [`dmy`].
pub(super) const DMY: &str = r"\b(?:{wd}{SEP})?(?:(?i:the){S})?(?:(?P<d0>{DAYN}){RANGE})?(?P<day>{DAYN})(?:{S}(?i:of))?{S}{mon}(?:{SEP}(?P<year>{YEAR}))?";

pub(super) fn dmy(text: &str, c: &Captures) -> Option<Cand> {
    day_month_year(text, c, true)
}

/// The pattern of [`mdy`].
pub(super) const MDY: &str = r"(?:{wd}{SEP})?\b{mon}{S0}(?P<day>{DAYN})(?:{RANGE}(?P<day2>{DAYN}))?(?:{SEP}(?P<year>{YEAR}))?";

pub(super) fn mdy(text: &str, c: &Captures) -> Option<Cand> {
    day_month_year(text, c, false)
}

/// "26 October 2017", "Oct. 26, 2017", "Saturday, May 18", "26-28 October", "Oct. 26-28".
fn day_month_year(text: &str, c: &Captures, dmy: bool) -> Option<Cand> {
    let m0 = g0(c)?;
    let mon = g(c, "mon")?;
    let (m, form) = LEX.month(mon.as_str())?;
    let d = num(c, "day")? as u32;
    if !valid_day_month(m, d) {
        return None;
    }
    let day = g(c, "day")?;
    // "May 10,000 people", "March 3.5", "at May 10:30": digits go on
    if let Some(ch) = char_at(text, day.end()) {
        if matches!(ch, ',' | '.' | ':')
            && crate::dates::context::char_after_next(text, day.end())
                .is_some_and(|x| x.is_ascii_digit())
        {
            return None;
        }
    }
    // an abbreviation without a period, or an ambiguous name, needs its day right next to it
    // in the usual order; "May 5" is fine, but "Theresa May 5" is not a date
    if form == MonthForm::Ambiguous && !dmy && g(c, "wd").is_none() && g(c, "year").is_none() {
        if let Some((s, w)) = prev_word(text, mon.start()) {
            if is_capitalized(w)
                && !crate::dates::context::at_sentence_start(text, s)
                && !is_date_preposition(w)
                && LEX.weekday(w).is_none()
            {
                return None;
            }
        }
    }
    let wd = g(c, "wd").and_then(|w| LEX.weekday(w.as_str()));
    let year = num(c, "year").map(|y| y as i32);
    let rule = if dmy { Rule::DateDmy } else { Rule::DateMdy };
    let expr_for = |d: u32| match year {
        Some(y) if valid(y, m, d) => Some(Expr::Day { y, m, d }),
        Some(_) => None,
        None => Some(Expr::DayOfMonth { m, d, wd }),
    };
    let mut items = Vec::new();
    let (start, end) = (m0.start(), m0.end());
    if dmy {
        // "26-28 October 2017": the 26 and the rest
        if let Some(d0m) = g(c, "d0") {
            let d0 = num(c, "d0")? as u32;
            if d0 < d && valid_day_month(m, d0) {
                items.push(Item {
                    start: d0m.start(),
                    end: d0m.end(),
                    expr: expr_for(d0)?,
                    rule,
                });
                items.push(Item {
                    start: day.start(),
                    end,
                    expr: expr_for(d)?,
                    rule,
                });
                return Some(Cand { start, end, items });
            }
            // not a range: keep the part from the day on
            items.push(Item {
                start: day.start(),
                end,
                expr: expr_for(d)?,
                rule,
            });
            return Some(Cand {
                start: day.start(),
                end,
                items,
            });
        }
        items.push(Item {
            start,
            end,
            expr: expr_for(d)?,
            rule,
        });
        return Some(Cand { start, end, items });
    }
    if let Some(d2m) = g(c, "day2") {
        let d2 = num(c, "day2")? as u32;
        let glued = text[day.end()..d2m.start()].contains(['-', '–']);
        // "October 26 and 27 people" is not a range
        let next_ok = glued
            || match next_word(text, d2m.end()) {
                None => true,
                Some(w) => g(c, "year").is_some() || is_capitalized(w),
            };
        if d2 > d && valid_day_month(m, d2) && next_ok {
            items.push(Item {
                start,
                end: day.end(),
                expr: expr_for(d)?,
                rule,
            });
            items.push(Item {
                start: d2m.start(),
                end,
                expr: match year {
                    Some(_) => expr_for(d2)?,
                    None => Expr::SameMonth { d: d2 },
                },
                rule,
            });
            return Some(Cand { start, end, items });
        }
        // only the first day
        return Some(Cand::one(start, day.end(), expr_for(d)?, rule));
    }
    Some(Cand::one(start, end, expr_for(d)?, rule))
}

/// The pattern of [`month_year`].
pub(super) const MONTH_YEAR: &str =
    r"\b(?:{pos}(?:-|{S})(?:(?i:of){S})?)?{mon}(?:{SEP}|{S}(?i:of){S})(?P<year>{YEAR})";

/// "May 2015", "October of 2017", "mid-May 2019".
pub(super) fn month_year(_: &str, c: &Captures) -> Option<Cand> {
    let m0 = g0(c)?;
    let (m, _) = LEX.month(g(c, "mon")?.as_str())?;
    let y = num(c, "year")? as i32;
    Some(Cand::one(
        m0.start(),
        m0.end(),
        Expr::Month { y, m },
        Rule::MonthYear,
    ))
}
