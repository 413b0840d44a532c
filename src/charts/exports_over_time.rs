//! "Craft exports by year": headline values as bars (gaps for years with none) and every other
//! published value as a point, so conflicts between sources stay visible.

use super::parts::{
    csv_text, over_time_by_width, over_time_frame, published_and_computed_bars, source_addresses,
};
use super::{ChartId, ChartSpec, DataTable, Palette, Responsive, marked};
use crate::data::{Dataset, Source};
use crate::i18n::{
    Locale, Msg, exports_summary, format_change, format_number, months_span_label,
    printed_beside_computed, year_to_date_summary,
};
use crate::stats::{
    Figure, Levels, Series, SeriesPoint, annual_exports, latest_year_to_date, year_to_date_exports,
};
use charming::datatype::CompositeValue;
use charming::element::{ItemStyle, LabelPosition, Symbol};
use charming::series::Scatter;
use serde_json::json;

/// The printed headline value of a year, if any.
fn headline(point: &SeriesPoint) -> Option<f64> {
    match point.point.figure {
        Figure::Reported { value, .. } => Some(value),
        _ => None,
    }
}

/// A bar: `[year, value, change label]`; the label is drawn above the bar with `{@[2]}`.
fn bar(locale: Locale, point: &SeriesPoint, value: f64) -> Vec<CompositeValue> {
    let change = point
        .change
        .value()
        .map(|change| format_change(locale, change, 0))
        .unwrap_or_default();
    vec![
        CompositeValue::from(point.year.to_string()),
        CompositeValue::from(value),
        CompositeValue::from(change),
    ]
}

/// Builds the chart: printed levels as solid bars, levels implied by a printed growth rate as
/// light dashed bars, the change on the previous year above each bar, every other published
/// value as a point, and no bar where nothing is known. In Arabic the year axis runs right to
/// left and the value axis sits on the right. On a phone the legend goes under the plot and the
/// change labels, too many for the width, are left to the tooltip and the table.
pub fn exports_over_time(series: &Series, locale: Locale) -> Responsive {
    let years: Vec<String> = series.points.iter().map(|p| p.year.to_string()).collect();
    let printed: Vec<Vec<CompositeValue>> = series
        .points
        .iter()
        .filter_map(|point| headline(point).map(|value| bar(locale, point, value)))
        .collect();
    let derived: Vec<Vec<CompositeValue>> = series
        .points
        .iter()
        .filter_map(|point| match &point.point.figure {
            Figure::Derived(derived) => Some(bar(locale, point, derived.value)),
            _ => None,
        })
        .collect();
    let others: Vec<Vec<CompositeValue>> = series
        .points
        .iter()
        .flat_map(|point| {
            let headline = headline(point);
            point
                .point
                .reported
                .iter()
                .filter(move |group| Some(group.value) != headline)
                .map(move |group| {
                    vec![
                        CompositeValue::from(point.year.to_string()),
                        CompositeValue::from(group.value),
                    ]
                })
        })
        .collect();
    let [printed, derived] = published_and_computed_bars(
        locale,
        Msg::SeriesDerived,
        "level",
        LabelPosition::Top,
        printed,
        derived,
    );
    let chart = over_time_frame(locale, years, Msg::UnitMadMillionShort.text(locale))
        .series(printed)
        .series(derived)
        .series(
            Scatter::new()
                .name(Msg::SeriesOtherReported.text(locale))
                .symbol(Symbol::Diamond)
                .symbol_size(12)
                .item_style(ItemStyle::new().color(Palette::OTHER))
                .data(others),
        );
    let labels = |show: bool| json!({ "label": { "show": show } });
    over_time_by_width(
        chart,
        json!([labels(true), labels(true), { "symbolSize": 12 }]),
        json!([labels(false), labels(false), { "symbolSize": 8 }]),
    )
}

