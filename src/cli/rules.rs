//! `sourcelens rules`: the rule registry (every id a finding's `rule` can carry), as a
//! readable table or as JSON.

use super::errors::{Failure, fail};
use sourcelens::rules::{Category, all};
use std::io::Write;

/// How `rules` prints the registry.
#[derive(Clone, Copy, clap::ValueEnum)]
pub enum RulesFormat {
    /// One block per category: id, description, example.
    Text,
    /// A JSON array of {"id", "category", "description", "example"}.
    Json,
}

pub fn run(format: RulesFormat) -> Result<(), Failure> {
    let out = match format {
        RulesFormat::Json => {
            let mut s = serde_json::to_string_pretty(all())
                .map_err(|e| fail!("cannot write the registry: {e}"))?;
            s.push('\n');
            s
        }
        RulesFormat::Text => text(),
    };
    let mut stdout = std::io::stdout().lock();
    match stdout
        .write_all(out.as_bytes())
        .and_then(|()| stdout.flush())
    {
        Ok(()) => Ok(()),
        // a closed pipe (`sourcelens rules | head`) is not an error
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
        Err(e) => Err(fail!("cannot write to standard output: {e}")),
    }
}

fn text() -> String {
    let mut s = String::new();
    let mut last: Option<Category> = None;
    for r in all() {
        if last != Some(r.category) {
            if last.is_some() {
                s.push('\n');
            }
            s.push_str(&format!("== {}\n", r.category.as_str()));
            last = Some(r.category);
        }
        s.push_str(&format!(
            "{}\n    {}\n    e.g. {}\n",
            r.id,
            r.description,
            r.example.replace('\n', " / ")
        ));
    }
    s
}
