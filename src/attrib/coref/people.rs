//! Collecting the named people of an article: runs of capitalised words, with the titles
//! before or inside them stripped ("opposition leader Morgan Tsvangirai", "Sen. Ann Lee"),
//! that are not places, countries or organisations, and that the text shows to be people
//! (a title, an apposition, a cue right after, a clause subject). A later one-word mention
//! is the surname of a person already known. Ages given with a name ("Maria Lopez, 34,")
//! are kept for "the 34-year-old".
//!
//! In: the context, the places, the article's lower-case vocabulary. Out: [`Names`], with
//! genders from titles, given names and pronouns ([`super::genders`]).

use super::genders::{given_name_gender, infer_genders, title_gender};
use super::names::{Names, Person};
use super::words::{acronym, is_title, line_break_before, name_connector, org_word, particle_name};
use crate::attrib::ctx::{Ctx, NONE};
use crate::attrib::lexicon::{COUNTRIES, NOUNS, NounClass, wc};
use crate::attrib::np;
use crate::report::Place;
use crate::text::TokenKind;
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

/// Named people: runs of capitalised words, titles stripped, not places or organisations.
pub fn collect_names(c: &Ctx, places: &[Place], vocab: &HashSet<&str>) -> Names {
    let mut collector = Collector::new(c, places, vocab);
    let n = c.toks.len();
    let mut i = 0;
    while i < n {
        if !c.is_cap(i) {
            i += 1;
            continue;
        }
        let end = capital_run_end(c, i);
        collector.take_run(i, end);
        i = end.max(i + 1);
    }
    let mut names = collector.names;
    infer_genders(c, &mut names);
    names
}

struct Collector<'c, 'a, 'v> {
    c: &'c Ctx<'a>,
    vocab: &'v HashSet<&'v str>,
    /// byte start → byte end of each place
    place_spans: HashMap<usize, usize>,
    /// tokens of the lead subjects of the units (and the name inside one)
    lead_starts: HashSet<usize>,
    /// lower-case full name → person
    key_of: HashMap<String, usize>,
    names: Names,
}

/// A run of capitalised words `start..end` and the name in it (after the titles).
struct Run {
    start: usize,
    end: usize,
    name_start: usize,
    /// lemmas of the titles before and inside the run, and of its appositions
    titles: HashSet<&'static str>,
}

/// What shows that a run of capitalised words names a person.
struct Evidence {
    /// right after a title and a comma ("the mayor of Ashcombe, Peter Dunmore")
    after_role: bool,
    /// an apposition follows ("Derek Scissors, a China scholar", "Gareth Lloyd, 54,")
    appos_after: bool,
    /// a cue follows ("Webb said")
    cue_after: bool,
    /// the subject of a sentence of the body
    subject: bool,
}

/// The end of the run of capitalised words (with particles and initials) starting at `a`.
fn capital_run_end(c: &Ctx, a: usize) -> usize {
    let n = c.toks.len();
    let mut b = a;
    while b < n
        && (b == a || !line_break_before(c, b))
        && (c.is_cap(b)
            || name_connector(c.lw(b)) && c.is_cap(b + 1) && b > a
            || particle_name(c, b) && b > a
            || c.toks[b].kind == TokenKind::Word && c.raw(b).ends_with('.') && c.is_cap(b))
    {
        b += 1;
    }
    b
}

/// Titles before the run, lower case: "opposition leader Morgan Tsvangirai"; "Sen. Ann
/// Lee", "Dr. Jones".
fn titles_before(c: &Ctx, a: usize) -> HashSet<&'static str> {
    let mut titles = HashSet::default();
    if a > 0 {
        if let Some(t) = is_title(c, a - 1) {
            if !c.cap[a - 1] {
                titles.insert(t);
            }
        }
        if a > 1 && c.raw(a - 1) == "." && np::is_title_abbrev(c, a - 2) {
            if let Some(t) = is_title(c, a - 2) {
                titles.insert(t);
            }
        }
    }
    titles
}

