//! What every computed number is: a value read in the facts, a value derived from other values
//! (with its formula and inputs), or a typed reason why there is none. Never NaN, never a
//! silent zero.

use crate::data::{Dataset, Observation, Source, SourceIndex};

/// A figure the app can show, with how it was obtained.
#[derive(Clone, Debug, PartialEq)]
pub enum Figure {
    /// Printed in the facts: the positions of the observations that print it.
    Reported {
        /// The value printed.
        value: f64,
        /// Positions of the observations that print it.
        observations: Vec<usize>,
    },
    /// Computed from other figures.
    Derived(Derived),
    /// Not known: why, and what is missing.
    Missing(Missing),
}

/// `(printed, computed)` when `printed` is a printed rate and `computed` differs from it by
/// more than half a unit of the printed rate's last digit (7.4 % allows 7.35–7.45; 3 % allows
/// 2.5–3.5).
pub fn disagreement(printed: &Figure, computed: &Figure) -> Option<(f64, f64)> {
    let Figure::Reported { value: printed, .. } = printed else {
        return None;
    };
    let computed = computed.value()?;
    ((computed - printed).abs() > rounding_of(*printed) + 1e-9).then_some((*printed, computed))
}

/// Half a unit of the last digit a rate is printed with (up to three decimals).
fn rounding_of(printed: f64) -> f64 {
    (0..=3)
        .map(|decimals| 10f64.powi(-decimals) / 2.0)
        .find(|half| ((printed / (half * 2.0)).round() * half * 2.0 - printed).abs() < 1e-9)
        .unwrap_or(0.0005)
}

/// A value computed from other figures, labelled with its formula and inputs.
#[derive(Clone, Debug, PartialEq)]
pub struct Derived {
    /// The computed value.
    pub value: f64,
    /// How it was computed.
    pub formula: Formula,
    /// The figures the formula was applied to, in the formula's order.
    pub inputs: Vec<Figure>,
}

/// How a derived figure was computed.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Formula {
    /// `level / (1 + growth / 100)`: the earlier level a printed growth rate implies.
    LevelBeforeGrowth,
    /// `(to / from − 1) × 100`.
    Growth,
    /// `((to / from)^(1 / years) − 1) × 100`.
    /// Average annual growth over `years` years.
    Cagr {
        /// The span, in years.
        years: i32,
    },
    /// `share × total / 100`.
    ValueFromShare,
    /// `value / total × 100`.
    ShareFromValue,
}

/// Why a figure cannot be given.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Missing {
    /// No source in the dataset gives it, and nothing implies it.
    NotPublished,
    /// Only low-reliability sources give it: shown on demand, never as a headline.
    OnlyLowReliability,
    /// A figure it depends on is missing.
    InputMissing,
    /// A growth rate from zero or a negative level has no meaning.
    NonPositiveBase,
    /// A rate between a period and itself (or an earlier one) has no meaning.
    EmptySpan,
}

impl Figure {
    /// The value, unless the figure is missing.
    pub fn value(&self) -> Option<f64> {
        match self {
            Figure::Reported { value, .. } => Some(*value),
            Figure::Derived(derived) => Some(derived.value),
            Figure::Missing(_) => None,
        }
    }

    /// Whether the figure was computed rather than printed.
    pub fn is_derived(&self) -> bool {
        matches!(self, Figure::Derived(_))
    }

    /// A derived figure, or the reason it cannot be computed (a non-finite result means the
    /// inputs had no meaningful answer).
    pub fn derived(value: f64, formula: Formula, inputs: Vec<Figure>) -> Figure {
        if value.is_finite() {
            Figure::Derived(Derived {
                value,
                formula,
                inputs,
            })
        } else {
            Figure::Missing(Missing::NonPositiveBase)
        }
    }

    /// Every observation the figure rests on, directly or through its inputs.
    pub fn observations(&self) -> Vec<usize> {
        let mut found = Vec::new();
        self.collect_observations(&mut found);
        found.sort_unstable();
        found.dedup();
        found
    }

