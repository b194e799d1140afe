//! Attributions: who says what. Cues, sources, content, speakers, anonymity, distancing.
//!
//! First version: reporting verbs from `data/cues.tsv` (inflections generated), the noun
//! phrase before the cue (or after it, inverted) as the source, "that"-clauses and the
//! clause before ", X said" as content, pronouns and definite descriptions resolved to the
//! last speaker.

use crate::report::Place;
use crate::report::{Attribution, AttributionKind, Distancing, Source, SourceKind, Span};
use crate::text::{Document, Token, TokenKind};
use std::collections::HashMap;
use std::sync::LazyLock;

pub struct Found {
    pub attributions: Vec<Attribution>,
    pub sources: Vec<Source>,
    pub distancing: Vec<Distancing>,
}

/// Every inflected form of every reporting verb → its lemma.
static CUES: LazyLock<HashMap<String, &'static str>> = LazyLock::new(|| {
    let mut m = HashMap::new();
    for row in crate::data::rows(include_str!("../../data/cues.tsv")) {
        let lemma = row[0];
        let past = row.get(1).copied().filter(|s| !s.is_empty());
        for form in inflections(lemma, past) {
            m.insert(form, lemma);
        }
    }
    m
});

/// lemma, 3rd person -s, past (irregular or regular -ed), -ing.
pub fn inflections(lemma: &str, past: Option<&str>) -> Vec<String> {
    let mut out = vec![lemma.to_string()];
    let third = if lemma.ends_with('s')
        || lemma.ends_with("sh")
        || lemma.ends_with("ch")
        || lemma.ends_with('x')
    {
        format!("{lemma}es")
    } else if let Some(stem) = lemma
        .strip_suffix('y')
        .filter(|s| !s.ends_with(['a', 'e', 'o', 'u']))
    {
        format!("{stem}ies")
    } else {
        format!("{lemma}s")
    };
    out.push(third);
    let stem_ing = if let Some(stem) = lemma.strip_suffix("ie") {
        format!("{stem}y")
    } else if lemma.ends_with('e') && !lemma.ends_with("ee") {
        lemma[..lemma.len() - 1].to_string()
    } else {
        lemma.to_string()
    };
    match past {
        Some(p) => out.extend(p.split(',').map(|s| s.trim().to_string())),
        None => out.push(if lemma.ends_with('e') {
            format!("{lemma}d")
        } else if let Some(stem) = lemma
            .strip_suffix('y')
            .filter(|s| !s.ends_with(['a', 'e', 'o', 'u']))
        {
            format!("{stem}ied")
        } else {
            format!("{lemma}ed")
        }),
    }
    out.push(format!("{stem_ing}ing"));
    out
}

const PRONOUNS: &[&str] = &["he", "she", "they", "it", "i", "we"];
const DETERMINERS: &[&str] = &[
    "the", "a", "an", "this", "that", "his", "her", "their", "its",
];
const ANONYMOUS_HEADS: &[&str] = &[
    "source",
    "sources",
    "official",
    "officials",
    "media",
    "witnesses",
    "activists",
    "residents",
    "people",
];

fn lower(text: &str, t: &Token) -> String {
    t.text(text).to_lowercase()
}

fn is_cap(text: &str, t: &Token) -> bool {
    t.text(text).chars().next().is_some_and(char::is_uppercase)
}

