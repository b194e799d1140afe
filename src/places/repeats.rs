//! Names found from context recur without their context ("the Al-Meshlab neighborhood" ...
//! "in Meshlab", "Pinggu District" ... "Pinggu"): find them again.
//!
//! In: the candidates after suppression. Out: the repeats appended (they have no anchors,
//! so the anchors of the others stay valid).

use super::candidate::{Cand, covered, ev};
use super::gazetteer::{Kind, key};
use super::lexicon::LEXICON;
use super::pieces::{Piece, PieceKind, starts_upper};
use super::runs::{MAX_CONTEXT_WORDS, adjective_like, is_article};
use crate::rules::Rule;
use rustc_hash::FxHashMap as HashMap;

/// Every key a name found from context may recur as -> its name and kind.
fn recurring_names(cands: &[Cand]) -> HashMap<String, (String, Kind)> {
    let mut names: HashMap<String, (String, Kind)> = HashMap::default();
    for c in cands.iter().filter(|c| c.reject.is_none()) {
        let Some((name, kind)) = &c.unknown else {
            continue;
        };
        names.insert(key(name), (name.clone(), *kind));
        // "Pinggu District" recurs as "Pinggu"
        if let Some((bare, last)) = name.rsplit_once(' ') {
            let admin_like = matches!(
                kind,
                Kind::Admin1 | Kind::Admin2 | Kind::City | Kind::Neighbourhood
            );
            // ("French Quarter" does not make every "French" a place)
            if LEXICON.type_word(last).is_some()
                && starts_upper(last)
                && admin_like
                && !adjective_like(&LEXICON, bare)
            {
                names.insert(key(bare), (name.clone(), *kind));
            }
        }
        // without a leading Arabic article ("Al Zuhour" -> "Zuhour")
        let k = key(name);
        if let Some((first, rest)) = k.split_once(' ') {
            if is_article(&first.to_lowercase()) && rest.len() > 3 {
                names.insert(rest.to_string(), (name.clone(), *kind));
            }
        }
    }
    names
}

/// The repeats of the names found from context, appended to `cands`.
pub fn repeats(text: &str, ps: &[Piece], cands: &mut Vec<Cand>) {
    let names = recurring_names(cands);
    if names.is_empty() {
        return;
    }
    let mut added = Vec::new();
    let mut i = 0;
    while i < ps.len() {
        let p = ps[i];
        if p.kind != PieceKind::Word || !starts_upper(p.text(text)) || covered(cands, i).is_some() {
            i += 1;
            continue;
        }
        let mut hit = None;
        for j in (i..(i + 2 * MAX_CONTEXT_WORDS).min(ps.len())).rev() {
            if ps[j].sent != p.sent || !ps[j].is_word() {
                continue;
            }
            if let Some(v) = names.get(&key(&text[p.start..ps[j].end])) {
                hit = Some((j, v.clone()));
                break;
            }
        }
        let Some((j, (name, kind))) = hit else {
            i += 1;
            continue;
        };
        if (i..=j).all(|x| {
            covered(cands, x).is_none()
                && (ps[x].kind != PieceKind::Punct || ps[x].text(text) == "-")
        }) {
            let mut c = Cand::new(text, ps, i, j, Rule::ContextRepeat);
            c.evidence |= ev::REPEAT;
            c.unknown = Some((name, kind));
            added.push(c);
        }
        i = j + 1;
    }
    cands.extend(added);
}
