//! Pattern templates: the shared fragments (spaces, separators, day numbers, years), the
//! `{name}` expansion and compilation with ASCII word boundaries.
//!
//! In: a template and the vocabulary. Out: a compiled `Regex`.

use regex_automata::meta::Regex;

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
///
/// Built as `regex::Regex::new` builds a regex (leftmost-first, UTF-8, the same size limits),
/// with one difference: `prefilter` says whether the engine may look for a literal prefilter.
/// Extracting the literals of a pattern with long case-insensitive alternations is most of
/// its compile time (the first `analyze` call), and for most patterns here the prefilter
/// does not make the search faster (a literal such as "the" occurs everywhere); the
/// patterns keep it where it does (see `RULES` in `patterns/mod.rs`). The matches are the
/// same either way.
#[inline(never)]
pub(super) fn re(vars: &[(&str, String)], tpl: &str, prefilter: bool) -> Regex {
    let s = ascii_boundaries(&expand(vars, tpl));
    let config = Regex::config()
        .match_kind(regex_automata::MatchKind::LeftmostFirst)
        .utf8_empty(true)
        .nfa_size_limit(Some(10 * (1 << 20)))
        .hybrid_cache_capacity(2 * (1 << 20))
        .auto_prefilter(prefilter);
    Regex::builder()
        .configure(config)
        .syntax(regex_automata::util::syntax::Config::new().utf8(true))
        .build(&s)
        .unwrap_or_else(|e| panic!("date pattern: {e}\n{s}"))
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
