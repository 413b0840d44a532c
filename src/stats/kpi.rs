//! The headline cards of the indicators page, chosen from the computed figures: latest full
//! year, latest year-to-date, growth and CAGR since a base year, top destination and family,
//! registered artisans. Each keeps every printed value, for the conflict note.

use super::breakdown::{BreakdownIndex, BreakdownRow};
use super::figure::{Figure, Missing, Point, disagreement};
use super::levels::Levels;
use super::period::{Period, latest_picture};
use super::sector::{SectorTopic, sector_series};
use super::series::{Series, annual_exports, latest_year_to_date, year_to_date_exports};
use crate::data::{CodedDimension, Dataset, Date};

/// Which card.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum KpiKind {
    /// Craft exports of the latest full year.
    LatestYear,
    /// Craft exports since January of the latest year.
    LatestYearToDate,
    /// Growth since the base year.
    GrowthSince,
    /// Average annual growth over a span.
    Cagr,
    /// The largest market's share.
    TopDestination,
    /// The largest craft family's share.
    TopFamily,
    /// Registered artisans.
    RegisteredArtisans,
}

impl KpiKind {
    /// Every card, in the order of the grid.
    pub const ALL: [KpiKind; 7] = [
        KpiKind::LatestYear,
        KpiKind::LatestYearToDate,
        KpiKind::GrowthSince,
        KpiKind::Cagr,
        KpiKind::TopDestination,
        KpiKind::TopFamily,
        KpiKind::RegisteredArtisans,
    ];

    /// The figures the home page leads with: how much, how this year goes, where, and what.
    pub const HOME: [KpiKind; 4] = [
        KpiKind::LatestYear,
        KpiKind::LatestYearToDate,
        KpiKind::TopDestination,
        KpiKind::TopFamily,
    ];
}

/// How a card's value reads.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum KpiUnit {
    /// Millions of dirhams.
    MadMillion,
    /// A percentage.
    Percent,
    /// A number of people or things.
    Count,
}

/// One card: a figure with what it covers.
#[derive(Clone, Debug, PartialEq)]
pub struct Kpi {
    /// Which card it is.
    pub kind: KpiKind,
    /// The unit of its figure.
    pub unit: KpiUnit,
    /// The value, with its printed alternatives when sources disagree.
    pub point: Point,
    /// The period covered (a flow), if any.
    pub period: Option<Period>,
    /// The "as of" date (a stock), if any.
    pub as_of: Option<Date>,
    /// Change on the same period a year earlier, for levels.
    pub change: Option<Figure>,
    /// The years compared, for growth and CAGR.
    pub span: Option<(i32, i32)>,
    /// The code the figure is about (top destination or family).
    pub subject: Option<String>,
    /// For a rate a source prints (the growth and average-growth cards): the app's own
    /// computation of it, shown beside the printed rate when the two differ by more than its
    /// rounding ([`Kpi::disagreement`]).
    pub computed: Option<Figure>,
}

impl Kpi {
    fn new(kind: KpiKind, unit: KpiUnit, point: Point) -> Kpi {
        Kpi {
            kind,
            unit,
            point,
            period: None,
            as_of: None,
            change: None,
            span: None,
            subject: None,
            computed: None,
        }
    }

    /// `(printed, computed)` when the card shows a printed rate that the app's computation
    /// contradicts by more than rounding.
    pub fn disagreement(&self) -> Option<(f64, f64)> {
        disagreement(&self.point.figure, self.computed.as_ref()?)
    }
}

