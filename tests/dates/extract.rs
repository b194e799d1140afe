//! Date extraction and resolution on short articles written for these tests, one per
//! common news style. Each test lists every date the article holds, with its value.

use crate::support::analyze::report_with;
use sourcelens::OffsetUnit;

/// (text, value) of every date of `text` published on `published` (`YYYY-MM-DD`).
fn dates(text: &str, published: Option<&str>) -> Vec<(String, Option<String>)> {
    report_with(text, published, OffsetUnit::Utf8)
        .dates
        .into_iter()
        .map(|d| (d.span.text, d.value))
        .collect()
}

fn want(v: &[(&str, Option<&str>)]) -> Vec<(String, Option<String>)> {
    v.iter()
        .map(|(t, v)| (t.to_string(), v.map(str::to_string)))
        .collect()
}

#[test]
fn wire_story() {
    // Wednesday 2021-03-10
    let text = "Port strike enters second week\n\n\
        ROTTERDAM (Reuters) - Dock workers extended their strike on Wednesday, a union \
        spokesman said, after talks broke down late Tuesday. The walkout began on March 2 \
        and the union will meet employers again on Friday.\n\n\
        Shipping volumes fell 8% last month and 3% in January, the port said. A court \
        hearing is scheduled for April 14. The last big strike, in 2015, lasted until \
        Oct. 26-28 of that year.";
    assert_eq!(
        dates(text, Some("2021-03-10")),
        want(&[
            ("Wednesday", Some("2021-03-10")),
            ("late Tuesday", Some("2021-03-09")),
            ("March 2", Some("2021-03-02")),
            ("Friday", Some("2021-03-12")),
            ("last month", Some("2021-02")),
            ("January", Some("2021-01")),
            ("April 14", Some("2021-04-14")),
            ("2015", Some("2015")),
            ("Oct. 26", Some("2015-10-26")),
            ("28", Some("2015-10-28")),
            ("that year", Some("2015")),
        ])
    );
}

#[test]
fn british_broadsheet() {
    // Thursday 2019-11-21
    let text = "Council approves new bridge\n\n\
        The council approved the bridge on 20 November 2019, a decade after it was first \
        proposed. Work will start in the spring and finish by the end of 2022.\n\n\
        The previous plan, rejected on 3 March, would have cost £40m. Councillors met \
        yesterday and will vote again next Tuesday. Three weeks ago, residents protested; \
        the day before, the mayor resigned.";
    assert_eq!(
        dates(text, Some("2019-11-21")),
        want(&[
            ("20 November 2019", Some("2019-11-20")),
            ("the spring", None),
            ("the end of 2022", Some("2022")),
            ("3 March", Some("2019-03-03")),
            ("yesterday", Some("2019-11-20")),
            ("next Tuesday", Some("2019-11-26")),
            ("Three weeks ago", Some("2019-10-31")),
            ("the day before", Some("2019-10-30")),
        ])
    );
}

#[test]
fn tabloid_and_relative_words() {
    // Monday 2018-06-11
    let text = "Star's shock split\n\n\
        The singer was spotted last night leaving a club. Friends said she moved out \
        on Saturday and will fly to LA tomorrow. Earlier this year she said 2017 was \
        her best year, and this month she released an album. Two days later she \
        cancelled a tour planned for next year.";
    assert_eq!(
        dates(text, Some("2018-06-11")),
        want(&[
            ("last night", Some("2018-06-10")),
            ("Saturday", Some("2018-06-09")),
            ("tomorrow", Some("2018-06-12")),
            ("Earlier this year", Some("2018")),
            ("2017", Some("2017")),
            ("this month", Some("2018-06")),
            // two days after a month: no day can be counted
            ("Two days later", None),
            ("next year", Some("2019")),
        ])
    );
}

#[test]
fn state_agency_dateline_is_the_anchor() {
    let text = "Officials meet on trade\n\n\
        MOSCOW, February 27, 2022. /TASS/. The delegation arrived on Sunday and will \
        hold talks on Monday, the ministry said. Consultations held on February 24 were \
        inconclusive.";
    // no published date given: the dateline is used
    assert_eq!(
        dates(text, None),
        want(&[
            ("February 27, 2022", Some("2022-02-27")),
            ("Sunday", Some("2022-02-27")),
            ("Monday", Some("2022-02-28")),
            ("February 24", Some("2022-02-24")),
        ])
    );
}

#[test]
fn without_any_anchor_relative_dates_are_null() {
    let text = "Fire at warehouse\n\nA fire broke out on Tuesday. It was the second since \
        June, after one in 2016. Firefighters returned the next day.";
    assert_eq!(
        dates(text, None),
        want(&[
            ("Tuesday", None),
            ("June", None),
            ("2016", Some("2016")),
            ("the next day", None),
        ])
    );
}

