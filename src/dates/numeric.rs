//! Numeric dates ("26/10/2017", "10/26/2017"): the day/month order is the article's own.
//!
//! Evidence, strongest first: a numeric date with a first number above 12 (day first) or a
//! second one above 12 (month first); then how the article writes dates in words ("26
//! October" is day-first, "October 26" month-first). With no evidence, or contradicting
//! numeric evidence, the order stays unknown and an ambiguous date ("5/6/2019") gets no value.

use super::{Expr, Item};
use crate::rules::Rule;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Order {
    DayFirst,
    MonthFirst,
    Unknown,
}

pub(crate) fn day_month_order(_text: &str, items: &[Item]) -> Order {
    let (mut day_first, mut month_first) = (0, 0);
    let (mut words_dm, mut words_md) = (0, 0);
    for it in items {
        match it.expr {
            Expr::Numeric { a, b, .. } => {
                if a > 12 && b <= 12 {
                    day_first += 1;
                } else if b > 12 && a <= 12 {
                    month_first += 1;
                }
            }
            Expr::Day { .. } | Expr::DayOfMonth { .. } => match it.rule {
                Rule::DateDmy => words_dm += 1,
                Rule::DateMdy => words_md += 1,
                _ => {}
            },
            _ => {}
        }
    }
    match (day_first > 0, month_first > 0) {
        (true, false) => Order::DayFirst,
        (false, true) => Order::MonthFirst,
        (true, true) => Order::Unknown,
        (false, false) => {
            if words_dm > words_md {
                Order::DayFirst
            } else if words_md > words_dm {
                Order::MonthFirst
            } else {
                Order::Unknown
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::run;

    #[test]
    fn order_from_impossible_values() {
        let v = run("Filed 26/10/2017, heard 5/6/2018.", None);
        assert_eq!(v[0].1.as_deref(), Some("2017-10-26"));
        assert_eq!(v[1].1.as_deref(), Some("2018-06-05"));
        let v = run("Filed 10/26/2017, heard 5/6/2018.", None);
        assert_eq!(v[1].1.as_deref(), Some("2018-05-06"));
    }

    #[test]
    fn order_from_words_or_unknown() {
        let v = run("On 3 May 2018 it was filed; heard 5/6/2018.", None);
        assert_eq!(v[1].1.as_deref(), Some("2018-06-05"));
        let v = run("On May 3, 2018 it was filed; heard 5/6/2018.", None);
        assert_eq!(v[1].1.as_deref(), Some("2018-05-06"));
        // nothing to go by: found, but no value
        let v = run("Heard 5/6/2018.", None);
        assert_eq!(v, vec![("5/6/2018".to_string(), None)]);
        // the same number twice is not ambiguous
        let v = run("Heard 7/7/2018.", None);
        assert_eq!(v[0].1.as_deref(), Some("2018-07-07"));
    }
}
