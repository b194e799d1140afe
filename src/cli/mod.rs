//! The command line proper (native builds only; see `src/main.rs`).

use clap::{Parser, Subcommand, ValueEnum};
use sourcelens::{Options, analyze, parse_published};
use std::io::{BufRead, BufWriter, Read, Write};
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Parser)]
#[command(
    name = "sourcelens",
    version,
    about = "Who says what, when and where: attributions, dates and places in news articles"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Clone, Copy, ValueEnum)]
enum Format {
    Json,
    Text,
}

#[derive(Clone, Copy, ValueEnum)]
enum Offsets {
    Utf8,
    Utf16,
    Char,
}

impl From<Offsets> for sourcelens::OffsetUnit {
    fn from(o: Offsets) -> Self {
        match o {
            Offsets::Utf8 => sourcelens::OffsetUnit::Utf8,
            Offsets::Utf16 => sourcelens::OffsetUnit::Utf16,
            Offsets::Char => sourcelens::OffsetUnit::Char,
        }
    }
}

#[derive(Subcommand)]
enum Command {
    /// Analyse one article (plain text or an HTML page) and print its Report.
    Analyze {
        /// Publication date (YYYY-MM-DD), the anchor for relative dates like "on Sunday".
        #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_published)]
        published: Option<sourcelens::NaiveDate>,
        /// Unit of the Report's offsets: UTF-8 bytes, UTF-16 code units (JS), code points.
        #[arg(long, value_enum, default_value = "utf8")]
        offsets: Offsets,
        /// JSON Report, or a readable summary.
        #[arg(long, value_enum, default_value = "json")]
        format: Format,
        /// Read JSON Lines ({"id", "text", "published"?, "outlet"?} per line) and write one
        /// {"id", "report"} line per input line, in order.
        #[arg(long, conflicts_with = "format")]
        jsonl: bool,
        /// The article file, or - for standard input.
        #[arg(value_name = "FILE|-")]
        input: PathBuf,
    },
}

/// An error for the user: one line on stderr, exit status 1.
struct Failure(String);

impl<E: std::fmt::Display> From<E> for Failure {
    fn from(e: E) -> Self {
        Failure(e.to_string())
    }
}

fn read_input(path: &PathBuf) -> Result<Vec<u8>, Failure> {
    let mut buf = Vec::new();
    if path.as_os_str() == "-" {
        std::io::stdin()
            .lock()
            .read_to_end(&mut buf)
            .map_err(|e| Failure(format!("cannot read standard input: {e}")))?;
        return Ok(buf);
    }
    if path.is_dir() {
        return Err(Failure(format!(
            "{} is a directory, not an article file",
            path.display()
        )));
    }
    std::fs::read(path).map_err(|e| {
        let why = match e.kind() {
            std::io::ErrorKind::NotFound => "no such file".to_string(),
            std::io::ErrorKind::PermissionDenied => "permission denied".to_string(),
            _ => e.to_string(),
        };
        Failure(format!("cannot read {}: {why}", path.display()))
    })
}

fn decode(bytes: Vec<u8>, what: &str) -> Result<String, Failure> {
    String::from_utf8(bytes).map_err(|e| {
        Failure(format!(
            "{what} is not valid UTF-8 (invalid byte at offset {})",
            e.utf8_error().valid_up_to()
        ))
    })
}

/// Writes `s` to stdout; a closed pipe (`| head`) is not an error.
fn emit(out: &mut impl Write, s: &str) -> Result<(), Failure> {
    match out.write_all(s.as_bytes()) {
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
        r => r.map_err(|e| Failure(format!("cannot write output: {e}"))),
    }
}

