//! Running the `sourcelens` binary that cargo built for these tests, and reading what it
//! prints.

use serde_json::Value;
use std::io::{ErrorKind, Write};
use std::process::{Child, Command, Output, Stdio};

/// The CLI under test.
pub const BIN: &str = env!("CARGO_BIN_EXE_sourcelens");

/// The CLI as a `Command`, for runs that need more than [`run`] and [`run_stdin`].
pub fn command() -> Command {
    Command::new(BIN)
}

/// Runs the CLI with `args` and no input; waits for it.
pub fn run(args: &[&str]) -> Output {
    command().args(args).output().expect("run sourcelens")
}

/// Starts the CLI with `args`, stdin, stdout and stderr piped.
pub fn spawn(args: &[&str]) -> Child {
    command()
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn sourcelens")
}

/// Runs the CLI with `args`, writing `input` to its stdin from another thread (so that a
/// large input cannot block against a full stdout pipe). The CLI may stop reading early (an
/// argument error): a broken pipe is not a failure, any other write error is.
pub fn run_stdin(args: &[&str], input: &[u8]) -> Output {
    let mut child = spawn(args);
    let mut stdin = child.stdin.take().unwrap();
    let input = input.to_vec();
    let feeder = std::thread::spawn(move || match stdin.write_all(&input) {
        Err(e) if e.kind() != ErrorKind::BrokenPipe => panic!("writing stdin: {e}"),
        _ => {}
    });
    let out = child.wait_with_output().unwrap();
    feeder.join().unwrap();
    out
}

/// Fails, showing stderr, unless the run succeeded.
pub fn assert_success(out: &Output) {
    assert!(
        out.status.success(),
        "exit {:?}, stderr: {}",
        out.status,
        String::from_utf8_lossy(&out.stderr)
    );
}

/// [`run_stdin`] that must succeed.
pub fn run_stdin_ok(args: &[&str], input: &[u8]) -> Output {
    let out = run_stdin(args, input);
    assert_success(&out);
    out
}

/// The JSON document on stdout of a successful run.
pub fn json(out: &Output) -> Value {
    assert_success(out);
    serde_json::from_slice(&out.stdout).expect("JSON on stdout")
}

/// The JSON objects of a successful run, one per line of stdout.
pub fn json_lines(out: &Output) -> Vec<Value> {
    assert_success(out);
    String::from_utf8(out.stdout.clone())
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).expect("one JSON object per line"))
        .collect()
}

/// A failed run that says why the way the contract promises: a non-zero exit, one line on
/// stderr that contains `needle`, no panic trace, nothing on stdout.
pub fn assert_clean_error(out: &Output, needle: &str) {
    assert!(!out.status.success(), "should fail");
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(
        err.trim_end().lines().count(),
        1,
        "one line expected: {err}"
    );
    assert!(err.contains(needle), "{err:?} should mention {needle:?}");
    assert!(!err.contains("panicked"), "{err}");
    assert!(out.stdout.is_empty());
}
