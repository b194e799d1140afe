//! Datelines and bylines: the date an article carries at its top ("BEIJING, Oct. 2, 2022
//! (Xinhua) --", "MOSCOW, February 27, 2022. /TASS/.", "Published: 20 November 2019",
//! "By Jane Doe | March 3, 2019", a line holding only "June 8, 2010"). Used as the
//! published date when the caller gives none. A dateline without a year ("Oct. 2") gives
//! nothing: the year would be a guess.

use super::{Candidates, Expr, candidates};
use crate::text::Document;
use chrono::NaiveDate;
use regex::Regex;
use std::sync::LazyLock;

/// How many non-empty lines from the top are read, and how far at most.
const MAX_LINES: usize = 8;
const MAX_BYTES: usize = 3000;

/// A label before the date: "Published:", "Updated 10:32 AM ET,", "Posted on".
static LABEL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)\b(?:published|updated|posted|last\s+updated|first\s+published|dated?|issued|released|modified|created)\b",
    )
    .expect("label regex")
});

/// A dateline's place in capitals, with an optional region and agency: "BEIJING, ",
/// "WASHINGTON, D.C. (AP) — ", "NEW YORK (Reuters) ".
static CITY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^[\p{Lu}][\p{Lu}\p{M}\-'’. ]{1,40}(?:,[ \t]*[\p{L}][\p{L}.\- ]{1,30})?(?:[ \t]*\([^)\n]{1,40}\))?[ \t]*[,–—-]?[ \t]*$",
    )
    .expect("city regex")
});

/// The same with the place in Title case ("New Delhi, "): only when an agency or a dash
/// follows the date.
static TITLE_CITY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^[\p{Lu}][\p{L}\p{M}\-'’.]{1,25}(?:[ \t][\p{Lu}][\p{L}\p{M}\-'’.]{0,25}){0,3}(?:,[ \t]*[\p{Lu}][\p{L}.\- ]{1,30})?[ \t]*,[ \t]*$",
    )
    .expect("title city regex")
});

/// A byline: "By Jane Doe |", "By Jane Doe, Reuters -".
static BYLINE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^By\s.{1,80}?[|•·,–—-]\s*$").expect("byline regex"));

/// The date of the dateline or byline at the top of the text, if any.
pub fn dateline_date(doc: &Document) -> Option<NaiveDate> {
    dateline_date_in(doc, &candidates(doc))
}

/// [`dateline_date`] among the date candidates of the text, already scanned.
pub fn dateline_date_in(doc: &Document, candidates: &Candidates) -> Option<NaiveDate> {
    let text = doc.text;
    let mut lines = 0;
    for p in &doc.paragraphs {
        let mut pos = p.start;
        for line in text[p.clone()].split('\n') {
            let range = pos..pos + line.len();
            pos += line.len() + 1;
            if range.start >= MAX_BYTES {
                return None;
            }
            if line.trim().is_empty() {
                continue;
            }
            lines += 1;
            if lines > MAX_LINES {
                return None;
            }
            if let Some(d) = line_date(text, range, candidates) {
                return Some(d);
            }
        }
    }
    None
}

fn line_date(
    text: &str,
    range: std::ops::Range<usize>,
    candidates: &Candidates,
) -> Option<NaiveDate> {
    let line = &text[range.clone()];
    // only a full date counts, and every full date has a year in digits ("2022", "2022-10-02"):
    // a line without a digit is not scanned (most lines at the top have none)
    if !line.bytes().any(|b| b.is_ascii_digit()) {
        return None;
    }
    let items = candidates.select_in(range.clone());
    for it in items {
        let Expr::Day { y, m, d } = it.expr else {
            continue;
        };
        let prefix = text[range.start..it.start].trim();
        let rest = text[it.end..range.end].trim_start();
        // the dateline goes on with an agency or a dash: "(Xinhua) --", "/TASS/", "—"
        let agency_follows = rest.starts_with(['(', '/', '-', '–', '—'])
            || rest.starts_with(". /")
            || rest.starts_with(": ");
        let ok = if prefix.is_empty() {
            // a line that starts with the date: short, or a dateline going on
            line.trim().chars().count() <= 80 || agency_follows
        } else {
            prefix.chars().count() <= 60
                && (LABEL.is_match(prefix)
                    || CITY.is_match(prefix)
                    || BYLINE.is_match(prefix)
                    || (agency_follows && TITLE_CITY.is_match(prefix)))
        };
        if ok {
            return NaiveDate::from_ymd_opt(y, m, d);
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dl(text: &str) -> Option<String> {
        dateline_date(&Document::new(text)).map(|d| d.format("%Y-%m-%d").to_string())
    }

    #[test]
    fn datelines() {
        assert_eq!(
            dl("Headline\n\nBEIJING, Oct. 2, 2022 (Xinhua) -- Farmers said."),
            Some("2022-10-02".into())
        );
        assert_eq!(
            dl("Headline\n\nMOSCOW, February 27, 2022. /TASS/. Talks."),
            Some("2022-02-27".into())
        );
        assert_eq!(
            dl("Headline\n\nPublished: 20 November 2019\n\nBody text."),
            Some("2019-11-20".into())
        );
        assert_eq!(
            dl("Headline\n\nBy Jane Doe | March 3, 2019\n\nBody."),
            Some("2019-03-03".into())
        );
        assert_eq!(
            dl("Headline\n\nJune 8, 2010\n\nYesterday, Apple said."),
            Some("2010-06-08".into())
        );
        assert_eq!(
            dl("Headline\n\nUpdated 10:32 AM ET, Fri March 22, 2013\n\nBody."),
            Some("2013-03-22".into())
        );
        assert_eq!(
            dl("Headline\n\nNew Delhi, March 5, 2020 (IANS) Markets fell."),
            Some("2020-03-05".into())
        );
        assert_eq!(
            dl("Headline\n\nLast Updated : 05 Mar 2020 10:30 AM IST\n\nBody."),
            Some("2020-03-05".into())
        );
    }

    #[test]
    fn lines_without_digits_are_skipped_but_dated_lines_after_them_found() {
        assert_eq!(
            dl("Headline\n\nBy Jane Doe\n\nPARIS, June 8, 2010 (AFP) -- Talks."),
            Some("2010-06-08".into())
        );
        let doc = Document::new("Published on Monday");
        assert_eq!(line_date(doc.text, 0..19, &candidates(&doc)), None);
    }

    #[test]
    fn no_dateline() {
        // no year: no guess
        assert_eq!(dl("Headline\n\nBEIJING, Oct. 2 (Xinhua) -- Farmers."), None);
        // a date inside a body sentence is not a dateline
        assert_eq!(
            dl(
                "Headline\n\nThe company, which was founded by two brothers in a garage, said on 3 May 2019 that it would close."
            ),
            None
        );
        assert_eq!(dl(""), None);
        // a Title-case sentence start is no place name without an agency after the date
        assert_eq!(
            dl("Headline\n\nOn Monday, March 5, 2020, the markets fell sharply."),
            None
        );
    }
}
