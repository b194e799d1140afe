//! UTF-8 byte offsets → UTF-16 code units or code points, computed once per text.
//!
//! The map stores one checkpoint every [`STRIDE`] bytes, so memory stays at a few percent of
//! the text and each conversion walks at most `STRIDE` bytes.

use serde::{Deserialize, Serialize};

/// The unit of every `start`/`end` in a serialised Report.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum OffsetUnit {
    /// UTF-8 bytes (what Rust and the core use).
    #[default]
    Utf8,
    /// UTF-16 code units (what JavaScript strings and DOM ranges use).
    Utf16,
    /// Unicode code points (what Python `str` indices use).
    Char,
}

impl std::str::FromStr for OffsetUnit {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s {
            "utf8" => Ok(OffsetUnit::Utf8),
            "utf16" => Ok(OffsetUnit::Utf16),
            "char" => Ok(OffsetUnit::Char),
            other => Err(format!(
                "unknown offset unit {other:?} (expected utf8, utf16 or char)"
            )),
        }
    }
}

const STRIDE: usize = 64;

pub struct OffsetMap<'a> {
    text: &'a str,
    unit: OffsetUnit,
    /// `checkpoints[i]` = converted offset of byte `i * STRIDE` rounded down to a char boundary.
    checkpoints: Vec<(usize, usize)>,
}

fn width(c: char, unit: OffsetUnit) -> usize {
    match unit {
        OffsetUnit::Utf8 => c.len_utf8(),
        OffsetUnit::Utf16 => c.len_utf16(),
        OffsetUnit::Char => 1,
    }
}

impl<'a> OffsetMap<'a> {
    pub fn new(text: &'a str, unit: OffsetUnit) -> Self {
        let mut checkpoints = Vec::with_capacity(text.len() / STRIDE + 2);
        let mut converted = 0;
        let mut next = 0;
        for (i, c) in text.char_indices() {
            if i >= next {
                checkpoints.push((i, converted));
                next = (i / STRIDE + 1) * STRIDE;
            }
            converted += width(c, unit);
        }
        checkpoints.push((text.len(), converted));
        OffsetMap {
            text,
            unit,
            checkpoints,
        }
    }

    /// Converts a byte offset (on a char boundary, ≤ len) into the map's unit.
    pub fn convert(&self, byte: usize) -> usize {
        let byte = byte.min(self.text.len());
        let idx = match self.checkpoints.binary_search_by_key(&byte, |&(b, _)| b) {
            Ok(i) => return self.checkpoints[i].1,
            Err(i) => i.saturating_sub(1),
        };
        let (b0, mut out) = self.checkpoints[idx];
        for (i, c) in self.text[b0..].char_indices() {
            if b0 + i >= byte {
                break;
            }
            out += width(c, self.unit);
        }
        out
    }
}

/// Converts `offset` in `unit` back to a UTF-8 byte offset (rounding down inside a char).
pub fn to_byte_offset(text: &str, offset: usize, unit: OffsetUnit) -> usize {
    let mut u = 0;
    for (i, c) in text.char_indices() {
        if u >= offset {
            return i;
        }
        u += width(c, unit);
        if u > offset {
            return i;
        }
    }
    text.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn naive(text: &str, byte: usize, unit: OffsetUnit) -> usize {
        text[..byte].chars().map(|c| width(c, unit)).sum()
    }

    #[test]
    fn matches_naive_on_mixed_text() {
        let text = "Hé 👩‍👩‍👧 said: «مرحبا» e\u{301} ok ".repeat(20);
        for unit in [OffsetUnit::Utf8, OffsetUnit::Utf16, OffsetUnit::Char] {
            let map = OffsetMap::new(&text, unit);
            for (b, _) in text.char_indices().chain([(text.len(), ' ')]) {
                assert_eq!(map.convert(b), naive(&text, b, unit), "byte {b} {unit:?}");
                assert_eq!(to_byte_offset(&text, map.convert(b), unit), b);
            }
        }
    }

    #[test]
    fn empty_text() {
        let map = OffsetMap::new("", OffsetUnit::Utf16);
        assert_eq!(map.convert(0), 0);
    }
}
