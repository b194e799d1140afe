//! Named organisations as antecedents: the one a description ("the space agency", "the
//! paper") or a pronoun ("they", "it") refers to, a recent sentence whose subject is an
//! organisation's name, and the entity of a named organisation. Also: a bare name taken for
//! a person that nothing shows to be one (so "the company" may take it up).
//!
//! In: the description's tokens and head, or a pronoun, and the unit. Out: the
//! organisation (position and index) or its entity.

use super::names::nearest_before;
use super::orgs::{general_head, org_fits};
use super::resolver::{ORG_WINDOW_UNITS, Resolver};
use crate::attrib::lexicon::{COUNTRIES, GIVEN_NAMES, NounClass};
use crate::attrib::np;
use crate::report::SourceKind;

impl Resolver<'_, '_> {
    /// The nearest named organisation before token `a` that the description `a..b` with
    /// head `head` can refer to: of that sort, with the description's modifiers in its
    /// name ("the space agency" → "Northern Space Agency", not "Ministry of Transport").
    pub fn org_antecedent(
        &self,
        a: usize,
        b: usize,
        head: &str,
        unit: usize,
    ) -> Option<(usize, usize)> {
        let c = self.c;
        if b - a > 3 {
            return None;
        }
        let floor = c.units[unit.saturating_sub(ORG_WINDOW_UNITS)].toks.start;
        let mods: Vec<usize> = (a..b - 1).filter(|&k| c.is_word(k)).collect();
        // "the aid group", "the mining giant": a general noun's modifiers only describe
        let general = general_head(head);
        nearest_before(&self.org_pos, a, 40)
            .take_while(|(m, _)| *m >= floor)
            .find(|(_, k)| {
                let m = &self.orgs[*k];
                let low = m.name.to_lowercase();
                // after a preposition only when named as that very sort ("the agency")
                (!m.oblique || m.lemmas.contains(&head))
                    && org_fits(head, m)
                    && mods.iter().all(|&k| {
                        let w = c.lw(k);
                        low.split_whitespace().any(|x| x == w)
                            || general && !c.is_cap(k) && !COUNTRIES.by_demonym.contains_key(w)
                    })
            })
            .copied()
    }

    /// The entity of named organisation `k`.
    pub fn org_entity(&mut self, k: usize) -> usize {
        let m = &self.orgs[k];
        let kind = match m.class {
            NounClass::Media => SourceKind::Media,
            NounClass::Institution => SourceKind::Official,
            _ => SourceKind::Organisation,
        };
        let head = m.lemmas.last().copied();
        let name = m.name.clone();
        self.keyed(name, kind, false, |e| e.head = head)
    }

    /// "they" or "it" with no speaker to take up: a named organisation of the last two
    /// units ("Harlow Motors closed its plant. They said …").
    pub fn org_pronoun(&mut self, i: usize, unit: usize) -> Option<usize> {
        let floor = self.c.units[unit.saturating_sub(2)].toks.start;
        let k = nearest_before(&self.org_pos, i, 8)
            .take_while(|(m, _)| *m >= floor)
            .find(|(_, k)| self.orgs[*k].class != NounClass::Media)
            .map(|&(_, k)| k)?;
        Some(self.org_entity(k))
    }

    /// A named person with nothing that shows a person: no title, no sex, no first name
    /// of the given-name list, never "he"/"she".
    pub fn weak_person(&self, e: usize) -> bool {
        let ent = &self.entities[e];
        ent.kind == SourceKind::Person
            && ent.gender.is_none()
            && ent.titles.is_empty()
            && ent.name.split_whitespace().count() >= 2
            && !ent
                .name
                .split_whitespace()
                .next()
                .is_some_and(|w| GIVEN_NAMES.contains_key(w.to_lowercase().as_str()))
            && ent.person.is_none_or(|p| {
                let pe = &self.names.persons[p];
                pe.gender.is_none() && pe.titles.is_empty()
            })
    }

    /// The subject of unit `u` when it is the proper name of an organisation (capitalised
    /// words, not a person, a place or a sentence-initial common word): its entity.
    pub fn org_subject(&mut self, u: usize) -> Option<usize> {
        let c = self.c;
        let unit = &c.units[u];
        let r = np::lead(c, unit.start, unit.toks.end)?;
        let mut a = r.start;
        if c.lw(a) == "the" {
            a += 1;
        }
        if a >= r.end
            || c.in_headline(a)
            || r.end - a > 5
            || c.quote_of(a).is_some()
            || !(a..r.end).all(|k| c.is_cap(k) || c.raw(k) == "&")
            || self.vocab.contains(c.lw(a))
            || self.shown_person_at(a)
            || self.place_spans.contains_key(&c.toks[a].start)
        {
            return None;
        }
        let low = self.text(a..r.end).to_lowercase();
        if COUNTRIES.by_name.contains_key(&low) {
            return None;
        }
        let name = self.text(a..r.end).to_string();
        match self.by_key.get(&low).copied() {
            Some(e) => matches!(self.entities[e].kind, SourceKind::Organisation).then_some(e),
            None => Some(self.keyed(name, SourceKind::Organisation, false, |_| {})),
        }
    }

    /// A person is mentioned at token `a` with a title or a sex (not a bare subject like
    /// "Andina Cobre").
    fn shown_person_at(&self, a: usize) -> bool {
        self.names
            .mentions
            .binary_search_by_key(&a, |m| m.0)
            .ok()
            .map(|k| &self.names.persons[self.names.mentions[k].1])
            .is_some_and(|p| p.gender.is_some() || !p.titles.is_empty())
    }
}
