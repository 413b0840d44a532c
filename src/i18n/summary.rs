//! Plain-language summaries of the charts: the figures computed, written in words, fill the
//! sentences of the locale files (`summary_*`), in French, Arabic and English.

use super::{
    Locale, Msg, Plural, code_name, format_mad, format_percent, period_label, period_phrase,
};
use crate::data::Codes;
use crate::stats::{Breakdown, Series};

/// "Craft exports reached MAD 1.23 bn in 2025, up 11% on 2024. Published figures cover
/// 1995–2025; 17 of those years have none."
pub fn exports_summary(locale: Locale, series: &Series) -> String {
    let Some(latest) = series.latest() else {
        return Msg::SummaryExportsNone.text(locale).to_owned();
    };
    let value = latest
        .point
        .figure
        .value()
        .map_or_else(String::new, |v| format_mad(locale, v));
    let (year, previous) = (latest.year.to_string(), (latest.year - 1).to_string());
    let (message, change) = change_message(
        locale,
        latest.change.value(),
        [
            Msg::SummaryExportsUp,
            Msg::SummaryExportsDown,
            Msg::SummaryExportsLevel,
        ],
    );
    let first_sentence = message.fill(
        locale,
        &[
            ("value", &value),
            ("year", &year),
            ("change", &change),
            ("previous", &previous),
        ],
    );
    let first = series.points.first().map_or(latest.year, |p| p.year);
    let empty = series
        .points
        .iter()
        .filter(|p| p.point.figure.value().is_none())
        .count();
    let coverage = Plural::SummaryExportsCoverage.fill(
        locale,
        empty,
        &[("first", &first.to_string()), ("last", &year)],
    );
    format!("{first_sentence} {coverage}")
}

/// The sentence for a change (`up`, `down`, or the level alone when none is known) and the
/// change in words, without its sign.
fn change_message(
    locale: Locale,
    change: Option<f64>,
    [up, down, level]: [Msg; 3],
) -> (Msg, String) {
    match change {
        Some(change) => (
            if change >= 0.0 { up } else { down },
            format_percent(locale, change.abs(), 0),
        ),
        None => (level, String::new()),
    }
}

/// "From January to November 2025, craft exports reached MAD 1.14 bn, up 13% on the same
/// months of 2024."
pub fn year_to_date_summary(locale: Locale, series: &Series) -> String {
    let Some(latest) = series.latest() else {
        return Msg::SummaryYearToDateNone.text(locale).to_owned();
    };
    let when = capitalised(&period_phrase(locale, latest.period));
    let value = latest
        .point
        .figure
        .value()
        .map_or_else(String::new, |v| format_mad(locale, v));
    let (message, change) = change_message(
        locale,
        latest.change.value(),
        [
            Msg::SummaryYearToDateUp,
            Msg::SummaryYearToDateDown,
            Msg::SummaryYearToDateLevel,
        ],
    );
    message.fill(
        locale,
        &[
            ("When", &when),
            ("value", &value),
            ("change", &change),
            ("previous", &(latest.year - 1).to_string()),
        ],
    )
}

/// "From January to November 2025, United States took 49% of craft exports, followed by France
/// (11%)."
pub fn composition_summary(locale: Locale, breakdown: &Breakdown, codes: &Codes) -> String {
    let mut ranked = breakdown.rows.iter().filter(|row| row.rank.is_some());
    let share = |row: &crate::stats::BreakdownRow| {
        row.share
            .figure
            .value()
            .map_or_else(String::new, |v| format_percent(locale, v, 1))
    };
    let Some(first) = ranked.next() else {
        let period = period_label(locale, breakdown.period);
        return Msg::SummaryCompositionNone.fill(locale, &[("period", &period)]);
    };
    let when = capitalised(&period_phrase(locale, breakdown.period));
    let (name, value) = (code_name(locale, codes, &first.key), share(first));
    let mut values = vec![("When", when), ("name", name), ("value", value)];
    let message = match ranked.next() {
        Some(second) => {
            values.push(("second", code_name(locale, codes, &second.key)));
            values.push(("second_value", share(second)));
            Msg::SummaryCompositionTwo
        }
        None => Msg::SummaryCompositionLeader,
    };
    let values: Vec<(&str, &str)> = values.iter().map(|(k, v)| (*k, v.as_str())).collect();
    message.fill(locale, &values)
}

/// "From January to September 2025, Marrakesh shipped 41% of craft exports, more than any other
/// exit city. It shipped 39% from January to March 2016. Periods with published shares: 11, from
/// 2016 to 2025."
pub fn exit_points_summary(locale: Locale, history: &[Breakdown], codes: &Codes) -> String {
    let leader = history.last().and_then(|latest| {
        let row = latest.rows.iter().find(|row| row.rank == Some(1))?;
        Some((latest, row, row.share.figure.value()?))
    });
    let Some((latest, row, share)) = leader else {
        return Msg::SummaryExitCitiesNone.text(locale).to_owned();
    };
    let lead = Msg::SummaryExitCitiesLeader.fill(
        locale,
        &[
            ("When", &capitalised(&period_phrase(locale, latest.period))),
            ("city", &code_name(locale, codes, &row.key)),
            ("share", &format_percent(locale, share, 1)),
        ],
    );
    let earliest = history.iter().find_map(|breakdown| {
        let value = breakdown
            .rows
            .iter()
            .find(|other| other.key == row.key && other.rank.is_some())?
            .share
            .figure
            .value()?;
        (breakdown.period != latest.period).then_some((breakdown.period, value))
    });
    let before = earliest.map(|(period, value)| {
        Msg::SummaryExitCitiesBefore.fill(
            locale,
            &[
                ("share", &format_percent(locale, value, 1)),
                ("when", &period_phrase(locale, period)),
            ],
        )
    });
    let first = history.first().map_or(0, |b| b.period.start.year());
    let coverage = Msg::SummaryExitCitiesCoverage.fill(
        locale,
        &[
            ("count", &history.len().to_string()),
            ("first", &first.to_string()),
            ("last", &latest.period.end.year().to_string()),
        ],
    );
    [Some(lead), before, Some(coverage)]
        .into_iter()
        .flatten()
        .collect::<Vec<_>>()
        .join(" ")
}

