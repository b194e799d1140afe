//! The score of one sense of a name in its article: its prior plus the article's context —
//! its countries and towns (a name never counts for itself), the regions it names, nearness
//! to its other places, "Paris, Texas" and type words ("Idlib province"); a world city
//! keeps its sense against a small namesake; an exonym yields to a place's own name.
//!
//! In: a candidate and the article's [`Geography`]. Out: a score per sense.

use super::evidence::{Geography, Support};
use super::prior::{best_static, dist2, is_world_city, prior};
use crate::places::candidate::Cand;
use crate::places::gazetteer::{Entry, Gazetteer, Kind, Sense, form};
use crate::rules::Rule;

/// The prior of a sense (before the exonym penalty).
fn prior_of(e: &Entry, s: Sense) -> i32 {
    prior(e, s.form)
}

/// A sense's score by part: the prior and each kind of context evidence.
#[derive(Debug, Clone, Copy, Default)]
pub struct Parts {
    /// The prior (an exonym of a name that is some place's own name loses 60).
    pub prior: i32,
    /// The article names the country or its towns or people.
    pub country: i32,
    /// An adjective of origin before a type word ("the Egyptian town of").
    pub origin: i32,
    /// The article names the region, or towns in it.
    pub region: i32,
    /// Near the article's other places.
    pub near: i32,
    /// "Town, Region".
    pub anchor: i32,
    /// The kind a type word asks for ("Idlib province"); a city over its same-named region.
    pub kind: i32,
    /// A cue word asks for the state over its same-named city ("upstate New York"), or a
    /// list of states ("Washington, Oregon and Idaho").
    pub state_word: i32,
    /// Which cue that was.
    pub state_rule: Option<Rule>,
    /// The article names towns of the state far from its same-named city.
    pub state_towns: i32,
}

impl Parts {
    pub fn total(&self) -> i32 {
        self.prior
            + self.country
            + self.origin
            + self.region
            + self.near
            + self.anchor
            + self.kind
            + self.state_word
            + self.state_towns
    }

    /// The context part that gave `self` its lead over `other`, unless the prior alone
    /// already did.
    pub fn reason_over(&self, other: &Parts) -> Option<Rule> {
        // a state cue decides even where the state's prior leads (its city namesake's
        // penalty aside)
        if self.state_word > other.state_word {
            return self.state_rule.or(Some(Rule::ResolveStateWord));
        }
        if self.state_towns > other.state_towns {
            return Some(Rule::ResolveStateTowns);
        }
        if self.prior > other.prior {
            return None;
        }
        [
            (self.anchor - other.anchor, Rule::ResolveAnchor),
            (self.kind - other.kind, Rule::ResolveType),
            (self.origin - other.origin, Rule::ResolveOrigin),
            (self.region - other.region, Rule::ResolveRegion),
            (self.country - other.country, Rule::ResolveCountry),
            (self.near - other.near, Rule::ResolveNear),
        ]
        .into_iter()
        .filter(|&(lead, _)| lead > 0)
        .max_by_key(|&(lead, _)| lead)
        .map(|(_, rule)| rule)
    }
}

/// What the scores of a name's senses share.
pub struct NameContext<'a> {
    geo: &'a Geography,
    name_id: u32,
    key: &'a str,
    hint: Option<Kind>,
    country_hint: Option<&'static str>,
    /// The region of "Town, Region".
    anchor: Option<&'a Entry>,
    /// The name's city senses.
    same_name_city: Vec<&'a Entry>,
    /// A cue asks for the state ([`super::cues`]): its rule.
    state_cue: Option<Rule>,
    /// The name is some place's own name: it is not read as another's exonym
    /// ("Philadelphia" is an old name of Amman).
    has_name: bool,
    /// The admin-1 regions the name names by their own name ("New York" the state).
    named_regions: Vec<(&'static str, &'static str)>,
    /// A sea, river or region of that name ("Red Sea" is also an Egyptian governorate).
    has_feature: bool,
    /// The world city of that name ("London", "Paris"): its country and prior.
    famous: Option<(&'static str, i32)>,
    /// The country the name names by its own name ("Poland", "Jordan").
    country_named: Option<&'static str>,
}

/// What a town loses against a country of its name elsewhere ("Poland", Maine, beside the
/// country) where the article reaches abroad and names nothing around the town: only
/// "Town, Region" or a type word brings it back.
const COUNTRY_NAME_PENALTY: i32 = 80;

