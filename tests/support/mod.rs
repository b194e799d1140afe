//! Shared helpers of the integration tests: one documented version of each, instead of a copy
//! per test file.
//!
//! Every test binary (`tests/<binary>/main.rs`) includes this folder with
//!
//! ```ignore
//! #[path = "../support/mod.rs"]
//! mod support;
//! ```
//!
//! and its modules use `crate::support::…`. The `cfg(not(wasm32))` parts (CLI, files) are
//! native only; `tests/wasm.rs` stands alone.
//!
//! - [`fixtures`]: where the fixtures live (the sample article, corpora, annotated cases).
//! - [`analyze`]: `analyze` with the options the tests use (default, a published date, a unit).
//! - [`attrib`]: finding an attribution by its cue and reading its parts.
//! - [`spans`]: slicing in every offset unit and the invariants every Report keeps.
//! - [`corpus`]: the negative corpora and the annotated case folders (`gold.json`).
//! - [`score`]: span matching and scores computed like `shared/eval/score.py`.
//! - [`places`]: the place extractor on its own, with its spans checked.
//! - [`cli`]: running the `sourcelens` binary and reading its output and errors.
//! - [`files`]: writing a tree of files into a temporary directory.

// Each test binary uses a part of these helpers; Rust reports the rest as dead code per
// binary. The allowance is for this shared module only.
#![allow(dead_code)]

pub mod analyze;
pub mod attrib;
pub mod cli;
pub mod corpus;
pub mod files;
pub mod fixtures;
pub mod places;
pub mod score;
pub mod spans;
