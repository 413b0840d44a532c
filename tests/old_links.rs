//! Links shared or embedded with earlier versions keep working: every parameter and path the
//! app has published (README, embed codes, tests) still parses to the same setting. The
//! codec only ever adds parameters; removing or renaming one fails here first.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use artisanat_atlas::data::DataVersion;
use artisanat_atlas::embed::{Accent, EmbedChart, SourceStyle, Theme, TitleShown, parse_kpi};
use artisanat_atlas::i18n::Locale;
use artisanat_atlas::url_state::{
    BreakdownChoice, CatalogueCode, ChartName, FlowsChoice, MarketCode, MeasureChoice, Months,
    Parsed, PeriodParam, SearchText, YearSpan, parse_locale,
};
use std::str::FromStr;

/// The value read back as text, as the app writes it into links.
fn round_trip<T: FromStr + ToString>(raw: &str) -> String {
    match raw.parse::<T>() {
        Ok(value) => value.to_string(),
        Err(_) => panic!("{raw} no longer parses as {}", std::any::type_name::<T>()),
    }
}

/// A query parameter of a published link, read with the codec of its key.
fn setting(key: &str, raw: &str) -> String {
    match key {
        "cagr" => round_trip::<YearSpan>(raw),
        "months" => round_trip::<Months>(raw),
        "by" => round_trip::<BreakdownChoice>(raw),
        "period" => round_trip::<PeriodParam>(raw),
        "measure" => round_trip::<MeasureChoice>(raw),
        "flows" => round_trip::<FlowsChoice>(raw),
        "q" => round_trip::<SearchText>(raw),
        "family" | "region" | "material" | "label" => round_trip::<CatalogueCode>(raw),
        "market" => round_trip::<MarketCode>(raw),
        "table" => round_trip::<ChartName>(raw),
        "data" => round_trip::<DataVersion>(raw),
        "theme" => round_trip::<Theme>(raw),
        "accent" => round_trip::<Accent>(raw),
        "title" => round_trip::<TitleShown>(raw),
        "source" => round_trip::<SourceStyle>(raw),
        _ => panic!("{key} is not a parameter the app reads any more"),
    }
}

#[test]
fn every_published_parameter_still_reads_the_same() {
    let published = [
        ("cagr", "2021-2024"),
        ("months", "9"),
        ("by", "destination"),
        ("by", "exit_point"),
        ("by", "product_family"),
        ("period", "2024-01-01..2024-12-31"),
        ("period", "2025-01-01..2025-11-30"),
        ("measure", "value"),
        ("flows", "on"),
        ("q", "tiznit"),
        ("family", "carpets"),
        ("region", "souss_massa"),
        ("material", "silver"),
        ("label", "tapis_rbati"),
        ("market", "US"),
        ("table", "craft-exports-by-year"),
        ("table", "craft-export-map"),
        ("data", "f691cf3bf9cc"),
        ("theme", "dark"),
        ("theme", "auto"),
        ("accent", "green"),
        ("accent", "0a7d55"),
        ("title", "off"),
        ("source", "compact"),
    ];
    for (key, raw) in published {
        assert_eq!(setting(key, raw), raw, "{key}={raw}");
    }
    for tag in ["fr", "ar", "en"] {
        assert!(matches!(parse_locale(Some(tag)), Parsed::Valid(locale) if locale.tag() == tag));
    }
    assert_eq!(
        Locale::default().tag(),
        "fr",
        "a link without lang= stays French"
    );
}

#[test]
fn every_published_path_still_names_its_page_or_widget() {
    for code in ["US", "FR", "region:europe"] {
        assert_eq!(round_trip::<MarketCode>(code), code, "/market/{code}");
    }
    for code in ["carpets", "zellige", "pottery_stone"] {
        assert!(code.parse::<CatalogueCode>().is_ok(), "/craft/{code}");
    }
    for name in [
        "latest-year",
        "latest-year-to-date",
        "growth-since",
        "cagr",
        "top-destination",
        "top-family",
        "registered-artisans",
    ] {
        assert!(parse_kpi(name).is_some(), "/embed/kpi/{name}");
    }
    for name in [
        "exports",
        "year-to-date",
        "composition",
        "exit-cities",
        "sector",
    ] {
        assert!(name.parse::<EmbedChart>().is_ok(), "/embed/chart/{name}");
    }
}
