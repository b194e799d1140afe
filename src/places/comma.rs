//! "Town, Region": "Forest Hill, Texas", "Macon, Ga.", "Lamar County, Texas" — the second
//! name is the region of the first. A known first name gets the evidence and its anchor; an
//! unknown one becomes a town when the second is a state, a country or a postal
//! abbreviation. Postal abbreviations ("Ga.") count only there.
//!
//! In: the candidates, sorted and not overlapping. Out: the same with evidence, anchors
//! (indices into the returned order) and the new towns, sorted by position; candidates
//! without a sense or a name dropped.

use super::candidate::{Cand, covered, ev};
use super::gazetteer::{Gazetteer, Kind, form};
use super::lexicon::Lexicon;
use super::pieces::{Piece, PieceKind};
use super::resolve::best_static;
use super::runs::{cap_run_back, plausible_name};
use crate::rules::Rule;

/// The pass's inputs.
struct Commas<'a> {
    text: &'a str,
    g: &'a Gazetteer,
    lx: &'a Lexicon,
    ps: &'a [Piece],
}

/// Step 2b: "Forest Hill, Texas", "Macon, Ga.": the second names the region of the first.
pub fn link_commas(text: &str, g: &Gazetteer, lx: &Lexicon, ps: &[Piece], cands: &mut Vec<Cand>) {
    let pass = Commas { text, g, lx, ps };
    let mut added = Vec::new();
    for yi in 0..cands.len() {
        let y = &cands[yi];
        if y.p0 < 2 || ps[y.p0 - 1].text(text) != "," || !pass.region_like(y) {
            continue;
        }
        let xp = y.p0 - 2;
        if let Some(xi) = covered(cands, xp).filter(|&ci| cands[ci].p1 == xp) {
            pass.link(cands, xi, yi);
        } else if let Some(town) = pass.unknown_town(cands, yi, xp) {
            added.push(town);
        }
    }
    for c in cands.iter_mut() {
        // abbreviations like "Ga." only count after "Town, "
        let comma = c.evidence & ev::COMMA != 0;
        c.senses
            .retain(|s| s.form & form::AFTER_COMMA == 0 || comma);
    }
    if !added.is_empty() {
        cands.extend(added);
        sort_keeping_anchors(cands);
    }
    cands.retain(|c| !c.senses.is_empty() || c.unknown.is_some());
}

impl Commas<'_> {
    /// May candidate `y` be the region of a town before it?
    fn region_like(&self, y: &Cand) -> bool {
        y.senses.iter().any(|s| {
            let e = &self.g.entries[s.entry as usize];
            matches!(e.kind, Kind::Admin1 | Kind::Admin2 | Kind::Country)
                || s.form & form::AFTER_COMMA != 0
        })
    }

    /// The known town `xi` lies in the region `yi`.
    fn link(&self, cands: &mut [Cand], xi: usize, yi: usize) {
        let g = self.g;
        cands[xi].evidence |= ev::COMMA;
        cands[xi].anchor = Some(yi);
        let y = &mut cands[yi];
        y.evidence |= ev::COMMA;
        // "Spokane, Washington": the second is the region, not the city of that name
        let has_admin = y.senses.iter().any(|s| {
            matches!(
                g.entries[s.entry as usize].kind,
                Kind::Admin1 | Kind::Admin2
            )
        });
        let has_country = y
            .senses
            .iter()
            .any(|s| g.entries[s.entry as usize].kind == Kind::Country);
        if has_admin && !has_country && y.hint.is_none() {
            y.hint = Some(Kind::Admin1);
        }
    }

    /// An unknown town ending at piece `xp` before the region `yi`: only "Town, State" /
    /// "Town, Country" / "Town, Ga." make a town of an unknown name.
    fn unknown_town(&self, cands: &[Cand], yi: usize, xp: usize) -> Option<Cand> {
        let (text, ps) = (self.text, self.ps);
        let s = cap_run_back(text, self.lx, ps, xp)?;
        let y = &cands[yi];
        let region = best_static(self.g, y)
            .is_some_and(|e| matches!(e.kind, Kind::Admin1 | Kind::Admin2 | Kind::Country))
            || y.senses.iter().any(|s| s.form & form::AFTER_COMMA != 0);
        let acronym = ps[s..=xp].iter().any(|p| {
            let w = p.text(text);
            w.chars().filter(|c| c.is_uppercase()).count() >= 2
                && !w.chars().any(char::is_lowercase)
        });
        let free = (s..=xp).all(|p| covered(cands, p).is_none())
            && plausible_name(text, self.lx, ps, s, xp);
        if !(region && !acronym && free && ps[xp].kind == PieceKind::Word) {
            return None;
        }
        let mut c = Cand::new(text, ps, s, xp, Rule::ContextComma);
        let name = text[c.start..c.end].to_string();
        c.evidence |= ev::CONTEXT | ev::COMMA;
        c.anchor = Some(yi);
        c.unknown = Some((name, Kind::City));
        Some(c)
    }
}

/// Sorts the candidates by position; anchors are indices, so they are remapped.
fn sort_keeping_anchors(cands: &mut Vec<Cand>) {
    let mut order: Vec<usize> = (0..cands.len()).collect();
    order.sort_by_key(|&i| cands[i].start);
    let mut remap = vec![0; cands.len()];
    for (new, &old) in order.iter().enumerate() {
        remap[old] = new;
    }
    let mut sorted: Vec<Cand> = order.iter().map(|&i| cands[i].clone()).collect();
    for c in sorted.iter_mut() {
        c.anchor = c.anchor.map(|a| remap[a]);
    }
    *cands = sorted;
}
