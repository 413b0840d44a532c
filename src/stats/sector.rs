//! Sector figures known "as of" a date or for a period (registered artisans, fairs, women's
//! cooperatives): national values in date order, conflicts side by side.

use super::figure::Point;
use crate::data::{Dataset, Date};
use std::collections::BTreeMap;

/// The national figures of one sector metric at one date.
#[derive(Clone, Debug, PartialEq)]
pub struct DatedPoint {
    /// The "as of" date, or the last day of the period.
    pub date: Date,
    /// First day of the period, for flows (fairs held in 2024); `None` for stocks.
    pub start: Option<Date>,
    pub point: Point,
}

/// National (`total/all`) values of `metric`, oldest first.
pub fn sector_series(dataset: &Dataset, metric: &str) -> Vec<DatedPoint> {
    let national = dataset.symbol("all");
    let mut by_date: BTreeMap<(Date, Option<Date>), Vec<usize>> = BTreeMap::new();
    for (index, observation) in dataset.select(metric, "total") {
        if let Some(end) = observation
            .end
            .filter(|_| Some(observation.key) == national)
        {
            by_date
                .entry((end, observation.start))
                .or_default()
                .push(index);
        }
    }
    by_date
        .into_iter()
        .map(|((date, start), positions)| DatedPoint {
            date,
            start,
            point: Point::from_facts(
                positions
                    .iter()
                    .filter_map(|&index| Some((index, dataset.observations().get(index)?))),
                Vec::new(),
            ),
        })
        .collect()
}
