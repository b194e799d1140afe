//! Throughput of the core (`cargo bench --bench analyze`; `make bench` prints MB/s).
//! - sample: the bundled article (~3 KB)
//! - long: a ~150 KB article (the sample's paragraphs repeated with varied names and dates)
//! - scaling: 1 KB … 10 MB, to show that time per MB stays flat (linear core)

use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};
use sourcelens::{Options, analyze, parse_published};
use std::hint::black_box;

const SAMPLE: &str = include_str!("../examples/sana-raqqa-2017-10-30.txt");

/// About `bytes` of article text: the sample's paragraphs, with the day number varied so that
/// no two paragraphs are identical.
fn article_of(bytes: usize) -> String {
    let paras: Vec<&str> = SAMPLE.split("\n\n").collect();
    let mut out = String::with_capacity(bytes + 4096);
    let mut i = 0;
    while out.len() < bytes {
        let p = paras[i % paras.len()];
        out.push_str(&p.replace("26 October", &format!("{} October", 1 + i % 28)));
        out.push_str("\n\n");
        i += 1;
    }
    let mut cut = bytes.min(out.len());
    while !out.is_char_boundary(cut) {
        cut -= 1;
    }
    out.truncate(cut);
    out
}

fn options() -> Options {
    Options {
        published: parse_published("2017-10-30").ok(),
        ..Options::default()
    }
}

fn bench(c: &mut Criterion) {
    let opts = options();
    // warm the lazily built tables (lexicons, gazetteer) outside the measurement
    black_box(analyze(SAMPLE, &opts));

    let mut g = c.benchmark_group("article");
    g.throughput(Throughput::Bytes(SAMPLE.len() as u64));
    g.bench_function("sample", |b| b.iter(|| analyze(black_box(SAMPLE), &opts)));
    let long = article_of(150_000);
    g.throughput(Throughput::Bytes(long.len() as u64));
    g.bench_function("long-150KB", |b| {
        b.iter(|| analyze(black_box(&long), &opts))
    });
    g.finish();

    let mut g = c.benchmark_group("scaling");
    g.sample_size(10);
    for size in [1_000usize, 10_000, 100_000, 1_000_000, 10_000_000] {
        let text = article_of(size);
        g.throughput(Throughput::Bytes(text.len() as u64));
        g.bench_with_input(BenchmarkId::from_parameter(size), &text, |b, t| {
            b.iter(|| analyze(black_box(t), &opts))
        });
    }
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
