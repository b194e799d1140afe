//! From an input item to an article ready for `analyze` (or a computed Report, for
//! `stats`), or to the error record that stands in for it.
//!
//! A JSON Lines record is `{"id", "text" | "html", "published"?, "updated"?, "outlet"?}`:
//! - `id`: any JSON value, copied to the output as is (null when missing);
//! - `text`: the article as plain text, or `html`: a saved page whose article is extracted
//!   first (as for `.html` files); when both are present `text` is used;
//! - `published`: `YYYY-MM-DD` (an ISO timestamp is accepted; null = unknown); precedence:
//!   the record's date, then the page's metadata (HTML), then `--published`;
//! - `updated`: the date the page was last updated, same forms; the record's date, then the
//!   page's metadata (HTML). Never the anchor while a published date or a dateline is known
//!   (the Report gives it as `updated`);
//! - `outlet` (or, failing that, `domain`): a string copied to the output and used by
//!   `stats --by outlet`.
//!
//! For `stats` a line may instead be an output line of `analyze --jsonl`:
//! `{"id", "outlet"?, "report"}` (used as is) or an error line `{"id"?, "line"?, "error"}`.

use super::input::{Item, ItemKind};
use serde::Serialize;
use serde_json::Value;
use sourcelens::NaiveDate;
use std::io::Read;
use std::path::Path;
use std::sync::Arc;

/// What the batch knows besides each record.
#[derive(Clone, Debug, Default)]
pub struct Defaults {
    /// `--published`: the date for records that give none.
    pub published: Option<NaiveDate>,
    /// `--outlet-from-dir`: a file's outlet is the name of its directory.
    pub outlet_from_dir: bool,
    /// `--max-record-bytes`.
    pub max_bytes: usize,
    /// `--lenient`: an unreadable `published` is dropped (with a warning), not an error.
    pub lenient: bool,
}

/// An article to analyse.
pub struct Article {
    pub id: Value,
    pub outlet: Option<String>,
    pub text: String,
    pub published: Option<NaiveDate>,
    /// The date the page was last updated (the record's, else the page's metadata).
    pub updated: Option<NaiveDate>,
    /// To add to the Report's warnings (e.g. a date dropped by `--lenient`).
    pub warnings: Vec<String>,
}

/// An already computed Report (a line of `analyze --jsonl` output).
pub struct Computed {
    pub id: Value,
    pub outlet: Option<String>,
    pub report: Value,
}

pub enum Loaded {
    Article(Article),
    Computed(Computed),
}

/// The record that stands in for a bad input: `{"id"?, "file"?, "line"?, "error"}`.
#[derive(Debug, Clone, Serialize)]
pub struct RecordError {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<Value>,
    #[serde(skip_serializing_if = "Option::is_none", serialize_with = "ser_file")]
    pub file: Option<Arc<str>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub line: Option<usize>,
    pub error: String,
}

fn ser_file<S: serde::Serializer>(f: &Option<Arc<str>>, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_str(f.as_deref().unwrap_or(""))
}

impl RecordError {
    fn new(id: Option<Value>, error: impl Into<String>) -> RecordError {
        RecordError {
            id,
            file: None,
            line: None,
            error: error.into(),
        }
    }
}

pub fn is_html_path(p: &Path) -> bool {
    p.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| e.eq_ignore_ascii_case("html") || e.eq_ignore_ascii_case("htm"))
}

/// The article text of an input and what its page says about it.
struct PageText {
    text: String,
    published: Option<NaiveDate>,
    updated: Option<NaiveDate>,
    site: Option<String>,
}

/// Plain text or HTML (by file extension, or by its first bytes) → text, the page's
/// published and updated dates and its site name.
fn article_text(raw: String, force_html: bool) -> Result<PageText, String> {
    if force_html || sourcelens::html::looks_like_html(&raw) {
        let a = sourcelens::html::extract_article(&raw)?;
        let day = |d: Option<String>| d.and_then(|p| sourcelens::parse_published(&p).ok());
        Ok(PageText {
            text: a.text,
            published: day(a.published),
            updated: day(a.updated),
            site: a.site_name,
        })
    } else {
        Ok(PageText {
            text: raw,
            published: None,
            updated: None,
            site: None,
        })
    }
}

fn read_file(path: &Path, max: usize) -> Result<Vec<u8>, String> {
    let f = std::fs::File::open(path)
        .map_err(|e| format!("cannot read: {}", super::errors::why(&e)))?;
    let mut bytes = Vec::new();
    f.take(max as u64 + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| format!("cannot read: {}", super::errors::why(&e)))?;
    if bytes.len() > max {
        return Err(format!("file larger than {max} bytes (--max-record-bytes)"));
    }
    Ok(bytes)
}

