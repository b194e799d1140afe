//! Reading `data/gazetteer.dat`, the columnar GeoNames table that `tools/gazetteer.py`
//! writes (format in its docstring), strictly: an unknown section or kind code, a value that
//! is no number, a missing column or a section of the wrong length is a [`DataError`] with
//! the file and line.
//!
//! In: the file. Out: its entries (GeoNames names, kinds, countries, admin-1 codes,
//! populations, points, ids) and the alternate names of each.

use super::{Entry, Kind};
use crate::data::{DataError, DataFile};

/// The generated table: entries and, per entry, its alternate names joined by `|`.
#[derive(Debug)]
pub struct Generated {
    pub entries: Vec<Entry>,
    pub alternates: Vec<&'static str>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Section {
    Places,
    Names,
    Alternates,
    Lat,
    Lon,
    Id,
}

const SECTIONS: &[(&str, Section)] = &[
    ("alternates", Section::Alternates),
    ("id", Section::Id),
    ("lat", Section::Lat),
    ("lon", Section::Lon),
    ("names", Section::Names),
    ("places", Section::Places),
];

/// The kind codes of the `@places` section.
const KINDS: &[(&str, Kind)] = &[
    ("A", Kind::Admin1),
    ("B", Kind::Admin2),
    ("C", Kind::Country),
    ("K", Kind::Capital),
    ("P", Kind::City),
    ("R", Kind::Region),
];

/// The reader's state: the section it is in and the running sums of the delta columns.
struct Reader {
    file: &'static str,
    table: Generated,
    section: Option<(Section, usize)>,
    seen: Vec<Section>,
    /// Rows of the `@places` section (every other section has as many).
    rows: usize,
    /// Rows read in the current section.
    row: usize,
    lat: i64,
    lon: i64,
    id: i64,
}

pub fn load(file: DataFile) -> Result<Generated, DataError> {
    let mut reader = Reader {
        file: file.name,
        table: Generated {
            entries: Vec::new(),
            alternates: Vec::new(),
        },
        section: None,
        seen: Vec::new(),
        rows: 0,
        row: 0,
        lat: 0,
        lon: 0,
        id: 0,
    };
    let mut last = 0;
    for (i, line) in file.text.lines().enumerate() {
        last = i + 1;
        if line.starts_with('#') {
            continue;
        }
        match line.strip_prefix('@') {
            Some(header) => reader.start(i + 1, header)?,
            None => reader.read(i + 1, line)?,
        }
    }
    reader.finish()?;
    for (name, section) in SECTIONS {
        if !reader.seen.contains(section) {
            return Err(reader.error(last, format!("no @{name} section")));
        }
    }
    Ok(reader.table)
}

impl Reader {
    fn error(&self, line: usize, message: impl Into<String>) -> DataError {
        DataError {
            file: self.file,
            line,
            message: message.into(),
        }
    }

    /// The end of the current section: it must have had all its rows.
    fn finish(&self) -> Result<(), DataError> {
        match self.section {
            Some((_, header)) if self.row != self.rows => {
                Err(self.error(header, format!("{} rows, expected {}", self.row, self.rows)))
            }
            _ => Ok(()),
        }
    }

    /// A section header: "@places<TAB>N", "@names", ...
    fn start(&mut self, line: usize, header: &str) -> Result<(), DataError> {
        self.finish()?;
        let mut parts = header.split('\t');
        let name = parts.next().unwrap_or("");
        let Some(&(_, section)) = SECTIONS.iter().find(|(n, _)| *n == name) else {
            return Err(self.error(line, format!("unknown section @{name}")));
        };
        if self.seen.contains(&section) {
            return Err(self.error(line, format!("second @{name} section")));
        }
        if section == Section::Places {
            let count = parts.next().unwrap_or("");
            self.rows = count
                .parse()
                .map_err(|_| self.error(line, format!("@places count {count:?} is no number")))?;
            self.table.entries.reserve(self.rows);
            self.table.alternates.reserve(self.rows);
        } else if !self.seen.contains(&Section::Places) {
            return Err(self.error(line, format!("@{name} before @places")));
        }
        self.seen.push(section);
        self.section = Some((section, line));
        self.row = 0;
        Ok(())
    }

