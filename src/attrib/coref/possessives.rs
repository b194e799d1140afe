//! Possessors (steps 6 and 9 of [`super::Resolver::name_of`], and the owner of a new
//! description): "the ministry's spokesperson", with "the ministry" a named organisation of
//! the last units → "spokesperson for Ministry of Transport"; "her figures", "his
//! calculations" → the person they belong to; "his spokesman" → the person "his" is.
//!
//! In: a [`Phrase`] (or its possessive determiner). Out: the entity, or the owner's name.

use super::entity::Gender;
use super::names::nearest_before;
use super::phrase::Phrase;
use super::resolver::{ORG_WINDOW_UNITS, Resolver};
use super::words::{kind_of_class, org_class};
use crate::attrib::lexicon::{NOUNS, NounClass};
use crate::report::SourceKind;

impl Resolver<'_, '_> {
    /// Step 6: "the ministry's spokesperson" → "spokesperson for Ministry of Transport" (an
    /// official's role), else "Acme Motors's engineers".
    pub fn org_official(&mut self, p: &Phrase) -> Option<usize> {
        if !p.definite || p.start + 1 >= p.end {
            return None;
        }
        let name = self.org_possessor_name(p)?;
        let kind = p
            .noun
            .map_or(SourceKind::Anonymous, |n| kind_of_class(n.class));
        let head = p.head_lemma();
        Some(self.keyed(name, kind, true, |e| {
            e.head = head;
            e.described = true;
        }))
    }

    /// The name of "the ministry's spokesperson": the named organisation "the ministry"
    /// takes up (mentioned, or a speaker of the last units), and the role.
    fn org_possessor_name(&self, p: &Phrase) -> Option<String> {
        let c = self.c;
        let (a, b) = (p.start, p.end);
        let w = c.lw(a);
        let stem = w
            .strip_suffix("'s")
            .or_else(|| w.strip_suffix("\u{2019}s"))?;
        let owner = NOUNS.get(stem).filter(|n| org_class(n))?;
        let org = match self.org_antecedent(a, a + 1, owner.lemma, p.unit) {
            Some((_, k)) => self.orgs[k].name.clone(),
            None => self
                .recent(p.unit, ORG_WINDOW_UNITS)
                .map(|&(_, e)| &self.entities[e])
                .find(|e| !e.described && e.head == Some(owner.lemma))?
                .name
                .clone(),
        };
        let role = self.text(a + 1..b);
        Some(if p.noun.is_some_and(|n| n.class == NounClass::Official) {
            format!("{role} for {org}")
        } else {
            format!("{org}'s {role}")
        })
    }

    /// Step 9: "Her figures suggest …": a person's own document speaks for them.
    pub fn possessor_document(&mut self, p: &Phrase) -> Option<usize> {
        let po = p.possessor?;
        if p.noun.map(|n| n.class) != Some(NounClass::Document) {
            return None;
        }
        self.possessor_entity(po, p.unit)
    }

    /// "his" in "his spokesman": the name of the last person mentioned before, of the
    /// pronoun's sex.
    pub fn possessor_name(&self, po: usize, unit: usize) -> Option<String> {
        let want = self.possessive_gender(po)?;
        let floor = self.c.units[unit.saturating_sub(2)].toks.start;
        nearest_before(&self.names.mentions, po, 60)
            .filter(|(m, _)| *m >= floor)
            .map(|(_, p)| &self.names.persons[*p])
            .find(|p| p.gender.is_none() || p.gender == Some(want))
            .map(|p| p.full.clone())
    }

    /// "Her figures", "his calculations": the person they belong to (the last person
    /// who spoke, or was named, in the last few units, of the pronoun's sex).
    fn possessor_entity(&mut self, po: usize, unit: usize) -> Option<usize> {
        let want = self.possessive_gender(po)?;
        let speaker = self.recent(unit, 3).map(|&(_, e)| e).find(|&e| {
            let ent = &self.entities[e];
            ent.person.is_some() && ent.gender.is_none_or(|g| g == want)
        });
        if speaker.is_some() {
            return speaker;
        }
        let floor = self.c.units[unit.saturating_sub(2)].toks.start;
        let p = nearest_before(&self.names.mentions, po, 60)
            .filter(|(m, _)| *m >= floor)
            .map(|&(_, p)| p)
            .find(|&p| self.names.persons[p].gender.is_none_or(|g| g == want))?;
        Some(self.person_entity(p))
    }

    /// The sex of "his" or "her"; none for another possessive.
    fn possessive_gender(&self, po: usize) -> Option<Gender> {
        match self.c.lw(po) {
            "his" => Some(Gender::M),
            "her" => Some(Gender::F),
            _ => None,
        }
    }
}