fn file_article(
    id: String,
    bytes: Vec<u8>,
    html: bool,
    outlet: Option<String>,
    d: &Defaults,
) -> Result<Loaded, RecordError> {
    let idv = Value::String(id);
    let raw =
        super::charset::decode(bytes, html).map_err(|e| RecordError::new(Some(idv.clone()), e))?;
    let page = article_text(raw, html).map_err(|e| RecordError::new(Some(idv.clone()), e))?;
    Ok(Loaded::Article(Article {
        id: idv,
        outlet: outlet.or(page.site),
        text: page.text,
        published: page.published.or(d.published),
        updated: page.updated,
        warnings: Vec::new(),
    }))
}

/// [`load`], with a panic (a bug, in HTML extraction say) turned into the item's error.
pub fn load_caught(item: Item, d: &Defaults, allow_reports: bool) -> Result<Loaded, RecordError> {
    let (id, file, line) = match &item.kind {
        ItemKind::Line { file, line, .. } | ItemKind::TooLong { file, line } => {
            (None, file.clone(), Some(*line))
        }
        ItemKind::File { path } => (Some(Value::String(path.display().to_string())), None, None),
        ItemKind::Stdin { .. } => (Some(Value::String("-".to_string())), None, None),
        ItemKind::Unreadable { id, .. } => (Some(Value::String(id.clone())), None, None),
    };
    super::errors::catch(|| load(item, d, allow_reports)).unwrap_or_else(|error| {
        Err(RecordError {
            id,
            file,
            line,
            error,
        })
    })
}

/// Loads one item. `allow_reports`: a line may be a computed Report (for `stats`).
pub fn load(item: Item, d: &Defaults, allow_reports: bool) -> Result<Loaded, RecordError> {
    match item.kind {
        ItemKind::Unreadable { id, error } => Err(RecordError::new(Some(Value::String(id)), error)),
        ItemKind::TooLong { file, line } => Err(RecordError {
            id: None,
            file,
            line: Some(line),
            error: format!(
                "record longer than {} bytes (--max-record-bytes); skipped",
                d.max_bytes
            ),
        }),
        ItemKind::Stdin { bytes } => file_article("-".to_string(), bytes, false, None, d),
        ItemKind::File { path } => {
            let id = path.display().to_string();
            let bytes = read_file(&path, d.max_bytes)
                .map_err(|e| RecordError::new(Some(Value::String(id.clone())), e))?;
            let outlet = if d.outlet_from_dir {
                path.parent()
                    .and_then(|p| p.file_name())
                    .map(|n| n.to_string_lossy().into_owned())
            } else {
                None
            };
            file_article(id, bytes, is_html_path(&path), outlet, d)
        }
        ItemKind::Line { file, line, bytes } => {
            load_line(&bytes, d, allow_reports).map_err(|mut e| {
                e.file = file;
                e.line = Some(line);
                e
            })
        }
    }
}

fn load_line(bytes: &[u8], d: &Defaults, allow_reports: bool) -> Result<Loaded, RecordError> {
    // a byte order mark (some editors write one at the start of a file) is not JSON
    let bytes = bytes.strip_prefix("\u{feff}".as_bytes()).unwrap_or(bytes);
    let line = std::str::from_utf8(bytes).map_err(|e| {
        RecordError::new(
            None,
            format!(
                "line is not valid UTF-8 (invalid byte at offset {})",
                e.valid_up_to()
            ),
        )
    })?;
    let mut rec: serde_json::Map<String, Value> = match serde_json::from_str::<Value>(line) {
        Ok(Value::Object(m)) => m,
        Ok(_) => return Err(RecordError::new(None, "record is not a JSON object")),
        Err(e) => return Err(RecordError::new(None, format!("invalid JSON: {e}"))),
    };
    let id = rec.remove("id").unwrap_or(Value::Null);
    let outlet = match (rec.get("outlet"), rec.get("domain")) {
        (Some(Value::String(o)), _) => Some(o.clone()),
        (Some(Value::Null) | None, Some(Value::String(o))) => Some(o.clone()),
        (Some(Value::Null) | None, _) => None,
        (Some(_), _) => {
            return Err(RecordError::new(
                Some(id),
                "field \"outlet\" must be a string",
            ));
        }
    };
    if allow_reports {
        if let Some(report) = rec.remove("report") {
            if !report.is_object() {
                return Err(RecordError::new(
                    Some(id),
                    "field \"report\" must be an object",
                ));
            }
            return Ok(Loaded::Computed(Computed { id, outlet, report }));
        }
        if let Some(Value::String(e)) = rec.get("error") {
            return Err(RecordError::new(Some(id), e.clone()));
        }
    }
    let mut warnings = Vec::new();
    let published = record_date(&rec, "published", d.lenient, &mut warnings)
        .map_err(|e| RecordError::new(Some(id.clone()), e))?;
    let updated = record_date(&rec, "updated", d.lenient, &mut warnings)
        .map_err(|e| RecordError::new(Some(id.clone()), e))?;
    let page = match (rec.remove("text"), rec.remove("html")) {
        (Some(Value::String(t)), _) => PageText {
            text: t,
            published: None,
            updated: None,
            site: None,
        },
        (Some(Value::Null) | None, Some(Value::String(h))) => {
            article_text(h, true).map_err(|e| RecordError::new(Some(id.clone()), e))?
        }
        (Some(Value::Null) | None, None | Some(Value::Null)) => {
            let what = if allow_reports {
                "missing string field \"text\" (or \"html\", or \"report\")"
            } else {
                "missing string field \"text\" (or \"html\")"
            };
            return Err(RecordError::new(Some(id), what));
        }
        (Some(_), _) => {
            return Err(RecordError::new(
                Some(id),
                "field \"text\" must be a string",
            ));
        }
        (_, Some(_)) => {
            return Err(RecordError::new(
                Some(id),
                "field \"html\" must be a string",
            ));
        }
    };
    Ok(Loaded::Article(Article {
        id,
        outlet: outlet.or(page.site),
        text: page.text,
        published: published.or(page.published).or(d.published),
        updated: updated.or(page.updated),
        warnings,
    }))
}

