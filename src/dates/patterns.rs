//! The date patterns: regexes built once from the lexicon, and what each match denotes.

use super::context::{
    age_before, bare_year_ok, char_at, is_capitalized, is_date_preposition, month_alone_ok,
    next_word, prev_word, weekday_ok,
};
use super::lexicon::{LEX, MonthForm, WordClass};
use super::{Cand, Expr, Item, Unit};
use crate::rules::Rule;
use chrono::NaiveDate;
use regex::{Captures, Regex};
use std::ops::Range;
use std::sync::LazyLock;

/// Spaces inside one line (a date never spans a line break).
const S: &str = r"[ \t\u{a0}]+";
const S0: &str = r"[ \t\u{a0}]*";
/// A comma or spaces between the parts of a date.
const SEP: &str = r"(?:[ \t\u{a0}]*,[ \t\u{a0}]*|[ \t\u{a0}]+)";
/// A day number, with an optional ordinal suffix.
const DAYN: &str = r"(?:3[01]|[12][0-9]|0?[1-9])(?:st|nd|rd|th)?\b";
const YEAR: &str = r"(?:1[6-9]|20)[0-9]{2}\b";
/// Range connectors between two days or years.
const RANGE: &str =
    r"(?:[ \t\u{a0}]*[-–][ \t\u{a0}]*|[ \t\u{a0}]+(?i:to|and|or|through|until|till)[ \t\u{a0}]+)";

/// What a match of a pattern denotes (None: not a date after all).
type Handler = fn(&str, &Captures) -> Option<Cand>;

struct Patterns {
    /// The patterns in priority order (a tie between equally long matches goes to the first).
    rules: Vec<(Regex, Handler)>,
    /// Names that hold a date word ("Mail on Sunday"): no date inside them.
    names: Regex,
}

