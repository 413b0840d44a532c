//! The bundled dataset the app fetches is exactly what the sourced facts produce, and reads back
//! without a single skipped record.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use artisanat_atlas::data::{from_facts_csv, parse_dataset, write_dataset};
use artisanat_atlas::stats::annual_exports;

fn read(path: &str) -> String {
    std::fs::read_to_string(format!("{}/{path}", env!("CARGO_MANIFEST_DIR"))).unwrap()
}

#[test]
fn committed_json_is_up_to_date_with_the_facts_csv() {
    let (dataset, issues) = from_facts_csv(&read("public/data/facts.csv"));
    assert!(issues.is_empty(), "facts.csv rows skipped: {issues:?}");
    assert_eq!(dataset.observations.len(), 821);
    assert_eq!(dataset.sources.len(), 158);
    assert!(
        write_dataset(&dataset).unwrap() == read("public/data/atlas.json"),
        "public/data/atlas.json is stale: run `cargo run --bin atlas-data -- build`"
    );
}

#[test]
fn bundled_json_loads_without_issues() {
    let loaded = parse_dataset(&read("public/data/atlas.json")).unwrap();
    assert!(loaded.issues.is_empty(), "{:?}", loaded.issues);
    assert_eq!(loaded.dataset.observations.len(), 821);
}

#[test]
fn annual_series_on_the_real_facts_keeps_the_2024_conflict() {
    let dataset = parse_dataset(&read("public/data/atlas.json"))
        .unwrap()
        .dataset;
    let series = annual_exports(&dataset);
    let year = |y: i32| series.years.iter().find(|e| e.year == y).unwrap();
    // 2024: 1,100 MDH is printed by seeds 002 and 003 and Le360 (3 distinct sources);
    // 1,600 (seed 000), 1,110 (SECESS via Al Qanat) and 1,000 (Agadir24, rounded) by one each.
    assert_eq!(year(2024).headline, Some(1100.0));
    assert!(year(2024).has_conflict());
    let mut values: Vec<f64> = year(2024).reported.iter().map(|r| r.value).collect();
    values.sort_by(f64::total_cmp);
    values.dedup();
    assert_eq!(values, [1000.0, 1100.0, 1110.0, 1600.0]);
    // 2019 is only given by a low-reliability data-viz site: no headline, value still listed.
    assert_eq!(year(2019).headline, None);
    assert_eq!(year(2019).reported.len(), 1);
    // Years nobody reported stay empty rather than zero.
    assert!(year(2013).reported.is_empty() && year(2013).headline.is_none());
    assert_eq!(series.years.first().map(|y| y.year), Some(1995));
    assert_eq!(year(2025).headline, Some(1230.0));
}
