//! National export series year by year: full years, and year-to-date periods (January to the
//! same month) compared across years. Every year between the first and the last known one is
//! present, so charts show gaps rather than zeros.

use super::figure::{Figure, Missing, Point, cagr, disagreement, growth};
use super::levels::{CAGR_METRIC, GROWTH_METRIC, LEVEL_METRIC, Levels};
use super::period::{Period, PeriodKind};
use crate::data::Observation;
use crate::order::sort_dedup;

/// One year of a series.
#[derive(Clone, Debug, PartialEq)]
pub struct SeriesPoint {
    /// The year.
    pub year: i32,
    /// The period the value covers.
    pub period: Period,
    /// Everything known for it.
    pub point: Point,
    /// Change on the same months of the previous year: the rate reliable sources print for
    /// exactly that comparison ([`printed_national_growth`]), else `computed_change`.
    pub change: Figure,
    /// The change the app computes from the two years' headline figures, kept beside a printed
    /// rate so that a reader sees both when they differ ([`SeriesPoint::disagreement`]).
    pub computed_change: Figure,
}

impl SeriesPoint {
    /// The printed and the computed change, when the computation differs from the printed
    /// rate by more than the printed rate's rounding: the two levels came from different
    /// reports, and the reader is shown both.
    pub fn disagreement(&self) -> Option<(f64, f64)> {
        disagreement(&self.change, &self.computed_change)
    }
}

/// A national series over consecutive years for one span of months.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Series {
    /// 12 for full years, 1–11 for year-to-date series.
    pub through_month: u8,
    /// One point per year, oldest first.
    pub points: Vec<SeriesPoint>,
}

impl Series {
    /// The point of `year`, if the series has one.
    pub fn year(&self, year: i32) -> Option<&SeriesPoint> {
        self.points.iter().find(|point| point.year == year)
    }

    /// The latest year whose figure is known.
    pub fn latest(&self) -> Option<&SeriesPoint> {
        self.points
            .iter()
            .rev()
            .find(|point| point.point.figure.value().is_some())
    }

    /// Growth from one year to another: the rate printed for exactly that span when a
    /// reliable source gives one, else computed.
    pub fn growth_between(&self, from: i32, to: i32, levels: &Levels) -> Figure {
        let printed = (to > from)
            .then(|| self.printed_growth_between(from, to, levels))
            .flatten();
        printed.unwrap_or_else(|| self.computed_growth_between(from, to))
    }

    /// Growth from one year to another computed from the two years' figures, whatever a
    /// source prints.
    pub fn computed_growth_between(&self, from: i32, to: i32) -> Figure {
        match (self.year(from), self.year(to)) {
            _ if to <= from => Figure::Missing(Missing::EmptySpan),
            (Some(start), Some(end)) => growth(&start.point.figure, &end.point.figure),
            _ => Figure::Missing(Missing::InputMissing),
        }
    }

    /// The growth reliable sources print for exactly `from` to `to` (full years), if any.
    pub fn printed_growth_between(&self, from: i32, to: i32, levels: &Levels) -> Option<Figure> {
        let (start, end) = (self.year(from)?, self.year(to)?);
        printed_national_growth(levels, end.period, start.period)
    }

    /// The average annual growth reliable sources print for exactly `from` to `to` (a period
    /// from 1 January of `from` to 31 December of `to`), if any.
    pub fn printed_cagr_between(&self, from: i32, to: i32, levels: &Levels) -> Option<Figure> {
        let span = Period {
            start: Period::year(from)?.start,
            end: Period::year(to)?.end,
        };
        let metric = levels.dataset().symbol(CAGR_METRIC)?;
        most_printed(levels, span, |observation| {
            (observation.metric == metric).then_some(observation.value)
        })
    }

    /// Compound annual growth rate from one year to another.
    pub fn cagr_between(&self, from: i32, to: i32) -> Figure {
        match (self.year(from), self.year(to)) {
            (Some(start), Some(end)) => cagr(&start.point.figure, &end.point.figure, to - from),
            _ if to <= from => Figure::Missing(Missing::EmptySpan),
            _ => Figure::Missing(Missing::InputMissing),
        }
    }
}

