//! `sourcelens analyze`: one article → one Report; many (JSON Lines, several files,
//! directories) → one JSON line per article, in input order, analysed in parallel.

use super::errors::{Failure, fail, why};
use super::input::{Input, Items, Mode};
use super::output::Output;
use super::progress::Progress;
use super::record::{self, Loaded, RecordError};
use super::{Batch, Format, pipeline};
use serde::Serialize;
use serde_json::Value;
use sourcelens::{NaiveDate, OffsetUnit, Options, Report, analyze};
use std::io::Read;

/// One output line of a batch.
#[derive(Serialize)]
struct Line<'a> {
    id: &'a Value,
    #[serde(skip_serializing_if = "Option::is_none")]
    outlet: Option<&'a str>,
    report: &'a Report,
}

pub struct Args {
    pub published: Option<NaiveDate>,
    pub offsets: OffsetUnit,
    pub format: Format,
    pub jsonl: bool,
    pub batch: Batch,
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
    let single_file = !a.jsonl
        && inputs.len() == 1
        && match &inputs[0] {
            Input::Stdin => true,
            Input::Path(p) => !p.is_dir() && !super::input::is_jsonl_path(p),
        };
    if single_file {
        return run_single(&inputs[0], &a);
    }
    let defaults = a.batch.defaults(a.published);
    let progress = Progress::new(a.batch.quiet, a.batch.output.is_some(), total);
    let mut out = Output::open(a.batch.output.as_deref())?;
    let mut items = Items::new(inputs, mode, defaults.max_bytes);
    let pool = a.batch.pool()?;
    let (offsets, format) = (text_offsets(a.offsets, a.format), a.format);
    let r = pipeline::run(
        &pool,
        pipeline::Window::for_threads(pool.current_num_threads()),
        || items.next_item(),
        |it| it.weight,
        |it| render(record::load_caught(it, &defaults, false), offsets, format),
        |done| match done {
            Some(((bytes, error), weight)) => {
                progress.record(weight, error);
                out.write_all(&bytes)
            }
            None => out.flush_stdout(),
        },
    );
    progress.finish(a.batch.quiet);
    r?;
    out.finish()
}

/// A text summary shows no offsets: it is made from a UTF-8 Report, whose spans index the
/// text directly (for context around distancing markers).
fn text_offsets(offsets: OffsetUnit, format: Format) -> OffsetUnit {
    match format {
        Format::Json => offsets,
        Format::Text => OffsetUnit::Utf8,
    }
}

/// Analyses one loaded record and renders its output line(s); `true` for an error.
fn render(
    loaded: Result<Loaded, RecordError>,
    offsets: OffsetUnit,
    format: Format,
) -> (Vec<u8>, bool) {
    let result = loaded.and_then(|l| match l {
        Loaded::Article(art) => {
            let options = Options {
                published: art.published,
                offsets,
                ..Options::default()
            };
            match super::errors::catch(|| analyze(&art.text, &options)) {
                Ok(mut r) => {
                    r.warnings.extend(art.warnings.iter().cloned());
                    Ok((art, r))
                }
                Err(e) => Err(RecordError {
                    id: Some(art.id),
                    file: None,
                    line: None,
                    error: e,
                }),
            }
        }
        Loaded::Computed(c) => Err(RecordError {
            id: Some(c.id),
            file: None,
            line: None,
            error: "already a Report".to_string(),
        }),
    });
    let mut buf = Vec::new();
    let error = result.is_err();
    match (format, result) {
        (Format::Json, Ok((art, report))) => {
            let line = Line {
                id: &art.id,
                outlet: art.outlet.as_deref(),
                report: &report,
            };
            // a Report always serialises (plain data, finite numbers)
            let _ = serde_json::to_writer(&mut buf, &line);
            buf.push(b'\n');
        }
        (Format::Json, Err(e)) => {
            let _ = serde_json::to_writer(&mut buf, &e);
            buf.push(b'\n');
        }
        (Format::Text, Ok((art, report))) => {
            buf.extend_from_slice(format!("== {}\n", id_text(&art.id)).as_bytes());
            if let Some(o) = &art.outlet {
                buf.extend_from_slice(format!("outlet: {o}\n").as_bytes());
            }
            buf.extend_from_slice(
                sourcelens::render::summary_in(&report, Some(&art.text)).as_bytes(),
            );
            buf.push(b'\n');
        }
        (Format::Text, Err(e)) => {
            let mut head = e.id.as_ref().map(id_text).unwrap_or_default();
            if let Some(l) = e.line {
                let f = e.file.as_deref().unwrap_or("line");
                head = if head.is_empty() {
                    format!("{f}:{l}")
                } else {
                    format!("{head} ({f}:{l})")
                };
            }
            buf.extend_from_slice(format!("== {head}\nerror: {}\n\n", e.error).as_bytes());
        }
    }
    (buf, error)
}

/// An id as a heading: strings without their quotes.
pub fn id_text(v: &Value) -> String {
    match v {
        Value::String(s) => s.clone(),
        Value::Null => String::new(),
        other => other.to_string(),
    }
}

/// One article (a file or standard input): one pretty-printed Report, or the summary.
fn run_single(input: &Input, a: &Args) -> Result<(), Failure> {
    let what = input.name();
    let bytes = match input {
        Input::Stdin => {
            let mut buf = Vec::new();
            std::io::stdin()
                .lock()
                .read_to_end(&mut buf)
                .map_err(|e| fail!("cannot read standard input: {}", why(&e)))?;
            buf
        }
        Input::Path(p) => {
            std::fs::read(p).map_err(|e| fail!("cannot read {}: {}", p.display(), why(&e)))?
        }
    };
    let force_html = matches!(input, Input::Path(p) if record::is_html_path(p));
    let raw = super::charset::decode(bytes, force_html).map_err(|e| fail!("{what}: {e}"))?;
    let (text, page_published) = if force_html || sourcelens::html::looks_like_html(&raw) {
        let art = sourcelens::html::extract_article(&raw).map_err(|e| fail!("{what}: {e}"))?;
        (
            art.text,
            art.published
                .and_then(|p| sourcelens::parse_published(&p).ok()),
        )
    } else {
        (raw, None)
    };
    let options = Options {
        // the command line names this one article's date: it wins over the page's
        published: a.published.or(page_published),
        offsets: text_offsets(a.offsets, a.format),
        ..Options::default()
    };
    let report = analyze(&text, &options);
    let rendered = match a.format {
        Format::Json => {
            let mut s = serde_json::to_string_pretty(&report)?;
            s.push('\n');
            s
        }
        Format::Text => sourcelens::render::summary_in(&report, Some(&text)),
    };
    let mut out = Output::open(a.batch.output.as_deref())?;
    out.write_all(rendered.as_bytes())?;
    out.finish()
}
