//! The vocabulary of the patterns: `{name}` fragments built from the date lexicon (month
//! and weekday names, number words, shift and anchor words, holidays) and the derived ones.
//!
//! In: `data/en/date_*.tsv` through the lexicon. Out: the `(name, regex fragment)` list.

use super::template::{DAYN, RANGE, S, S0, SEP, YEAR, expand};
use crate::dates::lexicon::{LEX, MonthForm, WordClass, alt};

/// Every `{name}` a pattern template may use, with its regex fragment.
pub(super) fn vocabulary() -> Vec<(&'static str, String)> {
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
            alt(l
                .numbers
                .iter()
                .filter(|(_, (o, n))| *o && (*n == -1 || (1..=4).contains(n)))
                .map(|(w, _)| *w)),
        ),
        ("holidays", l.holiday_alt()),
        ("names", alt(l.names.iter().copied())),
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
    v
}
