//! Resolution: from an expression to a calendar value.
//!
//! - Absolute expressions keep their own value.
//! - Deictic ones ("yesterday", "last month", "three days ago") count from the published date.
//! - Weekdays, bare months and day-months without a year ("on Sunday", "in October",
//!   "Dec. 15") take the occurrence the tense of their clause points to: the last one (the
//!   published day itself included) in past-tense context, the next one in future-tense
//!   context ("will meet on Tuesday", "is due to open in May"). Without a tense marker, a
//!   weekday is the last one (news report what happened), a month or day-month the nearest.
//! - Anchored ones ("the previous day", "a year later") count from the last date mentioned
//!   before them, or from the published date when none precedes.
//! - Narrative time: in a story that recounts an earlier time, a month-day or a holiday
//!   without a year ("On December 27, 2010, … On January 3, …") takes the occurrence nearest
//!   to the last day written with its year (in its paragraph or the two before, at least 60
//!   days before publication, not after "since"), never after the published date unless the
//!   clause is in the future tense.
//! - "That day", "later in the day" after a month or a year: the last day mentioned nearby.
//! - Event anchors ("the day before the vote", "the day after Easter"): counted from the
//!   event when it is a date or is dated elsewhere in the article ("the vote on March 3",
//!   "Sunday's vote"); else null.
//! - Without a published date, everything relative stays null (never the machine clock).

use super::lexicon::{HolidayRule, LEX, TenseClass};
use super::numeric::Order;
use super::{Expr, Item, Unit};
use crate::report::Precision;
use crate::rules::Rule;
use crate::text::{Document, TokenKind};
use chrono::{Datelike, Duration, Months, NaiveDate, Weekday};

#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Resolved {
    pub value: Option<String>,
    pub precision: Option<Precision>,
    pub relative: bool,
    pub anchor: Option<String>,
    /// A resolution rule that decided the value (joined to the item's rule with `+`).
    pub decided_by: Option<Rule>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Tense {
    Past,
    Future,
    /// A present-tense verb is the nearest marker ("the Met Office warns of gales on
    /// Saturday", "it is safe, probably on Saturday"): a weekday is the coming one; months
    /// and month-days, as [`Tense::Unknown`], the nearest.
    Present,
    Unknown,
}

/// A resolved value: a date and the precision it holds (the date's finer parts are 1).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Val {
    date: NaiveDate,
    precision: Precision,
}

impl Val {
    fn day(date: NaiveDate) -> Self {
        Val {
            date,
            precision: Precision::Day,
        }
    }
    fn month(y: i32, m: u32) -> Option<Self> {
        Some(Val {
            date: NaiveDate::from_ymd_opt(y, m, 1)?,
            precision: Precision::Month,
        })
    }
    fn year(y: i32) -> Option<Self> {
        Some(Val {
            date: NaiveDate::from_ymd_opt(y, 1, 1)?,
            precision: Precision::Year,
        })
    }
    fn format(&self) -> String {
        match self.precision {
            Precision::Day => self.date.format("%Y-%m-%d").to_string(),
            Precision::Month => self.date.format("%Y-%m").to_string(),
            Precision::Year => self.date.format("%Y").to_string(),
        }
    }
}

fn ymd(y: i32, m: u32, d: u32) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(y, m, d)
}

/// `date` moved by `n` months (day clamped to the month's end).
fn add_months(date: NaiveDate, n: i32) -> Option<NaiveDate> {
    if n >= 0 {
        date.checked_add_months(Months::new(n as u32))
    } else {
        date.checked_sub_months(Months::new(n.unsigned_abs()))
    }
}

fn shift(v: Val, unit: Unit, n: i32) -> Option<Val> {
    match unit {
        Unit::Day => Some(Val::day(
            v.date.checked_add_signed(Duration::days(n as i64))?,
        )),
        Unit::Week => None,
        Unit::Month => {
            let d = add_months(v.date.with_day(1)?, n)?;
            Val::month(d.year(), d.month())
        }
        Unit::Year => Val::year(v.date.year().checked_add(n)?),
    }
}

/// Western (Gregorian) Easter Sunday (anonymous Gregorian algorithm).
pub(crate) fn easter(y: i32) -> Option<NaiveDate> {
    let a = y % 19;
    let b = y / 100;
    let c = y % 100;
    let d = b / 4;
    let e = b % 4;
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15) % 30;
    let i = c / 4;
    let k = c % 4;
    let l = (32 + 2 * e + 2 * i - h - k) % 7;
    let m = (a + 11 * h + 22 * l) / 451;
    let month = (h + l - 7 * m + 114) / 31;
    let day = (h + l - 7 * m + 114) % 31 + 1;
    ymd(y, month as u32, day as u32)
}

fn holiday_in(rule: HolidayRule, y: i32) -> Option<NaiveDate> {
    match rule {
        HolidayRule::Fixed { month, day } => ymd(y, month, day),
        HolidayRule::Easter { offset } => easter(y)?.checked_add_signed(Duration::days(offset)),
        HolidayRule::Nth {
            month,
            weekday,
            nth,
            offset,
        } => {
            let d = if nth > 0 {
                NaiveDate::from_weekday_of_month_opt(y, month, weekday, nth as u8)?
            } else {
                // the last one: count back from the first of the next month
                let next = add_months(ymd(y, month, 1)?, 1)?;
                let last = next.pred_opt()?;
                let back = (last.weekday().num_days_from_monday() as i64
                    - weekday.num_days_from_monday() as i64)
                    .rem_euclid(7);
                last.checked_sub_signed(Duration::days(back))?
            };
            d.checked_add_signed(Duration::days(offset))
        }
        HolidayRule::Once { year, month, day } => ymd(year, month, day),
        HolidayRule::Orthodox { offset } => {
            orthodox_easter(y)?.checked_add_signed(Duration::days(offset))
        }
        HolidayRule::Table { table } => LEX
            .holiday_days
            .get(table)?
            .iter()
            .find(|d| d.year() == y)
            .copied(),
        HolidayRule::Period => None,
    }
}

