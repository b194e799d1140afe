//! Word lists shared by several extractors (`data/name_particles.tsv`): one copy, read by
//! the one loader of [`crate::data`].
//!
//! In: the data files. Out: lookups by word (lower case).

use crate::data::{DataError, loaded, table};
use crate::data_file;
use rustc_hash::{FxHashMap, FxHashSet};
use std::sync::LazyLock;

/// What a lower-case particle inside a name is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Particle {
    /// An Arabic definite article ("al", "el", "ash").
    Article,
    /// "son/daughter/father of" ("bin", "ibn", "abu", "ben").
    Patronymic,
    /// A European family particle ("van", "de", "von", "della").
    Connector,
}

const PARTICLES: &[(&str, Particle)] = &[
    ("article", Particle::Article),
    ("connector", Particle::Connector),
    ("patronymic", Particle::Patronymic),
];

/// The shared word lists.
pub struct Words {
    particles: FxHashMap<&'static str, Particle>,
    /// particles also written as a word of their own before the name ("al Assad")
    spaced: FxHashSet<&'static str>,
}

/// The one value of the `written` column of `name_particles.tsv`.
const WRITTEN: &[(&str, ())] = &[("space", ())];

impl Words {
    pub fn load() -> Result<Words, DataError> {
        let mut particles = FxHashMap::default();
        let mut spaced = FxHashSet::default();
        for l in table(data_file!("name_particles.tsv"), 2, 3)? {
            particles.insert(l.key(), l.one_of(1, PARTICLES)?);
            if !l.flags(2, WRITTEN)?.is_empty() {
                spaced.insert(l.key());
            }
        }
        Ok(Words { particles, spaced })
    }

    /// The class of a name particle (`word` in lower case).
    pub fn particle(&self, word: &str) -> Option<Particle> {
        self.particles.get(word).copied()
    }

    /// A particle also written as a word of its own before the name ("al Assad", "bin
    /// Salman", "van der Berg"; not the hyphen-only "ad-Din", `word` in lower case).
    pub fn spaced_particle(&self, word: &str) -> bool {
        self.spaced.contains(word)
    }
}

pub static WORDS: LazyLock<Words> = LazyLock::new(|| loaded(Words::load()));

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn particles_by_class() {
        assert_eq!(WORDS.particle("al"), Some(Particle::Article));
        assert_eq!(WORDS.particle("ibn"), Some(Particle::Patronymic));
        assert_eq!(WORDS.particle("van"), Some(Particle::Connector));
        assert_eq!(WORDS.particle("Al"), None);
        assert!(WORDS.spaced_particle("al") && WORDS.spaced_particle("van"));
        assert!(!WORDS.spaced_particle("ad") && !WORDS.spaced_particle("an"));
    }
}