/// Past the sentence-initial common words of the run ("Local", "The"); a title opening the
/// sentence stays ("Senator Mary Hill and …").
fn skip_sentence_initial(c: &Ctx, vocab: &HashSet<&str>, a: usize, b: usize) -> usize {
    let mut s = a;
    while s < b {
        let first_of_unit = c.unit_of_tok[s] != NONE
            && c.units[c.unit_of_tok[s] as usize].start == s
            || s > 0 && c.is_quote_mark(s - 1)
            || s == 0;
        let w = c.lw(s);
        let common = c.is(s, !(wc::NOUN | wc::VERB | wc::LYADV | wc::CUEFORM))
            || vocab.contains(w) && first_of_unit && is_title(c, s).is_none();
        if first_of_unit && common || c.is(s, wc::DET | wc::PREP | wc::CONJ | wc::PRON) {
            s += 1;
            continue;
        }
        break;
    }
    s
}

/// Strips titles: the name starts after the last title word of `s..b` ("Kremlin Spokesman
/// Dmitry Peskov"), and after a title's period ("Sen. Ann Lee").
fn strip_titles(c: &Ctx, s: usize, b: usize, titles: &mut HashSet<&'static str>) -> usize {
    let mut name_start = s;
    for k in s..b {
        if let Some(t) = is_title(c, k) {
            titles.insert(t);
            name_start = k + 1;
        }
    }
    if c.raw(name_start) == "." && name_start < b {
        name_start += 1;
    }
    name_start
}

impl<'c, 'a, 'v> Collector<'c, 'a, 'v> {
    fn new(c: &'c Ctx<'a>, places: &[Place], vocab: &'v HashSet<&'v str>) -> Self {
        let mut lead_starts: HashSet<usize> = HashSet::default();
        for u in &c.units {
            if let Some(r) = np::lead(c, u.start, u.toks.end) {
                lead_starts.insert(r.start);
                // the name inside a lead subject ("US President Donald Trump")
                for i in r.clone() {
                    lead_starts.insert(i);
                }
            }
        }
        Collector {
            c,
            vocab,
            place_spans: places.iter().map(|p| (p.span.start, p.span.end)).collect(),
            lead_starts,
            key_of: HashMap::default(),
            names: Names::default(),
        }
    }

    /// The run of capitalised words `a..b`: a new person, a mention of a known one, or
    /// nothing.
    fn take_run(&mut self, a: usize, b: usize) {
        let c = self.c;
        // a quoted name is a nickname ("Gucci Grace"), not a person of its own
        if c.quote_of(a).is_some() && a > 0 && c.is_quote_mark(a - 1) {
            return;
        }
        let mut titles = titles_before(c, a);
        let s = skip_sentence_initial(c, self.vocab, a, b);
        let name_start = strip_titles(c, s, b, &mut titles);
        if name_start >= b || self.not_a_person(name_start, b) {
            return;
        }
        let mut run = Run {
            start: a,
            end: b,
            name_start,
            titles,
        };
        let evidence = self.evidence(&mut run);
        self.record(run, &evidence);
    }

    /// Too long, a thing ("Hurricane Katrina"), an organisation, a place or a country.
    fn not_a_person(&self, name_start: usize, b: usize) -> bool {
        let c = self.c;
        if b - name_start > 4 || c.is(name_start, wc::NONPERSON) {
            return true;
        }
        if (name_start..b).any(|k| org_word(c, k) || acronym(c.raw(k)) && c.raw(k).len() > 1) {
            return true;
        }
        // a place ("Jordan", "Washington Heights"), unless more name words follow it
        // ("Jordan Reyes", "Georgia Lindqvist")
        if self
            .place_spans
            .get(&c.toks[name_start].start)
            .is_some_and(|&e| e >= c.toks[b - 1].end)
        {
            return true;
        }
        let low = c.text[c.toks[name_start].start..c.toks[b - 1].end].to_lowercase();
        COUNTRIES.by_name.contains_key(&low)
            || COUNTRIES.by_demonym.contains_key(&low)
            || (name_start..b).any(|k| {
                COUNTRIES.by_demonym.contains_key(c.lw(k))
                    || c.is(k, wc::TIME) && !self.month_surname(k, name_start)
            })
    }

