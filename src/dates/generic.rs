//! Generic months and days: a bare month, month-day or weekday in a clause of habit ("the
//! rainy season usually runs from November to April", "the monsoon typically reaches the
//! capital around June 27") names no particular one: annotated, value null (FORMAT.md:
//! generic or habitual uses).
//!
//! In: the selected items, in text order. Out: the same items; those in a habitual clause
//! (an adverb of habit of `data/date_context.tsv` in the same clause: between the last
//! comma or sentence mark and the item, or after it before the next one; not after "since") become `Expr::Null` with rule
//! `habitual-clause`. Months and days with a year, a shift ("last June") or a weekday of
//! their own are left alone.

use super::lexicon::{ContextClass, LEX};
use super::{Expr, Item};
use crate::rules::Rule;

/// How far (bytes) before and after the item the clause is read.
const BEFORE: usize = 120;
const AFTER: usize = 80;

/// Marks the bare months, month-days and weekdays of habitual clauses as generic.
pub(crate) fn mark_habitual(text: &str, items: &mut [Item]) {
    for it in items.iter_mut() {
        let bare = matches!(
            it.expr,
            Expr::MonthName { shift: None, .. }
                | Expr::DayOfMonth { wd: None, .. }
                | Expr::Weekday { shift: None, .. }
        );
        // "has stalled since June 2": a point in time, not a habit
        let since = super::context::prev_word(text, it.start)
            .is_some_and(|(_, w)| w.eq_ignore_ascii_case("since"));
        if bare && !since && habitual_clause(text, it.start, it.end) {
            it.expr = Expr::Null;
            it.rule = Rule::HabitualClause;
        }
    }
}

/// Where a clause ends: sentence punctuation, quotes, commas and dashes.
fn is_boundary(c: char) -> bool {
    matches!(
        c,
        '.' | '!' | '?' | ';' | ',' | ':' | '\n' | '"' | '“' | '”' | '—' | '–' | '('
    )
}

/// Is there an adverb of habit in the sentence around `start..end` (within the window)?
fn habitual_clause(text: &str, start: usize, end: usize) -> bool {
    let mut from = start.saturating_sub(BEFORE);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    let mut to = (end + AFTER).min(text.len());
    while !text.is_char_boundary(to) {
        to -= 1;
    }
    let before = &text[from..start];
    let before = before
        .char_indices()
        .rev()
        .find(|&(_, c)| is_boundary(c))
        .map_or(before, |(i, c)| &before[i + c.len_utf8()..]);
    let after = &text[end..to];
    let after = after.find(is_boundary).map_or(after, |i| &after[..i]);
    [before, after].iter().any(|part| {
        part.split(|c: char| !c.is_alphabetic())
            .any(|w| matches!(LEX.context.get(w), Some(ContextClass::Habit)))
    })
}

#[cfg(test)]
mod tests {
    use crate::dates::tests::run;

    #[test]
    fn months_in_habitual_clauses_are_generic() {
        let got = run(
            "The rainy season usually runs from November to April. The rains reached \
             the city in November.",
            Some("2024-03-02"),
        );
        assert_eq!(
            got,
            vec![
                ("November".to_string(), None),
                ("April".to_string(), None),
                ("November".to_string(), Some("2023-11".to_string())),
            ]
        );
    }

    #[test]
    fn quotes_and_multibyte_text_bound_the_clause() {
        let got = run(
            "“Usually it’s calm.” Ferries stopped on Monday, the operator said—in French.",
            Some("2025-06-26"),
        );
        assert_eq!(
            got,
            vec![("Monday".to_string(), Some("2025-06-23".to_string()))]
        );
    }

    #[test]
    fn a_written_year_or_shift_is_no_habit() {
        let got = run(
            "Floods usually come late, but last June and in June 2023 they came early.",
            Some("2024-03-02"),
        );
        assert_eq!(
            got,
            vec![
                ("last June".to_string(), Some("2023-06".to_string())),
                ("June 2023".to_string(), Some("2023-06".to_string())),
            ]
        );
    }
}
