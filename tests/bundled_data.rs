//! The real bundled data: the JSON is up to date with the facts and reads back identically,
//! and the engine's figures for 2019 (derived), 2024 (with conflict) and the latest
//! year-to-date period match hand arithmetic written out below.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use artisanat_atlas::charts::{MAP_PREVIEW_LEADERS, map_preview};
use artisanat_atlas::data::{
    Catalogue, CodedDimension, DataVersion, Dataset, Loaded, Source, codes_from_csv,
    from_facts_csv, parse_dataset, write_cut, write_dataset,
};
use artisanat_atlas::i18n::{Locale, family_card_text, kpi_text};
use artisanat_atlas::showcase::family_cards;
use artisanat_atlas::stats::*;

fn read(path: &str) -> String {
    std::fs::read_to_string(path).unwrap()
}

fn from_csv() -> Loaded {
    let codes = codes_from_csv(&read("public/data/codes.csv")).unwrap();
    from_facts_csv(
        &read("public/data/facts.csv"),
        codes,
        &read("public/data/seeds.csv"),
    )
}

fn bundled() -> Dataset {
    let loaded = parse_dataset(&read("public/data/atlas.json")).unwrap();
    assert_eq!(loaded.issues, []);
    loaded.dataset
}

fn ids(dataset: &Dataset, positions: &[usize]) -> Vec<String> {
    positions
        .iter()
        .map(|&i| dataset.id(i).to_owned())
        .collect()
}

fn close(actual: Option<f64>, expected: f64) {
    let actual = actual.unwrap_or(f64::NAN);
    assert!((actual - expected).abs() < 1e-9, "{actual} ≠ {expected}");
}

#[test]
fn the_committed_json_is_what_the_facts_produce() {
    let Loaded {
        dataset, issues, ..
    } = from_csv();
    assert_eq!(issues, [], "the facts table has no problem");
    assert_eq!(dataset.observations().len(), 821);
    // 158 references, less two seed documents that are the same article as a web page the
    // facts cite (seed 003 = F0594's Le360 page, seed 004 = F0502's libe.ma page).
    assert_eq!(dataset.sources.len(), 156);
    assert_eq!(
        write_dataset(&dataset).unwrap(),
        read("public/data/atlas.json")
    );
    assert_eq!(
        bundled(),
        dataset,
        "the JSON reads back to the same dataset"
    );
}

#[test]
fn year_2019_is_derived_from_2024_and_its_printed_growth() {
    let dataset = bundled();
    let levels = Levels::new(&dataset);
    let annual = annual_exports(&levels);
    let year = annual.year(2019).unwrap();
    // Seeds 002 and 003: 2024 = 1,100 MDH, +40 % vs 2019, so 2019 = 1,100 / 1.40 = 785.714…
    close(year.point.figure.value(), 1100.0 / 1.40);
    let Figure::Derived(derived) = &year.point.figure else {
        panic!("2019 must be derived, got {:?}", year.point.figure)
    };
    assert_eq!(derived.formula, Formula::LevelBeforeGrowth);
    let inputs: Vec<_> = derived.inputs.iter().map(Figure::value).collect();
    assert_eq!(inputs, [Some(1100.0), Some(40.0)]);
    // The only printed 2019 value (750) is from a low-reliability site: kept, never headline.
    assert_eq!(year.point.reported.len(), 1);
    assert!(year.point.reported[0].low_reliability);
    assert_eq!(year.point.reported[0].value, 750.0);
    // 2024 vs 2019 is the printed +40 %, not a recomputation.
    let growth = annual.growth_between(2019, 2024, &levels);
    assert!(matches!(growth, Figure::Reported { value, .. } if value == 40.0));
}