    fn collect_observations(&self, found: &mut Vec<usize>) {
        match self {
            Figure::Reported { observations, .. } => found.extend(observations),
            Figure::Derived(derived) => derived
                .inputs
                .iter()
                .for_each(|input| input.collect_observations(found)),
            Figure::Missing(_) => {}
        }
    }

    /// The sources of [`Figure::observations`], each once, in table order.
    pub fn sources(&self, dataset: &Dataset) -> Vec<SourceIndex> {
        let mut sources: Vec<SourceIndex> = self
            .observations()
            .into_iter()
            .filter_map(|index| dataset.observations().get(index))
            .map(|observation| observation.source)
            .collect();
        sources.sort_unstable();
        sources.dedup();
        sources
    }

    /// The sources themselves (outlet, address, date), as a source line cites them.
    pub fn cited_sources(&self, dataset: &Dataset) -> Vec<Source> {
        dataset.sources_at(self.sources(dataset))
    }
}

/// One value as printed, with every observation that prints it.
#[derive(Clone, Debug, PartialEq)]
pub struct ReportedGroup {
    /// The value printed.
    pub value: f64,
    /// Every observation printing the value.
    pub observations: Vec<usize>,
    /// Those of them from reliable sources: the ones a headline cites.
    pub reliable_observations: Vec<usize>,
    /// Distinct sources among the reliable observations.
    pub reliable_sources: usize,
    /// True when only low-reliability sources print this value.
    pub low_reliability: bool,
}

/// Everything known about one quantity (a year's exports, a family's share…): every printed
/// value side by side, the values implied by growth rates, and the figure headlines use.
#[derive(Clone, Debug, PartialEq)]
pub struct Point {
    /// The figure headlines use.
    pub figure: Figure,
    /// Every distinct printed value, in the order first printed.
    pub reported: Vec<ReportedGroup>,
    /// Values implied by growth rates printed for later periods.
    pub implied: Vec<Derived>,
}

impl Point {
    /// Positions of every observation printing a value for the point, headline or not.
    pub fn printed(&self) -> impl Iterator<Item = usize> + '_ {
        self.reported
            .iter()
            .flat_map(|group| group.observations.iter().copied())
    }

    /// Builds the point from its printed values (`(position, observation)`) and implied values.
    ///
    /// Headline rule: low-reliability sources never make a headline; among the other values,
    /// the one printed by the most distinct sources wins, a tie going to the value printed
    /// first. With no reliable printed value, the first value implied by a reliable growth rate
    /// is used, labelled as derived.
    pub fn from_facts<'a>(
        printed: impl IntoIterator<Item = (usize, &'a Observation)>,
        implied: Vec<Derived>,
    ) -> Point {
        let reported = group_values(printed);
        let headline = reported
            .iter()
            .filter(|group| !group.low_reliability)
            .rev()
            .max_by_key(|group| group.reliable_sources);
        let figure = match (headline, implied.first()) {
            (Some(group), _) => Figure::Reported {
                value: group.value,
                observations: group.reliable_observations.clone(),
            },
            (None, Some(derived)) => Figure::Derived(derived.clone()),
            (None, None) if reported.is_empty() => Figure::Missing(Missing::NotPublished),
            (None, None) => Figure::Missing(Missing::OnlyLowReliability),
        };
        Point {
            figure,
            reported,
            implied,
        }
    }

    /// A point with a figure only (computed, nothing printed).
    pub fn computed(figure: Figure) -> Point {
        Point {
            figure,
            reported: Vec::new(),
            implied: Vec::new(),
        }
    }

    /// True when sources print more than one value.
    pub fn has_conflict(&self) -> bool {
        self.reported.len() > 1
    }
}

