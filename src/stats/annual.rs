//! National craft exports year by year, as reported: every full-year figure is kept, conflicts
//! side by side, and one headline value per year is chosen by a documented rule.

use crate::data::{Dataset, Observation};
use std::collections::BTreeMap;

/// The unit the national export series is published in.
const SERIES_UNIT: &str = "MAD_million";

/// One published full-year value and where it was read.
#[derive(Clone, Debug, PartialEq)]
pub struct ReportedValue {
    pub value: f64,
    pub observation_id: String,
    pub source_id: String,
    pub low_reliability: bool,
}

/// Everything reported for one year.
#[derive(Clone, Debug, PartialEq)]
pub struct YearExports {
    pub year: i32,
    /// The value headline figures use, if any source is reliable enough (see [`annual_exports`]).
    pub headline: Option<f64>,
    /// Every reported value, in the order of the facts table.
    pub reported: Vec<ReportedValue>,
}

impl YearExports {
    /// True when sources give more than one value for the year.
    pub fn has_conflict(&self) -> bool {
        self.reported
            .windows(2)
            .any(|pair| pair[0].value != pair[1].value)
    }

    /// The sources behind the headline value.
    pub fn headline_sources(&self) -> Vec<&str> {
        self.reported
            .iter()
            .filter(|r| Some(r.value) == self.headline && !r.low_reliability)
            .map(|r| r.source_id.as_str())
            .collect()
    }
}

/// The annual series from the first to the last reported year; years nobody reported are
/// present with no value, so charts show gaps rather than zeros.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct AnnualExports {
    pub years: Vec<YearExports>,
}

/// Collects the full-year national export values (`exports_value`, `total/all`, MAD million).
///
/// Headline rule: low-reliability sources are never used; among the other values, the one
/// printed by the most distinct sources wins; a tie goes to the value listed first. A year with
/// only low-reliability values has no headline.
pub fn annual_exports(dataset: &Dataset) -> AnnualExports {
    let mut by_year: BTreeMap<i32, Vec<ReportedValue>> = BTreeMap::new();
    for (year, observation) in dataset.observations.iter().filter_map(national_full_year) {
        by_year.entry(year).or_default().push(ReportedValue {
            value: observation.value,
            observation_id: observation.id.clone(),
            source_id: observation.source.clone(),
            low_reliability: observation.is_low_reliability(),
        });
    }
    let (Some(&first), Some(&last)) = (by_year.keys().next(), by_year.keys().next_back()) else {
        return AnnualExports::default();
    };
    let years = (first..=last)
        .map(|year| {
            let reported = by_year.remove(&year).unwrap_or_default();
            YearExports {
                year,
                headline: headline_value(&reported),
                reported,
            }
        })
        .collect();
    AnnualExports { years }
}

fn national_full_year(observation: &Observation) -> Option<(i32, &Observation)> {
    let national = observation.metric == "exports_value"
        && observation.dimension == "total"
        && observation.key == "all"
        && observation.unit == SERIES_UNIT;
    national.then_some(())?;
    observation.full_year().map(|year| (year, observation))
}

fn headline_value(reported: &[ReportedValue]) -> Option<f64> {
    let reliable: Vec<&ReportedValue> = reported.iter().filter(|r| !r.low_reliability).collect();
    let support = |value: f64| {
        let mut sources: Vec<&str> = reliable
            .iter()
            .filter(|r| r.value == value)
            .map(|r| r.source_id.as_str())
            .collect();
        sources.sort_unstable();
        sources.dedup();
        sources.len()
    };
    // `max_by_key` keeps the last of equals, so scan in reverse to let the first listed win ties.
    reliable
        .iter()
        .rev()
        .map(|r| r.value)
        .max_by_key(|&value| support(value))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::{Date, Flag, SCHEMA_VERSION};

    fn fact(id: &str, year: i32, value: f64, source: &str, flags: Vec<Flag>) -> Observation {
        Observation {
            id: id.into(),
            metric: "exports_value".into(),
            dimension: "total".into(),
            key: "all".into(),
            start: Date::parse(&format!("{year}-01-01")),
            end: Date::parse(&format!("{year}-12-31")),
            value,
            unit: SERIES_UNIT.into(),
            change_pct: None,
            change_basis: None,
            source: source.into(),
            note: String::new(),
            flags,
        }
    }

    fn dataset(observations: Vec<Observation>) -> Dataset {
        Dataset {
            schema_version: SCHEMA_VERSION,
            sources: vec![],
            observations,
        }
    }

    #[test]
    fn keeps_conflicts_and_picks_the_most_cited_reliable_value() {
        let series = annual_exports(&dataset(vec![
            fact("F1", 2024, 1100.0, "S1", vec![]),
            fact("F2", 2024, 1600.0, "S2", vec![Flag::Conflict]),
            fact("F3", 2024, 1100.0, "S3", vec![]),
            fact("F4", 2024, 1600.0, "S4", vec![Flag::LowReliability]),
            fact("F5", 2024, 1600.0, "S5", vec![Flag::LowReliability]),
        ]));
        let year = &series.years[0];
        assert_eq!(year.headline, Some(1100.0));
        assert!(year.has_conflict());
        assert_eq!(year.reported.len(), 5);
        assert_eq!(year.headline_sources(), ["S1", "S3"]);
    }

    #[test]
    fn the_same_source_twice_counts_once_and_ties_go_to_the_first_listed() {
        let series = annual_exports(&dataset(vec![
            fact("F1", 2021, 893.0, "S1", vec![]),
            fact("F2", 2021, 795.0, "S2", vec![]),
            fact("F3", 2021, 795.0, "S2", vec![]),
        ]));
        assert_eq!(series.years[0].headline, Some(893.0));
    }

    #[test]
    fn missing_years_stay_missing_and_low_reliability_alone_gives_no_headline() {
        let series = annual_exports(&dataset(vec![
            fact("F1", 2015, 439.0, "S1", vec![]),
            fact("F2", 2019, 750.0, "S2", vec![Flag::LowReliability]),
        ]));
        let summary: Vec<_> = series
            .years
            .iter()
            .map(|y| (y.year, y.headline, y.reported.len()))
            .collect();
        assert_eq!(
            summary,
            [
                (2015, Some(439.0), 1),
                (2016, None, 0),
                (2017, None, 0),
                (2018, None, 0),
                (2019, None, 1)
            ]
        );
    }

    #[test]
    fn ignores_partial_years_other_units_and_breakdowns() {
        let mut ytd = fact("F1", 2023, 984.0, "S1", vec![]);
        ytd.end = Date::parse("2023-11-30");
        let mut dollars = fact("F2", 2023, 1000.0, "S2", vec![]);
        dollars.unit = "USD_million".into();
        let mut family = fact("F3", 2023, 300.0, "S3", vec![]);
        family.dimension = "product_family".into();
        assert_eq!(
            annual_exports(&dataset(vec![ytd, dollars, family])),
            AnnualExports::default()
        );
    }
}
