//! Human-readable summary of a Report (`sourcelens analyze --format text`).

use crate::report::{OffsetUnit, Report, SourceKind};
use std::collections::BTreeMap;

/// Appends one formatted line to a `String` (writing to a `String` cannot fail).
macro_rules! say {
    ($out:expr, $($arg:tt)*) => {{
        $out.push_str(&format!($($arg)*));
        $out.push('\n');
    }};
}

/// At most this many timeline entries and places are listed (the rest are counted).
const MAX_LISTED: usize = 25;

fn pct(x: f64) -> String {
    format!("{:.0}%", x * 100.0)
}

fn kind_name(k: SourceKind) -> &'static str {
    match k {
        SourceKind::Person => "person",
        SourceKind::Official => "official",
        SourceKind::Organisation => "organisation",
        SourceKind::Media => "media",
        SourceKind::Document => "document",
        SourceKind::Anonymous => "anonymous",
    }
}

/// Shortens `s` to at most `n` characters, with an ellipsis.
fn clip(s: &str, n: usize) -> String {
    let s: String = s.split_whitespace().collect::<Vec<_>>().join(" ");
    if s.chars().count() <= n {
        s
    } else {
        let mut out: String = s.chars().take(n.saturating_sub(1)).collect();
        out.push('…');
        out
    }
}

fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

/// The summary: sources with their claims, the sourcing profile, distancing markers,
/// the timeline of dates and the places.
pub fn summary(r: &Report) -> String {
    summary_in(r, None)
}

/// The summary; with the analysed `text` (and a Report in UTF-8 offsets) distancing
/// markers are shown with the words they qualify ("so-called alliance").
pub fn summary_in(r: &Report, text: Option<&str>) -> String {
    let text = text.filter(|_| r.offsets == OffsetUnit::Utf8);
    let mut o = String::new();
    headline(&mut o, r);
    sources(&mut o, r);
    profile(&mut o, r);
    distancing(&mut o, r, text);
    timeline(&mut o, r);
    places(&mut o, r);
    o
}

/// The counts, the published date and the warnings.
fn headline(o: &mut String, r: &Report) {
    let p = &r.profile;
    let published = match (&r.published, r.published_source.as_deref()) {
        (Some(d), Some("dateline")) => format!(", published {d} (from the dateline)"),
        (Some(d), _) => format!(", published {d}"),
        (None, _) => String::new(),
    };
    say!(
        o,
        "sourcelens: {} from {}, {}, {} ({}{published})",
        plural(p.attributions, "attribution", "attributions"),
        plural(p.sources, "source", "sources"),
        plural(r.dates.len(), "date", "dates"),
        plural(r.places.len(), "place", "places"),
        plural(r.stats.words, "word", "words"),
    );
    for w in &r.warnings {
        say!(o, "warning: {w}");
    }
}

/// Each source with its kind, share and first claims, the most quoted first.
fn sources(o: &mut String, r: &Report) {
    say!(o, "\nSources");
    if r.sources.is_empty() {
        say!(o, "  (no attributed statements found)");
    }
    let mut order: Vec<usize> = (0..r.sources.len()).collect();
    order.sort_by_key(|&i| std::cmp::Reverse(r.sources[i].attributions.len()));
    for i in order {
        let s = &r.sources[i];
        let name = if s.name.trim().is_empty() {
            s.mentions
                .first()
                .map(|m| format!("“{}”", m.text))
                .unwrap_or_else(|| "(unnamed)".to_string())
        } else {
            s.name.clone()
        };
        let n = s.attributions.len();
        say!(
            o,
            "  {:<44} {:<12} {:>3} claim{} {:>5} of text{}",
            clip(&name, 44),
            kind_name(s.kind),
            n,
            if n == 1 { " " } else { "s" },
            pct(s.share),
            if s.anonymous { "  [anonymous]" } else { "" }
        );
        for &ai in s.attributions.iter().take(3) {
            if let Some(a) = r.attributions.get(ai) {
                let content = a.content.as_ref().map(|c| c.text.as_str()).unwrap_or("");
                let kind = match a.kind {
                    crate::report::AttributionKind::Direct => "quote",
                    crate::report::AttributionKind::Indirect => "paraphrase",
                    crate::report::AttributionKind::Mixed => "partly quoted",
                };
                if content.trim().is_empty() {
                    say!(o, "      {} ({kind})", a.cue.text);
                } else {
                    say!(o, "      {} “{}” ({kind})", a.cue.text, clip(content, 70));
                }
            }
        }
        if n > 3 {
            say!(o, "      … and {} more", n - 3);
        }
    }
}

/// Direct/indirect/mixed, named/anonymous and claims by kind of source.
fn profile(o: &mut String, r: &Report) {
    let p = &r.profile;
    say!(
        o,
        "\nSourcing: {} direct, {} indirect, {} mixed; {} named, {} anonymous ({} of claims); {} of the text attributed",
        p.direct,
        p.indirect,
        p.mixed,
        p.named,
        p.anonymous,
        pct(p.share_anonymous),
        pct(p.share_attributed)
    );
    if !p.by_kind.is_empty() {
        let mut kinds: Vec<(&String, &usize)> = p.by_kind.iter().collect();
        kinds.sort_by(|a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)));
        let list: Vec<String> = kinds.iter().map(|(k, n)| format!("{k} {n}")).collect();
        say!(o, "Claims by kind of source: {}", list.join(", "));
    }
}