/// Replaces each `{name}` of a template by its value in `vars` (other braces, such as
/// the repetition `{2}`, stay).
fn expand(vars: &[(&str, String)], tpl: &str) -> String {
    let mut out = String::with_capacity(tpl.len() * 2);
    let mut rest = tpl;
    while let Some(i) = rest.find('{') {
        out.push_str(&rest[..i]);
        let after = &rest[i + 1..];
        let name_len = after
            .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
            .unwrap_or(after.len());
        let name = &after[..name_len];
        match vars.iter().find(|(n, _)| *n == name) {
            Some((_, value)) if after[name_len..].starts_with('}') => {
                out.push_str(value);
                rest = &after[name_len + 1..];
            }
            _ => {
                out.push('{');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// Compiles a pattern template (a bad pattern is a bug in this file, caught by the tests).
///
/// Word boundaries are ASCII (`(?-u:\b)`): date words and numbers are ASCII, and a Unicode
/// `\b` keeps the regex crate's fast lazy DFA from running on any text with a non-ASCII
/// character (a curly quote is enough), sending every search to the slow PikeVM.
#[inline(never)]
fn re(vars: &[(&str, String)], tpl: &str) -> Regex {
    let s = ascii_boundaries(&expand(vars, tpl));
    Regex::new(&s).unwrap_or_else(|e| panic!("date pattern: {e}\n{s}"))
}

/// `\b` → `(?-u:\b)` (an escaped backslash `\\b` is left alone).
pub(crate) fn ascii_boundaries(pattern: &str) -> String {
    let mut out = String::with_capacity(pattern.len() + 64);
    let mut chars = pattern.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\\' {
            match chars.next() {
                Some('b') => out.push_str("(?-u:\\b)"),
                Some(n) => {
                    out.push('\\');
                    out.push(n);
                }
                None => out.push('\\'),
            }
        } else {
            out.push(c);
        }
    }
    out
}

static P: LazyLock<Patterns> = LazyLock::new(|| {
    let l = &*LEX;
    let mut v: Vec<(&str, String)> = vec![
        ("S", S.to_string()),
        ("S0", S0.to_string()),
        ("SEP", SEP.to_string()),
        ("DAYN", DAYN.to_string()),
        ("YEAR", YEAR.to_string()),
        ("RANGE", RANGE.to_string()),
        (
            "full",
            l.month_alt(&[MonthForm::Full, MonthForm::Ambiguous], true),
        ),
        ("abbr", l.month_alt(&[MonthForm::Abbr], true)),
        (
            "mon_alone",
            l.month_alt(&[MonthForm::Full, MonthForm::Ambiguous], false),
        ),
        ("wdfull", l.weekday_alt(true)),
        ("wdabbr", l.weekday_alt(false)),
        ("shift", l.words_alt(WordClass::Shift)),
        ("anchored", l.words_alt(WordClass::Anchored)),
        ("parts", l.words_alt(WordClass::Part)),
        ("deictic", l.words_alt(WordClass::Deictic)),
        ("seasons", l.words_alt(WordClass::Season)),
        ("decades", l.words_alt(WordClass::Decade)),
        ("cardinals", l.numbers_alt(false)),
        ("ordinals", l.numbers_alt(true)),
        (
            "quarter_ords",
            super::lexicon::alt(
                l.numbers
                    .iter()
                    .filter(|(_, (o, n))| *o && (*n == -1 || (1..=4).contains(n)))
                    .map(|(w, _)| *w),
            ),
        ),
        ("holidays", l.holiday_alt()),
        (
            "names",
            super::lexicon::alt(crate::data::lines(include_str!(
                "../../data/date_names.tsv"
            ))),
        ),
    ];
    let derived = [
        ("mon", r"(?P<mon>(?:{full})\b|(?:{abbr})(?:\.|\b))"),
        ("wd", r"(?P<wd>\b(?i:{wdfull})\b|\b(?:{wdabbr})(?:\.|\b))"),
        (
            "pos",
            r"(?P<pre>(?i:early|earlier|late|later|mid|middle|end|the{S}(?:end|beginning|start|middle|close|rest|remainder){S}of|(?:at{S})?the{S}turn{S}of))",
        ),
    ];
    for (name, tpl) in derived {
        let x = expand(&v, tpl);
        v.push((name, x));
    }
    Patterns {
        rules: vec![
            (
                re(
                    &v,
                    r"\b(?:{wd}{SEP})?(?:(?i:the){S})?(?:(?P<d0>{DAYN}){RANGE})?(?P<day>{DAYN})(?:{S}(?i:of))?{S}{mon}(?:{SEP}(?P<year>{YEAR}))?",
                ),
                dmy as Handler,
            ),
            (
                re(
                    &v,
                    r"(?:{wd}{SEP})?\b{mon}{S0}(?P<day>{DAYN})(?:{RANGE}(?P<day2>{DAYN}))?(?:{SEP}(?P<year>{YEAR}))?",
                ),
                mdy as Handler,
            ),
            (
                re(
                    &v,
                    r"\b(?:{pos}(?:-|{S})(?:(?i:of){S})?)?{mon}(?:{SEP}|{S}(?i:of){S})(?P<year>{YEAR})",
                ),
                month_year as Handler,
            ),
            (
                re(
                    &v,
                    r"\b(?P<y>(?:1[6-9]|20)[0-9]{2})(?P<s1>[-/.])(?P<m>0?[1-9]|1[0-2])(?P<s2>[-/.])(?P<d>0?[1-9]|[12][0-9]|3[01])(?:T|\b)",
                ),
                iso as Handler,
            ),
            (
                re(
                    &v,
                    r"\b(?P<a>[0-9]{1,2})(?P<s1>[/.-])(?P<b>[0-9]{1,2})(?P<s2>[/.-])(?P<y>[0-9]{4}|[0-9]{2})\b",
                ),
                numeric as Handler,
            ),
            (
                re(
                    &v,
                    r"\b(?:{pos}(?:-|{S})(?:(?i:of){S})?)?(?P<fy>(?i:fiscal|financial){S}(?:(?i:year){S})?|FY{S0})?(?P<year>{YEAR})(?:{S0}[-–/]{S0}(?P<y2>[0-9]{4}|[0-9]{2})\b)?",
                ),
                year as Handler,
            ),
            (
                re(
                    &v,
                    r"(?:\b(?P<the>(?i:the)){S})?(?:\b(?P<pre>(?i:early|mid|late))(?:-|{S}))?(?:\b(?P<d4>(?:1[0-9]|20)[0-9]0)|(?P<ap>['’])(?P<d2a>[0-9]0)|\b(?P<d2>[0-9]0))['’]?s\b",
                ),
                decade as Handler,
            ),
            (
                re(
                    &v,
                    r"\b(?i:the){S}(?:(?i:early|mid|late)(?:-|{S}))?(?i:{decades})\b",
                ),
                decade_word as Handler,
            ),
            (
                re(
                    &v,
                    r"\b(?:(?i:the){S})?(?:(?i:early|mid|late)(?:-|{S}))?(?:[0-9]{1,2}(?:st|nd|rd|th)|(?i:{ordinals}))(?:-|{S})(?i:century)\b",
                ),
                century as Handler,
            ),
            (
                re(
                    &v,
                    r"\b(?:(?i:the){S})?(?P<ord>(?i:{quarter_ords})|[1-4](?:st|nd|rd|th))(?P<hy>-|{S})(?i:quarter|half)\b(?P<tail>{S}(?i:of){S}(?:(?P<year>{YEAR})|(?i:(?:this|last|next|the|that){S}(?:fiscal{S}|financial{S})?year)\b))?",
                ),
                quarter as Handler,
            ),
            (
                re(
                    &v,
                    r"\b(?P<q>Q[1-4]|H[12])\b(?:{S0}(?P<year>['’][0-9]{2}\b|{YEAR}))?",
                ),
                quarter_code as Handler,
            ),
            (
                re(
                    &v,
                    r"\b(?:{pos}(?:-|{S})(?:(?i:in|of){S})?)?(?P<shift>(?i:{shift}))(?:{S}(?i:past))?(?:-|{S})(?P<unit>(?i:fiscal{S}year|financial{S}year|weekend|week|month|year|decade|quarter|century|fortnight|season))\b",
                ),
                shift_unit as Handler,
            ),
            (
                re(
                    &v,
                    r"\b(?P<pre>(?i:(?:at{S})?the{S}(?:end|beginning|start|middle|close|rest|remainder|turn){S}of))(?:{S}(?i:the))?{S}(?P<unit>(?i:year|month|week|decade|century))\b",
                ),
                end_of as Handler,
            ),
            (
                re(
                    &v,
                    r"\b(?i:the){S}(?P<a>(?i:{anchored}|next)){S}(?P<unit>(?i:day|weekend|week|month|year|morning|afternoon|evening|night))\b",
                ),
                anchored as Handler,
            ),
            (
                re(
                    &v,
                    r"\b(?i:the){S}(?P<a>(?i:{anchored}|next)){S}(?P<wd>(?i:{wdfull}))\b",
                ),
                anchored_weekday as Handler,
            ),
            (
                re(
                    &v,
                    r"\b(?i:that){S}(?:(?i:same){S})?(?P<unit>(?i:day|month|year|week))\b",
                ),
                that_day as Handler,
            ),
            (
                re(
                    &v,
                    r"\b(?P<x>(?i:the){S}(?P<unit>(?i:day|night|week|month|year))){S}(?P<dir>(?i:before|after|earlier|later|prior))\b(?P<tail>{S}(?i:yesterday|tomorrow)\b)?",
                ),
                day_dir as Handler,
            ),
            (
                re(
                    &v,
                    r"\b(?P<n>[0-9]{1,3}|(?i:(?:{cardinals})(?:-(?:{cardinals}))?|a{S}few|a{S}couple{S}of|a{S}couple|several|some|many|few)){S}(?:(?i:more|full|long|whole){S})?(?P<unit>(?i:days?|weeks?|months?|years?|decades?|centuries|century|fortnights?)){S}(?P<dir>(?i:ago|earlier|later|before|after|previously|prior|back|on))\b",
                ),
                ago as Handler,
            ),
            (
                re(
                    &v,
                    r"\b(?:(?P<dby>(?i:the{S}day{S}before{S}yesterday))|(?P<dat>(?i:the{S}day{S}after{S}tomorrow))|(?:(?P<pre>(?i:early|late|earlier|later)){S})?(?P<w>(?i:{deictic}))(?:{S}(?P<pod>(?i:{parts})))?|(?P<sh>(?i:last|this)){S}(?P<pod2>(?i:{parts})))\b",
                ),
                deictic as Handler,
            ),
            (
                re(
                    &v,
                    r"\b(?:(?P<shift>(?i:{shift}))(?:{S}(?i:past))?{S}|(?P<pre>(?i:early|late|earlier|later))(?:{S}(?i:on|in))?{S}|(?P<hab>(?i:every|each)){S})?(?P<wd>(?i:{wdfull}))(?P<pl>s)?\b(?:{S}(?P<pod>(?i:{parts}))\b)?",
                ),
                weekday as Handler,
            ),
            (
                re(
                    &v,
                    r"\b(?:{pos}(?:-|{S})(?:(?i:of){S})?)?(?:(?P<shift>(?i:{shift}))(?:-|{S}))?(?:(?P<hab>(?i:every|each)){S})?(?P<mon>{mon_alone})\b",
                ),
                month as Handler,
            ),
            (
                re(
                    &v,
                    r"\b(?:(?P<pre>(?i:early|late|mid|the{S}(?:end|beginning|start|middle){S}of))(?:-|{S}))?(?:(?P<shift>(?i:{shift}))(?:-|{S}))?(?:(?P<the>(?i:the)){S})?(?P<s>(?i:{seasons}))\b(?:(?:{S}(?i:of))?{S}(?P<year>{YEAR}))?",
                ),
                season as Handler,
            ),
            (
                re(&v, r"\b(?P<h>{holidays})\b(?:{SEP}(?P<year>{YEAR}))?"),
                holiday as Handler,
            ),
            (
                re(
                    &v,
                    r"\b(?i:end|ended|ending|ends|finish|finished|finishing|close|closed|closing|later{S}in|late{S}in|earlier{S}in|early{S}in){S}(?P<x>(?i:the){S}(?i:day))\b",
                ),
                the_day as Handler,
            ),
            (
                re(
                    &v,
                    r"\b(?i:the){S}(?i:same){S}(?P<unit>(?i:day|week|month|period|quarter|time|season|date)){S}(?:(?i:of|in){S})?(?i:a{S}year{S}(?:ago|earlier|before|previously)|one{S}year{S}(?:ago|earlier|before)|last{S}year|the{S}(?:previous|prior|last|preceding){S}year)\b",
                ),
                same_period as Handler,
            ),
            (re(&v, r"\b(?P<x>(?i:the){S}weekend)\b"), weekend as Handler),
            (
                re(
                    &v,
                    r"\b(?i:in|since|of|from|until|till|by|before|after|and|to){S0}(?P<x>['’][0-9]{2})\b",
                ),
                short_year as Handler,
            ),
            (
                re(
                    &v,
                    r"\b(?i:the){S}(?:(?i:{ordinals}|past|next|following|previous){S})?(?i:week|weekend){S}(?i:of){S}{mon}(?:{S0}(?P<day>{DAYN}))?(?:{SEP}(?P<year>{YEAR}))?",
                ),
                week_of as Handler,
            ),
        ],
        names: re(&v, r"\b(?:{names})\b"),
    }
});

fn num(c: &Captures, name: &str) -> Option<i64> {
    let s = c.name(name)?.as_str();
    let digits: String = s.chars().take_while(char::is_ascii_digit).collect();
    digits.parse().ok()
}

fn valid(y: i32, m: u32, d: u32) -> bool {
    NaiveDate::from_ymd_opt(y, m, d).is_some()
}

/// A day-month pair can exist in some year (Feb 29 included).
fn valid_day_month(m: u32, d: u32) -> bool {
    valid(2000, m, d)
}

fn shift_value(w: &str) -> Option<i32> {
    match LEX.word(w) {
        Some((WordClass::Shift | WordClass::Anchored, v)) => v.parse().ok(),
        _ => None,
    }
}

/// A named group of a match (kept out of line: called from many places).
#[inline(never)]
fn g<'h>(c: &Captures<'h>, name: &str) -> Option<regex::Match<'h>> {
    c.name(name)
}