/// The cards, in page order. `span` is the CAGR's (first, last) year; `None` takes
/// `base_year` to the latest known year.
pub fn kpis(dataset: &Dataset, base_year: i32, span: Option<(i32, i32)>) -> Vec<Kpi> {
    let levels = Levels::new(dataset);
    let annual = annual_exports(&levels);
    let year_to_date = year_to_date_exports(&levels);
    let latest_year = annual.latest().map(|point| point.year);
    let (cagr_from, cagr_to) = span.unwrap_or((base_year, latest_year.unwrap_or(base_year)));
    vec![
        latest_full_year(&annual),
        latest_partial_year(&year_to_date),
        rate(
            KpiKind::GrowthSince,
            (base_year, latest_year),
            |from, to| {
                (
                    annual.printed_growth_between(from, to, &levels),
                    annual.computed_growth_between(from, to),
                )
            },
        ),
        rate(KpiKind::Cagr, (cagr_from, Some(cagr_to)), |from, to| {
            (
                annual.printed_cagr_between(from, to, &levels),
                annual.cagr_between(from, to),
            )
        }),
        top_share(
            &levels,
            KpiKind::TopDestination,
            CodedDimension::Destination,
        ),
        top_share(&levels, KpiKind::TopFamily, CodedDimension::ProductFamily),
        artisans(dataset),
    ]
}

fn missing() -> Point {
    Point::computed(Figure::Missing(Missing::NotPublished))
}

fn latest_full_year(annual: &Series) -> Kpi {
    let mut kpi = Kpi::new(KpiKind::LatestYear, KpiUnit::MadMillion, missing());
    if let Some(latest) = annual.latest() {
        kpi.point = latest.point.clone();
        kpi.period = Some(latest.period);
        kpi.change = Some(latest.change.clone());
    }
    kpi
}

fn latest_partial_year(series: &[Series]) -> Kpi {
    let mut kpi = Kpi::new(KpiKind::LatestYearToDate, KpiUnit::MadMillion, missing());
    if let Some((_, latest)) = latest_year_to_date(series) {
        kpi.point = latest.point.clone();
        kpi.period = Some(latest.period);
        kpi.change = Some(latest.change.clone());
    }
    kpi
}

/// A rate card: the rate a source prints for the span, with the app's computation kept beside
/// it, else the computation.
fn rate(
    kind: KpiKind,
    (from, to): (i32, Option<i32>),
    printed_and_computed: impl Fn(i32, i32) -> (Option<Figure>, Figure),
) -> Kpi {
    let (printed, computed) = match to {
        Some(to) => printed_and_computed(from, to),
        None => (None, Figure::Missing(Missing::InputMissing)),
    };
    let mut kpi = match printed {
        Some(printed) => {
            let mut kpi = Kpi::new(kind, KpiUnit::Percent, Point::computed(printed));
            kpi.computed = Some(computed);
            kpi
        }
        None => Kpi::new(kind, KpiUnit::Percent, Point::computed(computed)),
    };
    kpi.span = to.map(|to| (from, to));
    kpi
}

fn top_share(levels: &Levels, kind: KpiKind, dimension: CodedDimension) -> Kpi {
    let mut kpi = Kpi::new(kind, KpiUnit::Percent, missing());
    let index = BreakdownIndex::new(levels, dimension);
    if let Some((period, row)) = leader_of_latest_picture(&index) {
        kpi.point = row.share;
        kpi.period = Some(period);
        kpi.subject = Some(row.key);
    }
    kpi
}

/// The first-ranked row of the latest picture ([`latest_picture`]) among the periods whose
/// breakdown ranks a key, computing only the breakdowns it asks for: what the top-share
/// headlines show, and the period the home page's small map paints.
pub fn leader_of_latest_picture(index: &BreakdownIndex) -> Option<(Period, BreakdownRow)> {
    let mut candidates = index.periods().to_vec();
    while let Some(period) = latest_picture(candidates.iter().copied()) {
        let breakdown = index.breakdown(period);
        if let Some(row) =
            breakdown.and_then(|b| b.rows.into_iter().find(|row| row.rank == Some(1)))
        {
            return Some((period, row));
        }
        candidates.retain(|&candidate| candidate != period);
    }
    None
}