/// Printed values grouped by value, in the order first printed.
pub(super) fn group_values<'a>(
    printed: impl IntoIterator<Item = (usize, &'a Observation)>,
) -> Vec<ReportedGroup> {
    let mut groups: Vec<(ReportedGroup, Vec<SourceIndex>)> = Vec::new();
    for (position, observation) in printed {
        let reliable = !observation.is_low_reliability();
        let index = match groups
            .iter()
            .position(|(g, _)| g.value == observation.value)
        {
            Some(index) => index,
            None => {
                groups.push((
                    ReportedGroup {
                        value: observation.value,
                        observations: Vec::new(),
                        reliable_observations: Vec::new(),
                        reliable_sources: 0,
                        low_reliability: true,
                    },
                    Vec::new(),
                ));
                groups.len() - 1
            }
        };
        let (group, sources) = &mut groups[index];
        group.observations.push(position);
        if reliable {
            group.low_reliability = false;
            group.reliable_observations.push(position);
            if !sources.contains(&observation.source) {
                sources.push(observation.source);
                group.reliable_sources += 1;
            }
        }
    }
    groups.into_iter().map(|(group, _)| group).collect()
}

/// `(to / from − 1) × 100`, or why not.
pub fn growth(from: &Figure, to: &Figure) -> Figure {
    match (from.value(), to.value()) {
        (Some(base), Some(_)) if base <= 0.0 => Figure::Missing(Missing::NonPositiveBase),
        (Some(base), Some(level)) => Figure::derived(
            (level / base - 1.0) * 100.0,
            Formula::Growth,
            vec![from.clone(), to.clone()],
        ),
        _ => Figure::Missing(Missing::InputMissing),
    }
}

/// Compound annual growth rate over `years`, or why not.
pub fn cagr(from: &Figure, to: &Figure, years: i32) -> Figure {
    match (from.value(), to.value()) {
        _ if years <= 0 => Figure::Missing(Missing::EmptySpan),
        (Some(base), Some(level)) if base <= 0.0 || level <= 0.0 => {
            Figure::Missing(Missing::NonPositiveBase)
        }
        (Some(base), Some(level)) => Figure::derived(
            ((level / base).powf(1.0 / f64::from(years)) - 1.0) * 100.0,
            Formula::Cagr { years },
            vec![from.clone(), to.clone()],
        ),
        _ => Figure::Missing(Missing::InputMissing),
    }
}

/// The level before a printed growth rate: `level / (1 + growth / 100)`.
pub fn level_before_growth(level: Figure, growth_pct: Figure) -> Figure {
    match (level.value(), growth_pct.value()) {
        (Some(_), Some(rate)) if rate <= -100.0 => Figure::Missing(Missing::NonPositiveBase),
        (Some(value), Some(rate)) => Figure::derived(
            value / (1.0 + rate / 100.0),
            Formula::LevelBeforeGrowth,
            vec![level, growth_pct],
        ),
        _ => Figure::Missing(Missing::InputMissing),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn reported(value: f64) -> Figure {
        Figure::Reported {
            value,
            observations: vec![0],
        }
    }

    #[test]
    fn growth_and_cagr_by_hand() {
        // 1,230 / 1,100 − 1 = 0.11818…
        let g = growth(&reported(1100.0), &reported(1230.0));
        assert!((g.value().unwrap() - 11.818_181).abs() < 1e-5);
        assert!(g.is_derived());
        // (1,100 / 893)^(1/3) − 1 = 0.07195…
        let c = cagr(&reported(893.0), &reported(1100.0), 3);
        assert!((c.value().unwrap() - 7.1955).abs() < 1e-3);
    }

    #[test]
    fn meaningless_rates_are_missing_with_a_reason() {
        let missing = Figure::Missing(Missing::NotPublished);
        assert_eq!(
            growth(&missing, &reported(1.0)),
            Figure::Missing(Missing::InputMissing)
        );
        assert_eq!(
            growth(&reported(0.0), &reported(1.0)),
            Figure::Missing(Missing::NonPositiveBase)
        );
        assert_eq!(
            cagr(&reported(1.0), &reported(2.0), 0),
            Figure::Missing(Missing::EmptySpan)
        );
        assert_eq!(
            level_before_growth(reported(5.0), reported(-100.0)),
            Figure::Missing(Missing::NonPositiveBase)
        );
    }

    #[test]
    fn derived_figures_keep_their_inputs_observations() {
        let from = Figure::Reported {
            value: 2.0,
            observations: vec![4, 1],
        };
        let to = Figure::Reported {
            value: 3.0,
            observations: vec![1, 7],
        };
        assert_eq!(growth(&from, &to).observations(), [1, 4, 7]);
    }
}
