//! Properties that must hold for any dataset, not only the bundled one: shares add up, CAGR
//! compounds back to the end level, what is missing stays missing (never zero), the order of
//! records does not change any figure, and no input makes the reader panic.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use artisanat_atlas::data::CodedDimension;
use artisanat_atlas::data::{
    Dataset, DatasetBuilder, Date, Flag, ObservationRecord, Source, codes_from_csv, parse_dataset,
    write_dataset,
};
use artisanat_atlas::stats::{
    BreakdownIndex, Figure, KpiKind, Levels, Period, annual_exports, cagr, dashboard, kpis, profile,
};
use proptest::prelude::*;

const FAMILIES: [&str; 6] = [
    "pottery_stone",
    "carpets",
    "traditional_clothing",
    "basketry",
    "wood",
    "jewellery",
];

/// Destination keys of every kind: countries, world regions and "other".
const DESTINATIONS: [&str; 6] = ["US", "FR", "ES", "other", "region:europe", "region:africa"];
const COUNTRIES: [&str; 3] = ["US", "FR", "ES"];

/// One year's national total, as (year, value in MAD million).
fn totals() -> impl Strategy<Value = Vec<(i32, f64)>> {
    proptest::collection::btree_map(1990..2030i32, 1.0..5000.0f64, 1..25)
        .prop_map(|years| years.into_iter().collect())
}

fn record(
    id: String,
    metric: &str,
    dimension: &str,
    key: &str,
    year: i32,
    value: f64,
    unit: &str,
) -> ObservationRecord<'static> {
    ObservationRecord {
        id: id.into(),
        metric: metric.to_owned().into(),
        dimension: dimension.to_owned().into(),
        key: key.to_owned().into(),
        start: Date::new(year, 1, 1),
        end: Date::new(year, 12, 31),
        value,
        unit: unit.to_owned().into(),
        source: "S1".into(),
        ..ObservationRecord::default()
    }
}

fn dataset(records: &[ObservationRecord<'static>]) -> Dataset {
    let codes = codes_from_csv(include_str!("../public/data/codes.csv")).unwrap();
    let source = Source {
        id: "S1".into(),
        outlet: "example.ma".into(),
        url: None,
        date: None,
    };
    let mut builder = DatasetBuilder::new(vec![source], codes);
    for record in records {
        builder.push(record);
    }
    let loaded = builder.finish();
    assert_eq!(loaded.issues, []);
    loaded.dataset
}

fn total_records(totals: &[(i32, f64)]) -> Vec<ObservationRecord<'static>> {
    totals
        .iter()
        .map(|&(year, value)| {
            record(
                format!("T{year}"),
                "exports_value",
                "total",
                "all",
                year,
                value,
                "MAD_million",
            )
        })
        .collect()
}