    /// One row of the current section.
    fn read(&mut self, line: usize, text: &'static str) -> Result<(), DataError> {
        let Some((section, _)) = self.section else {
            return Err(self.error(line, "a row before the first @section"));
        };
        if self.row >= self.rows {
            return Err(self.error(line, format!("more than {} rows", self.rows)));
        }
        match section {
            Section::Places => {
                let entry = self.place(line, text)?;
                self.table.entries.push(entry);
            }
            Section::Names => self.table.entries[self.row].name = text,
            Section::Alternates => self.table.alternates.push(text),
            Section::Lat => {
                self.lat += self.number(line, text)?;
                self.table.entries[self.row].lat = self.lat as f32 / 100.0;
            }
            Section::Lon => {
                self.lon += self.number(line, text)?;
                self.table.entries[self.row].lon = self.lon as f32 / 100.0;
            }
            Section::Id => {
                if text != "-" {
                    self.id += self.number(line, text)?;
                    self.table.entries[self.row].geonames_id = u32::try_from(self.id).ok();
                }
            }
        }
        self.row += 1;
        Ok(())
    }

    fn number(&self, line: usize, text: &str) -> Result<i64, DataError> {
        text.parse()
            .map_err(|_| self.error(line, format!("{text:?} is no number")))
    }

    /// "kind TAB country TAB admin-1 code TAB population code".
    fn place(&self, line: usize, text: &'static str) -> Result<Entry, DataError> {
        let cols: Vec<&'static str> = text.split('\t').collect();
        let [code, country, admin1, pop] = cols[..] else {
            return Err(self.error(line, format!("{} columns, expected 4", cols.len())));
        };
        let Some(&(_, kind)) = KINDS.iter().find(|(c, _)| *c == code) else {
            return Err(self.error(line, format!("unknown kind code {code:?}")));
        };
        let pop = pop
            .parse()
            .map_err(|_| self.error(line, format!("population code {pop:?} is no number")))?;
        Ok(Entry {
            name: "",
            kind,
            country,
            admin1,
            pop,
            lat: 0.0,
            lon: 0.0,
            geonames_id: None,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn file(text: &'static str) -> DataFile {
        DataFile {
            name: "test.dat",
            text,
        }
    }

    const GOOD: &str = "# c\n@places\t2\nC\tSY\t\t28\nP\tSY\t04\t20\n@names\nSyria\nRaqqa\n\
        @alternates\n\nAr Raqqah|Rakka\n@lat\n3500\n95\n@lon\n3800\n100\n@id\n163843\n-\n";

    #[test]
    fn reads_the_columns_and_deltas() {
        let t = load(file(GOOD)).expect("well formed");
        assert_eq!(t.entries.len(), 2);
        assert_eq!(
            (t.entries[1].name, t.entries[1].kind),
            ("Raqqa", Kind::City)
        );
        assert_eq!(t.entries[1].lat, 35.95);
        assert_eq!(t.entries[1].lon, 39.0);
        assert_eq!(t.entries[0].geonames_id, Some(163843));
        assert_eq!(t.entries[1].geonames_id, None);
        assert_eq!(t.alternates, vec!["", "Ar Raqqah|Rakka"]);
    }

    #[test]
    fn malformed_tables_are_errors_with_their_line() {
        let e = load(file("@places\t1\nX\tSY\t\t28\n")).unwrap_err();
        assert_eq!((e.line, e.message.as_str()), (2, "unknown kind code \"X\""));
        let e = load(file("@places\t2\nC\tSY\t\t28\n@names\nSyria\n")).unwrap_err();
        assert_eq!((e.line, e.message.as_str()), (1, "1 rows, expected 2"));
        let e = load(file(
            "@places\t1\nC\tSY\t\t28\n@names\nSyria\n@lat\nnorth\n",
        ))
        .unwrap_err();
        assert_eq!(e.line, 6);
        let e = load(file("@places\t1\nC\tSY\t\t28\n@colour\n")).unwrap_err();
        assert_eq!(e.message, "unknown section @colour");
        let e = load(file("@places\t1\nC\tSY\t\t28\n")).unwrap_err();
        assert!(e.message.starts_with("no @"), "{}", e.message);
    }
}
