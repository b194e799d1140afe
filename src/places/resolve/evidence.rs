//! The article's geography, from the names it uses unambiguously (or nearly): the countries
//! it names ("national"), the countries of its towns and regions ("local"), its admin-1
//! regions, and a bounded sample of its points. A name never counts for itself: what each
//! name contributed is kept too, so that it can be taken out.
//!
//! In: the candidates (rejected ones inside an organisation's name still count: "the Edgar
//! County Sheriff's Office" says where the story is). Out: [`Geography`].

use super::prior::{best_static, prior};
use crate::places::candidate::{Cand, Reject};
use crate::places::gazetteer::{Gazetteer, Kind, Sense};
use crate::places::lexicon::Lexicon;
use crate::places::pieces::{Piece, PieceKind};
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

/// What a name contributed to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Support {
    /// A country named.
    National,
    /// A town or region of the country.
    Local,
    /// The admin-1 region (its code).
    Region(&'static str),
}

/// The article's geography (see the module doc).
pub struct Geography {
    /// Country -> how often the article names it.
    pub national: HashMap<&'static str, i32>,
    /// Country -> how many of its towns and regions the article names.
    pub local: HashMap<&'static str, i32>,
    /// (country, admin-1 code) -> how many of its towns and regions the article names.
    pub admins: HashMap<(&'static str, &'static str), i32>,
    /// (name id, country, support) -> what that name contributed.
    own: HashMap<(u32, &'static str, Support), i32>,
    /// (name id, lat, lon), at most 200.
    pub points: Vec<(u32, f32, f32)>,
    /// The towns named unambiguously, at most 200.
    pub towns: Vec<Town>,
    /// The name id of each candidate (equal keys, equal ids).
    pub name_ids: Vec<u32>,
}

/// A town the article names unambiguously.
#[derive(Debug, Clone, Copy)]
pub struct Town {
    pub name_id: u32,
    pub country: &'static str,
    pub admin1: &'static str,
    pub lat: f32,
    pub lon: f32,
}

/// Each distinct name as a number.
fn name_ids(cands: &[Cand]) -> Vec<u32> {
    let mut key_ids: HashMap<&str, u32> = HashMap::default();
    cands
        .iter()
        .map(|c| {
            let n = key_ids.len() as u32;
            *key_ids.entry(c.key.as_str()).or_insert(n)
        })
        .collect()
}

/// The countries of the adjectives of origin the article uses ("Palestinian" -> PS,
/// "Mexican" -> MX), once per word.
pub fn demonym_countries(text: &str, lx: &Lexicon, ps: &[Piece]) -> Vec<&'static str> {
    ps.iter()
        .filter(|p| p.kind == PieceKind::Word)
        .filter_map(|p| lx.origin(p.text(text)))
        .collect()
}

impl Geography {
    /// The geography of the candidates, with the countries of the article's adjectives of
    /// origin counted as named countries (a country's people name it as well as its name:
    /// "Palestinian officials in Gaza").
    pub fn new(g: &Gazetteer, cands: &[Cand], demonyms: &[&'static str]) -> Geography {
        let mut geo = Geography {
            national: HashMap::default(),
            local: HashMap::default(),
            admins: HashMap::default(),
            own: HashMap::default(),
            points: Vec::new(),
            towns: Vec::new(),
            name_ids: name_ids(cands),
        };
        for &country in demonyms {
            *geo.national.entry(country).or_default() += 1;
        }
        let mut seen_points: HashSet<u32> = HashSet::default();
        for (ci, c) in cands.iter().enumerate() {
            // ("Menai Strait" says nothing for the Sydney suburb Menai)
            let inside_org = matches!(c.reject, Some(Reject::Organisation | Reject::InsideName));
            if c.reject.is_some() && !inside_org || c.senses.is_empty() || c.typed.is_some() {
                continue;
            }
            geo.add(g, cands, ci, &mut seen_points);
        }
        geo
    }

    /// What candidate `ci` contributes when one sense stands out.
    fn add(&mut self, g: &Gazetteer, cands: &[Cand], ci: usize, seen_points: &mut HashSet<u32>) {
        let c = &cands[ci];
        let senses = anchored_senses(g, cands, c);
        let Some(s) = senses
            .iter()
            .max_by_key(|s| prior(&g.entries[s.entry as usize], s.form))
            .copied()
        else {
            return;
        };
        let e = &g.entries[s.entry as usize];
        let p = prior(e, s.form);
        let runner_by = |same_country: bool| {
            senses
                .iter()
                .filter(|x| x.entry != s.entry)
                .filter(|x| same_country || g.entries[x.entry as usize].country != e.country)
                .map(|x| prior(&g.entries[x.entry as usize], x.form))
                .max()
                .unwrap_or(0)
        };
        // the region and the point only when this sense stands out among all
        let unique = p - runner_by(true) >= 12;
        if e.country.is_empty() || p - runner_by(false) < 20 {
            return;
        }
        let k = self.name_ids[ci];
        if e.kind == Kind::Country {
            *self.national.entry(e.country).or_default() += 1;
            *self
                .own
                .entry((k, e.country, Support::National))
                .or_default() += 1;
        } else {
            *self.local.entry(e.country).or_default() += 1;
            *self.own.entry((k, e.country, Support::Local)).or_default() += 1;
        }
        if unique
            && matches!(
                e.kind,
                Kind::Admin1 | Kind::City | Kind::Capital | Kind::Admin2
            )
            && !e.admin1.is_empty()
        {
            *self.admins.entry((e.country, e.admin1)).or_default() += 1;
            *self
                .own
                .entry((k, e.country, Support::Region(e.admin1)))
                .or_default() += 1;
        }
        // (a town by its biggest namesake, when it leads clearly: "Buffalo" is the one in
        // New York)
        let leads = p - runner_by(true) >= 6;
        if leads && e.kind.is_city() && self.towns.len() < 200 && !e.admin1.is_empty() {
            self.towns.push(Town {
                name_id: k,
                country: e.country,
                admin1: e.admin1,
                lat: e.lat,
                lon: e.lon,
            });
        }
        // a bounded sample of points (distance checks stay linear)
        if unique
            && e.kind != Kind::Country
            && self.points.len() < 200
            && seen_points.insert(s.entry)
        {
            self.points.push((k, e.lat, e.lon));
        }
    }

    /// What name `name_id` itself contributed to `support` in `country`.
    pub fn own(&self, name_id: u32, country: &'static str, support: Support) -> i32 {
        self.own
            .get(&(name_id, country, support))
            .copied()
            .unwrap_or(0)
    }
}

/// "Lamar County, Texas": the anchor narrows the senses first.
fn anchored_senses(g: &Gazetteer, cands: &[Cand], c: &Cand) -> Vec<Sense> {
    let anchor = c
        .anchor
        .and_then(|a| cands.get(a))
        .and_then(|a| best_static(g, a));
    let fits = |s: &Sense| {
        let e = &g.entries[s.entry as usize];
        anchor.is_none_or(|a| {
            a.country == e.country && (a.kind == Kind::Country || a.admin1 == e.admin1)
        })
    };
    if c.senses.iter().any(fits) {
        c.senses.iter().copied().filter(fits).collect()
    } else {
        c.senses.clone()
    }
}
