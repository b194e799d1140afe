//! Date extraction and resolution: per-style articles, the negative corpus, robustness.

#[path = "../support/mod.rs"]
mod support;

mod extract;
mod narrative;
mod negative;
mod occurrence;
mod robust;
