//! Context checks that keep non-dates out: "May" the verb or the name, weekday names inside
//! titles ("Sunday Times"), numbers that are not years ("Flight 2017", "2017 people",
//! "555-2017"), ages ("in his 50s").
//!
//! All checks look at a bounded window around a match (a word or two), never further.

use super::lexicon::{ContextClass, LEX};

/// A capitalized word right before a month name that is also a given or family name:
/// "Theresa May", "Mrs May", "Brian May", "June" after "Carter"... (built from the lexicon).
static PERSON_BEFORE_MONTH: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    let names: Vec<String> = LEX
        .months
        .iter()
        .filter(|(_, (_, f))| *f == super::lexicon::MonthForm::Ambiguous)
        .map(|(w, _)| {
            let mut c = w.chars();
            c.next()
                .map(|f| f.to_uppercase().collect::<String>() + c.as_str())
                .unwrap_or_default()
        })
        .collect();
    regex::Regex::new(&format!(
        r"\b(?P<t>\p{{Lu}}[\p{{L}}]+)\.?[ \t]+(?P<m>{})\b",
        super::lexicon::alt(names.iter().map(String::as_str))
    ))
    .expect("person regex")
});

/// The ambiguous month names that this text also uses as a person's name ("Theresa May"):
/// alone ("in May"), they are not read as months in this text.
pub fn months_used_as_names(text: &str) -> Vec<u32> {
    let mut out = Vec::new();
    for c in PERSON_BEFORE_MONTH.captures_iter(text) {
        let (Some(t), Some(m)) = (c.name("t"), c.name("m")) else {
            continue;
        };
        let title = t.as_str();
        let calendar_context = is_date_preposition(title)
            || is_determiner(title)
            || is_calendar_word(title)
            || LEX.word(title).is_some();
        // "Minister May 5" is a date after all
        let digit_follows = text[m.end()..]
            .trim_start_matches([' ', ','])
            .starts_with(|c: char| c.is_ascii_digit());
        if calendar_context || digit_follows {
            continue;
        }
        if let Some((n, _)) = LEX.month(m.as_str()) {
            if !out.contains(&n) {
                out.push(n);
            }
        }
    }
    out
}

/// Words read before a month, weekday or year that make it a date reference.
const DATE_PREPOSITIONS: &[&str] = &[
    "after",
    "as",
    "before",
    "between",
    "by",
    "during",
    "for",
    "from",
    "in",
    "into",
    "of",
    "on",
    "since",
    "through",
    "throughout",
    "till",
    "til",
    "to",
    "until",
    "unto",
    "late",
    "early",
    "starting",
    "beginning",
    "ending",
    "next",
    "last",
    "this",
    "every",
    "each",
    "around",
    "about",
    "circa",
    "mid",
];

/// Determiners and possessives: "an October news conference", "their January sales".
const DETERMINERS: &[&str] = &[
    "a", "an", "the", "its", "his", "her", "their", "our", "my", "your", "whose", "that",
];

/// Words that make a following "50s" an age, not a decade.
const AGE_WORDS: &[&str] = &[
    "his", "her", "their", "its", "my", "your", "our", "whose", "aged", "ages",
];

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || c == '\'' || c == '’' || c == '-' || c == '.'
}

fn is_space(c: char) -> bool {
    c == ' ' || c == '\t' || c == '\u{a0}'
}

/// The word right before byte `pos` on the same line (spaces skipped), without trailing
/// punctuation, and its start.
pub fn prev_word(text: &str, pos: usize) -> Option<(usize, &str)> {
    let before = &text[..pos];
    let trimmed = before.trim_end_matches(is_space);
    let end = trimmed.len();
    let start = trimmed
        .char_indices()
        .rev()
        .take_while(|&(_, c)| is_word_char(c))
        .last()
        .map(|(i, _)| i)?;
    let w = text[start..end].trim_matches(|c: char| !c.is_alphanumeric());
    if w.is_empty() {
        return None;
    }
    let s = start + text[start..end].find(w).unwrap_or(0);
    Some((s, w))
}

/// The word right after byte `pos` on the same line (spaces skipped), without punctuation.
pub fn next_word(text: &str, pos: usize) -> Option<&str> {
    let after = &text[pos..];
    let trimmed = after.trim_start_matches(is_space);
    let off = after.len() - trimmed.len();
    let len: usize = trimmed
        .char_indices()
        .take_while(|&(_, c)| is_word_char(c))
        .last()
        .map(|(i, c)| i + c.len_utf8())?;
    let w = text[pos + off..pos + off + len].trim_matches(|c: char| !c.is_alphanumeric());
    (!w.is_empty()).then_some(w)
}

