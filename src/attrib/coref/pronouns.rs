//! Pronoun sources: "I" is the author of a byline or a narrator; "he"/"she" the latest
//! person of that sex who spoke or was named as a clause subject; "it" the last
//! organisation, outlet, document or institution that spoke; "they" a plural speaker of the
//! same sentence, a plural noun before it, or the last plural or organisational speaker;
//! "it"/"they" with none of these, a named organisation just mentioned. "we" and "you" are
//! left unresolved.
//!
//! In: the pronoun's token and unit. Out: the entity, or `None`.

use super::display::strip_det;
use super::entity::Gender;
use super::names::nearest_before;
use super::resolver::{Resolver, WINDOW_UNITS};
use super::words::noun;
use crate::attrib::lexicon::{NOUNS, NounClass};
use crate::attrib::np;
use crate::report::SourceKind;

impl Resolver<'_, '_> {
    /// he/she/they/it/I/we → an entity.
    pub fn pronoun(&mut self, i: usize, unit: usize) -> Option<usize> {
        match self.c.lw(i) {
            "i" => Some(self.first_person(i)),
            "he" => self.he_or_she(i, unit, Gender::M),
            "she" => self.he_or_she(i, unit, Gender::F),
            "it" => self.it(i, unit),
            "they" => self.they(i, unit),
            _ => None,
        }
    }

    /// "I": the author of the byline above, else one narrator "I"; neither is taken up by
    /// "he" or "she".
    fn first_person(&mut self, i: usize) -> usize {
        let e = match self.c.author_at(i) {
            Some(author) => self.keyed(author.to_string(), SourceKind::Person, false, |e| {
                e.description = Some("author".to_string());
            }),
            None => self.keyed("I".to_string(), SourceKind::Person, false, |_| {}),
        };
        self.narrators.insert(e);
        e
    }

    /// "he"/"she": the latest of a speaking person and a person named as a clause subject,
    /// of that sex (or of none known, which the pronoun then sets).
    fn he_or_she(&mut self, i: usize, unit: usize, want: Gender) -> Option<usize> {
        let c = self.c;
        let floor = c.units[unit.saturating_sub(WINDOW_UNITS)].toks.start;
        let speaker = self
            .recent(unit, WINDOW_UNITS)
            .find(|&&(_, e)| self.is_person(e) && self.entities[e].gender.is_none_or(|g| g == want))
            .map(|&(u, e)| (c.units[u].toks.start, e));
        let subject = nearest_before(&self.names.subject_mentions, i, 60)
            .find(|(m, p)| *m >= floor && self.names.persons[*p].gender.is_none_or(|g| g == want))
            .copied();
        let e = match (speaker, subject) {
            (Some((pos, e)), Some((m, p))) => {
                if m > pos && Some(p) != self.entities[e].person {
                    self.person_entity(p)
                } else {
                    e
                }
            }
            (Some((_, e)), None) => e,
            (None, Some((_, p))) => self.person_entity(p),
            (None, None) => return None,
        };
        if self.entities[e].gender.is_none() {
            self.entities[e].gender = Some(want);
            if let Some(p) = self.entities[e].person {
                self.names.persons[p].gender = Some(want);
            }
        }
        Some(e)
    }

    /// A single person (named, or described by an official's, a role's or a source's
    /// noun), or a single anonymous source; not a narrator.
    fn is_person(&self, e: usize) -> bool {
        let ent = &self.entities[e];
        let person_noun = ent.head.is_some_and(|h| {
            NOUNS.get(h).is_some_and(|n| {
                matches!(
                    n.class,
                    NounClass::Official | NounClass::Role | NounClass::Anon
                )
            })
        });
        !self.narrators.contains(&e)
            && matches!(ent.kind, SourceKind::Person | SourceKind::Official)
            && !ent.plural
            && (ent.person.is_some() || person_noun)
            || ent.kind == SourceKind::Anonymous && !ent.plural
    }

    /// "it": the last single organisation, outlet, document or institution that spoke.
    fn it(&mut self, i: usize, unit: usize) -> Option<usize> {
        let speaker = self.recent(unit, WINDOW_UNITS).map(|&(_, e)| e).find(|&e| {
            let ent = &self.entities[e];
            !ent.plural
                && matches!(
                    ent.kind,
                    SourceKind::Organisation
                        | SourceKind::Media
                        | SourceKind::Document
                        | SourceKind::Official
                )
                && ent.person.is_none()
        });
        speaker.or_else(|| self.org_pronoun(i, unit))
    }

    /// "they": a plural speaker of the same unit ("The researchers found …, although they
    /// cautioned"), a plural noun earlier in the unit ("civilians were injured as they
    /// demanded …"), else the last plural or organisational speaker.
    fn they(&mut self, i: usize, unit: usize) -> Option<usize> {
        let c = self.c;
        let byte = c.toks[i].start;
        let in_content = self
            .contents
            .iter()
            .rev()
            .take_while(|(u, _)| *u == unit)
            .any(|(_, r)| r.contains(&byte));
        if !in_content {
            let first_plural = self
                .history
                .iter()
                .rev()
                .take_while(|(u, _)| *u == unit)
                .filter(|&&(_, e)| self.entities[e].plural)
                .last();
            if let Some(&(_, e)) = first_plural {
                return Some(e);
            }
        }
        if let Some(e) = self.plural_noun_before(i, unit) {
            return Some(e);
        }
        let speaker = self.recent(unit, WINDOW_UNITS).map(|&(_, e)| e).find(|&e| {
            let ent = &self.entities[e];
            ent.plural || matches!(ent.kind, SourceKind::Organisation)
        });
        speaker.or_else(|| self.org_pronoun(i, unit))
    }

    /// The plural noun nearest before "they" in its unit, outside quotes, as an anonymous
    /// group ("civilians", "local residents").
    fn plural_noun_before(&mut self, i: usize, unit: usize) -> Option<usize> {
        let c = self.c;
        let unit_start = c.units[unit].toks.start;
        let (k, n) = (unit_start..i).rev().find_map(|k| {
            noun(c, k)
                .map(|n| (k, n))
                .filter(|(k, n)| n.plural && c.quote_of(*k).is_none())
        })?;
        let start = np::left(c, k + 1, unit_start).unwrap_or(k);
        let name = strip_det(self.text(start..k + 1));
        Some(self.keyed(name, SourceKind::Anonymous, true, |e| {
            e.plural = true;
            e.head = Some(n.lemma);
        }))
    }
}