    /// A month or modal word that is a name here: after a first name ("Ellen May", "Rachel
    /// June"), or alone as the surname of a known person when no number follows and no
    /// preposition precedes it ("May said", not "in May" or "May 5").
    fn month_surname(&self, k: usize, name_start: usize) -> bool {
        let c = self.c;
        if k > name_start {
            return c.is_cap(k - 1) && !c.is(k - 1, wc::TIME);
        }
        self.names.by_tok.contains_key(c.lw(k))
            && !c
                .toks
                .get(k + 1)
                .is_some_and(|t| t.kind == TokenKind::Number)
            && !(k > 0 && c.is(k - 1, wc::PREP | wc::TIME))
    }

    /// What shows the run names a person; the roles of appositions join its titles ("The
    /// former health minister, Rita Vale,", "Jane Roe, a nurse at the hospital,").
    fn evidence(&self, run: &mut Run) -> Evidence {
        let c = self.c;
        let (a, b, name_start) = (run.start, run.end, run.name_start);
        let titles = &mut run.titles;
        let after_role = self.after_role(a, titles);
        let appos_after = c.is_comma(b)
            && (c.is(b + 1, wc::DET | wc::QUANT)
                || c.toks
                    .get(b + 1)
                    .is_some_and(|t| t.kind == TokenKind::Number)
                || is_title(c, b + 1).is_some()
                || c.is(b + 1, wc::REL) && c.lw(b + 1) != "which");
        let cue_after = c.is(b, wc::CUEFORM) && !c.cap[b];
        if after_role {
            titles.extend(is_title(c, a - 2));
        }
        // "James Ford, the club's manager,"
        if c.is_comma(b) && c.is(b + 1, wc::DET) {
            let n = c.toks.len();
            let mut k = b + 2;
            while k < n && k < b + 7 && c.is_word(k) && !c.is(k, wc::REL | wc::PREP | wc::CONJ) {
                k += 1;
            }
            if let Some(t) = (b + 2..k)
                .rev()
                .find_map(|k| is_title(c, k).filter(|_| !c.cap[k]))
            {
                titles.insert(t);
            }
        }
        // the subject of a sentence of the body ("Margaret Hale climbed the steps")
        let subject =
            self.is_lead(a, name_start) && !c.in_headline(a) && (2..=3).contains(&(b - name_start));
        Evidence {
            after_role,
            appos_after,
            cue_after,
            subject,
        }
    }

    /// Right after a title and a comma: "the child, Michael Webb,"; "The mayor of Ashcombe,
    /// Peter Dunmore,", an official title with its place or body (which joins `titles`).
    fn after_role(&self, a: usize, titles: &mut HashSet<&'static str>) -> bool {
        let c = self.c;
        if a >= 2 && c.is_comma(a - 1) && is_title(c, a - 2).is_some() {
            return true;
        }
        if a < 4 || !c.is_comma(a - 1) {
            return false;
        }
        let mut j = a - 2;
        while j + 5 > a && j > 1 && (c.is_cap(j) || c.lw(j) == "the") {
            j -= 1;
        }
        if j + 2 < a && c.lw(j) == "of" && !c.cap[j - 1] {
            if let Some(t) = is_title(c, j - 1) {
                if NOUNS.get(t).is_some_and(|n| n.class == NounClass::Official) {
                    titles.insert(t);
                    return true;
                }
            }
        }
        false
    }