/// Extracts attributions, their sources and distancing markers.
pub fn extract(doc: &Document, _places: &[Place]) -> Found {
    let text = doc.text;
    let mut attributions: Vec<Attribution> = Vec::new();
    for sent in &doc.sentences {
        let toks = doc.tokens_in(sent.clone());
        let mut i = 0;
        while i < toks.len() {
            let t = &toks[i];
            let w = lower(text, t);
            // "according to X, ..." / "..., according to X"
            if w == "according" && toks.get(i + 1).is_some_and(|n| lower(text, n) == "to") {
                let cue = Span::new(text, t.start, toks[i + 1].end);
                let np_end = toks[i + 2..]
                    .iter()
                    .position(|x| x.kind == TokenKind::Punct)
                    .map_or(toks.len(), |p| i + 2 + p);
                let source = (np_end > i + 2)
                    .then(|| Span::new(text, toks[i + 2].start, toks[np_end - 1].end));
                let content = if i > 1 {
                    // clause before ", according to"
                    let end = toks[i - 1].start.max(sent.start);
                    let end = if toks[i - 1].text(text) == "," {
                        end
                    } else {
                        t.start
                    };
                    Some(trimmed(text, sent.start, end))
                } else if np_end < toks.len() {
                    Some(trimmed(text, toks[np_end].end, sent.end))
                } else {
                    None
                };
                attributions.push(make(cue, source, content, "according-to"));
                i = np_end.max(i + 2);
                continue;
            }
            // cues are lower-case verbs ("States" and "Says" in a title are not)
            if t.kind != TokenKind::Word || !CUES.contains_key(&w) || t.text(text) != w {
                i += 1;
                continue;
            }
            let cue = Span::new(text, t.start, t.end);
            // source: the noun phrase right before the cue
            let before = noun_phrase_before(text, toks, i);
            let after = noun_phrase_after(text, toks, i);
            let (source, rule) = match (before, after) {
                (Some(s), _) => (Some(s), "subject-verb"),
                (None, Some(s)) => (Some(s), "verb-subject"),
                (None, None) => {
                    i += 1;
                    continue;
                }
            };
            // content: a "that" clause, or the clause before ", X said"
            let mut j = i + 1;
            if rule == "verb-subject" {
                // skip the source
                while j < toks.len() && source.as_ref().is_some_and(|s| toks[j].start < s.end) {
                    j += 1;
                }
            } else if toks.get(j).is_some_and(|n| {
                let n = lower(text, n);
                n == "sana" || is_cap(text, &toks[j]) && n != "that"
            }) {
                // "told SANA": skip the addressee
                while j < toks.len() && is_cap(text, &toks[j]) {
                    j += 1;
                }
            }
            while j < toks.len()
                && matches!(
                    lower(text, &toks[j]).as_str(),
                    "on" | "monday"
                        | "tuesday"
                        | "wednesday"
                        | "thursday"
                        | "friday"
                        | "saturday"
                        | "sunday"
                        | "yesterday"
                        | "today"
                        | "that"
                        | ","
                )
            {
                j += 1;
            }
            let src_start = source.as_ref().map_or(t.start, |s| s.start.min(t.start));
            let content = if j < toks.len()
                && toks[j].start < sent.end
                && src_start > sent.start + 1
                && text[sent.start..src_start]
                    .trim_end()
                    .ends_with([',', '"', '”', '’'])
            {
                Some(trimmed(text, sent.start, src_start))
            } else if j < toks.len() {
                Some(trimmed(text, toks[j].start, sent.end))
            } else if src_start > sent.start {
                Some(trimmed(text, sent.start, src_start))
            } else {
                None
            };
            attributions.push(make(cue, source, content, rule));
            i += 1;
        }
    }
    let sources = resolve_speakers(text, &mut attributions);
    Found {
        attributions,
        sources,
        distancing: distancing(text),
    }
}

/// `text[start..end]` without surrounding spaces, punctuation and quote marks.
fn trimmed(text: &str, start: usize, end: usize) -> Span {
    let strip = |c: char| {
        c.is_whitespace()
            || matches!(
                c,
                ',' | '.' | '"' | '“' | '”' | '‘' | '’' | '\'' | ':' | ';'
            )
    };
    let s = &text[start..end];
    let lead = s.len() - s.trim_start_matches(strip).len();
    let inner = s.trim_start_matches(strip).trim_end_matches(strip);
    Span::new(text, start + lead, start + lead + inner.len())
}

fn make(cue: Span, source: Option<Span>, content: Option<Span>, rule: &str) -> Attribution {
    let quoted = content
        .as_ref()
        .is_some_and(|c| c.text.contains(['"', '“', '”']));
    Attribution {
        cue,
        source,
        speaker: None,
        source_id: None,
        content,
        kind: if quoted {
            AttributionKind::Mixed
        } else {
            AttributionKind::Indirect
        },
        anonymous: false,
        rule: rule.to_string(),
    }
}

