//! The Report's places: each accepted candidate as a [`Place`] — a resolved one with its
//! entry's name, country, coordinates and GeoNames id; a feature named after a place
//! ("Goulburn River") and a name known from context only ("the Al-Meshlab neighborhood")
//! placed by their anchor, an adjective of origin, the paragraph's or the article's
//! country; the finding's rule id with its evidence.
//!
//! In: the resolved candidates. Out: the places, sorted by position.

use super::candidate::{Cand, ev};
use super::countries::Countries;
use super::gazetteer::{Entry, Gazetteer, Kind};
use super::naming;
use crate::report::{Place, RunnerUp, Span};
use crate::rules::Rule;

/// Where a place without an entry of its own lies.
struct Context<'g> {
    country: Option<&'static str>,
    point: Option<&'g Entry>,
    /// The anchor's entry ("X, Texas").
    anchor: Option<&'g Entry>,
}

/// Step 5: the places of the Report.
pub fn output(text: &str, g: &Gazetteer, paragraph_starts: &[usize], cands: &[Cand]) -> Vec<Place> {
    let countries = Countries::new(g, paragraph_starts, cands);
    let placing = Placing {
        g,
        countries: &countries,
        cands,
    };
    let mut out = Vec::new();
    // the last town or region placed before, with its paragraph
    let mut last_placed: Option<(&Entry, usize)> = None;
    let mut order: Vec<usize> = (0..cands.len()).collect();
    order.sort_by_key(|&i| cands[i].start);
    for &ci in &order {
        let c = &cands[ci];
        if c.reject.is_some() {
            continue;
        }
        let here = countries.paragraph(c.start);
        let recent = last_placed.filter(|&(_, p)| p == here).map(|(e, _)| e);
        let context = context(&placing, c, here, recent);
        let span = Span::new(text, c.start, c.end);
        if let Some(i) = c.choice {
            let e = &g.entries[i as usize];
            if let Some(place) = typed_place(&span, c, e, &countries, &context) {
                out.push(place);
                continue;
            }
            if matches!(
                e.kind,
                Kind::City | Kind::Capital | Kind::Admin1 | Kind::Admin2
            ) {
                last_placed = Some((e, here));
            }
            if let Some((name, start)) = &c.qualified {
                let mut place = resolved_place(g, Span::new(text, *start, c.end), c, e);
                qualify(&mut place, name);
                out.push(place);
                continue;
            }
            out.push(resolved_place(g, span, c, e));
        } else if let Some((name, kind)) = &c.unknown {
            out.push(unknown_place(span, c, (name, *kind), &context));
        }
    }
    out.sort_by_key(|p| p.span.start);
    out
}

/// Where a place known only by its name and kind lies: its anchor ("X, Texas"), the country
/// an adjective gives, the last place of the paragraph, the article's country.
fn context<'g>(
    placing: &Placing<'g, '_>,
    c: &Cand,
    here: usize,
    recent: Option<&'g Entry>,
) -> Context<'g> {
    let (g, countries, cands) = (placing.g, placing.countries, placing.cands);
    let anchor = c
        .anchor
        .and_then(|a| cands.get(a))
        .and_then(|a| a.choice)
        .map(|i| &g.entries[i as usize]);
    let country = anchor
        .map(|a| a.country)
        .or(c.country_hint)
        .or(countries.of_paragraph(here, recent.map(|e| e.country)))
        .or(countries.main)
        .filter(|c| !c.is_empty());
    let point = anchor.or(recent).filter(|e| Some(e.country) == country);
    Context {
        country,
        point,
        anchor,
    }
}

/// What places are placed by.
struct Placing<'g, 'a> {
    g: &'g Gazetteer,
    countries: &'a Countries<'a>,
    cands: &'a [Cand],
}