/// Orthodox Easter Sunday: the Julian computus (Meeus), as a Gregorian date (1900-2099,
/// when the calendars are 13 days apart).
pub(crate) fn orthodox_easter(y: i32) -> Option<NaiveDate> {
    if !(1900..=2099).contains(&y) {
        return None;
    }
    let a = y % 4;
    let b = y % 7;
    let c = y % 19;
    let d = (19 * c + 15) % 30;
    let e = (2 * a + 4 * b - d + 34) % 7;
    let month = (d + e + 114) / 31;
    let day = (d + e + 114) % 31 + 1;
    ymd(y, month as u32, day as u32)?.checked_add_signed(Duration::days(13))
}

/// Picks among candidates (sorted by date) by tense, relative to `anchor`: past = the last
/// one on or before it, future = the first one on or after it, unknown = the nearest.
fn pick(cands: &[NaiveDate], anchor: NaiveDate, tense: Tense) -> Option<NaiveDate> {
    match tense {
        Tense::Past => cands.iter().rev().find(|d| **d <= anchor).copied(),
        Tense::Future => cands.iter().find(|d| **d >= anchor).copied(),
        Tense::Unknown | Tense::Present => cands
            .iter()
            .min_by_key(|d| {
                let diff = (**d - anchor).num_days();
                // on a tie, the past one
                (diff.abs(), diff > 0)
            })
            .copied(),
    }
}

/// How far (bytes) from the date the tense markers are looked for, within its sentence.
const TENSE_WINDOW: usize = 240;

/// The tense of the clause around `start..end`: the nearest tense marker to the left
/// within the sentence, else to the right.
pub(crate) fn tense(doc: &Document, start: usize, end: usize) -> Tense {
    let Some(si) = doc.sentence_at(start) else {
        return Tense::Unknown;
    };
    let sent = doc.sentences[si].clone();
    if start < sent.start {
        return Tense::Unknown;
    }
    let text = doc.text;
    // capitalized words inside the sentence are names ("in May", "Will Smith"), not
    // auxiliaries: they are kept as they are and match no marker
    let words = |r: std::ops::Range<usize>| -> Vec<String> {
        doc.tokens_in(r)
            .iter()
            .filter(|t| t.kind == TokenKind::Word)
            .map(|t| {
                let w = t.text(text).replace('’', "'");
                if t.start > sent.start && w.chars().next().is_some_and(char::is_uppercase) {
                    w
                } else {
                    w.to_lowercase()
                }
            })
            .collect()
    };
    let left = words(sent.start.max(start.saturating_sub(TENSE_WINDOW))..start);
    let right = words(end.min(sent.end)..sent.end.min(end + TENSE_WINDOW).max(end));
    // one sequence, left words then right words; the date sits between them
    let n = left.len();
    let all: Vec<&str> = left
        .iter()
        .chain(right.iter())
        .map(String::as_str)
        .collect();
    for i in (0..n).rev().take(14) {
        if let Some(t) = classify(&all, i) {
            return t;
        }
    }
    // after the date, a present tense often belongs to another clause ("On Sunday, the
    // countries -- that is, those which use the euro -- agreed"): no decision
    for i in (n..all.len()).take(10) {
        if let Some(t) = classify(&all, i) {
            return if t == Tense::Present {
                Tense::Unknown
            } else {
                t
            };
        }
    }
    Tense::Unknown
}

/// Words that make a following verb chain future: "is scheduled to", "has been set to".
fn future_chain(words: &[&str], from: usize) -> bool {
    for k in from..(from + 3).min(words.len()) {
        let w = words[k];
        let next = words.get(k + 1).copied();
        match LEX.tense.get(w) {
            Some(TenseClass::Future) => return true,
            Some(TenseClass::FutureTo) if next == Some("to") => return true,
            _ => {}
        }
        if !matches!(
            w,
            "been" | "being" | "be" | "not" | "also" | "now" | "still" | "already"
        ) {
            return false;
        }
    }
    false
}

/// A word of planning after "had" ("had planned", "had hoped", "had been due"): what was
/// planned lay ahead of a past moment, so the date is in the past.
fn planned_in_past(words: &[&str], i: usize) -> bool {
    let planning = matches!(
        LEX.tense.get(words[i]),
        Some(TenseClass::Future | TenseClass::FutureTo)
    );
    let had = match i {
        0 => false,
        1 => words[0] == "had",
        _ => words[i - 1] == "had" || (words[i - 1] == "been" && words[i - 2] == "had"),
    };
    planning && had
}

fn is_participle(w: &str) -> bool {
    (w.len() >= 4 && (w.ends_with("ed") || w.ends_with("en")))
        || matches!(
            LEX.tense.get(w),
            Some(TenseClass::Past | TenseClass::Directive)
        )
}

