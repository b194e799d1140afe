//! The sourcing profile: counts and shares over the attributions, and each source's share
//! of the article. Runs on a UTF-8 Report, before offsets are converted.

use crate::report::{AttributionKind, Report};
use std::ops::Range;

/// Code points covered by the union of `ranges` (byte ranges into `text`).
fn covered_chars(text: &str, mut ranges: Vec<Range<usize>>) -> usize {
    ranges.sort_by_key(|r| (r.start, r.end));
    let mut total = 0;
    let mut cur: Option<Range<usize>> = None;
    for r in ranges {
        match &mut cur {
            Some(c) if r.start <= c.end => c.end = c.end.max(r.end),
            _ => {
                if let Some(c) = cur.take() {
                    total += text[c].chars().count();
                }
                cur = Some(r);
            }
        }
    }
    if let Some(c) = cur {
        total += text[c].chars().count();
    }
    total
}

fn share(part: usize, whole: usize) -> f64 {
    if whole == 0 {
        0.0
    } else {
        // three decimals are plenty for shares and keep the JSON stable
        ((part as f64 / whole as f64) * 1000.0).round() / 1000.0
    }
}

/// Fills `report.profile` and each source's `chars` and `share`.
pub fn fill(report: &mut Report, text: &str) {
    let total_chars = report.stats.chars;
    for s in &mut report.sources {
        let ranges = s
            .attributions
            .iter()
            .filter_map(|&i| report.attributions.get(i))
            .filter_map(|a| a.content.as_ref())
            .map(|c| c.start..c.end)
            .collect();
        s.chars = covered_chars(text, ranges);
        s.share = share(s.chars, total_chars);
    }
    let atts = &report.attributions;
    let p = &mut report.profile;
    p.attributions = atts.len();
    p.direct = atts
        .iter()
        .filter(|a| a.kind == AttributionKind::Direct)
        .count();
    p.indirect = atts
        .iter()
        .filter(|a| a.kind == AttributionKind::Indirect)
        .count();
    p.mixed = atts
        .iter()
        .filter(|a| a.kind == AttributionKind::Mixed)
        .count();
    p.anonymous = atts.iter().filter(|a| a.anonymous).count();
    p.named = atts.len() - p.anonymous;
    p.sources = report.sources.len();
    p.anonymous_sources = report.sources.iter().filter(|s| s.anonymous).count();
    p.share_anonymous = share(p.anonymous, atts.len());
    p.share_direct = share(p.direct + p.mixed, atts.len());
    p.share_indirect = share(p.indirect, atts.len());
    p.share_mixed = share(p.mixed, atts.len());
    p.unsourced = atts.iter().filter(|a| a.source.is_none()).count();
    let all = atts
        .iter()
        .filter_map(|a| a.content.as_ref())
        .map(|c| c.start..c.end)
        .collect();
    p.share_attributed = share(covered_chars(text, all), total_chars);
    p.by_kind.clear();
    for a in atts {
        let kind = a
            .source_id
            .and_then(|i| report.sources.get(i))
            .map(|s| format!("{:?}", s.kind).to_lowercase())
            .unwrap_or_else(|| "unknown".to_string());
        *p.by_kind.entry(kind).or_default() += 1;
    }
    p.by_kind_share = p
        .by_kind
        .iter()
        .map(|(k, &n)| (k.clone(), share(n, atts.len())))
        .collect();
    p.sources_by_kind.clear();
    for s in &report.sources {
        *p.sources_by_kind
            .entry(format!("{:?}", s.kind).to_lowercase())
            .or_default() += 1;
    }
    p.distancing = report.distancing.len();
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn union_counts_overlaps_once() {
        let t = "aébcdef";
        assert_eq!(covered_chars(t, vec![0..3, 1..4, 6..8]), 5);
        assert_eq!(covered_chars(t, vec![]), 0);
    }

    #[test]
    fn profile_counts_kinds_and_shares() {
        let text = "\"We won,\" the mayor said. Witnesses said the car fled. \
                    Police said the driver was drunk. It was reported that two were hurt.";
        let r = crate::analyze(text, &crate::Options::default());
        let p = &r.profile;
        assert_eq!(p.attributions, 4, "{:#?}", r.attributions);
        assert_eq!(p.direct, 1);
        assert_eq!(p.indirect, 3);
        assert_eq!(p.unsourced, 1);
        assert_eq!(p.share_direct, 0.25);
        assert_eq!(p.share_indirect, 0.75);
        let total: usize = p.by_kind.values().sum();
        assert_eq!(total, 4);
        let shares: f64 = p.by_kind_share.values().sum();
        assert!((shares - 1.0).abs() < 0.01, "{shares}");
        assert_eq!(p.sources_by_kind.values().sum::<usize>(), r.sources.len());
        assert!(p.anonymous >= 2);
        assert!(r.sources.iter().all(|s| s.share > 0.0 && s.chars > 0));
    }

    #[test]
    fn shares_are_rounded_and_safe() {
        assert_eq!(share(1, 3), 0.333);
        assert_eq!(share(5, 0), 0.0);
    }
}
