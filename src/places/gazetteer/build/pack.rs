//! Writing the compiled place table in the compact format that [`crate::places::gazetteer`]
//! reads in place (the format is described in `src/places/gazetteer/packed.rs`, its reader).
//!
//! In: the [`Built`] table. Out: its strings (one per line) and its numbers (varints and
//! bytes, by column).

use super::{Built, Entry, HashMap};
use crate::data::DataError;

/// Version of the format, the first byte of the numbers (the reader checks it).
pub const VERSION: u8 = 2;

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

/// The columns of the numbers, in their order (see `packed.rs`).
pub const COLUMNS: usize = 11;

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
    for s in countries.iter().chain(&admins) {
        text.push_str(s);
        text.push('\n');
    }
    let mut columns: [Vec<u8>; COLUMNS] = Default::default();
    let [
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
    ] = &mut columns;
    kind.extend(entries.iter().map(|e| e.kind.code()));
    pop.extend(entries.iter().map(|e| e.pop));
    for e in entries {
        varint(country, country_at[e.country]);
        varint(admin1, admin_at[e.admin1]);
    }
    points(lat, built, |e| e.lat)?;
    points(lon, built, |e| e.lon)?;
    let mut last_id = 0i64;
    for e in entries {
        match e.geonames_id {
            None => varint(id, 0),
            Some(geonames_id) => {
                let geonames_id = i64::from(geonames_id);
                let delta = geonames_id - last_id;
                varint(id, ((delta << 1) ^ (delta >> 63)) as u64 + 1);
                last_id = geonames_id;
            }
        }
    }
    // the name: 0 when it is the entry's first form, else 1 and a line of its own
    for (e, forms) in entries.iter().zip(&forms_of) {
        let own_line = forms.first().is_none_or(|(k, _)| *k != e.name);
        own_name.push(u8::from(own_line));
        varint(counts, forms.len() as u64);
        if own_line {
            text.push_str(e.name);
            text.push('\n');
        }
        for (k, f) in forms {
            text.push_str(k);
            text.push('\n');
            flags.push(*f);
        }
    }
    for a in aliases {
        text.push_str(&a.key);
        text.push('\n');
        varint(alias, u64::from(a.entry));
        alias.push(a.form);
    }
    let mut bytes = vec![VERSION];
    let counted = [
        entries.len(),
        built.generated,
        countries.len(),
        admins.len(),
        own.len(),
        aliases.len(),
    ];
    for n in counted.into_iter().chain(columns.iter().map(Vec::len)) {
        varint(&mut bytes, n as u64);
    }
    for c in &columns {
        bytes.extend_from_slice(c);
    }
    Ok(Packed { text, bytes })
}
