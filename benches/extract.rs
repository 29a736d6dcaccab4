//! Extraction benchmarks on ≥ 5 MB of generated news-style text.
//!
//! `cargo bench --bench extract -- sentences` runs the sentence splitter alone;
//! `cargo bench --bench extract -- extract` runs the whole pipeline.

use chrono::NaiveDate;
use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use std::hint::black_box;
use std::time::Duration;

/// The binary's allocator, so the figures are the binary's.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

#[path = "common/news.rs"]
mod news;
use news::corpus;

fn bench(c: &mut Criterion) {
    let text = corpus(5 << 20);
    let published = NaiveDate::from_ymd_opt(2022, 3, 14);

    let mut g = c.benchmark_group("sentences");
    g.throughput(Throughput::Bytes(text.len() as u64));
    g.sample_size(10)
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(4));
    g.bench_function("split", |b| {
        b.iter(|| claimdesk::extract::sentences::split(black_box(&text)))
    });
    g.finish();

    // Values alone: `scan` sentence by sentence on one thread (`scan`), and the stage as
    // `extract` runs it, on every core for a text this long (`stage`; the same values).
    let spans = claimdesk::extract::sentences::split(&text);
    let mut g = c.benchmark_group("values");
    g.throughput(Throughput::Bytes(text.len() as u64));
    g.sample_size(10)
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(4));
    g.bench_function("scan", |b| {
        b.iter(|| {
            spans
                .iter()
                .map(|s| {
                    claimdesk::extract::values::scan(black_box(&text[s.clone()]), published).len()
                })
                .sum::<usize>()
        })
    });
    g.bench_function("stage", |b| {
        b.iter(|| claimdesk::extract::values::scan_sentences(black_box(&text), &spans, published))
    });
    g.finish();

    // Claims alone, given the sentences and values.
    let values: Vec<(usize, claimdesk::extract::RawValue)> = spans
        .iter()
        .enumerate()
        .flat_map(|(i, s)| {
            claimdesk::extract::values::scan(&text[s.clone()], published)
                .into_iter()
                .map(move |mut v| {
                    v.span = v.span.start + s.start..v.span.end + s.start;
                    (i, v)
                })
        })
        .collect();
    let mut g = c.benchmark_group("claims");
    g.throughput(Throughput::Bytes(text.len() as u64));
    g.sample_size(10)
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(4));
    g.bench_function("find", |b| {
        b.iter(|| claimdesk::extract::claims::find(black_box(&text), &spans, &values).len())
    });
    g.finish();

    let mut g = c.benchmark_group("extract");
    g.throughput(Throughput::Bytes(text.len() as u64));
    g.sample_size(10)
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(8));
    g.bench_function("full", |b| {
        b.iter(|| claimdesk::extract::extract(black_box(&text), published))
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