/// The same numbers as the chart, one row per year with a value, as display text: the figure
/// (marked when computed), the change on the previous year, every other published value
/// (low-reliability ones marked) and the source ids.
pub fn exports_over_time_table(series: &Series, dataset: &Dataset, locale: Locale) -> DataTable {
    let value = |v: f64| format_number(locale, v, 2);
    let rows = series
        .points
        .iter()
        .filter(|point| !point.point.reported.is_empty() || point.point.figure.value().is_some())
        .map(|point| {
            let figure = &point.point.figure;
            let shown = figure.value().map_or_else(
                || Msg::NotReported.text(locale).to_owned(),
                |v| marked(locale, figure, value(v)),
            );
            let others: Vec<String> = point
                .point
                .reported
                .iter()
                .filter(|group| Some(group.value) != headline(point))
                .map(|group| match group.low_reliability {
                    true => format!(
                        "{} ({})",
                        value(group.value),
                        Msg::LowReliabilityMark.text(locale)
                    ),
                    false => value(group.value),
                })
                .collect();
            let mut sources: Vec<&str> = point
                .point
                .reported
                .iter()
                .flat_map(|group| &group.observations)
                .filter_map(|&index| dataset.observations().get(index))
                .filter_map(|observation| dataset.source_of(observation))
                .map(|source| source.id.as_str())
                .collect();
            sources.dedup();
            vec![
                point.year.to_string(),
                shown,
                change_text(locale, point),
                others.join(" · "),
                sources.join(", "),
            ]
        })
        .collect();
    DataTable::with_columns(
        Msg::UnitMadMillion.text(locale).to_owned(),
        &[
            Msg::ColumnYear,
            Msg::ColumnHeadline,
            Msg::ColumnChange,
            Msg::ColumnOtherReported,
            Msg::ColumnSources,
        ],
        locale,
        rows,
    )
}

/// The change on the previous year; a printed rate that the app's computation contradicts
/// beyond rounding is shown with the computation beside it.
fn change_text(locale: Locale, point: &SeriesPoint) -> String {
    match point.disagreement() {
        Some((printed, computed)) => printed_beside_computed(
            locale,
            &format_change(locale, printed, 1),
            &format_change(locale, computed, 1),
        ),
        None => point
            .change
            .value()
            .map_or_else(String::new, |change| format_change(locale, change, 1)),
    }
}

/// The chart's data as CSV with raw numbers (dot decimals, MAD million), one row per year:
/// how the value was obtained, the change on the previous year (printed when a source prints
/// it) and the change computed from the levels, every other published value and the sources,
/// so that a download can be checked against the facts.
pub fn exports_over_time_csv(series: &Series, dataset: &Dataset) -> String {
    let header = [
        "year",
        "value_mad_million",
        "how",
        "change_pct",
        "computed_change_pct",
        "other_published_values",
        "sources",
    ];
    let rows = series.points.iter().map(|point| {
        let figure = &point.point.figure;
        let how = match figure {
            Figure::Reported { .. } => "published",
            Figure::Derived(_) => "implied_by_growth_rate",
            Figure::Missing(_) => "missing",
        };
        let number = |value: Option<f64>| value.map(|v| v.to_string()).unwrap_or_default();
        let others: Vec<String> = point
            .point
            .reported
            .iter()
            .filter(|group| Some(group.value) != figure.value())
            .map(|group| group.value.to_string())
            .collect();
        [
            point.year.to_string(),
            number(figure.value()),
            how.to_owned(),
            number(point.change.value()),
            number(point.computed_change.value()),
            others.join(";"),
            source_addresses(&figure.cited_sources(dataset)),
        ]
    });
    csv_text(header, rows)
}

/// Every source printing a value of the series, in table order.
pub fn series_sources(dataset: &Dataset, series: &Series) -> Vec<Source> {
    dataset.sources_printing(series.points.iter().flat_map(|point| point.point.printed()))
}

/// The sources of the latest year with a figure: the value a visitor reads first.
pub fn latest_point_sources(dataset: &Dataset, series: &Series) -> Vec<Source> {
    let latest = series
        .points
        .iter()
        .rev()
        .find(|point| point.point.figure.value().is_some());
    dataset.sources_at(
        latest
            .into_iter()
            .flat_map(|point| point.point.figure.sources(dataset)),
    )
}

/// "Craft exports by year": the annual series.
pub struct ExportsByYearSpec;

impl ChartSpec for ExportsByYearSpec {
    const ID: ChartId = ChartId::ExportsByYear;
    type Choice = ();
    type Figures = Series;
    type Drawing = Responsive;

