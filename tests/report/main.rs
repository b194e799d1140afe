//! Properties every Report keeps whatever the input: totality, spans that are slices of the
//! text in every offset unit, ordering, determinism.

#[path = "../support/mod.rs"]
mod support;

mod properties;
mod unicode;
