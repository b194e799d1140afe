//! The inputs of a batch, read lazily as a stream of items: JSON Lines records (one per
//! line, with a size limit so that one huge line cannot exhaust memory), or article files
//! (named on the command line or found by walking directories), read later by the worker
//! that analyses them.

use super::errors::{Failure, fail, why};
use std::io::{self, BufRead, BufReader, Read};
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// A command-line input: `-` (standard input) or a path.
#[derive(Clone, Debug)]
pub enum Input {
    Stdin,
    Path(PathBuf),
}

impl Input {
    pub fn new(p: &Path) -> Input {
        if p.as_os_str() == "-" {
            Input::Stdin
        } else {
            Input::Path(p.to_path_buf())
        }
    }
    pub fn name(&self) -> String {
        match self {
            Input::Stdin => "standard input".to_string(),
            Input::Path(p) => p.display().to_string(),
        }
    }
}

/// How the inputs are read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    /// Every input is a JSON Lines file of records.
    Jsonl,
    /// Every input is an article (`.txt` / `.html`), or with `recursive` a directory of them.
    Files { recursive: bool },
}

/// One unit of work, in input order.
pub struct Item {
    /// Bytes it stands for (input size), for the memory window and the progress bar.
    pub weight: usize,
    pub kind: ItemKind,
}

impl super::pipeline::Weighed for Item {
    fn weight(&self) -> usize {
        self.weight
    }
}

pub enum ItemKind {
    /// One JSON Lines record (without its line end).
    Line {
        file: Option<Arc<str>>,
        line: usize,
        bytes: Vec<u8>,
    },
    /// A JSON Lines record longer than the limit: skipped, reported.
    TooLong { file: Option<Arc<str>>, line: usize },
    /// An article file, read by the worker.
    File { path: PathBuf },
    /// An article read from standard input.
    Stdin { bytes: Vec<u8> },
    /// A file or directory found while walking that cannot be read.
    Unreadable { id: String, error: String },
}

/// Checks every input before anything is read, so that a typo is a one-line error and
/// not a half-done batch. Returns the total size of the inputs when it is known (all are
/// regular files), for the progress bar.
pub fn check(inputs: &[Input], mode: Mode) -> Result<Option<u64>, Failure> {
    let mut total = Some(0u64);
    let stdin_count = inputs.iter().filter(|i| matches!(i, Input::Stdin)).count();
    if stdin_count > 1 {
        return Err(fail!("standard input (-) can be read only once"));
    }
    for input in inputs {
        let Input::Path(p) = input else {
            total = None;
            continue;
        };
        let meta =
            std::fs::metadata(p).map_err(|e| fail!("cannot read {}: {}", p.display(), why(&e)))?;
        if meta.is_dir() {
            match mode {
                Mode::Files { recursive: true } => {
                    total = None;
                    continue;
                }
                Mode::Files { recursive: false } => {
                    return Err(fail!(
                        "{} is a directory (use -r to analyse every .txt/.html file under it)",
                        p.display()
                    ));
                }
                Mode::Jsonl => {
                    return Err(fail!(
                        "{} is a directory, not a JSON Lines file",
                        p.display()
                    ));
                }
            }
        }
        // opening now catches unreadable files early (permissions)
        std::fs::File::open(p).map_err(|e| fail!("cannot read {}: {}", p.display(), why(&e)))?;
        total = total.map(|t| t + meta.len());
    }
    Ok(total)
}

/// A file read as JSON Lines even without `--jsonl`: `.jsonl`, `.ndjson`.
pub fn is_jsonl_path(path: &Path) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| e.eq_ignore_ascii_case("jsonl") || e.eq_ignore_ascii_case("ndjson"))
}

/// Is this a file a directory walk should pick up?
fn is_article_file(path: &Path) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .map(|e| matches!(e.to_ascii_lowercase().as_str(), "txt" | "html" | "htm"))
        .unwrap_or(false)
}

fn is_hidden(e: &walkdir::DirEntry) -> bool {
    e.depth() > 0 && e.file_name().to_str().is_some_and(|n| n.starts_with('.'))
}

/// Reads JSON Lines records with a per-record size limit, in bounded memory.
struct Lines {
    reader: Box<dyn BufRead + Send>,
    file: Option<Arc<str>>,
    line: usize,
    max: usize,
}

impl Lines {
    fn next(&mut self) -> Result<Option<Item>, Failure> {
        loop {
            self.line += 1;
            let mut buf = Vec::new();
            let n = (&mut self.reader)
                .take(self.max as u64 + 1)
                .read_until(b'\n', &mut buf)
                .map_err(|e| self.read_error(e))?;
            if n == 0 {
                return Ok(None);
            }
            if buf.last() != Some(&b'\n') && buf.len() > self.max {
                // over the limit: skip to the end of the line without keeping it
                let rest = self
                    .reader
                    .skip_until(b'\n')
                    .map_err(|e| self.read_error(e))?;
                return Ok(Some(Item {
                    weight: buf.len() + rest,
                    kind: ItemKind::TooLong {
                        file: self.file.clone(),
                        line: self.line,
                    },
                }));
            }
            let weight = buf.len();
            if buf.last() == Some(&b'\n') {
                buf.pop();
            }
            if buf.last() == Some(&b'\r') {
                buf.pop();
            }
            // blank lines carry nothing: skipped (but counted for line numbers)
            if buf.iter().all(u8::is_ascii_whitespace) {
                continue;
            }
            return Ok(Some(Item {
                weight,
                kind: ItemKind::Line {
                    file: self.file.clone(),
                    line: self.line,
                    bytes: buf,
                },
            }));
        }
    }

