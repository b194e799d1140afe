//! `sourcelens stats`: sourcing statistics over a corpus, as CSV.
//!
//! Input: articles (files, directories with `-r`, or JSON Lines records with `--jsonl`,
//! analysed on the fly) or Reports already computed by `analyze --jsonl` (lines
//! `{"id", "outlet"?, "report"}`, recognised by their `report` field; the two may be mixed).
//!
//! Output: one CSV row per article ([`ARTICLE_COLUMNS`]), or with `--by outlet|year|month`
//! one row per group ([`GROUP_COLUMNS`]; ratios pooled over the group's articles: the
//! ratio of the sums, not the mean of the ratios). `--summary` prints a readable table
//! instead of CSV; when stderr is a terminal the table is also shown there after the CSV.

use super::analyze::id_text;
use super::errors::Failure;
use super::input::{Input, Items, Mode};
use super::output::{Output, csv_line};
use super::progress::Progress;
use super::record::{self, Defaults, Loaded, RecordError};
use super::{Batch, pipeline};
use serde_json::Value;
use sourcelens::{NaiveDate, Options, analyze};
use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::io::IsTerminal;

/// The per-article CSV header.
pub const ARTICLE_COLUMNS: &[&str] = &[
    "id",
    "outlet",
    "published",
    "words",
    "attributions",
    "direct",
    "indirect",
    "mixed",
    "named",
    "anonymous",
    "sources",
    "anonymous_sources",
    "share_anonymous",
    "share_direct",
    "share_attributed",
    "attributions_per_1000_words",
    "sources_per_1000_words",
    "distancing",
    "so_called",
    "scare_quotes",
    "alleged",
    "claims",
    "dates",
    "dates_resolved",
    "places",
    "countries",
    "top_source",
    "top_source_attributions",
    "error",
];

/// The per-group CSV header (the first column is named after the grouping).
pub const GROUP_COLUMNS: &[&str] = &[
    "articles",
    "words",
    "attributions",
    "attributions_per_article",
    "sources",
    "anonymous_sources",
    "share_anonymous",
    "share_direct",
    "share_attributed",
    "attributions_per_1000_words",
    "sources_per_1000_words",
    "distancing",
    "distancing_per_1000_words",
    "share_articles_with_anonymous",
    "dates",
    "places",
];

#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum By {
    /// The record's `outlet` (or `domain`), the page's site name, or the directory with
    /// `--outlet-from-dir`.
    Outlet,
    /// The year of the publication date.
    Year,
    /// The month of the publication date (YYYY-MM).
    Month,
}

impl By {
    fn name(self) -> &'static str {
        match self {
            By::Outlet => "outlet",
            By::Year => "year",
            By::Month => "month",
        }
    }
}

pub struct Args {
    pub published: Option<NaiveDate>,
    pub jsonl: bool,
    pub by: Option<By>,
    pub summary: bool,
    pub batch: Batch,
}

/// What the statistics need from one Report (read from its JSON form, so that Reports
/// computed by another version, with more or fewer fields, are read the same way).
#[derive(Debug, Default, Clone, PartialEq)]
pub struct Facts {
    pub outlet: Option<String>,
    pub published: Option<String>,
    pub words: u64,
    pub chars: u64,
    pub attributions: u64,
    pub direct: u64,
    pub indirect: u64,
    pub mixed: u64,
    pub named: u64,
    pub anonymous: u64,
    pub sources: u64,
    pub anonymous_sources: u64,
    pub share_attributed: f64,
    pub distancing: u64,
    pub so_called: u64,
    pub scare_quotes: u64,
    pub alleged: u64,
    pub claims: u64,
    pub dates: u64,
    pub dates_resolved: u64,
    pub places: u64,
    pub countries: u64,
    pub top_source: Option<(String, u64)>,
}

fn num(v: &Value) -> u64 {
    v.as_u64().unwrap_or(0)
}

fn len(v: &Value) -> u64 {
    v.as_array().map_or(0, |a| a.len() as u64)
}

