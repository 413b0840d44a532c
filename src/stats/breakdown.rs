//! Composition of exports for one period: shares and levels by craft family, destination or
//! exit city, ranked. Shares and levels complete each other through the national total
//! (`value = share × total`, `share = value / total`), always labelled as derived.

use super::figure::{Figure, Formula, Missing, Point};
use super::levels::{LEVEL_METRIC, Levels, SERIES_UNIT};
use super::period::Period;
use crate::data::{CodedDimension, Dataset, FastMap, Sym};
use crate::order::{sort_by, sort_by_key};

/// The metric of shares of national exports.
pub const SHARE_METRIC: &str = "exports_share";

/// One key of a breakdown (a family, a country, a region, a city).
#[derive(Clone, Debug, PartialEq)]
pub struct BreakdownRow {
    /// The code, e.g. `carpets`, `US`, `region:europe`.
    pub key: String,
    /// 1 for the largest share; `None` for keys that are never ranked (world regions, "other":
    /// [`crate::data::Codes::ranks`]) and for keys with no known share.
    pub rank: Option<usize>,
    /// Share of national exports, in percent.
    pub share: Point,
    /// Level in MAD million.
    pub value: Point,
}

/// The composition of exports along one dimension for one period.
#[derive(Clone, Debug, PartialEq)]
pub struct Breakdown {
    /// What the shares are of.
    pub dimension: CodedDimension,
    /// The period they cover.
    pub period: Period,
    /// National exports over the same period.
    pub total: Point,
    /// Ranked rows first (largest share first), then the others in key order.
    pub rows: Vec<BreakdownRow>,
}

impl Breakdown {
    /// True when some row has a share or a level to show.
    pub fn has_figures(&self) -> bool {
        self.rows
            .iter()
            .any(|row| row.share.figure.value().is_some() || row.value.figure.value().is_some())
    }

    /// Sum of the ranked shares (countries, families or cities, not overlapping groups or
    /// "other").
    pub fn ranked_share_sum(&self) -> f64 {
        self.rows
            .iter()
            .filter(|row| row.rank.is_some())
            .filter_map(|row| row.share.figure.value())
            .fold(0.0, |sum, share| sum + share)
    }
}

/// The shares and levels of one dimension, gathered in one pass, so that switching the period
/// on a page computes one breakdown, not all of them.
pub struct BreakdownIndex<'l, 'd> {
    levels: &'l Levels<'d>,
    dimension: CodedDimension,
    /// In file order.
    entries: Vec<Entry>,
    /// Every period of `entries`, newest first.
    periods: Vec<Period>,
}

/// One printed share or level of a single code.
#[derive(Clone, Copy)]
struct Entry {
    period: Period,
    key: Sym,
    is_share: bool,
    /// Not from a low-reliability source: a figure the breakdown can show.
    reliable: bool,
    position: usize,
}

impl<'l, 'd> BreakdownIndex<'l, 'd> {
    /// Indexes the shares and levels of `dimension`'s keys, period by period.
    pub fn new(levels: &'l Levels<'d>, dimension: CodedDimension) -> BreakdownIndex<'l, 'd> {
        let dataset = levels.dataset();
        let mut entries = Vec::new();
        if let Some(dimension_sym) = dataset.symbol(dimension.name()) {
            let share_metric = dataset.symbol(SHARE_METRIC);
            let level_metric = dataset.symbol(LEVEL_METRIC);
            let level_unit = dataset.symbol(SERIES_UNIT);
            let mut single_codes: FastMap<Sym, bool> = FastMap::default();
            for (position, observation) in dataset.observations().iter().enumerate() {
                if observation.dimension != dimension_sym {
                    continue;
                }
                let is_share = Some(observation.metric) == share_metric;
                let is_level = Some(observation.metric) == level_metric
                    && Some(observation.unit) == level_unit;
                let Some(period) = Period::of(observation).filter(|_| is_share || is_level) else {
                    continue;
                };
                let single = *single_codes
                    .entry(observation.key)
                    .or_insert_with(|| is_single_code(dataset.text(observation.key)));
                if single {
                    entries.push(Entry {
                        period,
                        key: observation.key,
                        is_share,
                        reliable: !observation.is_low_reliability(),
                        position,
                    });
                }
            }
        }
        // Grouped by period (a stable sort keeps the file's order within one), so that a
        // period's breakdown reads its own entries only.
        entries.sort_by_key(|entry| entry.period);
        // A period has figures when one of its shares or levels is reliable: a row's share or
        // value comes from its reliable printed figures, or is completed from the other one.
        let mut periods: Vec<Period> = entries
            .iter()
            .filter(|entry| entry.reliable)
            .map(|entry| entry.period)
            .collect();
        periods.dedup();
        periods.reverse();
        BreakdownIndex {
            levels,
            dimension,
            entries,
            periods,
        }
    }

