//! Human-readable summary of a Report (`sourcelens analyze --format text`).

use crate::report::{Report, SourceKind};
use std::collections::BTreeMap;
use std::fmt::Write;

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

/// The summary: sources with their claims, the sourcing profile, distancing markers,
/// the timeline of dates and the places.
pub fn summary(r: &Report) -> String {
    let mut o = String::new();
    let p = &r.profile;
    let _ = writeln!(
        o,
        "sourcelens: {} attributions from {} sources, {} dates, {} places ({} words{})",
        p.attributions,
        p.sources,
        r.dates.len(),
        r.places.len(),
        r.stats.words,
        r.published
            .as_ref()
            .map(|d| format!(", published {d}"))
            .unwrap_or_default()
    );
    for w in &r.warnings {
        let _ = writeln!(o, "warning: {w}");
    }

    let _ = writeln!(o, "\nSources");
    if r.sources.is_empty() {
        let _ = writeln!(o, "  (no attributed statements found)");
    }
    let mut order: Vec<usize> = (0..r.sources.len()).collect();
    order.sort_by_key(|&i| std::cmp::Reverse(r.sources[i].attributions.len()));
    for i in order {
        let s = &r.sources[i];
        let _ = writeln!(
            o,
            "  {:<44} {:<12} {:>3} claim{} {:>5} of text{}",
            clip(&s.name, 44),
            kind_name(s.kind),
            s.attributions.len(),
            if s.attributions.len() == 1 { " " } else { "s" },
            pct(s.share),
            if s.anonymous { "  [anonymous]" } else { "" }
        );
        for &ai in s.attributions.iter().take(3) {
            if let Some(a) = r.attributions.get(ai) {
                let content = a.content.as_ref().map(|c| c.text.as_str()).unwrap_or("");
                let _ = writeln!(o, "      {} “{}”", a.cue.text, clip(content, 70));
            }
        }
        if s.attributions.len() > 3 {
            let _ = writeln!(o, "      … and {} more", s.attributions.len() - 3);
        }
    }

    let _ = writeln!(
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
    if !r.distancing.is_empty() {
        let mut kinds: BTreeMap<String, usize> = BTreeMap::new();
        for d in &r.distancing {
            *kinds
                .entry(
                    serde_json::to_value(d.kind)
                        .ok()
                        .and_then(|v| v.as_str().map(str::to_string))
                        .unwrap_or_default(),
                )
                .or_default() += 1;
        }
        let list: Vec<String> = kinds.iter().map(|(k, n)| format!("{k} ×{n}")).collect();
        let _ = writeln!(o, "Distancing: {}", list.join(", "));
    }

    let _ = writeln!(o, "\nTimeline");
    if r.dates.is_empty() {
        let _ = writeln!(o, "  (no dates found)");
    }
    let mut dates: Vec<_> = r.dates.iter().collect();
    dates.sort_by(|a, b| a.value.cmp(&b.value).then(a.span.start.cmp(&b.span.start)));
    for d in dates {
        let _ = writeln!(
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

    let _ = writeln!(o, "\nPlaces");
    if r.places.is_empty() {
        let _ = writeln!(o, "  (no places found)");
    }
    let mut places: BTreeMap<(String, String), usize> = BTreeMap::new();
    for pl in &r.places {
        *places
            .entry((pl.name.clone(), pl.country.clone().unwrap_or_default()))
            .or_default() += 1;
    }
    let mut places: Vec<_> = places.into_iter().collect();
    places.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    for ((name, cc), n) in places {
        let cc = if cc.is_empty() { "–".to_string() } else { cc };
        let _ = writeln!(o, "  {:<32} {:<3} ×{}", clip(&name, 32), cc, n);
    }
    o
}
