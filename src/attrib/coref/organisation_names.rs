//! Step 4 of [`super::Resolver::name_of`]: a proper name of an organisation or an outlet
//! ("Roscosmos", "CBS DFW", "The Belarusian Foreign Ministry", "independent local news
//! site Raqqa 24", "the Tuva government"). Its kind comes from a known outlet's name, an
//! outlet's name word ("Herald", "TV"), the head noun or the description before the name.
//! A name right after an unnamed description of the same sort names it (bridging). An
//! acronym ("the PCG", "EACC") is the organisation named in full before whose initials it
//! spells ("Philippine Coast Guard", "Ethics and Anti-Corruption Commission").
//!
//! In: a [`Phrase`] with a capitalised (or numbered) head and a proper word. Out: the
//! entity, or `None` when the phrase has no proper name.

use super::entity::Entity;
use super::lexicon::{LEXICON, OrgWord};
use super::phrase::Phrase;
use super::resolver::Resolver;
use super::words::{is_title, kind_of_class, noun};
use crate::attrib::ctx::Ctx;
use crate::attrib::lexicon::{COUNTRIES, MEDIA, NounClass, wc};
use crate::report::SourceKind;
use crate::text::TokenKind;

impl Resolver<'_, '_> {
    pub fn organisation_name(&mut self, p: &Phrase) -> Option<usize> {
        let c = self.c;
        let (a, core_end) = (p.start, p.core_end);
        let numbered = |k: usize| c.toks[k].kind == TokenKind::Number;
        let has_proper = (a..core_end).any(|k| {
            c.is_cap(k) && !COUNTRIES.by_demonym.contains_key(c.lw(k)) && !c.is(k, wc::TIME)
                || numbered(k) && k > a && c.is_cap(k - 1)
        }) && !(a..core_end).all(|k| c.is_cap(k) && is_title(c, k).is_some());
        if !has_proper || !(c.is_cap(p.head) || numbered(p.head)) {
            return None;
        }
        // the proper part: from the first capital after any lower-case description
        let mut proper = a;
        while proper < core_end && !c.is_cap(proper) {
            proper += 1;
        }
        let desc_class = (a..proper).rev().find_map(|k| noun(c, k)).map(|n| n.class);
        let name = self.text(proper..core_end).to_string();
        let kind = self.org_name_kind(p, proper, &name, desc_class);
        let name = name.trim_start_matches("The ").to_string();
        if let Some(&e) = self.by_key.get(&name.to_lowercase()) {
            return Some(e);
        }
        if core_end - proper == 1 {
            if let Some(e) = self.acronym_org(proper, &name, kind) {
                return Some(e);
            }
        }
        let ent = Entity::new(name, kind, false);
        if kind != SourceKind::Media {
            if let Some(e) = self.bridge(p.unit, &ent) {
                return Some(e);
            }
        }
        Some(self.new_entity(ent))
    }

    /// "the PCG said" after "the Philippine Coast Guard": an acronym of 2 to 6 capitals is
    /// the nearest run of capitalised words before it whose initials spell it (the words
    /// of a hyphenated name each give one: "Anti-Corruption"; "of", "for", "and", "&" and
    /// "the" none). Known by its full name, the acronym an alias.
    fn acronym_org(&mut self, k: usize, acr: &str, kind: SourceKind) -> Option<usize> {
        let c = self.c;
        let letters = acr.chars().count();
        if !(2..=6).contains(&letters) || !acr.chars().all(|ch| ch.is_ascii_uppercase()) {
            return None;
        }
        let full = acronym_expansion(c, k, acr)?;
        let key = full.to_lowercase();
        let e = match self.by_key.get(&key) {
            Some(&e) => e,
            None => {
                let kind = if kind == SourceKind::Media {
                    kind
                } else {
                    SourceKind::Organisation
                };
                let ent = Entity::new(full, kind, false);
                self.new_entity(ent)
            }
        };
        self.entities[e].aliases.push(acr.to_lowercase());
        self.by_key.insert(acr.to_lowercase(), e);
        Some(e)
    }

    /// An outlet (a known one, or by a name word or a noun), else the kind of the head noun
    /// or of the description before the name, else an organisation.
    fn org_name_kind(
        &self,
        p: &Phrase,
        proper: usize,
        name: &str,
        desc_class: Option<NounClass>,
    ) -> SourceKind {
        let c = self.c;
        let low = name.to_lowercase();
        let media = MEDIA.contains(&low)
            || MEDIA.contains(low.trim_start_matches("the "))
            || desc_class == Some(NounClass::Media)
            || p.head_noun.is_some_and(|n| n.class == NounClass::Media)
            || (proper..p.core_end).any(|k| LEXICON.org_word(c.lw(k), OrgWord::OutletName));
        if media {
            SourceKind::Media
        } else if let Some(n) = p.head_noun {
            kind_of_class(n.class)
        } else if let Some(class) = desc_class {
            kind_of_class(class)
        } else {
            SourceKind::Organisation
        }
    }
}

/// The full name before token `k` that the acronym `acr` abbreviates: the nearest run of
/// capitalised words (with lower-case joiners inside) whose initials spell it.
fn acronym_expansion(c: &Ctx, k: usize, acr: &str) -> Option<String> {
    let want: Vec<char> = acr.chars().collect();
    let mut b = k;
    while b > 0 {
        b -= 1;
        if !c.is_cap(b) {
            continue;
        }
        // `b` ends a run of capitals: walk back over it and the joiners inside it
        let mut a = b;
        loop {
            let mut j = a;
            while j > 0 && joiner(c.lw(j - 1)) && !c.is_cap(j - 1) {
                j -= 1;
            }
            if j > 0 && c.is_cap(j - 1) && b - j < 12 {
                a = j - 1;
            } else {
                break;
            }
        }
        // every part of the run from a capital to its end is a candidate
        for s in a..=b {
            if !c.is_cap(s) || joiner(c.lw(s)) {
                continue;
            }
            let initials: Vec<char> = (s..=b).flat_map(|m| word_initials(c.raw(m))).collect();
            if initials == want && (s..=b).any(|m| c.raw(m).chars().count() > 1) {
                return Some(c.text[c.toks[s].start..c.toks[b].end].to_string());
            }
        }
        b = a;
    }
    None
}

/// "of", "for", "and", "&", "the", "on": a word inside an organisation's name that gives
/// no initial.
fn joiner(w: &str) -> bool {
    matches!(w, "of" | "for" | "and" | "&" | "the" | "on")
}

/// The initials a word gives to an acronym: one per capitalised part of a hyphenated word
/// ("Anti-Corruption" → A, C), none for a joiner or punctuation.
fn word_initials(raw: &str) -> Vec<char> {
    if joiner(&raw.to_lowercase()) {
        return Vec::new();
    }
    raw.split('-')
        .filter_map(|part| part.chars().next())
        .filter(|ch| ch.is_uppercase())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn initials_of_hyphenated_words_and_joiners() {
        assert_eq!(word_initials("Anti-Corruption"), vec!['A', 'C']);
        assert_eq!(word_initials("of"), Vec::<char>::new());
        assert_eq!(word_initials("Guard"), vec!['G']);
    }
}
