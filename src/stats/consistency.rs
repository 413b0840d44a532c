//! Cross-checks between facts: a level printed with a growth rate implies the level of its
//! comparison period; where another fact prints that level, the two are compared. Small gaps
//! are surfaced, not hidden (e.g. Jan–Nov 2023 = 984 MDH at +7 % implies about 920 MDH for
//! Jan–Nov 2022, while another source prints 928.66 MDH).

use super::figure::{Derived, Figure, level_before_growth};
use super::levels::{LEVEL_METRIC, Levels, Subject};
use super::period::Period;
use crate::order::sort_by_key;
use std::collections::BTreeMap;

/// One comparison between an implied and a printed level.
#[derive(Clone, Debug, PartialEq)]
pub struct Check {
    /// The observations printing the level and the growth rate.
    pub statement: Vec<usize>,
    /// The comparison period the growth rate names.
    pub basis: Period,
    /// `level / (1 + growth / 100)`.
    pub implied: Derived,
    /// Lowest and highest implied level once the rounding of the printed level and rate is
    /// allowed for (984 at +7 % may be 983.5 at +7.49 %).
    pub implied_range: (f64, f64),
    /// The level printed for the comparison period, and the observations printing it.
    pub printed: f64,
    /// Positions of the facts that print the compared values.
    pub printed_by: Vec<usize>,
    /// `(printed − implied) / implied × 100`.
    pub difference_pct: f64,
}

impl Check {
    /// True when the printed level is outside what rounding explains.
    pub fn is_discrepancy(&self) -> bool {
        let (low, high) = self.implied_range;
        self.printed < low || self.printed > high
    }
}

/// Every check the dataset allows, in the order of the statements.
pub fn consistency_checks(levels: &Levels) -> Vec<Check> {
    let dataset = levels.dataset();
    let mut statements: BTreeMap<(u64, u64, Period, Period, usize), Vec<usize>> = BTreeMap::new();
    let mut subjects = Vec::new();
    for (index, observation) in dataset.select_metric(LEVEL_METRIC) {
        let (Some(period), Some(rate), Some(basis)) = (
            Period::of(observation),
            observation.change_pct,
            observation.change_basis,
        ) else {
            continue;
        };
        let Some(basis) = period.basis(dataset.text(basis)) else {
            continue;
        };
        if observation.is_low_reliability() {
            continue;
        }
        let subject = Subject::of(observation);
        let subject_index = match subjects.iter().position(|s| *s == subject) {
            Some(position) => position,
            None => {
                subjects.push(subject);
                subjects.len() - 1
            }
        };
        let key = (
            observation.value.to_bits(),
            rate.to_bits(),
            period,
            basis,
            subject_index,
        );
        statements.entry(key).or_default().push(index);
    }
    let mut checks: Vec<Check> = statements
        .into_iter()
        .flat_map(|((value, rate, _, basis, subject), statement)| {
            let (value, rate) = (f64::from_bits(value), f64::from_bits(rate));
            let printed = subjects
                .get(subject)
                .map(|&subject| levels.reported(subject, basis))
                .unwrap_or_default();
            printed
                .into_iter()
                .filter(|group| !group.low_reliability)
                .filter_map(move |group| {
                    let Figure::Derived(implied) = level_before_growth(
                        Figure::Reported {
                            value,
                            observations: statement.clone(),
                        },
                        Figure::Reported {
                            value: rate,
                            observations: statement.clone(),
                        },
                    ) else {
                        return None;
                    };
                    Some(Check {
                        statement: statement.clone(),
                        basis,
                        implied_range: rounding_range(value, rate),
                        difference_pct: (group.value - implied.value) / implied.value * 100.0,
                        implied,
                        printed: group.value,
                        printed_by: group.observations,
                    })
                })
                .collect::<Vec<_>>()
        })
        .filter(|check| check.difference_pct.is_finite())
        .collect();
    sort_by_key(&mut checks, |check| check.statement.first().copied());
    checks
}

/// The implied level's range given half a unit of the last printed digit on level and rate.
fn rounding_range(level: f64, rate: f64) -> (f64, f64) {
    let (level_half, rate_half) = (half_last_digit(level), half_last_digit(rate));
    let low = (level - level_half) / (1.0 + (rate + rate_half) / 100.0);
    let high = (level + level_half) / (1.0 + (rate - rate_half) / 100.0);
    (low.min(high), low.max(high))
}

/// Half a unit of the last digit a number was printed with: 7 → 0.5, 18.4 → 0.05.
fn half_last_digit(number: f64) -> f64 {
    let printed = number.to_string();
    let decimals = printed.split_once('.').map_or(0, |(_, d)| d.len());
    0.5 / 10f64.powi(i32::try_from(decimals).unwrap_or(0))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rounding_allows_half_a_printed_digit() {
        assert_eq!(half_last_digit(7.0), 0.5);
        assert!((half_last_digit(18.4) - 0.05).abs() < 1e-12);
        // 983.5 / 1.075 = 914.88…, 984.5 / 1.065 = 924.41…
        let (low, high) = rounding_range(984.0, 7.0);
        assert!((low - 914.883).abs() < 1e-3 && (high - 924.413).abs() < 1e-3);
    }
}