    /// The run (or the name in it) starts a unit's lead subject.
    fn is_lead(&self, a: usize, name_start: usize) -> bool {
        self.lead_starts.contains(&name_start) || self.lead_starts.contains(&a)
    }

    /// Records the name of the run: a surname mention, a mention of a known person, or a
    /// new person when the evidence shows one.
    fn record(&mut self, run: Run, evidence: &Evidence) {
        let c = self.c;
        let Run {
            start: a,
            end: b,
            name_start,
            titles,
        } = run;
        let text = &c.text[c.toks[name_start].start..c.toks[b - 1].end];
        let low = text.to_lowercase();
        // one word without a title is a surname mention, not a new person
        let single = b - name_start == 1;
        if single && titles.is_empty() {
            if let Some(&p) = self.names.by_tok.get(&low).and_then(|v| v.last()) {
                self.names.mention(name_start, p);
                if self.lead_starts.contains(&name_start) {
                    self.names.subject_mentions.push((name_start, p));
                }
            }
            return;
        }
        // an existing person with this name (or this surname)
        let ltoks: Vec<String> = (name_start..b).map(|k| c.lw(k).to_string()).collect();
        let existing = self.key_of.get(&low).copied().or_else(|| {
            if single {
                self.names
                    .by_tok
                    .get(&ltoks[0])
                    .and_then(|v| v.last())
                    .copied()
            } else {
                None
            }
        });
        let shown = !titles.is_empty()
            || evidence.after_role
            || evidence.appos_after
            || evidence.cue_after
            || evidence.subject;
        if existing.is_none() && !shown {
            return;
        }
        let p = match existing {
            Some(p) => self.update_person(p, titles, &ltoks),
            None => self.new_person(text, low, ltoks, titles),
        };
        self.names.mention(name_start, p);
        // "Maria Lopez, 34,", "Tom Reed (61)"
        let age_at = (c.is_comma(b) || c.raw(b) == "(") && b + 1 < c.toks.len();
        if age_at && c.toks[b + 1].kind == TokenKind::Number && c.raw(b + 1).len() <= 3 {
            self.names.persons[p].age = Some(c.raw(b + 1).to_string());
        }
        // a clause subject, or a person introduced with an apposition ("Among them is
        // Tariq Haddad, an engineer who …"): both are what a later "he"/"she" takes up
        let introduced = existing.is_none() && (evidence.appos_after || evidence.after_role);
        if self.is_lead(a, name_start) || introduced {
            self.names.subject_mentions.push((name_start, p));
        }
    }

    /// The sex shown by the titles, else by the given name.
    fn gender(titles: &HashSet<&'static str>, ltoks: &[String]) -> Option<super::Gender> {
        titles
            .iter()
            .find_map(|t| title_gender(t))
            .or_else(|| given_name_gender(ltoks))
    }

    fn update_person(
        &mut self,
        p: usize,
        titles: HashSet<&'static str>,
        ltoks: &[String],
    ) -> usize {
        let gender = Self::gender(&titles, ltoks);
        let person = &mut self.names.persons[p];
        person.titles.extend(titles.iter().copied());
        if person.gender.is_none() {
            person.gender = gender;
        }
        p
    }

    /// A new person (also a longer form of a known surname-only person: "Nealy Cox" then
    /// "Erin Nealy Cox").
    fn new_person(
        &mut self,
        text: &str,
        low: String,
        ltoks: Vec<String>,
        titles: HashSet<&'static str>,
    ) -> usize {
        let id = self.names.persons.len();
        for t in &ltoks {
            self.names.by_tok.entry(t.clone()).or_default().push(id);
        }
        self.names.persons.push(Person {
            full: text.to_string(),
            gender: Self::gender(&titles, &ltoks),
            toks: ltoks,
            titles,
            positions: Vec::new(),
            age: None,
        });
        self.key_of.insert(low, id);
        id
    }
}
