//! Reading the compiled place table in place. `build.rs` runs the generator
//! ([`super::build`]) over the data files and writes two files into `OUT_DIR`, compiled in
//! here:
//!
//! - `gazetteer.txt`, the strings, one per line: the distinct countries, the distinct admin-1
//!   codes (both sorted), then for each entry its display name (only when it is not its
//!   first surface form) and its surface forms (lookup keys), then the keys of the aliases;
//! - `gazetteer.bin`, the numbers: the format version (a byte), then as LEB128 varints the
//!   numbers of entries, generated entries, countries, admin-1 codes, entry forms and
//!   aliases, and the byte length of each of the 11 columns that follow, one after the
//!   other. One value per entry: kind ([`super::types::KIND_CODES`] byte), population code
//!   (byte), country and admin-1 code (varint positions in their lists), latitude and
//!   longitude (generated entries: zigzag varint deltas of hundredths of a degree;
//!   hand-listed features: the varint of the f32 bits), GeoNames id (0 for none, else the
//!   zigzag delta from the previous id + 1), whether the name has a line of its own (byte),
//!   the number of surface forms (varint); then one per entry form: its flags (byte); then
//!   per alias its entry (varint) and flags (byte).
//!
//! Nothing is parsed as text and no key is computed here: the strings are slices of the
//! compiled-in text, the numbers one pass over the columns side by side. The table is made
//! by the build, so a malformed one is a bug; it is still an error (naming `gazetteer.dat`),
//! not a panic.
//!
//! In: the two compiled-in files. Out: the entries and every (surface form, sense) in the
//! order the generator added them.

use super::types::KIND_CODES;
use super::{Entry, Sense};
use crate::data::DataError;

const TEXT: &str = include_str!(concat!(env!("OUT_DIR"), "/gazetteer.txt"));
const BYTES: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/gazetteer.bin"));

/// Version of the format (the generator's `pack::VERSION`).
const VERSION: u8 = 2;

/// The number of columns after the counts.
const COLUMNS: usize = 11;

/// The decoded table.
pub struct Unpacked {
    pub entries: Vec<Entry>,
    /// How many entries come from `data/gazetteer.dat` (the admin-1 regions are among them).
    pub generated: usize,
    /// Every (surface form, sense) in the order added: senses of one form keep this order.
    pub forms: Vec<(&'static str, Sense)>,
}

fn error(message: impl Into<String>) -> DataError {
    DataError {
        file: "gazetteer.dat",
        line: 0,
        message: format!("compiled table: {}", message.into()),
    }
}

/// A cursor over one column of numbers.
struct Column {
    bytes: &'static [u8],
    at: usize,
}

impl Column {
    fn byte(&mut self) -> Result<u8, DataError> {
        let b = *self
            .bytes
            .get(self.at)
            .ok_or_else(|| error("a column shorter than counted"))?;
        self.at += 1;
        Ok(b)
    }

    fn varint(&mut self) -> Result<u64, DataError> {
        let mut n = 0u64;
        for shift in (0..64).step_by(7) {
            let b = self.byte()?;
            n |= u64::from(b & 0x7f) << shift;
            if b < 0x80 {
                return Ok(n);
            }
        }
        Err(error("a varint of more than 64 bits"))
    }

    fn count(&mut self) -> Result<usize, DataError> {
        usize::try_from(self.varint()?).map_err(|_| error("a count beyond usize"))
    }

    /// A zigzag varint.
    fn signed(&mut self) -> Result<i64, DataError> {
        Ok(unzigzag(self.varint()?))
    }

