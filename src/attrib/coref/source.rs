//! Resolving one attribution's source to an entity. A lone pronoun goes to
//! [`super::pronouns`]; "X and Y" resolves each part and joins them; any other noun phrase
//! goes through the steps of [`Resolver::name_of`], in order, the first that applies wins:
//!
//! 1. a country for its government ("Syria said") — [`super::countries`]
//! 2. a person's name, after titles ("Mr Obama") — [`super::proper_names`]
//! 3. a country's body ("China's commerce ministry") — [`super::countries`]
//! 4. an organisation's or outlet's name ("Roscosmos") — [`super::organisation_names`]
//! 5. a headline's bare title ("Vice premier calls …") — [`super::descriptions`]
//! 6. an organisation's official ("the ministry's spokesperson") — [`super::possessives`]
//! 7. an institution placed by a city ("the ministry in Berlin") — [`super::countries`]
//! 8. a description that takes up an earlier one ("the source", "the company", "the two")
//!    — [`super::corefer`]
//! 9. a person's own document ("her figures") — [`super::possessives`]
//! 10. a new described entity ("an official source") — [`super::descriptions`]
//!
//! In: an attribution ([`Found`]). Out: its speaker (an entity index), the history updated.

use super::phrase::Phrase;
use super::resolver::Resolver;
use super::words::is_title;
use crate::attrib::lexicon::wc;
use crate::attrib::structure::Found;
use std::ops::Range;

impl Resolver<'_, '_> {
    /// The speaker of attribution `f`, recorded in the history.
    pub fn attribution(&mut self, f: &Found) -> Option<usize> {
        if f.stop_only {
            return None;
        }
        let c = self.c;
        let speaker = match (&f.appos_name, &f.source) {
            (Some(name), Some(src)) => self.apposed_name(src, name, f.unit),
            (None, Some(src)) => self.resolve_source(src.clone(), f.unit),
            _ => None,
        };
        if let Some(content) = &f.content {
            self.contents.push((f.unit, content.clone()));
        }
        if let Some(e) = speaker {
            self.history.push((f.unit, e));
            self.entities[e].last_unit = f.unit;
            // "Derek Scissors, a China scholar": the apposition's role noun is a title
            if let Some(t) = f
                .desc
                .clone()
                .and_then(|mut d| d.find_map(|k| is_title(c, k)))
            {
                self.entities[e].titles.insert(t);
            }
        }
        speaker
    }

    /// "Its chief executive, Jacqueline Starr, said": the apposed name, a person when the
    /// description has a title; "The energy minister, Lord Ashworth,": the description's
    /// role is a title.
    fn apposed_name(
        &mut self,
        src: &Range<usize>,
        name: &Range<usize>,
        unit: usize,
    ) -> Option<usize> {
        let c = self.c;
        self.hint_person = (src.start..name.start).any(|k| is_title(c, k).is_some());
        let e = self.name_of(name.clone(), unit);
        self.hint_person = false;
        if let Some(e) = e {
            if let Some(t) = (src.start..name.start).rev().find_map(|k| is_title(c, k)) {
                self.entities[e].titles.insert(t);
            }
        }
        e
    }

    /// A source span: a pronoun, a coordination of speakers, or a noun phrase.
    pub fn resolve_source(&mut self, src: Range<usize>, unit: usize) -> Option<usize> {
        let c = self.c;
        if src.len() == 1 && c.is(src.start, wc::PRON) {
            return self.pronoun(src.start, unit);
        }
        if let Some(e) = self.coordination(&src, unit) {
            return Some(e);
        }
        self.name_of(src, unit)
    }

    /// "X and Y", "X, Y and Z": one plural entity for the parts, when every part resolves
    /// ("a source at the Foreign and Expatriates Ministry" is one speaker: an "and" after a
    /// preposition joins the preposition's objects).
    fn coordination(&mut self, src: &Range<usize>, unit: usize) -> Option<usize> {
        let c = self.c;
        let k = src.clone().find(|&k| c.lw(k) == "and" || c.lw(k) == "&")?;
        let in_pp = (src.start..k).any(|m| c.is(m, wc::PREP));
        if k == src.start || k + 1 >= src.end || c.is_cap(k) || in_pp {
            return None;
        }
        let mut parts: Vec<Range<usize>> = Vec::new();
        let mut a = src.start;
        for m in src.clone() {
            if m == k || c.is_comma(m) && m < k {
                parts.push(a..m);
                a = m + 1;
            }
        }
        parts.push(a..src.end);
        let mut ids = Vec::new();
        for part in parts.into_iter().filter(|p| !p.is_empty()) {
            ids.push(self.name_of(part, unit)?);
        }
        (ids.len() >= 2).then(|| self.joint_entity(&ids))
    }

    /// The plural entity of several speakers ("Tom Hale and Ann Birch").
    pub fn joint_entity(&mut self, ids: &[usize]) -> usize {
        let names: Vec<String> = ids
            .iter()
            .map(|&e| super::display_name(&self.entities[e]))
            .collect();
        let name = match names.split_last() {
            Some((last, rest)) => format!("{} and {last}", rest.join(", ")),
            None => String::new(),
        };
        let kind = self.entities[ids[0]].kind;
        let anonymous = ids.iter().all(|&i| self.entities[i].anonymous);
        self.keyed(name, kind, anonymous, |e| e.plural = true)
    }

    /// Resolves a noun phrase (not a pronoun) to an entity, creating it if needed.
    pub fn name_of(&mut self, src: Range<usize>, unit: usize) -> Option<usize> {
        let phrase = Phrase::parse(self.c, src, unit)?;
        let e = self
            .country_government(&phrase)
            .or_else(|| self.person_name(&phrase))
            .or_else(|| self.country_body(&phrase))
            .or_else(|| self.organisation_name(&phrase))
            .or_else(|| self.headline_title(&phrase))
            .or_else(|| self.org_official(&phrase))
            .or_else(|| self.placed_institution_entity(&phrase))
            .or_else(|| self.corefer(&phrase))
            .or_else(|| self.possessor_document(&phrase))
            .or_else(|| Some(self.described(&phrase)))?;
        self.name_document(e, &phrase);
        Some(e)
    }
}
