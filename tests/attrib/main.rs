//! The attribution engine's integration tests, one module per concern (one test binary, so
//! that a change to the core relinks one executable instead of six).

#[path = "../support/mod.rs"]
mod support;

mod classes;
mod negative;
mod props;
mod speakers;
mod structures;
mod styles;
