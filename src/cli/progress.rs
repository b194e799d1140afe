//! The progress bar on stderr: only when stderr is a terminal (never in pipes, logs or
//! tests), and never on stdout.

use super::errors::Failure;
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use std::io::IsTerminal;
use std::sync::atomic::{AtomicU64, Ordering};

pub struct Progress {
    bar: Option<ProgressBar>,
    records: AtomicU64,
    errors: AtomicU64,
}

impl Progress {
    /// A bar over `total_bytes` when the input size is known, else a counter. Shown when
    /// stderr is a terminal, unless the output goes to that terminal too (`to_file`: it
    /// goes to `-o FILE`), where the bar would be torn by the output lines.
    pub fn new(quiet: bool, to_file: bool, total_bytes: Option<u64>) -> Progress {
        let show = !quiet
            && std::io::stderr().is_terminal()
            && (to_file || !std::io::stdout().is_terminal());
        let bar = show.then(|| {
            let (bar, template) = match total_bytes {
                Some(n) => (
                    ProgressBar::with_draw_target(Some(n), ProgressDrawTarget::stderr()),
                    "{spinner} [{elapsed_precise}] {wide_bar} {binary_bytes}/{binary_total_bytes} \
                     {binary_bytes_per_sec} ETA {eta}  {msg}",
                ),
                None => (
                    ProgressBar::with_draw_target(None, ProgressDrawTarget::stderr()),
                    "{spinner} [{elapsed_precise}] {binary_bytes} read, {binary_bytes_per_sec}  {msg}",
                ),
            };
            if let Ok(style) = ProgressStyle::with_template(template) {
                bar.set_style(style);
            }
            bar
        });
        Progress {
            bar,
            records: AtomicU64::new(0),
            errors: AtomicU64::new(0),
        }
    }

    /// One record written (`bytes` of input; `error`: it was an error record).
    pub fn record(&self, bytes: usize, error: bool) {
        let n = self.records.fetch_add(1, Ordering::Relaxed) + 1;
        let e = self.errors.load(Ordering::Relaxed) + u64::from(error);
        if error {
            self.errors.fetch_add(1, Ordering::Relaxed);
        }
        if let Some(bar) = &self.bar {
            bar.inc(bytes as u64);
            if error || n % 16 == 1 {
                bar.set_message(format!("{n} records, {e} errors"));
            }
        }
    }

    pub fn records(&self) -> u64 {
        self.records.load(Ordering::Relaxed)
    }

    pub fn errors(&self) -> u64 {
        self.errors.load(Ordering::Relaxed)
    }

    /// Removes the bar.
    pub fn clear(&self) {
        if let Some(bar) = &self.bar {
            bar.finish_and_clear();
        }
    }

    /// At the end of a run (after the output is complete): says on stderr how many records
    /// failed, if any (`hint`: where to see why). Unless `quiet`; with `strict` the count is
    /// the run's error (exit status 1), said even when quiet.
    pub fn report_failures(&self, quiet: bool, strict: bool, hint: &str) -> Result<(), Failure> {
        let (n, e) = (self.records(), self.errors());
        if e == 0 {
            return Ok(());
        }
        let msg = format!(
            "{e} of {n} record{} could not be analysed ({hint})",
            if n == 1 { "" } else { "s" }
        );
        if strict {
            return Err(Failure::User(format!("{msg}; exit status 1 (--strict)")));
        }
        if !quiet {
            eprintln!("sourcelens: {msg}");
        }
        Ok(())
    }
}