/// The tense the word at `i` marks, if any (None: keep looking).
fn classify(words: &[&str], i: usize) -> Option<Tense> {
    let w = words[i];
    let next = words.get(i + 1).copied();
    let prev = if i > 0 { Some(words[i - 1]) } else { None };
    if w.ends_with("'ll") {
        return Some(Tense::Future);
    }
    // auxiliaries: read the verb chain after them
    match w {
        "is" | "are" | "am" | "was" | "were" | "be" | "been" | "being" | "has" | "have" | "had" => {
            if future_chain(words, i + 1) {
                // "she had planned to be home on Tuesday": a plan of the past, for the past
                return Some(if w == "had" {
                    Tense::Past
                } else {
                    Tense::Future
                });
            }
            return match w {
                "was" | "were" | "had" => Some(Tense::Past),
                // "has announced" is past; "has a June 1 deadline" is present
                "has" | "have" => Some(if next.is_some_and(is_participle) {
                    Tense::Past
                } else {
                    Tense::Unknown
                }),
                "been" => Some(Tense::Past),
                "is" | "are" | "am" => Some(Tense::Present),
                // "she had planned to be home": a plan of the past
                _ if prev == Some("to") && i >= 3 && planned_in_past(words, i - 2) => {
                    Some(Tense::Past)
                }
                // "to be held": ahead; "will be finalized": the words before decide
                _ if prev == Some("to") => Some(Tense::Future),
                _ => None,
            };
        }
        _ => {}
    }
    // "told me to take the bus on Thursday", "warned them not to return before Wednesday":
    // the infinitive of a directive verb looks ahead
    if w == "to" && next.is_some_and(|n| n.chars().all(|c| c.is_ascii_lowercase())) {
        let directive = (i.saturating_sub(3)..i)
            .any(|k| matches!(LEX.tense.get(words[k]), Some(TenseClass::Directive)));
        if directive {
            return Some(Tense::Future);
        }
    }
    let after_be = matches!(
        prev,
        Some("be" | "being" | "been" | "is" | "are" | "was" | "were")
    );
    match LEX.tense.get(w) {
        // "to be held": a participle, the auxiliary decides
        Some(TenseClass::Past | TenseClass::Directive) if after_be => return None,
        Some(TenseClass::Past | TenseClass::Directive) => return Some(Tense::Past),
        Some(TenseClass::Future | TenseClass::FutureTo) if planned_in_past(words, i) => {
            return Some(Tense::Past);
        }
        Some(TenseClass::Future) => return Some(Tense::Future),
        Some(TenseClass::FutureTo) => {
            return (next == Some("to")).then_some(Tense::Future);
        }
        Some(TenseClass::Present) => return Some(Tense::Present),
        Some(TenseClass::Neutral) => return None,
        None => {}
    }
    let lowercase = w.chars().all(|c| c.is_lowercase() || c == '-' || c == '\'');
    if !lowercase {
        return None;
    }
    if w.ends_with("n't") {
        return Some(Tense::Past).filter(|_| w.starts_with("did") || w.starts_with("had"));
    }
    // regular past forms: "announced", "resumed" (not "need", "speed"); a participle after
    // "be" ("to be published", "will be finalized") leaves the decision to the auxiliary
    if w.len() >= 5 && w.ends_with("ed") && !w.ends_with("eed") {
        // "a reduced schedule", "the revised plan": an adjective, not a tense
        if after_be || prev.is_some_and(super::context::is_determiner) {
            return None;
        }
        return Some(Tense::Past);
    }
    // "he travels to Ethiopia on Sunday": a scheduled event in the simple present
    if w.len() >= 4
        && w.ends_with('s')
        && !w.ends_with("ss")
        && matches!(prev, Some("he" | "she" | "it"))
    {
        return Some(Tense::Future);
    }
    None
}

fn weekday_near(
    anchor: NaiveDate,
    wd: Weekday,
    shift: Option<i32>,
    tense: Tense,
) -> Option<NaiveDate> {
    let a = anchor.weekday().num_days_from_monday() as i64;
    let w = wd.num_days_from_monday() as i64;
    let back = (a - w).rem_euclid(7); // 0..6 days back to the last one (today included)
    let fwd = (w - a).rem_euclid(7); // 0..6 days ahead to the next one (today included)
    let days = match (shift, tense) {
        (Some(-1), _) => -(if back == 0 { 7 } else { back }),
        (Some(1), _) => {
            if fwd == 0 {
                7
            } else {
                fwd
            }
        }
        // "this Saturday": the one of the published day's week (Monday to Sunday), the next
        // one when that is past and the clause is not
        (Some(0), t) => {
            let in_week = w - a;
            if in_week < 0 && t != Tense::Past {
                in_week + 7
            } else {
                in_week
            }
        }
        (_, Tense::Future | Tense::Present) => fwd,
        _ => -back,
    };
    anchor.checked_add_signed(Duration::days(days))
}

/// Words right before `start` that put it a few days ahead: "days before", "hours ahead
/// of", "the run-up to", "the eve of".
fn close_before(text: &str, start: usize) -> bool {
    let mut from = start.saturating_sub(32);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    let before = text[from..start].to_lowercase();
    let before = before.trim_end();
    let before = before.strip_suffix(" the").unwrap_or(before);
    [
        "days before",
        "days ahead of",
        "hours before",
        "hours ahead of",
        "run-up to",
        "eve of",
        "days after",
        "hours after",
    ]
    .iter()
    .any(|w| before.ends_with(w))
}

/// A lower-case noun right after a holiday ("Christmas visits", "Easter shopping"): the
/// holiday is a modifier.
fn holiday_modifier(text: &str, end: usize) -> bool {
    if !text[end..].starts_with(' ') {
        return false;
    }
    super::context::next_word(text, end).is_some_and(|w| {
        w.len() > 2
            && w.chars().all(|c| c.is_ascii_lowercase())
            && !matches!(
                w,
                "and"
                    | "but"
                    | "for"
                    | "from"
                    | "with"
                    | "when"
                    | "while"
                    | "this"
                    | "that"
                    | "last"
                    | "next"
                    | "was"
                    | "were"
                    | "will"
                    | "would"
                    | "she"
                    | "they"
                    | "its"
                    | "his"
                    | "her"
                    | "their"
                    | "day"
                    | "eve"
                    | "morning"
                    | "night"
                    | "until"
                    | "after"
                    | "before"
                    | "since"
                    | "into"
                    | "are"
                    | "has"
                    | "had"
                    | "have"
            )
    })
}

/// A month used as a noun modifier after a determiner: "an October news conference".
fn attributive(text: &str, it: &Item) -> bool {
    use super::context::{is_determiner, next_word, prev_word};
    prev_word(text, it.start).is_some_and(|(_, w)| is_determiner(w))
        && next_word(text, it.end).is_some_and(|w| w.chars().next().is_some_and(char::is_lowercase))
}