impl Facts {
    /// Reads a Report's JSON.
    pub fn from_report(r: &Value, outlet: Option<String>) -> Result<Facts, String> {
        let p = &r["profile"];
        if !p.is_object() {
            return Err("report has no \"profile\" (not a sourcelens Report?)".to_string());
        }
        let mut f = Facts {
            outlet,
            published: r["published"].as_str().map(str::to_string),
            words: num(&r["stats"]["words"]),
            chars: num(&r["stats"]["chars"]),
            attributions: num(&p["attributions"]),
            direct: num(&p["direct"]),
            indirect: num(&p["indirect"]),
            mixed: num(&p["mixed"]),
            named: num(&p["named"]),
            anonymous: num(&p["anonymous"]),
            sources: num(&p["sources"]),
            anonymous_sources: num(&p["anonymous_sources"]),
            share_attributed: p["share_attributed"].as_f64().unwrap_or(0.0),
            distancing: len(&r["distancing"]),
            dates: len(&r["dates"]),
            places: len(&r["places"]),
            ..Facts::default()
        };
        for d in r["distancing"].as_array().into_iter().flatten() {
            match d["kind"].as_str().unwrap_or("") {
                "so-called" => f.so_called += 1,
                "scare-quote" => f.scare_quotes += 1,
                "alleged" => f.alleged += 1,
                "claim" => f.claims += 1,
                _ => {}
            }
        }
        f.dates_resolved = r["dates"]
            .as_array()
            .into_iter()
            .flatten()
            .filter(|d| d["value"].is_string())
            .count() as u64;
        f.countries = r["places"]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(|p| p["country"].as_str())
            .collect::<BTreeSet<_>>()
            .len() as u64;
        let mut top: Option<(String, u64)> = None;
        for s in r["sources"].as_array().into_iter().flatten() {
            let n = len(&s["attributions"]);
            if n > 0 && top.as_ref().is_none_or(|t| n > t.1) {
                // an unnamed (anonymous) source is shown by its first mention: "witnesses"
                let name = match s["name"].as_str().map(str::trim) {
                    Some(name) if !name.is_empty() => name,
                    _ => s["mentions"][0]["text"].as_str().unwrap_or(""),
                };
                top = Some((name.to_string(), n));
            }
        }
        f.top_source = top;
        Ok(f)
    }

    fn key(&self, by: By) -> String {
        match by {
            By::Outlet => self.outlet.clone().unwrap_or_default(),
            By::Year => self
                .published
                .as_deref()
                .and_then(|p| p.get(..4))
                .unwrap_or("")
                .to_string(),
            By::Month => self
                .published
                .as_deref()
                .and_then(|p| p.get(..7))
                .unwrap_or("")
                .to_string(),
        }
    }
}

/// `part / whole` with 3 decimals; empty when `whole` is 0 (undefined, not zero).
fn ratio(part: f64, whole: f64) -> String {
    if whole > 0.0 {
        format!("{:.3}", part / whole)
    } else {
        String::new()
    }
}

/// `part` per 1,000 `words`, 2 decimals; empty when there are no words.
fn per_1000(part: u64, words: u64) -> String {
    if words > 0 {
        format!("{:.2}", part as f64 * 1000.0 / words as f64)
    } else {
        String::new()
    }
}

fn article_row(id: &Value, f: &Facts) -> Vec<String> {
    let a = f.attributions as f64;
    vec![
        id_text(id),
        f.outlet.clone().unwrap_or_default(),
        f.published.clone().unwrap_or_default(),
        f.words.to_string(),
        f.attributions.to_string(),
        f.direct.to_string(),
        f.indirect.to_string(),
        f.mixed.to_string(),
        f.named.to_string(),
        f.anonymous.to_string(),
        f.sources.to_string(),
        f.anonymous_sources.to_string(),
        ratio(f.anonymous as f64, a),
        ratio((f.direct + f.mixed) as f64, a),
        format!("{:.3}", f.share_attributed),
        per_1000(f.attributions, f.words),
        per_1000(f.sources, f.words),
        f.distancing.to_string(),
        f.so_called.to_string(),
        f.scare_quotes.to_string(),
        f.alleged.to_string(),
        f.claims.to_string(),
        f.dates.to_string(),
        f.dates_resolved.to_string(),
        f.places.to_string(),
        f.countries.to_string(),
        f.top_source
            .as_ref()
            .map(|t| t.0.clone())
            .unwrap_or_default(),
        f.top_source
            .as_ref()
            .map(|t| t.1.to_string())
            .unwrap_or_default(),
        String::new(),
    ]
}

