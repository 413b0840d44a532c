//! Sector figures in words: panel titles, series names, when a figure holds ("as of 19 January
//! 2026", "in 2024") and the summary of the small multiples.

use super::figures::date_axis_label;
use super::{
    Locale, Msg, as_of_label, format_count, format_number, format_percent, period_axis_label,
    period_phrase,
};
use crate::stats::{DatedPoint, Period, SectorPanel, SectorSelection, SectorTopic};

/// The title of a topic's panel.
pub fn sector_topic_title(locale: Locale, topic: SectorTopic) -> &'static str {
    match topic {
        SectorTopic::RegisteredArtisans => Msg::SectorTopicRegisteredArtisans,
        SectorTopic::Jobs => Msg::SectorTopicJobs,
        SectorTopic::Fairs => Msg::SectorTopicFairs,
        SectorTopic::WomenCooperatives => Msg::SectorTopicWomenCooperatives,
        SectorTopic::WomenShareOfCooperatives => Msg::SectorTopicWomenShareOfCooperatives,
    }
    .text(locale)
}

/// The name of one series inside a panel: the scope of fairs, else the panel's title.
pub fn sector_series_name(
    locale: Locale,
    topic: SectorTopic,
    selection: SectorSelection,
) -> &'static str {
    match selection.key {
        "national" => Msg::FairScopeNational.text(locale),
        "local_regional_national" => Msg::FairScopeLocalRegionalNational.text(locale),
        "international" => Msg::FairScopeInternational.text(locale),
        _ => sector_topic_title(locale, topic),
    }
}

/// A sector value in the locale's format: a count or a percentage.
pub fn sector_value_text(locale: Locale, topic: SectorTopic, value: f64) -> String {
    match topic.is_percent() {
        true => format_percent(locale, value, 1),
        false => format_count(locale, value),
    }
}

/// A sector value short enough to sit on a small chart: millions as `2,6 M` (`2.6M`).
pub fn sector_short_value_text(locale: Locale, topic: SectorTopic, value: f64) -> String {
    if topic.is_percent() || value.abs() < 1_000_000.0 {
        return sector_value_text(locale, topic, value);
    }
    let millions = format_number(locale, value / 1_000_000.0, 2);
    Msg::SectorMillionsShort.fill(locale, &[("value", &millions)])
}

/// The period of a flow, else the date of a stock.
fn period_of(point: &DatedPoint) -> Option<Period> {
    point.start.map(|start| Period {
        start,
        end: point.date,
    })
}

/// When a value holds, inside a sentence: "as of 19 January 2026", "in 2024".
fn sector_when(locale: Locale, point: &DatedPoint) -> String {
    match period_of(point) {
        Some(period) => period_phrase(locale, period),
        None => as_of_label(locale, point.date),
    }
}

/// When a value holds, on a chart axis: "janv.\n2026", "2024".
pub fn sector_axis_label(locale: Locale, point: &DatedPoint) -> String {
    match period_of(point) {
        Some(period) => period_axis_label(locale, period),
        None => date_axis_label(locale, point.date),
    }
}

/// One sentence per series with a value: its latest value and, when there is one, the first.
/// "Artisans on the national register: 440,000 as of 19 January 2026, against 389,000 as of 28
/// February 2024."
pub fn sector_summary(locale: Locale, panels: &[SectorPanel]) -> String {
    let sentences: Vec<String> = panels
        .iter()
        .flat_map(|panel| {
            panel.series.iter().filter_map(move |(selection, points)| {
                series_sentence(locale, panel.topic, *selection, points)
            })
        })
        .collect();
    match sentences.is_empty() {
        true => Msg::SectorNoFigure.text(locale).to_owned(),
        false => sentences.join(" "),
    }
}

fn series_sentence(
    locale: Locale,
    topic: SectorTopic,
    selection: SectorSelection,
    points: &[DatedPoint],
) -> Option<String> {
    let mut known = points
        .iter()
        .filter_map(|point| Some((point, point.point.figure.value()?)));
    let first = known.next()?;
    let latest = known.next_back();
    let name = sector_series_name(locale, topic, selection);
    let said = |(point, value): (&DatedPoint, f64)| {
        format!(
            "{} {}",
            sector_value_text(locale, topic, value),
            sector_when(locale, point)
        )
    };
    Some(match latest {
        None => Msg::SectorSeriesOnce.fill(locale, &[("name", name), ("value", &said(first))]),
        Some(latest) => Msg::SectorSeriesAgainst.fill(
            locale,
            &[
                ("name", name),
                ("latest", &said(latest)),
                ("first", &said(first)),
            ],
        ),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::test_dataset;
    use crate::stats::sector_panels;

    #[test]
    fn the_summary_gives_each_series_latest_and_first_value() {
        let loaded = test_dataset(
            "F1,artisans_registered,total,all,,2024-02-28,389000,count,,,https://a.ma/1,,\n\
             F2,artisans_registered,total,all,,2026-01-19,440000,count,,,https://b.ma/2,,\n\
             F3,fairs_count,fair_scope,international,2024-01-01,2024-12-31,10,count,,,https://b.ma/2,,\n",
        );
        let panels = sector_panels(&loaded.dataset);
        assert_eq!(
            sector_summary(Locale::En, &panels),
            "Artisans on the national register: 440,000 as of 19 January 2026, against 389,000 as of 28 February 2024. International fairs: 10 in 2024."
        );
        assert!(sector_summary(Locale::Fr, &panels).starts_with(
            "Artisans inscrits au registre national : 440\u{202F}000 au 19 janvier 2026, contre"
        ));
        assert!(sector_summary(Locale::Ar, &panels).contains("المعارض الدولية: 10 سنة 2024."));
        assert_eq!(
            sector_short_value_text(Locale::Fr, SectorTopic::Jobs, 2_260_000.0),
            "2,26\u{A0}M"
        );
        assert_eq!(
            sector_short_value_text(Locale::En, SectorTopic::Jobs, 440_000.0),
            "440,000"
        );
        let empty = test_dataset("");
        assert_eq!(
            sector_summary(Locale::En, &sector_panels(&empty.dataset)),
            "No sector figure has been published yet."
        );
    }
}
