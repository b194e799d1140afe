//! Reading the compiled place table in place. `build.rs` runs the generator
//! ([`super::build`]) over the data files and writes two files into `OUT_DIR`, compiled in
//! here:
//!
//! - `gazetteer.txt`, the strings, one per line: the distinct countries, the distinct admin-1
//!   codes (both sorted), then for each entry its display name (only when it is not its
//!   first surface form) and its surface forms (lookup keys), then the keys of the aliases;
//! - `gazetteer.bin`, the numbers: the format version, then as LEB128 varints the numbers of
//!   entries, generated entries, countries, admin-1 codes, entry forms and aliases; then by
//!   column, one value per entry: kind ([`super::types::KIND_CODES`] byte), population code
//!   (byte), country and admin-1 code (varint positions in their lists), latitude and
//!   longitude (generated entries: zigzag varint deltas of hundredths of a degree;
//!   hand-listed features: the varint of the f32 bits), GeoNames id (0 for none, else the
//!   zigzag delta from the previous id + 1), whether the name has a line of its own (byte),
//!   the number of surface forms (varint); then the form flags of every entry form (bytes);
//!   then per alias its entry (varint) and form flags (byte).
//!
//! Nothing is parsed as text and no key is computed here: the strings are slices of the
//! compiled-in text, and the numbers one pass over the bytes. The table is made by the build,
//! so a malformed one is a bug; it is still an error (naming `gazetteer.dat`), not a panic.
//!
//! In: the two compiled-in files. Out: the entries and every (surface form, sense) in the
//! order the generator added them.

use super::types::KIND_CODES;
use super::{Entry, Sense};
use crate::data::DataError;

const TEXT: &str = include_str!(concat!(env!("OUT_DIR"), "/gazetteer.txt"));
const BYTES: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/gazetteer.bin"));

/// Version of the format (the generator's `pack::VERSION`).
const VERSION: u8 = 1;

/// The decoded table.
pub struct Unpacked {
    pub entries: Vec<Entry>,
    /// How many entries come from `data/gazetteer.dat` (the admin-1 regions are among them).
    pub generated: usize,
    /// Every (surface form, sense) in the order added: senses of one form keep this order.
    pub forms: Vec<(&'static str, Sense)>,
}

/// A cursor over the compiled-in strings and numbers.
struct Reader {
    lines: std::str::Split<'static, char>,
    bytes: &'static [u8],
    at: usize,
}

fn error(message: impl Into<String>) -> DataError {
    DataError {
        file: "gazetteer.dat",
        line: 0,
        message: format!("compiled table: {}", message.into()),
    }
}

impl Reader {
    fn line(&mut self) -> Result<&'static str, DataError> {
        self.lines
            .next()
            .ok_or_else(|| error("fewer strings than counted"))
    }

    fn byte(&mut self) -> Result<u8, DataError> {
        let b = *self
            .bytes
            .get(self.at)
            .ok_or_else(|| error("fewer bytes than counted"))?;
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

    fn signed(&mut self) -> Result<i64, DataError> {
        let n = self.varint()?;
        Ok((n >> 1) as i64 ^ -((n & 1) as i64))
    }

    /// `n` strings.
    fn strings(&mut self, n: usize) -> Result<Vec<&'static str>, DataError> {
        (0..n).map(|_| self.line()).collect()
    }

    /// A column of points (see the module doc).
    fn points(&mut self, n: usize, generated: usize) -> Result<Vec<f32>, DataError> {
        let mut last = 0i64;
        (0..n)
            .map(|i| {
                if i < generated {
                    last += self.signed()?;
                    Ok(last as f32 / 100.0)
                } else {
                    let bits = u32::try_from(self.varint()?).map_err(|_| error("f32 bits"))?;
                    Ok(f32::from_bits(bits))
                }
            })
            .collect()
    }

