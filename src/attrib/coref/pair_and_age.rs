//! Definite descriptions by number (part of [`super::corefer`]): "the two", "the pair" →
//! the two people named last ("Tom Hale and Ann Birch pulled him out. The two said …");
//! "the 34-year-old" → the person named with that age, else the person who spoke last.
//!
//! In: the description's token and unit. Out: the entity, or `None`.

use super::display::display_name;
use super::names::nearest_before;
use super::resolver::{Resolver, WINDOW_UNITS};

impl Resolver<'_, '_> {
    /// "the two", "the pair": the two people named last, in the last two units.
    pub fn pair(&mut self, a: usize, unit: usize) -> Option<usize> {
        let floor = self.c.units[unit.saturating_sub(2)].toks.start;
        let mut two: Vec<(usize, usize)> = Vec::new();
        for &(m, p) in nearest_before(&self.names.mentions, a, 12) {
            if m < floor {
                break;
            }
            if two.iter().all(|&(_, q)| q != p) {
                two.push((m, p));
                if two.len() == 2 {
                    break;
                }
            }
        }
        if two.len() < 2 {
            return None;
        }
        two.sort_unstable();
        let ids: Vec<usize> = two.iter().map(|&(_, p)| self.person_entity(p)).collect();
        let name = format!(
            "{} and {}",
            display_name(&self.entities[ids[0]]),
            display_name(&self.entities[ids[1]])
        );
        let kind = self.entities[ids[0]].kind;
        Some(self.keyed(name, kind, false, |e| e.plural = true))
    }

    /// "the 34-year-old": the person named before with that age, else the person who
    /// spoke last (within a few units), else the last person named as a clause subject.
    pub fn year_old(&mut self, age: &str, a: usize, unit: usize) -> Option<usize> {
        let c = self.c;
        let floor = c.units[unit.saturating_sub(WINDOW_UNITS)].toks.start;
        let p = nearest_before(&self.names.mentions, a, 80)
            .take_while(|(m, _)| *m >= floor)
            .map(|&(_, p)| p)
            .find(|&p| self.names.persons[p].age.as_deref() == Some(age));
        if let Some(p) = p {
            return Some(self.person_entity(p));
        }
        let spoke = self
            .recent(unit, 6)
            .map(|&(_, e)| e)
            .find(|&e| self.entities[e].person.is_some() && !self.entities[e].plural);
        if spoke.is_some() {
            return spoke;
        }
        let floor = c.units[unit.saturating_sub(3)].toks.start;
        let p = nearest_before(&self.names.subject_mentions, a, 10)
            .find(|(m, _)| *m >= floor)
            .map(|&(_, p)| p)?;
        Some(self.person_entity(p))
    }
}
