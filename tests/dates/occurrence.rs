//! Which occurrence a year-less date means, beyond the tense of its clause: a day that the
//! tense would put about a year away but that falls a few weeks from publication
//! (near-occurrence), "this Saturday", a relative date with the written date after it
//! (date-apposition), a holiday dated in its clause, Easter days in an article about Orthodox
//! Easter (orthodox-context), "the Easter weekend". Each positive case has its negative twin.
//! The texts are our own.

use crate::support::analyze::report_with;
use sourcelens::OffsetUnit;

/// The (value, rule) of the date written `what` in `text` published on `published`.
fn date_of(text: &str, published: &str, what: &str) -> (Option<String>, String) {
    let r = report_with(text, Some(published), OffsetUnit::Utf8);
    let d = r
        .dates
        .iter()
        .find(|d| d.span.text == what)
        .unwrap_or_else(|| panic!("{what:?} not found in {:?}", r.dates));
    (d.value.clone(), d.rule.clone())
}

fn value_of(text: &str, published: &str, what: &str) -> Option<String> {
    date_of(text, published, what).0
}

#[test]
fn a_past_clause_about_a_day_weeks_ahead_means_the_coming_one() {
    let text = "Lawmakers passed a stopgap bill to keep paying state workers through April 14.";
    let (v, rule) = date_of(text, "2025-04-02", "April 14");
    assert_eq!(v.as_deref(), Some("2025-04-14"));
    assert_eq!(rule, "date-mdy+near-occurrence");
    let text = "He was released on a promise to appear in court Sept. 4.";
    assert_eq!(
        value_of(text, "2024-08-15", "Sept. 4").as_deref(),
        Some("2024-09-04")
    );
}

#[test]
fn a_past_day_months_ago_stays_in_the_past() {
    // two months back, the next one ten months ahead: the tense is right
    let text = "Lawmakers passed a stopgap bill on February 14.";
    let (v, rule) = date_of(text, "2025-04-02", "February 14");
    assert_eq!(v.as_deref(), Some("2025-02-14"));
    assert_eq!(rule, "date-mdy");
    // a day far ahead in the future is not pulled back
    let text = "The trial will open on March 5.";
    assert_eq!(
        value_of(text, "2025-04-02", "March 5").as_deref(),
        Some("2026-03-05")
    );
}

#[test]
fn a_future_clause_about_a_holiday_just_past_means_that_one() {
    let text = "She will try again when the Senate returns after the Fourth of July recess.";
    assert_eq!(
        value_of(text, "2025-07-10", "Fourth of July").as_deref(),
        Some("2025-07-04")
    );
    // published in May, the coming one
    assert_eq!(
        value_of(text, "2025-05-10", "Fourth of July").as_deref(),
        Some("2025-07-04")
    );
}

#[test]
fn this_weekday_is_the_one_of_the_week() {
    // 2023-09-26 is a Tuesday
    let text = "Fans heading to the match this Saturday were advised to avoid the beachfront.";
    assert_eq!(
        value_of(text, "2023-09-26", "this Saturday").as_deref(),
        Some("2023-09-30")
    );
    let text = "The council met this Monday and approved the plan.";
    assert_eq!(
        value_of(text, "2023-09-26", "this Monday").as_deref(),
        Some("2023-09-25")
    );
    let text = "The council will meet this Monday.";
    assert_eq!(
        value_of(text, "2023-09-26", "this Monday").as_deref(),
        Some("2023-10-02")
    );
}

#[test]
fn a_relative_date_takes_the_written_date_after_it() {
    let text = "The storm hit in 2011. A week later, on January 3, 2011, the government \
                announced a review. The panel was set up two days after that.";
    let (v, rule) = date_of(text, "2012-12-20", "A week later");
    assert_eq!(v.as_deref(), Some("2011-01-03"));
    assert_eq!(rule, "offset+date-apposition");
    assert_eq!(
        value_of(text, "2012-12-20", "two days after that").as_deref(),
        Some("2011-01-05")
    );
}