impl<'a> NameContext<'a> {
    pub fn new(
        g: &'a Gazetteer,
        geo: &'a Geography,
        cands: &'a [Cand],
        i: usize,
        state_cue: Option<Rule>,
    ) -> NameContext<'a> {
        let c = &cands[i];
        let entries = || c.senses.iter().map(|s| &g.entries[s.entry as usize]);
        NameContext {
            geo,
            name_id: geo.name_ids[i],
            key: &c.key,
            hint: c.hint,
            country_hint: c.country_hint,
            anchor: c
                .anchor
                .and_then(|a| cands.get(a))
                .and_then(|a| best_static(g, a)),
            same_name_city: entries().filter(|e| e.kind.is_city()).collect(),
            state_cue,
            has_name: c.senses.iter().any(|s| s.form & form::ALTERNATE == 0),
            named_regions: c
                .senses
                .iter()
                .filter(|s| s.form & form::ALTERNATE == 0)
                .map(|s| &g.entries[s.entry as usize])
                .filter(|e| e.kind == Kind::Admin1)
                .map(|e| (e.country, e.admin1))
                .collect(),
            has_feature: entries().any(|e| matches!(e.kind, Kind::Feature | Kind::Region)),
            famous: entries()
                .filter(|e| is_world_city(e))
                .map(|e| (e.country, prior(e, 0)))
                .max_by_key(|&(_, p)| p),
            country_named: c
                .senses
                .iter()
                .filter(|s| s.form & form::ALTERNATE == 0)
                .map(|s| &g.entries[s.entry as usize])
                .find(|e| e.kind == Kind::Country)
                .map(|e| e.country),
        }
    }

    /// The score of sense `s` (entry `e`), by part.
    pub fn score(&self, e: &Entry, s: Sense) -> Parts {
        let mut prior = prior(e, s.form);
        if self.has_name && s.form & form::ALTERNATE != 0 && !self.named_after_its_region(e) {
            prior -= 60;
        }
        // a country's name is the country, not a town of its name elsewhere, in an article
        // that reaches beyond the town's country (a local story may mean its own Lebanon)
        if e.kind.is_city()
            && self.country_named.is_some_and(|cc| cc != e.country)
            && self.abroad(e.country)
            && !self.around(e)
        {
            prior -= COUNTRY_NAME_PENALTY;
        }
        // a world city keeps its sense against a small namesake unless the article points
        // to the namesake's own area (its region, places near it, "Paris, Texas"): the
        // namesake's country alone is not enough
        let overshadowed = self
            .famous
            .is_some_and(|(cc, p)| cc != e.country && p >= prior_of(e, s) + 30)
            && self.abroad(e.country);
        let parts = Parts {
            prior,
            country: self.country_bonus(e, overshadowed),
            origin: match self.country_hint {
                Some(cc) if cc == e.country => 200,
                Some(_) => -50,
                None => 0,
            },
            region: self.region_bonus(e),
            near: self.nearness_bonus(e, overshadowed),
            anchor: self.anchor_bonus(e),
            kind: self.kind_bonus(e),
            state_word: if self.state_cue.is_some()
                && e.kind == Kind::Admin1
                && self.same_name_city.iter().any(|t| t.country == e.country)
            {
                200
            } else {
                0
            },
            state_rule: self.state_cue,
            state_towns: self.state_towns_bonus(e),
        };
        if std::env::var_os("PLACES_DEBUG2").is_some() {
            eprintln!(
                "SCORE {} {}/{}/{:?} pop{} -> {} (ovs {})",
                self.key,
                e.name,
                e.country,
                e.kind,
                e.pop,
                parts.total(),
                overshadowed
            );
        }
        parts
    }

    /// A city that the name names as an alternate but that lies in the region the name
    /// names by its own name ("New York" for New York City, in New York State): the name is
    /// the city's as well, no exonym.
    fn named_after_its_region(&self, e: &Entry) -> bool {
        e.kind.is_city()
            && self
                .named_regions
                .iter()
                .any(|&(cc, a1)| cc == e.country && a1 == e.admin1)
    }

    /// A city of the region's name in its country, with at least a tenth of its people
    /// (populations are 4 * log10).
    fn has_city_namesake(&self, region: &Entry) -> bool {
        self.same_name_city
            .iter()
            .any(|t| t.country == region.country && t.pop + 4 >= region.pop)
    }

    /// "Washington" beside Seattle and Spokane: a state that shares its name with a city
    /// (of its country) is the state when the article names two or more of its towns far
    /// (over ~150 km) from that city and no town near it.
    fn state_towns_bonus(&self, e: &Entry) -> i32 {
        if e.kind != Kind::Admin1 || !self.has_city_namesake(e) {
            return 0;
        }
        let cities: Vec<&Entry> = self
            .same_name_city
            .iter()
            .copied()
            .filter(|t| t.country == e.country)
            .collect();
        let near_city = |lat: f32, lon: f32| {
            cities
                .iter()
                .any(|t| dist2(t.lat, t.lon, lat, lon) < 1.4 * 1.4)
        };
        let mut far: Vec<u32> = Vec::new();
        for town in self.geo.towns.iter().filter(|t| t.name_id != self.name_id) {
            if near_city(town.lat, town.lon) {
                return 0;
            }
            if town.country == e.country && town.admin1 == e.admin1 && !far.contains(&town.name_id)
            {
                far.push(town.name_id);
            }
        }
        if far.len() >= 2 { 120 } else { 0 }
    }

    /// The article names the town's region or places within ~300 km of it.
    fn around(&self, e: &Entry) -> bool {
        self.region_bonus(e) > 0 || self.nearness_bonus(e, false) >= 25
    }

    /// What this name itself contributed to `support` in `country`.
    fn mine(&self, country: &'static str, support: Support) -> i32 {
        self.geo.own(self.name_id, country, support)
    }

    /// The article reaches beyond `country` (a local story naming only its own country's
    /// places may mean its own Paris).
    fn abroad(&self, country: &str) -> bool {
        let geo = self.geo;
        geo.national.keys().chain(geo.local.keys()).any(|&cc| {
            cc != country
                && geo.national.get(cc).copied().unwrap_or(0)
                    + geo.local.get(cc).copied().unwrap_or(0)
                    - self.mine(cc, Support::National)
                    - self.mine(cc, Support::Local)
                    > 0
        })
    }

    /// The article names the sense's country or its towns.
    fn country_bonus(&self, e: &Entry, overshadowed: bool) -> i32 {
        let geo = self.geo;
        let nat = geo.national.get(e.country).copied().unwrap_or(0)
            - self.mine(e.country, Support::National);
        let loc =
            geo.local.get(e.country).copied().unwrap_or(0) - self.mine(e.country, Support::Local);
        if nat + loc <= 0 {
            return 0;
        }
        let bonus = 10 + 10 * nat.min(2) + 10 * loc.min(4);
        if overshadowed { bonus.min(30) } else { bonus }
    }

    /// A town in a region the article names, or a region whose towns it names.
    fn region_bonus(&self, e: &Entry) -> i32 {
        if e.admin1.is_empty() {
            return 0;
        }
        let k = self
            .geo
            .admins
            .get(&(e.country, e.admin1))
            .copied()
            .unwrap_or(0)
            - self.mine(e.country, Support::Region(e.admin1));
        if k > 0 { 15 + 5 * k.min(3) } else { 0 }
    }

    /// Near the article's other places (within ~300 / ~1000 km).
    fn nearness_bonus(&self, e: &Entry, overshadowed: bool) -> i32 {
        let near = self
            .geo
            .points
            .iter()
            .filter(|p| p.0 != self.name_id)
            .map(|p| dist2(p.1, p.2, e.lat, e.lon))
            .fold(f32::MAX, f32::min);
        if overshadowed {
            if near < 1.0 { 25 } else { 0 }
        } else if near < 3.0 * 3.0 {
            25
        } else if near < 10.0 * 10.0 {
            12
        } else {
            0
        }
    }

    /// "Paris, Texas": in the anchor's region, or not.
    fn anchor_bonus(&self, e: &Entry) -> i32 {
        match self.anchor {
            Some(a)
                if a.country == e.country && (a.kind == Kind::Country || a.admin1 == e.admin1) =>
            {
                300
            }
            Some(_) => -50,
            None => 0,
        }
    }

    /// The kind a type word asks for; without one, a city and its region of the same name:
    /// the bare name is the city ("New York", "Quebec" — unless the city is a small town,
    /// under a tenth of the region's people: "Indiana", Pennsylvania); a feature and a
    /// region of the same name: the feature.
    fn kind_bonus(&self, e: &Entry) -> i32 {
        let asked = match self.hint {
            Some(Kind::Admin1) => e.kind == Kind::Admin1,
            Some(Kind::Admin2) => e.kind == Kind::Admin2,
            Some(Kind::City) => e.kind.is_city(),
            Some(Kind::Feature) => e.kind == Kind::Feature,
            _ => false,
        };
        if asked {
            return 150;
        }
        // (also a region abroad that a far bigger city of its name outranks: "Manchester"
        // is no parish of Jamaica)
        // (a region with no town of its name at home)
        let outranked = !self.same_name_city.iter().any(|t| t.country == e.country)
            && self.same_name_city.iter().any(|t| t.pop >= e.pop + 4);
        if self.hint.is_none()
            && e.kind == Kind::Admin1
            && (self.has_city_namesake(e) || self.has_feature || outranked)
        {
            return -60;
        }
        0
    }
}
