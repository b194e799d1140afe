//! `sourcelens analyze`: one article → one Report; many (JSON Lines, several files,
//! directories) → one JSON line per article, in input order, analysed in parallel.

use super::errors::{Failure, fail, why};
use super::input::{Input, Items, Mode};
use super::output::{Output, csv_line};
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
    if let Format::Csv = format {
        out.write_all(&csv_line(CSV_COLUMNS))?;
    }
    let quiet = a.batch.quiet;
    let mut unsupported = 0usize;
    let r = pipeline::run(
        &pool,
        pipeline::Window::for_threads(pool.current_num_threads()),
        || items.next_item(),
        |it| render(record::load_caught(it, &defaults, false), offsets, format),
        |done| match done {
            Some((rendered, weight)) => {
                progress.record(weight, rendered.error.is_some());
                unsupported += usize::from(rendered.unsupported_language);
                if let (Format::Csv, Some(e), false) = (format, &rendered.error, quiet) {
                    // CSV has no room for error records: they are told on stderr
                    eprintln!("sourcelens: {}", error_heading(e, true));
                }
                out.write_all(&rendered.bytes)
            }
            None => out.flush_stdout(),
        },
    );
    progress.clear();
    r?;
    out.finish()?;
    if unsupported > 0 && !quiet {
        eprintln!(
            "sourcelens: {unsupported} record{} in a language sourcelens does not read yet \
             (English news only for now): no attributions read (see their \"language\" field)",
            if unsupported == 1 { " is" } else { "s are" }
        );
    }
    let hint = match format {
        Format::Json => "see their \"error\" fields",
        Format::Text => "see their \"error:\" lines",
        Format::Csv => "see the messages above",
    };
    progress.report_failures(a.batch.quiet, a.batch.strict, hint)
}

/// A text summary shows no offsets: it is made from a UTF-8 Report, whose spans index the
/// text directly (for context around distancing markers).
fn text_offsets(offsets: OffsetUnit, format: Format) -> OffsetUnit {
    match format {
        Format::Json | Format::Csv => offsets,
        Format::Text => OffsetUnit::Utf8,
    }
}

/// The output of one record, and its error if it is an error record.
struct Rendered {
    bytes: Vec<u8>,
    error: Option<RecordError>,
    /// The article is in a language sourcelens does not read (its Report has no attributions).
    unsupported_language: bool,
}