fn error_row(e: &RecordError) -> Vec<String> {
    let mut row = vec![String::new(); ARTICLE_COLUMNS.len()];
    row[0] = e.id.as_ref().map(id_text).unwrap_or_default();
    let mut msg = e.error.clone();
    if let Some(l) = e.line {
        msg = match e.file.as_deref() {
            Some(f) => format!("{f}:{l}: {msg}"),
            None => format!("line {l}: {msg}"),
        };
    }
    *row.last_mut().unwrap() = msg;
    row
}

/// Sums over a group of articles.
#[derive(Debug, Default, Clone)]
struct Agg {
    articles: u64,
    words: u64,
    chars: u64,
    attributions: u64,
    quoted: u64,
    anonymous: u64,
    sources: u64,
    anonymous_sources: u64,
    attributed_chars: f64,
    distancing: u64,
    so_called: u64,
    scare_quotes: u64,
    alleged: u64,
    claims: u64,
    with_anonymous: u64,
    dates: u64,
    places: u64,
}

impl Agg {
    fn add(&mut self, f: &Facts) {
        self.articles += 1;
        self.words += f.words;
        self.chars += f.chars;
        self.attributions += f.attributions;
        self.quoted += f.direct + f.mixed;
        self.anonymous += f.anonymous;
        self.sources += f.sources;
        self.anonymous_sources += f.anonymous_sources;
        self.attributed_chars += f.share_attributed * f.chars as f64;
        self.distancing += f.distancing;
        self.so_called += f.so_called;
        self.scare_quotes += f.scare_quotes;
        self.alleged += f.alleged;
        self.claims += f.claims;
        self.with_anonymous += u64::from(f.anonymous > 0);
        self.dates += f.dates;
        self.places += f.places;
    }

    fn row(&self, key: &str) -> Vec<String> {
        let a = self.attributions as f64;
        vec![
            key.to_string(),
            self.articles.to_string(),
            self.words.to_string(),
            self.attributions.to_string(),
            if self.articles > 0 {
                format!("{:.2}", a / self.articles as f64)
            } else {
                String::new()
            },
            self.sources.to_string(),
            self.anonymous_sources.to_string(),
            ratio(self.anonymous as f64, a),
            ratio(self.quoted as f64, a),
            ratio(self.attributed_chars, self.chars as f64),
            per_1000(self.attributions, self.words),
            per_1000(self.sources, self.words),
            self.distancing.to_string(),
            per_1000(self.distancing, self.words),
            ratio(self.with_anonymous as f64, self.articles as f64),
            self.dates.to_string(),
            self.places.to_string(),
        ]
    }
}

/// Totals and groups of a run.
#[derive(Default)]
struct Tally {
    total: Agg,
    errors: u64,
    groups: BTreeMap<String, Agg>,
}

type Done = (Result<Facts, RecordError>, Vec<u8>);

/// Loads (and if needed analyses) one item; its facts and its CSV row.
fn process(item: super::input::Item, d: &Defaults) -> Done {
    let facts = record::load_caught(item, d, true).and_then(|l| match l {
        Loaded::Computed(c) => Facts::from_report(&c.report, c.outlet)
            .map(|f| (c.id.clone(), f))
            .map_err(|e| RecordError {
                id: Some(c.id),
                file: None,
                line: None,
                error: e,
            }),
        Loaded::Article(a) => {
            let options = Options {
                published: a.published,
                updated: a.updated,
                ..Options::default()
            };
            let err = |e: String| RecordError {
                id: Some(a.id.clone()),
                file: None,
                line: None,
                error: e,
            };
            let report = super::errors::catch(|| analyze(&a.text, &options)).map_err(err)?;
            let json = serde_json::to_value(&report).map_err(|e| err(e.to_string()))?;
            Facts::from_report(&json, a.outlet.clone())
                .map(|f| (a.id.clone(), f))
                .map_err(err)
        }
    });
    match facts {
        Ok((id, f)) => {
            let row = csv_line(&article_row(&id, &f));
            (Ok(f), row)
        }
        Err(e) => {
            let row = csv_line(&error_row(&e));
            (Err(e), row)
        }
    }
}

