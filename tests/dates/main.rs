//! Date extraction and resolution: per-style articles, the negative corpus, robustness.

mod extract;
mod negative;
mod robust;
