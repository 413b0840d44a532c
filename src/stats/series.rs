//! National export series year by year: full years, and year-to-date periods (January to the
//! same month) compared across years. Every year between the first and the last known one is
//! present, so charts show gaps rather than zeros.

use super::figure::{Figure, Missing, Point, cagr, growth};
use super::levels::Levels;
use super::period::{Period, PeriodKind};
use std::collections::BTreeSet;

/// One year of a series.
#[derive(Clone, Debug, PartialEq)]
pub struct SeriesPoint {
    pub year: i32,
    pub period: Period,
    pub point: Point,
    /// Change on the same months of the previous year: the growth printed with the headline
    /// figure, else computed from the two years' figures.
    pub change: Figure,
}

/// A national series over consecutive years for one span of months.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Series {
    /// 12 for full years, 1–11 for year-to-date series.
    pub through_month: u8,
    pub points: Vec<SeriesPoint>,
}

impl Series {
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
    /// headline source gives one, else computed.
    pub fn growth_between(&self, from: i32, to: i32, levels: &Levels) -> Figure {
        match (self.year(from), self.year(to)) {
            _ if to <= from => Figure::Missing(Missing::EmptySpan),
            (Some(start), Some(end)) => printed_growth(levels, &end.point, start.period)
                .unwrap_or_else(|| growth(&start.point.figure, &end.point.figure)),
            _ => Figure::Missing(Missing::InputMissing),
        }
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
    let months: BTreeSet<u8> = levels
        .periods(national)
        .iter()
        .filter_map(|period| match period.kind() {
            PeriodKind::YearToDate { through, .. } => Some(through),
            _ => None,
        })
        .collect();
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
        let change =
            printed_growth(levels, &point, previous_period(period)).unwrap_or_else(|| match points
                .last()
            {
                Some(previous) => growth(&previous.point.figure, &point.figure),
                None => Figure::Missing(Missing::InputMissing),
            });
        points.push(SeriesPoint {
            year,
            period,
            point,
            change,
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

/// The growth printed next to the headline value against exactly `basis`, if any.
fn printed_growth(levels: &Levels, point: &Point, basis: Period) -> Option<Figure> {
    let Figure::Reported { observations, .. } = &point.figure else {
        return None;
    };
    let dataset = levels.dataset();
    let mut rates = observations.iter().filter_map(|&index| {
        let observation = dataset.observations().get(index)?;
        let period = Period::of(observation)?;
        let printed_basis = period.basis(dataset.text(observation.change_basis?))?;
        (printed_basis == basis).then_some((index, observation.change_pct?))
    });
    let (first_index, rate) = rates.next()?;
    let mut supporting = vec![first_index];
    supporting.extend(rates.filter(|(_, r)| *r == rate).map(|(index, _)| index));
    Some(Figure::Reported {
        value: rate,
        observations: supporting,
    })
}
