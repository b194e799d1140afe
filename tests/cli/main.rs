//! The `sourcelens` command line, run as a child process (`CARGO_BIN_EXE_sourcelens`).

#[path = "../support/mod.rs"]
mod support;

mod analyze;
mod batch;
mod charset;
mod scripts;
mod stats;
