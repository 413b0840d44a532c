//! Periods the figures cover, and the comparison periods growth rates name ("vs Jan-Nov 2022").

use crate::data::{Date, Observation};
use std::fmt;

/// A span of whole days, first and last included.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Period {
    /// First day.
    pub start: Date,
    /// Last day.
    pub end: Date,
}

/// How a period reads, for labels and for grouping series.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum PeriodKind {
    /// 1 January – 31 December.
    Year(i32),
    /// 1 January to the end of `through` (1–11) of one year.
    /// January to the end of month `through` of `year`.
    YearToDate {
        /// The year.
        year: i32,
        /// The last month, 1–11.
        through: u8,
    },
    /// Anything else (one month after January, a quarter after the first…).
    Other,
}

impl Period {
    /// The period of an observation, when it states both ends.
    pub fn of(observation: &Observation) -> Option<Period> {
        Some(Period {
            start: observation.start?,
            end: observation.end?,
        })
    }

    /// Whole months `first..=last` of one year.
    pub fn months(year: i32, first: u8, last: u8) -> Option<Period> {
        let period = Period {
            start: Date::new(year, first, 1)?,
            end: Date::end_of_month(year, last)?,
        };
        (first <= last).then_some(period)
    }

    /// The whole of `year`, if it is a valid year.
    pub fn year(year: i32) -> Option<Period> {
        Period::months(year, 1, 12)
    }

    /// Whether it is a year, a year-to-date span or another period.
    pub fn kind(&self) -> PeriodKind {
        let year = self.start.year();
        let whole_months = self.start.day() == 1 && self.end.is_month_end();
        if !whole_months || self.end.year() != year || self.start.month() != 1 {
            return PeriodKind::Other;
        }
        match self.end.month() {
            12 => PeriodKind::Year(year),
            through => PeriodKind::YearToDate { year, through },
        }
    }

    /// Whether the period runs from 1 January to a month's end: a full year or a year to
    /// date, which sums every month it covers.
    pub fn is_cumulative(&self) -> bool {
        self.kind() != PeriodKind::Other
    }

    /// The same months in another year (for "same period last year").
    pub fn in_year(&self, year: i32) -> Option<Period> {
        let whole_months = self.start.day() == 1 && self.end.is_month_end();
        let shift = year - self.start.year();
        if !whole_months || self.end.year() != self.start.year() {
            return None;
        }
        Period::months(
            self.start.year() + shift,
            self.start.month(),
            self.end.month(),
        )
    }

    /// Reads a printed comparison basis for a figure covering `self`: `vs 2023`, `vs full year
    /// 2019`, `vs Jan-Nov 2022`, `vs H1 2013`, `vs Q1 2022`, `vs January 2022`, `vs same period
    /// 2024`. A bare year means the same months of that year. Anything else is `None`: no figure
    /// is derived from a basis that is not understood.
    pub fn basis(&self, text: &str) -> Option<Period> {
        let rest = text.trim().strip_prefix("vs ")?;
        let words: Vec<&str> = rest
            .split(|c: char| c.is_whitespace() || c == ':' || c == '(' || c == ',')
            .filter(|word| !word.is_empty())
            .collect();
        let year_at = words.iter().position(|word| is_year(word))?;
        let year: i32 = words[year_at].parse().ok()?;
        match words[..year_at] {
            [] | ["same", "period"] => self.in_year(year),
            ["full", "year"] => Period::year(year),
            ["H1"] => Period::months(year, 1, 6),
            ["H2"] => Period::months(year, 7, 12),
            [quarter] if quarter.len() == 2 && quarter.starts_with('Q') => {
                let q: u8 = quarter[1..].parse().ok().filter(|q| (1..=4).contains(q))?;
                Period::months(year, q * 3 - 2, q * 3)
            }
            [span] => {
                let (first, last) = span.split_once('-').unwrap_or((span, span));
                Period::months(year, month_number(first)?, month_number(last)?)
            }
            _ => None,
        }
    }
}