/// The whole match.
#[inline(never)]
fn g0<'h>(c: &Captures<'h>) -> Option<regex::Match<'h>> {
    c.get(0)
}

/// Every match of `r` in `hay` from byte `from` on.
#[inline(never)]
fn all_captures<'h>(r: &Regex, hay: &'h str, from: usize) -> Vec<Captures<'h>> {
    let mut v = Vec::new();
    let mut at = from;
    while at <= hay.len() {
        let Some(c) = r.captures_at(hay, at) else {
            break;
        };
        let m = c.get(0).expect("match");
        at = if m.end() > m.start() {
            m.end()
        } else {
            m.end() + hay[m.end()..].chars().next().map_or(1, char::len_utf8)
        };
        v.push(c);
    }
    v
}

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
        let names = super::context::months_used_as_names(text);
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

fn dmy(text: &str, c: &Captures) -> Option<Cand> {
    day_month_year(text, c, true)
}

fn mdy(text: &str, c: &Captures) -> Option<Cand> {
    day_month_year(text, c, false)
}

/// "the 20th century", "the early 21st century": annotated, no value.
fn century(_: &str, c: &Captures) -> Option<Cand> {
    let m = g0(c)?;
    Some(Cand::one(m.start(), m.end(), Expr::Null, Rule::Century))
}