    fn figures(dataset: &Dataset, _: &()) -> Series {
        annual_exports(&Levels::new(dataset))
    }
    fn title(_: &Series, locale: Locale) -> String {
        Msg::ChartExportsTitle.text(locale).to_owned()
    }
    fn subtitle(_: &Series, locale: Locale) -> String {
        Msg::ChartExportsSubtitle.text(locale).to_owned()
    }
    fn summary(series: &Series, _: &Dataset, locale: Locale) -> String {
        exports_summary(locale, series)
    }
    fn drawing(series: &Series, _: &Dataset, locale: Locale) -> Responsive {
        exports_over_time(series, locale)
    }
    fn table(series: &Series, dataset: &Dataset, locale: Locale) -> DataTable {
        exports_over_time_table(series, dataset, locale)
    }
    fn csv(series: &Series, dataset: &Dataset, _: Locale) -> String {
        exports_over_time_csv(series, dataset)
    }
    fn sources(series: &Series, dataset: &Dataset) -> Vec<Source> {
        series_sources(dataset, series)
    }
    fn lead_sources(series: &Series, dataset: &Dataset) -> Vec<Source> {
        latest_point_sources(dataset, series)
    }
    /// A click on a year lists every value published for it.
    fn hint(locale: Locale) -> Option<String> {
        Some(Msg::ChartClickHint.text(locale).to_owned())
    }
}

/// The year-to-date series through one month, and the months that have one.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct YearToDateFigures {
    /// The last month of each span with data (`9`: January–September), as published.
    pub months: Vec<u8>,
    /// The span shown by default: the one of the latest figure.
    pub latest: Option<u8>,
    /// The series of the chosen span, or of the latest one published.
    pub series: Series,
}

/// "Exports since January": the same months compared across years. The choice is the span's
/// last month; a span without data shows the span of the latest figure.
pub struct YearToDateSpec;

impl ChartSpec for YearToDateSpec {
    const ID: ChartId = ChartId::YearToDate;
    type Choice = Option<u8>;
    type Figures = YearToDateFigures;
    type Drawing = Responsive;

