//! The date patterns: one file per family of expressions, each pattern beside the handler
//! that says what its match denotes; this file keeps their priority order and runs them.
//!
//! In: the text and a byte range. Out: every candidate date of the range (overlapping
//! candidates included; `dates::select` picks among them).
//!
//! A date never spans a line break (the patterns' spaces are `[ \t\u{a0}]`), so the text is
//! scanned line by line, and a [`RegexSet`] of all the patterns first says which of them
//! match in the line: only those run their capturing search there (most lines hold no date,
//! and a line with one date rarely matches more than a few patterns).
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
use captures::{all_captures, g0};
use regex::{Captures, Regex, RegexSet};
use std::cell::OnceCell;
use std::ops::Range;
use std::sync::LazyLock;

/// What a match of a pattern denotes (None: not a date after all).
type Handler = fn(&str, &Captures) -> Option<Cand>;

struct Patterns {
    /// The patterns in priority order (a tie between equally long matches goes to the first).
    rules: Vec<(Regex, Handler)>,
    /// Names that hold a date word ("Mail on Sunday"): no date inside them.
    names: Regex,
    /// `rules` then `names`, all at once: which of them match in a line.
    any: RegexSet,
}

/// The patterns in priority order (a tie between equally long matches goes to the first).
const RULES: &[(&str, Handler)] = &[
    (calendar::DMY, calendar::dmy),
    (calendar::MDY, calendar::mdy),
    (calendar::MONTH_YEAR, calendar::month_year),
    (digits::ISO, digits::iso),
    (digits::NUMERIC, digits::numeric),
    (years::YEAR, years::year),
    (years::DECADE, years::decade),
    (years::DECADE_WORD, years::decade_word),
    (years::CENTURY, years::century),
    (periods::QUARTER, periods::quarter),
    (periods::QUARTER_CODE, periods::quarter_code),
    (relative::SHIFT_UNIT, relative::shift_unit),
    (periods::END_OF, periods::end_of),
    (anchored::ANCHORED, anchored::anchored),
    (anchored::ANCHORED_WEEKDAY, anchored::anchored_weekday),
    (anchored::THAT_DAY, anchored::that_day),
    (anchored::DAY_DIR, anchored::day_dir),
    (relative::AGO, relative::ago),
    (relative::DEICTIC, relative::deictic),
    (named::WEEKDAY, named::weekday),
    (named::MONTH, named::month),
    (named::SEASON, named::season),
    (named::HOLIDAY, named::holiday),
    (anchored::THE_DAY, anchored::the_day),
    (anchored::SAME_PERIOD, anchored::same_period),
    (periods::WEEKEND, periods::weekend),
    (years::SHORT_YEAR, years::short_year),
    (periods::WEEK_OF, periods::week_of),
];

/// Names that hold a date word ("Mail on Sunday", "Good Friday Agreement").
const NAMES: &str = r"\b(?:{names})\b";

static P: LazyLock<Patterns> = LazyLock::new(|| {
    let v = vocabulary::vocabulary();
    let rules: Vec<(Regex, Handler)> = RULES
        .iter()
        .map(|&(pattern, handler)| (template::re(&v, pattern), handler))
        .collect();
    let names = template::re(&v, NAMES);
    let any = RegexSet::new(
        rules
            .iter()
            .map(|(r, _)| r.as_str())
            .chain([names.as_str()]),
    )
    .expect("the date patterns compile as a set");
    Patterns { rules, names, any }
});

/// The lines of `range` (without their line break), blank ones left out.
fn lines(text: &str, range: Range<usize>) -> impl Iterator<Item = Range<usize>> + '_ {
    let mut pos = range.start;
    text[range.clone()].split('\n').filter_map(move |line| {
        let start = pos;
        pos += line.len() + 1;
        (!line.trim_ascii().is_empty()).then_some(start..start + line.len())
    })
}

/// Scans `range` of `text` for date expressions (overlapping candidates included), in
/// pattern order, each pattern's in text order. `month_names` holds the months the whole
/// text uses as names ("Theresa May"), found on first need: a caller scanning several ranges
/// of one text passes the same cell.
pub(crate) fn scan(text: &str, range: Range<usize>, month_names: &OnceCell<Vec<u32>>) -> Vec<Cand> {
    let p = &*P;
    let mut by_rule: Vec<Vec<Cand>> = vec![Vec::new(); p.rules.len()];
    let mut names: Vec<(usize, usize)> = Vec::new();
    for line in lines(text, range.clone()) {
        // the haystack ends with the line: what follows it (a line break or the end of the
        // text) is no word character either way
        let hay = &text[..line.end];
        for i in p.any.matches_at(hay, line.start).iter() {
            let Some((r, handler)) = p.rules.get(i) else {
                names.extend(
                    all_captures(&p.names, hay, line.start)
                        .iter()
                        .filter_map(|c| g0(c).map(|m| (m.start(), m.end()))),
                );
                continue;
            };
            for c in all_captures(r, hay, line.start) {
                if let Some(cand) = handler(text, &c) {
                    by_rule[i].push(cand);
                }
            }
        }
    }
    let mut out: Vec<Cand> = by_rule.into_iter().flatten().collect();
    // "in May" in a story about Theresa May: the name, not the month
    if out.iter().any(|c| c.items[0].rule == Rule::Month) {
        let names = month_names.get_or_init(|| crate::dates::context::months_used_as_names(text));
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
        crate::dates::select(scan(text, 0..text.len(), &OnceCell::new()))
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