/// A resolved place: its entry.
fn resolved_place(g: &Gazetteer, span: Span, c: &Cand, e: &Entry) -> Place {
    // a qualified region ("South Taranaki") is renamed by its caller
    let (name, homonym) = match c.qualified {
        None => naming::report_name(g, &span.text, e),
        Some(_) => (e.name.to_string(), false),
    };
    let mut rule = rule_name(c);
    if homonym {
        rule = format!("{rule}+{}", Rule::NameHomonym.id());
    }
    Place {
        name,
        span,
        country: (!e.country.is_empty()).then(|| e.country.to_string()),
        lat: Some(round2(e.lat)),
        lon: Some(round2(e.lon)),
        kind: match c.hint {
            Some(Kind::Admin1 | Kind::Admin2) if e.kind.is_city() => "admin",
            _ => e.kind.as_str(),
        }
        .to_string(),
        geonames_id: e.geonames_id,
        region: g.admin1_of(e).map(|a| a.name.to_string()),
        rule,
        runner_up: c.runner_up.map(|i| {
            let other = &g.entries[i as usize];
            RunnerUp {
                name: other.name.to_string(),
                country: (!other.country.is_empty()).then(|| other.country.to_string()),
                kind: other.kind.as_str().to_string(),
                region: g.admin1_of(other).map(|a| a.name.to_string()),
            }
        }),
    }
}

/// "South Taranaki": a region of the place, under its whole name, at the place's point, with
/// no GeoNames id (it is not that entry).
fn qualify(place: &mut Place, name: &str) {
    place.name = name.to_string();
    place.kind = Kind::Region.as_str().to_string();
    place.geonames_id = None;
    place.runner_up = None;
    place.rule = format!("{}+{}", place.rule, Rule::ResolveQualified.id());
}

/// "Goulburn River" lies by Goulburn when the article is about its country.
fn typed_place(
    span: &Span,
    c: &Cand,
    e: &Entry,
    countries: &Countries,
    context: &Context,
) -> Option<Place> {
    let (name, kind) = c.typed.clone()?;
    let supported = countries.counts.get(e.country).is_some_and(|&n| n > 0);
    let (country, point) = if supported {
        (Some(e.country).filter(|c| !c.is_empty()), Some(e))
    } else {
        (context.country, context.point)
    };
    let country = country.filter(|_| !water_body(&name));
    Some(Place {
        span: span.clone(),
        name,
        country: country.map(str::to_string),
        lat: point.map(|e| round2(e.lat)),
        lon: point.map(|e| round2(e.lon)),
        kind: kind.as_str().to_string(),
        geonames_id: None,
        region: None,
        rule: rule_name(c),
        runner_up: None,
    })
}

/// A name known from context only, placed by its context.
fn unknown_place(span: Span, c: &Cand, (name, kind): (&str, Kind), context: &Context) -> Place {
    let country = context.country.filter(|_| !water_body(name));
    let placed = context.point.filter(|e| Some(e.country) == country);
    Place {
        span,
        name: name.to_string(),
        country: country.map(str::to_string),
        lat: placed.map(|e| round2(e.lat)),
        lon: placed.map(|e| round2(e.lon)),
        kind: kind.as_str().to_string(),
        geonames_id: None,
        region: context
            .anchor
            .filter(|a| a.kind == Kind::Admin1)
            .map(|a| a.name.to_string()),
        rule: rule_name(c),
        runner_up: None,
    }
}

fn round2(x: f32) -> f64 {
    (x as f64 * 100.0).round() / 100.0
}

/// Seas, oceans and gulfs are international waters: no country.
fn water_body(name: &str) -> bool {
    name.split(' ')
        .any(|w| matches!(w, "Sea" | "Ocean" | "Gulf"))
}

/// The finding's `rule`: the base rule, then each piece of extra evidence the base rule
/// does not already state, then the resolution's reason, joined by `+` (every part is a
/// registry id).
fn rule_name(c: &Cand) -> String {
    let mut parts = vec![c.rule];
    for (flag, evidence) in [
        (ev::COMMA, Rule::EvidenceComma),
        (ev::TYPE, Rule::EvidenceType),
        (ev::PREP, Rule::EvidencePrep),
        (ev::REPEAT, Rule::EvidenceRepeat),
    ] {
        if c.evidence & flag != 0 && !states(c.rule, evidence) {
            parts.push(evidence);
        }
    }
    if c.caps {
        parts.push(Rule::EvidenceCaps);
    }
    parts.extend(c.reason);
    parts.iter().map(|r| r.id()).collect::<Vec<_>>().join("+")
}

/// Whether a base rule already is the evidence ("context:type" is found by its type word).
fn states(base: Rule, evidence: Rule) -> bool {
    matches!(
        (base, evidence),
        (Rule::ContextType, Rule::EvidenceType)
            | (Rule::ContextComma, Rule::EvidenceComma)
            | (Rule::ContextRepeat, Rule::EvidenceRepeat)
    )
}
