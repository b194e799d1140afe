//! Speakers: who each source span refers to, and the list of distinct sources.
//!
//! Named people are collected from the whole article with their titles ("US President
//! Donald Trump", "the child, Michael Webb,"), so that "Mr Obama", "Webb", "the president"
//! and "he" resolve to a full name. Descriptions ("an official source at the ministry") are
//! entities of their own; "the source" resolves to the last one with the same head noun.
//! Countries speak for their governments ("Syria said" → "Syrian government"). A
//! description followed at once by a proper name of the same sort is taken to be that name
//! ("the Russian space agency said …. Roscosmos said …"). All look-ups are hash maps or
//! scans of a bounded window.
//!
//! In: the context, the attribution structures (in text order) and the places. Out:
//! [`Resolved`], the speaker entity of each attribution.
//!
//! The stages:
//! - [`lexicon`]: the word lists of coreference (`data/coref_*.tsv`); [`words`]: what a
//!   token is (a title, an organisation word, a name particle);
//! - [`people`] collects the named people ([`names`]), with their sex ([`genders`]);
//!   [`orgs`] the named organisations;
//! - [`resolver`]: the state while walking the attributions, and how entities are made;
//! - [`source`]: one attribution's source → an entity, through the steps listed there:
//!   [`phrase`] takes a noun phrase apart; [`countries`], [`proper_names`],
//!   [`organisation_names`], [`descriptions`], [`possessives`], [`corefer`] (with
//!   [`pair_and_age`] and [`org_antecedents`]) and [`pronouns`] each resolve one sort of
//!   source;
//! - [`display`]: the name a speaker is shown by; [`entity`]: the types produced.
//!
//! A new coreference rule goes into the file of the sort of source it resolves; a new
//! step of [`source`] gets a file of its own and a line in [`Resolver::name_of`]'s chain.

mod corefer;
mod countries;
mod descriptions;
mod display;
mod entity;
mod genders;
pub mod lexicon;
mod names;
mod org_antecedents;
mod organisation_names;
mod orgs;
mod pair_and_age;
mod people;
mod phrase;
mod possessives;
mod pronouns;
mod proper_names;
mod resolver;
mod source;
mod words;

pub use display::display_name;
pub use entity::{Entity, Gender, Resolved};

use super::ctx::Ctx;
use super::structure::Found;
use crate::report::Place;
use resolver::Resolver;

/// Resolves every attribution's speaker.
pub fn resolve(c: &Ctx, found: &[Found], places: &[Place]) -> Resolved {
    let mut resolver = Resolver::new(c, places);
    let speaker = found.iter().map(|f| resolver.attribution(f)).collect();
    Resolved {
        speaker,
        entities: resolver.entities,
    }
}
