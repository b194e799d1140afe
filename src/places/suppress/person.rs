//! Person names: a place name after a title or given name ("Mr Jordan", "Michael Jordan"),
//! at the end of a longer name ("Stephen Paris", "Evans-Howell"), after "told", after a
//! title or initial with a full stop ("Gen. Jordan", "Roy A. Nelson"), after a person noun
//! ("coach Ripley"), before a speech verb, ", who" or an age ("Clark said", "Evans, 26,").
//!
//! In: a candidate under judgement. Out: [`Reject::Person`] / [`Reject::InsideNameEnd`] or
//! nothing.

use super::Judge;
use crate::places::candidate::{Reject, covered};
use crate::places::gazetteer::Kind;
use crate::places::lexicon::Class;
use crate::places::pieces::{
    PieceKind, hyphen_between, sentence_start_piece, starts_lower, starts_upper,
};
use crate::places::runs::{demonym_like, is_article};

/// "Mr Jordan", "Michael Jordan", "Real Madrid", "Stephen Paris": a capitalised word right
/// before that is no modifier, function word, demonym or place (a place inside a title,
/// "Deputy Texas Governor", stays).
pub fn name_before(judge: &Judge) -> Option<Reject> {
    let (lx, site, c) = (judge.pass.lx, &judge.site, judge.c);
    let prev_w = site.prev_w;
    let in_title = site.next_adj && lx.is(site.next_w, Class::Title);
    if !(site.prev_adj
        && site.prev.is_some_and(|p| p.kind == PieceKind::Word)
        && starts_upper(prev_w)
        && !in_title)
    {
        return None;
    }
    if lx.is(prev_w, Class::Title) || lx.is(prev_w, Class::Given) {
        return Some(Reject::Person);
    }
    if !lx.is(prev_w, Class::Pre)
        && !lx.is(prev_w, Class::Func)
        && !demonym_like(prev_w)
        && lx.origin(prev_w).is_none()
        && !judge.regional.ends.contains(&(c.p0 - 1))
        && !site.title_line
    {
        // at a sentence start a participle may precede a place ("Leaving Moscow, ...")
        let participle = prev_w.len() >= 7 && (prev_w.ends_with("ing") || prev_w.ends_with("ed"));
        if !sentence_start_piece(judge.pass.text, judge.pass.ps, c.p0 - 1) || !participle {
            return Some(Reject::InsideNameEnd);
        }
    }
    None
}

/// "Rhiannon Evans-Howell", "Hauwa Lawal-Bello": the second part of a double name (not a
/// party and hometown: "Sen. Tom Jensen, R-London"; not a country).
pub fn double_name(judge: &Judge) -> Option<Reject> {
    let (text, ps, c) = (judge.pass.text, judge.pass.ps, judge.c);
    if c.p0 < 1 {
        return None;
    }
    let before = ps[c.p0 - 1];
    let w = before.text(text);
    let country = c
        .senses
        .iter()
        .any(|s| judge.pass.g.entries[s.entry as usize].kind == Kind::Country);
    (hyphen_between(text, before.end, c.start)
        && before.kind == PieceKind::Word
        && starts_upper(w)
        && !is_article(w)
        && w.chars().any(char::is_lowercase)
        && covered(judge.cands, c.p0 - 1).is_none()
        && !country)
        .then_some(Reject::InsideNameEnd)
}

/// "told Meridian": the one told is a person or a news outlet.
pub fn told(judge: &Judge) -> Option<Reject> {
    (!judge.standing.prominent_name
        && matches!(judge.site.prev_w, "told" | "tells" | "telling" | "tell"))
    .then_some(Reject::Person)
}

/// "Mr. Jordan", "Gen. Jordan", "Roy A. Nelson".
pub fn title_or_initial(judge: &Judge) -> Option<Reject> {
    let (text, ps, c) = (judge.pass.text, judge.pass.ps, judge.c);
    let full_stop = judge
        .site
        .prev
        .is_some_and(|p| p.kind == PieceKind::Punct && p.text(text) == ".");
    if !full_stop || c.p0 < 2 {
        return None;
    }
    let t = ps[c.p0 - 2].text(text);
    let initial = t.chars().count() == 1 && starts_upper(t);
    (judge.pass.lx.is(&format!("{t}."), Class::Title) || initial && !judge.standing.prominent)
        .then_some(Reject::Person)
}

/// "coach Ripley", "Superintendent Lorraine Bailey" (the given name is caught before).
pub fn person_noun(judge: &Judge) -> Option<Reject> {
    let site = &judge.site;
    (site.prev_adj
        && judge
            .pass
            .lx
            .is(&site.prev_w.to_lowercase(), Class::PersonNoun)
        && starts_lower(site.prev_w)
        && judge.standing.best_kind != Some(Kind::Country))
    .then_some(Reject::Person)
}

/// "Clark said", "Barry, who", "Evans, 26,": a person unless a well-known place (a
/// well-known place may "say" by metonymy: "Moscow said").
pub fn speech_after(judge: &Judge) -> Option<Reject> {
    let (text, ps, c) = (judge.pass.text, judge.pass.ps, judge.c);
    if judge.standing.prominent || c.unknown.is_some() || judge.standing.multiword {
        return None;
    }
    let after: Vec<&str> = ps[c.p1 + 1..(c.p1 + 4).min(ps.len())]
        .iter()
        .take_while(|p| p.sent == judge.site.sent)
        .map(|p| p.text(text))
        .collect();
    let person = match after.as_slice() {
        [v, ..] if judge.pass.lx.is(v, Class::Speech) => true,
        [",", "who", ..] => true,
        [",", n, ",", ..] => n.len() <= 2 && n.chars().all(|c| c.is_ascii_digit()),
        _ => false,
    };
    person.then_some(Reject::Person)
}
