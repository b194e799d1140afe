//! The named people of an article and their mentions, and the look-up of a name mention
//! ("Obama", "Barack Obama") to the person it refers to.
//!
//! In: the people collected by [`super::people`]. Out: [`Names`] and [`Names::lookup`].

use super::entity::Gender;
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

/// A named person of the article.
#[derive(Debug, Clone)]
pub struct Person {
    /// the name as written, titles removed ("Barack Obama")
    pub full: String,
    /// lower-case name tokens
    pub toks: Vec<String>,
    /// lower-case title nouns seen with the name (president, spokesman)
    pub titles: HashSet<&'static str>,
    pub gender: Option<Gender>,
    /// token positions of its mentions, in order
    pub positions: Vec<usize>,
    /// the age given with the name ("Maria Lopez, 34,", "Tom Reed (61)")
    pub age: Option<String>,
}

#[derive(Default)]
pub struct Names {
    pub persons: Vec<Person>,
    /// lower-case name token → persons having it
    pub by_tok: HashMap<String, Vec<usize>>,
    /// (token position, person) for mentions that are clause subjects
    pub subject_mentions: Vec<(usize, usize)>,
    /// (token position, person) for every mention
    pub mentions: Vec<(usize, usize)>,
}

/// Mentions before `pos`, nearest first, at most `n` of them (the lists are in text order).
pub fn nearest_before(
    v: &[(usize, usize)],
    pos: usize,
    n: usize,
) -> impl Iterator<Item = &(usize, usize)> {
    let k = v.partition_point(|(m, _)| *m < pos);
    v[..k].iter().rev().take(n)
}

impl Names {
    /// Records a mention of person `p` at token `pos`.
    pub fn mention(&mut self, pos: usize, p: usize) {
        self.mentions.push((pos, p));
        self.persons[p].positions.push(pos);
    }

    /// The person a name mention refers to: the longest known name that ends (or, for one
    /// word, begins) with the mention's words, nearest to `pos`.
    pub fn lookup(&self, words: &[String], pos: usize) -> Option<usize> {
        let last = words.last()?;
        let cands = self.by_tok.get(last.as_str())?;
        let mut best: Option<(usize, usize, usize)> = None; // (len, -dist, id)
        for &p in cands {
            let pt = &self.persons[p].toks;
            let ends = pt.len() >= words.len() && pt[pt.len() - words.len()..] == *words;
            let begins = words.len() == 1 && pt.first() == Some(last);
            if !(ends || begins) {
                continue;
            }
            let ps = &self.persons[p].positions;
            let k = ps.partition_point(|&m| m < pos);
            let dist = [k.checked_sub(1), Some(k)]
                .into_iter()
                .flatten()
                .filter_map(|k| ps.get(k))
                .map(|m| m.abs_diff(pos))
                .min()
                .unwrap_or(usize::MAX / 2);
            let score = (pt.len() + usize::from(ends), usize::MAX - dist, p);
            if best.is_none_or(|b| score > b) {
                best = Some(score);
            }
        }
        best.map(|b| b.2)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn person(full: &str, positions: Vec<usize>) -> Person {
        Person {
            full: full.to_string(),
            toks: full.to_lowercase().split(' ').map(String::from).collect(),
            titles: HashSet::default(),
            gender: None,
            positions,
            age: None,
        }
    }

    #[test]
    fn a_surname_finds_the_nearest_person_with_it() {
        let mut names = Names::default();
        for (id, p) in [person("Ann Lee", vec![3]), person("Tom Lee", vec![40])]
            .into_iter()
            .enumerate()
        {
            for t in &p.toks {
                names.by_tok.entry(t.clone()).or_default().push(id);
            }
            names.persons.push(p);
        }
        let lee = ["lee".to_string()];
        assert_eq!(names.lookup(&lee, 10), Some(0));
        assert_eq!(names.lookup(&lee, 35), Some(1));
        assert_eq!(names.lookup(&["ann".to_string()], 50), Some(0));
        assert_eq!(names.lookup(&["kim".to_string()], 50), None);
        assert_eq!(
            nearest_before(&[(1, 0), (5, 1), (9, 0)], 9, 5).collect::<Vec<_>>(),
            vec![&(5, 1), &(1, 0)]
        );
    }
}
