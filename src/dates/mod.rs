//! Dates: absolute and relative date expressions, resolved to calendar values.
//!
//! First version: absolute day/month/year forms, month + year, bare years after a
//! preposition, weekdays and yesterday/today/tomorrow resolved against the published date.

use crate::report::{DateMention, Precision, Span};
use crate::text::Document;
use chrono::{Datelike, Duration, NaiveDate, Weekday};
use regex::Regex;
use std::sync::LazyLock;

const MONTHS: &str = r"(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)";

static ABSOLUTE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"\b(?:(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<m1>{MONTHS})(?:,?\s+(?P<y1>\d{{4}}))?|(?P<m2>{MONTHS})\s+(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+(?P<y2>\d{{4}}))?|(?P<m3>{MONTHS})\s+(?P<y3>\d{{4}})|(?P<iy>\d{{4}})-(?P<im>\d{{2}})-(?P<id>\d{{2}}))\b"
    ))
    .expect("date regex")
});

static RELATIVE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(?:(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|(?P<rel>yesterday|today|tomorrow))\b")
        .expect("relative regex")
});

static YEAR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(?:in|since|until|by|of|from|during|before|after) (?P<y>(?:1[89]|20)\d\d)\b")
        .expect("year regex")
});

fn month_number(s: &str) -> Option<u32> {
    let s = s.trim_end_matches('.').to_ascii_lowercase();
    const NAMES: [&str; 12] = [
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
    ];
    NAMES
        .iter()
        .position(|n| s.starts_with(n))
        .map(|i| i as u32 + 1)
}

fn weekday(s: &str) -> Option<Weekday> {
    s.parse::<Weekday>().ok()
}

/// The most recent `wd` on or before `anchor` (news usage: "on Sunday" = the last Sunday).
fn previous_weekday(anchor: NaiveDate, wd: Weekday) -> NaiveDate {
    let back = (anchor.weekday().num_days_from_monday() + 7 - wd.num_days_from_monday()) % 7;
    anchor - Duration::days(back as i64)
}

fn ymd(y: i32, m: u32, d: u32) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(y, m, d)
}

/// Finds every date expression; relative ones are resolved against `published`.
pub fn extract(doc: &Document, published: Option<NaiveDate>) -> Vec<DateMention> {
    let text = doc.text;
    let mut out: Vec<DateMention> = Vec::new();
    let anchor = published.map(|d| d.format("%Y-%m-%d").to_string());
    for c in ABSOLUTE.captures_iter(text) {
        let m = c.get(0).expect("match");
        let g = |n: &str| c.name(n).map(|x| x.as_str());
        let (value, precision, rule) = if let (Some(d), Some(mo)) = (g("d1"), g("m1")) {
            day_value(g("y1"), mo, d, published, "day-month-year")
        } else if let (Some(mo), Some(d)) = (g("m2"), g("d2")) {
            day_value(g("y2"), mo, d, published, "month-day-year")
        } else if let (Some(mo), Some(y)) = (g("m3"), g("y3")) {
            let v = month_number(mo).map(|m| format!("{y}-{m:02}"));
            (v, Some(Precision::Month), "month-year")
        } else {
            let (y, mo, d) = (g("iy"), g("im"), g("id"));
            let v = match (y, mo, d) {
                (Some(y), Some(mo), Some(d)) => y
                    .parse()
                    .ok()
                    .zip(mo.parse().ok())
                    .zip(d.parse().ok())
                    .and_then(|((y, m), d)| ymd(y, m, d)),
                _ => None,
            };
            match v {
                Some(v) => (
                    Some(v.format("%Y-%m-%d").to_string()),
                    Some(Precision::Day),
                    "iso",
                ),
                None => continue,
            }
        };
        // "May" as a verb: require a day or year next to it (the regex does)
        let relative = rule.ends_with("-noyear");
        out.push(DateMention {
            span: Span::new(text, m.start(), m.end()),
            value,
            precision,
            relative,
            anchor: if relative { anchor.clone() } else { None },
            rule: rule.to_string(),
        });
    }
    for c in RELATIVE.captures_iter(text) {
        let m = c.get(0).expect("match");
        let (value, rule) = if let Some(wd) = c.name("wd") {
            let v = published
                .zip(weekday(wd.as_str()))
                .map(|(p, w)| previous_weekday(p, w));
            (v, "weekday")
        } else {
            let word = c.name("rel").map_or("", |x| x.as_str());
            let delta = match word {
                "yesterday" => -1,
                "tomorrow" => 1,
                _ => 0,
            };
            (published.map(|p| p + Duration::days(delta)), "deictic")
        };
        out.push(DateMention {
            span: Span::new(text, m.start(), m.end()),
            value: value.map(|v| v.format("%Y-%m-%d").to_string()),
            precision: value.map(|_| Precision::Day),
            relative: true,
            anchor: anchor.clone(),
            rule: rule.to_string(),
        });
    }
    for c in YEAR.captures_iter(text) {
        let y = c.name("y").expect("year group");
        out.push(DateMention {
            span: Span::new(text, y.start(), y.end()),
            value: Some(y.as_str().to_string()),
            precision: Some(Precision::Year),
            relative: false,
            anchor: None,
            rule: "preposition-year".to_string(),
        });
    }
    dedupe_overlaps(&mut out);
    out
}