pub fn run(a: Args) -> Result<(), Failure> {
    let inputs: Vec<Input> = a.batch.inputs.iter().map(|p| Input::new(p)).collect();
    let mode = if a.jsonl {
        Mode::Jsonl
    } else {
        Mode::Files {
            recursive: a.batch.recursive,
        }
    };
    let total = super::input::check(&inputs, mode)?;
    let defaults = a.batch.defaults(a.published);
    let progress = Progress::new(a.batch.quiet, a.batch.output.is_some(), total);
    let mut out = Output::open(a.batch.output.as_deref())?;
    let per_article = a.by.is_none() && !a.summary;
    if per_article {
        let header: Vec<String> = ARTICLE_COLUMNS.iter().map(|s| s.to_string()).collect();
        out.write_all(&csv_line(&header))?;
    }
    let group_by = a.by.unwrap_or(By::Outlet);
    let mut tally = Tally::default();
    let mut items = Items::new(inputs, mode, defaults.max_bytes);
    let pool = a.batch.pool()?;
    let r = pipeline::run(
        &pool,
        pipeline::Window::for_threads(pool.current_num_threads()),
        || items.next_item(),
        |it| process(it, &defaults),
        |done: Option<(Done, usize)>| {
            let Some(((facts, row), weight)) = done else {
                return if per_article {
                    out.flush_stdout()
                } else {
                    Ok(())
                };
            };
            progress.record(weight, facts.is_err());
            match &facts {
                Ok(f) => {
                    tally.total.add(f);
                    tally.groups.entry(f.key(group_by)).or_default().add(f);
                }
                Err(_) => tally.errors += 1,
            }
            if per_article {
                out.write_all(&row)?;
            }
            Ok(())
        },
    );
    progress.clear();
    r?;
    if let Some(by) = a.by.filter(|_| !a.summary) {
        let mut header = vec![by.name().to_string()];
        header.extend(GROUP_COLUMNS.iter().map(|s| s.to_string()));
        out.write_all(&csv_line(&header))?;
        for (k, g) in &tally.groups {
            out.write_all(&csv_line(&g.row(k)))?;
        }
    }
    let table = summary(&tally, a.by);
    if a.summary {
        out.write_all(table.as_bytes())?;
    }
    out.finish()?;
    if !a.summary && !a.batch.quiet && std::io::stderr().is_terminal() {
        eprint!("{table}");
    }
    let hint = if per_article {
        "see their \"error\" column"
    } else {
        "not counted; see them with `sourcelens stats` without --by"
    };
    progress.report_failures(a.batch.quiet, a.batch.strict, hint)
}

fn pct(part: f64, whole: f64) -> String {
    if whole > 0.0 {
        format!("{:.1}%", 100.0 * part / whole)
    } else {
        "–".to_string()
    }
}

fn rate(part: u64, whole: u64, scale: f64) -> String {
    if whole > 0 {
        format!("{:.2}", part as f64 * scale / whole as f64)
    } else {
        "–".to_string()
    }
}

