//! Number formats per locale, decided here once and tested.
//!
//! Digits are Western (0–9) in all three languages, as Moroccan official Arabic texts print
//! them. Separators follow CLDR: French groups with a narrow no-break space and uses a decimal
//! comma; Arabic (ar-MA) groups with a dot and uses a decimal comma; English uses `1,234.5`.

use super::{Locale, Msg};

/// Formats `value` with at most `max_decimals` decimals (trailing zeros dropped) and the
/// locale's separators.
///
/// ```
/// use artisanat_atlas::i18n::{Locale, format_number};
/// assert_eq!(format_number(Locale::En, 1234.50, 2), "1,234.5");
/// assert_eq!(format_number(Locale::Fr, 1234.50, 2), "1\u{202F}234,5");
/// assert_eq!(format_number(Locale::Ar, 1234.50, 2), "1.234,5");
/// ```
pub fn format_number(locale: Locale, value: f64, max_decimals: usize) -> String {
    let (group, decimal) = match locale {
        Locale::Fr => ('\u{202F}', ','),
        Locale::Ar => ('.', ','),
        Locale::En => (',', '.'),
    };
    let fixed = format!("{:.*}", max_decimals, value.abs());
    let (integer, fraction) = fixed.split_once('.').unwrap_or((&fixed, ""));
    let fraction = fraction.trim_end_matches('0');
    let mut out = String::new();
    if value < 0.0 && fixed.chars().any(|c| c.is_ascii_digit() && c != '0') {
        out.push('-');
    }
    for (index, digit) in integer.chars().enumerate() {
        if index > 0 && (integer.len() - index) % 3 == 0 {
            out.push(group);
        }
        out.push(digit);
    }
    if !fraction.is_empty() {
        out.push(decimal);
        out.push_str(fraction);
    }
    out
}

/// A value in millions of dirhams with its unit, e.g. `1 100 MDH` or `1 100 مليون درهم`.
pub fn format_mad_million(locale: Locale, value: f64) -> String {
    format!(
        "{} {}",
        format_number(locale, value, 2),
        Msg::UnitMadMillionShort.text(locale)
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn groups_and_decimals_follow_each_locale() {
        assert_eq!(format_number(Locale::En, 1234567.5, 2), "1,234,567.5");
        assert_eq!(
            format_number(Locale::Fr, 1234567.5, 2),
            "1\u{202F}234\u{202F}567,5"
        );
        assert_eq!(format_number(Locale::Ar, 1234567.5, 2), "1.234.567,5");
        assert_eq!(format_number(Locale::En, 928.66, 2), "928.66");
        assert_eq!(format_number(Locale::En, 1100.0, 2), "1,100");
        assert_eq!(format_number(Locale::En, 999.0, 0), "999");
        assert_eq!(format_number(Locale::En, 0.0, 1), "0");
    }

    #[test]
    fn negatives_keep_their_sign_but_negative_zero_does_not() {
        assert_eq!(format_number(Locale::En, -25.0, 1), "-25");
        assert_eq!(format_number(Locale::En, -1234.25, 1), "-1,234.2");
        assert_eq!(format_number(Locale::En, -0.001, 1), "0");
    }

    #[test]
    fn mad_million_carries_the_translated_unit() {
        assert_eq!(format_mad_million(Locale::En, 1100.0), "1,100 MAD m");
        assert_eq!(format_mad_million(Locale::Fr, 984.0), "984 MDH");
    }
}