#[test]
fn explainer_with_periods_and_numeric_dates() {
    let text = "How the treaty came about\n\n\
        In the 1990s talks stalled; in the early 2000s they resumed. The 20th century \
        had seen two attempts. A draft dated 14/02/2003 was revised on 03/04/2003 and \
        signed in mid-2004. Sales fell in the third quarter of 2008. Christmas 2009 \
        brought a deal, and every November since, the parties meet.";
    assert_eq!(
        dates(text, Some("2019-05-01")),
        want(&[
            ("the 1990s", None),
            ("the early 2000s", None),
            ("The 20th century", None),
            ("14/02/2003", Some("2003-02-14")),
            ("03/04/2003", Some("2003-04-03")),
            ("mid-2004", Some("2004")),
            ("the third quarter of 2008", None),
            ("Christmas 2009", Some("2009-12-25")),
            ("every November", None),
        ])
    );
}

#[test]
fn us_numeric_dates_and_weekday_with_date() {
    let text = "Court sets date\n\nThe filing of 10/26/2017 was amended on 11/3/2017. \
        The trial opens Tuesday, Jan. 9, 2018, and the verdict is due in February.";
    assert_eq!(
        dates(text, Some("2017-12-01")),
        want(&[
            ("10/26/2017", Some("2017-10-26")),
            ("11/3/2017", Some("2017-11-03")),
            ("Tuesday, Jan. 9, 2018", Some("2018-01-09")),
            ("February", Some("2018-02")),
        ])
    );
}

#[test]
fn habitual_seasons_and_fiscal_years_have_no_value() {
    let p = Some("2024-02-22");
    assert_eq!(
        dates(
            "Every summer we hold our breath. Visitors come each summer, and sewage every \
             monsoon. The sirens will be repaired before the monsoon. The salon flooded that \
             summer.",
            p
        ),
        want(&[
            ("Every summer", None),
            ("each summer", None),
            ("every monsoon", None),
            ("the monsoon", None),
            ("that summer", None),
        ])
    );
    assert_eq!(
        dates(
            "The council budgeted $48 million for drains in 2023-24.\n\nWork starts in the \
             2024-25 financial year.\n\nRevenue rose in fiscal 2025.",
            p
        ),
        want(&[("2023-24", None), ("2024-25", None), ("fiscal 2025", None)])
    );
    // negative twins: a range of years far from money is two years; weather is no season
    assert_eq!(
        dates("The expedition of 1957-58 crossed the ice.", p),
        want(&[("1957", Some("1957")), ("58", Some("1958"))])
    );
    assert_eq!(dates("Monsoon rains flooded the roads.", p), want(&[]));
}

#[test]
fn holidays_of_other_calendars_and_festive_periods() {
    assert_eq!(
        dates(
            "The pumps have been idle since the first day of Eid al-Adha. Travellers went \
             home for the Fête nationale, days before Canada Day. Shops open late during \
             Ramadan.",
            Some("2023-06-30")
        ),
        want(&[
            ("Eid al-Adha", Some("2023-06-28")),
            ("Fête nationale", Some("2023-06-24")),
            ("Canada Day", Some("2023-07-01")),
            ("Ramadan", None),
        ])
    );
    assert_eq!(
        dates(
            "Trains stopped for Orthodox Easter 2024, a month after Western Easter 2024.",
            None
        ),
        want(&[
            ("Orthodox Easter 2024", Some("2024-05-05")),
            ("Western Easter 2024", Some("2024-03-31")),
        ])
    );
    // negative twins: a year the table does not hold stays null; a name is no holiday
    assert_eq!(
        dates("Families met for Eid al-Fitr 1990.", None),
        want(&[("Eid al-Fitr 1990", None)])
    );
    assert_eq!(
        dates(
            "The Canada Day Committee and Ramadan Street were named.",
            None
        ),
        want(&[])
    );
}

#[test]
fn months_in_habitual_clauses_are_generic() {
    let p = Some("2024-03-02");
    assert_eq!(
        dates(
            "The rainy season usually runs from November to April. The monsoon typically \
             reaches the capital around June 27.",
            p
        ),
        want(&[("November", None), ("April", None), ("June 27", None)])
    );
    // negative twins: the habit in another clause, a point after "since"
    assert_eq!(
        dates(
            "Rain fell on Tuesday, more than the town usually gets. The front has usually \
             moved on, but it has stalled since February 20.",
            p
        ),
        want(&[
            ("Tuesday", Some("2024-02-27")),
            ("February 20", Some("2024-02-20"))
        ])
    );
}
