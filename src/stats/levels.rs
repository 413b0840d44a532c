//! Export levels (`exports_value`) indexed by breakdown and period, with the earlier levels
//! that printed growth rates imply. The base of every series, total and share computation.

use super::figure::{Derived, Figure, Point, ReportedGroup, group_values, level_before_growth};
use super::period::Period;
use crate::data::{Dataset, FastMap, Observation, Sym};
use crate::order::sort_by_key;

/// The metric of export levels.
pub const LEVEL_METRIC: &str = "exports_value";
/// The unit of the national series.
pub const SERIES_UNIT: &str = "MAD_million";
/// The metric of growth rates printed alone, without a level.
pub const GROWTH_METRIC: &str = "exports_growth";
/// The metric of printed average annual growth rates.
pub const CAGR_METRIC: &str = "exports_cagr";

/// What a level is a level of: dimension, key and unit.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Subject {
    /// The breakdown (`destination`…).
    pub dimension: Sym,
    /// The key in it (`US`…).
    pub key: Sym,
    /// The unit.
    pub unit: Sym,
}

/// Export levels of a dataset by subject and period.
pub struct Levels<'d> {
    dataset: &'d Dataset,
    printed: FastMap<(Subject, Period), Vec<usize>>,
    implied: FastMap<(Subject, Period), Vec<Derived>>,
    /// Reliable observations of national exports (`total/all`, any unit) that print a rate —
    /// a growth beside a level, a growth alone, an average growth — by period, so that the
    /// rate printed for a comparison is found without reading the whole file.
    national_rates: FastMap<Period, Vec<usize>>,
}

impl<'d> Levels<'d> {
    /// Indexes every export level with a stated period, in one pass.
    pub fn new(dataset: &'d Dataset) -> Levels<'d> {
        let mut printed: FastMap<_, Vec<usize>> = FastMap::default();
        let mut implied: FastMap<_, Vec<Derived>> = FastMap::default();
        for (index, observation) in dataset.select_metric(LEVEL_METRIC) {
            let Some(period) = Period::of(observation) else {
                continue;
            };
            let subject = Subject::of(observation);
            printed.entry((subject, period)).or_default().push(index);
            if let Some((basis, derived)) = implied_earlier_level(dataset, index, period) {
                implied.entry((subject, basis)).or_default().push(derived);
            }
        }
        Levels {
            dataset,
            printed,
            implied,
            national_rates: national_rates(dataset),
        }
    }

    /// The reliable national observations of `period` that print a rate, in file order.
    pub fn national_rates(&self, period: Period) -> &[usize] {
        self.national_rates
            .get(&period)
            .map(Vec::as_slice)
            .unwrap_or_default()
    }

    /// The national total (`total/all`, MAD million) subject, if the dataset has one.
    pub fn national(&self) -> Option<Subject> {
        let dataset = self.dataset;
        Some(Subject {
            dimension: dataset.symbol("total")?,
            key: dataset.symbol("all")?,
            unit: dataset.symbol(SERIES_UNIT)?,
        })
    }

    /// Everything known about one subject in one period.
    pub fn point(&self, subject: Subject, period: Period) -> Point {
        let printed = self
            .printed
            .get(&(subject, period))
            .map(Vec::as_slice)
            .unwrap_or_default()
            .iter()
            .filter_map(|&index| Some((index, self.dataset.observations().get(index)?)));
        let implied = self
            .implied
            .get(&(subject, period))
            .map(Vec::as_slice)
            .unwrap_or_default();
        let mut ranked: Vec<(usize, Derived)> = implied
            .iter()
            .map(|derived| (self.support(derived, implied), derived.clone()))
            .collect();
        sort_by_key(&mut ranked, |(support, _)| std::cmp::Reverse(*support));
        Point::from_facts(printed, ranked.into_iter().map(|(_, d)| d).collect())
    }

    /// How many distinct sources imply the same value as `derived`: implied values follow the
    /// headline rule too, so the most corroborated statement is used first.
    fn support(&self, derived: &Derived, all: &[Derived]) -> usize {
        let mut sources: Vec<_> = all
            .iter()
            .filter(|other| other.value == derived.value)
            .flat_map(|other| Figure::Derived(other.clone()).sources(self.dataset))
            .collect();
        sources.sort_unstable();
        sources.dedup();
        sources.len()
    }

    /// The periods with a printed or implied level for a subject.
    pub fn periods(&self, subject: Subject) -> Vec<Period> {
        let mut periods: Vec<Period> = self
            .printed
            .keys()
            .chain(self.implied.keys())
            .filter(|(s, _)| *s == subject)
            .map(|(_, period)| *period)
            .collect();
        periods.sort_unstable();
        periods.dedup();
        periods
    }

    /// The distinct values printed for a subject and period, without the implied ones.
    pub fn reported(&self, subject: Subject, period: Period) -> Vec<ReportedGroup> {
        group_values(
            self.printed(subject, period)
                .iter()
                .filter_map(|&index| Some((index, self.dataset.observations().get(index)?))),
        )
    }

    /// Positions of the levels printed for a subject and period.
    pub fn printed(&self, subject: Subject, period: Period) -> &[usize] {
        self.printed
            .get(&(subject, period))
            .map(Vec::as_slice)
            .unwrap_or_default()
    }

    /// The facts indexed.
    pub fn dataset(&self) -> &'d Dataset {
        self.dataset
    }
}

impl Subject {
    /// The subject of an observation.
    pub fn of(observation: &Observation) -> Subject {
        Subject {
            dimension: observation.dimension,
            key: observation.key,
            unit: observation.unit,
        }
    }
}

/// The level a reliable observation's printed growth implies for its comparison period.
pub fn implied_earlier_level(
    dataset: &Dataset,
    index: usize,
    period: Period,
) -> Option<(Period, Derived)> {
    let observation = dataset.observations().get(index)?;
    if observation.is_low_reliability() {
        return None;
    }
    let rate = observation.change_pct?;
    let basis = period.basis(dataset.text(observation.change_basis?))?;
    let printed = |value| Figure::Reported {
        value,
        observations: vec![index],
    };
    match level_before_growth(printed(observation.value), printed(rate)) {
        Figure::Derived(derived) => Some((basis, derived)),
        _ => None,
    }
}

/// See [`Levels::national_rates`].
fn national_rates(dataset: &Dataset) -> FastMap<Period, Vec<usize>> {
    let mut rates: FastMap<Period, Vec<usize>> = FastMap::default();
    let (Some(total), Some(all)) = (dataset.symbol("total"), dataset.symbol("all")) else {
        return rates;
    };
    let prints_rate = |metric: &str, observation: &Observation| {
        metric != LEVEL_METRIC || observation.change_pct.is_some()
    };
    for metric in [LEVEL_METRIC, GROWTH_METRIC, CAGR_METRIC] {
        for (index, observation) in dataset.select_metric(metric) {
            let national = observation.dimension == total && observation.key == all;
            let period = Period::of(observation)
                .filter(|_| national && !observation.is_low_reliability())
                .filter(|_| prints_rate(metric, observation));
            if let Some(period) = period {
                rates.entry(period).or_default().push(index);
            }
        }
    }
    // File order, whatever the metric, so that ties between rates go to the first printed.
    rates
        .values_mut()
        .for_each(|indices| indices.sort_unstable());
    rates
}