/// The year of `next` when it directly qualifies `it`: "October of next year", "May 18
/// in 2019", "that January day in 2011" (at most two words between, the last "of" or "in").
fn year_written_after(
    text: &str,
    items: &[Item],
    i: usize,
    published: Option<NaiveDate>,
    last: Option<Val>,
) -> Option<i32> {
    let it = &items[i];
    // skip the second day of a range: "Oct. 26-28 of that year"
    let mut j = i + 1;
    if matches!(items.get(j)?.expr, Expr::SameMonth { .. }) {
        j += 1;
    }
    let next = items.get(j)?;
    let between = text.get(items[j - 1].end.max(it.end)..next.start)?;
    if between.len() > 16 || between.contains('\n') {
        return None;
    }
    let words: Vec<&str> = between.split_whitespace().collect();
    if words.len() > 2 {
        return None;
    }
    let relative_year = matches!(
        next.expr,
        Expr::Deictic {
            unit: Unit::Year,
            ..
        } | Expr::Anchored {
            unit: Unit::Year,
            ..
        }
    );
    match words.last() {
        // "November last year", "June this year"
        None if relative_year && between.chars().all(|c| c == ' ') => {}
        Some(w) if w.eq_ignore_ascii_case("of") || w.eq_ignore_ascii_case("in") => {}
        _ => return None,
    }
    match next.expr {
        Expr::Year { y } => Some(y),
        Expr::Deictic {
            unit: Unit::Year,
            n,
        } => published.map(|p| p.year() + n),
        Expr::Anchored {
            unit: Unit::Year,
            n,
        } => last.map(|l| l.date.year() + n),
        _ => None,
    }
}

/// A value, whether it is relative, and what it was resolved against.
type Resolution = (Option<Val>, bool, Option<String>);

/// The state of resolution while walking the items in text order.
struct Walk<'a> {
    doc: &'a Document<'a>,
    items: &'a [Item],
    published: Option<NaiveDate>,
    /// `published` as written in anchors.
    published_iso: Option<String>,
    order: Order,
    /// The last value found (the anchor of "the previous day").
    last: Option<Val>,
    /// The value of the item just before (the anchor of "a year earlier").
    previous: Option<Val>,
    /// The narrative's reference time: the last day written with its year ("December 27,
    /// 2010"), not after "since", and the paragraph it is in.
    narrative: Option<(Val, usize)>,
    /// Where the narrative's reference day is written (a byte offset).
    narrative_at: usize,
    /// The resolution rule that decided the item being resolved, if any.
    decided_by: std::cell::Cell<Option<Rule>>,
    /// The article names Orthodox Easter: the Easter-based days are the Orthodox ones.
    orthodox: bool,
    /// The last value with a day (written or resolved) and its paragraph: the anchor of
    /// "that day", "later in the day" when a month or a year came after it.
    last_day: Option<(Val, usize)>,
}

/// A narrative date counts for a month-day without a year this many paragraphs after its own.
const NARRATIVE_PARAGRAPHS: usize = 2;

/// A day without a year that its tense puts further than this from the published date
/// (days) ...
const NEAR_FAR_DAYS: i64 = 180;

/// ... takes the occurrence this close to it (days) on the other side instead.
const NEAR_DAYS: i64 = 45;

/// How far back a day just gone may lie for a future clause to mean it (days).
const NEAR_FUTURE_DAYS: i64 = 14;

/// A narrative date this close to the published date changes nothing (days).
const NARRATIVE_MIN_DAYS: i64 = 60;

/// Resolves every item (in text order) against the published date and the dates before it.
pub(crate) fn resolve(
    doc: &Document,
    items: &[Item],
    published: Option<NaiveDate>,
    order: Order,
) -> Vec<Resolved> {
    let mut walk = Walk {
        doc,
        items,
        published,
        published_iso: published.map(|d| d.format("%Y-%m-%d").to_string()),
        order,
        last: None,
        previous: None,
        narrative: None,
        narrative_at: 0,
        last_day: None,
        decided_by: std::cell::Cell::new(None),
        orthodox: items.iter().any(|it| {
            matches!(
                it.expr,
                Expr::Holiday {
                    rule: HolidayRule::Orthodox { .. },
                    ..
                }
            )
        }),
    };
    let mut resolved: Vec<Resolved> = (0..items.len()).map(|i| walk.step(i)).collect();
    for i in 0..items.len() {
        if let Expr::Event { unit, n, event } = items[i].expr {
            if let Some(base) = event_date(doc.text, items, &resolved, i, event) {
                let v = shift(Val::day(base), unit, n);
                resolved[i] = Resolved {
                    value: v.map(|v| v.format()),
                    precision: v.map(|v| v.precision),
                    relative: true,
                    anchor: v.map(|_| base.format("%Y-%m-%d").to_string()),
                    decided_by: None,
                };
            }
        }
    }
    resolved
}

/// Words that end an event's name ("the vote in Paris": "vote").
fn ends_event_name(w: &str) -> bool {
    matches!(
        w,
        "in" | "on"
            | "at"
            | "of"
            | "and"
            | "or"
            | "to"
            | "for"
            | "with"
            | "by"
            | "from"
            | "that"
            | "which"
            | "who"
            | "was"
            | "is"
            | "were"
            | "when"
            | "as"
    )
}

/// The head word of the event named at `at` ("the presidential vote" → "vote"), lower case.
fn event_head(text: &str, at: usize) -> Option<String> {
    let words = text
        .get(at..)?
        .split(|c: char| !c.is_alphanumeric() && c != '-');
    let mut head = None;
    for (k, w) in words.take(4).enumerate() {
        let lower = w.to_lowercase();
        if k == 0
            && matches!(
                lower.as_str(),
                "the" | "a" | "an" | "this" | "that" | "last"
            )
        {
            continue;
        }
        if w.is_empty() || ends_event_name(&lower) || !w.chars().all(char::is_lowercase) {
            break;
        }
        head = Some(lower);
    }
    head
}

