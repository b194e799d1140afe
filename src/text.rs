//! Segmentation shared by every extractor: paragraphs, sentences and word tokens, all as
//! UTF-8 byte ranges into the original text (nothing is copied or normalised here).

use std::ops::Range;
use std::sync::LazyLock;

/// Abbreviations after which a period does not end a sentence (lower-case, without the
/// final period). Data: `data/en/abbreviations.txt`.
static ABBREVIATIONS: LazyLock<rustc_hash::FxHashSet<&'static str>> =
    LazyLock::new(|| crate::data::loaded(load_abbreviations()));

/// Reads `data/en/abbreviations.txt` (one word per line, its final period optional).
pub fn load_abbreviations() -> Result<rustc_hash::FxHashSet<&'static str>, crate::data::DataError> {
    Ok(
        crate::data::words(crate::data_file!("en/abbreviations.txt"))?
            .into_iter()
            .map(|l| l.trim_end_matches('.'))
            .collect(),
    )
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokenKind {
    /// Letters, digits and inner apostrophes/hyphens/periods ("U.S.", "don't", "Al-Meshlab").
    Word,
    /// Digits with optional inner separators ("2017", "3.5", "10,000").
    Number,
    /// Any other single non-space character (punctuation, symbols, emoji).
    Punct,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token {
    pub start: usize,
    pub end: usize,
    pub kind: TokenKind,
}

impl Token {
    pub fn range(&self) -> Range<usize> {
        self.start..self.end
    }
    pub fn text<'a>(&self, text: &'a str) -> &'a str {
        &text[self.start..self.end]
    }
}

/// A segmented document. Sentences never cross paragraph boundaries.
pub struct Document<'a> {
    pub text: &'a str,
    pub paragraphs: Vec<Range<usize>>,
    pub sentences: Vec<Range<usize>>,
    pub tokens: Vec<Token>,
}

impl<'a> Document<'a> {
    pub fn new(text: &'a str) -> Self {
        let tokens = tokenize(text);
        let paragraphs = paragraphs(text);
        let mut sentences = Vec::new();
        for p in &paragraphs {
            for line in lines_in(text, p.clone()) {
                sentences.extend(split_sentences(text, line));
            }
        }
        Document {
            text,
            paragraphs,
            sentences,
            tokens,
        }
    }

    /// Index of the sentence containing byte `pos` (or the last one before it).
    pub fn sentence_at(&self, pos: usize) -> Option<usize> {
        match self.sentences.binary_search_by(|s| {
            if s.end <= pos {
                std::cmp::Ordering::Less
            } else if s.start > pos {
                std::cmp::Ordering::Greater
            } else {
                std::cmp::Ordering::Equal
            }
        }) {
            Ok(i) => Some(i),
            Err(0) => None,
            Err(i) => Some(i - 1),
        }
    }

    /// Index of the paragraph containing byte `pos` (or the last one before it).
    pub fn paragraph_at(&self, pos: usize) -> Option<usize> {
        let i = self.paragraphs.partition_point(|p| p.start <= pos);
        i.checked_sub(1)
    }

    /// The tokens inside `range`.
    pub fn tokens_in(&self, range: Range<usize>) -> &[Token] {
        let a = self.tokens.partition_point(|t| t.start < range.start);
        let b = self.tokens.partition_point(|t| t.start < range.end);
        let b = b.max(a);
        // drop a last token that runs past the range
        let b = if b > a && self.tokens[b - 1].end > range.end {
            b - 1
        } else {
            b
        };
        &self.tokens[a..b]
    }

    /// Number of word and number tokens.
    pub fn word_count(&self) -> usize {
        self.tokens
            .iter()
            .filter(|t| t.kind != TokenKind::Punct)
            .count()
    }
}

/// Paragraphs: runs of text separated by blank lines (a line of only whitespace).
/// Leading/trailing whitespace is trimmed from each paragraph.
pub fn paragraphs(text: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    let mut last_non_blank_end = 0;
    let mut pos = 0;
    for line in text.split_inclusive('\n') {
        let line_start = pos;
        pos += line.len();
        if line.trim().is_empty() {
            if let Some(s) = start.take() {
                out.push(s..last_non_blank_end);
            }
            continue;
        }
        let lead = line.len() - line.trim_start().len();
        if start.is_none() {
            start = Some(line_start + lead);
        }
        last_non_blank_end = line_start + line.trim_end().len();
    }
    if let Some(s) = start {
        out.push(s..last_non_blank_end);
    }
    out
}

/// Non-blank lines of a range, trimmed.
fn lines_in(text: &str, range: Range<usize>) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut pos = range.start;
    for line in text[range.clone()].split_inclusive('\n') {
        let s = pos + (line.len() - line.trim_start().len());
        let e = pos + line.trim_end().len();
        if e > s {
            out.push(s..e);
        }
        pos += line.len();
    }
    out
}

fn is_closing(c: char) -> bool {
    matches!(
        c,
        '"' | '\'' | '’' | '”' | '“' | '»' | ')' | ']' | '›' | '」' | '』'
    )
}

