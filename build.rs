//! Build script: compiles the place table.
//!
//! It runs the gazetteer generator (`src/places/gazetteer/build/`, compiled here with
//! `#[path]` together with the strict data reader `src/data.rs`, the shared word lists
//! `src/words.rs` and the table's types and keys) over the data files as they are, and writes
//! the compact table (`gazetteer.txt`, `gazetteer.bin`) into `OUT_DIR`, where
//! `src/places/gazetteer/packed.rs` compiles it in and reads it in place. A malformed data
//! file stops the build with its file, line and what is wrong.
//!
//! It also sets the cfg `sourcelens_crate` for the crate's own targets: `src/data.rs`
//! keeps its crate-wide `check_all` behind it, since here the other lexicons do not exist.

// the files below are shared with the crate, which uses what the generator does not
#[allow(dead_code)]
#[path = "src/data.rs"]
mod data;
#[allow(dead_code)]
#[path = "src/places/gazetteer/key.rs"]
mod key;
#[allow(dead_code)]
#[path = "src/places/gazetteer/types.rs"]
mod types;
#[allow(dead_code)]
#[path = "src/words.rs"]
mod words;

#[path = "src/places/gazetteer/build/mod.rs"]
mod build;

use key::key;
use types::{Entry, Kind, Sense, form};

/// The data files the generator reads, and the sources it is made of.
const INPUTS: &[&str] = &[
    "data/gazetteer.dat",
    "data/name_particles.tsv",
    "data/place_aliases.tsv",
    "data/place_article_countries.txt",
    "data/place_features.tsv",
    "data/place_kept_articles.txt",
    "data/place_names.tsv",
    "data/place_short_forms.tsv",
    "data/place_spellings.tsv",
    "src/data.rs",
    "src/places/gazetteer/build",
    "src/places/gazetteer/key.rs",
    "src/places/gazetteer/types.rs",
    "src/words.rs",
];

fn main() {
    println!("cargo::rustc-cfg=sourcelens_crate");
    println!("cargo::rerun-if-changed=build.rs");
    for input in INPUTS {
        println!("cargo::rerun-if-changed={input}");
    }
    let packed = build::Built::load()
        .and_then(|built| build::pack::write(&built))
        .unwrap_or_else(|e| {
            eprintln!("error: {e}");
            std::process::exit(1)
        });
    let out = std::path::PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
    for (name, bytes) in [
        ("gazetteer.txt", packed.text.as_bytes()),
        ("gazetteer.bin", packed.bytes.as_slice()),
    ] {
        let path = out.join(name);
        std::fs::write(&path, bytes)
            .unwrap_or_else(|e| panic!("cannot write {}: {e}", path.display()));
    }
}
