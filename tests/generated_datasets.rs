//! Datasets made from small facts tables, for the browser tests of the selection rules
//! (tests/e2e/selection_rules.test.mjs): the committed JSON is exactly what its facts produce
//! (`UPDATE_FIXTURES=1 cargo test --no-default-features --test generated_datasets` writes it
//! again), and the engine's figures on it are the ones the browser test expects.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use artisanat_atlas::data::{codes_from_csv, from_facts_csv, write_dataset};
use artisanat_atlas::stats::{KpiKind, Period, kpis};

fn read(path: &str) -> String {
    std::fs::read_to_string(path).unwrap()
}

/// "Other" (60 %) and Europe (25 %) lead January–May 2025, ahead of the United States (20 %)
/// and France (10 %); "May alone" then puts France (45 %) ahead of the United States (30 %).
#[test]
fn an_aggregate_leads_and_a_single_month_follows_its_bulletin() {
    let codes = codes_from_csv(&read("public/data/codes.csv")).unwrap();
    let loaded = from_facts_csv(&read("tests/fixtures/aggregate_leads.csv"), codes, "");
    assert_eq!(loaded.issues, []);
    let json = write_dataset(&loaded.dataset).unwrap();
    let fixture = "tests/fixtures/aggregate_leads.json";
    if std::env::var_os("UPDATE_FIXTURES").is_some() {
        std::fs::write(fixture, &json).unwrap();
    }
    assert_eq!(json, read(fixture), "the fixture is what its facts produce");
    let cards = kpis(&loaded.dataset, 2019, None);
    let top = cards
        .iter()
        .find(|card| card.kind == KpiKind::TopDestination)
        .unwrap();
    assert_eq!(top.subject.as_deref(), Some("US"));
    assert_eq!(top.point.figure.value(), Some(20.0));
    assert_eq!(top.period, Period::months(2025, 1, 5));
}
