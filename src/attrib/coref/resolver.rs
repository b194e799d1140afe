//! The resolver's state while it walks the attributions in text order: the article's named
//! people and organisations, the entities made so far (by lower-case name), the history of
//! who spoke where, a description waiting for its proper name. Here too the ways an entity
//! is found or made: by its name, for a named person, by bridging a description to the name
//! that follows it.
//!
//! In: the context and the places. Out: [`Resolver`], which the stages of
//! [`super::source`] extend.

use super::entity::Entity;
use super::names::Names;
use super::orgs::{OrgMention, collect_orgs};
use super::people::collect_names;
use super::words::{is_title, lowercase_vocab};
use crate::attrib::ctx::Ctx;
use crate::attrib::lexicon::{NOUNS, NounClass};
use crate::report::{Place, SourceKind};
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::ops::Range;

/// How far back (in units) a pronoun or definite description looks for its antecedent.
pub const WINDOW_UNITS: usize = 40;

/// How far back (in units) "the agency", "the newspaper" or "they" looks for a named
/// organisation that has not spoken.
pub const ORG_WINDOW_UNITS: usize = 12;

pub struct Resolver<'c, 'a> {
    pub c: &'c Ctx<'a>,
    /// words written in lower case somewhere in the article
    pub vocab: HashSet<&'c str>,
    pub names: Names,
    pub entities: Vec<Entity>,
    pub by_key: HashMap<String, usize>,
    /// (unit, entity) of each resolved attribution, in order
    pub history: Vec<(usize, usize)>,
    /// a description waiting for a proper name: (entity, unit)
    pub pending: Option<(usize, usize)>,
    /// the name being resolved is apposed to a person noun ("Her nephew, Conor")
    pub hint_person: bool,
    /// byte ranges of contents so far, with their unit
    pub contents: Vec<(usize, Range<usize>)>,
    /// entities that speak as "I" (the author, the narrator): not antecedents of he/she
    pub narrators: HashSet<usize>,
    /// byte start → byte end of each place
    pub place_spans: HashMap<usize, usize>,
    /// named organisations, and (token position, index) of each in text order
    pub orgs: Vec<OrgMention>,
    pub org_pos: Vec<(usize, usize)>,
}

impl<'c, 'a> Resolver<'c, 'a> {
    /// Collects the article's people and organisations.
    pub fn new(c: &'c Ctx<'a>, places: &[Place]) -> Self {
        let vocab = lowercase_vocab(c);
        let names = collect_names(c, places, &vocab);
        let place_spans: HashMap<usize, usize> =
            places.iter().map(|p| (p.span.start, p.span.end)).collect();
        let (org_pos, orgs): (Vec<(usize, usize)>, Vec<OrgMention>) =
            collect_orgs(c, &names, &place_spans)
                .into_iter()
                .enumerate()
                .map(|(k, (pos, m))| ((pos, k), m))
                .unzip();
        Resolver {
            c,
            vocab,
            names,
            entities: Vec::new(),
            by_key: HashMap::default(),
            history: Vec::new(),
            pending: None,
            hint_person: false,
            contents: Vec::new(),
            narrators: HashSet::default(),
            place_spans,
            orgs,
            org_pos,
        }
    }
}

impl Resolver<'_, '_> {
    /// The text of the token range `r`.
    pub fn text(&self, r: Range<usize>) -> &str {
        if r.is_empty() {
            return "";
        }
        &self.c.text[self.c.toks[r.start].start..self.c.toks[r.end - 1].end]
    }

    /// The speakers of the last units, latest first: `(unit, entity)` of the attributions
    /// at most `window` units before `unit`.
    pub fn recent(&self, unit: usize, window: usize) -> impl Iterator<Item = &(usize, usize)> {
        self.history
            .iter()
            .rev()
            .take_while(move |(u, _)| u + window >= unit)
    }

    pub fn new_entity(&mut self, e: Entity) -> usize {
        let key = e.name.to_lowercase();
        let id = self.entities.len();
        self.by_key.entry(key).or_insert(id);
        self.entities.push(e);
        id
    }

    /// An entity with this exact name, or a new one set up by `init`.
    pub fn keyed(
        &mut self,
        name: String,
        kind: SourceKind,
        anonymous: bool,
        init: impl FnOnce(&mut Entity),
    ) -> usize {
        let key = name.to_lowercase();
        if let Some(&e) = self.by_key.get(&key) {
            return e;
        }
        let mut e = Entity::new(name, kind, anonymous);
        init(&mut e);
        self.new_entity(e)
    }

    /// The entity of named person `p` (an official when a title is an official's).
    pub fn person_entity(&mut self, p: usize) -> usize {
        let person = &self.names.persons[p];
        let key = person.full.to_lowercase();
        if let Some(&e) = self.by_key.get(&key) {
            return e;
        }
        let official = person.titles.iter().any(|t| {
            NOUNS
                .get(*t)
                .is_some_and(|n| n.class == NounClass::Official)
        });
        let mut e = Entity::new(
            person.full.clone(),
            if official {
                SourceKind::Official
            } else {
                SourceKind::Person
            },
            false,
        );
        e.person = Some(p);
        e.gender = person.gender;
        e.titles = person.titles.clone();
        e.aliases.extend(person.toks.last().cloned());
        self.new_entity(e)
    }

    /// A description right after another unnamed description of the same sort takes its
    /// proper name: "the Russian space agency said …. Roscosmos said …".
    pub fn bridge(&mut self, unit: usize, named: &Entity) -> Option<usize> {
        let (pe, pu) = self.pending.take()?;
        let last = self.history.last().map(|h| h.1);
        if last != Some(pe) || unit > pu + 2 || !self.entities[pe].described {
            return None;
        }
        let e = &mut self.entities[pe];
        let old = std::mem::replace(&mut e.name, named.name.clone());
        e.described = false;
        e.anonymous = false;
        e.kind = named.kind;
        e.aliases.push(named.name.to_lowercase());
        e.aliases.push(old.to_lowercase());
        let key = named.name.to_lowercase();
        self.by_key.insert(key, pe);
        Some(pe)
    }

    /// The description's own words before the name, when the source span has titles
    /// before it: "Kremlin spokesman Dmitry Peskov" → "Kremlin spokesman".
    pub fn described_by(&self, src: Range<usize>) -> Option<String> {
        let c = self.c;
        let k = src.clone().rev().find(|&k| is_title(c, k).is_some())?;
        (k > src.start).then(|| self.text(src.start..k + 1).to_string())
    }
}
