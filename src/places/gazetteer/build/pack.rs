//! Writing the compiled place table in the compact format that [`crate::places::gazetteer`]
//! reads in place (the format is described in `src/places/gazetteer/packed.rs`, its reader).
//!
//! In: the [`Built`] table. Out: its strings (one per line) and its numbers (varints and
//! bytes, by column).

use super::{Built, Entry, HashMap};
use crate::data::DataError;

/// Version of the format, the first byte of the numbers (the reader checks it).
pub const VERSION: u8 = 1;

/// The compiled table: the text of its strings and the bytes of its numbers.
pub struct Packed {
    pub text: String,
    pub bytes: Vec<u8>,
}

/// An unsigned LEB128 varint.
fn varint(out: &mut Vec<u8>, mut n: u64) {
    while n >= 0x80 {
        out.push((n as u8) | 0x80);
        n >>= 7;
    }
    out.push(n as u8);
}

/// A signed number as a zigzag varint.
fn signed(out: &mut Vec<u8>, n: i64) {
    varint(out, ((n << 1) ^ (n >> 63)) as u64);
}

fn error(message: String) -> DataError {
    DataError {
        file: "gazetteer.dat",
        line: 0,
        message,
    }
}

/// The distinct values of a string column, sorted, and the position of each.
fn interned(
    values: impl Iterator<Item = &'static str>,
) -> (Vec<&'static str>, HashMap<&'static str, u64>) {
    let mut list: Vec<&'static str> = values.collect();
    list.sort_unstable();
    list.dedup();
    let at = list
        .iter()
        .enumerate()
        .map(|(i, &s)| (s, i as u64))
        .collect();
    (list, at)
}

/// A generated point in hundredths of a degree (the exact f32 it came from, checked).
fn centi(value: f32, entry: &Entry) -> Result<i64, DataError> {
    let c = (f64::from(value) * 100.0).round() as i64;
    if c as f32 / 100.0 != value {
        return Err(error(format!(
            "{:?}: {value} is no whole hundredth of a degree",
            entry.name
        )));
    }
    Ok(c)
}

/// The points of the entries: generated ones as deltas of hundredths of a degree, the
/// hand-listed features as their exact f32 bits.
fn points(
    out: &mut Vec<u8>,
    built: &Built,
    coordinate: fn(&Entry) -> f32,
) -> Result<(), DataError> {
    let mut last = 0;
    for (i, e) in built.entries.iter().enumerate() {
        if i < built.generated {
            let c = centi(coordinate(e), e)?;
            signed(out, c - last);
            last = c;
        } else {
            varint(out, u64::from(coordinate(e).to_bits()));
        }
    }
    Ok(())
}

/// Writes the table (see the format in `packed.rs`).
pub fn write(built: &Built) -> Result<Packed, DataError> {
    let entries = &built.entries;
    let (own, aliases) = built.forms.split_at(built.aliases_from);
    // the entries' own forms, grouped by entry in entry order
    let mut forms_of: Vec<Vec<(&str, u8)>> = vec![Vec::new(); entries.len()];
    let mut last = 0;
    for f in own {
        if (f.entry as usize) < last {
            return Err(error(format!(
                "the forms of entry {} come after those of entry {last}",
                f.entry
            )));
        }
        last = f.entry as usize;
        forms_of[last].push((f.key.as_str(), f.form));
    }
    let (countries, country_at) = interned(entries.iter().map(|e| e.country));
    let (admins, admin_at) = interned(entries.iter().map(|e| e.admin1));
    let mut text = String::with_capacity(2_000_000);
    let mut bytes = vec![VERSION];
    for n in [
        entries.len(),
        built.generated,
        countries.len(),
        admins.len(),
        own.len(),
        aliases.len(),
    ] {
        varint(&mut bytes, n as u64);
    }
    for s in countries.iter().chain(&admins) {
        text.push_str(s);
        text.push('\n');
    }
    bytes.extend(entries.iter().map(|e| e.kind.code()));
    bytes.extend(entries.iter().map(|e| e.pop));
    for e in entries {
        varint(&mut bytes, country_at[e.country]);
    }
    for e in entries {
        varint(&mut bytes, admin_at[e.admin1]);
    }
    points(&mut bytes, built, |e| e.lat)?;
    points(&mut bytes, built, |e| e.lon)?;
    let mut last_id = 0i64;
    for e in entries {
        match e.geonames_id {
            None => varint(&mut bytes, 0),
            Some(id) => {
                let id = i64::from(id);
                let delta = id - last_id;
                varint(&mut bytes, ((delta << 1) ^ (delta >> 63)) as u64 + 1);
                last_id = id;
            }
        }
    }
    // the name: 0 when it is the entry's first form, else 1 and a line of its own
    for (e, forms) in entries.iter().zip(&forms_of) {
        bytes.push(u8::from(forms.first().is_none_or(|(k, _)| *k != e.name)));
    }
    for forms in &forms_of {
        varint(&mut bytes, forms.len() as u64);
    }
    for (e, forms) in entries.iter().zip(&forms_of) {
        if forms.first().is_none_or(|(k, _)| *k != e.name) {
            text.push_str(e.name);
            text.push('\n');
        }
        for (k, f) in forms {
            text.push_str(k);
            text.push('\n');
            bytes.push(*f);
        }
    }
    for a in aliases {
        text.push_str(&a.key);
        text.push('\n');
        varint(&mut bytes, u64::from(a.entry));
        bytes.push(a.form);
    }
    Ok(Packed { text, bytes })
}
