//! Organisations and other longer names a place name is part of: "University of Texas" and
//! "Bank of England" ("WORD of X"), "Washington Post", "Paris Hilton", "Manchester City",
//! "France 24" (a capitalised word or a short number after), "the U.S. Attorney's Office"
//! (an institution's word after), "St. Patrick's Day" (a possessive before an eponym),
//! "U.S. dollars" (a currency).
//!
//! In: a candidate under judgement. Out: [`Reject::Organisation`],
//! [`Reject::InsideName`], [`Reject::Currency`] or nothing.

use super::Judge;
use crate::places::candidate::Reject;
use crate::places::gazetteer::Kind;
use crate::places::lexicon::{Class, Lexicon};
use crate::places::pieces::{Piece, PieceKind, adjacent, hyphen_between, starts_upper};
use crate::places::resolve::cues::state_after;

/// "University of Texas", "Bank of America" as one gazetteer name.
pub fn organisation_of(judge: &Judge) -> Option<Reject> {
    let (text, ps, c) = (judge.pass.text, judge.pass.ps, judge.c);
    (judge.standing.multiword && judge.pass.lx.is(ps[c.p0].text(text), Class::OrgOf))
        .then_some(Reject::Organisation)
}

/// "Washington Post", "Paris Hilton", "Real Madrid", "Raqqa 24": the name runs on into an
/// organisation's or a person's (not in a headline line or a dateline in capitals).
pub fn name_continues(judge: &Judge) -> Option<Reject> {
    let (pass, site, c) = (judge.pass, &judge.site, judge.c);
    let (text, lx) = (pass.text, pass.lx);
    // a dateline in capitals ("SAN ANTONIO The Latest ..."): what follows is the story
    let caps_dateline =
        c.caps && (pass.paragraph_starts.binary_search(&c.start).is_ok() || site.prev_w == "(");
    if !site.next_adj || site.title_line || caps_dateline || state_named(judge) {
        return None;
    }
    let next = site.next?;
    let next_w = site.next_w;
    let post = lx.is(next_w, Class::Post)
        || text[next.end..].starts_with('.') && lx.is(&format!("{next_w}."), Class::Post);
    // a capitalised "City"/"State" after a name makes a club or a university ("Manchester
    // City", "Ohio State"): names that include it matched whole
    let us_or_city = c.senses.iter().any(|s| {
        let e = &pass.g.entries[s.entry as usize];
        e.kind.is_city() || e.kind == Kind::Admin1 && e.country == "US"
    });
    let type_ok = lx
        .type_word(next_w)
        .is_some_and(|(_, f)| f.name || f.org && !us_or_city);
    // "France 24": a media name (years and counts are longer)
    let media_number = next.kind == PieceKind::Num && next_w.len() <= 3 && c.unknown.is_none();
    let name_word = next.kind == PieceKind::Word
        && starts_upper(next_w)
        && !post
        && !type_ok
        && !judge.regional.starts.contains(&(c.p1 + 1));
    (name_word || media_number).then_some(Reject::InsideName)
}

/// "New York State": a state that shares its name with a big city of its country, with a
/// capitalised "State" and no name running on ("New York State Police").
fn state_named(judge: &Judge) -> bool {
    let (pass, c) = (judge.pass, judge.c);
    let entries = || c.senses.iter().map(|s| &pass.g.entries[s.entry as usize]);
    state_after(pass.text, pass.ps, c.p1)
        && entries().any(|a| {
            a.kind == Kind::Admin1
                && entries().any(|t| t.kind.is_city() && t.country == a.country && t.pop >= 20)
        })
}

/// "the U.S. Attorney's Office", "Saugerties Police Department": a name ending in an
/// institution's word is an organisation's.
pub fn institution_follows(judge: &Judge) -> Option<Reject> {
    let pass = judge.pass;
    (!judge.site.title_line && org_follows(pass.text, pass.lx, pass.ps, judge.c.p1))
        .then_some(Reject::Organisation)
}

/// Do capitalised words right after piece `p1` (at most three, possessives allowed) end
/// with an institution's word ("Attorney's Office", "Police Department", "Basin
/// Authority")?
fn org_follows(text: &str, lx: &Lexicon, ps: &[Piece], p1: usize) -> bool {
    let mut prev_end = ps[p1].end;
    for k in p1 + 1..(p1 + 4).min(ps.len()) {
        let p = ps[k];
        let gap = &text[prev_end..p.start];
        // ("Alexandria's Circuit Court" is the place's court; "Attorney's Office" a name)
        let gap = if k > p1 + 1 {
            gap.strip_prefix("'s")
                .or_else(|| gap.strip_prefix("’s"))
                .unwrap_or(gap)
        } else {
            gap
        };
        let dash = k == p1 + 1 && (gap == "–" || hyphen_between(text, prev_end, p.start));
        if p.sent != ps[p1].sent
            || p.kind != PieceKind::Word
            || !(dash || !gap.is_empty() && gap.chars().all(|c| c == ' '))
            || !starts_upper(p.text(text))
        {
            return false;
        }
        // (road words are no institutions: "Old Lexington Highway")
        if lx.is(p.text(text), Class::Institution) && lx.type_word(p.text(text)).is_none() {
            return true;
        }
        prev_end = p.end;
    }
    false
}

/// "St. Patrick's Day", "Hope's Wings": a possessive before an institution's noun or an
/// eponym's.
pub fn possessive_institution(judge: &Judge) -> Option<Reject> {
    let (text, lx, c) = (judge.pass.text, judge.pass.lx, judge.c);
    if judge.standing.prominent || !text[c.end..].starts_with(['\'', '’']) {
        return None;
    }
    let next = judge.site.next.filter(|p| p.kind == PieceKind::Word)?;
    let next_w = judge.site.next_w;
    ((lx.is(next_w, Class::OrgOf) || lx.is(next_w, Class::Eponym))
        && adjacent(
            text,
            c.end + text[c.end..].find(' ').unwrap_or(0),
            next.start,
        ))
    .then_some(Reject::Organisation)
}

/// "1.26 U.S. dollars", "U.S.$".
pub fn currency(judge: &Judge) -> Option<Reject> {
    let (text, site, c) = (judge.pass.text, &judge.site, judge.c);
    (site.next_adj && judge.pass.lx.is(site.next_w, Class::Currency)
        || text[c.end..].starts_with('$'))
    .then_some(Reject::Currency)
}

/// An organisation before: "University of Texas", "Bank of England".
pub fn organisation_before_of(judge: &Judge) -> Option<Reject> {
    let (text, ps, c) = (judge.pass.text, judge.pass.ps, judge.c);
    if c.p0 < 2 || judge.site.prev_w != "of" {
        return None;
    }
    let before = ps[c.p0 - 2].text(text);
    (judge.pass.lx.is(before, Class::OrgOf) || judge.pass.lx.is(before, Class::OrgOfOnly))
        .then_some(Reject::Organisation)
}
