//! Reading the linguistic data files under `data/`: the one loader every lexicon uses.
//!
//! Every data file is UTF-8 text, one entry per line; `#` starts a comment line and blank
//! lines are ignored. Tab-separated columns where a file has several. Files are kept sorted
//! and free of duplicates (checked by `tests/data/lint.rs`) and compiled into the binary with
//! `include_str!`, so the core needs no file system (it runs in wasm).
//!
//! Parsing is strict: a missing column, an unknown class, flag or frame letter is a
//! [`DataError`] naming the file and line, never silently mapped to a default. Each lexicon
//! has a `load() -> Result<_, DataError>`; its `LazyLock` static unwraps it (the data is
//! compiled in, so a bad file fails the same way every time), and [`check_all`] runs every
//! loader so that `tests/data/lint.rs` reports the error instead.
//!
//! In: a file's name and text (`data_file!("en/cues.tsv")`). Out: [`Line`]s with their columns
//! and typed accessors.

use std::fmt;

/// A data file compiled into the binary: its name under `data/` and its text.
#[derive(Debug, Clone, Copy)]
pub struct DataFile {
    pub name: &'static str,
    pub text: &'static str,
}

/// `data_file!("en/cues.tsv")`: the file `data/en/cues.tsv`, compiled in.
#[macro_export]
macro_rules! data_file {
    ($name:literal) => {
        $crate::data::DataFile {
            name: $name,
            text: include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/data/", $name)),
        }
    };
}

/// A malformed entry: where it is and what is wrong.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DataError {
    pub file: &'static str,
    pub line: usize,
    pub message: String,
}

impl fmt::Display for DataError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "data/{}:{}: {}", self.file, self.line, self.message)
    }
}

impl std::error::Error for DataError {}

/// One entry of a data file.
#[derive(Debug, Clone)]
pub struct Line {
    pub file: &'static str,
    /// 1-based line number in the file.
    pub number: usize,
    /// The trimmed tab-separated columns.
    pub cols: Vec<&'static str>,
}

impl Line {
    /// An error about this line.
    pub fn error(&self, message: impl Into<String>) -> DataError {
        DataError {
            file: self.file,
            line: self.number,
            message: message.into(),
        }
    }

    /// The first column (the entry's key).
    pub fn key(&self) -> &'static str {
        self.cols[0]
    }

    /// Column `i` (0-based), which must be present and non-empty.
    pub fn col(&self, i: usize) -> Result<&'static str, DataError> {
        match self.cols.get(i) {
            Some(c) if !c.is_empty() => Ok(c),
            _ => Err(self.error(format!("missing column {}", i + 1))),
        }
    }

    /// Column `i` if present and non-empty (`-` counts as absent).
    pub fn opt(&self, i: usize) -> Option<&'static str> {
        self.cols
            .get(i)
            .copied()
            .filter(|c| !c.is_empty() && *c != "-")
    }

    /// Column `i` parsed as a number.
    pub fn number<T: std::str::FromStr>(&self, i: usize) -> Result<T, DataError> {
        let s = self.col(i)?;
        s.parse()
            .map_err(|_| self.error(format!("column {}: {s:?} is not a number", i + 1)))
    }

    /// Column `i`, one of the named values of `choices` (an unknown one is an error).
    pub fn one_of<T: Copy>(&self, i: usize, choices: &[(&str, T)]) -> Result<T, DataError> {
        let s = self.col(i)?;
        choice(s, choices).ok_or_else(|| {
            let known: Vec<&str> = choices.iter().map(|(n, _)| *n).collect();
            self.error(format!(
                "column {}: unknown value {s:?} (expected one of {})",
                i + 1,
                known.join(", ")
            ))
        })
    }

    /// Column `i` as a comma-separated list of flags, each one of `choices` (absent or `-`:
    /// none).
    pub fn flags<T: Copy>(&self, i: usize, choices: &[(&str, T)]) -> Result<Vec<T>, DataError> {
        let Some(s) = self.opt(i) else {
            return Ok(Vec::new());
        };
        s.split(',')
            .map(str::trim)
            .map(|f| {
                choice(f, choices).ok_or_else(|| {
                    let known: Vec<&str> = choices.iter().map(|(n, _)| *n).collect();
                    self.error(format!(
                        "column {}: unknown flag {f:?} (expected {})",
                        i + 1,
                        known.join(", ")
                    ))
                })
            })
            .collect()
    }

    /// Fails unless the line has at most `n` columns.
    pub fn at_most(&self, n: usize) -> Result<&Self, DataError> {
        if self.cols.len() > n {
            return Err(self.error(format!("{} columns, expected at most {n}", self.cols.len())));
        }
        Ok(self)
    }
}

