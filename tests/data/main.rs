//! The data files under `data/`: lint of the linguistic lists and the generated gazetteer.
//! `cargo test --test data` is the data lint step of `make check`.

mod gazetteer;
mod lint;
