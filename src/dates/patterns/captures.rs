//! Helpers shared by the pattern handlers: named groups, numbers, calendar validity, the
//! shift words of the lexicon, and iteration over every match.
//!
//! In: regex captures. Out: typed pieces of them.

use crate::dates::Unit;
use crate::dates::lexicon::{LEX, WordClass};
use chrono::NaiveDate;
use regex_automata::meta::Regex;
use regex_automata::{Input, util::captures::Captures as Slots};

/// One match of a date pattern: its groups (what the handlers read of `regex::Captures`).
pub(crate) struct Captures<'h> {
    hay: &'h str,
    slots: Slots,
}

/// A group of a match (what the handlers read of `regex::Match`).
#[derive(Debug, Clone, Copy)]
pub(crate) struct Match<'h> {
    hay: &'h str,
    start: usize,
    end: usize,
}

impl<'h> Match<'h> {
    pub(crate) fn start(&self) -> usize {
        self.start
    }
    pub(crate) fn end(&self) -> usize {
        self.end
    }
    pub(crate) fn as_str(&self) -> &'h str {
        &self.hay[self.start..self.end]
    }
}

impl<'h> Captures<'h> {
    fn span(&self, s: Option<regex_automata::Span>) -> Option<Match<'h>> {
        s.map(|s| Match {
            hay: self.hay,
            start: s.start,
            end: s.end,
        })
    }
    /// The group named `name`, if it took part in the match.
    pub(crate) fn name(&self, name: &str) -> Option<Match<'h>> {
        self.span(self.slots.get_group_by_name(name))
    }
    /// Group `i` (0: the whole match).
    pub(crate) fn get(&self, i: usize) -> Option<Match<'h>> {
        self.span(self.slots.get_group(i))
    }
}

pub(super) fn num(c: &Captures, name: &str) -> Option<i64> {
    let s = c.name(name)?.as_str();
    let digits: String = s.chars().take_while(char::is_ascii_digit).collect();
    digits.parse().ok()
}

pub(super) fn valid(y: i32, m: u32, d: u32) -> bool {
    NaiveDate::from_ymd_opt(y, m, d).is_some()
}

/// A day-month pair can exist in some year (Feb 29 included).
pub(super) fn valid_day_month(m: u32, d: u32) -> bool {
    valid(2000, m, d)
}

pub(super) fn shift_value(w: &str) -> Option<i32> {
    match LEX.word(w) {
        Some((WordClass::Shift | WordClass::Anchored, v)) => v.parse().ok(),
        _ => None,
    }
}

/// A named group of a match (kept out of line: called from many places).
#[inline(never)]
pub(super) fn g<'h>(c: &Captures<'h>, name: &str) -> Option<Match<'h>> {
    c.name(name)
}

/// The whole match.
#[inline(never)]
pub(super) fn g0<'h>(c: &Captures<'h>) -> Option<Match<'h>> {
    c.get(0)
}

/// Every match of `r` in `hay` from byte `from` on.
#[inline(never)]
pub(super) fn all_captures<'h>(r: &Regex, hay: &'h str, from: usize) -> Vec<Captures<'h>> {
    let mut v = Vec::new();
    let mut at = from;
    while at <= hay.len() {
        let mut slots = r.create_captures();
        r.search_captures(&Input::new(hay).span(at..hay.len()), &mut slots);
        if !slots.is_match() {
            break;
        }
        let c = Captures { hay, slots };
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

pub(super) fn unit_of(s: &str) -> Option<Unit> {
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