/// The day of the event that item `i` is counted from: a date item written right where the
/// event's words begin ("the day after Easter"), else the event's head noun dated by another
/// item of the text ("the vote on March 3", "Sunday's vote").
fn event_date(
    text: &str,
    items: &[Item],
    resolved: &[Resolved],
    i: usize,
    event: usize,
) -> Option<NaiveDate> {
    let day = |k: usize| -> Option<NaiveDate> {
        let r = &resolved[k];
        (r.precision == Some(Precision::Day))
            .then_some(r.value.as_deref())
            .flatten()
            .and_then(|v| NaiveDate::parse_from_str(v, "%Y-%m-%d").ok())
    };
    if let Some(k) = items.iter().position(|it| it.start == event) {
        return day(k);
    }
    let head = event_head(text, event)?;
    let dated = |k: usize| -> bool {
        let it = &items[k];
        // "the vote on March 3", "the vote of 3 March", "a hearing is set for April 14"
        let clause = text[..it.start]
            .rfind([',', '.', ';', ':', '!', '?', '\n'])
            .map_or(0, |p| p + 1);
        let before: Vec<String> = text[clause..it.start]
            .split_whitespace()
            .rev()
            .take(5)
            .map(|w| {
                w.trim_matches(|c: char| !c.is_alphanumeric())
                    .to_lowercase()
            })
            .collect();
        let named_before = before.split_first().is_some_and(|(prep, rest)| {
            matches!(prep.as_str(), "on" | "of" | "for") && rest.contains(&head)
        });
        // "Sunday's vote"
        let after = text[it.end..]
            .strip_prefix("'s ")
            .or_else(|| text[it.end..].strip_prefix("’s "));
        let named_after = after.is_some_and(|a| {
            a.split(|c: char| !c.is_alphanumeric())
                .next()
                .is_some_and(|w| w.to_lowercase() == head)
        });
        k != i && (named_before || named_after)
    };
    // the nearest dated mention before, else after
    (0..i)
        .rev()
        .chain(i + 1..items.len())
        .filter(|&k| dated(k))
        .find_map(day)
}