#[test]
fn year_2024_keeps_every_conflicting_value_and_headlines_the_most_cited() {
    let dataset = bundled();
    let levels = Levels::new(&dataset);
    let year = annual_exports(&levels).year(2024).cloned().unwrap();
    assert!(year.point.has_conflict());
    let values: Vec<f64> = year.point.reported.iter().map(|g| g.value).collect();
    assert_eq!(values, [1100.0, 1600.0, 1110.0, 1000.0]);
    // 1,100 is printed by two reliable sources (seed 002; Le360, whose article is also seed
    // 003, so one source); 1,600 by one.
    let Figure::Reported {
        value,
        observations,
    } = &year.point.figure
    else {
        panic!("2024 is printed")
    };
    assert_eq!(*value, 1100.0);
    assert_eq!(ids(&dataset, observations), ["F0002", "F0004", "F0594"]);
    assert_eq!(year.point.reported[0].reliable_sources, 2);
    // 2025 = 1,230 at +11 % implies 1,230 / 1.11 = 1,108.1 for 2024; the headline 1,100 is
    // outside what rounding explains (1,229.5 / 1.115 … 1,230.5 / 1.105 = 1,102.7 … 1,113.6).
    let check = consistency_checks(&levels)
        .into_iter()
        .find(|c| c.printed == 1100.0)
        .unwrap();
    close(Some(check.implied.value), 1230.0 / 1.11);
    close(Some(check.implied_range.0), 1229.5 / 1.115);
    close(Some(check.implied_range.1), 1230.5 / 1.105);
    assert!(check.is_discrepancy());
}

#[test]
fn the_latest_year_to_date_is_jan_nov_2025_with_its_conflict() {
    let dataset = bundled();
    let levels = Levels::new(&dataset);
    let series = year_to_date_exports(&levels);
    let (latest_series, latest) = latest_year_to_date(&series).unwrap();
    assert_eq!((latest_series.through_month, latest.year), (11, 2025));
    // SECESS (Detafour, OrientPlus): 1,140 MDH, +13 %; seed 002 says 1,230 "up to November".
    close(latest.point.figure.value(), 1140.0);
    let values: Vec<f64> = latest.point.reported.iter().map(|g| g.value).collect();
    assert_eq!(values, [1230.0, 1140.0]);
    assert!(matches!(latest.change, Figure::Reported { value, .. } if value == 13.0));
    // Jan–Nov 2024 is printed nowhere: 1,140 / 1.13 = 1,008.85, derived from the
    // better-supported statement (two sources) rather than 1,230 / 1.11 (one).
    let previous = latest_series.year(2024).unwrap();
    close(previous.point.figure.value(), 1140.0 / 1.13);
    assert!(previous.point.figure.is_derived());
}

#[test]
fn jan_nov_2022_shows_the_small_discrepancy_the_issue_names() {
    let dataset = bundled();
    let levels = Levels::new(&dataset);
    let checks = consistency_checks(&levels);
    let check = checks
        .iter()
        .find(|c| ids(&dataset, &c.statement) == ["F0001", "F0502"])
        .unwrap();
    // 984 / 1.07 = 919.63 implied, 928.66 printed (African Manager): +0.98 %.
    close(Some(check.implied.value), 984.0 / 1.07);
    assert_eq!(check.printed, 928.66);
    close(
        Some(check.difference_pct),
        (928.66 - 984.0 / 1.07) / (984.0 / 1.07) * 100.0,
    );
    assert!(check.is_discrepancy());
    // Jan–Nov 2022 = 928.66 at +15 % implies 807.53 for Jan–Nov 2021, printed 807.86: within
    // rounding of the 15 %.
    let agreeing = checks
        .iter()
        .find(|c| ids(&dataset, &c.statement) == ["F0079"])
        .unwrap();
    assert!(!agreeing.is_discrepancy());
}

