//! The words of a headline card, composed from its figure: title, value in the locale's
//! format, what it covers, and how it was computed when it is derived.

use super::{
    Locale, Msg, as_of_label, format_change, format_count, format_mad, format_percent,
    formula_text, missing_text, period_label, printed_beside_computed,
};
use crate::data::{CodeKind, Codes, CountryNames};
use crate::stats::{Figure, Kpi, KpiKind, KpiUnit};

/// Everything a card says, as text.
#[derive(Clone, Debug, PartialEq)]
pub struct KpiText {
    /// The card's heading.
    pub title: String,
    /// The value, or why it is missing.
    pub value: String,
    /// What the value is about: a country or family name, for top shares.
    pub subject: Option<String>,
    /// Period or "as of" date, and the change on a year earlier when known.
    pub detail: String,
    /// The computation, when the value is derived.
    pub formula: Option<String>,
}

/// The text of a card in `locale`, naming codes with `codes`.
pub fn kpi_text(locale: Locale, kpi: &Kpi, codes: &Codes) -> KpiText {
    let figure = &kpi.point.figure;
    KpiText {
        title: title(locale, kpi),
        value: value_text(locale, kpi.unit, figure),
        subject: kpi
            .subject
            .as_deref()
            .map(|code| code_name(locale, codes, code)),
        detail: detail(locale, kpi),
        formula: match figure {
            Figure::Derived(derived) => Some(formula_text(locale, derived)),
            _ => None,
        },
    }
}

/// A figure in a card's unit, or why it is missing.
pub fn value_text(locale: Locale, unit: KpiUnit, figure: &Figure) -> String {
    match (figure, unit) {
        (Figure::Missing(reason), _) => missing_text(locale, *reason).to_owned(),
        (_, KpiUnit::MadMillion) => figure
            .value()
            .map_or_else(String::new, |v| format_mad(locale, v)),
        (_, KpiUnit::Percent) => figure
            .value()
            .map_or_else(String::new, |v| format_percent(locale, v, 1)),
        (_, KpiUnit::Count) => figure
            .value()
            .map_or_else(String::new, |v| format_count(locale, v)),
    }
}

/// The name of a code in `locale`, or the code itself when the tables do not name it.
pub fn code_name(locale: Locale, codes: &Codes, code: &str) -> String {
    codes.lookup(code).map_or_else(
        || code.to_owned(),
        |entry| match locale {
            Locale::Fr => entry.fr.clone(),
            Locale::Ar => entry.ar.clone(),
            Locale::En => entry.en.clone(),
        },
    )
}

/// A country's name: the code tables' (`United States`), else the map's name list (`Norway`),
/// else the code.
pub fn country_name(locale: Locale, codes: &Codes, names: &CountryNames, code: &str) -> String {
    let listed = codes
        .lookup(code)
        .is_some_and(|entry| entry.kind == CodeKind::Country);
    match (listed, names.get(code)) {
        (false, Some([fr, ar, en])) => match locale {
            Locale::Fr => fr.clone(),
            Locale::Ar => ar.clone(),
            Locale::En => en.clone(),
        },
        _ => code_name(locale, codes, code),
    }
}

/// A market's name in `locale`: the map's names when loaded, else the code tables'.
pub fn market_name(
    locale: Locale,
    codes: &Codes,
    names: Option<&CountryNames>,
    code: &str,
) -> String {
    match names {
        Some(names) => country_name(locale, codes, names, code),
        None => code_name(locale, codes, code),
    }
}

fn title(locale: Locale, kpi: &Kpi) -> String {
    let msg = match kpi.kind {
        KpiKind::LatestYear => Msg::KpiLatestYear,
        KpiKind::LatestYearToDate => Msg::KpiYearToDate,
        KpiKind::GrowthSince => Msg::KpiGrowthSince,
        KpiKind::Cagr => Msg::KpiCagr,
        KpiKind::TopDestination => Msg::KpiTopDestination,
        KpiKind::TopFamily => Msg::KpiTopFamily,
        KpiKind::RegisteredArtisans => Msg::KpiArtisans,
    };
    match kpi.span {
        Some((from, to)) => format!("{} {from}–{to}", msg.text(locale)),
        None => msg.text(locale).to_owned(),
    }
}

