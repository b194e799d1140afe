//! The types of the place table, shared by its reader ([`super`]) and its build-time
//! generator ([`super::build`], compiled into `build.rs` as well).
//!
//! In: nothing. Out: [`Kind`], [`Entry`], [`form`], [`Sense`].

/// What sort of place an entry is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Kind {
    Country,
    /// First-level administrative region (state, province, governorate, oblast).
    Admin1,
    /// Second-level administrative region (county, parish, district, prefecture).
    Admin2,
    City,
    /// The capital city of its country.
    Capital,
    /// Continents and hand-listed regions ("the Middle East", "Siberia", "the West").
    Region,
    /// Seas, oceans, rivers, mountains, deserts, islands.
    Feature,
    /// Found from context only ("the Al-Meshlab neighborhood").
    Neighbourhood,
    Street,
}

/// The byte of each kind in the compiled table (the position in this list).
pub const KIND_CODES: [Kind; 9] = [
    Kind::Country,
    Kind::Admin1,
    Kind::Admin2,
    Kind::City,
    Kind::Capital,
    Kind::Region,
    Kind::Feature,
    Kind::Neighbourhood,
    Kind::Street,
];

impl Kind {
    /// The `kind` string of the Report.
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Country => "country",
            Kind::Admin1 | Kind::Admin2 => "admin",
            Kind::City | Kind::Capital => "city",
            Kind::Region => "region",
            Kind::Feature => "feature",
            Kind::Neighbourhood => "neighbourhood",
            Kind::Street => "street",
        }
    }
    pub fn is_city(self) -> bool {
        matches!(self, Kind::City | Kind::Capital)
    }
    /// Its byte in the compiled table ([`KIND_CODES`]).
    pub fn code(self) -> u8 {
        KIND_CODES.iter().position(|&k| k == self).unwrap_or(0) as u8
    }
}

/// One place of the table.
#[derive(Debug, Clone, PartialEq)]
pub struct Entry {
    /// Display name (an English name from `place_names.tsv` where GeoNames has another).
    pub name: &'static str,
    pub kind: Kind,
    /// ISO 3166-1 alpha-2; empty for supranational regions and international waters.
    pub country: &'static str,
    /// GeoNames admin-1 code within the country ("TX", "04"); empty when unknown.
    pub admin1: &'static str,
    /// round(4 * log10(population + 1)); 0 when unknown.
    pub pop: u8,
    pub lat: f32,
    pub lon: f32,
    pub geonames_id: Option<u32>,
}

/// How a surface form names an entry.
pub mod form {
    /// The entry's own name (or a spelling variant of it).
    #[allow(dead_code)] // set by the generator only (build.rs), read as the absence of flags
    pub const NAME: u8 = 0;
    /// A GeoNames alternate name (exonym, transliteration): weaker evidence.
    pub const ALTERNATE: u8 = 1;
    /// A hand-listed alias ("U.S.", "Kiev", "the Gulf").
    #[allow(dead_code)] // set by the generator only (build.rs); the places rules test other flags
    pub const ALIAS: u8 = 2;
    /// Only after "the" ("the West", "the Gulf").
    pub const NEEDS_THE: u8 = 4;
    /// Only after "Town, " (postal/AP abbreviations: "Ga.", "Tenn.").
    pub const AFTER_COMMA: u8 = 8;
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Sense {
    pub entry: u32,
    pub form: u8,
}
