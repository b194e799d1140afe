//! Per-document features for the attribution engine: lower-cased tokens and their word
//! classes, quotations (paired marks, multi-paragraph quotes), attribution units (sentences
//! joined where a quotation runs across them), the headline, datelines and bylines.
//! Everything is computed in one or two linear passes.

use super::lexicon::{self, CUES, NOUNS, VERBS, WORDS, wc};
use crate::text::{Document, Token, TokenKind};
use std::ops::Range;

pub const NONE: u32 = u32::MAX;

/// A quotation: the marks and the quoted text between them.
#[derive(Debug, Clone)]
pub struct Quote {
    /// token of the opening mark (`NONE` for a quote whose opening mark is missing)
    pub open: u32,
    /// token of the closing mark (`NONE` when the quote runs to the end of its paragraph)
    pub close: u32,
    /// byte range of the quoted words (without marks)
    pub inner: Range<usize>,
    /// first and one-past-last token of the quoted words
    pub toks: Range<usize>,
    pub double: bool,
    pub para: usize,
    /// number of word tokens inside
    pub words: usize,
    /// the quote continues in the next paragraph (opening mark without closing one, and the
    /// next paragraph opens a quote): index of that next quote
    pub next: Option<usize>,
    /// this quote continues one from the previous paragraph
    pub prev: Option<usize>,
}

/// A unit of analysis: one sentence, or several joined by a quotation that spans them.
#[derive(Debug, Clone)]
pub struct Unit {
    pub toks: Range<usize>,
    pub bytes: Range<usize>,
    pub para: usize,
    /// first token after a dateline ("MOSCOW (AP) —") at the start of the unit
    pub start: usize,
}

pub struct Ctx<'a> {
    pub text: &'a str,
    pub toks: &'a [Token],
    lowbuf: String,
    low: Vec<(u32, u32)>,
    pub class: Vec<u32>,
    pub cap: Vec<bool>,
    /// index of the quote whose words contain the token, or `NONE`
    pub in_quote: Vec<u32>,
    pub quotes: Vec<Quote>,
    pub units: Vec<Unit>,
    pub paragraphs: Vec<Range<usize>>,
    /// token ranges of the paragraphs
    pub para_toks: Vec<Range<usize>>,
    /// paragraph 0 is a headline (one line, no final period)
    pub headline: bool,
    /// the headline is in Title Case
    pub title_case: bool,
    /// bylines: (paragraph index, author name)
    pub bylines: Vec<(usize, String)>,
    pub unit_of_tok: Vec<u32>,
}

pub fn is_quote_char(c: char) -> bool {
    matches!(
        c,
        '"' | '“' | '”' | '„' | '«' | '»' | '‘' | '’' | '\'' | '‹' | '›' | '「' | '」' | '‟'
    )
}

fn is_dash(s: &str) -> bool {
    matches!(s, "—" | "–" | "-" | "―" | "‒")
}