#[test]
fn shares_rank_and_complete_levels_through_the_total() {
    let dataset = bundled();
    let levels = Levels::new(&dataset);
    let families = BreakdownIndex::new(&levels, CodedDimension::ProductFamily);
    let year_2024 = families.breakdown(Period::year(2024).unwrap()).unwrap();
    let ranked: Vec<_> = year_2024
        .rows
        .iter()
        .map(|r| (r.key.as_str(), r.rank, r.share.figure.value()))
        .collect();
    assert_eq!(
        ranked,
        [
            ("pottery_stone", Some(1), Some(36.0)),
            ("carpets", Some(2), Some(20.0)),
            ("traditional_clothing", Some(3), Some(11.0)),
        ]
    );
    // Pottery & stone: 36 % of 1,100 MDH = 396 MDH, derived.
    let pottery = &year_2024.rows[0].value.figure;
    close(pottery.value(), 0.36 * 1100.0);
    assert!(matches!(pottery, Figure::Derived(d) if d.formula == Formula::ValueFromShare));
    // Jan–Sep 2025 families are printed in MDH: shares derived from the 903.5 MDH total.
    let jan_sep = families
        .breakdown(Period::months(2025, 1, 9).unwrap())
        .unwrap();
    assert_eq!(jan_sep.rows[0].value.figure.value(), Some(313.14));
    close(jan_sep.rows[0].share.figure.value(), 313.14 / 903.5 * 100.0);
    // Exit cities Jan–Sep 2025: Marrakech 41, Casablanca 31, Fès 18, Tanger 8 (= 98 %).
    let exits = BreakdownIndex::new(&levels, CodedDimension::ExitPoint)
        .breakdown(jan_sep.period)
        .unwrap();
    assert_eq!(exits.ranked_share_sum(), 98.0);
}

#[test]
fn growth_and_cagr_since_2019_are_computed_from_the_series() {
    let dataset = bundled();
    let board = dashboard(&dataset);
    // 2025 = 1,230 (ChoufPress); 2019 = 1,100 / 1.4.
    let base = 1100.0 / 1.4;
    close(
        board.growth_since_base.value(),
        (1230.0 / base - 1.0) * 100.0,
    );
    close(
        board.cagr_since_base.value(),
        ((1230.0 / base).powf(1.0 / 6.0) - 1.0) * 100.0,
    );
    // The series has gaps, not zeros: 2022 has only a low-reliability value.
    let year_2022 = board.annual.year(2022).unwrap();
    assert_eq!(
        year_2022.point.figure,
        Figure::Missing(Missing::OnlyLowReliability)
    );
    assert_eq!(
        board.annual.year(2017).unwrap().point.figure,
        Figure::Missing(Missing::NotPublished)
    );
    // Registered artisans as published: 389,000 (Feb 2024) … 440,000 (Jan 2026).
    assert_eq!(board.sector[0].topic, SectorTopic::RegisteredArtisans);
    let artisans: Vec<_> = board.sector[0].series[0]
        .1
        .iter()
        .map(|p| p.point.figure.value())
        .collect();
    assert_eq!(artisans.first(), Some(&Some(389000.0)));
    assert_eq!(artisans.last(), Some(&Some(440000.0)));
}

