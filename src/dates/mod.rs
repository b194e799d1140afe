//! Dates: every date expression of an article, resolved to a calendar value.
//!
//! The pipeline, linear in the length of the text:
//! 1. [`patterns`] scans the text with a fixed set of regexes (built once from the lexicon in
//!    `data/en/date_*.tsv`, see [`lexicon`]) into candidate expressions ([`Expr`]): absolute
//!    dates ("26 October 2017", "2017-10-26"), numeric dates ("26/10/2017"), years, decades,
//!    months, weekdays, deictic words ("yesterday"), shifted units ("last month"), counted
//!    offsets ("three days ago"), anchored expressions ("the previous day"), holidays...
//!    Context checks ([`context`]) drop non-dates: "May" the verb or name, "Sunday Times",
//!    "Flight 2017", "2017 people", phone numbers, ages ("in his 50s").
//! 2. Overlapping candidates are reduced to the longest ones.
//! 3. [`generic`] makes the bare months and days of habitual clauses generic ("usually runs
//!    from November to April"); [`numeric`] decides the day/month order of numeric dates from the article's own
//!    conventions (impossible values, how it writes dates in words).
//! 4. [`resolve`] turns each expression into a value against the published date (weekdays
//!    and bare months by the tense of their clause) or against the last date mentioned
//!    ("the previous day"). Without a published date, relative expressions stay null.
//!
//! [`dateline_date`] finds a date in a dateline or byline at the top of the text
//! ("BEIJING, Oct. 2, 2022 (Xinhua) --", "Published: 20 November 2019").

mod context;
mod dateline;
mod generic;
pub(crate) mod lexicon;
mod numeric;
mod patterns;
mod resolve;

use crate::report::{DateMention, Span};
use crate::rules::Rule;
use crate::text::Document;
use chrono::{NaiveDate, Weekday};
use lexicon::HolidayRule;

pub use dateline::{dateline_date, dateline_date_in};

/// A calendar unit of a relative expression.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Unit {
    Day,
    Week,
    Month,
    Year,
}

/// What a date expression denotes, before resolution.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Expr {
    /// A full calendar date.
    Day { y: i32, m: u32, d: u32 },
    /// A month of a year.
    Month { y: i32, m: u32 },
    /// A year.
    Year { y: i32 },
    /// A day of a month, the year from the context ("Oct. 26"); `wd` a weekday written with it.
    DayOfMonth { m: u32, d: u32, wd: Option<Weekday> },
    /// A month without a year: `shift` -1 "last June", 0 "this June", 1 "next June", None by
    /// the tense of the clause.
    MonthName { m: u32, shift: Option<i32> },
    /// A weekday: `shift` as for months.
    Weekday { wd: Weekday, shift: Option<i32> },
    /// `n` units from the published date ("yesterday", "last month", "three days ago").
    Deictic { unit: Unit, n: i32 },
    /// `n` units from the last date mentioned ("the previous day", "a year later").
    Anchored { unit: Unit, n: i32 },
    /// The first weekday after (`n` = 1) or before (-1) the last date mentioned ("the
    /// following Monday").
    AnchoredWeekday { wd: Weekday, n: i32 },
    /// A numeric date whose day/month order is decided later.
    Numeric { a: u32, b: u32, y: i32 },
    /// A named day ("Christmas", "Good Friday"), in year `y` or by tense.
    Holiday { rule: HolidayRule, y: Option<i32> },
    /// `n` units from an event named after it ("the day after Easter", "the day before the
    /// vote"): `event` is where the event's words begin; valued when the event is a date or
    /// is dated elsewhere in the article ("the vote on March 3", "Sunday's vote").
    Event { unit: Unit, n: i32, event: usize },
    /// The same period a year before the last date mentioned ("the same month a year ago",
    /// "the same period last year"), at the precision of `unit` (None: the last date's).
    YearEarlier { unit: Option<Unit> },
    /// The second day of a range ("Oct. 26-28": the 28), in the month of the item before.
    SameMonth { d: u32 },
    /// Annotated, but without a calendar value (weeks, decades, seasons, habitual uses...).
    Null,
}

