//! Where the time of `analyze` goes, stage by stage (`make bench-stages`; reported, not
//! asserted).
//!
//!     cargo bench --bench stages -- [FILE.jsonl] [REPS]
//!
//! In: a JSON Lines file of article records (`{"text", "published"?}`, the shape of
//! `analyze --jsonl`; default: target/bench-throughput/corpus-4x.jsonl, made by
//! `make bench-throughput`). Out, on stdout, two Markdown tables:
//! - the first call of each stage on a one-sentence text, in a fresh process: the time the
//!   lazily built tables (lexicons, gazetteer, regexes) take to decode and compile;
//! - then every record through `analyze` itself (`sourcelens::analyze_staged`, which reports
//!   the end of each `Stage`: segmentation, places, dateline, dates, language, attributions,
//!   assembly, profile, offsets) and the JSON, the time of each step summed over the corpus (best of REPS passes, default 3), its share and the MB/s it alone would allow.

use sourcelens::{OffsetUnit, Options, Stage, analyze_staged, parse_published};
use std::hint::black_box;
use std::time::{Duration, Instant};

/// The stages of `analyze` (`sourcelens::Stage`), then the JSON the CLI writes.
fn stage_names() -> Vec<&'static str> {
    let mut names: Vec<&str> = Stage::ALL.iter().map(|s| s.name()).collect();
    names.push("report: serde_json::to_string");
    names
}

/// One `analyze` (the library's own, stage by stage), with the time of each stage added to
/// `times`, then its JSON.
fn analyze_timed(text_in: &str, published: Option<sourcelens::NaiveDate>, times: &mut [Duration]) {
    let options = Options {
        published,
        offsets: OffsetUnit::Utf16,
        ..Options::default()
    };
    let mut t = Instant::now();
    let report = analyze_staged(text_in, &options, |stage| {
        let now = Instant::now();
        let i = Stage::ALL
            .iter()
            .position(|s| *s == stage)
            .expect("a stage of Stage::ALL");
        times[i] += now - t;
        t = now;
    });
    black_box(serde_json::to_string(&report).expect("a Report serialises"));
    times[Stage::ALL.len()] += t.elapsed();
}

fn read_records(path: &str) -> Vec<(String, Option<sourcelens::NaiveDate>)> {
    let data = std::fs::read_to_string(path).unwrap_or_else(|e| {
        eprintln!("stages: cannot read {path}: {e} (run `make bench-throughput` first)");
        std::process::exit(1)
    });
    data.lines()
        .filter(|l| !l.trim().is_empty())
        .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
        .filter_map(|v| {
            let text = v.get("text")?.as_str()?.to_string();
            let published = v
                .get("published")
                .and_then(|p| p.as_str())
                .and_then(|p| parse_published(p).ok());
            Some((text, published))
        })
        .collect()
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

fn main() {
    // `cargo bench` passes `--bench`; every other argument is ours
    let args: Vec<String> = std::env::args()
        .skip(1)
        .filter(|a| !a.starts_with("--"))
        .collect();
    let path = args
        .first()
        .cloned()
        .unwrap_or_else(|| "target/bench-throughput/corpus-4x.jsonl".to_string());
    let reps: usize = args.get(1).and_then(|r| r.parse().ok()).unwrap_or(3);

    // first calls, in this fresh process: each stage on a short text builds its tables
    let first = "On Sunday, the minister said in Raqqa that the city was calm, according to SANA.";
    let names = stage_names();
    let mut cold = vec![Duration::ZERO; names.len()];
    analyze_timed(first, None, &mut cold);
    let mut warm = vec![Duration::ZERO; names.len()];
    analyze_timed(first, None, &mut warm);
    println!("First call on a one-sentence text (fresh process; tables built lazily)\n");
    println!("| stage | first call ms | second call ms |");
    println!("| --- | ---: | ---: |");
    for (i, name) in names.iter().enumerate() {
        println!("| {name} | {:.2} | {:.3} |", ms(cold[i]), ms(warm[i]));
    }
    let cold_total: Duration = cold.iter().sum();
    println!("| all | {:.2} | |\n", ms(cold_total));

    let records = read_records(&path);
    let bytes: usize = records.iter().map(|(t, _)| t.len()).sum();
    let mut best: Option<Vec<Duration>> = None;
    for _ in 0..reps {
        let mut times = vec![Duration::ZERO; names.len()];
        for (t, p) in &records {
            analyze_timed(t, *p, &mut times);
        }
        let total: Duration = times.iter().sum();
        if best.as_ref().is_none_or(|b| total < b.iter().sum()) {
            best = Some(times);
        }
    }
    let times = best.expect("at least one pass");
    let total: Duration = times.iter().sum();
    let mb = bytes as f64 / 1e6;
    println!(
        "{} records, {:.1} MB of text ({path}), one thread, best of {reps}: {:.2} s, {:.1} MB/s\n",
        records.len(),
        mb,
        total.as_secs_f64(),
        mb / total.as_secs_f64()
    );
    println!("| stage | s | share | MB/s of this stage alone |");
    println!("| --- | ---: | ---: | ---: |");
    for (i, name) in names.iter().enumerate() {
        let s = times[i].as_secs_f64();
        println!(
            "| {name} | {s:.3} | {:.1} % | {:.1} |",
            100.0 * s / total.as_secs_f64(),
            mb / s.max(1e-9)
        );
    }
}
