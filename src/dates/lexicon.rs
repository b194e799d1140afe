//! The date lexicon: month and weekday names, number words, relative-date words, tense
//! markers, named days and context words, all read from `data/date_*.tsv`, plus the regex
//! fragments built from them.

use chrono::Weekday;
use std::collections::HashMap;
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

pub static LEX: LazyLock<Lexicon> = LazyLock::new(|| {
    use crate::data::rows;
    let months = rows(include_str!("../../data/date_months.tsv"))
        .filter_map(|r| {
            let n: u32 = r.get(1)?.parse().ok()?;
            let form = match *r.get(2)? {
                "abbr" => MonthForm::Abbr,
                "ambiguous" => MonthForm::Ambiguous,
                _ => MonthForm::Full,
            };
            Some((r[0], (n, form)))
        })
        .collect();
    let weekdays = rows(include_str!("../../data/date_weekdays.tsv"))
        .filter_map(|r| {
            let wd = weekday_from_iso(r.get(1)?.parse().ok()?)?;
            Some((r[0], (wd, *r.get(2)? == "full")))
        })
        .collect();
    let numbers = rows(include_str!("../../data/date_numbers.tsv"))
        .filter_map(|r| Some((r[0], (*r.get(1)? == "ordinal", r.get(2)?.parse().ok()?))))
        .collect();
    let words = rows(include_str!("../../data/date_words.tsv"))
        .filter_map(|r| {
            let class = match *r.get(1)? {
                "deictic" => WordClass::Deictic,
                "shift" => WordClass::Shift,
                "anchored" => WordClass::Anchored,
                "unit" => WordClass::Unit,
                "part" => WordClass::Part,
                "position" => WordClass::Position,
                "season" => WordClass::Season,
                "vague" => WordClass::Vague,
                "habitual" => WordClass::Habitual,
                "named" => WordClass::Named,
                "decade" => WordClass::Decade,
                _ => return None,
            };
            Some((r[0], (class, *r.get(2)?)))
        })
        .collect();
    let tense = rows(include_str!("../../data/date_tense.tsv"))
        .filter_map(|r| {
            let class = match *r.get(1)? {
                "past" => TenseClass::Past,
                "future" => TenseClass::Future,
                "future-to" => TenseClass::FutureTo,
                "present" => TenseClass::Present,
                "neutral" => TenseClass::Neutral,
                _ => return None,
            };
            Some((r[0], class))
        })
        .collect();
    let context = rows(include_str!("../../data/date_context.tsv"))
        .filter_map(|r| {
            let class = match *r.get(1)? {
                "before" => ContextClass::Before,
                "approx" => ContextClass::Approx,
                "after" => ContextClass::After,
                "finance" => ContextClass::Finance,
                "street" => ContextClass::Street,
                "generic" => ContextClass::Generic,
                _ => return None,
            };
            Some((r[0], class))
        })
        .collect();
    let mut holidays = HashMap::new();
    let mut holiday_names = Vec::new();
    for r in rows(include_str!("../../data/date_holidays.tsv")) {
        if let Some(rule) = r.get(1).and_then(|s| parse_holiday(s)) {
            holidays.insert(holiday_key(r[0]), rule);
            holiday_names.push(r[0]);
        }
    }
    Lexicon {
        months,
        weekdays,
        numbers,
        words,
        tense,
        context,
        holidays,
        holiday_names,
    }
});

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