fn is_terminal(c: char) -> bool {
    matches!(c, '.' | '!' | '?' | '…' | '。' | '！' | '？')
}

/// Splits one line into sentences at terminal punctuation followed by space and a
/// sentence-initial character, skipping abbreviations, initials and decimal numbers.
pub fn split_sentences(text: &str, range: Range<usize>) -> Vec<Range<usize>> {
    let line = &text[range.clone()];
    let mut out = Vec::new();
    let mut start = 0;
    // byte offsets into `line`, always at char boundaries
    let mut i = 0;
    while let Some(found) = line[i..].find(is_terminal) {
        let bi = i + found;
        let c = line[bi..].chars().next().unwrap_or('.');
        // run of terminals and closers: ?!" .”)
        let j = bi
            + c.len_utf8()
            + prefix_len(&line[bi + c.len_utf8()..], |d| {
                is_terminal(d) || is_closing(d)
            });
        // must be followed by whitespace and then a plausible sentence start
        let k = j + prefix_len(&line[j..], char::is_whitespace);
        let Some(next) = line[k..].chars().next().filter(|_| k > j) else {
            i = j;
            continue;
        };
        let next_ok = next.is_uppercase()
            || next.is_numeric()
            || matches!(
                next,
                '"' | '“' | '„' | '‘' | '\'' | '«' | '(' | '[' | '—' | '-'
            )
            || !next.is_alphabetic() && !next.is_ascii_punctuation();
        if !next_ok {
            i = j;
            continue;
        }
        if c == '.' && is_abbreviation_before(line, bi) {
            i = j;
            continue;
        }
        out.push(range.start + start..range.start + j);
        start = k;
        i = k;
    }
    if start < line.len() {
        let s = range.start + start;
        let e = range.start + line.trim_end().len();
        if e > s {
            out.push(s..e);
        }
    }
    out
}

/// The length in bytes of the longest prefix of `s` whose chars all satisfy `keep`.
fn prefix_len(s: &str, keep: impl Fn(char) -> bool) -> usize {
    s.find(|c: char| !keep(c)).unwrap_or(s.len())
}

/// Is the period at byte `dot` of `line` the end of an abbreviation or an initial?
fn is_abbreviation_before(line: &str, dot: usize) -> bool {
    let before = &line[..dot];
    let word_start = before
        .rfind(|c: char| c.is_whitespace() || matches!(c, '(' | '"' | '“' | '\'' | '‘'))
        .map_or(0, |i| {
            i + before[i..].chars().next().map_or(1, |c| c.len_utf8())
        });
    let word = &before[word_start..];
    if word.is_empty() {
        return false;
    }
    // single letters and dotted initialisms: "J.", "U.S", "a.m"
    let letters = word.chars().filter(|c| c.is_alphabetic()).count();
    if letters == 1
        && word.chars().all(|c| c.is_alphabetic())
        && word.chars().all(char::is_uppercase)
    {
        return true;
    }
    if word.contains('.') && word.split('.').all(|p| p.chars().count() <= 2) {
        return true;
    }
    with_lowercase(word, |w| ABBREVIATIONS.contains(w))
}

/// `f` of `word` lower-cased: on the stack when the word is short ASCII (no `String` per
/// word on hot paths), else through `str::to_lowercase`.
pub fn with_lowercase<R>(word: &str, f: impl FnOnce(&str) -> R) -> R {
    let mut buf = [0u8; 32];
    if word.is_ascii() && word.len() <= buf.len() {
        let lower = &mut buf[..word.len()];
        lower.copy_from_slice(word.as_bytes());
        lower.make_ascii_lowercase();
        if let Ok(lower) = std::str::from_utf8(lower) {
            return f(lower);
        }
    }
    f(&word.to_lowercase())
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || is_mark(c)
}

/// Combining marks and joiners stay inside the word they modify.
fn is_mark(c: char) -> bool {
    matches!(c as u32,
        0x0300..=0x036F | 0x0483..=0x0489 | 0x0591..=0x05BD | 0x05BF | 0x05C1..=0x05C2
        | 0x05C4..=0x05C5 | 0x05C7 | 0x0610..=0x061A | 0x064B..=0x065F | 0x0670
        | 0x06D6..=0x06DC | 0x06DF..=0x06E4 | 0x06E7..=0x06E8 | 0x06EA..=0x06ED
        | 0x0900..=0x0903 | 0x093A..=0x094F | 0x1AB0..=0x1AFF | 0x1DC0..=0x1DFF
        | 0x200C..=0x200D | 0x20D0..=0x20FF | 0xFE00..=0xFE0F | 0xFE20..=0xFE2F)
}

