//! Countries as speakers and as the owners of bodies (steps 1, 3 and 7 of
//! [`super::Resolver::name_of`]): "Syria said" → "Syrian government"; "China's commerce
//! ministry" → "Chinese Ministry of Commerce"; "the country's chamber of commerce" → the
//! last country named ("Polish chamber of commerce"); "the transport ministry in Berlin" →
//! "German transport ministry" (a capital stands for its country), "the regional
//! administration in Lviv" → "Lviv regional administration".
//!
//! In: a [`Phrase`]. Out: the entity, or `None` when no country is involved.

use super::lexicon::{LEXICON, PhraseWord};
use super::phrase::Phrase;
use super::resolver::Resolver;
use super::words::{kind_of_class, noun};
use crate::attrib::lexicon::{COUNTRIES, NounClass};
use crate::report::SourceKind;

impl Resolver<'_, '_> {
    /// Step 1: a country's name (or its capital, alone) speaks for its government.
    pub fn country_government(&mut self, p: &Phrase) -> Option<usize> {
        if !p.name_run || !p.titles.is_empty() {
            return None;
        }
        let name = self.text(p.name_start..p.core_end).to_lowercase();
        let id = *COUNTRIES.by_name.get(&name).or_else(|| {
            (p.name_start == p.start)
                .then(|| COUNTRIES.by_capital.get(&name))
                .flatten()
        })?;
        let country = &COUNTRIES.list[id];
        let name = format!("{} government", country.demonym);
        Some(self.keyed(name, SourceKind::Official, false, |e| {
            e.aliases.push(country.name.to_lowercase());
            e.head = Some("government");
        }))
    }

    /// Step 3: "the country's chamber of commerce" → "Polish chamber of commerce"; "China's
    /// commerce ministry" → "Chinese Ministry of Commerce".
    pub fn country_body(&mut self, p: &Phrase) -> Option<usize> {
        let c = self.c;
        let head = p.head_noun.map(|n| n.lemma);
        if LEXICON.phrase_word(c.lw(p.start), PhraseWord::TheCountry) && p.start + 1 < p.end {
            if let Some(dem) = self.last_country(p.start) {
                let name = format!("{dem} {}", self.text(p.start + 1..p.end));
                let kind = p
                    .head_noun
                    .map_or(SourceKind::Organisation, |n| kind_of_class(n.class));
                return Some(self.keyed(name, kind, false, |e| e.head = head));
            }
        }
        let name = self.country_institution(p.start, p.core_end)?;
        Some(self.keyed(name, SourceKind::Official, false, |e| e.head = head))
    }

    /// "China's commerce ministry" → "Chinese Ministry of Commerce"; "Russia's military" →
    /// "Russian military".
    fn country_institution(&self, a: usize, end: usize) -> Option<String> {
        let c = self.c;
        let country = c.lw(a).strip_suffix("'s")?;
        let id = *COUNTRIES.by_name.get(country)?;
        let dem = COUNTRIES.list[id].demonym;
        let head = end - 1;
        let n = noun(c, head)?;
        if !matches!(n.class, NounClass::Institution) || head <= a {
            return None;
        }
        let mods: Vec<String> = (a + 1..head).map(|k| c.raw(k).to_string()).collect();
        if n.lemma == "ministry" && !mods.is_empty() {
            let m = mods.join(" ");
            // the one ministry English names differently
            let m = if m.eq_ignore_ascii_case("foreign") {
                "Foreign Affairs".to_string()
            } else {
                title_case(&m)
            };
            return Some(format!("{dem} Ministry of {m}"));
        }
        let rest: Vec<&str> = (a + 1..end).map(|k| c.raw(k)).collect();
        Some(format!("{dem} {}", rest.join(" ")))
    }

    /// The demonym of the last country named before token `i` (bounded look-back).
    fn last_country(&self, i: usize) -> Option<&'static str> {
        let c = self.c;
        let floor = i.saturating_sub(800);
        for k in (floor..i).rev() {
            if !c.is_cap(k) {
                continue;
            }
            let w = c.lw(k);
            let w = w.strip_suffix("'s").unwrap_or(w);
            if let Some(&id) = COUNTRIES.by_name.get(w) {
                return Some(COUNTRIES.list[id].demonym);
            }
            if k > floor && c.is_cap(k - 1) {
                let two = format!("{} {w}", c.lw(k - 1));
                if let Some(&id) = COUNTRIES.by_name.get(&two) {
                    return Some(COUNTRIES.list[id].demonym);
                }
            }
            if let Some(&id) = COUNTRIES.by_demonym.get(w) {
                return Some(COUNTRIES.list[id].demonym);
            }
        }
        None
    }

    /// Step 7: "the transport ministry in Berlin", a definite institution placed by a city
    /// or a country.
    pub fn placed_institution_entity(&mut self, p: &Phrase) -> Option<usize> {
        let institution = p.noun.is_some_and(|n| n.class == NounClass::Institution);
        if !p.definite || !institution || p.core_end <= p.start {
            return None;
        }
        let name = self.placed_institution(p.start, p.core_end, p.end)?;
        let head = p.head_lemma();
        Some(self.keyed(name, SourceKind::Official, false, |e| e.head = head))
    }

    /// The name of an institution placed by a city: "German transport ministry", "Lviv
    /// regional administration".
    fn placed_institution(&self, a: usize, core_end: usize, b: usize) -> Option<String> {
        let c = self.c;
        if c.lw(core_end) != "in" || core_end + 1 >= b || !c.is_cap(core_end + 1) {
            return None;
        }
        let end = *self.place_spans.get(&c.toks[core_end + 1].start)?;
        if end != c.toks[b - 1].end {
            return None;
        }
        let place = self.text(core_end + 1..b);
        let core = self.text(a..core_end);
        let country = COUNTRIES
            .by_capital
            .get(&place.to_lowercase())
            .or_else(|| COUNTRIES.by_name.get(&place.to_lowercase()));
        Some(match country {
            Some(&id) => format!("{} {core}", COUNTRIES.list[id].demonym),
            None => format!("{place} {core}"),
        })
    }
}

/// Every word with a capital first letter ("commerce" → "Commerce").
fn title_case(s: &str) -> String {
    s.split(' ')
        .map(|w| {
            let mut ch = w.chars();
            match ch.next() {
                Some(f) => f.to_uppercase().collect::<String>() + ch.as_str(),
                None => String::new(),
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}
