//! The command line proper (native builds only; see `src/main.rs`).
//!
//! - `analyze`: one article → one Report (pretty JSON or a text summary); a batch (JSON
//!   Lines records, several files, directories with `-r`) → one JSON line per article, in
//!   input order, analysed in parallel in bounded memory (`analyze.rs`, `pipeline.rs`).
//! - `stats`: sourcing statistics over a corpus as CSV (`stats.rs`).
//! - `rules`: the rule registry, every id a finding's `rule` can carry (`rules.rs`).

mod analyze;
mod charset;
mod errors;
mod input;
mod output;
mod pipeline;
mod progress;
mod record;
mod rules;
mod stats;

use clap::{Args, Parser, Subcommand, ValueEnum};
use errors::{Failure, fail};
use sourcelens::parse_published;
use std::path::PathBuf;
use std::process::ExitCode;

// Help texts: one line per paragraph (clap wraps them to the terminal, `wrap_help`), list
// items short enough not to need it.
const AFTER_HELP: &str = "\
Examples:
  sourcelens analyze --format text --published 2017-10-30 a.txt
  sourcelens analyze --offsets char page.html > report.json
  sourcelens analyze --jsonl corpus.jsonl -o reports.jsonl
  sourcelens analyze -r saved-pages/ > reports.jsonl
  sourcelens analyze --format csv -r saved-pages/ > quotes.csv
  sourcelens analyze --strict --jsonl corpus.jsonl > out.jsonl
  sourcelens stats corpus.jsonl > articles.csv
  sourcelens stats --by outlet reports.jsonl > outlets.csv
  sourcelens stats -r --outlet-from-dir --summary corpus/
  sourcelens rules --format json > rules.json

Errors are one line on stderr with a non-zero exit status. In a batch a bad record becomes an error record ({\"id\"?, \"line\"?, \"error\"}) and the batch goes on; with --strict the exit status is then 1.";

#[derive(Parser)]
#[command(
    name = "sourcelens",
    version,
    max_term_width = 100,
    about = "Who says what, when and where: attributions, dates and places in news articles",
    after_help = AFTER_HELP
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Clone, Copy, ValueEnum)]
pub enum Format {
    /// A JSON Report (one per line in a batch).
    Json,
    /// A readable summary (in a batch: one per article, under a "== ID" heading).
    Text,
    /// CSV, one row per attribution: id, source, speaker, cue, content, kind, anonymous,
    /// start, end (the cue's offsets); bad records are told on stderr.
    Csv,
}

/// `--offsets`: parsed by the core (the message of a bad value is the one the Python and
/// wasm bindings give too).
fn parse_offsets(s: &str) -> Result<sourcelens::OffsetUnit, String> {
    s.parse()
}

/// Options shared by every command that reads a corpus.
#[derive(Args)]
pub struct Batch {
    /// Article files (.txt, or .html whose article is extracted first), directories (with
    /// -r), JSON Lines files (*.jsonl, *.ndjson, or any with --jsonl), or - for standard
    /// input (an article; JSON Lines with --jsonl).
    #[arg(value_name = "FILE|DIR|-", required = true)]
    inputs: Vec<PathBuf>,
    /// Walk directories recursively for .txt, .html and .htm files (sorted by name;
    /// hidden entries skipped, symlinks not followed). The id of a file is its path.
    #[arg(short, long)]
    recursive: bool,
    /// Write to FILE instead of standard output: into a temporary file renamed over FILE
    /// only when the whole run succeeded.
    #[arg(short, long, value_name = "FILE")]
    output: Option<PathBuf>,
    /// Worker threads analysing articles (default or 0: one per core).
    #[arg(short = 'j', long, value_name = "N")]
    threads: Option<usize>,
    /// A file's outlet is the name of the directory holding it (corpus/OUTLET/article.html).
    #[arg(long)]
    outlet_from_dir: bool,
    /// The largest record or file accepted (larger ones become error records, unread).
    /// Suffixes K, M, G (powers of 1024).
    #[arg(long, value_name = "SIZE", default_value = "64M", value_parser = parse_size)]
    max_record_bytes: usize,
    /// A record's "published" that cannot be read is ignored (noted in the Report's
    /// warnings) instead of making the record an error.
    #[arg(long)]
    lenient: bool,
    /// No progress bar and no end-of-run notes on stderr.
    #[arg(short, long)]
    quiet: bool,
    /// Exit with status 1 when any record could not be analysed (every good record and an
    /// error record for each bad one are still written; stderr says how many failed).
    #[arg(long)]
    strict: bool,
}

