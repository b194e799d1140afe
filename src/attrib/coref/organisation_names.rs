//! Step 4 of [`super::Resolver::name_of`]: a proper name of an organisation or an outlet
//! ("Roscosmos", "CBS DFW", "The Belarusian Foreign Ministry", "independent local news
//! site Raqqa 24", "the Tuva government"). Its kind comes from a known outlet's name, an
//! outlet's name word ("Herald", "TV"), the head noun or the description before the name.
//! A name right after an unnamed description of the same sort names it (bridging).
//!
//! In: a [`Phrase`] with a capitalised (or numbered) head and a proper word. Out: the
//! entity, or `None` when the phrase has no proper name.

use super::entity::Entity;
use super::lexicon::{LEXICON, OrgWord};
use super::phrase::Phrase;
use super::resolver::Resolver;
use super::words::{is_title, kind_of_class, noun};
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
        let ent = Entity::new(name, kind, false);
        if kind != SourceKind::Media {
            if let Some(e) = self.bridge(p.unit, &ent) {
                return Some(e);
            }
        }
        Some(self.new_entity(ent))
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