/// Word, number and punctuation tokens with byte offsets.
/// Inner `'`, `’`, `-`, `.` (between letters, as in "U.S.") and `,`/`.` between digits stay
/// inside a token; a trailing period stays on a dotted initialism ("U.S.").
pub fn tokenize(text: &str) -> Vec<Token> {
    let mut out = Vec::with_capacity(text.len() / 5);
    let mut it = text.char_indices().peekable();
    while let Some((i, c)) = it.next() {
        if c.is_whitespace() {
            continue;
        }
        if !is_word_char(c) {
            // a doubled apostrophe or backtick is one mark: the '' … '' (and `` … '')
            // quotation marks of some newspaper archives
            let mut end = i + c.len_utf8();
            if matches!(c, '\'' | '`') && it.peek().is_some_and(|&(_, d)| d == c) {
                it.next();
                end += 1;
            }
            out.push(Token {
                start: i,
                end,
                kind: TokenKind::Punct,
            });
            continue;
        }
        let mut end = i + c.len_utf8();
        let mut prev = c;
        while let Some(&(j, d)) = it.peek() {
            if is_word_char(d) {
                end = j + d.len_utf8();
                prev = d;
                it.next();
                continue;
            }
            // inner joiners: look one past
            let joiner = matches!(d, '\'' | '’' | '-' | '.' | ',' | '‐' | '‑');
            if !joiner {
                break;
            }
            let after = text[j + d.len_utf8()..].chars().next();
            let keep = match (d, after) {
                (_, None) => false,
                ('.' | ',', Some(a)) if prev.is_ascii_digit() => a.is_ascii_digit(),
                (',', _) => false,
                ('.', Some(a)) => {
                    a.is_alphabetic() && a.is_uppercase() && prev.is_uppercase() && {
                        // dotted initialism "U.S." : single letters between dots
                        let seg = &text[i..j];
                        seg.rsplit('.')
                            .next()
                            .is_some_and(|s| s.chars().count() == 1)
                    }
                }
                (_, Some(a)) => is_word_char(a),
            };
            if !keep {
                break;
            }
            it.next();
            end = j + d.len_utf8();
            prev = d;
        }
        // trailing period of a dotted initialism: "U.S." / "U.S.A."
        let word = &text[i..end];
        if word.contains('.')
            && word.chars().any(char::is_alphabetic)
            && text[end..].starts_with('.')
            && word.split('.').all(|p| p.chars().count() == 1)
        {
            it.next();
            end += 1;
        }
        let kind = if text[i..end]
            .chars()
            .all(|c| c.is_ascii_digit() || c == ',' || c == '.')
        {
            TokenKind::Number
        } else {
            TokenKind::Word
        };
        out.push(Token {
            start: i,
            end,
            kind,
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<&str> {
        tokenize(text).iter().map(|t| t.text(text)).collect()
    }

    fn sents(text: &str) -> Vec<&str> {
        Document::new(text)
            .sentences
            .iter()
            .map(|r| &text[r.clone()])
            .collect()
    }

    #[test]
    fn tokens_keep_initialisms_contractions_numbers() {
        assert_eq!(
            words("The U.S. didn't pay $3.5 billion, Al-Meshlab said."),
            vec![
                "The",
                "U.S.",
                "didn't",
                "pay",
                "$",
                "3.5",
                "billion",
                ",",
                "Al-Meshlab",
                "said",
                "."
            ]
        );
        assert_eq!(words("10,000 people"), vec!["10,000", "people"]);
        assert_eq!(words("e\u{301}te\u{301}"), vec!["e\u{301}te\u{301}"]);
        assert_eq!(words("U.S.A. –"), vec!["U.S.A.", "–"]);
    }

    #[test]
    fn a_doubled_apostrophe_is_one_mark() {
        assert_eq!(
            words("''Yes,'' he said"),
            vec!["''", "Yes", ",", "''", "he", "said"]
        );
        assert_eq!(
            words("``No'' 'n' x"),
            vec!["``", "No", "''", "'", "n", "'", "x"]
        );
    }

    #[test]
    fn sentences_skip_abbreviations() {
        assert_eq!(
            sents(
                "Mr. Obama said it. He left on Oct. 26 at 10 a.m. on Friday. Then the U.S. Army came."
            ),
            vec![
                "Mr. Obama said it.",
                "He left on Oct. 26 at 10 a.m. on Friday.",
                "Then the U.S. Army came."
            ]
        );
        assert_eq!(
            sents("\"We got her!\" officers said. It ended."),
            vec!["\"We got her!\" officers said.", "It ended."]
        );
    }

    #[test]
    fn paragraphs_and_headline_lines() {
        let t = "Headline here\n\nFirst para. Second sentence.\n\n  Last  \n";
        let d = Document::new(t);
        let p: Vec<&str> = d.paragraphs.iter().map(|r| &t[r.clone()]).collect();
        assert_eq!(
            p,
            vec!["Headline here", "First para. Second sentence.", "Last"]
        );
        assert_eq!(d.sentences.len(), 4);
        assert_eq!(d.sentence_at(t.find("Second").unwrap()), Some(2));
        assert_eq!(d.paragraph_at(t.find("Last").unwrap()), Some(2));
    }
}