fn artisans(dataset: &Dataset) -> Kpi {
    let mut kpi = Kpi::new(KpiKind::RegisteredArtisans, KpiUnit::Count, missing());
    let series = SectorTopic::RegisteredArtisans
        .selections()
        .first()
        .map(|&selection| sector_series(dataset, selection))
        .unwrap_or_default();
    if let Some(latest) = series
        .iter()
        .rev()
        .find(|p| p.point.figure.value().is_some())
    {
        kpi.point = latest.point.clone();
        kpi.as_of = Some(latest.date);
        kpi.period = latest.start.map(|start| Period {
            start,
            end: latest.date,
        });
    }
    kpi
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::test_dataset;

    #[test]
    fn cards_come_from_the_latest_figures() {
        let loaded = test_dataset(
            "F1,exports_value,total,all,2019-01-01,2019-12-31,800,MAD_million,,,https://a.ma/1,,\n\
             F2,exports_value,total,all,2024-01-01,2024-12-31,1100,MAD_million,,,https://a.ma/1,,\n\
             F3,exports_value,total,all,2025-01-01,2025-11-30,1140,MAD_million,13,vs Jan-Nov 2024,https://b.ma/2,,\n\
             F4,exports_share,destination,US,2025-01-01,2025-11-30,49,percent,,,https://b.ma/2,,\n\
             F5,exports_share,destination,FR,2025-01-01,2025-11-30,11,percent,,,https://b.ma/2,,\n\
             F6,exports_share,product_family,carpets,2024-01-01,2024-12-31,20,percent,,,https://a.ma/1,,\n\
             F7,artisans_registered,total,all,,2026-01-19,440000,count,,,https://c.ma/3,,\n",
        );
        let cards = kpis(&loaded.dataset, 2019, None);
        let values: Vec<_> = cards
            .iter()
            .map(|k| (k.kind, k.point.figure.value()))
            .collect();
        // Growth 2019 → 2024: 1,100 / 800 − 1 = 37.5 %; CAGR over 5 years: 1.375^(1/5) − 1.
        let cagr = (1.375f64.powf(0.2) - 1.0) * 100.0;
        assert_eq!(values[0], (KpiKind::LatestYear, Some(1100.0)));
        assert_eq!(values[1], (KpiKind::LatestYearToDate, Some(1140.0)));
        assert_eq!(values[2].1.map(|v| (v * 1e9).round()), Some(37.5e9));
        assert!((values[3].1.unwrap() - cagr).abs() < 1e-9);
        assert_eq!(values[4], (KpiKind::TopDestination, Some(49.0)));
        assert_eq!(values[5], (KpiKind::TopFamily, Some(20.0)));
        assert_eq!(values[6], (KpiKind::RegisteredArtisans, Some(440000.0)));
        assert_eq!(cards[4].subject.as_deref(), Some("US"));
        assert_eq!(cards[1].change.as_ref().and_then(Figure::value), Some(13.0));
        assert_eq!(cards[2].span, Some((2019, 2024)));
        assert_eq!(
            kpis(&loaded.dataset, 2019, Some((2024, 2019)))[3]
                .point
                .figure,
            Figure::Missing(Missing::EmptySpan)
        );
    }

    #[test]
    fn a_single_month_after_its_cumulative_bulletin_does_not_replace_it() {
        let loaded = test_dataset(
            "F1,exports_share,destination,US,2025-01-01,2025-05-31,40,percent,,,https://a.ma/1,,\n\
             F2,exports_share,destination,FR,2025-01-01,2025-05-31,10,percent,,,https://a.ma/1,,\n\
             F3,exports_share,destination,FR,2025-05-01,2025-05-31,45,percent,,,https://a.ma/2,,\n\
             F4,exports_share,destination,US,2025-05-01,2025-05-31,30,percent,,,https://a.ma/2,,\n",
        );
        let cards = kpis(&loaded.dataset, 2019, None);
        let top = cards
            .iter()
            .find(|k| k.kind == KpiKind::TopDestination)
            .unwrap();
        assert_eq!(top.subject.as_deref(), Some("US"));
        assert_eq!(top.point.figure.value(), Some(40.0));
        assert_eq!(top.period, Period::months(2025, 1, 5));
    }

    #[test]
    fn an_empty_dataset_gives_missing_cards() {
        let loaded = test_dataset("");
        assert!(
            kpis(&loaded.dataset, 2019, None)
                .iter()
                .all(|k| k.point.figure.value().is_none())
        );
    }
}