#[test]
fn no_apposition_across_lines_or_other_weekdays() {
    // a headline's weekday and the dateline below it
    let text = "Markets to stay closed until Friday\n\nSeptember 18, 2008\n\nTrading stopped.";
    assert_eq!(
        value_of(text, "2008-09-18", "Friday").as_deref(),
        Some("2008-09-19")
    );
    // "Monday, March 5, 2012" would be one date; another weekday is not the date after it
    let text = "He spoke on Friday, after the vote of March 5, 2012.";
    assert_ne!(
        date_of(text, "2012-03-10", "Friday").1,
        "weekday+date-apposition"
    );
}

#[test]
fn a_holiday_dated_in_its_clause_takes_that_date() {
    let text = "The Catholic community celebrated Easter on March 31 and will mark Labour Day.";
    let (v, rule) = date_of(text, "2024-04-29", "Easter");
    assert_eq!(v.as_deref(), Some("2024-03-31"));
    assert_eq!(rule, "holiday+date-apposition");
    // a date further on belongs to another clause
    let text = "They celebrated Easter. Talks resumed on March 5.";
    assert_ne!(
        date_of(text, "2024-04-29", "Easter").1,
        "holiday+date-apposition"
    );
}

#[test]
fn easter_days_follow_orthodox_easter_when_the_article_names_it() {
    let text = "Greeks celebrate Orthodox Easter on Sunday. The union urged its members to call \
                off the strike before Good Friday. Western Easter fell weeks earlier.";
    let (v, rule) = date_of(text, "2024-04-29", "Good Friday");
    assert_eq!(v.as_deref(), Some("2024-05-03"));
    assert!(rule.starts_with("holiday+"), "{rule}");
    // "Western Easter" stays Western
    assert_eq!(
        value_of(text, "2024-04-29", "Western Easter").as_deref(),
        Some("2024-03-31")
    );
    // without Orthodox Easter, Good Friday is the Western one
    let text = "The union urged its members to call off the strike before Good Friday.";
    assert_eq!(
        value_of(text, "2024-03-20", "Good Friday").as_deref(),
        Some("2024-03-29")
    );
}

#[test]
fn the_holiday_weekend_has_no_day() {
    let text = "Ferries expect 120,000 passengers over the Easter weekend.";
    let r = report_with(text, Some("2024-03-20"), OffsetUnit::Utf8);
    let d: Vec<(&str, Option<&str>)> = r
        .dates
        .iter()
        .map(|d| (d.span.text.as_str(), d.value.as_deref()))
        .collect();
    assert_eq!(d, vec![("the Easter weekend", None)]);
    // "the Canada Day long weekend" keeps the holiday's day
    let text = "The ferry broke down days before the Canada Day long weekend.";
    assert_eq!(
        value_of(text, "2025-06-25", "Canada Day").as_deref(),
        Some("2025-07-01")
    );
}

#[test]
fn a_holiday_as_a_modifier_anchors_nothing() {
    let text = "On December 27, 2010, families returning from Christmas visits were stranded. \
                Rescuers reached them the next day.";
    assert_eq!(
        value_of(text, "2012-12-20", "the next day").as_deref(),
        Some("2010-12-28")
    );
    // a holiday as a time of its own does anchor
    let text = "On December 27, 2010, families were stranded. They had left on Christmas. \
                Rescuers reached them the next day.";
    assert_eq!(
        value_of(text, "2012-12-20", "the next day").as_deref(),
        Some("2010-12-26")
    );
}

#[test]
fn after_that_counts_from_the_last_date_only_as_a_pronoun() {
    let text = "The review was announced on January 3, 2011. The panel was set up two days \
                after that and met in March.";
    assert_eq!(
        value_of(text, "2012-12-20", "two days after that").as_deref(),
        Some("2011-01-05")
    );
    // "that incident": a determiner; "two years later that": the date ends at "later"
    let text = "It was announced on January 3, 2011, two days after that incident.";
    let r = report_with(text, Some("2012-12-20"), OffsetUnit::Utf8);
    assert!(
        r.dates.iter().all(|d| !d.span.text.contains("that")),
        "{:?}",
        r.dates
    );
    let text = "On January 3, 2011, the plant closed. It was two years later that it reopened.";
    assert_eq!(
        value_of(text, "2014-12-20", "two years later").as_deref(),
        Some("2013")
    );
}