    /// A column of positions in a list of `len`.
    fn positions(
        &mut self,
        n: usize,
        list: &[&'static str],
    ) -> Result<Vec<&'static str>, DataError> {
        (0..n)
            .map(|_| {
                let i = self.count()?;
                list.get(i)
                    .copied()
                    .ok_or_else(|| error(format!("position {i} beyond its list")))
            })
            .collect()
    }
}

/// Decodes the compiled-in table (see the module doc).
pub fn read() -> Result<Unpacked, DataError> {
    let mut r = Reader {
        lines: TEXT.split('\n'),
        bytes: BYTES,
        at: 0,
    };
    if r.byte()? != VERSION {
        return Err(error("another format version"));
    }
    let n = r.count()?;
    let generated = r.count()?;
    let (countries, admins) = (r.count()?, r.count()?);
    let (own_forms, aliases) = (r.count()?, r.count()?);
    let countries = r.strings(countries)?;
    let admins = r.strings(admins)?;
    let kinds = (0..n)
        .map(|_| {
            let code = r.byte()?;
            KIND_CODES
                .get(usize::from(code))
                .copied()
                .ok_or_else(|| error(format!("kind code {code}")))
        })
        .collect::<Result<Vec<_>, _>>()?;
    let pops = BYTES
        .get(r.at..r.at + n)
        .ok_or_else(|| error("population column"))?;
    r.at += n;
    let country = r.positions(n, &countries)?;
    let admin1 = r.positions(n, &admins)?;
    let lat = r.points(n, generated)?;
    let lon = r.points(n, generated)?;
    let mut last_id = 0i64;
    let mut entries = Vec::with_capacity(n);
    for i in 0..n {
        let id = match r.varint()? {
            0 => None,
            z => {
                let z = z - 1;
                last_id += (z >> 1) as i64 ^ -((z & 1) as i64);
                Some(u32::try_from(last_id).map_err(|_| error("GeoNames id beyond u32"))?)
            }
        };
        entries.push(Entry {
            name: "",
            kind: kinds[i],
            country: country[i],
            admin1: admin1[i],
            pop: pops[i],
            lat: lat[i],
            lon: lon[i],
            geonames_id: id,
        });
    }
    let own_line = BYTES
        .get(r.at..r.at + n)
        .ok_or_else(|| error("name column"))?;
    r.at += n;
    let counts = (0..n).map(|_| r.count()).collect::<Result<Vec<_>, _>>()?;
    let mut forms = Vec::with_capacity(own_forms + aliases);
    let flags_at = r.at;
    r.at += own_forms;
    let flags = BYTES
        .get(flags_at..r.at)
        .ok_or_else(|| error("form column"))?;
    let mut next_flag = 0;
    for (i, e) in entries.iter_mut().enumerate() {
        let first = forms.len();
        if own_line[i] != 0 {
            e.name = r.line()?;
        }
        for _ in 0..counts[i] {
            let form = *flags
                .get(next_flag)
                .ok_or_else(|| error("more forms than counted"))?;
            next_flag += 1;
            forms.push((
                r.line()?,
                Sense {
                    entry: i as u32,
                    form,
                },
            ));
        }
        if own_line[i] == 0 {
            e.name = forms
                .get(first)
                .ok_or_else(|| error("an entry without a name"))?
                .0;
        }
    }
    if next_flag != own_forms {
        return Err(error("fewer forms than counted"));
    }
    for _ in 0..aliases {
        let key = r.line()?;
        let entry = u32::try_from(r.varint()?).map_err(|_| error("alias entry"))?;
        if entry as usize >= n {
            return Err(error(format!("alias of entry {entry} beyond the table")));
        }
        forms.push((
            key,
            Sense {
                entry,
                form: r.byte()?,
            },
        ));
    }
    if r.at != BYTES.len() || r.lines.next() != Some("") || r.lines.next().is_some() {
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
        assert_eq!(packed.bytes[0], VERSION);
        assert!(packed.text == TEXT, "gazetteer.txt differs");
        assert!(packed.bytes == BYTES, "gazetteer.bin differs");
    }
}