proptest! {
    #[test]
    fn cagr_compounds_back_to_the_end_level(from in 0.01..1e6f64, to in 0.01..1e6f64, years in 1..40i32) {
        let reported = |value| Figure::Reported { value, observations: vec![] };
        let rate = cagr(&reported(from), &reported(to), years).value().unwrap();
        let compounded = from * (1.0 + rate / 100.0).powi(years);
        prop_assert!((compounded - to).abs() <= 1e-9 * to.max(1.0) * f64::from(years));
    }

    #[test]
    fn missing_years_stay_missing_never_zero(totals in totals()) {
        let dataset = dataset(&total_records(&totals));
        let series = annual_exports(&Levels::new(&dataset));
        for point in &series.points {
            let printed = totals.iter().find(|(year, _)| *year == point.year).map(|(_, v)| *v);
            prop_assert_eq!(point.point.figure.value(), printed);
            if printed.is_none() {
                prop_assert!(matches!(point.point.figure, Figure::Missing(_)));
                prop_assert!(!point.change.value().is_some_and(f64::is_nan));
            }
        }
        let first = totals.first().map(|(y, _)| *y);
        let last = totals.last().map(|(y, _)| *y);
        prop_assert_eq!(series.points.first().map(|p| p.year), first);
        prop_assert_eq!(series.points.last().map(|p| p.year), last);
    }

    /// The periods a breakdown offers are found from the reliability of its figures alone;
    /// they must be exactly the periods whose computed breakdown shows a figure.
    #[test]
    fn offered_periods_are_those_whose_breakdown_shows_a_figure(
        figures in proptest::collection::vec((2015..2025i32, 0..6usize, any::<bool>(), any::<bool>(), 0.1..3.0f64), 0..30),
        totals in totals(),
    ) {
        let mut records = total_records(&totals);
        for (n, &(year, family, is_share, low, value)) in figures.iter().enumerate() {
            let (metric, unit) = if is_share { ("exports_share", "percent") } else { ("exports_value", "MAD_million") };
            let mut figure = record(format!("F{n}"), metric, "product_family", FAMILIES[family], year, value, unit);
            if low {
                figure.flags = [Flag::LowReliability].into_iter().collect();
            }
            records.push(figure);
        }
        let dataset = dataset(&records);
        let levels = Levels::new(&dataset);
        let index = BreakdownIndex::new(&levels, CodedDimension::ProductFamily);
        let with_figures: Vec<Period> = (2015..2025)
            .rev()
            .filter_map(|year| Period::months(year, 1, 12))
            .filter(|&period| index.breakdown(period).is_some_and(|b| b.has_figures()))
            .collect();
        prop_assert_eq!(index.periods(), with_figures.as_slice());
    }

    #[test]
    fn shares_rank_in_order_and_add_up(shares in proptest::collection::vec(0.0..16.0f64, 1..6), total in 1.0..5000.0f64) {
        let mut records = total_records(&[(2024, total)]);
        for (family, share) in FAMILIES.iter().zip(&shares) {
            records.push(record(format!("S-{family}"), "exports_share", "product_family", family, 2024, *share, "percent"));
        }
        let dataset = dataset(&records);
        let levels = Levels::new(&dataset);
        let breakdown = BreakdownIndex::new(&levels, CodedDimension::ProductFamily).latest().unwrap();
        let sum: f64 = shares.iter().sum();
        prop_assert!((breakdown.ranked_share_sum() - sum).abs() < 1e-9);
        let ranked: Vec<f64> = breakdown.rows.iter().filter_map(|row| row.share.figure.value()).collect();
        prop_assert!(ranked.windows(2).all(|pair| pair[0] >= pair[1]));
        for (index, row) in breakdown.rows.iter().enumerate() {
            prop_assert_eq!(row.rank, Some(index + 1));
            let share = row.share.figure.value().unwrap();
            let value = row.value.figure.value().unwrap();
            prop_assert!((value - share * total / 100.0).abs() < 1e-9 * total.max(1.0));
        }
    }

    /// Only countries rank as markets, whatever share an aggregate ("other", a world region)
    /// prints: the ranks run 1, 2, 3… over the countries by share, the "Top market" card names
    /// the first, and a market's profile counts the countries alone.
    #[test]
    fn only_countries_rank_as_markets_even_when_an_aggregate_leads(
        countries_shares in proptest::collection::vec(proptest::option::of(0.5..13.0f64), 3),
        aggregate_shares in proptest::collection::vec(proptest::option::of(0.5..60.0f64), 3),
    ) {
        // Countries and "other" do not overlap and stay within 100 %; "other" and the regions
        // (which overlap the countries) often lead.
        let shares: Vec<Option<f64>> = countries_shares.into_iter().chain(aggregate_shares).collect();
        let mut records = total_records(&[(2024, 1000.0)]);
        for (key, share) in DESTINATIONS.iter().zip(&shares) {
            if let Some(share) = share {
                records.push(record(format!("D-{key}"), "exports_share", "destination", key, 2024, *share, "percent"));
            }
        }
        let dataset = dataset(&records);
        let levels = Levels::new(&dataset);
        let index = BreakdownIndex::new(&levels, CodedDimension::Destination);
        let mut countries: Vec<(&str, f64)> = DESTINATIONS.iter().zip(&shares)
            .filter(|(key, _)| COUNTRIES.contains(key))
            .filter_map(|(key, share)| Some((*key, (*share)?)))
            .collect();
        countries.sort_by(|a, b| b.1.total_cmp(&a.1).then_with(|| a.0.cmp(b.0)));
        let latest = index.latest();
        let ranked: Vec<(&str, usize)> = latest.iter()
            .flat_map(|breakdown| &breakdown.rows)
            .filter_map(|row| Some((row.key.as_str(), row.rank?)))
            .collect();
        let expected: Vec<(&str, usize)> = countries.iter().enumerate().map(|(n, (key, _))| (*key, n + 1)).collect();
        prop_assert_eq!(&ranked, &expected);

        let top = kpis(&dataset, 2019, None).into_iter().find(|kpi| kpi.kind == KpiKind::TopDestination).unwrap();
        prop_assert_eq!(top.subject.as_deref(), countries.first().map(|(key, _)| *key));
        prop_assert_eq!(top.point.figure.value(), countries.first().map(|(_, share)| *share));

        let history = index.history();
        for key in DESTINATIONS {
            let market = profile(&levels, &history, CodedDimension::Destination, key);
            for period in &market.history {
                prop_assert_eq!(period.ranked, countries.len());
                prop_assert_eq!(period.rank.is_some(), COUNTRIES.contains(&key) && period.share.figure.value().is_some());
            }
        }
    }

    /// A single month published after (or before) the year-to-date bulletin that covers it
    /// never replaces it on the "Top market" card or a market's headline.
    #[test]
    fn a_single_month_never_replaces_the_cumulative_period_that_covers_it(
        through in 2..12u8,
        month_offset in 0..12u8,
        cumulative in proptest::collection::vec(0.5..30.0f64, 3),
        single in proptest::collection::vec(0.5..30.0f64, 3),
        single_first in any::<bool>(),
    ) {
        let month = 1 + month_offset % through;
        let year_to_date = Period::months(2025, 1, through).unwrap();
        let alone = Period::months(2025, month, month).unwrap();
        let shares = |period: Period, shares: &[f64], tag: &str| -> Vec<ObservationRecord<'static>> {
            COUNTRIES.iter().zip(shares).map(|(key, share)| ObservationRecord {
                start: Some(period.start),
                end: Some(period.end),
                ..record(format!("{tag}-{key}"), "exports_share", "destination", key, 2025, *share, "percent")
            }).collect()
        };
        let (mut records, after) = (shares(year_to_date, &cumulative, "C"), shares(alone, &single, "M"));
        if single_first { records.splice(0..0, after); } else { records.extend(after); }
        let dataset = dataset(&records);
        let top = kpis(&dataset, 2019, None).into_iter().find(|kpi| kpi.kind == KpiKind::TopDestination).unwrap();
        prop_assert_eq!(top.period, Some(year_to_date));
        let levels = Levels::new(&dataset);
        let history = BreakdownIndex::new(&levels, CodedDimension::Destination).history();
        for key in COUNTRIES {
            let market = profile(&levels, &history, CodedDimension::Destination, key);
            prop_assert_eq!(market.latest_share().map(|row| row.period), Some(year_to_date));
        }
    }

    /// A growth rate printed for a year against the previous one is what the series shows,
    /// whatever levels other reports give; the app's own computation is kept beside it and
    /// flagged exactly when it differs by more than the printed rate's rounding.
    #[test]
    fn a_printed_rate_is_shown_and_a_contradiction_is_never_silent(
        first in 100.0..2000.0f64,
        second in 100.0..2000.0f64,
        printed_tenths in -500..500i32,
        whole_percent in any::<bool>(),
    ) {
        let printed = if whole_percent { f64::from(printed_tenths / 10) } else { f64::from(printed_tenths) / 10.0 };
        let mut records = total_records(&[(2023, first), (2024, second)]);
        records.push(ObservationRecord {
            change_basis: Some("vs 2023".into()),
            ..record("G2024".into(), "exports_growth", "total", "all", 2024, printed, "percent")
        });
        let dataset = dataset(&records);
        let series = annual_exports(&Levels::new(&dataset));
        let year = series.year(2024).unwrap();
        prop_assert_eq!(year.change.value(), Some(printed));
        let computed = (second / first - 1.0) * 100.0;
        prop_assert!((year.computed_change.value().unwrap() - computed).abs() < 1e-9);
        let rounding = if whole_percent || printed_tenths % 10 == 0 { 0.5 } else { 0.05 };
        let differs = (computed - printed).abs() > rounding + 1e-9;
        prop_assert_eq!(year.disagreement(), differs.then_some((printed, year.computed_change.value().unwrap())));
    }

    #[test]
    fn record_order_does_not_change_any_figure(totals in totals(), seed in any::<u64>()) {
        let records = total_records(&totals);
        let mut shuffled = records.clone();
        // A Fisher–Yates shuffle driven by the seed.
        let mut state = seed | 1;
        for i in (1..shuffled.len()).rev() {
            state ^= state << 13; state ^= state >> 7; state ^= state << 17;
            shuffled.swap(i, (state % (i as u64 + 1)) as usize);
        }
        let values = |records: &[ObservationRecord<'static>]| {
            let dataset = dataset(records);
            let board = dashboard(&dataset);
            let annual: Vec<_> = board.annual.points.iter().map(|p| (p.year, p.point.figure.value(), p.change.value())).collect();
            (annual, board.growth_since_base.value(), board.cagr_since_base.value())
        };
        prop_assert_eq!(values(&records), values(&shuffled));
    }

    #[test]
    fn written_datasets_read_back_identically(totals in totals()) {
        let dataset = dataset(&total_records(&totals));
        let text = write_dataset(&dataset).unwrap();
        prop_assert_eq!(parse_dataset(&text).map(|loaded| loaded.dataset), Ok(dataset));
    }

    #[test]
    fn no_text_makes_the_reader_panic(text in ".{0,400}") {
        let _ = parse_dataset(&text);
    }

    #[test]
    fn no_edit_of_a_valid_file_makes_the_reader_panic(cut in 0usize..2000, insert in ".{0,8}") {
        let valid = include_str!("fixtures/bad_records.json");
        let mut edited: String = valid.chars().take(cut).collect();
        edited.push_str(&insert);
        edited.extend(valid.chars().skip(cut + insert.chars().count()));
        if let Ok(loaded) = parse_dataset(&edited) {
            let _ = dashboard(&loaded.dataset);
        }
    }
}

#[test]
fn period_bases_from_any_year_are_the_same_months() {
    let period = Period::months(2023, 1, 11).unwrap();
    for year in 1990..2030 {
        assert_eq!(
            period.basis(&format!("vs {year}")),
            Period::months(year, 1, 11)
        );
    }
}