/// The first non-space character before `pos` on the same line.
pub fn prev_char(text: &str, pos: usize) -> Option<char> {
    text[..pos].chars().rev().find(|c| !is_space(*c))
}

/// The first character after `pos` (spaces included).
pub fn char_at(text: &str, pos: usize) -> Option<char> {
    text.get(pos..).and_then(|s| s.chars().next())
}

/// The character after the next one ("-5": the 5).
pub fn char_after_next(text: &str, pos: usize) -> Option<char> {
    text.get(pos..).and_then(|s| s.chars().nth(1))
}

fn lower(w: &str) -> String {
    w.to_lowercase()
}

pub fn is_capitalized(w: &str) -> bool {
    w.chars().next().is_some_and(char::is_uppercase)
}

/// Does a sentence (or a line) start right before `pos`?
pub fn at_sentence_start(text: &str, pos: usize) -> bool {
    let before = text[..pos].trim_end_matches(is_space);
    matches!(
        before.chars().next_back(),
        None | Some(
            '\n' | '\r' | '.' | '!' | '?' | ':' | ';' | '"' | '“' | '(' | '[' | '—' | '–' | '-'
        )
    )
}

pub fn is_date_preposition(w: &str) -> bool {
    DATE_PREPOSITIONS.contains(&lower(w).as_str())
}

pub fn is_determiner(w: &str) -> bool {
    DETERMINERS.contains(&lower(w).as_str())
}

/// Is the word a month or weekday name ("between April and June")?
pub fn is_calendar_word(w: &str) -> bool {
    LEX.month(w).is_some() || LEX.weekday(w).is_some()
}

/// A capitalized word that starts a proper name after a month or weekday ("October
/// Revolution", "Sunday Times"), i.e. not a calendar word, not "I".
fn name_follows(text: &str, end: usize) -> bool {
    // only when the next word is on the same line, right after a space
    if !text[end..].starts_with(is_space) {
        return false;
    }
    match next_word(text, end) {
        Some(w) => is_capitalized(w) && !is_calendar_word(w) && w != "I",
        None => false,
    }
}

/// A month name written alone ("in October", "an October news conference") rather than a
/// verb or a name ("May", "March", "Theresa May", "Red October").
pub fn month_alone_ok(text: &str, start: usize, end: usize, ambiguous: bool) -> bool {
    let prev = prev_word(text, start);
    let prev_lower = prev.map(|(_, w)| lower(w));
    let prev_is_prep = prev.is_some_and(|(_, w)| is_date_preposition(w));
    // "between April and June", "from March or April"
    let after_month_conj = prev_lower
        .as_deref()
        .is_some_and(|w| matches!(w, "and" | "or" | "to" | "through"))
        && prev
            .and_then(|(s, _)| prev_word(text, s))
            .is_some_and(|(_, w)| LEX.month(w).is_some());
    let next = next_word(text, end);
    let possessive = text[end..].starts_with("'s") || text[end..].starts_with("’s");
    // "October Revolution"; "April Ryan" even after "to"
    if name_follows(text, end) && (!prev_is_prep || ambiguous) {
        return false;
    }
    if prev_is_prep || after_month_conj {
        // "by May's government": a name
        return !(ambiguous && possessive);
    }
    // "an October news conference", "their January sales"
    if prev.is_some_and(|(_, w)| is_determiner(w))
        && next.is_some_and(|w| w.chars().next().is_some_and(char::is_lowercase))
    {
        return true;
    }
    if ambiguous {
        return false;
    }
    // a full name ("October") elsewhere: not right after a capitalized word (a name)
    match prev {
        Some((s, w)) if is_capitalized(w) => {
            at_sentence_start(text, s) && possessive_or_clause(text, end)
        }
        _ => true,
    }
}

/// After a sentence-initial capitalized word, a month needs something date-like after it
/// ("Last October," is handled by the shift rule; "Since October the..." by prepositions).
fn possessive_or_clause(text: &str, end: usize) -> bool {
    matches!(
        char_at(text, end),
        Some(',' | '.' | ';' | ':' | '\'' | '’') | None
    )
}

/// A weekday name is a date unless it starts a name ("Sunday Times", "Saturday Night Live").
pub fn weekday_ok(text: &str, start: usize, end: usize, has_modifier: bool) -> bool {
    if has_modifier {
        return true;
    }
    let prev_is_prep = prev_word(text, start).is_some_and(|(_, w)| is_date_preposition(w));
    if name_follows(text, end) && !prev_is_prep {
        // "Friday, the 13th" or "on Tuesday Trump said" stay; "Sunday Times" goes
        return text[end..].starts_with(',');
    }
    true
}

