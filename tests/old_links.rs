//! Links shared or embedded with earlier versions keep working: every parameter and path the
//! app has published (README, embed codes, tests) still parses to the same setting. The
//! codec only ever adds parameters; removing or renaming one fails here first.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use artisanat_atlas::embed::{EmbedChart, parse_kpi};
use artisanat_atlas::i18n::Locale;
use artisanat_atlas::url_state::{
    CatalogueCode, Parsed, SETTING_KEYS, canonical_setting, parse_locale,
};

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
        assert_eq!(
            canonical_setting(key, raw).as_deref(),
            Some(raw),
            "{key}={raw}"
        );
    }
    for key in SETTING_KEYS {
        assert!(
            published.iter().any(|(k, _)| *k == key),
            "{key} has a published example"
        );
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
        assert_eq!(
            canonical_setting("market", code).as_deref(),
            Some(code),
            "/market/{code}"
        );
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
