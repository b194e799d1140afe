//! Narrative time: an article that recounts an earlier time resolves year-less dates against
//! the narrative's own dates, not the publication date; "that day" after a month or a year;
//! dates counted from a dated event ("the day before the vote", "the day after Easter").
//! Each positive case has its negative twin. The texts are our own.

use crate::support::analyze::report_with;
use sourcelens::OffsetUnit;

/// The value of the date written `what` in `text` published on `published`.
fn value_of(text: &str, published: &str, what: &str) -> Option<String> {
    let r = report_with(text, Some(published), OffsetUnit::Utf8);
    r.dates
        .iter()
        .find(|d| d.span.text == what)
        .unwrap_or_else(|| panic!("{what:?} not found in {:?}", r.dates))
        .value
        .clone()
}

const RECOUNTED: &str = "How the protests began\n\n\
    On December 27, 2010, a few hundred people gathered outside the governor's office. \
    On January 3, police arrested three of the organisers, and Christmas had passed \
    without incident, witnesses recalled.";

#[test]
fn a_recounted_past_follows_the_narrative_date() {
    // published a year and a half later: "January 3" is the one after December 27, 2010
    assert_eq!(
        value_of(RECOUNTED, "2012-06-15", "January 3").as_deref(),
        Some("2011-01-03")
    );
    assert_eq!(
        value_of(RECOUNTED, "2012-06-15", "Christmas").as_deref(),
        Some("2010-12-25")
    );
}

#[test]
fn a_recent_or_future_date_keeps_the_published_year() {
    // the narrative date is the news of the day: nothing changes
    assert_eq!(
        value_of(RECOUNTED, "2011-01-05", "January 3").as_deref(),
        Some("2011-01-03")
    );
    // future tense looks ahead of the published date, whatever the narrative
    let text = "On December 27, 2010, the suspects were arrested. Their trial will open on \
                March 5, prosecutors said.";
    assert_eq!(
        value_of(text, "2012-01-10", "March 5").as_deref(),
        Some("2012-03-05")
    );
}

#[test]
fn a_point_of_comparison_or_a_distant_paragraph_is_no_narrative() {
    // "since March 3, 2020" compares; it does not set the story's time
    let text = "Shares jumped 18% on Monday, their biggest gain since March 3, 2020. In a \
                filing dated June 7, the company said it had hired advisers.";
    assert_eq!(
        value_of(text, "2024-06-10", "June 7").as_deref(),
        Some("2024-06-07")
    );
    // a background date three paragraphs up
    let text = "The company was founded on May 3, 1998, in a garage.\n\n\
                It grew quickly.\n\nIt now employs thousands.\n\n\
                On June 4, it announced record profits.";
    assert_eq!(
        value_of(text, "2024-06-10", "June 4").as_deref(),
        Some("2024-06-04")
    );
}

#[test]
fn that_day_after_a_year_is_the_last_day_mentioned() {
    let text = "The minister resigned on Tuesday, May 4, 2021. He had promised reforms in \
                2014 and again in 2018. Later that day, parliament met in an emergency session.";
    assert_eq!(
        value_of(text, "2021-05-05", "that day").as_deref(),
        Some("2021-05-04")
    );
    // "two days later" after a month: its day is unknown
    let text = "The minister resigned on Tuesday, May 4, 2021. This month parliament met \
                twice, and two days later the cabinet fell.";
    assert_eq!(value_of(text, "2021-05-20", "two days later"), None);
}

#[test]
fn a_day_counted_from_a_dated_event() {
    let text = "The vote on March 3, 2019 was close. Protesters had gathered the day before \
                the vote, and the shops stayed shut the day after Easter.";
    assert_eq!(
        value_of(text, "2019-05-01", "the day").as_deref(),
        Some("2019-03-02")
    );
    let r = report_with(text, Some("2019-05-01"), OffsetUnit::Utf8);
    let days: Vec<Option<&str>> = r
        .dates
        .iter()
        .filter(|d| d.span.text == "the day")
        .map(|d| d.value.as_deref())
        .collect();
    // Easter 2019 was April 21
    assert_eq!(days, vec![Some("2019-03-02"), Some("2019-04-22")]);
    // "Sunday's vote": the same, dated by a possessive
    let text = "Turnout in Sunday's vote was low. Results came in the day after the vote.";
    assert_eq!(
        value_of(text, "2019-03-05", "the day").as_deref(),
        Some("2019-03-04")
    );
}

#[test]
fn an_undated_event_gives_no_value() {
    let text = "Protesters gathered the day before the vote, the police said on 3 March 2019.";
    assert_eq!(value_of(text, "2019-03-05", "the day"), None);
    // another event's date is not this one's
    let text = "The hearing on March 3, 2019 was short. Protesters gathered the day before the \
                vote.";
    assert_eq!(value_of(text, "2019-03-05", "the day"), None);
}

#[test]
fn the_past_week_is_a_week_expression_without_value() {
    let r = report_with(
        "Six deaths were reported in the last week, and prices rose over the past week. \
         The last weeks of the war were grim; the last weekend was calm.",
        Some("2020-02-10"),
        OffsetUnit::Utf8,
    );
    let weeks: Vec<(&str, Option<&str>, &str)> = r
        .dates
        .iter()
        .map(|d| (d.span.text.as_str(), d.value.as_deref(), d.rule.as_str()))
        .collect();
    assert_eq!(
        weeks,
        vec![
            ("the last week", None, "week"),
            ("the past week", None, "week")
        ]
    );
}

#[test]
fn a_weekday_follows_the_tense_of_its_clause() {
    // published on Thursday 2025-06-26
    let p = "2025-06-26";
    // a plan of the past ("had planned to"): the Tuesday before
    let text = "She had planned to be home on Tuesday for the wedding.";
    assert_eq!(value_of(text, p, "Tuesday").as_deref(), Some("2025-06-24"));
    // "a reduced schedule" is no past tense: the hope looks ahead
    let text = "The company hoped to resume a reduced schedule by Saturday.";
    assert_eq!(value_of(text, p, "Saturday").as_deref(), Some("2025-06-28"));
    // a present tense before the weekday: the coming one
    let text = "Crews will restore power as soon as it is safe, probably on Saturday.";
    assert_eq!(value_of(text, p, "Saturday").as_deref(), Some("2025-06-28"));
    // negative twins: a past tense, and a present tense after a sentence-initial weekday
    let text = "The company resumed a reduced schedule on Saturday.";
    assert_eq!(value_of(text, p, "Saturday").as_deref(), Some("2025-06-21"));
    let text = "On Saturday, the ministers -- that is, those who are in charge -- agreed.";
    assert_eq!(value_of(text, p, "Saturday").as_deref(), Some("2025-06-21"));
}