impl<'a> Ctx<'a> {
    pub fn new(doc: &'a Document<'a>) -> Ctx<'a> {
        let text = doc.text;
        let toks = &doc.tokens[..];
        let n = toks.len();
        let mut lowbuf = String::with_capacity(text.len());
        let mut low = Vec::with_capacity(n);
        let mut class = Vec::with_capacity(n);
        let mut cap = Vec::with_capacity(n);
        let (words, verbs, nouns, cues) = (&*WORDS, &*VERBS, &*NOUNS, &CUES.by_first);
        for t in toks {
            let s = t.text(text);
            let a = lowbuf.len() as u32;
            if s.is_ascii() {
                lowbuf.push_str(s);
                lowbuf[a as usize..].make_ascii_lowercase();
            } else {
                for c in s.chars() {
                    if c == '’' {
                        lowbuf.push('\'');
                    } else {
                        lowbuf.extend(c.to_lowercase());
                    }
                }
            }
            let b = lowbuf.len() as u32;
            low.push((a, b));
            let lw = &lowbuf[a as usize..b as usize];
            let mut c = 0;
            if t.kind == TokenKind::Word {
                c = words.get(lw).copied().unwrap_or(0);
                if lw.ends_with("n't") {
                    c |= wc::NEG | wc::AUX;
                }
                let noun = nouns.contains_key(lw);
                let regular_past = lw.len() > 4
                    && lw.ends_with("ed")
                    && !lw.ends_with("eed")
                    && lw.chars().all(|ch| ch.is_alphabetic() || ch == '-')
                    && !noun;
                if regular_past || verbs.contains(lw) {
                    c |= wc::VERB;
                }
                if noun {
                    c |= wc::NOUN;
                }
                if lw.len() > 4 && lw.ends_with("ly") && c & wc::LYNOUN == 0 {
                    c |= wc::LYADV;
                }
                if cues.contains_key(lw) {
                    c |= wc::CUEFORM;
                }
            }
            // an acronym is a name, whatever word it spells ("WHO", "US", "IT")
            if s.chars().filter(|ch| ch.is_alphabetic()).count() >= 2
                && s.chars().all(|ch| !ch.is_alphabetic() || ch.is_uppercase())
            {
                c &= wc::CUEFORM | wc::VERB | wc::NOUN;
                c |= wc::ACRONYM;
            }
            class.push(c);
            cap.push(s.chars().next().is_some_and(char::is_uppercase));
        }
        let paragraphs = doc.paragraphs.clone();
        let para_toks: Vec<Range<usize>> = paragraphs
            .iter()
            .map(|p| {
                let a = toks.partition_point(|t| t.start < p.start);
                let b = toks.partition_point(|t| t.start < p.end);
                a..b
            })
            .collect();
        let mut ctx = Ctx {
            text,
            toks,
            lowbuf,
            low,
            class,
            cap,
            in_quote: vec![NONE; n],
            quotes: Vec::new(),
            units: Vec::new(),
            paragraphs,
            para_toks,
            headline: false,
            title_case: false,
            bylines: Vec::new(),
            unit_of_tok: vec![NONE; n],
        };
        ctx.find_quotes();
        ctx.build_units(doc);
        ctx.find_headline_and_bylines();
        ctx
    }

    /// The lower-cased text of token `i` (’ is folded to '); "" past the end.
    pub fn lw(&self, i: usize) -> &str {
        match self.low.get(i) {
            Some(&(a, b)) => &self.lowbuf[a as usize..b as usize],
            None => "",
        }
    }

    /// The text of token `i`; "" past the end.
    pub fn raw(&self, i: usize) -> &'a str {
        self.toks.get(i).map_or("", |t| t.text(self.text))
    }

    pub fn is(&self, i: usize, class: u32) -> bool {
        self.class.get(i).is_some_and(|c| c & class != 0)
    }

    pub fn is_word(&self, i: usize) -> bool {
        self.toks.get(i).is_some_and(|t| t.kind != TokenKind::Punct)
    }

    pub fn is_punct(&self, i: usize, s: &str) -> bool {
        self.toks
            .get(i)
            .is_some_and(|t| t.kind == TokenKind::Punct && t.text(self.text) == s)
    }

    pub fn is_comma(&self, i: usize) -> bool {
        self.is_punct(i, ",")
    }

    pub fn is_dash(&self, i: usize) -> bool {
        self.toks
            .get(i)
            .is_some_and(|t| t.kind == TokenKind::Punct && is_dash(t.text(self.text)))
    }

    /// A symbol or emoji token (not punctuation that structures a sentence): transparent.
    pub fn is_symbol(&self, i: usize) -> bool {
        self.toks.get(i).is_some_and(|t| {
            t.kind == TokenKind::Punct
                && t.text(self.text).chars().next().is_some_and(|ch| {
                    !ch.is_ascii()
                        && !is_quote_char(ch)
                        && !matches!(
                            ch,
                            '—' | '–'
                                | '―'
                                | '‒'
                                | '…'
                                | '«'
                                | '»'
                                | '¿'
                                | '¡'
                                | '·'
                                | '•'
                                | '。'
                                | '、'
                        )
                })
        })
    }

    /// An opening or closing quotation mark token.
    pub fn is_quote_mark(&self, i: usize) -> bool {
        self.toks.get(i).is_some_and(|t| {
            t.kind == TokenKind::Punct
                && (t.text(self.text).chars().next().is_some_and(is_quote_char)
                    || t.text(self.text) == "``")
        })
    }

    /// Token `i` is the opening mark of a quote: that quote's index.
    pub fn quote_opened_at(&self, i: usize) -> Option<usize> {
        let q = *self.in_quote.get(i + 1)?;
        (q != NONE && self.quotes[q as usize].open == i as u32).then_some(q as usize)
    }

    /// Token `i` is the closing mark of a quote: that quote's index.
    pub fn quote_closed_at(&self, i: usize) -> Option<usize> {
        if i == 0 {
            return None;
        }
        let q = self.in_quote[i - 1];
        (q != NONE && self.quotes[q as usize].close == i as u32).then_some(q as usize)
    }

    /// The quote containing token `i`, if any.
    pub fn quote_of(&self, i: usize) -> Option<usize> {
        let q = *self.in_quote.get(i)?;
        (q != NONE).then_some(q as usize)
    }

    /// Word with a capital first letter.
    pub fn is_cap(&self, i: usize) -> bool {
        self.is_word(i) && self.cap.get(i).copied().unwrap_or(false)
    }

    pub fn para_of(&self, i: usize) -> usize {
        self.para_toks
            .partition_point(|r| r.end <= i)
            .min(self.para_toks.len().saturating_sub(1))
    }

    // ------------------------------------------------------------------ quotes

    fn find_quotes(&mut self) {
        for p in 0..self.para_toks.len() {
            self.quotes_in_paragraph(p);
        }
        self.quotes.sort_by_key(|q| q.toks.start);
        self.link_quote_chains();
        for (k, q) in self.quotes.iter().enumerate() {
            for i in q.toks.clone() {
                // inner quotes (single inside double) keep the outer index
                if self.in_quote[i] == NONE {
                    self.in_quote[i] = k as u32;
                }
            }
        }
    }

    /// The quotations of paragraph `p`: marks paired by their direction (curly marks) or
    /// by the spaces around them (straight marks); a double quote left open runs to the
    /// end of the paragraph.
    fn quotes_in_paragraph(&mut self, p: usize) {
        let text = self.text;
        let r = self.para_toks[p].clone();
        let mut open_d: Option<usize> = None;
        let mut open_s: Option<usize> = None;
        let mut first_double_seen = false;
        for i in r.clone() {
            let t = self.toks[i];
            if t.kind != TokenKind::Punct {
                continue;
            }
            let c = t.text(text).chars().next().unwrap_or(' ');
            // '' and `` (one token each): double marks, paired by the spaces around them
            let doubled = matches!(t.text(text), "''" | "``");
            if !is_quote_char(c) && !doubled {
                continue;
            }
            let before = text[..t.start].chars().next_back();
            let after = text[t.end..].chars().next();
            let space_before = before.is_none_or(|b| {
                b.is_whitespace() || matches!(b, '(' | '[' | '{' | '—' | '–' | '-' | '/' | ':')
            }) || i == r.start;
            let space_after = after.is_none_or(|a| {
                a.is_whitespace() || matches!(a, ',' | '.' | ';' | ':' | '?' | '!' | ')' | ']')
            });
            let double =
                doubled || matches!(c, '"' | '“' | '”' | '„' | '«' | '»' | '‟' | '「' | '」');
            let role = match c {
                '“' | '„' | '«' | '‘' | '‹' | '「' | '‟' | '`' => Role::Open,
                '”' | '»' | '’' | '›' | '」' => Role::Close,
                _ => {
                    if space_before && !space_after {
                        Role::Open
                    } else if !space_before && space_after {
                        Role::Close
                    } else if !space_before && !space_after {
                        // "…said:"X or a"b: guess from the state
                        if double && open_d.is_none() {
                            Role::Open
                        } else {
                            Role::Close
                        }
                    } else if double && open_d.is_some() {
                        Role::Close
                    } else {
                        Role::Open
                    }
                }
            };
            // „ opens and “ closes in German and other languages („so“)
            let role = match open_d {
                Some(o) if c == '“' && self.toks[o].text(text).starts_with('„') => Role::Close,
                _ => role,
            };
            // a ’ glued to a word before it is an apostrophe unless a single quote is open
            if double {
                match role {
                    Role::Open => {
                        // a second opener while one is open: the first was never closed
                        if let (Some(o), '"' | '\'') = (open_d, c) {
                            self.push_quote(o, i, true, p);
                            open_d = None;
                            open_s = None;
                            continue;
                        }
                        open_d = Some(i);
                        open_s = None;
                    }
                    Role::Close => {
                        if let Some(o) = open_d.take() {
                            self.push_quote(o, i, true, p);
                            open_s = None;
                        } else if !first_double_seen
                            && i > r.start
                            && matches!(
                                text[..t.start].chars().next_back(),
                                Some(',' | '.' | '!' | '?' | '…')
                            )
                        {
                            // closing mark with no opening one: the quote began at the
                            // paragraph start ("The supply falls short …," said X)
                            self.push_quote_from(r.start, i, p);
                        }
                    }
                }
                first_double_seen = true;
            } else {
                match role {
                    Role::Open => {
                        let next_word = after.is_some_and(|a| a.is_alphanumeric());
                        if next_word && open_s.is_none() {
                            open_s = Some(i);
                        }
                    }
                    Role::Close => {
                        if let Some(o) = open_s.take() {
                            if i > o + 1 {
                                self.push_quote(o, i, false, p);
                            }
                        }
                    }
                }
            }
        }
        if let Some(o) = open_d {
            // runs to the end of the paragraph (maybe continued in the next one)
            let end = r.end;
            if end > o + 1 {
                self.push_quote_open_ended(o, end, p);
            }
        }
    }

    /// Links multi-paragraph quotes: an open-ended quote followed by a paragraph that opens
    /// a quote at its first token.
    fn link_quote_chains(&mut self) {
        let n = self.quotes.len();
        for q in 0..n {
            if self.quotes[q].close != NONE {
                continue;
            }
            let p = self.quotes[q].para;
            if p + 1 >= self.para_toks.len() {
                continue;
            }
            let first = self.para_toks[p + 1].start;
            if let Some(nq) = (q + 1..n).find(|&k| self.quotes[k].para == p + 1) {
                if self.quotes[nq].open == first as u32 && self.quotes[nq].double {
                    self.quotes[q].next = Some(nq);
                    self.quotes[nq].prev = Some(q);
                }
            }
        }
    }

    fn quote_words(&self, r: Range<usize>) -> usize {
        r.filter(|&i| self.toks[i].kind != TokenKind::Punct).count()
    }

    fn push_quote(&mut self, open: usize, close: usize, double: bool, para: usize) {
        let toks = open + 1..close;
        if toks.is_empty() {
            return;
        }
        let inner = self.toks[open].end..self.toks[close].start;
        let inner = trim_range(self.text, inner);
        let words = self.quote_words(toks.clone());
        self.quotes.push(Quote {
            open: open as u32,
            close: close as u32,
            inner,
            toks,
            double,
            para,
            words,
            next: None,
            prev: None,
        });
    }

    fn push_quote_from(&mut self, first: usize, close: usize, para: usize) {
        let toks = first..close;
        let inner = trim_range(self.text, self.toks[first].start..self.toks[close].start);
        let words = self.quote_words(toks.clone());
        self.quotes.push(Quote {
            open: NONE,
            close: close as u32,
            inner,
            toks,
            double: true,
            para,
            words,
            next: None,
            prev: None,
        });
    }

    fn push_quote_open_ended(&mut self, open: usize, end: usize, para: usize) {
        let toks = open + 1..end;
        let inner = trim_range(self.text, self.toks[open].end..self.toks[end - 1].end);
        let words = self.quote_words(toks.clone());
        self.quotes.push(Quote {
            open: open as u32,
            close: NONE,
            inner,
            toks,
            double: true,
            para,
            words,
            next: None,
            prev: None,
        });
    }

    /// First and last quote of the multi-paragraph chain containing quote `q`.
    pub fn chain(&self, q: usize) -> (usize, usize) {
        let mut a = q;
        let mut guard = 0;
        while let Some(p) = self.quotes[a].prev {
            a = p;
            guard += 1;
            if guard > 1000 {
                break;
            }
        }
        let mut b = q;
        guard = 0;
        while let Some(nx) = self.quotes[b].next {
            b = nx;
            guard += 1;
            if guard > 1000 {
                break;
            }
        }
        (a, b)
    }

    // ------------------------------------------------------------------ units

    fn build_units(&mut self, doc: &Document) {
        let toks = self.toks;
        let mut units: Vec<Unit> = Vec::new();
        let mut qi = 0; // quotes are sorted by start
        let mut reach = 0usize; // the current unit must run up to this token
        let mut ask_quote_end = NONE as usize; // token after a quote closed by "?" or "!"
        for s in &doc.sentences {
            let a = toks.partition_point(|t| t.start < s.start);
            let b = toks.partition_point(|t| t.start < s.end);
            if b <= a {
                continue;
            }
            let para = self.para_of(a);
            // '"… ?" Biden said.': the splitter cut after the quote's "?" or "!"; a short
            // sentence that opens with its cue ("Biden said", "he asked") belongs to it
            let joins_cue = ask_quote_end == a && self.cue_opens(a, b);
            match units.last_mut() {
                Some(u) if u.para == para && (a < reach || joins_cue) => {
                    u.toks.end = b;
                    u.bytes.end = s.end;
                }
                _ => {
                    reach = 0;
                    units.push(Unit {
                        toks: a..b,
                        bytes: s.clone(),
                        para,
                        start: a,
                    });
                }
            }
            // a quote that opens in this sentence and closes later pulls the unit along
            while qi < self.quotes.len() && self.quotes[qi].toks.start < b {
                let q = &self.quotes[qi];
                if q.para == para && q.close != NONE && q.words <= 400 {
                    reach = reach.max(q.close as usize + 1);
                }
                qi += 1;
            }
            ask_quote_end = NONE as usize;
            if b >= a + 3
                && self.in_quote[b - 2] != NONE
                && self.in_quote[b - 1] == NONE
                && matches!(self.raw(b - 2), "?" | "!")
                && self.toks[b - 1].kind != TokenKind::Word
            {
                ask_quote_end = b;
            }
        }
        for (k, u) in units.iter_mut().enumerate() {
            u.start = self.dateline_end(u.toks.clone());
            for i in u.toks.clone() {
                self.unit_of_tok[i] = k as u32;
            }
        }
        self.units = units;
    }

    /// A sentence of at most a dozen tokens whose cue word comes among its first five words
    /// and ends it or is followed by a comma or the speaker ("Biden said.", "asked Mr. Smith,
    /// who …"): the attribution of a quote before it.
    fn cue_opens(&self, a: usize, b: usize) -> bool {
        b - a <= 12
            && (a..(a + 5).min(b)).any(|i| {
                self.is(i, wc::CUEFORM)
                    && !self.cap[i]
                    && (i + 1 >= b
                        || matches!(self.raw(i + 1), "." | "," | "?" | "!")
                        || self.cap[i + 1]
                        || self.is(i + 1, wc::TIME))
            })
    }

    /// After "MOSCOW (AP) —", "BEIJING, Oct. 2 (Xinhua) --", "LONDON, May 3 (Reuters) -":
    /// the first token of the unit proper.
    fn dateline_end(&self, r: Range<usize>) -> usize {
        let a = r.start;
        let limit = (a + 14).min(r.end);
        let first_all_caps = self.is_word(a) && {
            let s = self.raw(a);
            s.chars().filter(|c| c.is_alphabetic()).count() >= 3
                && s.chars().all(|c| !c.is_alphabetic() || c.is_uppercase())
        };
        let mut saw_paren_agency = false;
        let mut i = a;
        while i < limit {
            let s = self.raw(i);
            if self.is_dash(i) || s == ":" {
                // "--" is two tokens
                let mut j = i + 1;
                while j < r.end && self.is_dash(j) {
                    j += 1;
                }
                if (first_all_caps || saw_paren_agency) && i > a && j < r.end {
                    return j;
                }
                return a;
            }
            if s == "(" {
                // (AP), (Reuters), (Xinhua)
                if self.is_cap(i + 1) && self.raw(i + 2) == ")" {
                    saw_paren_agency = true;
                    i += 3;
                    continue;
                }
                return a;
            }
            let ok = self.is_cap(i)
                || self.toks[i].kind == TokenKind::Number
                || matches!(s, "," | "." | "/")
                || self.is(i, wc::TIME);
            if !ok {
                return a;
            }
            i += 1;
        }
        a
    }

    fn find_headline_and_bylines(&mut self) {
        if let Some(p0) = self.paragraphs.first() {
            let s = &self.text[p0.clone()];
            let one_line = !s.contains('\n');
            let ends_period = s.trim_end().ends_with('.');
            self.headline = one_line && !ends_period && self.paragraphs.len() > 1;
            if self.headline {
                let r = self.para_toks[0].clone();
                let words: Vec<usize> = r
                    .filter(|&i| {
                        self.toks[i].kind == TokenKind::Word
                            && !self.is(i, wc::DET | wc::PREP | wc::CONJ)
                    })
                    .collect();
                let caps = words.iter().filter(|&&i| self.cap[i]).count();
                self.title_case = words.len() >= 3 && caps * 10 >= words.len() * 8;
            }
        }
        // "By Jane Doe", "Analysis: Jon Sopel, BBC News, Washington"
        for p in 0..self.para_toks.len() {
            let r = self.para_toks[p].clone();
            if r.len() > 14 || r.is_empty() {
                continue;
            }
            let first = self.lw(r.start);
            let label = matches!(
                first,
                "by" | "analysis" | "comment" | "opinion" | "commentary" | "reporting"
            );
            if !label {
                continue;
            }
            let mut i = r.start + 1;
            if self.raw(i) == ":" || self.lw(i) == "by" {
                i += 1;
            }
            let a = i;
            while i < r.end && self.is_cap(i) && i < a + 4 {
                i += 1;
            }
            if i - a >= 2 && (i == r.end || self.is_comma(i) || self.lw(i) == "and") {
                let name = self.text[self.toks[a].start..self.toks[i - 1].end].to_string();
                self.bylines.push((p, name));
            }
        }
    }

    /// The author of first-person narration at token `i`: the last byline before it.
    pub fn author_at(&self, i: usize) -> Option<&str> {
        let p = self.para_of(i);
        self.bylines
            .iter()
            .rev()
            .find(|(bp, _)| *bp <= p)
            .map(|(_, n)| n.as_str())
    }

    /// Is token `i` in the headline?
    pub fn in_headline(&self, i: usize) -> bool {
        self.headline && self.para_toks.first().is_some_and(|r| r.contains(&i))
    }
}