impl Batch {
    fn defaults(&self, published: Option<sourcelens::NaiveDate>) -> record::Defaults {
        record::Defaults {
            published,
            outlet_from_dir: self.outlet_from_dir,
            max_bytes: self.max_record_bytes,
            lenient: self.lenient,
        }
    }

    fn pool(&self) -> Result<rayon::ThreadPool, Failure> {
        let n = match self.threads {
            Some(0) | None => std::thread::available_parallelism().map_or(1, |n| n.get()),
            Some(n) => n,
        };
        rayon::ThreadPoolBuilder::new()
            .num_threads(n)
            .thread_name(|i| format!("sourcelens-{i}"))
            .build()
            .map_err(|e| fail!("cannot start {n} worker threads: {e}"))
    }
}

fn parse_size(s: &str) -> Result<usize, String> {
    let t = s.trim();
    let (digits, mult) = match t.char_indices().last() {
        Some((i, 'k' | 'K')) => (&t[..i], 1usize << 10),
        Some((i, 'm' | 'M')) => (&t[..i], 1 << 20),
        Some((i, 'g' | 'G')) => (&t[..i], 1 << 30),
        _ => (t, 1),
    };
    digits
        .trim()
        .parse::<usize>()
        .ok()
        .and_then(|n| n.checked_mul(mult))
        .filter(|&n| n > 0)
        .ok_or_else(|| format!("invalid size {s:?} (expected e.g. 65536, 512K, 64M)"))
}

