//! Descriptions that name no one (steps 5 and 10 of [`super::Resolver::name_of`]): a
//! headline's bare title ("Vice premier calls for …") is the person of the story with that
//! title; any other description becomes an entity of its own ("an official source at the
//! ministry", "Smithers's lawyer" → "John Smithers's lawyer", "his spokesman" →
//! "spokesman for Tom Hale"). It is anonymous unless it is one identifiable body ("the
//! national disaster agency") or a document whose author is named ("a 2019 study by the
//! Rhine Freight Institute"). A document by a named organisation is shown by its author
//! ("a report last month by the Citizens Budget Council" → "Citizens Budget
//! Council"), and an unnamed document taken up by a description that names its author
//! takes that name ("an inquiry report …. The 260-page report by the Review Panel said").
//!
//! In: a [`Phrase`]. Out: the entity.

use super::entity::Entity;
use super::genders::title_gender;
use super::lexicon::{LEXICON, OrgWord, PhraseWord};
use super::phrase::Phrase;
use super::resolver::Resolver;
use super::words::noun;
use crate::attrib::lexicon::{COUNTRIES, NounClass, wc};
use crate::report::SourceKind;

impl Resolver<'_, '_> {
    /// Step 5: a headline's bare title → the person of the story titled so.
    pub fn headline_title(&mut self, p: &Phrase) -> Option<usize> {
        if p.definite || p.possessor.is_some() || !self.c.in_headline(p.start) {
            return None;
        }
        let n = p
            .noun
            .filter(|n| matches!(n.class, NounClass::Official | NounClass::Role))?;
        let person = (0..self.names.persons.len())
            .find(|&k| self.names.persons[k].titles.contains(n.lemma))?;
        Some(self.person_entity(person))
    }

    /// Step 10: a new described entity.
    pub fn described(&mut self, p: &Phrase) -> usize {
        let class = p.noun.map(|n| n.class);
        let plural = p.noun.is_some_and(|n| n.plural);
        let name = self.described_name(p);
        let kind = match class {
            Some(NounClass::Document) => SourceKind::Document,
            Some(NounClass::Media) => SourceKind::Media,
            Some(NounClass::Institution) => SourceKind::Official,
            Some(NounClass::Organisation) => SourceKind::Organisation,
            _ => SourceKind::Anonymous,
        };
        let author = self.document_author(p);
        let anonymous = !(self.one_body(p) || self.authored(p) || author.is_some());
        if !p.definite && p.possessor.is_none() && plural {
            // "activists said … activists said": the same group
            if let Some(&e) = self.by_key.get(&name.to_lowercase()) {
                return e;
            }
        }
        let mut ent = Entity::new(author.unwrap_or(name), kind, anonymous);
        ent.plural = plural;
        ent.head = p.head_lemma();
        ent.described = true;
        ent.gender = p.head_lemma().and_then(title_gender);
        let id = self.new_entity(ent);
        let body = matches!(
            class,
            Some(NounClass::Institution | NounClass::Organisation)
        );
        if body && p.definite {
            self.pending = Some((id, p.unit));
        }
        id
    }

    /// A document taken up by a description that names its organisation author ("The
    /// report by the Review Panel" after "an inquiry report") takes the author's name.
    pub fn name_document(&mut self, e: usize, p: &Phrase) {
        let ent = &self.entities[e];
        if ent.kind != SourceKind::Document || !ent.described || ent.plural {
            return;
        }
        if let Some(name) = self.document_author(p) {
            if name != ent.name {
                let ent = &mut self.entities[e];
                let old = std::mem::replace(&mut ent.name, name);
                ent.anonymous = false;
                ent.aliases.push(old.to_lowercase());
                let key = ent.name.to_lowercase();
                self.by_key.entry(key).or_insert(e);
            }
        }
    }

