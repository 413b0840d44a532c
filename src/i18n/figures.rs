//! Figures in words: amounts in millions or billions of dirhams, signed percentages, periods
//! ("January–November 2025"), "as of" dates, how a derived figure was computed and why one is
//! missing — in French, Arabic and English.

use super::{Locale, Msg, format_number};
use crate::data::Date;
use crate::stats::{Derived, Formula, Missing, Period, PeriodKind};

/// The months, January first (`month_1`… in the locale files; Arabic uses the names of
/// Moroccan official texts).
const MONTHS: [Msg; 12] = [
    Msg::Month1,
    Msg::Month2,
    Msg::Month3,
    Msg::Month4,
    Msg::Month5,
    Msg::Month6,
    Msg::Month7,
    Msg::Month8,
    Msg::Month9,
    Msg::Month10,
    Msg::Month11,
    Msg::Month12,
];

/// Short month names for chart axes (`month_short_1`…; Arabic has no customary
/// abbreviations, so its short names are the full ones).
const MONTHS_SHORT: [Msg; 12] = [
    Msg::MonthShort1,
    Msg::MonthShort2,
    Msg::MonthShort3,
    Msg::MonthShort4,
    Msg::MonthShort5,
    Msg::MonthShort6,
    Msg::MonthShort7,
    Msg::MonthShort8,
    Msg::MonthShort9,
    Msg::MonthShort10,
    Msg::MonthShort11,
    Msg::MonthShort12,
];

fn short_month(locale: Locale, number: u8) -> &'static str {
    MONTHS_SHORT[usize::from(number.clamp(1, 12)) - 1].text(locale)
}

fn month(locale: Locale, number: u8) -> &'static str {
    MONTHS[usize::from(number.clamp(1, 12)) - 1].text(locale)
}

/// An amount given in millions of dirhams: in billions from 1,000 million (`1.14 bn MAD`),
/// else in millions (`928.66 million MAD`).
pub fn format_mad(locale: Locale, million: f64) -> String {
    let (message, amount) = match million.abs() >= 1000.0 {
        true => (Msg::AmountMadBillions, million / 1000.0),
        false => (Msg::AmountMadMillions, million),
    };
    message.fill(locale, &[("amount", &format_number(locale, amount, 2))])
}

/// A percentage, e.g. `36 %` (French spacing) or `36%`.
pub fn format_percent(locale: Locale, value: f64, decimals: usize) -> String {
    let number = format_number(locale, value, decimals);
    match locale {
        Locale::Fr => format!("{number}\u{202F}%"),
        Locale::Ar | Locale::En => format!("{number}%"),
    }
}

/// A change in percent with its sign, e.g. `+11 %`, `−25 %`.
pub fn format_change(locale: Locale, value: f64, decimals: usize) -> String {
    let magnitude = format_percent(locale, value.abs(), decimals);
    let sign = if value > 0.0 && format_number(locale, value, decimals) != "0" {
        "+"
    } else if value < 0.0 && format_number(locale, value.abs(), decimals) != "0" {
        "\u{2212}"
    } else {
        ""
    };
    // An isolate keeps the sign before the number inside right-to-left text.
    match locale {
        Locale::Ar => format!("\u{2066}{sign}{magnitude}\u{2069}"),
        Locale::Fr | Locale::En => format!("{sign}{magnitude}"),
    }
}

/// A count, e.g. `440 000`.
/// A printed rate with the app's own computation beside it, for when the two differ by more
/// than rounding (`stats::disagreement`): both are shown, with the reason. `printed` and
/// `computed` are already formatted.
pub fn printed_beside_computed(locale: Locale, printed: &str, computed: &str) -> String {
    // In Arabic, isolates (U+2066…U+2069) keep each number whole inside right-to-left text.
    Msg::PrintedBesideComputed.fill(locale, &[("printed", printed), ("computed", computed)])
}

/// A count in the locale's digits, without decimals.
pub fn format_count(locale: Locale, value: f64) -> String {
    format_number(locale, value, 0)
}

/// "year 2025", "January–November 2025", "January 2023", "July 2018", "April–June 2019",
/// "5 April 2025", "3 March – 30 June 2025".
pub fn period_label(locale: Locale, period: Period) -> String {
    let year = period.start.year();
    match period.kind() {
        PeriodKind::Year(year) => Msg::PeriodYear.fill(locale, &[("year", &year.to_string())]),
        PeriodKind::YearToDate { through: 1, .. } => format!("{} {year}", month(locale, 1)),
        PeriodKind::YearToDate { through, .. } => {
            format!("{}–{} {year}", month(locale, 1), month(locale, through))
        }
        PeriodKind::Other => {
            let (start, end) = (period.start, period.end);
            let whole_months = start.day() == 1 && end.is_month_end() && start.year() == end.year();
            let whole_years =
                start.day() == 1 && start.month() == 1 && end.is_month_end() && end.month() == 12;
            match (start == end, whole_months, start.month() == end.month()) {
                (true, _, _) => date_label(locale, start),
                _ if whole_years => format!("{year}–{}", end.year()),
                (_, true, true) => format!("{} {year}", month(locale, start.month())),
                (_, true, false) => format!(
                    "{}–{} {year}",
                    month(locale, start.month()),
                    month(locale, end.month())
                ),
                _ => format!(
                    "{} – {}",
                    date_label(locale, start),
                    date_label(locale, end)
                ),
            }
        }
    }
}