impl Walk<'_> {
    /// Resolves item `i` and moves the anchors on.
    fn step(&mut self, i: usize) -> Resolved {
        self.decided_by.set(None);
        let (val, relative, anchor) = match self.apposition(i) {
            Some(v) => {
                self.decided_by.set(Some(Rule::DateApposition));
                (Some(v), true, self.published_iso.clone())
            }
            None => self.value_of(i),
        };
        // ISO values have four-digit years
        let val = val.filter(|v| (0..=9999).contains(&v.date.year()));
        // a holiday used as a modifier ("returning from Christmas visits") names no time
        // of the narrative: it anchors nothing
        let modifier = matches!(self.items[i].expr, Expr::Holiday { .. })
            && holiday_modifier(self.doc.text, self.items[i].end);
        if let Some(v) = val.filter(|_| !modifier) {
            self.last = Some(v);
            if v.precision == Precision::Day {
                let para = self.doc.paragraph_at(self.items[i].start).unwrap_or(0);
                self.last_day = Some((v, para));
            }
            // a day written with its year ("December 27, 2010"); not a named day of history
            // ("9/11"), not a point of comparison ("since October 9, 2002")
            let it = &self.items[i];
            let written = !relative && !matches!(it.expr, Expr::Holiday { .. });
            let since = super::context::prev_word(self.doc.text, it.start)
                .is_some_and(|(_, w)| w.eq_ignore_ascii_case("since"));
            if written && !since && v.precision == Precision::Day {
                let para = self.doc.paragraph_at(self.items[i].start).unwrap_or(0);
                self.narrative = Some((v, para));
                self.narrative_at = it.start;
            }
        }
        self.previous = val;
        Resolved {
            value: val.map(|v| v.format()),
            precision: val.map(|v| v.precision),
            relative,
            // what it was resolved against; nothing when it could not be resolved
            anchor: if relative && val.is_some() {
                anchor
            } else {
                None
            },
            decided_by: self.decided_by.get().filter(|_| val.is_some()),
        }
    }

    /// A relative expression with a written date in apposition after it ("A week later, on
    /// January 3, 2011", "the next year (2012)"): the written date is its value, at the
    /// precision of the relative expression's unit.
    fn apposition(&self, i: usize) -> Option<Val> {
        let it = &self.items[i];
        let next = self.items.get(i + 1)?;
        let unit = match it.expr {
            Expr::Anchored { unit, .. } | Expr::Deictic { unit, .. } => unit,
            Expr::Weekday { .. } | Expr::AnchoredWeekday { .. } => Unit::Day,
            Expr::Holiday { y: None, .. } => return self.holiday_dated(i),
            _ => return None,
        };
        let between = self.doc.text.get(it.end..next.start)?;
        let b = between.trim();
        let b = b
            .strip_prefix([',', '(', '\u{2014}', '\u{2013}'])
            .unwrap_or("");
        let b = b.trim_start();
        if between.len() > 8 || between.contains('\n') || !matches!(b, "" | "on" | "in") {
            return None;
        }
        match (unit, &next.expr) {
            (Unit::Day, Expr::Day { y, m, d }) => ymd(*y, *m, *d)
                .filter(|day| match it.expr {
                    Expr::Weekday { wd, .. } | Expr::AnchoredWeekday { wd, .. } => {
                        day.weekday() == wd
                    }
                    _ => true,
                })
                .map(Val::day),
            (Unit::Month, Expr::Month { y, m }) => Val::month(*y, *m),
            (Unit::Year, Expr::Year { y }) => Val::year(*y),
            _ => None,
        }
    }

    /// A holiday dated right after it, in its clause ("Western Easter on March 31", "Eid
    /// al-Adha, expected to fall on June 16"): at most four words between, the last "on".
    fn holiday_dated(&self, i: usize) -> Option<Val> {
        let it = &self.items[i];
        let next = self.items.get(i + 1)?;
        if !matches!(next.expr, Expr::Day { .. } | Expr::DayOfMonth { .. }) {
            return None;
        }
        let between = self.doc.text.get(it.end..next.start)?;
        let b = between.trim_start_matches([',', ' ']);
        let words: Vec<&str> = b.split_whitespace().collect();
        let ok = between.len() <= 32
            && !between.contains(['.', ';', '\n'])
            && words.len() <= 4
            && words.last().is_some_and(|w| *w == "on")
            && words.iter().all(|w| w.chars().all(char::is_lowercase));
        if !ok {
            return None;
        }
        let (v, _, _) = self.value_of(i + 1);
        v.filter(|v| v.precision == Precision::Day)
    }

    /// Relative to the published date.
    fn relative_to_published(&self, v: Option<Val>) -> Resolution {
        (v, true, self.published_iso.clone())
    }

    fn value_of(&self, i: usize) -> Resolution {
        let it = &self.items[i];
        // "October of next year", "that January day in 2011": the year written after
        let year_after =
            year_written_after(self.doc.text, self.items, i, self.published, self.last);
        match &it.expr {
            Expr::Day { y, m, d } => (ymd(*y, *m, *d).map(Val::day), false, None),
            Expr::Month { y, m } => (Val::month(*y, *m), false, None),
            Expr::Year { y } => (Val::year(*y), false, None),
            Expr::Numeric { a, b, y } => (self.numeric(*a, *b, *y), false, None),
            // "last weekend", "the day before the vote": relative, with no value
            Expr::Null => (
                None,
                matches!(
                    it.rule,
                    Rule::RelativeUnit | Rule::Anchored | Rule::AnchoredEvent | Rule::Week
                ),
                None,
            ),
            Expr::DayOfMonth { m, d, .. } if year_after.is_some() => {
                let y = year_after.unwrap_or_default();
                (ymd(y, *m, *d).map(Val::day), false, None)
            }
            Expr::MonthName { m, shift: None } if year_after.is_some() => {
                let y = year_after.unwrap_or_default();
                (Val::month(y, *m), false, None)
            }
            Expr::DayOfMonth { m, d, wd } => {
                self.relative_to_published(self.day_of_month(it, *m, *d, *wd).map(Val::day))
            }
            Expr::MonthName { m, shift } => {
                self.relative_to_published(self.month_name(it, *m, *shift))
            }
            Expr::Weekday { wd, shift } => {
                let t = tense(self.doc, it.start, it.end);
                // in a narrative of an earlier time, a weekday of a past clause right
                // after the narrated day is the first one on or after it ("On March 3,
                // 2019, … On Thursday, he appeared in court")
                let narrated = match (shift, t) {
                    (None, Tense::Past | Tense::Unknown) if self.narrated_just_before(it) => {
                        self.narrative_time(it.start)
                    }
                    _ => None,
                };
                if let Some(r) = narrated {
                    let v = weekday_near(r, *wd, None, Tense::Future).map(Val::day);
                    return (v, true, Some(r.format("%Y-%m-%d").to_string()));
                }
                let v = self
                    .published
                    .and_then(|p| weekday_near(p, *wd, *shift, t).map(Val::day));
                self.relative_to_published(v)
            }
            Expr::Deictic { unit, n } => self
                .relative_to_published(self.published.and_then(|p| shift(Val::day(p), *unit, *n))),
            Expr::Anchored { unit, n } => self.anchored(it, *unit, *n),
            // valued after the walk, once every date is known (see `event_date`)
            Expr::Event { .. } => (None, true, None),
            Expr::AnchoredWeekday { wd, n } => {
                let base = self
                    .last
                    .filter(|l| l.precision == Precision::Day)
                    .or(self.published.map(Val::day));
                let v =
                    base.and_then(|b| weekday_near(b.date, *wd, Some(n.signum()), Tense::Unknown));
                (v.map(Val::day), true, base.map(|b| b.format()))
            }
            Expr::Holiday { rule, y } => self.holiday(it, *rule, *y),
            Expr::YearEarlier { unit } => self.year_earlier(*unit),
            Expr::SameMonth { d } => {
                let v = self
                    .previous
                    .filter(|p| p.precision == Precision::Day)
                    .and_then(|p| ymd(p.date.year(), p.date.month(), *d))
                    .map(Val::day);
                (v, true, self.previous.map(|p| p.format()))
            }
        }
    }

    /// "26/10/2017": day and month in the article's order.
    fn numeric(&self, a: u32, b: u32, y: i32) -> Option<Val> {
        let (m, d) = match self.order {
            Order::DayFirst => (b, a),
            Order::MonthFirst => (a, b),
            Order::Unknown if a == b || b > 12 => (a, b),
            Order::Unknown if a > 12 => (b, a),
            Order::Unknown => (0, 0),
        };
        ymd(y, m, d).map(Val::day)
    }

    /// The narrative's reference time for the item at `start`, when the article recounts a
    /// time well before its publication: the last date written with its year, in this
    /// paragraph or one of the [`NARRATIVE_PARAGRAPHS`] before, at least
    /// [`NARRATIVE_MIN_DAYS`] before the published date.
    fn narrative_time(&self, start: usize) -> Option<NaiveDate> {
        let p = self.published?;
        let (v, para) = self.narrative?;
        let here = self.doc.paragraph_at(start).unwrap_or(0);
        let near = here >= para && here - para <= NARRATIVE_PARAGRAPHS;
        (near && (p - v.date).num_days() >= NARRATIVE_MIN_DAYS).then_some(v.date)
    }

    /// Is the narrative's reference day written in the sentence of `it` or the one before?
    /// (A weekday further on is more often the news of the week than the recounted past.)
    fn narrated_just_before(&self, it: &Item) -> bool {
        let (Some(here), Some(there)) = (
            self.doc.sentence_at(it.start),
            self.doc.sentence_at(self.narrative_at),
        ) else {
            return false;
        };
        self.narrative.is_some() && there <= here && here - there <= 1
    }

    /// Among `cands` (sorted), the occurrence a past or untensed clause means: in a narrative
    /// of an earlier time, the one nearest to its reference time that is not after the
    /// published date; else by tense around the published date.
    fn pick_in_time(&self, it: &Item, cands: &[NaiveDate], t: Tense) -> Option<NaiveDate> {
        let p = self.published?;
        if let (Some(r), Tense::Past | Tense::Unknown) = (self.narrative_time(it.start), t) {
            let nearest = cands
                .iter()
                .filter(|c| **c <= p)
                .min_by_key(|c| (**c - r).num_days().abs())
                .copied();
            if nearest.is_some() {
                return nearest;
            }
        }
        let chosen = pick(cands, p, t).or_else(|| pick(cands, p, Tense::Unknown))?;
        // a day written without its year is rarely about a year away: when the tense points
        // there but another occurrence lies within a few weeks of publication on the other
        // side ("passed a bill to pay workers through April 14", published April 2), the
        // near one is meant
        let far = (chosen - p).num_days().abs() > NEAR_FAR_DAYS;
        let near = cands
            .iter()
            .filter(|c| (**c - p).num_days().abs() <= NEAR_DAYS)
            .min_by_key(|c| (**c - p).num_days().abs())
            .copied();
        match near {
            // a future clause about a day just gone means that one only when it is days
            // away ("when the Senate returns after the Fourth of July recess", a week on),
            // not weeks ("The trial will open on March 5", published April 2)
            Some(n)
                if far
                    && (t == Tense::Past
                        || t == Tense::Future && (n - p).num_days().abs() <= NEAR_FUTURE_DAYS) =>
            {
                self.decided_by.set(Some(Rule::NearOccurrence));
                Some(n)
            }
            _ => Some(chosen),
        }
    }

    /// The candidate years of a month or day without a year: around the published date, and
    /// around the narrative's reference time when there is one.
    fn candidate_years(&self, it: &Item) -> Vec<i32> {
        let Some(p) = self.published else {
            return Vec::new();
        };
        let mut years: Vec<i32> = (p.year() - 1..=p.year() + 1).collect();
        if let Some(r) = self.narrative_time(it.start) {
            years.extend(r.year() - 1..=r.year() + 1);
            years.sort_unstable();
            years.dedup();
        }
        years
    }

    /// "October 26" (maybe "Thursday, October 26"): the year around the published date (or
    /// the narrative's time) that fits the weekday and the clause's tense.
    fn day_of_month(&self, it: &Item, m: u32, d: u32, wd: Option<Weekday>) -> Option<NaiveDate> {
        let t = tense(self.doc, it.start, it.end);
        let mut cands: Vec<NaiveDate> = self
            .candidate_years(it)
            .into_iter()
            .filter_map(|y| ymd(y, m, d))
            .collect();
        if let Some(wd) = wd {
            let matching: Vec<NaiveDate> = cands
                .iter()
                .copied()
                .filter(|c| c.weekday() == wd)
                .collect();
            if !matching.is_empty() {
                cands = matching;
            }
        }
        self.pick_in_time(it, &cands, t)
    }

    /// "in October", "last October", "next October".
    fn month_name(&self, it: &Item, m: u32, shift: Option<i32>) -> Option<Val> {
        let p = self.published?;
        let this = ymd(p.year(), m, 1)?;
        let cur = p.with_day(1)?;
        let y = match shift {
            Some(0) => p.year(),
            Some(s) if s < 0 => {
                if this < cur {
                    p.year()
                } else {
                    p.year() - 1
                }
            }
            Some(_) => {
                if this > cur {
                    p.year()
                } else {
                    p.year() + 1
                }
            }
            None => {
                // "an October news conference": a modifier, the clause's tense says
                // nothing about it
                let t = if attributive(self.doc.text, it) {
                    Tense::Unknown
                } else {
                    tense(self.doc, it.start, it.end)
                };
                let cands: Vec<NaiveDate> = (p.year() - 1..=p.year() + 1)
                    .filter_map(|y| ymd(y, m, 1))
                    .collect();
                pick(&cands, cur, t)?.year()
            }
        };
        Val::month(y, m)
    }

    /// "the next day", "two weeks later": counted from the last date (or the published one).
    /// "That day", "the day" after a month or a year ("On May 6 … in 2009 … to end the
    /// day") is the last day mentioned in this paragraph or the [`NARRATIVE_PARAGRAPHS`]
    /// before; "two days later" after a month stays null (its day is unknown).
    fn anchored(&self, it: &Item, unit: Unit, n: i32) -> Resolution {
        let day_unit = matches!(unit, Unit::Day | Unit::Week);
        let coarse_last = self.last.is_some_and(|l| l.precision != Precision::Day);
        let recent_day = self.last_day.and_then(|(v, para)| {
            let here = self.doc.paragraph_at(it.start).unwrap_or(0);
            (here >= para && here - para <= NARRATIVE_PARAGRAPHS).then_some(v)
        });
        let base = match recent_day {
            Some(d) if day_unit && n == 0 && coarse_last => Some(d),
            _ => self.last.or(self.published.map(Val::day)),
        };
        let v = base.and_then(|b| {
            // a day cannot be counted from a month or a year
            let fine_enough = match unit {
                Unit::Day | Unit::Week => b.precision == Precision::Day,
                Unit::Month => b.precision != Precision::Year,
                Unit::Year => true,
            };
            if fine_enough { shift(b, unit, n) } else { None }
        });
        (v, true, base.map(|b| b.format()))
    }

    /// In an article that names Orthodox Easter, an Easter-based day ("Good Friday", "Holy
    /// Saturday") is the Orthodox one.
    fn orthodox_form(&self, it: &Item, rule: HolidayRule) -> HolidayRule {
        let is_western = |w: &str| {
            matches!(
                w.to_lowercase().as_str(),
                "western" | "catholic" | "protestant"
            )
        };
        // the word before the span, or the span's own first word ("Western Easter 2024")
        let western = super::context::next_word(self.doc.text, it.start).is_some_and(is_western)
            || super::context::prev_word(self.doc.text, it.start)
                .is_some_and(|(_, w)| is_western(w));
        match rule {
            HolidayRule::Easter { offset } if self.orthodox && !western => {
                self.decided_by.set(Some(Rule::OrthodoxContext));
                HolidayRule::Orthodox { offset }
            }
            r => r,
        }
    }

    /// "Christmas", "Easter 2019", "9/11".
    fn holiday(&self, it: &Item, rule: HolidayRule, y: Option<i32>) -> Resolution {
        match (rule, y) {
            (HolidayRule::Once { .. }, _) => (holiday_in(rule, 0).map(Val::day), false, None),
            (_, Some(y)) => (
                holiday_in(self.orthodox_form(it, rule), y).map(Val::day),
                false,
                None,
            ),
            (_, None) => {
                // "days before Canada Day", "in the run-up to Christmas": the one nearest,
                // whatever the tense (it is close to the time of the clause by its words)
                let t = if close_before(self.doc.text, it.start) {
                    Tense::Unknown
                } else {
                    tense(self.doc, it.start, it.end)
                };
                let rule = self.orthodox_form(it, rule);
                let cands: Vec<NaiveDate> = self
                    .candidate_years(it)
                    .into_iter()
                    .filter_map(|y| holiday_in(rule, y))
                    .collect();
                let v = self.pick_in_time(it, &cands, t);
                self.relative_to_published(v.map(Val::day))
            }
        }
    }

    /// "the same month a year earlier": counted from the date right before ("in January,
    /// compared to the same month a year ago").
    fn year_earlier(&self, unit: Option<Unit>) -> Resolution {
        let v = self.previous.and_then(|b| {
            let precision = match unit {
                None => b.precision,
                Some(Unit::Day) => Precision::Day,
                Some(Unit::Month) => Precision::Month,
                Some(_) => Precision::Year,
            };
            let coarse_enough = match precision {
                Precision::Day => b.precision == Precision::Day,
                Precision::Month => b.precision != Precision::Year,
                Precision::Year => true,
            };
            let date = add_months(b.date, -12)?;
            coarse_enough.then_some(Val { date, precision })
        });
        (v, true, self.previous.map(|b| b.format()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    #[test]
    fn orthodox_easter_dates() {
        assert_eq!(orthodox_easter(2024), Some(d("2024-05-05")));
        assert_eq!(orthodox_easter(2023), Some(d("2023-04-16")));
        assert_eq!(orthodox_easter(2025), Some(d("2025-04-20")));
        assert_eq!(orthodox_easter(1850), None);
    }

    #[test]
    fn easter_dates() {
        assert_eq!(easter(2019), Some(d("2019-04-21")));
        assert_eq!(easter(2024), Some(d("2024-03-31")));
        assert_eq!(easter(2000), Some(d("2000-04-23")));
    }

    #[test]
    fn weekdays_by_tense() {
        // 2022-02-27 is a Sunday
        let p = d("2022-02-27");
        assert_eq!(
            weekday_near(p, Weekday::Sun, None, Tense::Past),
            Some(d("2022-02-27"))
        );
        assert_eq!(
            weekday_near(p, Weekday::Fri, None, Tense::Unknown),
            Some(d("2022-02-25"))
        );
        assert_eq!(
            weekday_near(p, Weekday::Tue, None, Tense::Future),
            Some(d("2022-03-01"))
        );
        assert_eq!(
            weekday_near(p, Weekday::Sun, Some(-1), Tense::Past),
            Some(d("2022-02-20"))
        );
        assert_eq!(
            weekday_near(p, Weekday::Sun, Some(1), Tense::Past),
            Some(d("2022-03-06"))
        );
    }

    #[test]
    fn holidays() {
        let thanksgiving = HolidayRule::Nth {
            month: 11,
            weekday: Weekday::Thu,
            nth: 4,
            offset: 0,
        };
        assert_eq!(holiday_in(thanksgiving, 2019), Some(d("2019-11-28")));
        let memorial = HolidayRule::Nth {
            month: 5,
            weekday: Weekday::Mon,
            nth: -1,
            offset: 0,
        };
        assert_eq!(holiday_in(memorial, 2019), Some(d("2019-05-27")));
    }

    #[test]
    fn tense_markers() {
        let t = |s: &str| {
            let doc = Document::new(s);
            let at = s.find("Friday").unwrap();
            tense(&doc, at, at + 6)
        };
        assert_eq!(
            t("The minister said on Friday that talks failed."),
            Tense::Past
        );
        assert_eq!(t("The ministers will meet on Friday."), Tense::Future);
        assert_eq!(t("It was set to dock on Friday."), Tense::Future);
        assert_eq!(t("On Friday, the movement was suspended."), Tense::Past);
        assert_eq!(t("The market stays closed until Friday."), Tense::Future);
        assert_eq!(t("He travels to Ethiopia on Friday."), Tense::Future);
        assert_eq!(t("Friday is a holiday."), Tense::Unknown);
        assert_eq!(t("It is safe to sail, probably on Friday."), Tense::Present);
        assert_eq!(
            t("It hoped to resume a reduced schedule by Friday."),
            Tense::Future
        );
        assert_eq!(t("She had planned to be home on Friday."), Tense::Past);
        assert_eq!(t("The office warns of gales on Friday."), Tense::Unknown);
        assert_eq!(t("She told me to take the bus on Friday."), Tense::Future);
        assert_eq!(
            t("Police warned them not to return to their flats before Friday."),
            Tense::Future
        );
        // the directive verb alone is past; so is "to" after another verb
        assert_eq!(
            t("She told reporters on Friday that it failed."),
            Tense::Past
        );
        assert_eq!(t("He returned to work on Friday."), Tense::Past);
    }
}
