//! Places: gazetteer names found in the text, resolved to a real place.
//!
//! First version: one Aho-Corasick automaton over every gazetteer name and alias
//! (case-sensitive, leftmost-longest), matches kept only on word boundaries; the most
//! populous entry wins when a name is ambiguous.

use crate::report::{Place, Span};
use crate::text::Document;
use aho_corasick::{AhoCorasick, MatchKind};
use std::collections::HashMap;
use std::sync::LazyLock;

#[derive(Debug, Clone)]
struct Entry {
    name: &'static str,
    country: Option<&'static str>,
    lat: Option<f64>,
    lon: Option<f64>,
    kind: &'static str,
    geonames_id: Option<u32>,
}

struct Gazetteer {
    /// Surface forms, parallel to `targets`.
    matcher: AhoCorasick,
    /// For each pattern: the entry it names.
    targets: Vec<usize>,
    entries: Vec<Entry>,
}

static GAZETTEER: LazyLock<Gazetteer> = LazyLock::new(|| {
    let mut entries: Vec<Entry> = Vec::new();
    let mut best: HashMap<&'static str, (usize, u64)> = HashMap::new();
    for row in crate::data::rows(include_str!("../../data/gazetteer.tsv")) {
        if row.len() < 8 {
            continue;
        }
        let pop: u64 = row[7].parse().unwrap_or(0);
        let e = Entry {
            name: row[1],
            country: Some(row[2]).filter(|c| !c.is_empty()),
            lat: row[3].parse().ok(),
            lon: row[4].parse().ok(),
            kind: row[5],
            geonames_id: row[6].parse().ok(),
        };
        // countries outrank cities of the same name; then population
        let rank = pop + if e.kind == "country" { 1 << 40 } else { 0 };
        let idx = entries.len();
        entries.push(e);
        match best.get(row[0]) {
            Some(&(_, r)) if r >= rank => {}
            _ => {
                best.insert(row[0], (idx, rank));
            }
        }
    }
    let mut names: Vec<(&'static str, usize)> = best.iter().map(|(n, (i, _))| (*n, *i)).collect();
    let canonical: HashMap<&'static str, usize> = names.iter().map(|&(n, i)| (n, i)).collect();
    for row in crate::data::rows(include_str!("../../data/place_aliases.tsv")) {
        if let (Some(alias), Some(target)) = (row.first(), row.get(1)) {
            if let Some(&i) = canonical.get(target) {
                names.push((alias, i));
            }
        }
    }
    names.sort();
    let matcher = AhoCorasick::builder()
        .match_kind(MatchKind::LeftmostLongest)
        .build(names.iter().map(|(n, _)| n))
        .expect("gazetteer automaton");
    Gazetteer {
        matcher,
        targets: names.iter().map(|&(_, i)| i).collect(),
        entries,
    }
});

fn boundary_before(text: &str, pos: usize) -> bool {
    text[..pos]
        .chars()
        .next_back()
        .is_none_or(|c| !c.is_alphanumeric())
}

fn boundary_after(text: &str, pos: usize) -> bool {
    text[pos..]
        .chars()
        .next()
        .is_none_or(|c| !c.is_alphanumeric())
}

/// Finds gazetteer names in the text.
pub fn extract(doc: &Document) -> Vec<Place> {
    let text = doc.text;
    let g = &*GAZETTEER;
    let mut out = Vec::new();
    for m in g.matcher.find_iter(text) {
        let (s, e) = (m.start(), m.end());
        if !boundary_before(text, s) || !boundary_after(text, e) {
            continue;
        }
        let entry = &g.entries[g.targets[m.pattern().as_usize()]];
        out.push(Place {
            span: Span::new(text, s, e),
            name: entry.name.to_string(),
            country: entry.country.map(str::to_string),
            lat: entry.lat,
            lon: entry.lon,
            kind: entry.kind.to_string(),
            geonames_id: entry.geonames_id,
            rule: "gazetteer".to_string(),
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_countries_cities_and_aliases() {
        let text = "The U.S. and Syria met in Moscow; Syrians and USAID did not.";
        let doc = Document::new(text);
        let found: Vec<(String, String, Option<String>)> = extract(&doc)
            .into_iter()
            .map(|p| (p.span.text, p.name, p.country))
            .collect();
        assert_eq!(
            found,
            vec![
                ("U.S.".into(), "United States".into(), Some("US".into())),
                ("Syria".into(), "Syria".into(), Some("SY".into())),
                ("Moscow".into(), "Moscow".into(), Some("RU".into())),
            ]
        );
    }
}
