//! Step 2 of [`super::Resolver::name_of`]: a source that is a name (after any titles): a
//! named person of the article ("Mr Obama", "Kremlin Spokesman Dmitry Peskov", "Webb"), or
//! a name not collected as a person's — a person when a title or an apposition shows one,
//! else a lone capitalised word is an organisation ("Roscosmos"), or the short form of one
//! already named ("Brandt" after "Brandt Metall").
//!
//! In: a [`Phrase`] whose words after the titles are name words, not an organisation's,
//! a place's or a date's. Out: the entity, or `None` when the phrase is not a name.

use super::entity::Entity;
use super::genders::title_gender;
use super::phrase::Phrase;
use super::resolver::Resolver;
use super::words::{acronym, name_connector, org_word};
use crate::attrib::lexicon::{MEDIA, NOUNS, NounClass, wc};
use crate::report::SourceKind;

impl Resolver<'_, '_> {
    /// A person's name (after titles), or a name the article did not collect.
    pub fn person_name(&mut self, p: &Phrase) -> Option<usize> {
        let c = self.c;
        if !p.name_run || self.orgish(p) || c.is(p.name_start, wc::TIME | wc::NONPERSON) {
            return None;
        }
        let place_name = p.titles.is_empty()
            && self
                .place_spans
                .get(&c.toks[p.name_start].start)
                .is_some_and(|&e| e >= c.toks[p.core_end - 1].end);
        if place_name {
            return None;
        }
        let words: Vec<String> = (p.name_start..p.core_end)
            .filter(|&k| !name_connector(c.lw(k)) || k > p.name_start)
            .map(|k| c.lw(k).to_string())
            .collect();
        let e = match self.names.lookup(&words, p.name_start) {
            Some(person) => {
                let e = self.person_entity(person);
                self.entities[e].titles.extend(p.titles.iter().copied());
                e
            }
            None => {
                let name = self.text(p.name_start..p.core_end).to_string();
                match self.by_key.get(&name.to_lowercase()) {
                    Some(&e) => e,
                    None => return self.unknown_name(p, name),
                }
            }
        };
        if let Some(d) = self.described_by(p.src.clone()) {
            self.entities[e].description.get_or_insert(d);
        }
        Some(e)
    }

    /// The name words carry an organisation word or an acronym, or are an outlet's name.
    fn orgish(&self, p: &Phrase) -> bool {
        let c = self.c;
        (p.name_start..p.core_end).any(|k| org_word(c, k) || acronym(c.raw(k)))
            || MEDIA.contains(&self.text(p.name_start..p.core_end).to_lowercase())
            || MEDIA.contains(&self.text(p.start..p.core_end).to_lowercase())
    }

    /// A name with no known person and no entity yet: a lone capitalised word with no title
    /// is an organisation ("Roscosmos") unless a title or an apposition makes it a person,
    /// or the short form of an organisation already named.
    fn unknown_name(&mut self, p: &Phrase, name: String) -> Option<usize> {
        let single = p.core_end - p.name_start == 1;
        if single && !self.hint_person {
            if let Some(e) = self.org_short_form(&name.to_lowercase()) {
                return Some(e);
            }
        }
        let kind = if self.hint_person {
            SourceKind::Person
        } else if p.titles.is_empty() && single {
            SourceKind::Organisation
        } else if p.titles.iter().any(|t| {
            NOUNS
                .get(*t)
                .is_some_and(|n| n.class == NounClass::Official)
        }) {
            SourceKind::Official
        } else {
            SourceKind::Person
        };
        let mut ent = Entity::new(name, kind, false);
        ent.titles = p.titles.clone();
        ent.gender = p.titles.iter().find_map(|t| title_gender(t));
        if kind == SourceKind::Organisation {
            if let Some(e) = self.bridge(p.unit, &ent) {
                return Some(e);
            }
        }
        let e = self.new_entity(ent);
        if let Some(d) = self.described_by(p.src.clone()) {
            self.entities[e].description.get_or_insert(d);
        }
        Some(e)
    }

    /// An organisation or outlet of the last 200 entities whose name starts with the word
    /// `key` ("Brandt" → "Brandt Metall").
    fn org_short_form(&self, key: &str) -> Option<usize> {
        let w = format!("{key} ");
        let from = self.entities.len().saturating_sub(200);
        self.entities[from..]
            .iter()
            .rposition(|e| {
                matches!(e.kind, SourceKind::Organisation | SourceKind::Media)
                    && e.name.to_lowercase().starts_with(&w)
            })
            .map(|e| from + e)
    }
}