/// The distancing markers by kind, with a few examples.
fn distancing(o: &mut String, r: &Report, text: Option<&str>) {
    if !r.distancing.is_empty() {
        let mut kinds: BTreeMap<String, (usize, Vec<String>)> = BTreeMap::new();
        for d in &r.distancing {
            let kind = serde_json::to_value(d.kind)
                .ok()
                .and_then(|v| v.as_str().map(str::to_string))
                .unwrap_or_default();
            let shown = match text {
                Some(t) => with_next_words(t, d.span.start, d.span.end, 5),
                None => d.span.text.clone(),
            };
            let e = kinds.entry(kind).or_default();
            e.0 += 1;
            let shown = format!("“{}”", clip(&shown, 40));
            if e.1.len() < 3 && !e.1.contains(&shown) {
                e.1.push(shown);
            }
        }
        say!(o, "Distancing");
        for (k, (n, examples)) in kinds {
            say!(o, "  {k:<12} ×{n:<3} {}", examples.join(", "));
        }
    }
}

/// The resolved dates in calendar order, then the unresolved ones.
fn timeline(o: &mut String, r: &Report) {
    say!(o, "\nTimeline");
    if r.dates.is_empty() {
        say!(o, "  (no dates found)");
    }
    let mut dates: Vec<_> = r.dates.iter().collect();
    dates.sort_by(|a, b| {
        // resolved dates first, in calendar order; unresolved ones after, in text order
        (a.value.is_none(), &a.value, a.span.start).cmp(&(
            b.value.is_none(),
            &b.value,
            b.span.start,
        ))
    });
    for d in dates.iter().take(MAX_LISTED) {
        say!(
            o,
            "  {:<10}  {}{}",
            d.value.as_deref().unwrap_or("?"),
            clip(&d.span.text, 40),
            match (&d.anchor, d.relative) {
                (Some(a), true) => format!("  (relative to {a})"),
                (None, true) => "  (relative, no anchor)".to_string(),
                _ => String::new(),
            }
        );
    }
    if dates.len() > MAX_LISTED {
        say!(o, "  … and {} more", dates.len() - MAX_LISTED);
    }
}

/// The places by number of mentions.
fn places(o: &mut String, r: &Report) {
    say!(o, "\nPlaces");
    if r.places.is_empty() {
        say!(o, "  (no places found)");
    }
    let mut places: BTreeMap<(String, String, String), usize> = BTreeMap::new();
    for pl in &r.places {
        *places
            .entry((
                pl.name.clone(),
                pl.country.clone().unwrap_or_default(),
                pl.kind.clone(),
            ))
            .or_default() += 1;
    }
    let mut places: Vec<_> = places.into_iter().collect();
    places.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    for ((name, cc, kind), n) in places.iter().take(MAX_LISTED) {
        let cc = if cc.is_empty() { "–" } else { cc };
        say!(o, "  {:<32} {:<3} {:<13} ×{}", clip(name, 32), cc, kind, n);
    }
    if places.len() > MAX_LISTED {
        say!(o, "  … and {} more", places.len() - MAX_LISTED);
    }
}

/// `text[start..end]` and the words it qualifies: the next word, or the next run of
/// capitalised words (a name: "so-called Syrian Democratic Forces"), at most `n` words,
/// never past punctuation.
fn with_next_words(text: &str, start: usize, end: usize, n: usize) -> String {
    let Some(marked) = text.get(start..end) else {
        return String::new();
    };
    let rest = text.get(end..).unwrap_or("");
    let mut cut = rest.len().min(200);
    while !rest.is_char_boundary(cut) {
        cut -= 1;
    }
    let mut out = marked.to_string();
    let quote = |c: char| matches!(c, '"' | '\'' | '“' | '”' | '‘' | '’' | '«' | '»');
    for (i, w) in rest[..cut].split_whitespace().enumerate() {
        let capital = w
            .trim_start_matches(quote)
            .starts_with(|c: char| c.is_uppercase());
        if i >= n || (i > 0 && !capital) {
            break;
        }
        let stop = w
            .trim_end_matches(quote)
            .ends_with(['.', ',', ';', ':', '!', '?', ')']);
        let w = w.trim_end_matches(['.', ',', ';', ':', '!', '?', ')']);
        if !w.is_empty() {
            out.push(' ');
            out.push_str(w);
        }
        if stop || !capital {
            break;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn next_words_stop_at_punctuation_and_boundaries() {
        let t = "the so-called alliance, which said";
        let s = t.find("so-called").unwrap();
        assert_eq!(with_next_words(t, s, s + 9, 3), "so-called alliance");
        assert_eq!(with_next_words("é so-called", 0, 1, 3), "");
        let long = format!("so-called {}", "é".repeat(300));
        assert!(with_next_words(&long, 0, 9, 3).starts_with("so-called"));
    }
}