/// A record's date field (`published`, `updated`): `YYYY-MM-DD` or an ISO timestamp, null or
/// missing = unknown; an unreadable one is an error, or with `--lenient` dropped with a
/// warning.
fn record_date(
    rec: &serde_json::Map<String, Value>,
    field: &str,
    lenient: bool,
    warnings: &mut Vec<String>,
) -> Result<Option<NaiveDate>, String> {
    let parsed = match rec.get(field) {
        None | Some(Value::Null) => Ok(None),
        Some(Value::String(p)) => sourcelens::parse_published(p)
            .map(Some)
            .map_err(|e| e.replace("published", field)),
        Some(_) => Err(format!("field \"{field}\" must be a string (YYYY-MM-DD)")),
    };
    match parsed {
        Err(e) if lenient => {
            warnings.push(format!("{e}: ignored (--lenient)"));
            Ok(None)
        }
        r => r,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn line(s: &str) -> Result<Loaded, RecordError> {
        load_line(s.as_bytes(), &Defaults::default(), true)
    }

    #[test]
    fn record_shapes() {
        let Ok(Loaded::Article(a)) =
            line(r#"{"id": 3, "text": "Hi.", "published": "2020-01-02", "domain": "x.org"}"#)
        else {
            panic!()
        };
        assert_eq!(a.id, 3);
        assert_eq!(a.outlet.as_deref(), Some("x.org"));
        assert_eq!(a.published.unwrap().to_string(), "2020-01-02");
        assert_eq!(a.updated, None);
        let Ok(Loaded::Article(a)) =
            line(r#"{"text": "Hi.", "updated": "2020-01-05T10:00:00Z", "published": null}"#)
        else {
            panic!()
        };
        assert_eq!(a.published, None);
        assert_eq!(a.updated.unwrap().to_string(), "2020-01-05");
        assert!(matches!(
            line(r#"{"id": "r", "report": {"profile": {}}}"#),
            Ok(Loaded::Computed(_))
        ));
        let e = line(r#"{"id": "r", "line": 4, "error": "bad"}"#)
            .err()
            .unwrap();
        assert_eq!(e.error, "bad");
        for (bad, needle) in [
            ("[1,2]", "not a JSON object"),
            ("{\"id\": 1}", "missing"),
            ("{\"text\": 5}", "must be a string"),
            ("{\"html\": 5}", "must be a string"),
            ("{\"text\": \"a\", \"outlet\": 5}", "outlet"),
            ("{\"text\": \"a\", \"published\": 20200101}", "published"),
            (
                "{\"text\": \"a\", \"published\": \"2020-02-30\"}",
                "published",
            ),
            ("{\"text\": \"a\", \"updated\": 5}", "updated"),
            (
                "{\"text\": \"a\", \"updated\": \"2020-13-01\"}",
                "invalid updated date",
            ),
            ("{\"text\": \"a\"", "invalid JSON"),
        ] {
            let e = line(bad).err().unwrap();
            assert!(e.error.contains(needle), "{bad}: {}", e.error);
        }
        assert!(matches!(
            line("\u{feff}{\"id\": 1, \"text\": \"Hi.\"}"),
            Ok(Loaded::Article(_))
        ));
        let e = load_line(b"{\"text\": \"caf\xe9\"}", &Defaults::default(), false)
            .err()
            .unwrap();
        assert!(e.error.contains("UTF-8"));
    }
}
