//! The date lexicon: month and weekday names, number words, relative-date words, tense
//! markers, named days and context words, all read from `data/date_*.tsv`, plus the regex
//! fragments built from them.

use crate::data::{DataError, loaded, table, words as words_list};
use crate::data_file;
use chrono::Datelike;
use chrono::Weekday;
use rustc_hash::FxHashMap as HashMap;
use std::sync::LazyLock;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MonthForm {
    /// A full name that is read alone in date contexts ("October").
    Full,
    /// A full name that is also a verb or a given name ("May", "March", "June").
    Ambiguous,
    /// An abbreviation ("Oct", "Sept").
    Abbr,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WordClass {
    Deictic,
    Shift,
    Anchored,
    Unit,
    Part,
    Position,
    Season,
    Vague,
    Habitual,
    Named,
    Decade,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TenseClass {
    Past,
    /// A past verb of telling or asking someone to act ("told", "urged"): past itself, but
    /// the infinitive after it looks ahead ("told me to take the bus on Thursday").
    Directive,
    Future,
    FutureTo,
    Present,
    Neutral,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ContextClass {
    /// A label or currency right before a number ("Flight", "$").
    Before,
    /// An approximation word ("about 2000 people").
    Approx,
    /// A unit or clock word right after a number ("km", "GMT").
    After,
    /// A business word ("profit", "sales"): the context of calendar quarters.
    Finance,
    /// A street word ("Avenue"): a number before a name and one of these is an address.
    Street,
    /// A noun after "today's" that makes it mean nowadays ("today's world").
    Generic,
    /// An adverb of habit ("usually", "typically"): a bare month or day in its clause is
    /// generic ("the rainy season usually runs from November to April").
    Habit,
}

/// How a named day falls in a given year.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HolidayRule {
    Fixed {
        month: u32,
        day: u32,
    },
    Easter {
        offset: i64,
    },
    /// The `nth` (-1 = last) `weekday` of `month`, plus `offset` days.
    Nth {
        month: u32,
        weekday: Weekday,
        nth: i32,
        offset: i64,
    },
    /// One day in history ("9/11").
    Once {
        year: i32,
        month: u32,
        day: u32,
    },
    /// Days from Orthodox (Julian) Easter Sunday.
    Orthodox {
        offset: i64,
    },
    /// A day of a lunar or lunisolar calendar ("Eid al-Adha", "Diwali"): its day in each
    /// year listed, [`Lexicon::holiday_days`]`[table]` (`data/date_holiday_days.tsv`).
    Table {
        table: usize,
    },
    /// A festive period ("Ramadan", "Holy Week"): annotated, no value.
    Period,
}

pub struct Lexicon {
    pub months: HashMap<&'static str, (u32, MonthForm)>,
    pub weekdays: HashMap<&'static str, (Weekday, bool)>,
    /// word -> (is_ordinal, value)
    pub numbers: HashMap<&'static str, (bool, i32)>,
    pub words: HashMap<&'static str, (WordClass, &'static str)>,
    pub tense: HashMap<&'static str, TenseClass>,
    pub context: HashMap<&'static str, ContextClass>,
    /// Holiday names as written, with their lower-case key.
    pub holidays: HashMap<String, HolidayRule>,
    holiday_names: Vec<&'static str>,
    /// The days of each [`HolidayRule::Table`] holiday, sorted.
    pub holiday_days: Vec<Vec<chrono::NaiveDate>>,
    /// Names that hold a date word but are not dates ("Good Friday Agreement", "Girl Friday"):
    /// `data/en/date_names.tsv`.
    pub names: Vec<&'static str>,
}

fn weekday_from_iso(n: u32) -> Option<Weekday> {
    match n {
        1 => Some(Weekday::Mon),
        2 => Some(Weekday::Tue),
        3 => Some(Weekday::Wed),
        4 => Some(Weekday::Thu),
        5 => Some(Weekday::Fri),
        6 => Some(Weekday::Sat),
        7 => Some(Weekday::Sun),
        _ => None,
    }
}

fn parse_holiday(rule: &str) -> Option<HolidayRule> {
    if rule == "period" {
        return Some(HolidayRule::Period);
    }
    if let Some(rest) = rule.strip_prefix("orthodox") {
        let offset: i64 = rest.trim_start_matches('+').parse().ok()?;
        return Some(HolidayRule::Orthodox { offset });
    }
    if let Some(rest) = rule.strip_prefix("easter") {
        let offset: i64 = rest.trim_start_matches('+').parse().ok()?;
        return Some(HolidayRule::Easter { offset });
    }
    if let Some(rest) = rule.strip_prefix("nth:") {
        let p: Vec<&str> = rest.split(':').collect();
        let month = p.first()?.parse().ok()?;
        let weekday = weekday_from_iso(p.get(1)?.parse().ok()?)?;
        let nth = p.get(2)?.parse().ok()?;
        let offset = match p.get(3) {
            Some(o) => o.trim_start_matches('+').parse().ok()?,
            None => 0,
        };
        return Some(HolidayRule::Nth {
            month,
            weekday,
            nth,
            offset,
        });
    }
    let p: Vec<&str> = rule.split('-').collect();
    match p.as_slice() {
        [m, d] => Some(HolidayRule::Fixed {
            month: m.parse().ok()?,
            day: d.parse().ok()?,
        }),
        [y, m, d] => Some(HolidayRule::Once {
            year: y.parse().ok()?,
            month: m.parse().ok()?,
            day: d.parse().ok()?,
        }),
        _ => None,
    }
}

const MONTH_FORMS: &[(&str, MonthForm)] = &[
    ("abbr", MonthForm::Abbr),
    ("ambiguous", MonthForm::Ambiguous),
    ("full", MonthForm::Full),
];
const WEEKDAY_FORMS: &[(&str, bool)] = &[("full", true), ("abbr", false)];
const NUMBER_KINDS: &[(&str, bool)] = &[("ordinal", true), ("cardinal", false)];
const WORD_CLASSES: &[(&str, WordClass)] = &[
    ("anchored", WordClass::Anchored),
    ("decade", WordClass::Decade),
    ("deictic", WordClass::Deictic),
    ("habitual", WordClass::Habitual),
    ("named", WordClass::Named),
    ("part", WordClass::Part),
    ("position", WordClass::Position),
    ("season", WordClass::Season),
    ("shift", WordClass::Shift),
    ("unit", WordClass::Unit),
    ("vague", WordClass::Vague),
];
const TENSE_CLASSES: &[(&str, TenseClass)] = &[
    ("directive", TenseClass::Directive),
    ("future", TenseClass::Future),
    ("future-to", TenseClass::FutureTo),
    ("neutral", TenseClass::Neutral),
    ("past", TenseClass::Past),
    ("present", TenseClass::Present),
];
const CONTEXT_CLASSES: &[(&str, ContextClass)] = &[
    ("after", ContextClass::After),
    ("approx", ContextClass::Approx),
    ("before", ContextClass::Before),
    ("finance", ContextClass::Finance),
    ("generic", ContextClass::Generic),
    ("habit", ContextClass::Habit),
    ("street", ContextClass::Street),
];

impl Lexicon {
    /// Reads every `data/date_*.tsv` file; an unknown class or a malformed value is an
    /// error with its file and line.
    pub fn load() -> Result<Lexicon, DataError> {
        let mut months = HashMap::default();
        for l in table(data_file!("en/date_months.tsv"), 3, 3)? {
            let n: u32 = l.number(1)?;
            if !(1..=12).contains(&n) {
                return Err(l.error(format!("month {n} is not 1..12")));
            }
            months.insert(l.key(), (n, l.one_of(2, MONTH_FORMS)?));
        }
        let mut weekdays = HashMap::default();
        for l in table(data_file!("en/date_weekdays.tsv"), 3, 3)? {
            let wd = weekday_from_iso(l.number(1)?)
                .ok_or_else(|| l.error("weekday is not 1 (Monday) .. 7 (Sunday)"))?;
            weekdays.insert(l.key(), (wd, l.one_of(2, WEEKDAY_FORMS)?));
        }
        let mut numbers = HashMap::default();
        for l in table(data_file!("en/date_numbers.tsv"), 3, 3)? {
            numbers.insert(l.key(), (l.one_of(1, NUMBER_KINDS)?, l.number(2)?));
        }
        let mut words = HashMap::default();
        for l in table(data_file!("en/date_words.tsv"), 3, 3)? {
            words.insert(l.key(), (l.one_of(1, WORD_CLASSES)?, l.col(2)?));
        }
        let mut tense = HashMap::default();
        for l in table(data_file!("en/date_tense.tsv"), 2, 2)? {
            tense.insert(l.key(), l.one_of(1, TENSE_CLASSES)?);
        }
        let mut context = HashMap::default();
        for l in table(data_file!("en/date_context.tsv"), 2, 2)? {
            context.insert(l.key(), l.one_of(1, CONTEXT_CLASSES)?);
        }
        let (tables, holiday_days) = holiday_tables()?;
        let mut holidays = HashMap::default();
        let mut holiday_names = Vec::new();
        for l in table(data_file!("en/date_holidays.tsv"), 2, 2)? {
            let rule = match l.col(1)?.strip_prefix("table:") {
                Some(name) => HolidayRule::Table {
                    table: *tables.get(name).ok_or_else(|| {
                        l.error(format!("no days of {name:?} in date_holiday_days.tsv"))
                    })?,
                },
                None => parse_holiday(l.col(1)?)
                    .ok_or_else(|| l.error(format!("bad holiday rule {:?}", l.cols[1])))?,
            };
            holidays.insert(holiday_key(l.key()), rule);
            holiday_names.push(l.key());
        }
        let names = words_list(data_file!("en/date_names.tsv"))?;
        Ok(Lexicon {
            months,
            weekdays,
            numbers,
            words,
            tense,
            context,
            holidays,
            holiday_names,
            holiday_days,
            names,
        })
    }
}

/// `data/date_holiday_days.tsv`: a holiday's name → its index, and each one's days (sorted,
/// one a year at most).
type HolidayTables = (HashMap<&'static str, usize>, Vec<Vec<chrono::NaiveDate>>);

fn holiday_tables() -> Result<HolidayTables, DataError> {
    let mut index = HashMap::default();
    let mut days = Vec::new();
    for l in table(data_file!("date_holiday_days.tsv"), 2, 2)? {
        let mut list = Vec::new();
        for d in l.col(1)?.split_whitespace() {
            let day = chrono::NaiveDate::parse_from_str(d, "%Y-%m-%d")
                .map_err(|_| l.error(format!("{d:?} is not a YYYY-MM-DD day")))?;
            if list
                .last()
                .is_some_and(|p: &chrono::NaiveDate| p.year() >= day.year())
            {
                return Err(l.error(format!("{d}: days must be in order, one a year")));
            }
            list.push(day);
        }
        index.insert(l.key(), days.len());
        days.push(list);
    }
    Ok((index, days))
}

pub static LEX: LazyLock<Lexicon> = LazyLock::new(|| loaded(Lexicon::load()));

/// The lookup key of a holiday name as found in a text (curly apostrophes folded).
pub fn holiday_key(s: &str) -> String {
    s.replace('’', "'").to_lowercase()
}

/// A regex alternation of literal strings, longest first (the regex crate takes the first
/// alternative that matches).
pub fn alt<'a>(words: impl IntoIterator<Item = &'a str>) -> String {
    let mut v: Vec<String> = words.into_iter().map(regex::escape).collect();
    v.sort_unstable_by(|a, b| b.len().cmp(&a.len()).then(a.cmp(b)));
    v.dedup();
    v.join("|")
}

/// "october" -> ["October", "OCTOBER"].
fn cased(w: &str) -> [String; 2] {
    let mut c = w.chars();
    let title = match c.next() {
        Some(f) => f.to_uppercase().collect::<String>() + c.as_str(),
        None => String::new(),
    };
    [title, w.to_uppercase()]
}

impl Lexicon {
    /// Month names of the given forms, Title and UPPER case.
    pub fn month_alt(&self, forms: &[MonthForm], upper: bool) -> String {
        let v: Vec<String> = self
            .months
            .iter()
            .filter(|(_, (_, f))| forms.contains(f))
            .flat_map(|(w, _)| {
                let [t, u] = cased(w);
                if upper { vec![t, u] } else { vec![t] }
            })
            .collect();
        alt(v.iter().map(String::as_str))
    }

    /// Full weekday names (matched case-insensitively by the caller).
    pub fn weekday_alt(&self, full: bool) -> String {
        let v: Vec<String> = self
            .weekdays
            .iter()
            .filter(|(_, (_, f))| *f == full)
            .flat_map(|(w, _)| {
                if full {
                    vec![w.to_string()]
                } else {
                    cased(w).to_vec()
                }
            })
            .collect();
        alt(v.iter().map(String::as_str))
    }

    /// Words of a class (lower case; callers wrap them in `(?i:...)`).
    pub fn words_alt(&self, class: WordClass) -> String {
        alt(self
            .words
            .iter()
            .filter(|(_, (c, _))| *c == class)
            .map(|(w, _)| *w))
    }

    /// Number words: cardinals or ordinals.
    pub fn numbers_alt(&self, ordinal: bool) -> String {
        alt(self
            .numbers
            .iter()
            .filter(|(_, (o, _))| *o == ordinal)
            .map(|(w, _)| *w))
    }

    /// Holiday names as written, with `'` also matching `’`.
    pub fn holiday_alt(&self) -> String {
        // escaping keeps "'" as is: it then matches both apostrophes
        alt(self.holiday_names.iter().copied()).replace('\'', "['’]")
    }

    pub fn month(&self, s: &str) -> Option<(u32, MonthForm)> {
        let key = s.trim_end_matches('.').to_ascii_lowercase();
        self.months.get(key.as_str()).copied()
    }

    pub fn weekday(&self, s: &str) -> Option<Weekday> {
        let key = s.trim_end_matches('.').to_ascii_lowercase();
        self.weekdays.get(key.as_str()).map(|w| w.0)
    }

    pub fn word(&self, s: &str) -> Option<(WordClass, &'static str)> {
        self.words.get(s.to_ascii_lowercase().as_str()).copied()
    }

    /// A cardinal number: digits, a number word, or a hyphenated compound ("twenty-five").
    pub fn cardinal(&self, s: &str) -> Option<i32> {
        let s = s.to_ascii_lowercase();
        if let Ok(n) = s.parse::<i32>() {
            return Some(n);
        }
        let get = |w: &str| match self.numbers.get(w) {
            Some((false, n)) => Some(*n),
            _ => None,
        };
        if let Some(n) = get(&s) {
            return Some(n);
        }
        let (a, b) = s.split_once('-')?;
        Some(get(a)? + get(b)?)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tables_load() {
        assert_eq!(LEX.month("Sept."), Some((9, MonthForm::Abbr)));
        assert_eq!(LEX.month("May"), Some((5, MonthForm::Ambiguous)));
        assert_eq!(LEX.weekday("Thurs"), Some(Weekday::Thu));
        assert_eq!(LEX.cardinal("twenty-five"), Some(25));
        assert_eq!(LEX.cardinal("Nine"), Some(9));
        assert_eq!(LEX.word("Yesterday").map(|w| w.1), Some("-1"));
        assert_eq!(
            LEX.holidays.get("black friday"),
            Some(&HolidayRule::Nth {
                month: 11,
                weekday: Weekday::Thu,
                nth: 4,
                offset: 1
            })
        );
        assert!(LEX.holiday_alt().contains("New Year['’]s Day"));
        assert!(LEX.month_alt(&[MonthForm::Full], true).contains("OCTOBER"));
    }
}