#[test]
fn printed_rates_are_shown_and_a_computation_that_differs_stays_beside_them() {
    let dataset = bundled();
    let board = dashboard(&dataset);
    // 2024 against 2023: Al Qanat's release (F0694, 1,110 MDH) prints +3 %. The app's own
    // figure compares the headline 1,100 with the 2023 that release implies (1,110 / 1.03):
    // +2.07 %, more than the rounding of "3 %" away, so both are kept.
    let year_2024 = board.annual.year(2024).unwrap();
    assert_eq!(year_2024.change.value(), Some(3.0));
    assert_eq!(ids(&dataset, &year_2024.change.observations()), ["F0694"]);
    let (printed, computed) = year_2024.disagreement().unwrap();
    assert_eq!(printed, 3.0);
    close(Some(computed), (1100.0 / (1110.0 / 1.03) - 1.0) * 100.0);
    // 2020 against 2019: the ministry printed −25 % (F0091); computed from 2020 = 893 / 1.5
    // (F0092) and 2019 = 1,100 / 1.4 (F0002): −24.23 %.
    let year_2020 = board.annual.year(2020).unwrap();
    assert_eq!(ids(&dataset, &year_2020.change.observations()), ["F0091"]);
    let (printed, computed) = year_2020.disagreement().unwrap();
    assert_eq!(printed, -25.0);
    close(Some(computed), (893.0 / 1.5 / (1100.0 / 1.4) - 1.0) * 100.0);
    // 2021 against 2020: +50 % printed with the 893 (F0092…) and the 2020 it implies: agree.
    let year_2021 = board.annual.year(2021).unwrap();
    assert_eq!(year_2021.change.value(), Some(50.0));
    assert_eq!(year_2021.disagreement(), None);
    // Average growth 2021–2024: the Head of Government printed 7.4 % (F0003, seed 002); the
    // app computes (1,100 / 893)^(1/3) − 1 = 7.19 %.
    let cards = kpis(&dataset, BASE_YEAR, Some((2021, 2024)));
    let average = cards.iter().find(|k| k.kind == KpiKind::Cagr).unwrap();
    assert_eq!(
        ids(&dataset, &average.point.figure.observations()),
        ["F0003"]
    );
    let (printed, computed) = average.disagreement().unwrap();
    assert_eq!(printed, 7.4);
    close(
        Some(computed),
        ((1100.0f64 / 893.0).powf(1.0 / 3.0) - 1.0) * 100.0,
    );
    // 2019 to 2024: +40 % printed (F0002, F0004, F0594), and 2019 is derived from it: agree.
    let since = kpis(&dataset, 2019, Some((2019, 2024)));
    let growth = since
        .iter()
        .find(|k| k.kind == KpiKind::GrowthSince)
        .unwrap();
    assert_eq!(growth.disagreement(), None);
}

#[test]
fn exit_cities_over_time_follow_the_published_shares() {
    let dataset = bundled();
    let levels = Levels::new(&dataset);
    let history = BreakdownIndex::new(&levels, CodedDimension::ExitPoint).history();
    let share = |start: &str, city: &str| {
        let breakdown = history
            .iter()
            .find(|b| b.period.start.to_string() == start)
            .unwrap();
        let row = breakdown.rows.iter().find(|row| row.key == city).unwrap();
        (row.share.figure.value(), row.share.figure.is_derived())
    };
    // Eleven periods, Q1 2016 to January–September 2025, oldest first; November 2016 has
    // growth factors and a combined Casablanca + Marrakesh share only, so no period.
    assert_eq!(history.len(), 11);
    assert_eq!(history[0].period, Period::months(2016, 1, 3).unwrap());
    assert_eq!(history[10].period, Period::months(2025, 1, 9).unwrap());
    assert_eq!(share("2016-01-01", "Marrakech"), (Some(39.0), false));
    assert_eq!(share("2017-01-01", "Nador"), (Some(14.0), false));
    // Casablanca, January–June 2022: MAD 297.61 million of 530.5 million = 56.1 %, computed.
    let (casablanca, derived) = share("2022-01-01", "Casablanca");
    assert!(derived);
    close(casablanca, 297.61 / 530.5 * 100.0);
    let latest = &history[10];
    let ranked: Vec<(&str, Option<f64>)> = latest
        .rows
        .iter()
        .map(|row| (row.key.as_str(), row.share.figure.value()))
        .collect();
    assert_eq!(
        ranked,
        [
            ("Marrakech", Some(41.0)),
            ("Casablanca", Some(31.0)),
            ("Fes", Some(18.0)),
            ("Tangier", Some(8.0))
        ]
    );
}

