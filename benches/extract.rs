use criterion::{Criterion, criterion_group, criterion_main};

fn bench(c: &mut Criterion) {
    let text = include_str!("../fixtures/vande-hei-soyuz.txt");
    c.bench_function("extract fixture", |b| {
        b.iter(|| claimdesk::extract::extract(text, None))
    });
}

criterion_group!(benches, bench);
criterion_main!(benches);