/// Is a bare four-digit number at `start..end` a year? Rejects quantities ("2017 people",
/// "about 2000 troops"), labels ("Flight 2017"), clock times ("1800 GMT"), money, phone
/// numbers and other digit runs ("555-2017", "2017.5").
pub fn bare_year_ok(text: &str, start: usize, end: usize) -> bool {
    // digits glued by punctuation on either side
    if let Some(c) = text[..start].chars().next_back() {
        if matches!(c, '-' | '/' | '.' | ':' | ',' | '+' | '–') {
            let before = text[..start - c.len_utf8()].chars().next_back();
            if before.is_some_and(|b| b.is_ascii_digit()) {
                return false;
            }
        }
        if matches!(c, '$' | '£' | '€' | '¥' | '#' | '№') {
            return false;
        }
    }
    if let Some(c) = char_at(text, end) {
        if matches!(c, '%' | '°') {
            return false;
        }
        if matches!(c, '-' | '/' | '.' | ':' | ',' | '–')
            && char_after_next(text, end).is_some_and(|d| d.is_ascii_digit())
        {
            return false;
        }
    }
    if let Some(c) = prev_char(text, start) {
        if matches!(c, '$' | '£' | '€' | '¥' | '#' | '№') {
            return false;
        }
    }
    let prev = prev_word(text, start);
    let next = next_word(text, end);
    let next_is_lower_word = next.is_some_and(|w| w.chars().next().is_some_and(char::is_lowercase));
    if let Some((_, w)) = prev {
        match LEX.context.get(lower(w).trim_end_matches('.')) {
            Some(ContextClass::Before) => return false,
            Some(ContextClass::Approx) if next_is_lower_word => return false,
            _ => {}
        }
        // a number right before: "3 2017" is a list of numbers
        if w.chars()
            .all(|c| c.is_ascii_digit() || c == ',' || c == '.')
        {
            return false;
        }
    }
    // "1600 Pennsylvania Avenue": an address
    if let Some(nw) = next {
        if is_capitalized(nw) {
            let after = text[end..].find(nw).map(|i| end + i + nw.len());
            if after.and_then(|a| next_word(text, a)).is_some_and(|w| {
                matches!(
                    LEX.context.get(lower(w).as_str()),
                    Some(ContextClass::Street)
                )
            }) {
                return false;
            }
        }
    }
    // "Russell 2000 Index", "Windows 2000 Server": inside a name
    if let (Some((ps, pw)), Some(nw)) = (prev, next) {
        if is_capitalized(pw)
            && is_capitalized(nw)
            && !at_sentence_start(text, ps)
            && !is_calendar_word(pw)
            && !is_calendar_word(nw)
            && text[end..].starts_with(' ')
        {
            return false;
        }
    }
    if let Some(w) = next {
        let lw = lower(w);
        if matches!(LEX.context.get(lw.as_str()), Some(ContextClass::After)) {
            return false;
        }
        // a plural count noun right after, with no determiner or preposition before:
        // "killed 2000 soldiers" (but "the 2008 elections", "in 2008 prices rose")
        let plural = lw.len() > 3
            && lw.ends_with('s')
            && !lw.ends_with("ss")
            && !lw.ends_with("'s")
            && !lw.ends_with("us")
            && w.chars().next().is_some_and(char::is_lowercase)
            && text[end..].starts_with(' ');
        // "in 1945 and 1946 and 1947 wars ended": a list of years
        let listed = prev.is_some_and(|(ps, p)| {
            matches!(lower(p).as_str(), "and" | "or" | "through")
                && prev_word(text, ps)
                    .is_some_and(|(_, y)| y.len() == 4 && y.chars().all(|c| c.is_ascii_digit()))
        });
        // a sentence does not start with a figure, but with a year it may: "2017 marks"
        let licensed = listed
            || at_sentence_start(text, start)
            || prev.is_some_and(|(_, p)| is_determiner(p) || is_date_preposition(p));
        if plural && !licensed {
            return false;
        }
    }
    true
}

/// "in his 50s", "aged 30s": an age, not a decade.
pub fn age_before(text: &str, start: usize) -> bool {
    let mut pos = start;
    // skip "early"/"mid"/"late" and "the"
    for _ in 0..2 {
        match prev_word(text, pos) {
            Some((_, w)) if AGE_WORDS.contains(&lower(w).as_str()) => return true,
            Some((s, w))
                if matches!(
                    lower(w).as_str(),
                    "early" | "mid" | "late" | "upper" | "lower"
                ) =>
            {
                pos = s
            }
            _ => return false,
        }
    }
    false
}

