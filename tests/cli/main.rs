//! The `sourcelens` command line, run as a child process (`CARGO_BIN_EXE_sourcelens`).

mod analyze;
mod batch;
mod stats;