/// The span a chart over periods covers, "year 1996 … January–November 2025", with its unit
/// The months from January through `through`, without a year ("janvier–septembre"), as the
/// year-to-date menu and subtitle name a span.
pub fn months_span_label(locale: Locale, through: u8) -> String {
    Period::months(2000, 1, through).map_or_else(String::new, |period| {
        period_label(locale, period)
            .trim_end_matches(" 2000")
            .to_owned()
    })
}

/// after a middle dot.
pub fn span_subtitle(locale: Locale, periods: &[Period], unit: &str) -> String {
    match (periods.first(), periods.last()) {
        (Some(&first), Some(&last)) => format!(
            "{} … {} · {unit}",
            period_label(locale, first),
            period_label(locale, last)
        ),
        _ => unit.to_owned(),
    }
}

/// A period on a chart axis, months over the year: "2017", "janv.–juil.\n2025", "Nov\n2016".
pub fn period_axis_label(locale: Locale, period: Period) -> String {
    let (start, end) = (period.start, period.end);
    let whole_months = start.day() == 1 && end.is_month_end() && start.year() == end.year();
    match period.kind() {
        PeriodKind::Year(year) => year.to_string(),
        _ if whole_months && start.month() == end.month() => {
            format!("{}\n{}", short_month(locale, start.month()), start.year())
        }
        _ if whole_months => format!(
            "{}–{}\n{}",
            short_month(locale, start.month()),
            short_month(locale, end.month()),
            start.year()
        ),
        _ => format!(
            "{}/{}/{}–\n{}/{}/{}",
            start.day(),
            start.month(),
            start.year(),
            end.day(),
            end.month(),
            end.year()
        ),
    }
}

/// A date on a chart axis, the year under the day and month: "19 janv.\n2026".
pub fn date_axis_label(locale: Locale, date: Date) -> String {
    format!(
        "{} {}\n{}",
        date.day(),
        short_month(locale, date.month()),
        date.year()
    )
}

/// A period inside a sentence: "in 2024", "from January to November 2025", "in January 2023".
pub fn period_phrase(locale: Locale, period: Period) -> String {
    let year = period.start.year().to_string();
    match period.kind() {
        PeriodKind::Year(_) => Msg::PeriodPhraseYear.fill(locale, &[("year", &year)]),
        PeriodKind::YearToDate { through: 1, .. } => {
            Msg::PeriodPhraseJanuary.fill(locale, &[("year", &year)])
        }
        PeriodKind::YearToDate { through, .. } => Msg::PeriodPhraseSinceJanuary.fill(
            locale,
            &[("month", month(locale, through)), ("year", &year)],
        ),
        PeriodKind::Other => {
            Msg::PeriodPhraseOther.fill(locale, &[("period", &period_label(locale, period))])
        }
    }
}

/// "19 January 2026".
pub fn date_label(locale: Locale, date: Date) -> String {
    format!(
        "{} {} {}",
        date.day(),
        month(locale, date.month()),
        date.year()
    )
}

/// "as of 19 January 2026".
pub fn as_of_label(locale: Locale, date: Date) -> String {
    Msg::AsOf.fill(locale, &[("date", &date_label(locale, date))])
}

/// How a derived figure was computed, with its inputs, e.g.
/// `1,100 ÷ (1 + 40 %) = 785.71`.
pub fn formula_text(locale: Locale, derived: &Derived) -> String {
    let inputs: Vec<f64> = derived.inputs.iter().filter_map(|i| i.value()).collect();
    let number = |value: f64| format_number(locale, value, 2);
    let result = number(derived.value);
    let input = |index: usize| {
        inputs
            .get(index)
            .copied()
            .map_or_else(|| "?".into(), number)
    };
    let percent = |index: usize| {
        inputs
            .get(index)
            .copied()
            .map_or_else(|| "?".into(), |v| format_percent(locale, v, 2))
    };
    let expression = match derived.formula {
        Formula::LevelBeforeGrowth => format!("{} ÷ (1 + {})", input(0), percent(1)),
        Formula::Growth => format!("{} ÷ {} − 1", input(1), input(0)),
        Formula::Cagr { years } => format!("({} ÷ {})^(1/{years}) − 1", input(1), input(0)),
        Formula::ValueFromShare => format!("{} × {}", percent(0), input(1)),
        Formula::ShareFromValue => format!("{} ÷ {}", input(0), input(1)),
    };
    let result = match derived.formula {
        Formula::Growth | Formula::Cagr { .. } | Formula::ShareFromValue => {
            format_percent(locale, derived.value, 2)
        }
        _ => result,
    };
    format!("{expression} = {result}")
}

