//! The date patterns: regexes built once from the lexicon, and what each match denotes.

use super::context::{
    age_before, bare_year_ok, char_at, is_capitalized, is_date_preposition, month_alone_ok,
    next_word, prev_word, weekday_ok,
};
use super::lexicon::{LEX, MonthForm, WordClass};
use super::{Cand, Expr, Item, Unit};
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

struct Patterns {
    dmy: Regex,
    mdy: Regex,
    my: Regex,
    iso: Regex,
    numeric: Regex,
    year: Regex,
    decade: Regex,
    century: Regex,
    quarter: Regex,
    qn: Regex,
    shift_unit: Regex,
    end_of: Regex,
    anchored: Regex,
    anchored_wd: Regex,
    that_day: Regex,
    day_dir: Regex,
    ago: Regex,
    deictic: Regex,
    weekday: Regex,
    month: Regex,
    season: Regex,
    holiday: Regex,
    the_day: Regex,
    names: Regex,
    same_period: Regex,
    weekend: Regex,
    short_year: Regex,
    week_of: Regex,
}

fn re(s: &str) -> Regex {
    Regex::new(s).unwrap_or_else(|e| panic!("date pattern: {e}\n{s}"))
}

static P: LazyLock<Patterns> = LazyLock::new(|| {
    let l = &*LEX;
    let full = l.month_alt(&[MonthForm::Full, MonthForm::Ambiguous], true);
    let abbr = l.month_alt(&[MonthForm::Abbr], true);
    let mon = format!(r"(?P<mon>(?:{full})\b|(?:{abbr})(?:\.|\b))");
    let mon_alone = l.month_alt(&[MonthForm::Full, MonthForm::Ambiguous], false);
    let wdfull = l.weekday_alt(true);
    let wdabbr = l.weekday_alt(false);
    let wd = format!(r"(?P<wd>\b(?i:{wdfull})\b|\b(?:{wdabbr})(?:\.|\b))");
    let shift = l.words_alt(WordClass::Shift);
    let anchored = l.words_alt(WordClass::Anchored);
    let parts = l.words_alt(WordClass::Part);
    let deictic = l.words_alt(WordClass::Deictic);
    let seasons = l.words_alt(WordClass::Season);
    let cardinals = l.numbers_alt(false);
    let ordinals = l.numbers_alt(true);
    let quarter_ords = super::lexicon::alt(
        l.numbers
            .iter()
            .filter(|(_, (o, n))| *o && (*n == -1 || (1..=4).contains(n)))
            .map(|(w, _)| *w),
    );
    let pos = format!(
        r"(?P<pre>(?i:early|earlier|late|later|mid|middle|end|the{S}(?:end|beginning|start|middle|close|rest|remainder){S}of|(?:at{S})?the{S}turn{S}of))"
    );
    let holidays = l.holiday_alt();
    Patterns {
        dmy: re(&format!(
            r"\b(?:{wd}{SEP})?(?:(?i:the){S})?(?:(?P<d0>{DAYN}){RANGE})?(?P<day>{DAYN})(?:{S}(?i:of))?{S}{mon}(?:{SEP}(?P<year>{YEAR}))?"
        )),
        mdy: re(&format!(
            r"(?:{wd}{SEP})?\b{mon}{S0}(?P<day>{DAYN})(?:{RANGE}(?P<day2>{DAYN}))?(?:{SEP}(?P<year>{YEAR}))?"
        )),
        my: re(&format!(
            r"\b(?:{pos}(?:-|{S})(?:(?i:of){S})?)?{mon}(?:{SEP}|{S}(?i:of){S})(?P<year>{YEAR})"
        )),
        iso: re(
            r"\b(?P<y>(?:1[6-9]|20)[0-9]{2})(?P<s1>[-/.])(?P<m>0?[1-9]|1[0-2])(?P<s2>[-/.])(?P<d>0?[1-9]|[12][0-9]|3[01])(?:T|\b)",
        ),
        numeric: re(
            r"\b(?P<a>[0-9]{1,2})(?P<s1>[/.-])(?P<b>[0-9]{1,2})(?P<s2>[/.-])(?P<y>[0-9]{4}|[0-9]{2})\b",
        ),
        year: re(&format!(
            r"\b(?:{pos}(?:-|{S})(?:(?i:of){S})?)?(?P<fy>(?i:fiscal|financial){S}(?:(?i:year){S})?|FY{S0})?(?P<year>{YEAR})(?:{S0}[-–/]{S0}(?P<y2>[0-9]{{4}}|[0-9]{{2}})\b)?"
        )),
        decade: re(&format!(
            r"(?:\b(?P<the>(?i:the)){S})?(?:\b(?P<pre>(?i:early|mid|late))(?:-|{S}))?(?:\b(?P<d4>(?:1[0-9]|20)[0-9]0)|(?P<ap>['’])(?P<d2a>[0-9]0)|\b(?P<d2>[0-9]0))['’]?s\b"
        )),
        century: re(&format!(
            r"\b(?:(?i:the){S})?(?:(?i:early|mid|late)(?:-|{S}))?(?:[0-9]{{1,2}}(?:st|nd|rd|th)|(?i:{ordinals}))(?:-|{S})(?i:century)\b"
        )),
        quarter: re(&format!(
            r"\b(?:(?i:the){S})?(?P<ord>(?i:{quarter_ords})|[1-4](?:st|nd|rd|th))(?P<hy>-|{S})(?i:quarter|half)\b(?P<tail>{S}(?i:of){S}(?:(?P<year>{YEAR})|(?i:(?:this|last|next|the|that){S}(?:fiscal{S}|financial{S})?year)\b))?"
        )),
        qn: re(&format!(
            r"\b(?P<q>Q[1-4]|H[12])\b(?:{S0}(?P<year>['’][0-9]{{2}}\b|{YEAR}))?"
        )),
        shift_unit: re(&format!(
            r"\b(?:{pos}(?:-|{S})(?:(?i:in|of){S})?)?(?P<shift>(?i:{shift}))(?:{S}(?i:past))?(?:-|{S})(?P<unit>(?i:fiscal{S}year|financial{S}year|weekend|week|month|year|decade|quarter|century|fortnight|season))\b"
        )),
        end_of: re(&format!(
            r"\b(?P<pre>(?i:(?:at{S})?the{S}(?:end|beginning|start|middle|close|rest|remainder|turn){S}of))(?:{S}(?i:the))?{S}(?P<unit>(?i:year|month|week|decade|century))\b"
        )),
        anchored_wd: re(&format!(
            r"\b(?i:the){S}(?P<a>(?i:{anchored}|next)){S}(?P<wd>(?i:{wdfull}))\b"
        )),
        anchored: re(&format!(
            r"\b(?i:the){S}(?P<a>(?i:{anchored}|next)){S}(?P<unit>(?i:day|weekend|week|month|year|morning|afternoon|evening|night))\b"
        )),
        that_day: re(&format!(
            r"\b(?i:that){S}(?:(?i:same){S})?(?P<unit>(?i:day|month|year|week))\b"
        )),
        day_dir: re(&format!(
            r"\b(?P<x>(?i:the){S}(?P<unit>(?i:day|night|week|month|year))){S}(?P<dir>(?i:before|after|earlier|later|prior))\b(?P<tail>{S}(?i:yesterday|tomorrow)\b)?"
        )),
        ago: re(&format!(
            r"\b(?P<n>[0-9]{{1,3}}|(?i:(?:{cardinals})(?:-(?:{cardinals}))?|a{S}few|a{S}couple{S}of|a{S}couple|several|some|many|few)){S}(?:(?i:more|full|long|whole){S})?(?P<unit>(?i:days?|weeks?|months?|years?|decades?|centuries|century|fortnights?)){S}(?P<dir>(?i:ago|earlier|later|before|after|previously|prior|back|on))\b"
        )),
        deictic: re(&format!(
            r"\b(?:(?P<dby>(?i:the{S}day{S}before{S}yesterday))|(?P<dat>(?i:the{S}day{S}after{S}tomorrow))|(?:(?P<pre>(?i:early|late|earlier|later)){S})?(?P<w>(?i:{deictic}))(?:{S}(?P<pod>(?i:{parts})))?|(?P<sh>(?i:last|this)){S}(?P<pod2>(?i:{parts})))\b"
        )),
        weekday: re(&format!(
            r"\b(?:(?P<shift>(?i:{shift}))(?:{S}(?i:past))?{S}|(?P<pre>(?i:early|late|earlier|later))(?:{S}(?i:on|in))?{S}|(?P<hab>(?i:every|each)){S})?(?P<wd>(?i:{wdfull}))(?P<pl>s)?\b(?:{S}(?P<pod>(?i:{parts}))\b)?"
        )),
        month: re(&format!(
            r"\b(?:{pos}(?:-|{S})(?:(?i:of){S})?)?(?:(?P<shift>(?i:{shift}))(?:-|{S}))?(?:(?P<hab>(?i:every|each)){S})?(?P<mon>{mon_alone})\b"
        )),
        season: re(&format!(
            r"\b(?:(?P<pre>(?i:early|late|mid|the{S}(?:end|beginning|start|middle){S}of))(?:-|{S}))?(?:(?P<shift>(?i:{shift}))(?:-|{S}))?(?:(?P<the>(?i:the)){S})?(?P<s>(?i:{seasons}))\b(?:(?:{S}(?i:of))?{S}(?P<year>{YEAR}))?"
        )),
        holiday: re(&format!(r"\b(?P<h>{holidays})\b(?:{SEP}(?P<year>{YEAR}))?")),
        names: re(&format!(
            r"\b(?:{})\b",
            super::lexicon::alt(crate::data::lines(include_str!(
                "../../data/date_names.tsv"
            )))
        )),
        same_period: re(&format!(
            r"\b(?i:the){S}(?i:same){S}(?P<unit>(?i:day|week|month|period|quarter|time|season|date)){S}(?:(?i:of|in){S})?(?i:a{S}year{S}(?:ago|earlier|before|previously)|one{S}year{S}(?:ago|earlier|before)|last{S}year|the{S}(?:previous|prior|last|preceding){S}year)\b"
        )),
        weekend: re(&format!(r"\b(?P<x>(?i:the){S}weekend)\b")),
        short_year: re(&format!(
            r"\b(?i:in|since|of|from|until|till|by|before|after|and|to){S0}(?P<x>['’][0-9]{{2}})\b"
        )),
        week_of: re(&format!(
            r"\b(?i:the){S}(?:(?i:{ordinals}|past|next|following|previous){S})?(?i:week|weekend){S}(?i:of){S}{mon}(?:{S0}(?P<day>{DAYN}))?(?:{SEP}(?P<year>{YEAR}))?"
        )),
        the_day: re(&format!(
            r"\b(?i:end|ended|ending|ends|finish|finished|finishing|close|closed|closing|later{S}in|late{S}in|earlier{S}in|early{S}in){S}(?P<x>(?i:the){S}(?i:day))\b"
        )),
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

/// Scans `range` of `text` for date expressions (overlapping candidates included).
pub(crate) fn scan(text: &str, range: Range<usize>) -> Vec<Cand> {
    let p = &*P;
    let hay = &text[..range.end];
    let mut out = Vec::new();
    let it = |r: &Regex| -> Vec<Captures<'_>> {
        let mut v = Vec::new();
        let mut at = range.start;
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
    };
    for c in it(&p.dmy) {
        out.extend(day_month_year(text, &c, true));
    }
    for c in it(&p.mdy) {
        out.extend(day_month_year(text, &c, false));
    }
    for c in it(&p.my) {
        out.extend(month_year(&c));
    }
    for c in it(&p.iso) {
        out.extend(iso(text, &c));
    }
    for c in it(&p.numeric) {
        out.extend(numeric(text, &c));
    }
    for c in it(&p.year) {
        out.extend(year(text, &c));
    }
    for c in it(&p.decade) {
        out.extend(decade(text, &c));
    }
    for c in it(&p.century) {
        let m = c.get(0).expect("match");
        out.push(Cand::one(m.start(), m.end(), Expr::Null, "century"));
    }
    for c in it(&p.quarter) {
        let m = c.get(0).expect("match");
        let adjective = c.name("hy").is_some_and(|h| h.as_str() == "-");
        // "rose in the fourth quarter": a calendar quarter where money is talked about
        let business = super::context::finance_near(text, m.start(), m.end(), 160)
            && prev_word(text, m.start()).is_some_and(|(_, w)| is_date_preposition(w));
        if c.name("tail").is_some() || adjective || business {
            out.push(Cand::one(m.start(), m.end(), Expr::Null, "quarter"));
        }
    }
    for c in it(&p.qn) {
        let m = c.get(0).expect("match");
        let in_prep = prev_word(text, m.start()).is_some_and(|(_, w)| is_date_preposition(w));
        if c.name("year").is_some() || in_prep {
            out.push(Cand::one(m.start(), m.end(), Expr::Null, "quarter"));
        }
    }
    for c in it(&p.shift_unit) {
        out.extend(shift_unit(text, &c));
    }
    for c in it(&p.end_of) {
        let m = c.get(0).expect("match");
        let unit = c
            .name("unit")
            .map_or("", |u| u.as_str())
            .to_ascii_lowercase();
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
        out.push(Cand::one(m.start(), m.end(), expr, "period-part"));
    }
    for c in it(&p.anchored) {
        out.extend(anchored(text, &c));
    }
    for c in it(&p.anchored_wd) {
        let m = c.get(0).expect("match");
        let n = c.name("a").and_then(|a| shift_value(a.as_str()));
        let wd = c.name("wd").and_then(|w| LEX.weekday(w.as_str()));
        if let (Some(n), Some(wd)) = (n, wd) {
            if n != 0 {
                let expr = Expr::AnchoredWeekday { wd, n };
                out.push(Cand::one(m.start(), m.end(), expr, "anchored"));
            }
        }
    }
    for c in it(&p.that_day) {
        let m = c.get(0).expect("match");
        let unit = unit_of(c.name("unit").map_or("", |u| u.as_str()));
        let expr = match unit {
            Some(Unit::Week) | None => Expr::Null,
            Some(u) => Expr::Anchored { unit: u, n: 0 },
        };
        out.push(Cand::one(m.start(), m.end(), expr, "anchored"));
    }
    for c in it(&p.day_dir) {
        out.extend(day_dir(text, &c));
    }
    for c in it(&p.ago) {
        out.extend(ago(text, &c));
    }
    for c in it(&p.deictic) {
        out.extend(deictic(text, &c));
    }
    for c in it(&p.weekday) {
        out.extend(weekday(text, &c));
    }
    for c in it(&p.month) {
        out.extend(month(text, &c));
    }
    for c in it(&p.season) {
        out.extend(season(text, &c));
    }
    for c in it(&p.holiday) {
        out.extend(holiday(text, &c));
    }
    for c in it(&p.the_day) {
        let x = c.name("x").expect("x");
        out.push(Cand::one(
            x.start(),
            x.end(),
            Expr::Anchored {
                unit: Unit::Day,
                n: 0,
            },
            "anchored",
        ));
    }
    for c in it(&p.same_period) {
        let m = c.get(0).expect("match");
        let unit = c
            .name("unit")
            .map_or("", |u| u.as_str())
            .to_ascii_lowercase();
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
        out.push(Cand::one(m.start(), m.end(), expr, "same-period"));
    }
    for c in it(&p.weekend) {
        let x = c.name("x").expect("x");
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
        if prep {
            out.push(Cand::one(x.start(), x.end(), Expr::Null, "week"));
        }
    }
    for c in it(&p.short_year) {
        let x = c.name("x").expect("x");
        // "'80s" is a decade, "'82's" odd: only a bare '82
        if matches!(char_at(text, x.end()), Some('s' | '\'' | '’')) {
            continue;
        }
        let yy: i32 = text
            [x.start() + x.as_str().chars().next().map_or(1, char::len_utf8)..x.end()]
            .parse()
            .unwrap_or(0);
        let y = yy + if yy < 50 { 2000 } else { 1900 };
        out.push(Cand::one(x.start(), x.end(), Expr::Year { y }, "year"));
    }
    for c in it(&p.week_of) {
        let m = c.get(0).expect("match");
        out.push(Cand::one(m.start(), m.end(), Expr::Null, "week"));
    }
    // names that hold a date word: "Mail on Sunday", "Good Friday Agreement"
    let names: Vec<(usize, usize)> = it(&p.names)
        .iter()
        .filter_map(|c| c.get(0).map(|m| (m.start(), m.end())))
        .collect();
    out.retain(|c| {
        c.start >= range.start
            && c.end <= range.end
            && !names.iter().any(|&(s, e)| s < c.end && c.start < e)
    });
    out
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
    let m0 = c.get(0)?;
    let mon = c.name("mon")?;
    let (m, form) = LEX.month(mon.as_str())?;
    let d = num(c, "day")? as u32;
    if !valid_day_month(m, d) {
        return None;
    }
    let day = c.name("day")?;
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
    if form == MonthForm::Ambiguous && !dmy && c.name("wd").is_none() && c.name("year").is_none() {
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
    let wd = c.name("wd").and_then(|w| LEX.weekday(w.as_str()));
    let year = num(c, "year").map(|y| y as i32);
    let rule = if dmy { "date-dmy" } else { "date-mdy" };
    let expr_for = |d: u32| match year {
        Some(y) if valid(y, m, d) => Some(Expr::Day { y, m, d }),
        Some(_) => None,
        None => Some(Expr::DayOfMonth { m, d, wd }),
    };
    let mut items = Vec::new();
    let (start, end) = (m0.start(), m0.end());
    if dmy {
        // "26-28 October 2017": the 26 and the rest
        if let Some(d0m) = c.name("d0") {
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
    if let Some(d2m) = c.name("day2") {
        let d2 = num(c, "day2")? as u32;
        let glued = text[day.end()..d2m.start()].contains(['-', '–']);
        // "October 26 and 27 people" is not a range
        let next_ok = glued
            || match next_word(text, d2m.end()) {
                None => true,
                Some(w) => c.name("year").is_some() || is_capitalized(w),
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
fn month_year(c: &Captures) -> Option<Cand> {
    let m0 = c.get(0)?;
    let (m, _) = LEX.month(c.name("mon")?.as_str())?;
    let y = num(c, "year")? as i32;
    Some(Cand::one(
        m0.start(),
        m0.end(),
        Expr::Month { y, m },
        "month-year",
    ))
}

/// "2017-10-26", "2017/10/26".
fn iso(text: &str, c: &Captures) -> Option<Cand> {
    let m0 = c.get(0)?;
    if c.name("s1")?.as_str() != c.name("s2")?.as_str() {
        return None;
    }
    let d = c.name("d")?;
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
    valid(y, m, dd).then(|| Cand::one(m0.start(), d.end(), Expr::Day { y, m, d: dd }, "iso"))
}

/// "26/10/2017", "10/26/2017", "26.10.2017", "7/8/07": the order is decided per article.
fn numeric(text: &str, c: &Captures) -> Option<Cand> {
    let m0 = c.get(0)?;
    let sep = c.name("s1")?.as_str();
    if sep != c.name("s2")?.as_str() {
        return None;
    }
    let ys = c.name("y")?.as_str();
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
    ok.then(|| Cand::one(m0.start(), m0.end(), Expr::Numeric { a, b, y }, "numeric"))
}

/// "2017", "in 2017", "mid-2019", "fiscal 2013", "2009-2010", "1957-58".
fn year(text: &str, c: &Captures) -> Option<Cand> {
    let m0 = c.get(0)?;
    let ym = c.name("year")?;
    let y = num(c, "year")? as i32;
    let has_pre = c.name("pre").is_some() || c.name("fy").is_some();
    let rule = "year";
    if let Some(y2m) = c.name("y2") {
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
    let m0 = c.get(0)?;
    if c.name("d2").is_some() && c.name("the").is_none() {
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
    if c.name("d4").is_none() && age_before(text, m0.start()) {
        return None;
    }
    // "in her 30s" has no "the"; "in the 30s" is kept
    if c.name("the").is_none() && c.name("d4").is_none() {
        if let Some((_, w)) = prev_word(text, m0.start()) {
            if !matches!(w.to_lowercase().as_str(), "and" | "or" | "to") {
                return None;
            }
        }
    }
    Some(Cand::one(m0.start(), m0.end(), Expr::Null, "decade"))
}

/// "last year", "this month", "earlier this week", "next year", "the end of last year".
fn shift_unit(text: &str, c: &Captures) -> Option<Cand> {
    let m0 = c.get(0)?;
    let n = shift_value(c.name("shift")?.as_str())?;
    let unit_s = c.name("unit")?.as_str().to_ascii_lowercase();
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
    Some(Cand::one(m0.start(), m0.end(), expr, "relative-unit"))
}

/// "the previous day", "the following year", "the same day", "the next morning".
fn anchored(text: &str, c: &Captures) -> Option<Cand> {
    let m0 = c.get(0)?;
    let a = c.name("a")?.as_str();
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
    let expr = match unit_of(c.name("unit")?.as_str()) {
        Some(Unit::Week) | None => Expr::Null,
        Some(u) => Expr::Anchored { unit: u, n },
    };
    Some(Cand::one(m0.start(), m0.end(), expr, "anchored"))
}

/// "the day before", "the year after", "the day before yesterday".
fn day_dir(text: &str, c: &Captures) -> Option<Cand> {
    let m0 = c.get(0)?;
    let dir = c.name("dir")?.as_str().to_ascii_lowercase();
    let back = matches!(dir.as_str(), "before" | "earlier" | "prior");
    let unit = unit_of(c.name("unit")?.as_str())?;
    if c.name("tail").is_some() {
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
        return Some(Cand::one(m0.start(), m0.end(), expr, "anchored"));
    }
    // "a decade ago to the day": an idiom
    if prev_word(text, m0.start()).is_some_and(|(_, w)| w.eq_ignore_ascii_case("to")) {
        return None;
    }
    // "the day before the vote": anchored on an event, no value
    let x = c.name("x")?;
    Some(Cand::one(x.start(), x.end(), Expr::Null, "anchored-event"))
}

/// "three days ago", "a week ago", "nine months ago", "two years later".
fn ago(text: &str, c: &Captures) -> Option<Cand> {
    let m0 = c.get(0)?;
    let dir = c.name("dir")?.as_str().to_ascii_lowercase();
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
    let nword = c.name("n")?.as_str();
    let n = LEX.cardinal(nword);
    let unit_s = c.name("unit")?.as_str().to_ascii_lowercase();
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
                _ => return Some(Cand::one(m0.start(), m0.end(), Expr::Null, "offset")),
            };
            if from_published {
                Expr::Deictic { unit, n: sign * k }
            } else {
                Expr::Anchored { unit, n: sign * k }
            }
        }
    };
    Some(Cand::one(m0.start(), m0.end(), expr, "offset"))
}

/// "yesterday", "today", "tomorrow", "tonight", "last night", "this morning".
fn deictic(text: &str, c: &Captures) -> Option<Cand> {
    let m0 = c.get(0)?;
    let n = if c.name("dby").is_some() {
        -2
    } else if c.name("dat").is_some() {
        2
    } else if let Some(w) = c.name("w") {
        let word = w.as_str();
        // "USA Today", "the Today programme": names
        if word.starts_with('T') && word.eq_ignore_ascii_case("today") {
            // capitalized inside a sentence: a title
            if c.name("pre").is_none() && !super::context::at_sentence_start(text, w.start()) {
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
            && c.name("pre").is_none()
            && super::context::generic_today(text, w.start(), w.end())
        {
            return Some(Cand::one(w.start(), w.end(), Expr::Null, "generic"));
        }
        LEX.word(word)?.1.parse().ok()?
    } else {
        // "last night" is the evening before; "this morning" today
        match c.name("sh")?.as_str().to_ascii_lowercase().as_str() {
            "last" => -1,
            _ => 0,
        }
    };
    Some(Cand::one(
        m0.start(),
        m0.end(),
        Expr::Deictic { unit: Unit::Day, n },
        "deictic",
    ))
}

/// "on Sunday", "late Thursday", "Tuesday night", "last Friday", "every Sunday".
fn weekday(text: &str, c: &Captures) -> Option<Cand> {
    let m0 = c.get(0)?;
    let w = c.name("wd")?;
    let wd = LEX.weekday(w.as_str())?;
    let has_mod = c.name("shift").is_some() || c.name("pre").is_some() || c.name("hab").is_some();
    if !weekday_ok(text, w.start(), m0.end(), has_mod) {
        return None;
    }
    if c.name("hab").is_some() || c.name("pl").is_some() {
        return Some(Cand::one(m0.start(), m0.end(), Expr::Null, "habitual"));
    }
    // "Black Monday", "Super Tuesday", "Bloody Sunday": a named day, not this week's
    if !has_mod {
        if let Some((s, p)) = prev_word(text, w.start()) {
            if matches!(LEX.word(p), Some((WordClass::Named, _)))
                && is_capitalized(p)
                && !super::context::at_sentence_start(text, s)
                && text[s + p.len()..w.start()].chars().all(|c| c == ' ')
            {
                return Some(Cand::one(m0.start(), m0.end(), Expr::Null, "named-day"));
            }
        }
    }
    let shift = c.name("shift").and_then(|s| shift_value(s.as_str()));
    Some(Cand::one(
        m0.start(),
        m0.end(),
        Expr::Weekday { wd, shift },
        "weekday",
    ))
}

/// "in October", "last June", "mid-December", "an October news conference".
fn month(text: &str, c: &Captures) -> Option<Cand> {
    let m0 = c.get(0)?;
    let mon = c.name("mon")?;
    let (m, form) = LEX.month(mon.as_str())?;
    let has_mod = c.name("shift").is_some() || c.name("pre").is_some() || c.name("hab").is_some();
    // "may" and "march" in lower case are never months here (the regex is case-sensitive);
    // a modifier licenses any month ("last May", "mid-March")
    if !has_mod && !month_alone_ok(text, mon.start(), mon.end(), form == MonthForm::Ambiguous) {
        return None;
    }
    if has_mod && form == MonthForm::Ambiguous {
        // "early May" is a date; "Theresa May" after "late" is not a worry
    }
    if c.name("hab").is_some() {
        return Some(Cand::one(m0.start(), m0.end(), Expr::Null, "habitual"));
    }
    let shift = c.name("shift").and_then(|s| shift_value(s.as_str()));
    Some(Cand::one(
        m0.start(),
        m0.end(),
        Expr::MonthName { m, shift },
        "month",
    ))
}

/// "last summer", "in the spring", "the summer of 2012": annotated, no value.
fn season(text: &str, c: &Captures) -> Option<Cand> {
    let m0 = c.get(0)?;
    let s = c.name("s")?;
    let has_mod = c.name("shift").is_some() || c.name("pre").is_some() || c.name("year").is_some();
    let is_fall = s.as_str().eq_ignore_ascii_case("fall");
    // "Summer Olympics", "Spring Festival": names
    if is_capitalized(s.as_str())
        && !super::context::at_sentence_start(text, s.start())
        && next_word(text, s.end()).is_some_and(is_capitalized)
        && c.name("year").is_none()
    {
        return None;
    }
    if !has_mod {
        let start = c.name("the").map_or(s.start(), |t| t.start());
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
        if is_fall && (c.name("the").is_none() || text[s.end()..].trim_start().starts_with("of")) {
            return None;
        }
    }
    Some(Cand::one(m0.start(), m0.end(), Expr::Null, "season"))
}

/// "Christmas", "New Year's Eve", "Good Friday", "9/11".
fn holiday(text: &str, c: &Captures) -> Option<Cand> {
    let m0 = c.get(0)?;
    let h = c.name("h")?;
    let rule = *LEX.holidays.get(&super::lexicon::holiday_key(h.as_str()))?;
    // "Christmas Island", "Easter Rising", "Good Friday Agreement": names
    if c.name("year").is_none()
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
        "holiday",
    ))
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