/// The full-year national series.
pub fn annual_exports(levels: &Levels) -> Series {
    series(levels, 12)
}

/// One year-to-date series per month-end that any source uses (January–November), ordered
/// by month.
pub fn year_to_date_exports(levels: &Levels) -> Vec<Series> {
    let Some(national) = levels.national() else {
        return Vec::new();
    };
    let mut months: Vec<u8> = levels
        .periods(national)
        .iter()
        .filter_map(|period| match period.kind() {
            PeriodKind::YearToDate { through, .. } => Some(through),
            _ => None,
        })
        .collect();
    sort_dedup(&mut months);
    months
        .into_iter()
        .map(|through| series(levels, through))
        .collect()
}

/// The most recent year-to-date figure that is known, with its series.
pub fn latest_year_to_date(series: &[Series]) -> Option<(&Series, &SeriesPoint)> {
    series
        .iter()
        .filter_map(|s| s.latest().map(|point| (s, point)))
        .max_by_key(|(_, point)| point.period.end)
}

fn series(levels: &Levels, through_month: u8) -> Series {
    let Some(national) = levels.national() else {
        return Series::default();
    };
    let years: Vec<i32> = levels
        .periods(national)
        .iter()
        .filter_map(|period| match period.kind() {
            PeriodKind::Year(year) if through_month == 12 => Some(year),
            PeriodKind::YearToDate { year, through } if through == through_month => Some(year),
            _ => None,
        })
        .collect();
    let (Some(&first), Some(&last)) = (years.first(), years.last()) else {
        return Series::default();
    };
    let mut points: Vec<SeriesPoint> = Vec::new();
    for year in first..=last {
        let Some(period) = Period::months(year, 1, through_month) else {
            continue;
        };
        let point = levels.point(national, period);
        let computed_change = match points.last() {
            Some(previous) => growth(&previous.point.figure, &point.figure),
            None => Figure::Missing(Missing::InputMissing),
        };
        let change = printed_national_growth(levels, period, previous_period(period))
            .unwrap_or_else(|| computed_change.clone());
        points.push(SeriesPoint {
            year,
            period,
            point,
            change,
            computed_change,
        });
    }
    Series {
        through_month,
        points,
    }
}

fn previous_period(period: Period) -> Period {
    period.in_year(period.start.year() - 1).unwrap_or(period)
}

/// The growth rate reliable sources print for national exports over exactly `period` against
/// exactly `basis`, beside a level or alone: whichever report printed it, not only those of the
/// headline level.
pub fn printed_national_growth(levels: &Levels, period: Period, basis: Period) -> Option<Figure> {
    let dataset = levels.dataset();
    let (level, rate_alone) = (dataset.symbol(LEVEL_METRIC), dataset.symbol(GROWTH_METRIC));
    most_printed(levels, period, |observation| {
        let rate = match Some(observation.metric) {
            metric if metric == rate_alone => Some(observation.value),
            metric if metric == level => observation.change_pct,
            _ => None,
        };
        let printed_basis = observation
            .change_basis
            .and_then(|text| period.basis(dataset.text(text)));
        rate.filter(|_| printed_basis == Some(basis))
    })
}

/// The rate reliable sources print for national exports over exactly `period` (`rate_of` reads
/// it from an observation, or rejects the observation), among [`Levels::national_rates`]. When
/// they print different rates, the one printed most often (then the first in the file), with
/// every observation that prints it.
fn most_printed(
    levels: &Levels,
    period: Period,
    rate_of: impl Fn(&Observation) -> Option<f64>,
) -> Option<Figure> {
    let observations = levels.dataset().observations();
    let mut rates: Vec<(f64, Vec<usize>)> = Vec::new();
    for &index in levels.national_rates(period) {
        let Some(rate) = observations.get(index).and_then(&rate_of) else {
            continue;
        };
        match rates.iter_mut().find(|(known, _)| *known == rate) {
            Some((_, observations)) => observations.push(index),
            None => rates.push((rate, vec![index])),
        }
    }
    let most = rates
        .iter()
        .map(|(_, observations)| observations.len())
        .max()?;
    let (value, observations) = rates.into_iter().find(|(_, o)| o.len() == most)?;
    Some(Figure::Reported {
        value,
        observations,
    })
}