/// Analyses one loaded record and renders its output line(s).
fn render(loaded: Result<Loaded, RecordError>, offsets: OffsetUnit, format: Format) -> Rendered {
    let result = loaded.and_then(|l| match l {
        Loaded::Article(art) => {
            let options = Options {
                published: art.published,
                updated: art.updated,
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
    let mut bytes = Vec::new();
    match result {
        Ok((art, report)) => {
            let supported = report.language.as_ref().is_none_or(|l| l.supported);
            match format {
                Format::Json => {
                    let line = Line {
                        id: &art.id,
                        outlet: art.outlet.as_deref(),
                        report: &report,
                    };
                    // a Report always serialises (plain data, finite numbers)
                    bytes = serde_json::to_vec(&line).unwrap_or_default();
                    bytes.push(b'\n');
                }
                Format::Text => {
                    bytes.extend_from_slice(format!("== {}\n", id_text(&art.id)).as_bytes());
                    if let Some(o) = &art.outlet {
                        bytes.extend_from_slice(format!("outlet: {o}\n").as_bytes());
                    }
                    bytes.extend_from_slice(
                        sourcelens::render::summary_in(&report, Some(&art.text)).as_bytes(),
                    );
                    bytes.push(b'\n');
                }
                Format::Csv => bytes = csv_rows(&id_text(&art.id), &report),
            }
            Rendered {
                bytes,
                error: None,
                unsupported_language: !supported,
            }
        }
        Err(e) => {
            match format {
                Format::Json => {
                    bytes = serde_json::to_vec(&e).unwrap_or_default();
                    bytes.push(b'\n');
                }
                Format::Text => bytes.extend_from_slice(
                    format!("== {}\nerror: {}\n\n", error_heading(&e, false), e.error).as_bytes(),
                ),
                Format::Csv => {}
            }
            Rendered {
                bytes,
                error: Some(e),
                unsupported_language: false,
            }
        }
    }
}

/// Who a bad record is: "ID (FILE:LINE)", "FILE:LINE", "ID"; with `message`, then ": ERROR".
fn error_heading(e: &RecordError, message: bool) -> String {
    let mut head = e.id.as_ref().map(id_text).unwrap_or_default();
    if let Some(l) = e.line {
        let at = match e.file.as_deref() {
            Some(f) => format!("{f}:{l}"),
            None => format!("line {l}"),
        };
        head = if head.is_empty() {
            at
        } else {
            format!("{head} ({at})")
        };
    }
    match (message, head.is_empty()) {
        (false, _) => head,
        (true, true) => e.error.clone(),
        (true, false) => format!("{head}: {}", e.error),
    }
}

/// `--format csv`: one row per attribution; `start`, `end` are the cue's offsets.
pub const CSV_COLUMNS: &[&str] = &[
    "id",
    "source",
    "speaker",
    "cue",
    "content",
    "kind",
    "anonymous",
    "start",
    "end",
];

/// The CSV rows of one Report's attributions.
fn csv_rows(id: &str, report: &Report) -> Vec<u8> {
    let mut bytes = Vec::new();
    for a in &report.attributions {
        let kind = match a.kind {
            sourcelens::AttributionKind::Direct => "direct",
            sourcelens::AttributionKind::Indirect => "indirect",
            sourcelens::AttributionKind::Mixed => "mixed",
        };
        let row = [
            id,
            a.source.as_ref().map_or("", |s| s.text.as_str()),
            a.speaker.as_deref().unwrap_or(""),
            &a.cue.text,
            a.content.as_ref().map_or("", |s| s.text.as_str()),
            kind,
            if a.anonymous { "true" } else { "false" },
            &a.cue.start.to_string(),
            &a.cue.end.to_string(),
        ];
        bytes.extend(csv_line(&row));
    }
    bytes
}

/// An id as a heading: strings without their quotes.
pub fn id_text(v: &Value) -> String {
    match v {
        Value::String(s) => s.clone(),
        Value::Null => String::new(),
        other => other.to_string(),
    }
}

/// The id of a single input in CSV rows: its path, or "-" (as in a batch).
fn what_id(input: &Input) -> String {
    match input {
        Input::Stdin => "-".to_string(),
        Input::Path(p) => p.display().to_string(),
    }
}

/// One article (a file or standard input): one pretty-printed Report, the summary, or CSV.
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
    let (text, page_published, page_updated) =
        if force_html || sourcelens::html::looks_like_html(&raw) {
            let art = sourcelens::html::extract_article(&raw).map_err(|e| fail!("{what}: {e}"))?;
            let day = |d: Option<String>| d.and_then(|p| sourcelens::parse_published(&p).ok());
            (art.text, day(art.published), day(art.updated))
        } else {
            (raw, None, None)
        };
    let options = Options {
        // the command line names this one article's date: it wins over the page's
        published: a.published.or(page_published),
        updated: page_updated,
        offsets: text_offsets(a.offsets, a.format),
        ..Options::default()
    };
    let report = analyze(&text, &options);
    if let Some(notice) = report.language.as_ref().and_then(|l| l.notice()) {
        if !a.batch.quiet {
            eprintln!("sourcelens: {what}: {notice} (no attributions read)");
        }
    }
    let rendered = match a.format {
        Format::Json => {
            let mut s = serde_json::to_string_pretty(&report)?;
            s.push('\n');
            s
        }
        Format::Text => sourcelens::render::summary_in(&report, Some(&text)),
        Format::Csv => {
            let mut b = csv_line(CSV_COLUMNS);
            b.extend(csv_rows(&what_id(input), &report));
            String::from_utf8(b).unwrap_or_default()
        }
    };
    let mut out = Output::open(a.batch.output.as_deref())?;
    out.write_all(rendered.as_bytes())?;
    out.finish()
}
