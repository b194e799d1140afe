//! The date patterns: one file per family of expressions, each pattern beside the handler
//! that says what its match denotes; this file keeps their priority order and runs them.
//!
//! In: the text and a byte range. Out: every candidate date of the range (overlapping
//! candidates included; `dates::select` picks among them).
//!
//! - `template.rs` (fragments, `{name}` expansion, compilation) and `vocabulary.rs` (the
//!   fragments built from the lexicon); `captures.rs` (helpers of the handlers);
//! - `calendar.rs`, `digits.rs`, `years.rs`, `periods.rs`, `relative.rs`, `anchored.rs`,
//!   `named.rs`: the patterns and their handlers.

mod anchored;
mod calendar;
mod captures;
mod digits;
mod named;
mod periods;
mod relative;
mod template;
mod vocabulary;
mod years;

use super::lexicon::LEX;
use super::{Cand, Expr};
use crate::rules::Rule;
use captures::Captures;
use captures::{all_captures, g0};
use regex_automata::meta::Regex;
use std::ops::Range;
use std::sync::LazyLock;

/// What a match of a pattern denotes (None: not a date after all).
type Handler = fn(&str, &Captures) -> Option<Cand>;

struct Patterns {
    /// The patterns in priority order (a tie between equally long matches goes to the first).
    rules: Vec<(Regex, Handler)>,
    /// Names that hold a date word ("Mail on Sunday"): no date inside them.
    names: Regex,
}

/// The patterns in priority order (a tie between equally long matches goes to the first),
/// and whether each may use a literal prefilter: only where it made the search faster on
/// the LGL news corpus (the others compile faster without one; see `template::re`).
const RULES: &[(&str, Handler, bool)] = &[
    (calendar::DMY, calendar::dmy, false),
    (calendar::MDY, calendar::mdy, false),
    (calendar::MONTH_YEAR, calendar::month_year, false),
    (digits::ISO, digits::iso, true),
    (digits::NUMERIC, digits::numeric, true),
    (years::YEAR, years::year, false),
    (years::DECADE, years::decade, true),
    (years::DECADE_WORD, years::decade_word, false),
    (years::CENTURY, years::century, false),
    (periods::QUARTER, periods::quarter, false),
    (periods::QUARTER_CODE, periods::quarter_code, true),
    (relative::SHIFT_UNIT, relative::shift_unit, false),
    (periods::END_OF, periods::end_of, false),
    (anchored::ANCHORED, anchored::anchored, true),
    (anchored::ANCHORED_WEEKDAY, anchored::anchored_weekday, true),
    (anchored::THAT_DAY, anchored::that_day, true),
    (anchored::DAY_DIR, anchored::day_dir, true),
    (relative::AGO, relative::ago, false),
    (relative::DEICTIC, relative::deictic, false),
    (named::WEEKDAY, named::weekday, false),
    (named::MONTH, named::month, false),
    (named::SEASON, named::season, false),
    (named::HOLIDAY, named::holiday, false),
    (anchored::THE_DAY, anchored::the_day, true),
    (anchored::SAME_PERIOD, anchored::same_period, true),
    (periods::WEEKEND, periods::weekend, true),
    (years::SHORT_YEAR, years::short_year, false),
    (periods::WEEK_OF, periods::week_of, true),
];

/// Names that hold a date word ("Mail on Sunday", "Good Friday Agreement").
const NAMES: &str = r"\b(?:{names})\b";

static P: LazyLock<Patterns> = LazyLock::new(|| {
    let v = vocabulary::vocabulary();
    Patterns {
        rules: RULES
            .iter()
            .map(|&(pattern, handler, prefilter)| (template::re(&v, pattern, prefilter), handler))
            .collect(),
        names: template::re(&v, NAMES, true),
    }
});

