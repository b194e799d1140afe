//! The generator of the compiled place table: reads GeoNames-derived entries
//! (`data/gazetteer.dat`, made by `tools/gazetteer.py`) and the hand-written features and
//! regions (`data/place_features.tsv`), English names (`data/place_names.tsv`) and alternate
//! names (`data/place_aliases.tsv`) strictly (an unknown value is a [`DataError`] with its
//! file and line), computes every surface form of every entry in all its spellings, and
//! writes the result in the compact format that [`super::packed`] reads in place.
//!
//! It runs in `build.rs` (which compiles these files with `#[path]`), so the data files stay
//! the human-edited sources and a change to one of them rebuilds the table; the crate
//! compiles it only for its tests, which check that the packed table is exactly this one.
//!
//! In: the data files. Out: [`Built`] (entries and the surface forms in the order they were
//! added), and [`pack::write`] of it.
//!
//! - [`generated`]: the GeoNames table, read strictly
//! - [`index`]: the names, English names and alternate names of its entries
//! - [`spelling`]: spelling variants ("St. Louis", "Raqqah", "Ludwigshafen")
//! - [`romanization`]: Ukrainian names in the national romanization
//! - [`features`]: hand-listed features and regions
//! - [`aliases`]: hand-listed alternative names ("U.S.", "Kiev", "Ga.")
//! - [`pack`]: the compact format

mod aliases;
mod features;
mod generated;
mod index;
pub mod pack;
mod romanization;
mod spelling;

use super::{Entry, Kind, Sense, form, key};
use crate::data::DataError;
use crate::data_file;

/// A HashMap with the Fx hasher (`rustc-hash`): trusted data, no DoS resistance needed.
type HashMap<K, V> = rustc_hash::FxHashMap<K, V>;

/// One surface form of an entry, as added to the index.
#[derive(Debug, Clone)]
pub struct Form {
    pub key: String,
    pub entry: u32,
    pub form: u8,
}

/// The whole table: the entries and their surface forms.
#[derive(Debug)]
pub struct Built {
    pub entries: Vec<Entry>,
    /// How many entries come from `data/gazetteer.dat` (the rest are hand-listed features).
    pub generated: usize,
    /// Every (surface form, entry) once (the first form wins), in the order added: the
    /// entries' own forms entry by entry, then the aliases ([`Built::aliases_from`]).
    pub forms: Vec<Form>,
    /// Where the aliases start in `forms`.
    pub aliases_from: usize,
    /// Normalised surface form -> its senses, in the order added.
    pub index: HashMap<String, Vec<Sense>>,
}

impl Built {
    /// Adds a sense of `entry` to the surface form `k` (once per entry: the first form wins).
    fn add_form(&mut self, k: String, entry: usize, f: u8) {
        if k.is_empty() {
            return;
        }
        let senses = self.index.entry(k.clone()).or_default();
        if !senses.iter().any(|s| s.entry == entry as u32) {
            senses.push(Sense {
                entry: entry as u32,
                form: f,
            });
            self.forms.push(Form {
                key: k,
                entry: entry as u32,
                form: f,
            });
        }
    }

    /// Reads every place table and computes the surface forms (see the module doc).
    pub fn load() -> Result<Built, DataError> {
        let spelling = spelling::Spelling::load()?;
        let generated::Generated {
            entries,
            alternates,
        } = generated::load(data_file!("gazetteer.dat"))?;
        let mut built = Built {
            generated: entries.len(),
            entries,
            forms: Vec::with_capacity(160_000),
            aliases_from: 0,
            index: HashMap::with_capacity_and_hasher(120_000, Default::default()),
        };
        index::index_generated(&mut built, &alternates, &spelling)?;
        features::add_features(&mut built)?;
        built.aliases_from = built.forms.len();
        aliases::add_aliases(&mut built)?;
        Ok(built)
    }
}
