//! "Craft exports by year": headline values as bars (gaps for years with none) and every other
//! published value as a point, so conflicts between sources stay visible.

use super::Palette;
use crate::i18n::{Locale, Msg, format_number};
use crate::stats::AnnualExports;
use charming::Chart;
use charming::component::{Aria, Axis, Grid, Legend};
use charming::datatype::CompositeValue;
use charming::element::{AxisLabel, AxisType, ItemStyle, Symbol, Tooltip, Trigger};
use charming::series::{Bar, Scatter};

/// Builds the chart; in Arabic the year axis runs right to left and the value axis sits on the right.
pub fn exports_over_time(series: &AnnualExports, locale: Locale) -> Chart {
    let years: Vec<String> = series.years.iter().map(|y| y.year.to_string()).collect();
    let headline: Vec<Option<f64>> = series.years.iter().map(|y| y.headline).collect();
    let others: Vec<Vec<CompositeValue>> = series
        .years
        .iter()
        .flat_map(|year| {
            year.reported
                .iter()
                .filter(move |r| Some(r.value) != year.headline)
                .map(move |r| {
                    vec![
                        CompositeValue::from(year.year.to_string()),
                        CompositeValue::from(r.value),
                    ]
                })
        })
        .collect();
    let rtl = locale.is_rtl();
    Chart::new()
        .aria(Aria::new().enabled(true))
        .tooltip(Tooltip::new().trigger(Trigger::Axis))
        .legend(Legend::new().top(0))
        .grid(
            Grid::new()
                .left(8)
                .right(8)
                .bottom(8)
                .top(40)
                .contain_label(true),
        )
        .x_axis(
            Axis::new()
                .type_(AxisType::Category)
                .data(years)
                .inverse(rtl)
                .axis_label(AxisLabel::new().color(Palette::INK)),
        )
        .y_axis(
            Axis::new()
                .type_(AxisType::Value)
                .name(Msg::UnitMadMillionShort.text(locale))
                .position(if rtl { "right" } else { "left" })
                .axis_label(AxisLabel::new().color(Palette::INK)),
        )
        .series(
            Bar::new()
                .name(Msg::SeriesHeadline.text(locale))
                .item_style(ItemStyle::new().color(Palette::HEADLINE))
                .data(headline),
        )
        .series(
            Scatter::new()
                .name(Msg::SeriesOtherReported.text(locale))
                .symbol(Symbol::Diamond)
                .symbol_size(12)
                .item_style(ItemStyle::new().color(Palette::OTHER))
                .data(others),
        )
}

/// Column headers of the chart's data table, in order.
pub const EXPORTS_TABLE_COLUMNS: [Msg; 4] = [
    Msg::ColumnYear,
    Msg::ColumnHeadline,
    Msg::ColumnOtherReported,
    Msg::ColumnSources,
];

/// The same numbers as the chart, one row per year with a published value, as display text
/// (accessible alternative to the chart). Low-reliability values are marked.
pub fn exports_over_time_rows(series: &AnnualExports, locale: Locale) -> Vec<[String; 4]> {
    let value = |v: f64| format_number(locale, v, 2);
    series
        .years
        .iter()
        .filter(|year| !year.reported.is_empty())
        .map(|year| {
            let others: Vec<String> = year
                .reported
                .iter()
                .filter(|r| Some(r.value) != year.headline)
                .map(|r| match r.low_reliability {
                    true => format!(
                        "{} ({})",
                        value(r.value),
                        Msg::LowReliabilityMark.text(locale)
                    ),
                    false => value(r.value),
                })
                .collect();
            let mut sources: Vec<&str> =
                year.reported.iter().map(|r| r.source_id.as_str()).collect();
            sources.dedup();
            [
                year.year.to_string(),
                year.headline
                    .map_or_else(|| Msg::NotReported.text(locale).to_owned(), value),
                others.join(" · "),
                sources.join(", "),
            ]
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::stats::{ReportedValue, YearExports};
    use serde_json::{Value, json};

    fn reported(value: f64, source: &str, low_reliability: bool) -> ReportedValue {
        ReportedValue {
            value,
            observation_id: format!("F-{source}"),
            source_id: source.into(),
            low_reliability,
        }
    }

    fn sample() -> AnnualExports {
        AnnualExports {
            years: vec![
                YearExports {
                    year: 2023,
                    headline: None,
                    reported: vec![],
                },
                YearExports {
                    year: 2024,
                    headline: Some(1100.0),
                    reported: vec![
                        reported(1100.0, "S1", false),
                        reported(1600.0, "S2", false),
                        reported(1110.0, "S3", true),
                    ],
                },
            ],
        }
    }

    fn json_of(locale: Locale) -> Value {
        serde_json::to_value(exports_over_time(&sample(), locale)).unwrap_or(Value::Null)
    }

    #[test]
    fn missing_years_are_null_bars_and_conflicts_are_points() {
        let option = json_of(Locale::En);
        assert_eq!(option["xAxis"]["data"], json!(["2023", "2024"]));
        assert_eq!(option["series"][0]["type"], "bar");
        assert_eq!(option["series"][0]["name"], "Headline value");
        assert_eq!(option["series"][0]["data"], json!([null, 1100.0]));
        assert_eq!(option["series"][1]["type"], "scatter");
        assert_eq!(
            option["series"][1]["data"],
            json!([["2024", 1600.0], ["2024", 1110.0]])
        );
        assert_eq!(option["aria"]["enabled"], true);
    }

    #[test]
    fn arabic_mirrors_the_axes_and_translates_series() {
        let option = json_of(Locale::Ar);
        assert_eq!(option["xAxis"]["inverse"], true);
        assert_eq!(option["yAxis"]["position"], "right");
        assert_eq!(option["series"][0]["name"], "القيمة المعتمدة");
        let ltr = json_of(Locale::Fr);
        assert_eq!(ltr["xAxis"]["inverse"], false);
        assert_eq!(ltr["yAxis"]["position"], "left");
    }

    #[test]
    fn table_rows_match_the_chart_and_mark_low_reliability() {
        let rows = exports_over_time_rows(&sample(), Locale::En);
        assert_eq!(
            rows,
            [[
                "2024".to_owned(),
                "1,100".to_owned(),
                "1,600 · 1,110 (low-reliability source)".to_owned(),
                "S1, S2, S3".to_owned()
            ]]
        );
    }
}
