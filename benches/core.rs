//! Parse + validate + every dashboard indicator on synthetic datasets of 1 k, 100 k and 1 M
//! observations (`cargo bench --no-default-features --bench core`). Budget: 1 M in ≤ 1 s.
//! And the data desk's work on a clerk's file of 10 k and 100 k rows: read, check, judge,
//! and compare every headline figure, chart table and market with the published data (a file
//! of 1 M rows is over the desk's size limit: `desk::MAX_FILE_BYTES`).

mod clerk_table;
mod synthetic;

use artisanat_atlas::data::parse_dataset;
use artisanat_atlas::desk::{check_file, preview_comparison};
use artisanat_atlas::i18n::Locale;
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

fn desk_check_and_preview(c: &mut Criterion) {
    let mut group = c.benchmark_group("desk check+preview");
    group
        .sample_size(10)
        .measurement_time(Duration::from_secs(20));
    let published = parse_dataset(include_str!("../public/data/atlas.json"))
        .map(|loaded| loaded.dataset)
        .unwrap_or_default();
    let seeds = include_str!("../public/data/seeds.csv");
    for rows in [10_000, 100_000] {
        let table = clerk_table::replicated_facts_csv(rows);
        group.throughput(Throughput::Elements(rows as u64));
        group.bench_with_input(BenchmarkId::from_parameter(rows), &table, |b, table| {
            b.iter(|| {
                let desk = check_file(
                    "facts.csv",
                    black_box(table.as_bytes()),
                    synthetic::project_codes(),
                    seeds,
                    |_, _| {},
                );
                desk.map(|desk| preview_comparison(&published, &desk.loaded().dataset, Locale::Fr))
            })
        });
    }
    group.finish();
}

criterion_group!(benches, parse_validate_compute, desk_check_and_preview);
criterion_main!(benches);
