//! Helpers shared by integration tests.

use artisanat_atlas::data::DataVersion;
use artisanat_atlas::embed::{Accent, SourceStyle, Theme, TitleShown};
use artisanat_atlas::url_state::{
    BreakdownChoice, CatalogueCode, ChartName, FlowsChoice, MarketCode, MeasureChoice, Months,
    PeriodParam, SearchText, YearSpan,
};
use std::str::FromStr;

/// Every query parameter the app reads, except `lang` (read by `parse_locale`).
pub const SETTING_KEYS: [&str; 18] = [
    "cagr", "months", "by", "period", "measure", "flows", "q", "family", "region", "material",
    "label", "market", "table", "data", "theme", "accent", "title", "source",
];

fn read<T: FromStr + ToString>(raw: &str) -> Option<String> {
    raw.parse::<T>().ok().map(|value| value.to_string())
}

/// A query parameter read with the codec of its key, written back as the app writes it into
/// links; `None` when the codec refuses it. Panics on a key the app does not read.
pub fn read_setting(key: &str, raw: &str) -> Option<String> {
    match key {
        "cagr" => read::<YearSpan>(raw),
        "months" => read::<Months>(raw),
        "by" => read::<BreakdownChoice>(raw),
        "period" => read::<PeriodParam>(raw),
        "measure" => read::<MeasureChoice>(raw),
        "flows" => read::<FlowsChoice>(raw),
        "q" => read::<SearchText>(raw),
        "family" | "region" | "material" | "label" => read::<CatalogueCode>(raw),
        "market" => read::<MarketCode>(raw),
        "table" => read::<ChartName>(raw),
        "data" => read::<DataVersion>(raw),
        "theme" => read::<Theme>(raw),
        "accent" => read::<Accent>(raw),
        "title" => read::<TitleShown>(raw),
        "source" => read::<SourceStyle>(raw),
        _ => panic!("{key} is not a parameter the app reads"),
    }
}