    fn read_error(&self, e: io::Error) -> Failure {
        let what = self
            .file
            .as_deref()
            .map(str::to_string)
            .unwrap_or_else(|| "standard input".to_string());
        fail!("cannot read {what} (line {}): {}", self.line, why(&e))
    }
}

type Walk = Box<dyn Iterator<Item = walkdir::Result<walkdir::DirEntry>> + Send>;

/// The items of all inputs, one after the other.
pub struct Items {
    inputs: std::vec::IntoIter<Input>,
    mode: Mode,
    max: usize,
    lines: Option<Lines>,
    walk: Option<Walk>,
}

impl Items {
    pub fn new(inputs: Vec<Input>, mode: Mode, max_record_bytes: usize) -> Items {
        Items {
            inputs: inputs.into_iter(),
            mode,
            max: max_record_bytes,
            lines: None,
            walk: None,
        }
    }

    fn open_lines(&self, p: PathBuf) -> Result<Lines, Failure> {
        let f = std::fs::File::open(&p)
            .map_err(|e| fail!("cannot read {}: {}", p.display(), why(&e)))?;
        Ok(Lines {
            reader: Box::new(BufReader::with_capacity(256 * 1024, f)),
            file: Some(p.display().to_string().into()),
            line: 0,
            max: self.max,
        })
    }

    /// The next item; `Ok(None)` at the end; `Err` when an input cannot be read any more
    /// (the items before it have been handed out).
    pub fn next_item(&mut self) -> Result<Option<Item>, Failure> {
        loop {
            if let Some(lines) = &mut self.lines {
                match lines.next()? {
                    Some(it) => return Ok(Some(it)),
                    None => self.lines = None,
                }
            }
            if let Some(walk) = &mut self.walk {
                match walk.next() {
                    None => self.walk = None,
                    Some(Err(e)) => {
                        let id = e
                            .path()
                            .map(|p| p.display().to_string())
                            .unwrap_or_default();
                        let error = match e.io_error() {
                            Some(io) => format!("cannot read: {}", why(io)),
                            None => e.to_string(),
                        };
                        return Ok(Some(Item {
                            weight: 0,
                            kind: ItemKind::Unreadable { id, error },
                        }));
                    }
                    Some(Ok(entry)) => {
                        if entry.file_type().is_file() && is_article_file(entry.path()) {
                            let weight = entry.metadata().map(|m| m.len() as usize).unwrap_or(0);
                            return Ok(Some(Item {
                                weight,
                                kind: ItemKind::File {
                                    path: entry.into_path(),
                                },
                            }));
                        }
                    }
                }
                continue;
            }
            let Some(input) = self.inputs.next() else {
                return Ok(None);
            };
            match (self.mode, input) {
                (Mode::Jsonl, Input::Stdin) => {
                    self.lines = Some(Lines {
                        reader: Box::new(BufReader::with_capacity(256 * 1024, io::stdin())),
                        file: None,
                        line: 0,
                        max: self.max,
                    });
                }
                (Mode::Jsonl, Input::Path(p)) => self.lines = Some(self.open_lines(p)?),
                (Mode::Files { .. }, Input::Path(p)) if is_jsonl_path(&p) && p.is_file() => {
                    self.lines = Some(self.open_lines(p)?);
                }
                (Mode::Files { .. }, Input::Stdin) => {
                    let mut bytes = Vec::new();
                    io::stdin()
                        .lock()
                        .take(self.max as u64 + 1)
                        .read_to_end(&mut bytes)
                        .map_err(|e| fail!("cannot read standard input: {}", why(&e)))?;
                    if bytes.len() > self.max {
                        return Ok(Some(Item {
                            weight: bytes.len(),
                            kind: ItemKind::Unreadable {
                                id: "-".to_string(),
                                error: format!(
                                    "article larger than {} bytes (--max-record-bytes)",
                                    self.max
                                ),
                            },
                        }));
                    }
                    return Ok(Some(Item {
                        weight: bytes.len(),
                        kind: ItemKind::Stdin { bytes },
                    }));
                }
                (Mode::Files { recursive }, Input::Path(p)) => {
                    if recursive && p.is_dir() {
                        self.walk = Some(Box::new(
                            walkdir::WalkDir::new(&p)
                                .sort_by_file_name()
                                .into_iter()
                                .filter_entry(|e| !is_hidden(e)),
                        ));
                        continue;
                    }
                    let weight = std::fs::metadata(&p).map(|m| m.len() as usize).unwrap_or(0);
                    return Ok(Some(Item {
                        weight,
                        kind: ItemKind::File { path: p },
                    }));
                }
            }
        }
    }
}