#[test]
fn the_united_states_profile_follows_the_facts() {
    let dataset = bundled();
    let levels = Levels::new(&dataset);
    let history = BreakdownIndex::new(&levels, CodedDimension::Destination).history();
    let us = profile(&levels, &history, CodedDimension::Destination, "US");
    // The latest share: 49 % of Jan–Nov 2025 (F0478), first market; its level is derived
    // through that period's total, 49 % × 1,140 = 558.6.
    let latest = us.latest_share().unwrap();
    assert_eq!(latest.period.to_string(), "2025-01-01..2025-11-30");
    assert_eq!(
        (latest.share.figure.value(), latest.rank),
        (Some(49.0), Some(1))
    );
    close(latest.value.figure.value(), 558.6);
    assert_eq!(us.history.len(), 18);
    // Yearly levels: 2021 = 30 % × 893 = 267.9 (derived), 2024 = 483 (printed, F0513);
    // average annual growth (483 / 267.9)^(1/3) − 1.
    let change = us.annual_change.as_ref().unwrap();
    assert_eq!((change.from, change.to), (2021, 2024));
    close(
        change.figure.value(),
        ((483.0f64 / 267.9).powf(1.0 / 3.0) - 1.0) * 100.0,
    );
    let growth = ids(&dataset, &us.printed_growth);
    assert!(growth.contains(&"F0514".to_owned()) && growth.contains(&"F0434".to_owned()));
    assert_eq!(
        us.named(CodedDimension::ProductFamily),
        ["pottery_stone", "carpets"]
    );
    assert_eq!(ids(&dataset, &us.tariffs), ["F0764"]);
    assert_eq!(ids(&dataset, &us.context), ["F0516", "F0765"]);
    assert_eq!(us.trade.len(), 1);
    assert_eq!(ids(&dataset, &us.trade[0].facts), ["F0599", "F0600"]);
}

/// Sources are named as a reader would cite them: no seed file name or working label in the
/// data the app, its downloads and its embeds are made from, and a seed document whose web
/// original the facts cite is that page.
#[test]
fn sources_are_named_as_a_reader_would_cite_them() {
    for file in ["public/data/atlas.json", "public/data/catalogue.json"] {
        let text = read(file);
        for label in ["seed document", "seed:", ".txt", "outlet not named"] {
            assert!(!text.contains(label), "{file} contains {label:?}");
        }
    }
    let dataset = bundled();
    let le360 = dataset
        .sources
        .iter()
        .find(|s| {
            s.url
                .as_deref()
                .is_some_and(|u| u.contains("banque-populaire-et-mastercard"))
        })
        .unwrap();
    assert_eq!(
        (le360.outlet.as_str(), le360.date.as_deref()),
        ("Le360", Some("2025-05"))
    );
    let outlets: Vec<&str> = dataset
        .sources
        .iter()
        .filter(|s| s.url.is_none())
        .map(|s| s.outlet.as_str())
        .collect();
    assert_eq!(
        outlets,
        ["MAP", "Le360", ""],
        "seed 002, seed 000, and seed 001 (names no outlet)"
    );
}

/// What a page shows of a figure: its value, the facts it rests on (by id) and their sources.
fn shown(dataset: &Dataset, figure: &Figure) -> (Option<f64>, Vec<String>, Vec<Source>) {
    let positions = figure.observations();
    (
        figure.value(),
        ids(dataset, &positions),
        dataset.sources_printing(positions),
    )
}

/// Everything the home page shows of a headline card, in the three languages.
fn card_as_shown(dataset: &Dataset, kpi: &Kpi) -> String {
    let texts: Vec<_> = [Locale::Fr, Locale::Ar, Locale::En]
        .into_iter()
        .map(|locale| kpi_text(locale, kpi, &dataset.codes))
        .collect();
    let reported: Vec<_> = kpi
        .point
        .reported
        .iter()
        .map(|group| (group.value, ids(dataset, &group.observations)))
        .collect();
    let change = kpi.change.as_ref().map(|change| shown(dataset, change));
    let computed = kpi.computed.as_ref().map(|figure| shown(dataset, figure));
    format!(
        "{:?} {texts:?} {:?} {reported:?} {change:?} {computed:?} {:?} {:?} {:?}",
        kpi.kind,
        shown(dataset, &kpi.point.figure),
        kpi.period,
        kpi.as_of,
        kpi.span,
    )
}