/// Why a figure cannot be shown.
pub fn missing_text(locale: Locale, missing: Missing) -> &'static str {
    match missing {
        Missing::NotPublished => Msg::MissingNotPublished,
        Missing::OnlyLowReliability => Msg::MissingOnlyLowReliability,
        Missing::InputMissing => Msg::MissingInputMissing,
        Missing::NonPositiveBase => Msg::MissingNonPositiveBase,
        Missing::EmptySpan => Msg::MissingEmptySpan,
    }
    .text(locale)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::stats::Figure;

    #[test]
    fn amounts_switch_to_billions_from_a_thousand_million() {
        assert_eq!(format_mad(Locale::En, 1140.0), "MAD\u{A0}1.14\u{A0}bn");
        assert_eq!(format_mad(Locale::Fr, 1230.0), "1,23\u{A0}Md\u{A0}DH");
        assert_eq!(format_mad(Locale::Ar, 928.66), "928,66 مليون درهم");
        assert_eq!(
            format_mad(Locale::En, 928.66),
            "MAD\u{A0}928.66\u{A0}million"
        );
    }

    #[test]
    fn changes_carry_their_sign() {
        assert_eq!(format_change(Locale::En, 11.0, 1), "+11%");
        assert_eq!(format_change(Locale::Fr, -25.0, 1), "\u{2212}25\u{202F}%");
        assert_eq!(format_change(Locale::En, 0.01, 1), "0%");
        assert_eq!(format_change(Locale::Ar, 13.0, 1), "\u{2066}+13%\u{2069}");
    }

    #[test]
    fn axis_labels_put_the_year_under_short_months() {
        let label = |locale, period| period_axis_label(locale, period);
        assert_eq!(label(Locale::Fr, Period::year(2017).unwrap()), "2017");
        let jan_jul = Period::months(2025, 1, 7).unwrap();
        assert_eq!(label(Locale::Fr, jan_jul), "janv.–juil.\n2025");
        assert_eq!(label(Locale::En, jan_jul), "Jan–Jul\n2025");
        assert_eq!(label(Locale::Ar, jan_jul), "يناير–يوليوز\n2025");
        let november = Period::months(2016, 11, 11).unwrap();
        assert_eq!(label(Locale::En, november), "Nov\n2016");
        let odd = Period {
            start: Date::new(2023, 1, 12).unwrap(),
            end: Date::new(2023, 1, 15).unwrap(),
        };
        assert_eq!(label(Locale::En, odd), "12/1/2023–\n15/1/2023");
        assert_eq!(
            date_axis_label(Locale::Fr, Date::new(2026, 1, 19).unwrap()),
            "19 janv.\n2026"
        );
    }

    #[test]
    fn periods_read_naturally() {
        let jan_nov = Period::months(2025, 1, 11).unwrap();
        assert_eq!(period_label(Locale::En, jan_nov), "January–November 2025");
        assert_eq!(period_label(Locale::Ar, jan_nov), "يناير–نونبر 2025");
        assert_eq!(
            period_phrase(Locale::Fr, jan_nov),
            "de janvier à novembre 2025"
        );
        assert_eq!(
            period_phrase(Locale::En, Period::year(2024).unwrap()),
            "in 2024"
        );
        assert_eq!(
            period_label(Locale::Fr, Period::year(2024).unwrap()),
            "année 2024"
        );
        let dates = |start: &str, end: &str| Period {
            start: Date::parse(start).unwrap(),
            end: Date::parse(end).unwrap(),
        };
        assert_eq!(
            period_label(Locale::Fr, dates("2018-07-01", "2018-07-31")),
            "juillet 2018"
        );
        assert_eq!(
            period_label(Locale::En, dates("2019-04-01", "2019-06-30")),
            "April–June 2019"
        );
        assert_eq!(
            period_label(Locale::Fr, dates("2019-01-01", "2024-12-31")),
            "2019–2024"
        );
        assert_eq!(
            period_label(Locale::En, dates("2006-01-01", "2006-01-01")),
            "1 January 2006"
        );
        assert_eq!(
            period_label(Locale::En, dates("2025-03-03", "2025-06-30")),
            "3 March 2025 – 30 June 2025"
        );
        assert_eq!(
            as_of_label(Locale::En, Date::parse("2026-01-19").unwrap()),
            "as of 19 January 2026"
        );
    }

    #[test]
    fn formulas_show_their_inputs() {
        let printed = |value| Figure::Reported {
            value,
            observations: vec![],
        };
        let Figure::Derived(derived) =
            crate::stats::level_before_growth(printed(1100.0), printed(40.0))
        else {
            panic!("derived")
        };
        assert_eq!(
            formula_text(Locale::En, &derived),
            "1,100 ÷ (1 + 40%) = 785.71"
        );
    }
}
