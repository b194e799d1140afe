//! Word lists shared by several extractors (`data/name_particles.tsv`): one copy, read by
//! the one loader of [`crate::data`].
//!
//! In: the data files. Out: lookups by word (lower case).

use crate::data::{DataError, loaded, table};
use crate::data_file;
use rustc_hash::FxHashMap;
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
}

impl Words {
    pub fn load() -> Result<Words, DataError> {
        let mut particles = FxHashMap::default();
        for l in table(data_file!("name_particles.tsv"), 2, 2)? {
            particles.insert(l.key(), l.one_of(1, PARTICLES)?);
        }
        Ok(Words { particles })
    }

    /// The class of a name particle (`word` in lower case).
    pub fn particle(&self, word: &str) -> Option<Particle> {
        self.particles.get(word).copied()
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
    }
}