fn day_value(
    year: Option<&str>,
    month: &str,
    day: &str,
    published: Option<NaiveDate>,
    rule: &'static str,
) -> (Option<String>, Option<Precision>, &'static str) {
    let m = month_number(month);
    let d: Option<u32> = day.parse().ok();
    match year {
        Some(y) => {
            let v = y
                .parse()
                .ok()
                .zip(m)
                .zip(d)
                .and_then(|((y, m), d)| ymd(y, m, d));
            (
                v.map(|v| v.format("%Y-%m-%d").to_string()),
                Some(Precision::Day),
                rule,
            )
        }
        None => {
            // year taken from the published date
            let v = published
                .zip(m)
                .zip(d)
                .and_then(|((p, m), d)| ymd(p.year(), m, d));
            let rule = if rule == "day-month-year" {
                "day-month-noyear"
            } else {
                "month-day-noyear"
            };
            (
                v.map(|v| v.format("%Y-%m-%d").to_string()),
                Some(Precision::Day),
                rule,
            )
        }
    }
}

/// Sorts by position and drops mentions overlapping an earlier, longer one.
fn dedupe_overlaps(out: &mut Vec<DateMention>) {
    out.sort_by_key(|d| (d.span.start, std::cmp::Reverse(d.span.end)));
    let mut kept: Vec<DateMention> = Vec::with_capacity(out.len());
    for d in out.drain(..) {
        if kept.last().is_some_and(|k| d.span.start < k.span.end) {
            continue;
        }
        kept.push(d);
    }
    *out = kept;
}

/// A date in a dateline at the start of the text ("MOSCOW, Dec. 1 (AP) —"): used as the
/// published date when none is given.
pub fn dateline_date(doc: &Document) -> Option<NaiveDate> {
    let _ = doc;
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(text: &str, published: Option<&str>) -> Vec<(String, Option<String>)> {
        let doc = Document::new(text);
        let p = published.map(|p| crate::parse_published(p).unwrap());
        extract(&doc, p)
            .into_iter()
            .map(|d| (d.span.text, d.value))
            .collect()
    }

    #[test]
    fn absolute_forms() {
        assert_eq!(
            run(
                "On 26 October 2017, and on Oct. 26, 2017, and in May 2015.",
                None
            ),
            vec![
                ("26 October 2017".into(), Some("2017-10-26".into())),
                ("Oct. 26, 2017".into(), Some("2017-10-26".into())),
                ("May 2015".into(), Some("2015-05".into())),
            ]
        );
    }

    #[test]
    fn relative_forms_need_an_anchor() {
        assert_eq!(
            run("The source told SANA on Sunday.", Some("2017-10-30")),
            vec![("Sunday".into(), Some("2017-10-29".into()))]
        );
        assert_eq!(
            run("The source told SANA on Sunday.", None),
            vec![("Sunday".into(), None)]
        );
    }
}