/// One date expression found in the text.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Item {
    pub start: usize,
    pub end: usize,
    pub expr: Expr,
    pub rule: Rule,
}

/// A match of one pattern: one item, or two for a range ("Oct. 26-28").
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Cand {
    pub start: usize,
    pub end: usize,
    pub items: Vec<Item>,
}

impl Cand {
    #[inline(never)]
    pub fn one(start: usize, end: usize, expr: Expr, rule: Rule) -> Self {
        Cand {
            start,
            end,
            items: vec![Item {
                start,
                end,
                expr,
                rule,
            }],
        }
    }
}

/// Keeps the longest candidates: longer first, then earlier; an overlapping shorter one is
/// dropped. Returns the items in text order.
fn select(cands: Vec<Cand>) -> Vec<Item> {
    // longest first, then leftmost, then in pattern order
    let mut order: Vec<(usize, usize, usize)> = cands
        .iter()
        .enumerate()
        .map(|(i, c)| (usize::MAX - (c.end - c.start), c.start, i))
        .collect();
    order.sort_unstable();
    let mut cands: Vec<Option<Cand>> = cands.into_iter().map(Some).collect();
    let mut kept: Vec<(usize, usize)> = Vec::new(); // sorted by start
    let mut items = Vec::new();
    for (_, _, i) in order {
        let Some(c) = cands[i].take() else {
            continue;
        };
        let i = kept.partition_point(|&(s, _)| s < c.start);
        let clash_next = kept.get(i).is_some_and(|&(s, _)| s < c.end);
        let clash_prev = i > 0 && kept[i - 1].1 > c.start;
        if clash_next || clash_prev {
            continue;
        }
        kept.insert(i, (c.start, c.end));
        items.extend(c.items);
    }
    items.sort_unstable_by_key(|it| (it.start, it.end));
    items
}

/// The candidate date expressions of a whole text: every match of every pattern, overlapping
/// ones included, before any choice. Scanned once and shared by the dateline and [`extract_from`]
/// (a date never spans a line break, so the candidates of a line are those of the text
/// inside it).
pub struct Candidates {
    cands: Vec<Cand>,
}

/// Scans the text of `doc` for date candidates.
pub fn candidates(doc: &Document) -> Candidates {
    let text = doc.text;
    Candidates {
        cands: patterns::scan(text, 0..text.len()),
    }
}

impl Candidates {
    /// The items chosen among the candidates inside `range` (see [`select`]).
    fn select_in(&self, range: std::ops::Range<usize>) -> Vec<Item> {
        select(
            self.cands
                .iter()
                .filter(|c| c.start >= range.start && c.end <= range.end)
                .cloned()
                .collect(),
        )
    }
}

/// Finds every date expression; relative ones are resolved against `published` (none is
/// resolved without it). Sorted by start, non-overlapping.
pub fn extract(doc: &Document, published: Option<NaiveDate>) -> Vec<DateMention> {
    extract_from(doc, candidates(doc), published)
}

/// [`extract`] from the candidates already scanned.
pub fn extract_from(
    doc: &Document,
    candidates: Candidates,
    published: Option<NaiveDate>,
) -> Vec<DateMention> {
    let text = doc.text;
    let mut items = select(candidates.cands);
    generic::mark_habitual(text, &mut items);
    let order = numeric::day_month_order(text, &items);
    let resolved = resolve::resolve(doc, &items, published, order);
    let (items, resolved) = join_relative_year(text, items, resolved);
    items
        .iter()
        .zip(resolved)
        .map(|(it, r)| DateMention {
            span: Span::new(text, it.start, it.end),
            value: r.value,
            precision: r.precision,
            relative: r.relative,
            anchor: r.anchor,
            rule: match r.decided_by {
                Some(d) => format!("{}+{}", it.rule.id(), d.id()),
                None => it.rule.id().to_string(),
            },
        })
        .collect()
}

