//! Every indicator the dashboard shows, computed in one call: what the indicators page, the
//! embeds, the benchmark and the fuzz target use.

use super::breakdown::{Breakdown, BreakdownIndex};
use super::consistency::{Check, consistency_checks};
use super::figure::{Figure, Missing};
use super::levels::Levels;
use super::period::Period;
use super::sector::{SectorPanel, sector_panels};
use super::series::{Series, annual_exports, year_to_date_exports};
use crate::data::{CodedDimension, Dataset};

/// The reference year of the ministry's recovery comparisons ("+40 % vs 2019").
pub const BASE_YEAR: i32 = 2019;

/// A breakdown as a page first shows it: the periods on offer and the latest one.
#[derive(Clone, Debug, PartialEq)]
pub struct Composition {
    /// Newest first.
    pub periods: Vec<Period>,
    /// The latest period's breakdown, if any.
    pub latest: Option<Breakdown>,
}

impl Composition {
    fn of(levels: &Levels, dimension: CodedDimension) -> Composition {
        let index = BreakdownIndex::new(levels, dimension);
        Composition {
            periods: index.periods().to_vec(),
            latest: index.latest(),
        }
    }
}

/// All indicators of a dataset.
#[derive(Clone, Debug, PartialEq)]
pub struct Dashboard {
    /// Craft exports by year.
    pub annual: Series,
    /// One series per month-end (January–November), by month.
    pub year_to_date: Vec<Series>,
    /// From [`BASE_YEAR`] to the latest known year.
    pub growth_since_base: Figure,
    /// Compound annual growth from [`BASE_YEAR`] to the latest known year.
    pub cagr_since_base: Figure,
    /// Shares by craft family.
    pub families: Composition,
    /// Shares by destination.
    pub destinations: Composition,
    /// Shares by exit city.
    pub exit_points: Composition,
    /// Where the facts disagree with each other.
    pub checks: Vec<Check>,
    /// One panel per sector topic (artisans, jobs, fairs, women's cooperatives).
    pub sector: Vec<SectorPanel>,
}

/// Computes every indicator.
pub fn dashboard(dataset: &Dataset) -> Dashboard {
    let levels = Levels::new(dataset);
    let annual = annual_exports(&levels);
    let latest_year = annual.latest().map(|point| point.year);
    let since_base = |rate: &dyn Fn(i32) -> Figure| {
        latest_year.map_or(Figure::Missing(Missing::InputMissing), rate)
    };
    Dashboard {
        growth_since_base: since_base(&|year| annual.growth_between(BASE_YEAR, year, &levels)),
        cagr_since_base: since_base(&|year| annual.cagr_between(BASE_YEAR, year)),
        year_to_date: year_to_date_exports(&levels),
        families: Composition::of(&levels, CodedDimension::ProductFamily),
        destinations: Composition::of(&levels, CodedDimension::Destination),
        exit_points: Composition::of(&levels, CodedDimension::ExitPoint),
        checks: consistency_checks(&levels),
        sector: sector_panels(dataset),
        annual,
    }
}