/// The phrase with its first letter in capitals, to open a sentence.
fn capitalised(phrase: &str) -> String {
    let mut chars = phrase.chars();
    chars
        .next()
        .map(|first| first.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::test_dataset;
    use crate::stats::{Levels, annual_exports};

    #[test]
    fn the_summary_follows_the_figures() {
        let loaded = test_dataset(
            "F1,exports_value,total,all,2021-01-01,2021-12-31,893,MAD_million,,,https://a.ma/1,,\n\
             F2,exports_value,total,all,2024-01-01,2024-12-31,1100,MAD_million,,,https://a.ma/1,,\n\
             F3,exports_value,total,all,2025-01-01,2025-12-31,1230,MAD_million,11,vs 2024,https://b.ma/2,,\n",
        );
        let series = annual_exports(&Levels::new(&loaded.dataset));
        assert_eq!(
            exports_summary(Locale::En, &series),
            "Craft exports reached MAD\u{A0}1.23\u{A0}bn in 2025, up 11% on 2024. Figures cover 2021–2025; 2 of those years have none."
        );
        assert!(exports_summary(Locale::Fr, &series).starts_with("Les exportations d’artisanat ont atteint 1,23\u{A0}Md\u{A0}DH en 2025, en hausse de 11\u{202F}% sur 2024."));
        assert!(exports_summary(Locale::Ar, &series).contains("بارتفاع قدره 11%"));
        let shares = test_dataset(
            "F1,exports_share,destination,US,2025-01-01,2025-11-30,49,percent,,,https://b.ma/2,,\n\
             F2,exports_share,destination,FR,2025-01-01,2025-11-30,11,percent,,,https://b.ma/2,,\n",
        );
        let breakdown = crate::stats::BreakdownIndex::new(
            &Levels::new(&shares.dataset),
            crate::data::CodedDimension::Destination,
        )
        .latest()
        .unwrap();
        assert_eq!(
            composition_summary(Locale::En, &breakdown, &shares.dataset.codes),
            "From January to November 2025, United States took 49% of craft exports, followed by France (11%)."
        );
        let ytd = test_dataset(
            "F1,exports_value,total,all,2025-01-01,2025-11-30,1140,MAD_million,13,vs Jan-Nov 2024,https://b.ma/2,,\n",
        );
        let series = crate::stats::year_to_date_exports(&Levels::new(&ytd.dataset));
        assert_eq!(
            year_to_date_summary(Locale::En, &series[0]),
            "From January to November 2025, craft exports reached MAD\u{A0}1.14\u{A0}bn, up 13% on the same months of 2024."
        );
        assert!(
            year_to_date_summary(Locale::Fr, &series[0])
                .starts_with("De janvier à novembre 2025, les exportations")
        );
        let cities = test_dataset(
            "F1,exports_share,exit_point,Marrakech,2016-01-01,2016-03-31,39,percent,,,https://b.ma/2,,\n\
             F2,exports_share,exit_point,Casablanca,2023-01-01,2023-01-31,52,percent,,,https://b.ma/2,,\n\
             F3,exports_share,exit_point,Marrakech,2025-01-01,2025-09-30,41,percent,,,https://b.ma/2,,\n",
        );
        let history = crate::stats::BreakdownIndex::new(
            &Levels::new(&cities.dataset),
            crate::data::CodedDimension::ExitPoint,
        )
        .history();
        assert_eq!(
            exit_points_summary(Locale::En, &history, &cities.dataset.codes),
            "From January to September 2025, Marrakesh shipped 41% of craft exports, more than any other exit city. It shipped 39% from January to March 2016. Periods with published shares: 3, from 2016 to 2025."
        );
        assert!(
            exit_points_summary(Locale::Fr, &history, &cities.dataset.codes)
                .starts_with("De janvier à septembre 2025, Marrakech a expédié 41\u{202F}%")
        );
        assert_eq!(
            exit_points_summary(Locale::En, &[], &cities.dataset.codes),
            "No share by exit city has been published yet."
        );
        let empty = test_dataset("");
        let none = annual_exports(&Levels::new(&empty.dataset));
        assert_eq!(
            exports_summary(Locale::En, &none),
            "No annual figure has been published yet."
        );
    }

    #[test]
    fn the_coverage_agrees_with_its_count() {
        let loaded = test_dataset(
            "F1,exports_value,total,all,2023-01-01,2023-12-31,900,MAD_million,,,https://a.ma/1,,\n\
             F2,exports_value,total,all,2025-01-01,2025-12-31,1230,MAD_million,,,https://b.ma/2,,\n",
        );
        let series = annual_exports(&Levels::new(&loaded.dataset));
        assert!(
            exports_summary(Locale::En, &series)
                .ends_with("Figures cover 2023–2025; 1 of those years has none.")
        );
        assert!(
            exports_summary(Locale::Fr, &series)
                .ends_with("Les chiffres couvrent 2023–2025 ; 1 de ces années n’en a aucun.")
        );
        assert!(exports_summary(Locale::Ar, &series).starts_with("بلغت صادرات الصناعة التقليدية"));
    }
}