/// Is there a business word or a money/percent sign within `n` bytes around `start..end`,
/// on the same line? ("Profit rose in the fourth quarter" vs "scored in the fourth quarter")
pub fn finance_near(text: &str, start: usize, end: usize, n: usize) -> bool {
    let mut a = start.saturating_sub(n);
    while !text.is_char_boundary(a) {
        a += 1;
    }
    let mut b = (end + n).min(text.len());
    while !text.is_char_boundary(b) {
        b -= 1;
    }
    let a = text[a..start].rfind('\n').map_or(a, |i| a + i + 1);
    let b = text[end..b].find('\n').map_or(b, |i| end + i);
    let window = &text[a..b];
    window.contains(['%', '$', '€', '£', '¥'])
        || window.split(|c: char| !c.is_alphanumeric()).any(|w| {
            matches!(
                LEX.context.get(lower(w).as_str()),
                Some(ContextClass::Finance)
            )
        })
}

/// "today's world", "the leaders of today": "today" meaning nowadays.
pub fn generic_today(text: &str, start: usize, end: usize) -> bool {
    let possessive = text[end..].starts_with("'s") || text[end..].starts_with("’s");
    if possessive {
        return next_word(
            text,
            end + if text[end..].starts_with('\'') { 2 } else { 4 },
        )
        .is_some_and(|w| {
            matches!(
                LEX.context.get(lower(w).as_str()),
                Some(ContextClass::Generic)
            )
        });
    }
    prev_word(text, start).is_some_and(|(_, w)| lower(w) == "of")
        && matches!(
            char_at(text, end),
            None | Some('.' | ',' | ';' | '"' | '”' | ')')
        )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn month_ok(text: &str, ambiguous: bool) -> bool {
        let s = text.find('|').unwrap();
        let t = text.replace('|', "");
        let e = s + t[s..]
            .find(|c: char| !c.is_alphabetic())
            .unwrap_or(t.len() - s);
        month_alone_ok(&t, s, e, ambiguous)
    }

    #[test]
    fn months_alone() {
        assert!(month_ok("It began in |May last", true));
        assert!(month_ok("between April and |June, prices", true));
        assert!(!month_ok("Prime Minister Theresa |May said", true));
        assert!(!month_ok("|May I ask", true));
        assert!(!month_ok("They will |March on the capital", true));
        assert!(month_ok("an |October news conference", false));
        assert!(!month_ok("the Red |October", false));
        assert!(!month_ok("the |October Revolution", false));
        assert!(month_ok("He said |October was the worst", false));
    }

    fn year_ok(text: &str) -> bool {
        let s = text.find('|').unwrap();
        let t = text.replace('|', "");
        year_at(&t, s)
    }

    fn year_at(t: &str, s: usize) -> bool {
        bare_year_ok(t, s, s + 4)
    }

    #[test]
    fn months_as_names() {
        assert_eq!(
            months_used_as_names("Theresa May said. Mrs May left. In May, it rained."),
            vec![5]
        );
        assert!(months_used_as_names("In May it rained. Since June, and last March.").is_empty());
        assert!(months_used_as_names("Tuesday May 5 was sunny.").is_empty());
    }

    #[test]
    fn bare_years() {
        assert!(year_ok("since |2009 the rate"));
        assert!(year_ok("a |2010 commando raid"));
        assert!(year_ok("the |2008 elections"));
        assert!(year_ok("WWDC |2005"));
        assert!(!year_ok("so |2017 people came"));
        assert!(year_ok("|2017 marks the centenary"));
        assert!(!year_ok("killed |2000 soldiers"));
        assert!(!year_ok("about |2000 people"));
        assert!(!year_ok("Flight |2017 landed"));
        assert!(!year_ok("call 555-|2017 now"));
        assert!(!year_ok("at |1800 GMT"));
        assert!(!year_ok("$|2000 a month"));
        assert!(!year_ok("up |2019% "));
    }

    #[test]
    fn words_around() {
        assert_eq!(prev_word("said on Sunday", 8), Some((5, "on")));
        assert_eq!(next_word("Sunday Times", 6), Some("Times"));
        assert_eq!(prev_word("Sunday", 0), None);
        assert!(age_before("in his early 50s", 13));
        assert!(!age_before("in the 1950s", 7));
    }
}
