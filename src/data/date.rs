//! Calendar dates as the facts print them (`YYYY-MM-DD`), checked without any date library and
//! packed in four bytes so that a million observations stay small in memory.

use serde::{Deserialize, Serialize};
use std::fmt;
use std::num::NonZeroU8;

/// A calendar day between the years 1 and 9999; serialized as `YYYY-MM-DD`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Date {
    year: i16,
    month: NonZeroU8,
    day: u8,
}

impl Date {
    /// The day, if it exists (rejects 31 April, 29 February of a common year, year 0).
    pub fn new(year: i32, month: u8, day: u8) -> Option<Date> {
        let year = i16::try_from(year)
            .ok()
            .filter(|y| (1..=9999).contains(y))?;
        let month = NonZeroU8::new(month).filter(|m| m.get() <= 12)?;
        let date = Date { year, month, day };
        (day >= 1 && day <= date.days_in_month()).then_some(date)
    }

    /// Parses `YYYY-MM-DD`.
    pub fn parse(text: &str) -> Option<Date> {
        let bytes = text.as_bytes();
        if bytes.len() != 10 || bytes[4] != b'-' || bytes[7] != b'-' {
            return None;
        }
        let digits = |range: std::ops::Range<usize>| -> Option<u32> {
            bytes[range].iter().try_fold(0u32, |acc, &b| {
                b.is_ascii_digit().then(|| acc * 10 + u32::from(b - b'0'))
            })
        };
        let year = i32::try_from(digits(0..4)?).ok()?;
        let month = u8::try_from(digits(5..7)?).ok()?;
        let day = u8::try_from(digits(8..10)?).ok()?;
        Date::new(year, month, day)
    }

    /// The last day of a month, e.g. 30 November.
    pub fn end_of_month(year: i32, month: u8) -> Option<Date> {
        let first = Date::new(year, month, 1)?;
        Date::new(year, month, first.days_in_month())
    }

    /// A number that orders dates like the dates themselves, for packed sort keys.
    pub fn sort_key(&self) -> u32 {
        (u32::from(self.year.unsigned_abs()) << 9)
            | (u32::from(self.month.get()) << 5)
            | u32::from(self.day)
    }

    /// The year.
    pub fn year(&self) -> i32 {
        i32::from(self.year)
    }

    /// The month, 1–12.
    pub fn month(&self) -> u8 {
        self.month.get()
    }

    /// The day of the month, 1–31.
    pub fn day(&self) -> u8 {
        self.day
    }

    fn days_in_month(&self) -> u8 {
        match self.month.get() {
            2 if self.is_leap_year() => 29,
            2 => 28,
            4 | 6 | 9 | 11 => 30,
            _ => 31,
        }
    }

    fn is_leap_year(&self) -> bool {
        (self.year % 4 == 0 && self.year % 100 != 0) || self.year % 400 == 0
    }

    /// True for 1 January.
    pub fn is_year_start(&self) -> bool {
        self.month.get() == 1 && self.day == 1
    }

    /// True for the last day of its month.
    pub fn is_month_end(&self) -> bool {
        self.day == self.days_in_month()
    }

    /// True for 31 December.
    pub fn is_year_end(&self) -> bool {
        self.month.get() == 12 && self.day == 31
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

impl TryFrom<String> for Date {
    type Error = String;
    fn try_from(text: String) -> Result<Self, Self::Error> {
        Date::parse(&text).ok_or_else(|| format!("`{text}` is not a YYYY-MM-DD date"))
    }
}

impl From<Date> for String {
    fn from(date: Date) -> String {
        date.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_valid_days_and_rejects_impossible_ones() {
        let leap_day = Date::parse("2024-02-29");
        assert_eq!(
            leap_day.map(|d| (d.year(), d.month(), d.day())),
            Some((2024, 2, 29))
        );
        for bad in [
            "2023-02-29",
            "2024-04-31",
            "2024-13-01",
            "2024-00-10",
            "0000-01-01",
            "2024-1-01",
            "",
            "2024-01-01-01",
            "abcd-01-01",
            "+024-01-01",
            "2024-01-٠1",
        ] {
            assert_eq!(Date::parse(bad), None, "{bad}");
        }
    }

    #[test]
    fn displays_round_trip_and_fits_in_four_bytes() {
        let date = Date::parse("2025-11-30");
        assert_eq!(date.map(|d| d.to_string()).as_deref(), Some("2025-11-30"));
        assert_eq!(std::mem::size_of::<Option<Date>>(), 4);
    }

    #[test]
    fn sort_keys_order_like_dates() {
        let dates = [
            "0999-12-31",
            "2023-11-30",
            "2023-12-01",
            "2024-01-01",
            "2024-02-29",
        ];
        let keys: Vec<u32> = dates
            .iter()
            .filter_map(|d| Date::parse(d))
            .map(|d| d.sort_key())
            .collect();
        assert_eq!(keys.len(), dates.len());
        assert!(keys.windows(2).all(|pair| pair[0] < pair[1]));
    }

    #[test]
    fn month_ends() {
        assert_eq!(Date::end_of_month(2024, 2), Date::parse("2024-02-29"));
        assert_eq!(Date::end_of_month(2023, 11), Date::parse("2023-11-30"));
        assert!(Date::parse("2023-11-30").is_some_and(|d| d.is_month_end()));
        assert!(!Date::parse("2023-11-29").is_some_and(|d| d.is_month_end()));
    }
}