/// Thousands separators: 1234567 → 1,234,567.
fn thousands(n: u64) -> String {
    let s = n.to_string();
    let mut out = String::new();
    for (i, c) in s.chars().enumerate() {
        if i > 0 && (s.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    out
}

fn clip(s: &str, n: usize) -> String {
    if s.chars().count() <= n {
        s.to_string()
    } else {
        let mut o: String = s.chars().take(n - 1).collect();
        o.push('…');
        o
    }
}

/// The readable table: corpus totals, then one line per group (at most 30, the largest).
fn summary(t: &Tally, by: Option<By>) -> String {
    let mut o = String::new();
    // writing into a String cannot fail
    match write_summary(&mut o, t, by) {
        Ok(()) => o,
        Err(_) => String::new(),
    }
}

fn write_summary(o: &mut String, t: &Tally, by: Option<By>) -> std::fmt::Result {
    let g = &t.total;
    writeln!(
        o,
        "sourcelens stats: {} article{}{}, {} words",
        thousands(g.articles),
        if g.articles == 1 { "" } else { "s" },
        if t.errors > 0 {
            format!(" ({} could not be analysed)", thousands(t.errors))
        } else {
            String::new()
        },
        thousands(g.words)
    )?;
    writeln!(
        o,
        "\n  {:<28} {:>12} {:>12} {:>16}",
        "", "total", "per article", "per 1,000 words"
    )?;
    for (name, n) in [
        ("attributions", g.attributions),
        ("sources", g.sources),
        ("anonymous sources", g.anonymous_sources),
        ("distancing markers", g.distancing),
        ("dates", g.dates),
        ("places", g.places),
    ] {
        writeln!(
            o,
            "  {:<28} {:>12} {:>12} {:>16}",
            name,
            thousands(n),
            rate(n, g.articles, 1.0),
            rate(n, g.words, 1000.0)
        )?;
    }
    let a = g.attributions as f64;
    writeln!(o)?;
    for (name, v) in [
        ("anonymous attributions", pct(g.anonymous as f64, a)),
        ("quoted (direct or mixed)", pct(g.quoted as f64, a)),
        ("text attributed", pct(g.attributed_chars, g.chars as f64)),
        (
            "articles citing anonymously",
            pct(g.with_anonymous as f64, g.articles as f64),
        ),
    ] {
        writeln!(o, "  {name:<28} {v:>12}")?;
    }
    if g.distancing > 0 {
        writeln!(
            o,
            "  {:<28} so-called {}, scare quotes {}, alleged {}, claims {}",
            "distancing by kind", g.so_called, g.scare_quotes, g.alleged, g.claims
        )?;
    }
    let by = by.unwrap_or(By::Outlet);
    let named_groups = t.groups.keys().filter(|k| !k.is_empty()).count();
    if named_groups > 0 {
        let mut groups: Vec<(&String, &Agg)> = t.groups.iter().collect();
        if by == By::Outlet {
            groups.sort_by(|x, y| y.1.articles.cmp(&x.1.articles).then(x.0.cmp(y.0)));
        }
        let shown = groups.len().min(30);
        writeln!(
            o,
            "\n  {:<28} {:>8} {:>10} {:>7} {:>8} {:>10} {:>10}",
            format!("by {}", by.name()),
            "articles",
            "attr/art",
            "anon",
            "quoted",
            "src/1000w",
            "dist/1000w"
        )?;
        for (k, x) in &groups[..shown] {
            let a = x.attributions as f64;
            writeln!(
                o,
                "  {:<28} {:>8} {:>10} {:>7} {:>8} {:>10} {:>10}",
                clip(if k.is_empty() { "(unknown)" } else { k }, 28),
                thousands(x.articles),
                rate(x.attributions, x.articles, 1.0),
                pct(x.anonymous as f64, a),
                pct(x.quoted as f64, a),
                rate(x.sources, x.words, 1000.0),
                rate(x.distancing, x.words, 1000.0)
            )?;
        }
        if groups.len() > shown {
            writeln!(o, "  … and {} more", groups.len() - shown)?;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn facts_from_a_report() {
        let text = "The minister said on Sunday that the so-called ceasefire held in Aleppo. \
                    \"We are ready,\" an official told reporters in Damascus.";
        let r = analyze(
            text,
            &Options {
                published: NaiveDate::from_ymd_opt(2020, 3, 4),
                ..Options::default()
            },
        );
        let f = Facts::from_report(&serde_json::to_value(&r).unwrap(), Some("X".into())).unwrap();
        assert_eq!(f.attributions, r.profile.attributions as u64);
        assert_eq!(f.words, r.stats.words as u64);
        assert_eq!(f.distancing, r.distancing.len() as u64);
        assert_eq!(
            f.so_called + f.scare_quotes + f.alleged + f.claims,
            f.distancing
        );
        assert_eq!(f.published.as_deref(), Some("2020-03-04"));
        assert_eq!(f.key(By::Month), "2020-03");
        assert_eq!(f.key(By::Year), "2020");
        assert_eq!(f.key(By::Outlet), "X");
        assert!(Facts::from_report(&serde_json::json!({"x": 1}), None).is_err());
    }

    #[test]
    fn undefined_ratios_are_empty_not_zero() {
        assert_eq!(ratio(0.0, 0.0), "");
        assert_eq!(ratio(1.0, 3.0), "0.333");
        assert_eq!(per_1000(3, 0), "");
        assert_eq!(per_1000(3, 200), "15.00");
        assert_eq!(thousands(1234567), "1,234,567");
        assert_eq!(thousands(12), "12");
    }

    #[test]
    fn csv_quotes_what_needs_quoting() {
        let line = csv_line(&["a,b".to_string(), "say \"hi\"".to_string(), "x".to_string()]);
        assert_eq!(
            String::from_utf8(line).unwrap(),
            "\"a,b\",\"say \"\"hi\"\"\",x\n"
        );
    }
}
