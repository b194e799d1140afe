//! The `sourcelens` command line: analyse saved articles (text or HTML) and corpora.
//! The code lives in `src/cli/`; on wasm32 (where only the library is used) the binary
//! is an empty shell so that `cargo test --target wasm32-unknown-unknown` builds.

#[cfg(not(target_arch = "wasm32"))]
mod cli;

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    cli::main()
}

#[cfg(target_arch = "wasm32")]
fn main() {}