fn choice<T: Copy>(s: &str, choices: &[(&str, T)]) -> Option<T> {
    choices.iter().find(|(n, _)| *n == s).map(|&(_, v)| v)
}

/// The entries of a data file, with their line numbers.
pub fn entries(file: DataFile) -> impl Iterator<Item = Line> {
    file.text.lines().enumerate().filter_map(move |(i, raw)| {
        let l = raw.trim();
        (!l.is_empty() && !l.starts_with('#')).then(|| Line {
            file: file.name,
            number: i + 1,
            cols: l.split('\t').map(str::trim).collect(),
        })
    })
}

/// Every entry's columns, checked to count between `min` and `max`.
pub fn table(file: DataFile, min: usize, max: usize) -> Result<Vec<Line>, DataError> {
    entries(file)
        .map(|l| {
            if l.cols.len() < min
                || l.cols.len() > max
                || l.cols.iter().take(min).any(|c| c.is_empty())
            {
                Err(l.error(format!(
                    "{} columns, expected {}",
                    l.cols.len(),
                    if min == max {
                        min.to_string()
                    } else {
                        format!("{min} to {max}")
                    }
                )))
            } else {
                Ok(l)
            }
        })
        .collect()
}

/// A one-column word list (every entry must have exactly one column).
pub fn words(file: DataFile) -> Result<Vec<&'static str>, DataError> {
    Ok(table(file, 1, 1)?.into_iter().map(|l| l.key()).collect())
}

/// Unwraps a lexicon's `load()` in its `LazyLock`: the data is compiled in, and
/// [`check_all`] (run by `tests/data/lint.rs`) reports the same error with its file and line.
pub fn loaded<T>(r: Result<T, DataError>) -> T {
    r.unwrap_or_else(|e| panic!("sourcelens: bad built-in data: {e}"))
}

/// Runs every loader of the crate; the errors found (empty when all data is well formed).
pub fn check_all() -> Vec<DataError> {
    let results: Vec<Result<(), DataError>> = vec![
        crate::text::load_abbreviations().map(drop),
        crate::dates::lexicon::Lexicon::load().map(drop),
        crate::words::Words::load().map(drop),
        crate::language::load(),
        crate::attrib::coref::lexicon::Lexicon::load().map(drop),
        crate::places::gazetteer::Gazetteer::load().map(drop),
        crate::places::lexicon::Lexicon::load().map(drop),
        crate::attrib::lexicon::check(),
    ];
    results.into_iter().filter_map(Result::err).collect()
}

/// The old loose readers, kept while the remaining lexicons move to [`entries`]/[`table`].
pub fn lines(file: &'static str) -> impl Iterator<Item = &'static str> {
    file.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
}

/// The tab-separated columns of each entry (loose; see [`lines`]).
pub fn rows(file: &'static str) -> impl Iterator<Item = Vec<&'static str>> {
    lines(file).map(|l| l.split('\t').map(str::trim).collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    const FILE: DataFile = DataFile {
        name: "test.tsv",
        text: "# comment\n\nalpha\tone\tx,y\nbeta\ttwo\n\ngamma\tthree\tz\n",
    };

    #[test]
    fn entries_keep_line_numbers_and_columns() {
        let lines: Vec<Line> = entries(FILE).collect();
        assert_eq!(lines.len(), 3);
        assert_eq!((lines[0].number, lines[0].key()), (3, "alpha"));
        assert_eq!(lines[2].number, 6);
        assert_eq!(lines[1].opt(2), None);
    }

    #[test]
    fn unknown_values_are_errors_with_file_and_line() {
        let lines: Vec<Line> = entries(FILE).collect();
        let classes = [("one", 1), ("two", 2)];
        assert_eq!(lines[0].one_of(1, &classes), Ok(1));
        let e = lines[2].one_of(1, &classes).unwrap_err();
        assert_eq!(
            e.to_string(),
            "data/test.tsv:6: column 2: unknown value \"three\" (expected one of one, two)"
        );
        let flags = [("x", 'x'), ("y", 'y')];
        assert_eq!(lines[0].flags(2, &flags), Ok(vec!['x', 'y']));
        assert_eq!(lines[1].flags(2, &flags), Ok(vec![]));
        assert!(
            lines[2]
                .flags(2, &flags)
                .unwrap_err()
                .message
                .contains("unknown flag \"z\"")
        );
        assert!(lines[1].col(2).is_err());
        assert!(table(FILE, 3, 3).unwrap_err().message.contains("2 columns"));
        assert!(words(FILE).is_err());
    }

    #[test]
    fn all_built_in_data_loads() {
        assert_eq!(check_all(), Vec::new());
    }
}