#[derive(Clone, Copy)]
enum Role {
    Open,
    Close,
}

/// `r` without leading/trailing whitespace.
pub fn trim_range(text: &str, r: Range<usize>) -> Range<usize> {
    let s = &text[r.clone()];
    let a = r.start + (s.len() - s.trim_start().len());
    let b = r.start + s.trim_end().len();
    a..b.max(a)
}

/// Re-exported for the other modules: the lexicon's word class flags.
pub use lexicon::wc as classes;

#[cfg(test)]
mod tests {
    use super::*;

    fn quotes(text: &str) -> Vec<String> {
        let doc = Document::new(text);
        let c = Ctx::new(&doc);
        c.quotes
            .iter()
            .map(|q| text[q.inner.clone()].to_string())
            .collect()
    }

    #[test]
    fn pairs_straight_curly_and_single_quotes() {
        assert_eq!(
            quotes("\"We won,\" he said. “It is over,” she said."),
            vec!["We won,", "It is over,"]
        );
        assert_eq!(
            quotes("Obama admits gun laws are his 'biggest frustration'\n\nBody."),
            vec!["biggest frustration"]
        );
        // apostrophes are not quotes
        assert!(quotes("The locals’ IDs and Jones' car aren't 'there.").is_empty());
    }

    #[test]
    fn missing_opening_mark_starts_at_paragraph() {
        assert_eq!(
            quotes("Supply falls short of demand,\" said Wang, a farmer."),
            vec!["Supply falls short of demand,"]
        );
    }

