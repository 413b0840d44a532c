//! Parse + validate + every dashboard indicator on synthetic datasets of 1 k, 100 k and 1 M
//! observations (`cargo bench --no-default-features --bench core`). Budget: 1 M in ≤ 1 s.

mod synthetic;

use artisanat_atlas::data::parse_dataset;
use artisanat_atlas::stats::dashboard;
use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};
use std::hint::black_box;
use std::time::Duration;

fn parse_validate_compute(c: &mut Criterion) {
    let mut group = c.benchmark_group("parse+validate+dashboard");
    group
        .sample_size(10)
        .measurement_time(Duration::from_secs(20));
    for size in [1_000, 100_000, 1_000_000] {
        let json = synthetic::synthetic_json(size);
        group.throughput(Throughput::Elements(size as u64));
        group.bench_with_input(BenchmarkId::from_parameter(size), &json, |b, json| {
            b.iter(|| {
                let loaded = parse_dataset(black_box(json));
                loaded.map(|loaded| dashboard(&loaded.dataset))
            })
        });
    }
    group.finish();
}

criterion_group!(benches, parse_validate_compute);
criterion_main!(benches);