/// The period a card that reads as "the latest picture" shows, among `periods` that have a
/// figure: the most recent cumulative period (full year or year to date); a period that does
/// not start in January (one month, a quarter) only when it ends after every cumulative one, so
/// that "May alone" never replaces "January–May" published for the same months.
pub fn latest_picture(periods: impl IntoIterator<Item = Period>) -> Option<Period> {
    let (cumulative, partial): (Vec<Period>, Vec<Period>) =
        periods.into_iter().partition(Period::is_cumulative);
    let cumulative = cumulative.into_iter().max_by_key(|period| period.end);
    // Of two partial periods ending together, the longer covers more.
    let partial = partial
        .into_iter()
        .max_by_key(|period| (period.end, std::cmp::Reverse(period.start)));
    match (cumulative, partial) {
        (Some(cumulative), Some(partial)) if partial.end > cumulative.end => Some(partial),
        (Some(cumulative), _) => Some(cumulative),
        (None, partial) => partial,
    }
}

fn is_year(word: &str) -> bool {
    word.len() == 4 && word.bytes().all(|b| b.is_ascii_digit())
}

/// `Jan`, `January` (English, as the facts table writes them) → 1.
fn month_number(word: &str) -> Option<u8> {
    const NAMES: [&str; 12] = [
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    ];
    let word = word.to_ascii_lowercase();
    if word.len() < 3 {
        return None;
    }
    NAMES
        .iter()
        .position(|name| name.starts_with(&word))
        .and_then(|index| u8::try_from(index + 1).ok())
}

impl fmt::Display for Period {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}..{}", self.start, self.end)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn months(year: i32, first: u8, last: u8) -> Period {
        Period::months(year, first, last).unwrap()
    }

    #[test]
    fn the_latest_picture_prefers_what_sums_the_most_months() {
        let (jan_may, may) = (months(2025, 1, 5), months(2025, 5, 5));
        // "May alone" published after "January–May": the cumulative figure stays.
        assert_eq!(latest_picture([may, jan_may]), Some(jan_may));
        assert_eq!(latest_picture([jan_may, may]), Some(jan_may));
        // A single month no cumulative period reaches yet is the latest picture…
        assert_eq!(latest_picture([months(2025, 1, 4), may]), Some(may));
        // …and a newer year to date replaces a full year.
        assert_eq!(
            latest_picture([months(2024, 1, 12), months(2025, 1, 3), months(2025, 2, 2)]),
            Some(months(2025, 1, 3))
        );
        // Partial periods alone: the latest, and the longer of two that end together.
        assert_eq!(
            latest_picture([months(2025, 6, 6), months(2025, 4, 6), months(2025, 3, 3)]),
            Some(months(2025, 4, 6))
        );
        assert_eq!(latest_picture([]), None);
    }

    #[test]
    fn kinds() {
        assert_eq!(months(2024, 1, 12).kind(), PeriodKind::Year(2024));
        assert_eq!(
            months(2025, 1, 11).kind(),
            PeriodKind::YearToDate {
                year: 2025,
                through: 11
            }
        );
        assert_eq!(months(2018, 7, 7).kind(), PeriodKind::Other);
    }

    #[test]
    fn printed_bases_are_read_against_the_figure_period() {
        let jan_nov_2023 = months(2023, 1, 11);
        let cases = [
            ("vs Jan-Nov 2022", Some(months(2022, 1, 11))),
            ("vs full year 2019", Some(months(2019, 1, 12))),
            ("vs 2022", Some(months(2022, 1, 11))),
            ("vs same period 2022", Some(months(2022, 1, 11))),
            ("vs H1 2013", Some(months(2013, 1, 6))),
            ("vs Q1 2022", Some(months(2022, 1, 3))),
            ("vs January 2022", Some(months(2022, 1, 1))),
            ("vs 2024 (as stated by site)", Some(months(2024, 1, 11))),
            ("vs 1995: 529 MDH", Some(months(1995, 1, 11))),
            ("vs 15,000 in 2015", None),
            ("vs Q5 2022", None),
            ("vs Nov-Jan 2022", None),
            ("compared with 2022", None),
            ("vs last year", None),
        ];
        for (text, expected) in cases {
            assert_eq!(jan_nov_2023.basis(text), expected, "{text}");
        }
        assert_eq!(
            months(2024, 1, 12).basis("vs 2019"),
            Some(months(2019, 1, 12))
        );
    }
}
