//! Place extraction: per-style texts, the negative set, and the (ignored) speed measurement.

mod extract;
mod negative;
mod speed;