    /// "a 2023 survey by the engineering consultancy Gulfstone Partners" → "Gulfstone
    /// Partners": a document noun, then "by"/"from" (not after "seen", "commissioned",
    /// … of `not-author`), up to two lower-case words ("the engineering consultancy",
    /// "researchers at"), and a run of capitalised words that is not a person's name and is
    /// not followed by a word it modifies ("Purdue University engineer Hyun-woo Park"); the
    /// author is the rest of the phrase from that run ("the Institute of Maritime Economics
    /// at the University of Lagos"): the document speaks for it.
    fn document_author(&self, p: &Phrase) -> Option<String> {
        let c = self.c;
        let (a, b) = (p.start, p.end);
        let d = (a..b).find(|&k| noun(c, k).is_some_and(|n| n.class == NounClass::Document))?;
        let by = (d + 1..b).find(|&k| matches!(c.lw(k), "by" | "from"))?;
        if LEXICON.phrase_word(c.lw(by - 1), PhraseWord::NotAuthor)
            || (d + 1..by).any(|k| c.is(k, wc::PREP) || c.is_comma(k))
        {
            return None;
        }
        let mut n = by + 1;
        if matches!(c.lw(n), "the" | "a" | "an") {
            n += 1;
        }
        let mut skipped = 0;
        while n < b && !c.is_cap(n) && skipped < 2 {
            if !c.is_word(n) || matches!(c.lw(n), "and" | "or") {
                return None;
            }
            n += 1;
            skipped += 1;
        }
        if n >= b || !c.is_cap(n) || c.is(n, wc::TIME) {
            return None;
        }
        let mut r = n;
        while r < b
            && (c.is_cap(r)
                || LEXICON.phrase_word(c.lw(r), PhraseWord::OrgJoiner)
                    && c.is_cap(r + 1)
                    && r + 1 < b)
        {
            r += 1;
        }
        let person = self
            .names
            .mentions
            .binary_search_by_key(&n, |m| m.0)
            .is_ok();
        // the name ends the phrase or a preposition follows ("… Economics at the University
        // of Lagos"), not a noun it modifies ("German federal", "Purdue University engineer")
        let modifies = r < b && c.is_word(r) && !c.is(r, wc::PREP);
        let low = self.text(n..r).to_lowercase();
        let country =
            COUNTRIES.by_name.contains_key(&low) || COUNTRIES.by_demonym.contains_key(&low);
        if person || modifies || country || r - n > 8 {
            return None;
        }
        // up to a place after "in" ("Washington State University in Pullman")
        let end = (r..b).find(|&k| c.lw(k) == "in").unwrap_or(b);
        Some(self.text(n..end).to_string())
    }

    /// The description as written, with its owner named: "Smithers's lawyer" → "John
    /// Smithers's lawyer"; "his spokesman" → "spokesman for Tom Hale", "her son" → "Ann
    /// Birch's son".
    fn described_name(&self, p: &Phrase) -> String {
        let c = self.c;
        let (a, b) = (p.start, p.end);
        let mut name = self.text(a..b).to_string();
        if p.possessor.is_none() && c.is_cap(a) && a + 1 < b {
            let raw = c.raw(a);
            let stem = raw
                .strip_suffix("'s")
                .or_else(|| raw.strip_suffix("\u{2019}s"))
                .map(str::to_lowercase);
            if let Some(person) = stem.and_then(|st| self.names.lookup(&[st], a)) {
                let owner = &self.names.persons[person].full;
                name = format!("{owner}'s {}", self.text(a + 1..b));
            }
        }
        if let Some(po) = p.possessor {
            if let Some(owner) = self.possessor_name(po, p.unit) {
                let role = self.text(a..b);
                let official_role = p.noun.is_some_and(|n| {
                    matches!(n.class, NounClass::Official | NounClass::Institution)
                });
                name = if official_role {
                    format!("{role} for {owner}")
                } else {
                    format!("{owner}'s {role}")
                };
            }
        }
        name
    }

    /// "the Bavarian waterways office", "the national disaster agency", "its parent
    /// company": one identifiable body (not the police, the military or "authorities").
    fn one_body(&self, p: &Phrase) -> bool {
        let c = self.c;
        let class = p.noun.map(|n| n.class);
        let plural = p.noun.is_some_and(|n| n.plural);
        let demonym_mod = (p.start..p.core_end).any(|k| COUNTRIES.by_demonym.contains_key(c.lw(k)));
        matches!(
            class,
            Some(NounClass::Institution | NounClass::Organisation)
        ) && !plural
            && (p.definite || p.possessor.is_some() || demonym_mod)
            && !p
                .head_lemma()
                .is_some_and(|h| LEXICON.org_word(h, OrgWord::NotOneBody))
    }

    /// "a 2019 study by the Rhine Freight Institute", "data compiled by DealScope": a
    /// document whose author is named (not one merely "seen by" or "commissioned by" it).
    fn authored(&self, p: &Phrase) -> bool {
        let c = self.c;
        let (a, b) = (p.start, p.end);
        p.noun.is_some_and(|n| n.class == NounClass::Document)
            && (a + 1..b.saturating_sub(1)).any(|k| {
                matches!(c.lw(k), "by" | "from")
                    && !LEXICON.phrase_word(c.lw(k - 1), PhraseWord::NotAuthor)
                    && {
                        let n = if c.lw(k + 1) == "the" { k + 2 } else { k + 1 };
                        n < b && c.is_cap(n) && !c.is(n, wc::TIME)
                    }
            })
    }
}