    /// The periods with a usable share or level, newest first: what a period selector offers.
    /// A period whose only figures come from low-reliability sources is not offered.
    pub fn periods(&self) -> &[Period] {
        &self.periods
    }

    /// The breakdown for one period, if anything is printed for it.
    pub fn breakdown(&self, period: Period) -> Option<Breakdown> {
        let mut cells: Vec<(Sym, Cell)> = Vec::new();
        let first = self.entries.partition_point(|entry| entry.period < period);
        let last = self.entries.partition_point(|entry| entry.period <= period);
        for entry in &self.entries[first..last] {
            let index = match cells.iter().position(|(key, _)| *key == entry.key) {
                Some(index) => index,
                None => {
                    cells.push((entry.key, Cell::default()));
                    cells.len() - 1
                }
            };
            let cell = &mut cells[index].1;
            match entry.is_share {
                true => cell.shares.push(entry.position),
                false => cell.levels.push(entry.position),
            }
        }
        (!cells.is_empty()).then(|| breakdown(self.levels, self.dimension, period, cells))
    }

    /// The breakdown of the most recent period.
    pub fn latest(&self) -> Option<Breakdown> {
        self.breakdown(*self.periods.first()?)
    }

    /// The breakdown of every period, oldest first: how the composition moved over time.
    pub fn history(&self) -> Vec<Breakdown> {
        self.periods
            .iter()
            .rev()
            .filter_map(|&period| self.breakdown(period))
            .collect()
    }
}

/// The observations printed for one key in one period.
#[derive(Default)]
struct Cell {
    shares: Vec<usize>,
    levels: Vec<usize>,
}

fn is_single_code(key: &str) -> bool {
    !key.contains('+') && !key.contains('>')
}

fn breakdown(
    levels: &Levels,
    dimension: CodedDimension,
    period: Period,
    cells: Vec<(Sym, Cell)>,
) -> Breakdown {
    let dataset = levels.dataset();
    let total = match levels.national() {
        Some(national) => levels.point(national, period),
        None => Point::computed(Figure::Missing(Missing::NotPublished)),
    };
    let mut rows: Vec<BreakdownRow> = cells
        .into_iter()
        .map(|(key, cell)| row(dataset, dataset.text(key), &cell, &total.figure))
        .collect();
    sort_by(&mut rows, |a, b| {
        let share = |row: &BreakdownRow| row.share.figure.value().unwrap_or(f64::NEG_INFINITY);
        share(b)
            .total_cmp(&share(a))
            .then_with(|| a.key.cmp(&b.key))
    });
    let mut next_rank = 1;
    for row in &mut rows {
        if dataset.codes.ranks(&row.key) && row.share.figure.value().is_some() {
            row.rank = Some(next_rank);
            next_rank += 1;
        }
    }
    sort_by_key(&mut rows, |row| row.rank.is_none());
    Breakdown {
        dimension,
        period,
        total,
        rows,
    }
}

fn row(dataset: &Dataset, key: &str, cell: &Cell, total: &Figure) -> BreakdownRow {
    let printed = |positions: &[usize]| {
        positions
            .iter()
            .filter_map(|&index| Some((index, dataset.observations().get(index)?)))
            .collect::<Vec<_>>()
    };
    let mut share = Point::from_facts(printed(&cell.shares), Vec::new());
    let mut value = Point::from_facts(printed(&cell.levels), Vec::new());
    if share.figure.value().is_none() {
        share.figure =
            complete(&value.figure, total, Formula::ShareFromValue).unwrap_or(share.figure);
    }
    if value.figure.value().is_none() && !share.figure.is_derived() {
        value.figure =
            complete(&share.figure, total, Formula::ValueFromShare).unwrap_or(value.figure);
    }
    BreakdownRow {
        key: key.to_owned(),
        rank: None,
        share,
        value,
    }
}

/// A share from a level or a level from a share, through the period's national total.
fn complete(known: &Figure, total: &Figure, formula: Formula) -> Option<Figure> {
    let (known_value, total_value) = (known.value()?, total.value()?);
    let value = match formula {
        Formula::ShareFromValue if total_value > 0.0 => known_value / total_value * 100.0,
        Formula::ValueFromShare => known_value * total_value / 100.0,
        _ => return None,
    };
    Some(Figure::derived(
        value,
        formula,
        vec![known.clone(), total.clone()],
    ))
}
