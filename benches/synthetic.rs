//! Synthetic datasets of any size in the bundled schema, shaped like the ministry's bulletins:
//! per period a national total with its growth, shares by family, destination and exit city,
//! family levels; periods are full years and January–March/June/September/November. When the
//! years run out the calendar starts again with another source, so later rounds are repeated
//! (slightly different) reports of the same periods, as conflicting sources are.

use artisanat_atlas::data::{
    Codes, DatasetBuilder, Date, ObservationRecord, Source, codes_from_csv, write_dataset,
};

const FAMILIES: [&str; 12] = [
    "pottery_stone",
    "carpets",
    "traditional_clothing",
    "basketry",
    "wood",
    "wrought_iron",
    "copperware",
    "leather_goods",
    "footwear",
    "jewellery",
    "blankets",
    "miscellaneous",
];
const DESTINATIONS: [&str; 8] = ["US", "FR", "ES", "GB", "DE", "TR", "region:europe", "other"];
const EXIT_POINTS: [&str; 4] = ["Marrakech", "Casablanca", "Fes", "Tangier"];
const MONTHS: [u8; 5] = [12, 3, 6, 9, 11];
const FIRST_YEAR: i32 = 1000;
const LAST_YEAR: i32 = 2999;

/// A deterministic pseudo-random sequence (64-bit LCG), so every run measures the same data.
struct Lcg(u64);

impl Lcg {
    fn next(&mut self) -> f64 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        (self.0 >> 11) as f64 / (1u64 << 53) as f64
    }
}

/// The code tables of the project.
pub fn project_codes() -> Codes {
    codes_from_csv(include_str!("../public/data/codes.csv")).unwrap_or_default()
}

/// A dataset of exactly `observations` records, written as the app's JSON.
pub fn synthetic_json(observations: usize) -> String {
    let sources: Vec<Source> = (0..=observations / 1000)
        .map(|i| Source {
            id: format!("S{i:05}"),
            outlet: format!("outlet{i}.ma"),
            url: Some(format!("https://outlet{i}.ma/bulletin")),
            date: Some("2025-01".into()),
        })
        .collect();
    let source_count = sources.len();
    let mut builder = DatasetBuilder::new(sources, project_codes());
    let mut random = Lcg(42);
    let mut emitted = 0;
    let mut round = 0;
    'rounds: loop {
        for year in FIRST_YEAR..=LAST_YEAR {
            for through in MONTHS {
                let source = format!("S{:05}", (emitted / 1000 + round) % source_count);
                let rows = period_rows(&mut random, year, through, &source);
                for mut row in rows {
                    if emitted == observations {
                        break 'rounds;
                    }
                    row.id = format!("F{emitted:07}").into();
                    builder.push(&row);
                    emitted += 1;
                }
            }
        }
        round += 1;
    }
    write_dataset(&builder.finish().dataset).unwrap_or_default()
}

fn period_rows(
    random: &mut Lcg,
    year: i32,
    through: u8,
    source: &str,
) -> Vec<ObservationRecord<'static>> {
    let start = Date::new(year, 1, 1);
    let end = Date::end_of_month(year, through);
    let basis = if through == 12 {
        format!("vs {}", year - 1)
    } else {
        format!("vs Jan-{} {}", month_name(through), year - 1)
    };
    let record =
        |metric: &str, dimension: &str, key: &str, value: f64, unit: &str| ObservationRecord {
            metric: metric.to_owned().into(),
            dimension: dimension.to_owned().into(),
            key: key.to_owned().into(),
            start,
            end,
            value: (value * 10.0).round() / 10.0,
            unit: unit.to_owned().into(),
            source: source.to_owned().into(),
            ..ObservationRecord::default()
        };
    let total = 100.0 * f64::from(through) * (0.5 + random.next());
    let mut rows = vec![ObservationRecord {
        change_pct: Some((random.next() * 40.0 - 10.0).round()),
        change_basis: Some(basis.into()),
        ..record("exports_value", "total", "all", total, "MAD_million")
    }];
    for (dimension, keys) in [
        ("product_family", &FAMILIES[..]),
        ("destination", &DESTINATIONS[..]),
        ("exit_point", &EXIT_POINTS[..]),
    ] {
        let mut left = 100.0;
        for key in keys {
            let share = left * random.next() * 0.6;
            left -= share;
            rows.push(record("exports_share", dimension, key, share, "percent"));
        }
    }
    for family in FAMILIES {
        let value = total * random.next() * 0.3;
        rows.push(record(
            "exports_value",
            "product_family",
            family,
            value,
            "MAD_million",
        ));
    }
    rows
}

fn month_name(month: u8) -> &'static str {
    [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ][usize::from(month.clamp(1, 12)) - 1]
}