    /// A position in `list`.
    fn position(&mut self, list: &[&'static str]) -> Result<&'static str, DataError> {
        let i = self.count()?;
        list.get(i)
            .copied()
            .ok_or_else(|| error(format!("position {i} beyond its list")))
    }

    fn at_end(&self) -> bool {
        self.at == self.bytes.len()
    }
}

fn unzigzag(n: u64) -> i64 {
    (n >> 1) as i64 ^ -((n & 1) as i64)
}

/// A point column: the running sum of hundredths of a degree for generated entries, the
/// f32 bits of the others.
struct Points {
    column: Column,
    last: i64,
}

impl Points {
    fn next(&mut self, generated: bool) -> Result<f32, DataError> {
        if generated {
            self.last += self.column.signed()?;
            Ok(self.last as f32 / 100.0)
        } else {
            let bits = u32::try_from(self.column.varint()?).map_err(|_| error("f32 bits"))?;
            Ok(f32::from_bits(bits))
        }
    }
}

/// The columns of the numbers, side by side.
struct Columns {
    kind: Column,
    pop: Column,
    country: Column,
    admin1: Column,
    lat: Points,
    lon: Points,
    id: Column,
    own_name: Column,
    counts: Column,
    flags: Column,
    alias: Column,
}

/// The counts of the header, and the columns.
struct Header {
    entries: usize,
    generated: usize,
    countries: usize,
    admins: usize,
    forms: usize,
    aliases: usize,
    columns: Columns,
}

fn header() -> Result<Header, DataError> {
    let mut head = Column {
        bytes: BYTES,
        at: 0,
    };
    if head.byte()? != VERSION {
        return Err(error("another format version"));
    }
    let mut numbers = [0; 6];
    for n in &mut numbers {
        *n = head.count()?;
    }
    let mut columns = Vec::with_capacity(COLUMNS);
    let mut start = 0;
    let lengths = (0..COLUMNS)
        .map(|_| head.count())
        .collect::<Result<Vec<_>, _>>()?;
    let body = &BYTES[head.at..];
    for len in lengths {
        let bytes = body
            .get(start..start + len)
            .ok_or_else(|| error("columns longer than the table"))?;
        columns.push(Column { bytes, at: 0 });
        start += len;
    }
    if start != body.len() {
        return Err(error("more bytes than the columns"));
    }
    let Ok(
        [
            kind,
            pop,
            country,
            admin1,
            lat,
            lon,
            id,
            own_name,
            counts,
            flags,
            alias,
        ],
    ) = <[Column; COLUMNS]>::try_from(columns)
    else {
        return Err(error("the columns"));
    };
    let [entries, generated, countries, admins, forms, aliases] = numbers;
    Ok(Header {
        entries,
        generated,
        countries,
        admins,
        forms,
        aliases,
        columns: Columns {
            kind,
            pop,
            country,
            admin1,
            lat: Points {
                column: lat,
                last: 0,
            },
            lon: Points {
                column: lon,
                last: 0,
            },
            id,
            own_name,
            counts,
            flags,
            alias,
        },
    })
}

/// The strings, one per line.
struct Lines(std::str::Split<'static, char>);

impl Lines {
    fn next(&mut self) -> Result<&'static str, DataError> {
        self.0
            .next()
            .ok_or_else(|| error("fewer strings than counted"))
    }

    fn take(&mut self, n: usize) -> Result<Vec<&'static str>, DataError> {
        (0..n).map(|_| self.next()).collect()
    }
}

/// Decodes the compiled-in table (see the module doc).
pub fn read() -> Result<Unpacked, DataError> {
    let Header {
        entries: n,
        generated,
        countries,
        admins,
        forms: own_forms,
        aliases,
        columns: mut c,
    } = header()?;
    let mut lines = Lines(TEXT.split('\n'));
    let countries = lines.take(countries)?;
    let admins = lines.take(admins)?;
    let mut entries = Vec::with_capacity(n);
    let mut forms = Vec::with_capacity(own_forms + aliases);
    let mut last_id = 0i64;
    for i in 0..n {
        let code = c.kind.byte()?;
        let kind = *KIND_CODES
            .get(usize::from(code))
            .ok_or_else(|| error(format!("kind code {code}")))?;
        let geonames_id = match c.id.varint()? {
            0 => None,
            z => {
                last_id += unzigzag(z - 1);
                Some(u32::try_from(last_id).map_err(|_| error("GeoNames id beyond u32"))?)
            }
        };
        let own_name = c.own_name.byte()? != 0;
        let mut name = if own_name { lines.next()? } else { "" };
        for k in 0..c.counts.count()? {
            let key = lines.next()?;
            if k == 0 && !own_name {
                name = key;
            }
            let form = c.flags.byte()?;
            let entry = i as u32;
            forms.push((key, Sense { entry, form }));
        }
        if name.is_empty() {
            return Err(error(format!("entry {i} has no name")));
        }
        entries.push(Entry {
            name,
            kind,
            country: c.country.position(&countries)?,
            admin1: c.admin1.position(&admins)?,
            pop: c.pop.byte()?,
            lat: c.lat.next(i < generated)?,
            lon: c.lon.next(i < generated)?,
            geonames_id,
        });
    }
    if forms.len() != own_forms {
        return Err(error("another number of forms than counted"));
    }
    for _ in 0..aliases {
        let key = lines.next()?;
        let entry = u32::try_from(c.alias.varint()?).map_err(|_| error("alias entry"))?;
        if entry as usize >= n {
            return Err(error(format!("alias of entry {entry} beyond the table")));
        }
        let form = c.alias.byte()?;
        forms.push((key, Sense { entry, form }));
    }
    let columns = [
        &c.kind,
        &c.pop,
        &c.country,
        &c.admin1,
        &c.lat.column,
        &c.lon.column,
        &c.id,
        &c.own_name,
        &c.counts,
        &c.flags,
        &c.alias,
    ];
    if !columns.iter().all(|c| c.at_end()) || lines.0.next() != Some("") || lines.0.next().is_some()
    {
        return Err(error("more data than counted"));
    }
    Ok(Unpacked {
        entries,
        generated,
        forms,
    })
}

#[cfg(test)]
mod tests {
    use super::super::build::{Built, pack};
    use super::*;

    #[test]
    fn the_compiled_in_files_are_the_generators_output() {
        let packed = pack::write(&Built::load().expect("place data")).expect("packs");
        assert_eq!((packed.bytes[0], pack::COLUMNS), (VERSION, COLUMNS));
        assert!(packed.text == TEXT, "gazetteer.txt differs");
        assert!(packed.bytes == BYTES, "gazetteer.bin differs");
    }
}