fn detail(locale: Locale, kpi: &Kpi) -> String {
    let mut parts = Vec::new();
    if kpi.unit == KpiUnit::Percent && kpi.subject.is_some() {
        parts.push(Msg::KpiShareOfExports.text(locale).to_owned());
    }
    match (kpi.as_of, kpi.period) {
        (Some(date), _) => parts.push(as_of_label(locale, date)),
        (None, Some(period)) => parts.push(period_label(locale, period)),
        (None, None) => {}
    }
    if let Some(change) = kpi.change.as_ref().and_then(Figure::value) {
        parts.push(format!(
            "{} {}",
            format_change(locale, change, 1),
            Msg::KpiOnYearEarlier.text(locale)
        ));
    }
    if let Some((printed, computed)) = kpi.disagreement() {
        parts.push(printed_beside_computed(
            locale,
            &format_percent(locale, printed, 1),
            &format_percent(locale, computed, 1),
        ));
    }
    parts.join(" · ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::test_dataset;
    use crate::stats::kpis;

    #[test]
    fn countries_are_named_by_the_code_tables_first_then_the_map_list() {
        let codes = test_dataset("").dataset.codes;
        let names = CountryNames::from_json(
            r#"{"US": ["États-Unis d'Amérique", "الولايات المتحدة الأمريكية", "United States of America"],
                "NO": ["Norvège", "النرويج", "Norway"]}"#,
        )
        .unwrap_or_default();
        assert_eq!(
            country_name(Locale::En, &codes, &names, "US"),
            "United States"
        );
        assert_eq!(country_name(Locale::Ar, &codes, &names, "NO"), "النرويج");
        assert_eq!(country_name(Locale::Fr, &codes, &names, "ZZ"), "ZZ");
    }

    #[test]
    fn cards_read_in_each_language() {
        let loaded = test_dataset(
            "F1,exports_value,total,all,2025-01-01,2025-11-30,1140,MAD_million,13,vs Jan-Nov 2024,https://b.ma/2,,\n\
             F2,exports_share,destination,US,2025-01-01,2025-11-30,49,percent,,,https://b.ma/2,,\n\
             F3,artisans_registered,total,all,,2026-01-19,440000,count,,,https://c.ma/3,,\n",
        );
        let cards = kpis(&loaded.dataset, 2019, None);
        let codes = &loaded.dataset.codes;
        let ytd = kpi_text(Locale::En, &cards[1], codes);
        assert_eq!(ytd.value, "MAD\u{A0}1.14\u{A0}bn");
        assert_eq!(
            ytd.detail,
            "January–November 2025 · +13% on the same period a year earlier"
        );
        let top = kpi_text(Locale::Fr, &cards[4], codes);
        assert_eq!(top.subject.as_deref(), Some("États-Unis"));
        assert_eq!(top.value, "49\u{202F}%");
        let artisans = kpi_text(Locale::Ar, &cards[6], codes);
        assert_eq!(artisans.value, "440.000");
        assert_eq!(artisans.detail, "في 19 يناير 2026");
        let latest_year = kpi_text(Locale::En, &cards[0], codes);
        assert_eq!(latest_year.value, "no source publishes this figure");
    }

    #[test]
    fn a_printed_average_growth_the_levels_contradict_shows_both() {
        let loaded = test_dataset(
            "F1,exports_value,total,all,2021-01-01,2021-12-31,893,MAD_million,,,https://a.ma/1,,\n\
             F2,exports_value,total,all,2024-01-01,2024-12-31,1100,MAD_million,,,https://b.ma/2,,\n\
             F3,exports_cagr,total,all,2021-01-01,2024-12-31,7.4,percent,,,https://c.ma/3,,\n",
        );
        let cards = kpis(&loaded.dataset, 2019, Some((2021, 2024)));
        let average = |locale| kpi_text(locale, &cards[3], &loaded.dataset.codes);
        assert_eq!(average(Locale::En).value, "7.4%");
        assert_eq!(
            average(Locale::En).detail,
            "7.4% printed · 7.2% computed (levels from different reports)"
        );
        assert_eq!(
            average(Locale::Fr).detail,
            "7,4\u{202F}% publié · 7,2\u{202F}% calculé (niveaux tirés de rapports différents)"
        );
    }
}