#[derive(Subcommand)]
enum Command {
    /// Analyse articles: one file or - gives one Report; a batch (--jsonl, several files,
    /// -r DIR) gives one {"id", "outlet"?, "report"} JSON line per article, in input order.
    #[command(after_help = "\
JSON Lines records (--jsonl): {\"id\", \"text\" | \"html\", \"published\"?, \"outlet\"?} per line:
  id          any JSON value, copied (null when missing)
  text        the article as plain text; or
  html        a saved page, its article extracted first
  published   YYYY-MM-DD (or an ISO timestamp)
  outlet      copied (else \"domain\", else the page's site)
Text wins when both text and html are given. A record's date wins over the page's metadata, which wins over --published. Blank lines are skipped. A bad line gives {\"id\"?, \"file\"?, \"line\": N, \"error\"} in its place.

Files: .html/.htm (or text starting like HTML) are extracted; the id is the path. Any charset: a byte order mark, else UTF-8, else a page's <meta> charset, else a guess; binary or undecodable files are errors.

CSV (--format csv): one row per attribution with the columns id, source, speaker, cue, content, kind, anonymous, start, end (the cue's offsets in the --offsets unit); bad records are told on stderr.")]
    Analyze {
        /// Publication date (YYYY-MM-DD), the anchor for relative dates like "on Sunday".
        /// For one file it wins over the page's metadata; in a batch it is the default for
        /// records and files that give none.
        #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_published)]
        published: Option<sourcelens::NaiveDate>,
        /// Unit of the Report's offsets: utf8 (bytes), utf16 (code units, as JavaScript
        /// strings), char (code points, as Python strings).
        #[arg(long, value_name = "utf8|utf16|char", default_value = "utf8", value_parser = parse_offsets)]
        offsets: sourcelens::OffsetUnit,
        /// JSON Report, a readable summary, or CSV (one row per attribution).
        #[arg(long, value_enum, default_value = "json")]
        format: Format,
        /// Every input is JSON Lines (records, see below), whatever its name; needed for
        /// standard input (files named *.jsonl or *.ndjson are always read as JSON Lines).
        #[arg(long)]
        jsonl: bool,
        #[command(flatten)]
        batch: Batch,
    },
    /// Sourcing statistics over a corpus, as CSV: one row per article, or one per outlet,
    /// year or month with --by; --summary for a readable table.
    #[command(after_help = "\
Input: articles (files, -r DIR, or --jsonl records as for `analyze --jsonl`), analysed on the fly, or the output of `analyze --jsonl` ({\"id\", \"outlet\"?, \"report\"} lines, mixed freely).

Per-article columns: id, outlet, published, words, attributions, direct, indirect, mixed, named, anonymous, sources, anonymous_sources, share_anonymous (anonymous / attributions), share_direct ((direct + mixed) / attributions), share_attributed (share of the text's characters inside attributed content), attributions_per_1000_words, sources_per_1000_words, distancing, so_called, scare_quotes, alleged, claims, dates, dates_resolved, places, countries (distinct), top_source, top_source_attributions, error (bad records: every other column empty). A ratio with a zero denominator is empty, not 0.

--by columns: the key, articles, words, attributions, attributions_per_article, sources, anonymous_sources, share_anonymous, share_direct, share_attributed, attributions_per_1000_words, sources_per_1000_words, distancing, distancing_per_1000_words, share_articles_with_anonymous, dates, places. Ratios are pooled (ratio of the group's sums); bad records are not counted. An empty key: no outlet / no publication date.")]
    Stats {
        /// Every input is JSON Lines (article records or `analyze --jsonl` output),
        /// whatever its name; needed for standard input.
        #[arg(long)]
        jsonl: bool,
        /// One row per outlet, year or month instead of one per article.
        #[arg(long, value_enum, value_name = "outlet|year|month")]
        by: Option<stats::By>,
        /// Print a readable summary table instead of CSV (shown on stderr after the CSV
        /// anyway when stderr is a terminal).
        #[arg(long)]
        summary: bool,
        /// Default publication date for articles that give none.
        #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_published)]
        published: Option<sourcelens::NaiveDate>,
        #[command(flatten)]
        batch: Batch,
    },
    /// The rule registry: every id a finding's `rule` field can carry (a place's rule joins
    /// several with "+"), with its category, what it recognises and an example sentence.
    Rules {
        /// A readable list, or a JSON array of {"id", "category", "description", "example"}.
        #[arg(long, value_enum, default_value = "text")]
        format: rules::RulesFormat,
    },
}

fn run(cli: Cli) -> Result<(), Failure> {
    match cli.command {
        Command::Analyze {
            published,
            offsets,
            format,
            jsonl,
            batch,
        } => analyze::run(analyze::Args {
            published,
            offsets,
            format,
            jsonl,
            batch,
        }),
        Command::Stats {
            jsonl,
            by,
            summary,
            published,
            batch,
        } => stats::run(stats::Args {
            published,
            jsonl,
            by,
            summary,
            batch,
        }),
        Command::Rules { format } => rules::run(format),
    }
}

pub fn main() -> ExitCode {
    errors::install_panic_hook();
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
                if let Err(err) = e.print() {
                    // help into a closed pipe (`sourcelens --help | head`) is not an error
                    if err.kind() != std::io::ErrorKind::BrokenPipe {
                        eprintln!("sourcelens: cannot write the help: {err}");
                        return ExitCode::FAILURE;
                    }
                }
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
        Ok(()) | Err(Failure::Quiet) => ExitCode::SUCCESS,
        Err(Failure::User(msg)) => {
            eprintln!("sourcelens: {msg}");
            ExitCode::FAILURE
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes() {
        assert_eq!(parse_size("65536"), Ok(65536));
        assert_eq!(parse_size("512K"), Ok(512 * 1024));
        assert_eq!(parse_size("64m"), Ok(64 << 20));
        assert_eq!(parse_size("1G"), Ok(1 << 30));
        for bad in ["", "0", "-1", "12X", "M", "99999999999999999999G"] {
            assert!(parse_size(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn clap_definition_is_valid() {
        use clap::CommandFactory;
        Cli::command().debug_assert();
    }
}
