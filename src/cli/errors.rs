//! Errors the user sees: one line on stderr, never a panic trace.

use std::cell::RefCell;
use std::io;

/// Why a command stopped.
pub enum Failure {
    /// A message for the user (printed as `sourcelens: MESSAGE`, exit status 1).
    User(String),
    /// Standard output was closed by the reader (`| head`): stop quietly, exit status 0.
    Quiet,
}

impl<E: std::fmt::Display> From<E> for Failure {
    fn from(e: E) -> Self {
        Failure::User(e.to_string())
    }
}

/// `Failure::User(format!(...))`.
macro_rules! fail {
    ($($t:tt)*) => { $crate::cli::errors::Failure::User(format!($($t)*)) };
}
pub(crate) use fail;

/// A short reason for an I/O error, without Rust's "(os error 2)" noise.
pub fn why(e: &io::Error) -> String {
    match e.kind() {
        io::ErrorKind::NotFound => "no such file".to_string(),
        io::ErrorKind::PermissionDenied => "permission denied".to_string(),
        io::ErrorKind::IsADirectory => "is a directory".to_string(),
        io::ErrorKind::InvalidData => "not valid UTF-8".to_string(),
        _ => {
            let s = e.to_string();
            match s.find(" (os error") {
                Some(i) => s[..i].to_string(),
                None => s,
            }
        }
    }
}

/// An error while writing the output: a closed pipe is not one.
pub fn write_failure(e: io::Error) -> Failure {
    if e.kind() == io::ErrorKind::BrokenPipe {
        Failure::Quiet
    } else {
        Failure::User(format!("cannot write output: {}", why(&e)))
    }
}

thread_local! {
    /// Set while a record is being processed: a panic there becomes that record's error.
    static CAUGHT: RefCell<Option<Option<String>>> = const { RefCell::new(None) };
}

/// Replaces Rust's panic message (a multi-line trace) with one line, or with nothing when
/// the panic happens inside [`catch`] (which turns it into an error record).
pub fn install_panic_hook() {
    std::panic::set_hook(Box::new(|info| {
        let msg = if let Some(s) = info.payload().downcast_ref::<&str>() {
            s.to_string()
        } else if let Some(s) = info.payload().downcast_ref::<String>() {
            s.clone()
        } else {
            "unknown panic".to_string()
        };
        let msg = match info.location() {
            Some(l) => format!("{msg} at {}:{}", l.file(), l.line()),
            None => msg,
        };
        let caught = CAUGHT.with(|c| {
            let mut c = c.borrow_mut();
            match c.as_mut() {
                Some(slot) => {
                    *slot = Some(msg.clone());
                    true
                }
                None => false,
            }
        });
        if !caught {
            eprintln!("sourcelens: internal error: {msg} (please report this bug)");
        }
    }));
}

/// Runs `f`; a panic inside it becomes `Err("internal error: ...")` instead of a crash.
pub fn catch<T>(f: impl FnOnce() -> T) -> Result<T, String> {
    let outer = CAUGHT.with(|c| c.replace(Some(None)));
    let r = std::panic::catch_unwind(std::panic::AssertUnwindSafe(f));
    let msg = CAUGHT.with(|c| c.replace(outer)).flatten();
    r.map_err(|_| {
        format!(
            "internal error: {} (please report this bug)",
            msg.unwrap_or_else(|| "panic".to_string())
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn panics_become_errors() {
        install_panic_hook();
        let r: Result<(), String> = catch(|| {
            let inner = catch(|| 1);
            assert_eq!(inner, Ok(1));
            panic!("boom {}", 7)
        });
        let e = r.unwrap_err();
        assert!(e.contains("boom 7") && e.contains("internal error"), "{e}");
        assert_eq!(catch(|| 5), Ok(5));
        drop(std::panic::take_hook());
    }
}
