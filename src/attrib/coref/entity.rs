//! What coreference produces: the entities that speak (a named person, an organisation, a
//! description such as "an official source"), and the speaker of each attribution.
//!
//! In: nothing (the types). Out: [`Entity`], [`Resolved`], [`Gender`].

use crate::report::SourceKind;
use rustc_hash::FxHashSet as HashSet;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Gender {
    M,
    F,
}

/// A resolved speaker.
#[derive(Debug, Clone)]
pub struct Entity {
    pub name: String,
    pub kind: SourceKind,
    pub anonymous: bool,
    pub plural: bool,
    pub gender: Option<Gender>,
    /// lower-case head noun of the description ("source", "agency")
    pub head: Option<&'static str>,
    /// lower-case titles of a named person
    pub titles: HashSet<&'static str>,
    /// lower-case names and descriptions that refer to it
    pub aliases: Vec<String>,
    pub person: Option<usize>,
    /// a description with no proper name (may later take one: bridging)
    pub described: bool,
    pub description: Option<String>,
    /// the last unit where it spoke
    pub last_unit: usize,
}

impl Entity {
    /// A new entity known by its name (its first alias, in lower case).
    pub fn new(name: String, kind: SourceKind, anonymous: bool) -> Entity {
        Entity {
            aliases: vec![name.to_lowercase()],
            name,
            kind,
            anonymous,
            plural: false,
            gender: None,
            head: None,
            titles: HashSet::default(),
            person: None,
            described: false,
            description: None,
            last_unit: 0,
        }
    }
}

/// The speaker of each attribution (entity index) and the entities.
pub struct Resolved {
    pub speaker: Vec<Option<usize>>,
    pub entities: Vec<Entity>,
}
