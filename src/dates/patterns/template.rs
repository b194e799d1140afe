//! Pattern templates: the shared fragments (spaces, separators, day numbers, years), the
//! `{name}` expansion and compilation with ASCII word boundaries.
//!
//! In: a template and the vocabulary. Out: a compiled `Regex`.

use regex::Regex;

/// Spaces inside one line (a date never spans a line break).
pub(super) const S: &str = r"[ \t\u{a0}]+";
pub(super) const S0: &str = r"[ \t\u{a0}]*";
/// A comma or spaces between the parts of a date.
pub(super) const SEP: &str = r"(?:[ \t\u{a0}]*,[ \t\u{a0}]*|[ \t\u{a0}]+)";
/// A day number, with an optional ordinal suffix.
pub(super) const DAYN: &str = r"(?:3[01]|[12][0-9]|0?[1-9])(?:st|nd|rd|th)?\b";
pub(super) const YEAR: &str = r"(?:1[6-9]|20)[0-9]{2}\b";
/// Range connectors between two days or years.
pub(super) const RANGE: &str =
    r"(?:[ \t\u{a0}]*[-–][ \t\u{a0}]*|[ \t\u{a0}]+(?i:to|and|or|through|until|till)[ \t\u{a0}]+)";
/// Replaces each `{name}` of a template by its value in `vars` (other braces, such as
/// the repetition `{2}`, stay).
pub(super) fn expand(vars: &[(&str, String)], tpl: &str) -> String {
    let mut out = String::with_capacity(tpl.len() * 2);
    let mut rest = tpl;
    while let Some(i) = rest.find('{') {
        out.push_str(&rest[..i]);
        let after = &rest[i + 1..];
        let name_len = after
            .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
            .unwrap_or(after.len());
        let name = &after[..name_len];
        match vars.iter().find(|(n, _)| *n == name) {
            Some((_, value)) if after[name_len..].starts_with('}') => {
                out.push_str(value);
                rest = &after[name_len + 1..];
            }
            _ => {
                out.push('{');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// Compiles a pattern template (a bad pattern is a bug in this file, caught by the tests).
///
/// Word boundaries are ASCII (`(?-u:\b)`): date words and numbers are ASCII, and a Unicode
/// `\b` keeps the regex crate's fast lazy DFA from running on any text with a non-ASCII
/// character (a curly quote is enough), sending every search to the slow PikeVM.
#[inline(never)]
pub(super) fn re(vars: &[(&str, String)], tpl: &str) -> Regex {
    let s = ascii_boundaries(&expand(vars, tpl));
    Regex::new(&s).unwrap_or_else(|e| panic!("date pattern: {e}\n{s}"))
}

/// `\b` → `(?-u:\b)` (an escaped backslash `\\b` is left alone).
pub(crate) fn ascii_boundaries(pattern: &str) -> String {
    let mut out = String::with_capacity(pattern.len() + 64);
    let mut chars = pattern.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\\' {
            match chars.next() {
                Some('b') => out.push_str("(?-u:\\b)"),
                Some(n) => {
                    out.push('\\');
                    out.push(n);
                }
                None => out.push('\\'),
            }
        } else {
            out.push(c);
        }
    }
    out
}

#[cfg(test)]
mod boundary_tests {
    use super::ascii_boundaries;

    #[test]
    fn word_boundaries_become_ascii() {
        assert_eq!(ascii_boundaries(r"\bMay\b"), r"(?-u:\b)May(?-u:\b)");
        assert_eq!(ascii_boundaries(r"a\\b\d"), r"a\\b\d");
    }
}
