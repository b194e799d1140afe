//! Where results go: standard output (streamed), or `-o FILE`, written atomically: into a
//! temporary file beside FILE that is renamed over it only when the command succeeds, so a
//! failed or interrupted run never leaves a half-written FILE behind.

use super::errors::{Failure, fail, why, write_failure};
use std::io::{self, BufWriter, Write};
use std::path::{Path, PathBuf};

pub enum Output {
    Stdout(BufWriter<io::Stdout>),
    File {
        w: BufWriter<tempfile::NamedTempFile>,
        dest: PathBuf,
    },
}

impl Output {
    /// Standard output, or a temporary file in `path`'s directory.
    pub fn open(path: Option<&Path>) -> Result<Output, Failure> {
        let Some(dest) = path else {
            return Ok(Output::Stdout(BufWriter::with_capacity(
                256 * 1024,
                io::stdout(),
            )));
        };
        if dest.is_dir() {
            return Err(fail!("cannot write {}: is a directory", dest.display()));
        }
        let dir = match dest.parent() {
            Some(p) if !p.as_os_str().is_empty() => p,
            _ => Path::new("."),
        };
        let tmp = tempfile::Builder::new()
            .prefix(".sourcelens-")
            .suffix(".tmp")
            .tempfile_in(dir)
            .map_err(|e| fail!("cannot write {}: {}", dest.display(), why(&e)))?;
        Ok(Output::File {
            w: BufWriter::with_capacity(256 * 1024, tmp),
            dest: dest.to_path_buf(),
        })
    }

    pub fn write_all(&mut self, b: &[u8]) -> Result<(), Failure> {
        let r = match self {
            Output::Stdout(w) => w.write_all(b),
            Output::File { w, .. } => w.write_all(b),
        };
        r.map_err(write_failure)
    }

    /// Sends what is buffered to standard output now (a no-op for a file, whose readers
    /// see it only when complete anyway).
    pub fn flush_stdout(&mut self) -> Result<(), Failure> {
        match self {
            Output::Stdout(w) => w.flush().map_err(write_failure),
            Output::File { .. } => Ok(()),
        }
    }

    /// Flushes; for a file, renames the temporary file over the destination.
    pub fn finish(self) -> Result<(), Failure> {
        match self {
            Output::Stdout(mut w) => w.flush().map_err(write_failure),
            Output::File { w, dest } => {
                let tmp = w.into_inner().map_err(|e| write_failure(e.into_error()))?;
                tmp.as_file()
                    .sync_all()
                    .map_err(|e| fail!("cannot write {}: {}", dest.display(), why(&e)))?;
                #[cfg(unix)]
                {
                    use std::os::unix::fs::PermissionsExt;
                    // a temp file is private (0600); the result is an ordinary file
                    tmp.as_file()
                        .set_permissions(std::fs::Permissions::from_mode(0o644))
                        .map_err(|e| fail!("cannot write {}: {}", dest.display(), why(&e)))?;
                }
                tmp.persist(&dest)
                    .map_err(|e| fail!("cannot write {}: {}", dest.display(), why(&e.error)))?;
                Ok(())
            }
        }
    }
}

/// One CSV record with its line end (`\n`), quoted as needed by the `csv` crate.
pub fn csv_line<S: AsRef<[u8]>>(fields: &[S]) -> Vec<u8> {
    let mut w = csv::WriterBuilder::new()
        .terminator(csv::Terminator::Any(b'\n'))
        .from_writer(Vec::new());
    // writing to a Vec cannot fail; should it, the record is left out
    match w.write_record(fields) {
        Ok(()) => w.into_inner().unwrap_or_default(),
        Err(_) => Vec::new(),
    }
}
