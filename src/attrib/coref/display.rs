//! The name a speaker is shown by: a described entity's description without a leading
//! article ("the ministry's spokesman" → "ministry's spokesman").
//!
//! In: an entity (or a described name). Out: the name to show.

use super::entity::Entity;
use super::lexicon::{LEXICON, PhraseWord};

/// The speaker's name of a described entity for display: the description without a
/// leading article.
pub fn display_name(e: &Entity) -> String {
    strip_det(&e.name)
}

/// `name` without a leading article or quantifier of `data/en/coref_words.tsv`
/// (`display-drop`).
pub fn strip_det(name: &str) -> String {
    let lower = name.to_lowercase();
    match lower.split_once(' ') {
        Some((first, _)) if LEXICON.phrase_word(first, PhraseWord::DisplayDrop) => {
            name[first.len() + 1..].to_string()
        }
        _ => name.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn drops_only_a_leading_article() {
        assert_eq!(
            strip_det("the ministry's spokesman"),
            "ministry's spokesman"
        );
        assert_eq!(strip_det("An official source"), "official source");
        assert_eq!(strip_det("Many residents"), "residents");
        assert_eq!(strip_det("theatre staff"), "theatre staff");
        assert_eq!(strip_det("the"), "the");
    }
}
