//! Ingest benchmarks: saved web pages nested 500 (read through readability), 1,000, 10,000 and
//! 100,000 elements deep (refused: past `MAX_HTML_DEPTH` after parsing, far past it from the tags
//! alone). Every case must stay fast; none may grow with the square of the depth.
//!
//! `cargo bench --bench ingest`

use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};
use std::hint::black_box;
use std::time::Duration;

fn nested_page(depth: usize) -> String {
    format!(
        "<html><head><title>Soyuz return</title></head><body>{}<p>NASA said on Sunday that the crew spent 355 days in orbit, a record for an American astronaut on one mission.</p>{}</body></html>",
        "<div>".repeat(depth),
        "</div>".repeat(depth)
    )
}

fn bench(c: &mut Criterion) {
    let mut g = c.benchmark_group("nested");
    g.sample_size(10)
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(3));
    for depth in [500, 1_000, 10_000, 100_000] {
        let page = nested_page(depth);
        g.throughput(Throughput::Bytes(page.len() as u64));
        g.bench_with_input(BenchmarkId::from_parameter(depth), &page, |b, page| {
            b.iter(|| {
                claimdesk::ingest::parse("nested.html", black_box(page.as_bytes()), Some("html"))
            })
        });
    }
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
