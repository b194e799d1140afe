//! Dates written in digits: ISO "2017-10-26" and numeric "26/10/2017" (order settled later by `dates::numeric`).
//!
//! In: a regex match of one of this file's patterns (listed in priority order in
//! `patterns/mod.rs`). Out: the candidate date it denotes, or `None` when the context says
//! it is not a date.

use super::captures::Captures;
use super::captures::{g, g0, num, valid};
use crate::dates::context::char_at;
use crate::dates::{Cand, Expr};
use crate::rules::Rule;

/// The pattern of [`iso`].
pub(super) const ISO: &str = r"\b(?P<y>(?:1[6-9]|20)[0-9]{2})(?P<s1>[-/.])(?P<m>0?[1-9]|1[0-2])(?P<s2>[-/.])(?P<d>0?[1-9]|[12][0-9]|3[01])(?:T|\b)";

/// "2017-10-26", "2017/10/26".
pub(super) fn iso(text: &str, c: &Captures) -> Option<Cand> {
    let m0 = g0(c)?;
    if g(c, "s1")?.as_str() != g(c, "s2")?.as_str() {
        return None;
    }
    let d = g(c, "d")?;
    // "2017-10-26-3": a longer digit run
    if let Some(ch) = char_at(text, d.end()) {
        if matches!(ch, '-' | '/' | '.')
            && crate::dates::context::char_after_next(text, d.end())
                .is_some_and(|x| x.is_ascii_digit())
        {
            return None;
        }
    }
    let (y, m, dd) = (
        num(c, "y")? as i32,
        num(c, "m")? as u32,
        num(c, "d")? as u32,
    );
    valid(y, m, dd).then(|| Cand::one(m0.start(), d.end(), Expr::Day { y, m, d: dd }, Rule::Iso))
}

/// The pattern of [`numeric`].
pub(super) const NUMERIC: &str =
    r"\b(?P<a>[0-9]{1,2})(?P<s1>[/.-])(?P<b>[0-9]{1,2})(?P<s2>[/.-])(?P<y>[0-9]{4}|[0-9]{2})\b";

/// "26/10/2017", "10/26/2017", "26.10.2017", "7/8/07": the order is decided per article.
pub(super) fn numeric(text: &str, c: &Captures) -> Option<Cand> {
    let m0 = g0(c)?;
    let sep = g(c, "s1")?.as_str();
    if sep != g(c, "s2")?.as_str() {
        return None;
    }
    let ys = g(c, "y")?.as_str();
    if sep != "/" && ys.len() != 4 {
        return None;
    }
    // digits glued on either side: "1/2/3/2020", "10.5.2017.3"
    if let Some(ch) = text[..m0.start()].chars().next_back() {
        if matches!(ch, '/' | '-' | '.' | ':' | ',') {
            return None;
        }
    }
    if let Some(ch) = char_at(text, m0.end()) {
        if matches!(ch, '/' | '-' | '.' | ':' | ',')
            && crate::dates::context::char_after_next(text, m0.end())
                .is_some_and(|x| x.is_ascii_digit())
        {
            return None;
        }
    }
    let a = num(c, "a")? as u32;
    let b = num(c, "b")? as u32;
    let mut y = ys.parse::<i32>().ok()?;
    if ys.len() == 2 {
        // two-digit years: 00-49 -> 2000s, 50-99 -> 1900s
        y += if y < 50 { 2000 } else { 1900 };
    }
    if !(1600..2100).contains(&y) {
        return None;
    }
    let ok = (a <= 12 && valid(y, a, b)) || (b <= 12 && valid(y, b, a));
    ok.then(|| {
        Cand::one(
            m0.start(),
            m0.end(),
            Expr::Numeric { a, b, y },
            Rule::Numeric,
        )
    })
}
