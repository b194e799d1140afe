//! Place extraction: per-style texts, the negative set, and the (ignored) speed measurement.

#[path = "../support/mod.rs"]
mod support;

mod cues;
mod extract;
mod negative;
mod speed;
