//! Reading attributions in tests: the one of a cue, and its parts as plain strings ("" when
//! absent, so that `assert_eq!` shows what was found).

use super::analyze::report;
use sourcelens::{Attribution, Report};

/// Every attribution of `text` (default options).
pub fn attributions(text: &str) -> Vec<Attribution> {
    report(text).attributions
}

/// The only attribution of `text`; fails, listing them, when there are none or several.
pub fn one(text: &str) -> Attribution {
    let found = attributions(text);
    assert_eq!(found.len(), 1, "{text:?}: {found:#?}");
    found.into_iter().next().unwrap()
}

/// The text of the source span ("" when the attribution has none).
pub fn src(a: &Attribution) -> &str {
    a.source.as_ref().map_or("", |s| s.text.as_str())
}

/// The text of the content span ("" when the attribution has none).
pub fn content(a: &Attribution) -> &str {
    a.content.as_ref().map_or("", |s| s.text.as_str())
}

/// The resolved speaker ("" when unresolved).
pub fn speaker(a: &Attribution) -> &str {
    a.speaker.as_deref().unwrap_or("")
}

/// The attribution whose cue covers the start of the `n`-th occurrence (from 0) of `cue` in
/// `text`; fails when `cue` occurs fewer times or no attribution has that cue. `r` must be
/// the Report of `text` in UTF-8 offsets.
pub fn at<'r>(r: &'r Report, text: &str, cue: &str, n: usize) -> &'r Attribution {
    let start = text
        .match_indices(cue)
        .nth(n)
        .unwrap_or_else(|| panic!("no {cue:?} #{n}"))
        .0;
    r.attributions
        .iter()
        .find(|a| a.cue.start <= start && start < a.cue.end)
        .unwrap_or_else(|| panic!("no attribution at {cue:?} #{n}: {:#?}", r.attributions))
}

/// The speaker of the attribution at the `n`-th `cue` of `text` (see [`at`]).
pub fn speaker_at(text: &str, cue: &str, n: usize) -> String {
    let r = report(text);
    speaker(at(&r, text, cue, n)).to_string()
}
