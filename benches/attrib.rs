//! Throughput of the attribution engine and of the whole analysis, in bytes per second:
//! `cargo bench --bench attrib`. Inputs: the bundled sample article, and a long article
//! made of the repository's own test articles (tests/corpus/attrib) repeated to ~1 MB.

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use sourcelens::{Options, analyze, attrib, text::Document};
use std::hint::black_box;

fn long_article() -> String {
    let mut parts = Vec::new();
    let mut dirs: Vec<_> = std::fs::read_dir("tests/corpus/attrib")
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    dirs.sort();
    for d in dirs {
        if let Ok(t) = std::fs::read_to_string(d.join("article.txt")) {
            parts.push(t);
        }
    }
    let one = parts.join("\n\n");
    let mut out = String::new();
    while out.len() < 1_000_000 {
        out.push_str(&one);
        out.push_str("\n\n");
    }
    out
}

fn bench(c: &mut Criterion) {
    let sample = std::fs::read_to_string("examples/sana-raqqa-2017-10-30.txt").unwrap();
    let long = long_article();
    for (name, text) in [("sample", &sample), ("long", &long)] {
        let mut g = c.benchmark_group(name);
        g.throughput(Throughput::Bytes(text.len() as u64));
        g.sample_size(if name == "long" { 10 } else { 50 });
        g.bench_function("attrib::extract", |b| {
            b.iter(|| {
                let doc = Document::new(black_box(text));
                black_box(attrib::extract(&doc, &[]))
            })
        });
        g.bench_function("analyze", |b| {
            b.iter(|| black_box(analyze(black_box(text), &Options::default())))
        });
        g.finish();
    }
}

criterion_group!(benches, bench);
criterion_main!(benches);