/// The noun phrase ending right before token `i`: a pronoun, or a run of capitalised
/// words / determiners / nouns back to a determiner or capitalised word.
fn noun_phrase_before(text: &str, toks: &[Token], i: usize) -> Option<Span> {
    let mut k = i;
    // skip adverbs like "also", "later"
    while k > 0
        && matches!(
            lower(text, &toks[k - 1]).as_str(),
            "also" | "later" | "further" | "has" | "had" | "have" | "previously"
        )
    {
        k -= 1;
    }
    if k == 0 {
        return None;
    }
    let last = &toks[k - 1];
    if last.kind != TokenKind::Word {
        return None;
    }
    let lw = lower(text, last);
    if PRONOUNS.contains(&lw.as_str()) {
        return Some(Span::new(text, last.start, last.end));
    }
    let mut start = k - 1;
    let limit = (k - 1).saturating_sub(8);
    while start > limit {
        let p = &toks[start - 1];
        if p.kind != TokenKind::Word {
            break;
        }
        let pw = lower(text, p);
        if matches!(pw.as_str(), "that" | "and" | "but" | "which" | "who" | "as") {
            break;
        }
        start -= 1;
        if DETERMINERS.contains(&pw.as_str()) {
            break;
        }
    }
    let first = &toks[start];
    let ok = is_cap(text, first)
        || DETERMINERS.contains(&lower(text, first).as_str())
        || ANONYMOUS_HEADS.contains(&lw.as_str());
    ok.then(|| Span::new(text, first.start, last.end))
}

/// The noun phrase right after token `i` in inverted order ("said the minister").
fn noun_phrase_after(text: &str, toks: &[Token], i: usize) -> Option<Span> {
    let first = toks.get(i + 1)?;
    let fw = lower(text, first);
    if PRONOUNS.contains(&fw.as_str()) && fw != "it" {
        let after = toks.get(i + 2);
        if after.is_none_or(|t| t.kind == TokenKind::Punct) {
            return Some(Span::new(text, first.start, first.end));
        }
        return None;
    }
    if !(DETERMINERS.contains(&fw.as_str()) || is_cap(text, first)) {
        return None;
    }
    let mut end = i + 1;
    while end < toks.len() && toks[end].kind == TokenKind::Word && end < i + 8 {
        end += 1;
    }
    // must end the clause
    if end < toks.len() && toks[end].kind != TokenKind::Punct {
        return None;
    }
    Some(Span::new(text, first.start, toks[end - 1].end))
}

fn head_word(s: &str) -> String {
    s.split_whitespace()
        .last()
        .unwrap_or("")
        .to_lowercase()
        .trim_matches(|c: char| !c.is_alphanumeric())
        .to_string()
}

