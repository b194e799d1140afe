//! Where a place known only by its name and kind lies: the article's most named country and
//! each paragraph's (ties: the article's, then the last one named, then the first by code).
//!
//! In: the resolved candidates and the paragraph starts. Out: [`Countries`].

use super::candidate::Cand;
use super::gazetteer::Gazetteer;
use rustc_hash::FxHashMap as HashMap;

/// The countries of the article's resolved places, overall and per paragraph.
pub struct Countries<'a> {
    pub paragraph_starts: &'a [usize],
    /// Country -> how many resolved places lie in it.
    pub counts: HashMap<&'static str, usize>,
    /// The article's most named country (ties: the first by code).
    pub main: Option<&'static str>,
    /// (paragraph, country) -> how many of its places lie there.
    by_paragraph: HashMap<(usize, &'static str), usize>,
    /// Paragraph -> its most named count and, among the countries named that often, the
    /// first by code (one pass, not a scan of every paragraph's counts per candidate).
    paragraph_top: HashMap<usize, (usize, &'static str)>,
}

impl<'a> Countries<'a> {
    pub fn new(g: &Gazetteer, paragraph_starts: &'a [usize], cands: &[Cand]) -> Countries<'a> {
        let mut countries = Countries {
            paragraph_starts,
            counts: HashMap::default(),
            main: None,
            by_paragraph: HashMap::default(),
            paragraph_top: HashMap::default(),
        };
        for c in cands
            .iter()
            .filter(|c| c.reject.is_none() && c.typed.is_none())
        {
            if let Some(e) = c.choice.map(|i| &g.entries[i as usize]) {
                if !e.country.is_empty() {
                    *countries.counts.entry(e.country).or_default() += 1;
                    let paragraph = countries.paragraph(c.start);
                    *countries
                        .by_paragraph
                        .entry((paragraph, e.country))
                        .or_default() += 1;
                }
            }
        }
        countries.main = countries
            .counts
            .iter()
            .max_by_key(|(c, n)| (**n, std::cmp::Reverse(**c)))
            .map(|(c, _)| *c);
        for (&(p, cc), &n) in &countries.by_paragraph {
            let t = countries.paragraph_top.entry(p).or_insert((n, cc));
            if n > t.0 || n == t.0 && cc < t.1 {
                *t = (n, cc);
            }
        }
        countries
    }

    /// The paragraph holding byte offset `at`.
    pub fn paragraph(&self, at: usize) -> usize {
        self.paragraph_starts.partition_point(|&s| s <= at)
    }

    /// Paragraph `here`'s most named country (ties: the article's, then `recent`'s, the
    /// country of the last place named in it).
    pub fn of_paragraph(&self, here: usize, recent: Option<&'static str>) -> Option<&'static str> {
        let local = |cc: &str| self.by_paragraph.get(&(here, cc)).copied().unwrap_or(0);
        let (top, top_first) = self.paragraph_top.get(&here).copied().unwrap_or((0, ""));
        if top == 0 {
            None
        } else if self.main.is_some_and(|m| local(m) == top) {
            self.main
        } else if recent.is_some_and(|cc| local(cc) == top) {
            recent
        } else {
            Some(top_first)
        }
    }
}