/// "the third quarter of 2009", "third-quarter", "rose in the fourth quarter" (with money
/// talk around): annotated, no value. Sports quarters are left out.
fn quarter(text: &str, c: &Captures) -> Option<Cand> {
    let m = g0(c)?;
    let adjective = g(c, "hy").is_some_and(|h| h.as_str() == "-");
    let business = super::context::finance_near(text, m.start(), m.end(), 160)
        && prev_word(text, m.start()).is_some_and(|(_, w)| is_date_preposition(w));
    (g(c, "tail").is_some() || adjective || business)
        .then(|| Cand::one(m.start(), m.end(), Expr::Null, Rule::Quarter))
}

/// "Q3 2019", "in Q3", "H1 2020".
fn quarter_code(text: &str, c: &Captures) -> Option<Cand> {
    let m = g0(c)?;
    let in_prep = prev_word(text, m.start()).is_some_and(|(_, w)| is_date_preposition(w));
    (g(c, "year").is_some() || in_prep)
        .then(|| Cand::one(m.start(), m.end(), Expr::Null, Rule::Quarter))
}

/// "the end of the year" (this year), "the start of the month".
fn end_of(_: &str, c: &Captures) -> Option<Cand> {
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

/// "the following Monday", "the previous Friday".
fn anchored_weekday(_: &str, c: &Captures) -> Option<Cand> {
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

/// "that day", "that same year".
fn that_day(_: &str, c: &Captures) -> Option<Cand> {
    let m = g0(c)?;
    let expr = match unit_of(g(c, "unit").map_or("", |u| u.as_str())) {
        Some(Unit::Week) | None => Expr::Null,
        Some(u) => Expr::Anchored { unit: u, n: 0 },
    };
    Some(Cand::one(m.start(), m.end(), expr, Rule::Anchored))
}

/// "to end the day", "later in the day": the day of the last date.
fn the_day(_: &str, c: &Captures) -> Option<Cand> {
    let x = g(c, "x")?;
    let expr = Expr::Anchored {
        unit: Unit::Day,
        n: 0,
    };
    Some(Cand::one(x.start(), x.end(), expr, Rule::Anchored))
}

/// "the same month a year ago", "the same period last year".
fn same_period(_: &str, c: &Captures) -> Option<Cand> {
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

/// "over the weekend", "during the weekend": annotated, no value.
fn weekend(text: &str, c: &Captures) -> Option<Cand> {
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

/// "since '82", "in '08".
fn short_year(text: &str, c: &Captures) -> Option<Cand> {
    let x = g(c, "x")?;
    // "'80s" is a decade: only a bare '82
    if matches!(char_at(text, x.end()), Some('s' | '\'' | '’')) {
        return None;
    }
    let digits = x.as_str().trim_start_matches(['\'', '’']);
    let yy: i32 = digits.parse().ok()?;
    let y = yy + if yy < 50 { 2000 } else { 1900 };
    Some(Cand::one(x.start(), x.end(), Expr::Year { y }, Rule::Year))
}

/// "the first week of March", "the week of March 3": annotated, no value.
fn week_of(_: &str, c: &Captures) -> Option<Cand> {
    let m = g0(c)?;
    Some(Cand::one(m.start(), m.end(), Expr::Null, Rule::Week))
}

fn unit_of(s: &str) -> Option<Unit> {
    let s = s.to_ascii_lowercase();
    let s = s.trim_end_matches('s');
    Some(match s {
        "day" | "morning" | "afternoon" | "evening" | "night" => Unit::Day,
        "week" | "weekend" | "fortnight" => Unit::Week,
        "month" => Unit::Month,
        "year" | "fiscal year" | "financial year" => Unit::Year,
        _ => return None,
    })
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
            && super::context::char_after_next(text, day.end()).is_some_and(|x| x.is_ascii_digit())
        {
            return None;
        }
    }
    // an abbreviation without a period, or an ambiguous name, needs its day right next to it
    // in the usual order; "May 5" is fine, but "Theresa May 5" is not a date
    if form == MonthForm::Ambiguous && !dmy && g(c, "wd").is_none() && g(c, "year").is_none() {
        if let Some((s, w)) = prev_word(text, mon.start()) {
            if is_capitalized(w)
                && !super::context::at_sentence_start(text, s)
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

/// "May 2015", "October of 2017", "mid-May 2019".
fn month_year(_: &str, c: &Captures) -> Option<Cand> {
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

/// "2017-10-26", "2017/10/26".
fn iso(text: &str, c: &Captures) -> Option<Cand> {
    let m0 = g0(c)?;
    if g(c, "s1")?.as_str() != g(c, "s2")?.as_str() {
        return None;
    }
    let d = g(c, "d")?;
    // "2017-10-26-3": a longer digit run
    if let Some(ch) = char_at(text, d.end()) {
        if matches!(ch, '-' | '/' | '.')
            && super::context::char_after_next(text, d.end()).is_some_and(|x| x.is_ascii_digit())
        {
            return None;
        }
    }
    let (y, m, dd) = (
        num(c, "y")? as i32,
        num(c, "m")? as u32,
        num(c, "d")? as u32,
    );
    valid(y, m, dd).then(|| Cand::one(m0.start(), d.end(), Expr::Day { y, m, d: dd }, Rule::Iso))
}

/// "26/10/2017", "10/26/2017", "26.10.2017", "7/8/07": the order is decided per article.
fn numeric(text: &str, c: &Captures) -> Option<Cand> {
    let m0 = g0(c)?;
    let sep = g(c, "s1")?.as_str();
    if sep != g(c, "s2")?.as_str() {
        return None;
    }
    let ys = g(c, "y")?.as_str();
    if sep != "/" && ys.len() != 4 {
        return None;
    }
    // digits glued on either side: "1/2/3/2020", "10.5.2017.3"
    if let Some(ch) = text[..m0.start()].chars().next_back() {
        if matches!(ch, '/' | '-' | '.' | ':' | ',') {
            return None;
        }
    }
    if let Some(ch) = char_at(text, m0.end()) {
        if matches!(ch, '/' | '-' | '.' | ':' | ',')
            && super::context::char_after_next(text, m0.end()).is_some_and(|x| x.is_ascii_digit())
        {
            return None;
        }
    }
    let a = num(c, "a")? as u32;
    let b = num(c, "b")? as u32;
    let mut y = ys.parse::<i32>().ok()?;
    if ys.len() == 2 {
        // two-digit years: 00-49 -> 2000s, 50-99 -> 1900s
        y += if y < 50 { 2000 } else { 1900 };
    }
    if !(1600..2100).contains(&y) {
        return None;
    }
    let ok = (a <= 12 && valid(y, a, b)) || (b <= 12 && valid(y, b, a));
    ok.then(|| {
        Cand::one(
            m0.start(),
            m0.end(),
            Expr::Numeric { a, b, y },
            Rule::Numeric,
        )
    })
}

/// "2017", "in 2017", "mid-2019", "fiscal 2013", "2009-2010", "1957-58".
fn year(text: &str, c: &Captures) -> Option<Cand> {
    let m0 = g0(c)?;
    let ym = g(c, "year")?;
    let y = num(c, "year")? as i32;
    let has_pre = g(c, "pre").is_some() || g(c, "fy").is_some();
    let rule = Rule::Year;
    if let Some(y2m) = g(c, "y2") {
        let s2 = y2m.as_str();
        let y2 = if s2.len() == 2 {
            (y / 100) * 100 + s2.parse::<i32>().ok()?
        } else {
            s2.parse::<i32>().ok()?
        };
        // a range of years: two mentions; anything else (a phone number, a score) none
        if y2 <= y || y2 - y > 100 {
            return None;
        }
        let before_ok = text[..ym.start()]
            .chars()
            .next_back()
            .is_none_or(|ch| !matches!(ch, '-' | '/' | '.' | ':' | ','));
        if !before_ok {
            return None;
        }
        let items = vec![
            Item {
                start: m0.start(),
                end: ym.end(),
                expr: Expr::Year { y },
                rule,
            },
            Item {
                start: y2m.start(),
                end: y2m.end(),
                expr: Expr::Year { y: y2 },
                rule,
            },
        ];
        return Some(Cand {
            start: m0.start(),
            end: m0.end(),
            items,
        });
    }
    if !has_pre && !bare_year_ok(text, ym.start(), ym.end()) {
        return None;
    }
    Some(Cand::one(m0.start(), m0.end(), Expr::Year { y }, rule))
}

/// "the 1990s", "the early '90s", "the 70s and 80s": annotated, no value.
fn decade(text: &str, c: &Captures) -> Option<Cand> {
    let m0 = g0(c)?;
    if g(c, "d2").is_some() && g(c, "the").is_none() {
        // "70s" alone only right after another decade: "the 70s and 80s"
        let before = text[..m0.start()].trim_end();
        let before = before
            .strip_suffix("and")
            .or_else(|| before.strip_suffix("or"))
            .or_else(|| before.strip_suffix("to"))?
            .trim_end();
        if !before.ends_with("0s") {
            return None;
        }
    }
    if g(c, "d4").is_none() && age_before(text, m0.start()) {
        return None;
    }
    // "in her 30s" has no "the"; "in the 30s" is kept
    if g(c, "the").is_none() && g(c, "d4").is_none() {
        if let Some((_, w)) = prev_word(text, m0.start()) {
            if !matches!(w.to_lowercase().as_str(), "and" | "or" | "to") {
                return None;
            }
        }
    }
    Some(Cand::one(m0.start(), m0.end(), Expr::Null, Rule::Decade))
}

/// "the sixties", "the late nineties": annotated, no value ("in her thirties" is an age).
fn decade_word(text: &str, c: &Captures) -> Option<Cand> {
    let m = g0(c)?;
    if age_before(text, m.start()) {
        return None;
    }
    Some(Cand::one(m.start(), m.end(), Expr::Null, Rule::Decade))
}

/// "last year", "this month", "earlier this week", "next year", "the end of last year".
fn shift_unit(text: &str, c: &Captures) -> Option<Cand> {
    let m0 = g0(c)?;
    let n = shift_value(g(c, "shift")?.as_str())?;
    let unit_s = g(c, "unit")?.as_str().to_ascii_lowercase();
    let unit = unit_of(&unit_s);
    // "over the next month", "in the coming weeks": durations, not dates
    if let Some((_, w)) = prev_word(text, m0.start()) {
        if w.eq_ignore_ascii_case("the") {
            return None;
        }
    }
    let expr = match unit {
        Some(u @ (Unit::Month | Unit::Year)) => Expr::Deictic { unit: u, n },
        _ => Expr::Null,
    };
    Some(Cand::one(m0.start(), m0.end(), expr, Rule::RelativeUnit))
}

/// "the previous day", "the following year", "the same day", "the next morning".
fn anchored(text: &str, c: &Captures) -> Option<Cand> {
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

/// "the day before", "the year after", "the day before yesterday".
fn day_dir(text: &str, c: &Captures) -> Option<Cand> {
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
    // "the day before the vote": anchored on an event, no value
    let x = g(c, "x")?;
    Some(Cand::one(
        x.start(),
        x.end(),
        Expr::Null,
        Rule::AnchoredEvent,
    ))
}

/// "three days ago", "a week ago", "nine months ago", "two years later".
fn ago(text: &str, c: &Captures) -> Option<Cand> {
    let m0 = g0(c)?;
    let dir = g(c, "dir")?.as_str().to_ascii_lowercase();
    if matches!(dir.as_str(), "before" | "after" | "on" | "prior") {
        // only at the end of a clause: "two years after the war" is not a date
        let closes = matches!(
            char_at(text, m0.end()),
            None | Some('.' | ',' | ';' | ':' | ')' | '"' | '”' | '\n')
        );
        if !closes {
            return None;
        }
    }
    // "a month earlier than usual": a comparison, not a date
    if matches!(dir.as_str(), "earlier" | "later")
        && next_word(text, m0.end()).is_some_and(|w| w.eq_ignore_ascii_case("than"))
    {
        return None;
    }
    let nword = g(c, "n")?.as_str();
    let n = LEX.cardinal(nword);
    let unit_s = g(c, "unit")?.as_str().to_ascii_lowercase();
    let from_published = matches!(dir.as_str(), "ago" | "back" | "previously");
    let sign = if matches!(dir.as_str(), "later" | "after" | "on") {
        1
    } else {
        -1
    };
    let expr = match n {
        None => Expr::Null,
        Some(n) => {
            let (unit, k) = match unit_s.trim_end_matches('s') {
                "day" => (Unit::Day, n),
                "week" => (Unit::Day, 7 * n),
                "fortnight" => (Unit::Day, 14 * n),
                "month" => (Unit::Month, n),
                "year" => (Unit::Year, n),
                "decade" => (Unit::Year, 10 * n),
                _ => return Some(Cand::one(m0.start(), m0.end(), Expr::Null, Rule::Offset)),
            };
            if from_published {
                Expr::Deictic { unit, n: sign * k }
            } else {
                Expr::Anchored { unit, n: sign * k }
            }
        }
    };
    Some(Cand::one(m0.start(), m0.end(), expr, Rule::Offset))
}

/// "yesterday", "today", "tomorrow", "tonight", "last night", "this morning".
fn deictic(text: &str, c: &Captures) -> Option<Cand> {
    let m0 = g0(c)?;
    let n = if g(c, "dby").is_some() {
        -2
    } else if g(c, "dat").is_some() {
        2
    } else if let Some(w) = g(c, "w") {
        let word = w.as_str();
        // "USA Today", "the Today programme": names
        if word.starts_with('T') && word.eq_ignore_ascii_case("today") {
            // capitalized inside a sentence: a title
            if g(c, "pre").is_none() && !super::context::at_sentence_start(text, w.start()) {
                return None;
            }
            if next_word(text, w.end()).is_some_and(|n| {
                matches!(
                    n.to_lowercase().as_str(),
                    "show" | "programme" | "program" | "newspaper"
                )
            }) {
                return None;
            }
        }
        if word.eq_ignore_ascii_case("today")
            && g(c, "pre").is_none()
            && super::context::generic_today(text, w.start(), w.end())
        {
            return Some(Cand::one(w.start(), w.end(), Expr::Null, Rule::Generic));
        }
        LEX.word(word)?.1.parse().ok()?
    } else {
        // "last night" is the evening before; "this morning" today
        match g(c, "sh")?.as_str().to_ascii_lowercase().as_str() {
            "last" => -1,
            _ => 0,
        }
    };
    Some(Cand::one(
        m0.start(),
        m0.end(),
        Expr::Deictic { unit: Unit::Day, n },
        Rule::Deictic,
    ))
}

/// "on Sunday", "late Thursday", "Tuesday night", "last Friday", "every Sunday".
fn weekday(text: &str, c: &Captures) -> Option<Cand> {
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
                && !super::context::at_sentence_start(text, s)
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

/// "in October", "last June", "mid-December", "an October news conference".
fn month(text: &str, c: &Captures) -> Option<Cand> {
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

/// "last summer", "in the spring", "the summer of 2012": annotated, no value.
fn season(text: &str, c: &Captures) -> Option<Cand> {
    let m0 = g0(c)?;
    let s = g(c, "s")?;
    let has_mod = g(c, "shift").is_some() || g(c, "pre").is_some() || g(c, "year").is_some();
    let is_fall = s.as_str().eq_ignore_ascii_case("fall");
    // "Summer Olympics", "Spring Festival": names
    if is_capitalized(s.as_str())
        && !super::context::at_sentence_start(text, s.start())
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
        // "the fall of Kabul", "in fall" is rare: fall needs "the" and no "of"
        if is_fall && (g(c, "the").is_none() || text[s.end()..].trim_start().starts_with("of")) {
            return None;
        }
    }
    Some(Cand::one(m0.start(), m0.end(), Expr::Null, Rule::Season))
}

/// "Christmas", "New Year's Eve", "Good Friday", "9/11".
fn holiday(text: &str, c: &Captures) -> Option<Cand> {
    let m0 = g0(c)?;
    let h = g(c, "h")?;
    let rule = *LEX.holidays.get(&super::lexicon::holiday_key(h.as_str()))?;
    // "Christmas Island", "Easter Rising", "Good Friday Agreement": names
    if g(c, "year").is_none()
        && super::context::next_word(text, h.end())
            .is_some_and(|w| is_capitalized(w) && !super::context::is_calendar_word(w))
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
    Some(Cand::one(
        m0.start(),
        m0.end(),
        Expr::Holiday { rule, y },
        Rule::Holiday,
    ))
}

#[cfg(test)]
mod boundary_tests {
    use super::ascii_boundaries;

    #[test]
    fn word_boundaries_become_ascii() {
        assert_eq!(ascii_boundaries(r"\bMay\b"), r"(?-u:\b)May(?-u:\b)");
        assert_eq!(ascii_boundaries(r"a\\b\d"), r"a\\b\d");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn exprs(text: &str) -> Vec<(String, Expr)> {
        super::super::select(scan(text, 0..text.len()))
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