/// A month or a day-month followed by a year relative to publication ("March next year",
/// "June 5 last year"): one date, the month's value (its year read from the words after it
/// by `resolve`).
fn join_relative_year(
    text: &str,
    items: Vec<Item>,
    resolved: Vec<resolve::Resolved>,
) -> (Vec<Item>, Vec<resolve::Resolved>) {
    let joins = |a: &Item, b: &Item| {
        matches!(
            a.expr,
            Expr::MonthName { shift: None, .. } | Expr::DayOfMonth { .. }
        ) && matches!(
            b.expr,
            Expr::Deictic {
                unit: Unit::Year,
                ..
            }
        ) && b.rule == Rule::RelativeUnit
            && text.get(a.end..b.start) == Some(" ")
    };
    if !items.windows(2).any(|w| joins(&w[0], &w[1])) {
        return (items, resolved);
    }
    let mut out_items: Vec<Item> = Vec::with_capacity(items.len());
    let mut out_res: Vec<resolve::Resolved> = Vec::with_capacity(items.len());
    let mut skip = false;
    for (k, (it, r)) in items.iter().zip(resolved).enumerate() {
        if skip {
            skip = false;
            continue;
        }
        match items.get(k + 1) {
            Some(next) if joins(it, next) => {
                let mut joined = it.clone();
                joined.end = next.end;
                joined.rule = Rule::MonthRelativeYear;
                out_items.push(joined);
                out_res.push(resolve::Resolved {
                    relative: true,
                    ..r
                });
                skip = true;
            }
            _ => {
                out_items.push(it.clone());
                out_res.push(r);
            }
        }
    }
    (out_items, out_res)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// (span text, value) of every date found.
    pub(crate) fn run(text: &str, published: Option<&str>) -> Vec<(String, Option<String>)> {
        let doc = Document::new(text);
        let p = published.map(|p| crate::parse_published(p).unwrap());
        extract(&doc, p)
            .into_iter()
            .map(|d| (d.span.text, d.value))
            .collect()
    }

    fn pairs(v: &[(&str, Option<&str>)]) -> Vec<(String, Option<String>)> {
        v.iter()
            .map(|(a, b)| (a.to_string(), b.map(str::to_string)))
            .collect()
    }

    #[test]
    fn absolute_forms() {
        assert_eq!(
            run(
                "On 26 October 2017, and on Oct. 26, 2017, and in May 2015, on 2017-10-26.",
                None
            ),
            pairs(&[
                ("26 October 2017", Some("2017-10-26")),
                ("Oct. 26, 2017", Some("2017-10-26")),
                ("May 2015", Some("2015-05")),
                ("2017-10-26", Some("2017-10-26")),
            ])
        );
    }

    #[test]
    fn a_month_and_a_relative_year_are_one_date() {
        assert_eq!(
            run(
                "A pump station will be commissioned by March next year.",
                Some("2023-09-26")
            ),
            pairs(&[("March next year", Some("2024-03"))])
        );
        // not across a comma: "in March, last year's plan ..."
        assert_eq!(
            run("It opened in March, last year.", Some("2023-09-26")).len(),
            2
        );
    }

    #[test]
    fn relative_forms_need_an_anchor() {
        assert_eq!(
            run("The source told SANA on Sunday.", Some("2017-10-30")),
            pairs(&[("Sunday", Some("2017-10-29"))])
        );
        assert_eq!(
            run("The source told SANA on Sunday.", None),
            pairs(&[("Sunday", None)])
        );
    }

    #[test]
    fn longest_candidate_wins() {
        // the weekday and the bare day-month are inside the full date
        assert_eq!(
            run("It happened on Saturday, May 18, 2019.", None),
            pairs(&[("Saturday, May 18, 2019", Some("2019-05-18"))])
        );
    }

    #[test]
    fn sorted_and_non_overlapping_on_junk() {
        for text in [
            "",
            "\u{0}\u{0}May",
            "🎉‍👩 2017 🎉",
            "in May May May 2019-2019-2019 1/1/1/1/2020",
            "the the the 1990s'90s'",
            "March\n\n26 October",
        ] {
            let doc = Document::new(text);
            let v = extract(&doc, NaiveDate::from_ymd_opt(2020, 1, 1));
            for w in v.windows(2) {
                assert!(w[0].span.end <= w[1].span.start, "{text:?}: {v:?}");
            }
        }
    }
}