/// Everything the home page's small map shows: period, leaders and every country's fill.
fn map_as_shown(dataset: &Dataset) -> String {
    let preview = map_preview(dataset, MAP_PREVIEW_LEADERS).unwrap();
    let leaders: Vec<_> = preview
        .leaders
        .iter()
        .map(|row| (row.key.clone(), shown(dataset, &row.share.figure)))
        .collect();
    let fills: Vec<_> = dataset
        .codes
        .entries()
        .iter()
        .map(|code| {
            (
                preview.paint.fill(&code.code),
                preview.paint.label(&code.code),
            )
        })
        .collect();
    format!(
        "{:?} {leaders:?} {fills:?} {:?}",
        preview.period,
        preview.leader_sources(dataset)
    )
}

/// Everything each family's card shows (the crafts page, a family's embed), in the three
/// languages, with the facts its latest share rests on.
fn family_cards_as_shown(dataset: &Dataset, catalogue: &Catalogue) -> Vec<String> {
    let profiles = Profiles::new(dataset, CodedDimension::ProductFamily);
    family_cards(catalogue, &dataset.codes)
        .iter()
        .map(|card| {
            let latest = profiles.latest_share(&card.code);
            assert_eq!(latest.as_ref(), profiles.of(&card.code).latest_share());
            let latest = latest.as_ref();
            let texts: Vec<_> = [Locale::Fr, Locale::Ar, Locale::En]
                .into_iter()
                .map(|locale| family_card_text(locale, card, catalogue, &dataset.codes, latest))
                .collect();
            let share = latest.map(|row| (row.period, shown(dataset, &row.share.figure)));
            format!("{} {texts:?} {share:?}", card.code)
        })
        .collect()
}

#[test]
fn the_headline_facts_give_every_family_card_what_the_whole_dataset_gives() {
    let (whole, catalogue) = (
        bundled(),
        Catalogue::parse(&read("public/data/catalogue.json")).unwrap(),
    );
    let cut = headline_facts(&whole);
    let cards = family_cards_as_shown(&whole, &catalogue);
    assert_eq!(cards.len(), catalogue.families.len());
    let with_share = cards.iter().filter(|card| card.ends_with(')')).count();
    assert!(with_share >= 5, "{cards:#?}");
    assert_eq!(cards, family_cards_as_shown(&cut, &catalogue));
}

#[test]
fn the_headline_facts_give_the_home_page_every_figure_the_whole_dataset_gives() {
    let whole = bundled();
    let cut = headline_facts(&whole);
    assert!(cut.observations().len() < whole.observations().len() * 2 / 3);
    let (whole_cards, cut_cards) = (kpis(&whole, BASE_YEAR, None), kpis(&cut, BASE_YEAR, None));
    assert_eq!(whole_cards.len(), KpiKind::ALL.len());
    for (whole_card, cut_card) in whole_cards.iter().zip(&cut_cards) {
        assert!(
            whole_card.point.figure.value().is_some(),
            "{:?}",
            whole_card.kind
        );
        assert_eq!(
            card_as_shown(&whole, whole_card),
            card_as_shown(&cut, cut_card)
        );
    }
    assert_eq!(map_as_shown(&whole), map_as_shown(&cut));
    assert_eq!(headline_source_count(&whole), cut.sources.len());
    assert_eq!(headline_source_count(&cut), cut.sources.len());
    assert!(cut.sources.len() < whole.sources.len());
    assert_eq!(
        write_dataset(&headline_facts(&cut)).unwrap(),
        write_dataset(&cut).unwrap()
    );
    let whole_version = DataVersion::of(read("public/data/atlas.json").as_bytes());
    let committed = read("public/data/headline.json");
    assert_eq!(
        write_cut(&cut, &whole_version).unwrap(),
        committed,
        "the committed cut is up to date"
    );
    let read_back = parse_dataset(&committed).unwrap();
    assert_eq!(read_back.issues, []);
    assert_eq!(
        read_back.version, whole_version,
        "a cut pins the whole file"
    );
    assert_eq!(
        write_dataset(&read_back.dataset).unwrap(),
        write_dataset(&cut).unwrap()
    );
}