/// Resolves each source span to a speaker and builds the list of distinct sources.
fn resolve_speakers(_text: &str, atts: &mut [Attribution]) -> Vec<Source> {
    let mut sources: Vec<Source> = Vec::new();
    let mut last: Option<usize> = None;
    for (ai, a) in atts.iter_mut().enumerate() {
        let Some(src) = &a.source else { continue };
        let lw = src.text.to_lowercase();
        let first_word = lw.split_whitespace().next().unwrap_or("");
        let head = head_word(&lw);
        let is_pronoun = PRONOUNS.contains(&lw.as_str());
        let definite = first_word == "the" && lw.split_whitespace().count() <= 3;
        let target = if is_pronoun {
            last
        } else if definite {
            sources
                .iter()
                .rposition(|s| head_word(&s.name) == head || s.name.to_lowercase().contains(&head))
                .or(last)
        } else {
            sources
                .iter()
                .position(|s| s.name.eq_ignore_ascii_case(src.text.trim()))
        };
        let id = match target {
            Some(id) => id,
            None => {
                let name = src
                    .text
                    .trim_start_matches(|c: char| c.is_lowercase() && c.is_alphabetic())
                    .trim()
                    .to_string();
                let name = strip_article(&src.text).unwrap_or(name);
                let anonymous = ANONYMOUS_HEADS.contains(&head.as_str())
                    && !src.text.split_whitespace().skip(1).any(|w| {
                        w.chars().next().is_some_and(char::is_uppercase)
                            && w.len() > 3
                            && !matches!(w, "Ministry" | "Foreign")
                    });
                let anonymous = anonymous || is_pronoun;
                sources.push(Source {
                    id: sources.len(),
                    name,
                    kind: if anonymous {
                        SourceKind::Anonymous
                    } else if head == "media" {
                        SourceKind::Media
                    } else {
                        SourceKind::Person
                    },
                    anonymous,
                    mentions: Vec::new(),
                    attributions: Vec::new(),
                    chars: 0,
                    share: 0.0,
                });
                sources.len() - 1
            }
        };
        let s = &mut sources[id];
        if !s.mentions.contains(src) {
            s.mentions.push(src.clone());
        }
        s.attributions.push(ai);
        a.speaker = Some(s.name.clone());
        a.source_id = Some(id);
        a.anonymous = s.anonymous;
        last = Some(id);
    }
    sources
}

fn strip_article(s: &str) -> Option<String> {
    let l = s.to_lowercase();
    for a in ["a ", "an ", "the "] {
        if l.starts_with(a) {
            return Some(s[a.len()..].trim().to_string());
        }
    }
    None
}

/// "so-called", "alleged(ly)" and short unattributed quoted phrases.
fn distancing(text: &str) -> Vec<Distancing> {
    use crate::report::DistancingKind;
    let mut out = Vec::new();
    for (word, kind) in [
        ("so-called", DistancingKind::SoCalled),
        ("allegedly", DistancingKind::Alleged),
        ("alleged", DistancingKind::Alleged),
    ] {
        let lower = text.to_lowercase();
        if lower.len() != text.len() {
            break; // offsets would not line up; the full engine handles this
        }
        let mut from = 0;
        while let Some(p) = lower[from..].find(word) {
            let s = from + p;
            let e = s + word.len();
            from = e;
            let before_ok = text[..s]
                .chars()
                .next_back()
                .is_none_or(|c| !c.is_alphanumeric());
            let after_ok = text[e..]
                .chars()
                .next()
                .is_none_or(|c| !c.is_alphanumeric());
            if before_ok && after_ok {
                out.push(Distancing {
                    span: Span::new(text, s, e),
                    kind,
                    rule: "lexicon".to_string(),
                });
            }
        }
    }
    out.sort_by_key(|d| d.span.start);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn inflections_are_generated() {
        assert_eq!(
            inflections("say", Some("said")),
            vec!["say", "says", "said", "saying"]
        );
        assert_eq!(
            inflections("deny", None),
            vec!["deny", "denies", "denied", "denying"]
        );
        assert_eq!(
            inflections("stress", None),
            vec!["stress", "stresses", "stressed", "stressing"]
        );
        assert_eq!(
            inflections("note", None),
            vec!["note", "notes", "noted", "noting"]
        );
    }

    #[test]
    fn subject_cue_and_coreference() {
        let text = "Rain fell in the north, an official source told SANA on Sunday.\n\nThe source said that the roads were closed.";
        let doc = Document::new(text);
        let f = extract(&doc, &[]);
        assert_eq!(f.attributions.len(), 2);
        assert_eq!(f.attributions[0].cue.text, "told");
        assert_eq!(
            f.attributions[0].source.as_ref().unwrap().text,
            "an official source"
        );
        assert_eq!(
            f.attributions[0].content.as_ref().unwrap().text,
            "Rain fell in the north"
        );
        assert_eq!(
            f.attributions[1].speaker.as_deref(),
            Some("official source")
        );
        assert_eq!(
            f.attributions[1].content.as_ref().unwrap().text,
            "the roads were closed"
        );
        assert_eq!(f.sources.len(), 1);
        assert!(f.sources[0].anonymous);
    }
}
