//! Sector figures known "as of" a date or for a period (registered artisans, jobs, fairs,
//! women's cooperatives): values in date order, conflicts side by side, grouped by topic for
//! the page's small multiples.

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
    /// The figure for that date.
    pub point: Point,
}

/// Which facts make one series: a metric for one key of one dimension.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SectorSelection {
    /// The metric of the facts.
    pub metric: &'static str,
    /// Their dimension.
    pub dimension: &'static str,
    /// Their key.
    pub key: &'static str,
}

impl SectorSelection {
    const fn of(metric: &'static str, dimension: &'static str, key: &'static str) -> Self {
        SectorSelection {
            metric,
            dimension,
            key,
        }
    }

    /// A national figure (`total/all`).
    const fn national(metric: &'static str) -> Self {
        SectorSelection::of(metric, "total", "all")
    }
}

/// What the sector small multiples show, one panel each.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum SectorTopic {
    /// Artisans in the national register.
    RegisteredArtisans,
    /// Jobs in the crafts sector.
    Jobs,
    /// Fairs held, by scope (national, international…).
    Fairs,
    /// Women's cooperatives working in crafts.
    WomenCooperatives,
    /// Women's cooperatives as a share of craft cooperatives.
    WomenShareOfCooperatives,
}

impl SectorTopic {
    /// Every topic, in panel order.
    pub const ALL: [SectorTopic; 5] = [
        SectorTopic::RegisteredArtisans,
        SectorTopic::Jobs,
        SectorTopic::Fairs,
        SectorTopic::WomenCooperatives,
        SectorTopic::WomenShareOfCooperatives,
    ];

    /// The series of the topic's panel.
    pub fn selections(self) -> &'static [SectorSelection] {
        const ARTISANS: [SectorSelection; 1] = [SectorSelection::national("artisans_registered")];
        const JOBS: [SectorSelection; 1] = [SectorSelection::national("employment")];
        const FAIRS: [SectorSelection; 3] = [
            SectorSelection::of("fairs_count", "fair_scope", "national"),
            SectorSelection::of("fairs_count", "fair_scope", "local_regional_national"),
            SectorSelection::of("fairs_count", "fair_scope", "international"),
        ];
        const WOMEN: [SectorSelection; 1] = [SectorSelection::of(
            "women_cooperatives",
            "sector",
            "crafts",
        )];
        const WOMEN_SHARE: [SectorSelection; 1] =
            [SectorSelection::national("cooperatives_women_share")];
        match self {
            SectorTopic::RegisteredArtisans => &ARTISANS,
            SectorTopic::Jobs => &JOBS,
            SectorTopic::Fairs => &FAIRS,
            SectorTopic::WomenCooperatives => &WOMEN,
            SectorTopic::WomenShareOfCooperatives => &WOMEN_SHARE,
        }
    }

    /// True when the topic counts percentages rather than people or events.
    pub fn is_percent(self) -> bool {
        self == SectorTopic::WomenShareOfCooperatives
    }
}

/// One panel: its topic and, per selection, the dated values.
#[derive(Clone, Debug, PartialEq)]
pub struct SectorPanel {
    /// What the panel shows.
    pub topic: SectorTopic,
    /// Each series of the panel with its dated points.
    pub series: Vec<(SectorSelection, Vec<DatedPoint>)>,
}

/// Every topic's panel, in [`SectorTopic::ALL`] order.
pub fn sector_panels(dataset: &Dataset) -> Vec<SectorPanel> {
    SectorTopic::ALL
        .into_iter()
        .map(|topic| SectorPanel {
            topic,
            series: topic
                .selections()
                .iter()
                .map(|&selection| (selection, sector_series(dataset, selection)))
                .collect(),
        })
        .collect()
}

/// The dated values of one selection, oldest first. Facts without a date cannot be placed in
/// time and are left out.
pub fn sector_series(dataset: &Dataset, selection: SectorSelection) -> Vec<DatedPoint> {
    let key = dataset.symbol(selection.key);
    let mut by_date: BTreeMap<(Date, Option<Date>), Vec<usize>> = BTreeMap::new();
    for (index, observation) in dataset.select(selection.metric, selection.dimension) {
        if let Some(end) = observation.end.filter(|_| Some(observation.key) == key) {
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
