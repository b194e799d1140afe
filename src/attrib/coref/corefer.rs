//! Step 8 of [`super::Resolver::name_of`]: a description that takes up an earlier entity.
//! The rules, in order:
//! - the same words as an earlier description or alias ("activists" … "activists");
//! - "the 34-year-old", "the two" ([`super::pair_and_age`]);
//! - "the source", "the president": the last speaker with that head or title (a named
//!   organisation mentioned since is nearer);
//! - "the insider": the last unnamed source;
//! - "the company": the organisation that spoke last, or a recent sentence's organisation
//!   subject;
//! - "the agency", "the newspaper": a named organisation of that sort ([`super::org_antecedents`]);
//! - "the mother-of-three": the person of the story;
//! - "the president": a named person with that title, spoken or not.
//!
//! In: a [`Phrase`], definite or without a possessor. Out: the entity taken up, or `None`
//! (a new description).

use super::genders::title_gender;
use super::lexicon::{LEXICON, OrgWord, PhraseWord};
use super::names::nearest_before;
use super::phrase::Phrase;
use super::resolver::{Resolver, WINDOW_UNITS};
use super::words::org_class;
use crate::attrib::lexicon::{NOUNS, NounClass};
use crate::report::SourceKind;

impl Resolver<'_, '_> {
    /// "the source", "the president", "the agency", "officials": an earlier entity.
    pub fn corefer(&mut self, p: &Phrase) -> Option<usize> {
        if !p.definite && p.possessor.is_some() {
            return None;
        }
        let c = self.c;
        let (a, b, unit) = (p.start, p.end, p.unit);
        if let Some(e) = self.same_words(a, b, unit) {
            return Some(e);
        }
        if !p.definite {
            return None;
        }
        if b - a == 1 {
            if let Some(age) = c.lw(a).strip_suffix("-year-old") {
                return self.year_old(age, a, unit);
            }
            if LEXICON.phrase_word(c.lw(a), PhraseWord::Pair) {
                return self.pair(a, unit);
            }
        }
        let head = p.head_lemma()?;
        let core_len = b - a;
        // "the agency", "the newspaper", "the energy company": a named organisation of that
        // sort mentioned before, spoken or not
        let named_org = NOUNS
            .get(head)
            .is_some_and(|n| org_class(n) || n.class == NounClass::Document)
            .then(|| self.org_antecedent(a, b, head, unit))
            .flatten();
        if let Some(e) = self.same_head(head, core_len, named_org, unit) {
            return Some(e);
        }
        if let Some(e) = self.last_anonymous(head, unit) {
            return Some(e);
        }
        if core_len == 1 && LEXICON.org_word(head, OrgWord::LastOrg) {
            if let Some(e) = self.last_organisation(unit) {
                return Some(e);
            }
        }
        if let Some((_, k)) = named_org {
            return Some(self.org_entity(k));
        }
        if let Some(e) = self.role_epithet(head, unit) {
            return Some(e);
        }
        self.titled_person(a, head, core_len)
    }

    /// The same words as an earlier description or alias.
    fn same_words(&self, a: usize, b: usize, unit: usize) -> Option<usize> {
        let text = self.text(a..b).to_lowercase();
        self.recent(unit, WINDOW_UNITS)
            .map(|&(_, e)| e)
            .find(|&e| self.entities[e].aliases.contains(&text))
    }

    /// "the source" → the last entity whose head is "source"; "the president" → the last
    /// speaker titled president. A named organisation mentioned after that speaker's
    /// sentence is nearer.
    fn same_head(
        &mut self,
        head: &'static str,
        core_len: usize,
        named_org: Option<(usize, usize)>,
        unit: usize,
    ) -> Option<usize> {
        let outlet = LEXICON.org_word(head, OrgWord::Outlet);
        let (u, e) = self.recent(unit, WINDOW_UNITS).copied().find(|&(_, e)| {
            let ent = &self.entities[e];
            let head_match = ent.head == Some(head)
                || ent.titles.contains(head)
                || outlet && ent.kind == SourceKind::Media && !ent.described
                || ent.aliases.iter().any(|al| {
                    al.split_whitespace()
                        .any(|w| w == head || NOUNS.get(w).is_some_and(|n| n.lemma == head))
                });
            head_match && (core_len <= 3 || ent.described)
        })?;
        if let Some((pos, k)) = named_org {
            if pos >= self.c.units[u].toks.end {
                return Some(self.org_entity(k));
            }
        }
        Some(e)
    }

    /// "the insider", "the source": the last unnamed source.
    fn last_anonymous(&self, head: &str, unit: usize) -> Option<usize> {
        let anon = NOUNS
            .get(head)
            .is_some_and(|n| n.class == NounClass::Anon && !n.plural);
        if !anon {
            return None;
        }
        self.recent(unit, WINDOW_UNITS).map(|&(_, e)| e).find(|&e| {
            let ent = &self.entities[e];
            let anon_head = ent
                .head
                .and_then(|h| NOUNS.get(h))
                .is_some_and(|n| n.class == NounClass::Anon);
            anon_head && !ent.plural
        })
    }

    /// "the company", "the firm", "the group": the subject of a recent sentence that names
    /// an organisation, when it comes after the last organisation that spoke ("Andina
    /// Cobre, which …, has been looking to expand …. The company reported …"); else the last
    /// organisation that spoke, or a bare name taken for a person ("Brandt Metall said"),
    /// which "the company" shows to be one.
    fn last_organisation(&mut self, unit: usize) -> Option<usize> {
        let last_spoke = self
            .history
            .iter()
            .rev()
            .find(|&&(_, e)| self.entities[e].kind == SourceKind::Organisation)
            .map(|&(u, _)| u);
        for u in (unit.saturating_sub(3)..unit).rev() {
            if last_spoke.is_some_and(|l| l >= u) {
                break;
            }
            if let Some(e) = self.org_subject(u) {
                return Some(e);
            }
        }
        let recent: Vec<usize> = self.recent(unit, WINDOW_UNITS).map(|&(_, e)| e).collect();
        for e in recent {
            let ent = &self.entities[e];
            if ent.kind == SourceKind::Organisation && !ent.described && !ent.plural {
                return Some(e);
            }
            if self.weak_person(e) {
                let ent = &mut self.entities[e];
                ent.kind = SourceKind::Organisation;
                ent.person = None;
                return Some(e);
            }
        }
        None
    }

    /// An epithet for the person of the story: "the mother-of-three", "the pensioner".
    fn role_epithet(&self, head: &str, unit: usize) -> Option<usize> {
        let role = NOUNS
            .get(head)
            .is_some_and(|n| n.class == NounClass::Role && !n.plural);
        if !role {
            return None;
        }
        let want = title_gender(head);
        self.recent(unit, 6).map(|&(_, e)| e).find(|&e| {
            let ent = &self.entities[e];
            ent.person.is_some()
                && want.is_none_or(|g| ent.gender.is_none_or(|h| h == g))
                && (ent.titles.is_empty() || ent.titles.contains(head) || want.is_some())
        })
    }

    /// A named person with that title mentioned before (not yet a speaker).
    fn titled_person(&mut self, a: usize, head: &str, core_len: usize) -> Option<usize> {
        let person = nearest_before(&self.names.mentions, a + 40, 300)
            .find(|(_, p)| self.names.persons[*p].titles.contains(head))
            .map(|(_, p)| *p)?;
        (core_len <= 3).then(|| self.person_entity(person))
    }
}