    fn figures(dataset: &Dataset, through: &Option<u8>) -> YearToDateFigures {
        let all = year_to_date_exports(&Levels::new(dataset));
        let latest = latest_year_to_date(&all).map(|(series, _)| series.through_month);
        let shown = through
            .filter(|month| all.iter().any(|s| s.through_month == *month))
            .or(latest);
        YearToDateFigures {
            months: all.iter().map(|s| s.through_month).collect(),
            latest,
            series: all
                .into_iter()
                .find(|s| Some(s.through_month) == shown)
                .unwrap_or_default(),
        }
    }
    fn title(_: &YearToDateFigures, locale: Locale) -> String {
        Msg::ChartYearToDateTitle.text(locale).to_owned()
    }
    fn subtitle(figures: &YearToDateFigures, locale: Locale) -> String {
        let span = months_span_label(locale, figures.series.through_month);
        format!("{span} · {}", Msg::UnitMadMillion.text(locale))
    }
    fn summary(figures: &YearToDateFigures, _: &Dataset, locale: Locale) -> String {
        year_to_date_summary(locale, &figures.series)
    }
    fn drawing(figures: &YearToDateFigures, _: &Dataset, locale: Locale) -> Responsive {
        exports_over_time(&figures.series, locale)
    }
    fn table(figures: &YearToDateFigures, dataset: &Dataset, locale: Locale) -> DataTable {
        exports_over_time_table(&figures.series, dataset, locale)
    }
    fn csv(figures: &YearToDateFigures, dataset: &Dataset, _: Locale) -> String {
        exports_over_time_csv(&figures.series, dataset)
    }
    fn sources(figures: &YearToDateFigures, dataset: &Dataset) -> Vec<Source> {
        series_sources(dataset, &figures.series)
    }
    fn lead_sources(figures: &YearToDateFigures, dataset: &Dataset) -> Vec<Source> {
        latest_point_sources(dataset, &figures.series)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::test_dataset;
    use crate::stats::{Levels, annual_exports};
    use serde_json::Value;

    fn sample() -> (Dataset, Series) {
        let loaded = test_dataset(
            "F1,exports_value,total,all,2022-01-01,2022-12-31,900,MAD_million,,,https://a.ma/1,,\n\
             F2,exports_value,total,all,2024-01-01,2024-12-31,1100,MAD_million,37.5,vs 2023,https://a.ma/1,,\n\
             F3,exports_value,total,all,2024-01-01,2024-12-31,1600,MAD_million,,,https://b.ma/2,,\n\
             F4,exports_value,total,all,2024-01-01,2024-12-31,1110,MAD_million,,,https://c.ma/3,,[low-reliability]\n\
             F5,exports_value,total,all,2024-01-01,2024-12-31,1100,MAD_million,,,https://d.ma/4,,\n",
        );
        let series = annual_exports(&Levels::new(&loaded.dataset));
        (loaded.dataset, series)
    }

    #[test]
    fn the_source_line_leads_with_the_latest_value_s_sources() {
        let (dataset, series) = sample();
        let urls = |sources: Vec<Source>| -> Vec<String> {
            sources
                .into_iter()
                .filter_map(|source| source.url)
                .collect()
        };
        assert_eq!(urls(series_sources(&dataset, &series)).len(), 4);
        assert_eq!(
            urls(latest_point_sources(&dataset, &series)),
            ["https://a.ma/1", "https://d.ma/4"]
        );
    }

    fn json_of(locale: Locale) -> Value {
        let (_, series) = sample();
        let option = serde_json::to_value(exports_over_time(&series, locale));
        option.map_or(Value::Null, |option| option["baseOption"].clone())
    }

    #[test]
    fn printed_and_implied_levels_are_bars_gaps_stay_empty_conflicts_are_points() {
        let option = json_of(Locale::En);
        assert_eq!(option["xAxis"]["data"], json!(["2022", "2023", "2024"]));
        assert_eq!(option["series"][0]["type"], "bar");
        assert_eq!(option["series"][0]["name"], "Headline value");
        assert_eq!(
            option["series"][0]["data"],
            json!([["2022", 900.0, ""], ["2024", 1100.0, "+38%"]])
        );
        assert_eq!(option["series"][0]["label"]["formatter"], "{@[2]}");
        // 2023 is implied by "2024 = 1,100, +37.5 % vs 2023": 1,100 / 1.375 = 800, that is
        // 800 / 900 − 1 = −11 % on 2022.
        assert_eq!(option["series"][1]["name"], "Implied by a growth rate");
        assert_eq!(
            option["series"][1]["data"],
            json!([["2023", 800.0, "\u{2212}11%"]])
        );
        assert_eq!(option["series"][1]["itemStyle"]["borderType"], "dashed");
        assert_eq!(option["series"][2]["type"], "scatter");
        assert_eq!(
            option["series"][2]["data"],
            json!([["2024", 1600.0], ["2024", 1110.0]])
        );
        assert_eq!(
            option.get("aria"),
            None,
            "ECharts' description would replace the chart's name"
        );
    }

    #[test]
    fn on_a_phone_the_legend_goes_under_the_plot_and_change_labels_give_way() {
        let (_, series) = sample();
        let option = serde_json::to_value(exports_over_time(&series, Locale::En)).unwrap();
        let narrow = &option["media"][1];
        assert_eq!(narrow["query"]["maxWidth"], 480);
        assert_eq!(narrow["option"]["legend"]["top"], "bottom");
        assert_eq!(narrow["option"]["series"][0]["label"]["show"], false);
        assert_eq!(narrow["option"]["series"][1]["label"]["show"], false);
    }

    #[test]
    fn the_csv_has_raw_numbers_and_says_how_each_was_obtained() {
        let (dataset, series) = sample();
        let csv = exports_over_time_csv(&series, &dataset);
        let lines: Vec<&str> = csv.lines().collect();
        assert_eq!(
            lines[0],
            "year,value_mad_million,how,change_pct,computed_change_pct,other_published_values,sources"
        );
        assert_eq!(lines[1], "2022,900,published,,,,https://a.ma/1");
        assert!(lines[2].starts_with("2023,800,implied_by_growth_rate,-11.11"));
        assert_eq!(
            lines[3],
            "2024,1100,published,37.5,37.5,1600;1110,https://a.ma/1 https://d.ma/4"
        );
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
    fn table_rows_match_the_chart_and_mark_computed_and_low_reliability_values() {
        let (dataset, series) = sample();
        let table = exports_over_time_table(&series, &dataset, Locale::En);
        assert_eq!(table.columns.len(), 5);
        assert_eq!(table.rows.len(), 3);
        assert_eq!(
            table.rows[1][..3],
            ["2023", "800 (Computed)", "\u{2212}11.1%"]
        );
        assert_eq!(
            table.rows[2],
            [
                "2024",
                "1,100",
                "+37.5%",
                "1,600 · 1,110 (low-reliability source)",
                "S001, S004, S002, S003"
            ]
        );
    }
}