fn run(cli: Cli) -> Result<(), Failure> {
    match cli.command {
        Command::Analyze {
            published,
            offsets,
            format,
            jsonl,
            input,
        } => {
            let what = if input.as_os_str() == "-" {
                "standard input".to_string()
            } else {
                input.display().to_string()
            };
            let stdout = std::io::stdout();
            let mut out = BufWriter::new(stdout.lock());
            if jsonl {
                return run_jsonl(&input, offsets.into(), published, &mut out);
            }
            let raw = decode(read_input(&input)?, &what)?;
            let (text, page_published) = if sourcelens::html::looks_like_html(&raw) {
                let a = sourcelens::html::extract_article(&raw)
                    .map_err(|e| Failure(format!("{what}: {e}")))?;
                (a.text, a.published.and_then(|p| parse_published(&p).ok()))
            } else {
                (raw, None)
            };
            let options = Options {
                published: published.or(page_published),
                offsets: offsets.into(),
                ..Options::default()
            };
            let report = analyze(&text, &options);
            let rendered = match format {
                Format::Json => {
                    let mut s = serde_json::to_string_pretty(&report)?;
                    s.push('\n');
                    s
                }
                Format::Text => sourcelens::render::summary(&report),
            };
            emit(&mut out, &rendered)?;
            match out.flush() {
                Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => {
                    Err(Failure(format!("cannot write output: {e}")))
                }
                _ => Ok(()),
            }
        }
    }
}

/// One JSON Lines record in, one out; a bad record yields an error record, never a stop.
fn run_jsonl(
    input: &PathBuf,
    unit: sourcelens::OffsetUnit,
    default_published: Option<sourcelens::NaiveDate>,
    out: &mut impl Write,
) -> Result<(), Failure> {
    let reader: Box<dyn BufRead> = if input.as_os_str() == "-" {
        Box::new(std::io::BufReader::new(std::io::stdin()))
    } else {
        if input.is_dir() {
            return Err(Failure(format!(
                "{} is a directory, not a JSON Lines file",
                input.display()
            )));
        }
        Box::new(std::io::BufReader::new(
            std::fs::File::open(input)
                .map_err(|e| Failure(format!("cannot read {}: {e}", input.display())))?,
        ))
    };
    for (n, line) in reader.split(b'\n').enumerate() {
        let line = line.map_err(|e| Failure(format!("cannot read input: {e}")))?;
        let record = jsonl_record(n + 1, &line, unit, default_published);
        let mut s = serde_json::to_string(&record)?;
        s.push('\n');
        emit(out, &s)?;
    }
    out.flush().ok();
    Ok(())
}

fn jsonl_record(
    line_no: usize,
    line: &[u8],
    unit: sourcelens::OffsetUnit,
    default_published: Option<sourcelens::NaiveDate>,
) -> serde_json::Value {
    use serde_json::{Value, json};
    let err = |id: Option<&Value>, msg: String| {
        let mut v = json!({"line": line_no, "error": msg});
        if let Some(id) = id {
            v["id"] = id.clone();
        }
        v
    };
    let Ok(line) = std::str::from_utf8(line) else {
        return err(None, "line is not valid UTF-8".to_string());
    };
    let line = line.trim_end_matches('\r');
    let rec: Value = match serde_json::from_str(line) {
        Ok(v) => v,
        Err(e) => return err(None, format!("invalid JSON: {e}")),
    };
    let id = rec.get("id");
    let Some(text) = rec.get("text").and_then(Value::as_str) else {
        return err(id, "missing string field \"text\"".to_string());
    };
    let published = match rec.get("published") {
        None | Some(Value::Null) => default_published,
        Some(Value::String(p)) => match parse_published(p) {
            Ok(d) => Some(d),
            Err(e) => return err(id, e),
        },
        Some(_) => return err(id, "field \"published\" must be a string".to_string()),
    };
    let options = Options {
        published,
        offsets: unit,
        ..Options::default()
    };
    let report = analyze(text, &options);
    json!({"id": id.cloned().unwrap_or(Value::Null), "report": report})
}

pub fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(c) => c,
        Err(e) => {
            use clap::error::ErrorKind;
            if matches!(
                e.kind(),
                ErrorKind::DisplayHelp
                    | ErrorKind::DisplayVersion
                    | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand
            ) {
                let _ = e.print();
                return if e.kind() == ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand {
                    ExitCode::from(2)
                } else {
                    ExitCode::SUCCESS
                };
            }
            // one line: clap's first line, without its usage block
            let msg = e.to_string();
            let first = msg.lines().next().unwrap_or("invalid arguments");
            let first = first.strip_prefix("error: ").unwrap_or(first);
            eprintln!("sourcelens: {first} (see sourcelens --help)");
            return ExitCode::from(2);
        }
    };
    match run(cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(Failure(msg)) => {
            eprintln!("sourcelens: {msg}");
            ExitCode::FAILURE
        }
    }
}