/// Scans `range` of `text` for date expressions (overlapping candidates included).
pub(crate) fn scan(text: &str, range: Range<usize>) -> Vec<Cand> {
    let p = &*P;
    let hay = &text[..range.end];
    let mut out = Vec::new();
    for (r, handler) in &p.rules {
        for c in all_captures(r, hay, range.start) {
            if let Some(cand) = handler(text, &c) {
                out.push(cand);
            }
        }
    }
    // "in May" in a story about Theresa May: the name, not the month
    if out.iter().any(|c| c.items[0].rule == Rule::Month) {
        let names = crate::dates::context::months_used_as_names(text);
        if !names.is_empty() {
            out.retain(|c| match c.items[0].expr {
                Expr::MonthName { m, shift: None } if c.items[0].rule == Rule::Month => {
                    let bare = LEX.month(&text[c.start..c.end]).is_some();
                    !(bare && names.contains(&m))
                }
                _ => true,
            });
        }
    }
    // names that hold a date word: "Mail on Sunday", "Good Friday Agreement"
    // (matches come in text order and do not overlap: ends are sorted too)
    let names: Vec<(usize, usize)> = all_captures(&p.names, hay, range.start)
        .iter()
        .filter_map(|c| g0(c).map(|m| (m.start(), m.end())))
        .collect();
    out.retain(|c| {
        // the first name ending after the candidate's start is the only one that can overlap
        let i = names.partition_point(|&(_, e)| e <= c.start);
        c.start >= range.start
            && c.end <= range.end
            && names.get(i).is_none_or(|&(s, _)| s >= c.end)
    });
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn exprs(text: &str) -> Vec<(String, Expr)> {
        crate::dates::select(scan(text, 0..text.len()))
            .into_iter()
            .map(|i| (text[i.start..i.end].to_string(), i.expr))
            .collect()
    }

    #[test]
    fn ranges_split_in_two() {
        let v = exprs("Talks on Oct. 26-28 and on 5-7 May 2019.");
        let spans: Vec<&str> = v.iter().map(|(s, _)| s.as_str()).collect();
        assert_eq!(spans, vec!["Oct. 26", "28", "5", "7 May 2019"]);
        assert_eq!(v[1].1, Expr::SameMonth { d: 28 });
        assert_eq!(
            v[2].1,
            Expr::Day {
                y: 2019,
                m: 5,
                d: 5
            }
        );
    }

    #[test]
    fn year_ranges() {
        let v = exprs("the pandemic of 2009-2010 and the expedition of 1957-58.");
        let got: Vec<(&str, &Expr)> = v.iter().map(|(s, e)| (s.as_str(), e)).collect();
        assert_eq!(
            got,
            vec![
                ("2009", &Expr::Year { y: 2009 }),
                ("2010", &Expr::Year { y: 2010 }),
                ("1957", &Expr::Year { y: 1957 }),
                ("58", &Expr::Year { y: 1958 }),
            ]
        );
    }

    #[test]
    fn null_valued_expressions() {
        for t in [
            "the early 1990s",
            "the late sixties",
            "the '90s",
            "the 20th century",
            "last weekend",
            "this week",
            "last summer",
            "the third quarter of 2009",
            "every Sunday",
            "Profit rose 5% in the fourth quarter",
        ] {
            let v = exprs(t);
            assert_eq!(v.len(), 1, "{t}: {v:?}");
            assert!(t.ends_with(&v[0].0), "{t}");
            assert_eq!(v[0].1, Expr::Null, "{t}");
        }
    }

    #[test]
    fn no_dates_in_these() {
        for t in [
            "She may come, and they march on.",
            "Prime Minister Theresa May said so.",
            "The Sunday Times reported it.",
            "The score was 3-1 at half time.",
            "Call 555-2017 or (202) 555-0199.",
            "at 10 a.m. sharp",
            "2,017 people and 2017 people",
            "about 2000 troops",
            "open 24/7, a 3/4 majority",
            "Raqqa 24 and Fox 5 reported",
            "in his 50s",
            "Sun and Sat are short words",
            "USA Today said",
        ] {
            assert_eq!(exprs(t), vec![], "{t}");
        }
    }
}