    #[test]
    fn multi_paragraph_quotes_are_chained() {
        let t = "\"We will go on.\n\n\"We will never stop,\" she said.";
        let doc = Document::new(t);
        let c = Ctx::new(&doc);
        assert_eq!(c.quotes.len(), 2);
        assert_eq!(c.quotes[0].next, Some(1));
        assert_eq!(c.chain(1), (0, 1));
        assert_eq!(&t[c.quotes[0].inner.clone()], "We will go on.");
    }

    #[test]
    fn units_join_sentences_inside_a_quote() {
        let t = "\"It is less than 100. It is in the thousands,\" Mr Obama said. Then he left.";
        let doc = Document::new(t);
        let c = Ctx::new(&doc);
        assert_eq!(c.units.len(), 2);
        assert!(t[c.units[0].bytes.clone()].ends_with("said."));
    }

    #[test]
    fn units_join_a_question_quote_and_its_cue() {
        let t = "\"Does he not understand?\" Biden said. Then he left.";
        let doc = Document::new(t);
        let c = Ctx::new(&doc);
        assert_eq!(c.units.len(), 2);
        assert!(t[c.units[0].bytes.clone()].ends_with("said."));
        // not when the next sentence is a sentence of its own
        for t in [
            "\"Is it over?\" The answer came a week later from the court.",
            "\"Why?\" Said Smith is the name of the shop.",
        ] {
            let doc = Document::new(t);
            let c = Ctx::new(&doc);
            assert_eq!(c.units.len(), 2, "{t}");
        }
    }

    #[test]
    fn datelines_are_skipped() {
        for (t, first) in [
            ("MOSCOW (AP) — A ship broke up, the agency said.", "A"),
            ("BEIJING, Oct. 2 (Xinhua) -- For Zhang, it is easy.", "For"),
            ("LONDON, May 3 (Reuters) - Prices rose.", "Prices"),
            ("NASA said it was fine.", "NASA"),
        ] {
            let doc = Document::new(t);
            let c = Ctx::new(&doc);
            assert_eq!(c.raw(c.units[0].start), first, "{t}");
        }
    }

    #[test]
    fn headline_and_byline() {
        let t = "Obama Says Gun Laws Are His Biggest Frustration\n\nBy Jane Doe\n\nI asked him.";
        let doc = Document::new(t);
        let c = Ctx::new(&doc);
        assert!(c.headline && c.title_case);
        assert_eq!(c.author_at(doc.tokens.len() - 1), Some("Jane Doe"));
    }
}
