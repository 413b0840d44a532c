//! The dataset's shape: what the app fetches as JSON and what the facts CSV converts into.

use super::Date;
use serde::{Deserialize, Serialize};

/// Version of the JSON schema this build reads and writes; a newer file is refused with a
/// clear message instead of being misread.
pub const SCHEMA_VERSION: u32 = 1;

/// Every fact the app knows, with the sources they come from.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Dataset {
    pub schema_version: u32,
    pub sources: Vec<Source>,
    pub observations: Vec<Observation>,
}

/// A published document a fact was read in.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Source {
    /// Stable within one dataset version, e.g. `S001`.
    pub id: String,
    /// Web domain of the outlet, or the seed document's name.
    pub outlet: String,
    /// Web address when the source is a page (absent for seed documents).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// Publication date as visible: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; absent when unknown.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
}

/// Caveats carried by a fact's note, searchable and shown to the user.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Flag {
    /// Aggregator, blog or shop without primary attribution: never in headline figures.
    LowReliability,
    Conflict,
    Inconsistent,
    Ambiguous,
    Doubtful,
}

/// One sourced fact: a value for a metric, a dimension and a period.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Observation {
    pub id: String,
    /// e.g. `exports_value`, `exports_share`, `artisans_registered`.
    pub metric: String,
    /// e.g. `total`, `product_family`, `destination`, `exit_point`, nested with `>`.
    pub dimension: String,
    /// e.g. `all`, `carpets`, `US`, `region:europe`, `pottery_stone>Casablanca>US`.
    pub key: String,
    /// First day of the period; absent for stocks known only "as of" a date.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start: Option<Date>,
    /// Last day of the period (or the "as of" date); absent when the source does not say.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end: Option<Date>,
    pub value: f64,
    /// e.g. `MAD_million`, `percent`, `count`.
    pub unit: String,
    /// Growth printed next to the value, in percent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub change_pct: Option<f64>,
    /// What the growth compares with, as printed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub change_basis: Option<String>,
    /// Id of the [`Source`] the fact was read in.
    pub source: String,
    /// Original wording, caveats and conflicts.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub note: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub flags: Vec<Flag>,
}

impl Observation {
    /// The calendar year the fact covers when its period is exactly 1 January – 31 December.
    pub fn full_year(&self) -> Option<i32> {
        match (self.start, self.end) {
            (Some(start), Some(end))
                if start.year == end.year && start.is_year_start() && end.is_year_end() =>
            {
                Some(start.year)
            }
            _ => None,
        }
    }

    /// True when the fact comes from a source flagged as low reliability.
    pub fn is_low_reliability(&self) -> bool {
        self.flags.contains(&Flag::LowReliability)
    }
}

impl Dataset {
    /// The source with this id, if the dataset lists it.
    pub fn source(&self, id: &str) -> Option<&Source> {
        self.sources.iter().find(|source| source.id == id)
    }
}
