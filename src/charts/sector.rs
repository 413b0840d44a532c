//! "The sector in figures": one small panel per topic (registered artisans, jobs, fairs,
//! women's cooperatives), each with its own scale, values written on the points. A topic with
//! one series runs over its dates; a topic with several (fairs by scope) compares them as bars.
//! Panels sit three to a row, one to a row on a phone; in Arabic they fill from the right.

use super::parts::csv_text;
use super::{ChartId, ChartSpec, DataTable, Palette, Responsive};
use crate::data::{Dataset, Source};
use crate::i18n::{
    Locale, Msg, sector_axis_label, sector_series_name, sector_short_value_text, sector_summary,
    sector_topic_title, sector_value_text,
};
use crate::stats::{DatedPoint, Figure, SectorPanel, sector_panels};
use charming::Chart;
use charming::component::Axis;
use charming::datatype::CompositeValue;
use charming::element::{
    AxisLabel, AxisType, ItemStyle, Label, LabelPosition, Symbol, Tooltip, Trigger,
};
use charming::series::{Bar, Line, Scatter};
use serde_json::{Value, json};

/// Panels per row at full width.
const COLUMNS: usize = 3;

/// A panel's values as `[axis label, value, value text]`, and every other printed value as
/// `[axis label, value]`.
struct PanelItems {
    headline: Vec<Vec<Vec<CompositeValue>>>,
    others: Vec<Vec<CompositeValue>>,
    labels: Vec<String>,
}

fn panel_items(panel: &SectorPanel, locale: Locale) -> PanelItems {
    let several = panel.series.len() > 1;
    let mut items = PanelItems {
        headline: Vec::new(),
        others: Vec::new(),
        labels: Vec::new(),
    };
    for (selection, points) in &panel.series {
        let mut series = Vec::new();
        for point in points {
            let when = sector_axis_label(locale, point);
            let label = match several {
                true => format!(
                    "{}\n{when}",
                    sector_series_name(locale, panel.topic, *selection)
                ),
                false => when,
            };
            if let Some(value) = point.point.figure.value() {
                series.push(vec![
                    CompositeValue::from(label.clone()),
                    CompositeValue::from(value),
                    CompositeValue::from(sector_short_value_text(locale, panel.topic, value)),
                ]);
            }
            items.others.extend(other_values(point).map(|value| {
                vec![
                    CompositeValue::from(label.clone()),
                    CompositeValue::from(value),
                ]
            }));
            items.labels.push(label);
        }
        items.headline.push(series);
    }
    items
}

/// Printed values other than the headline.
fn other_values(point: &DatedPoint) -> impl Iterator<Item = f64> + '_ {
    let headline = point.point.figure.value();
    point
        .point
        .reported
        .iter()
        .map(|group| group.value)
        .filter(move |&value| Some(value) != headline)
}

/// Builds the small multiples.
pub fn sector_small_multiples(panels: &[SectorPanel], locale: Locale) -> Responsive {
    let rtl = locale.is_rtl();
    let mut chart = Chart::new().tooltip(Tooltip::new().trigger(Trigger::Item));
    // Per series, in order: a value written on a point that would cover another is left to
    // the tooltip and the table (long words, e.g. Arabic's "million", on a crowded panel).
    let mut series_options = Vec::new();
    for (index, panel) in panels.iter().enumerate() {
        let items = panel_items(panel, locale);
        let axis_index = index as f64;
        chart = chart
            .x_axis(
                Axis::new()
                    .type_(AxisType::Category)
                    .grid_index(axis_index)
                    .data(items.labels)
                    .inverse(rtl)
                    .axis_label(AxisLabel::new().color(Palette::INK).font_size(11)),
            )
            .y_axis(
                Axis::new()
                    .type_(AxisType::Value)
                    .grid_index(axis_index)
                    .position(if rtl { "right" } else { "left" })
                    .axis_label(AxisLabel::new().show(false)),
            );
        let several = items.headline.len() > 1;
        for (series, data) in items.headline.into_iter().enumerate() {
            let colour = Palette::CATEGORIES[series % Palette::CATEGORIES.len()];
            let label = Label::new()
                .show(true)
                .position(LabelPosition::Top)
                .formatter("{@[2]}")
                .color(Palette::INK);
            series_options.push(json!({ "labelLayout": { "hideOverlap": true } }));
            chart = match several {
                true => chart.series(
                    Bar::new()
                        .x_axis_index(axis_index)
                        .y_axis_index(axis_index)
                        .stack(format!("panel-{index}"))
                        .item_style(ItemStyle::new().color(colour))
                        .label(label)
                        .data(data),
                ),
                false => chart.series(
                    Line::new()
                        .x_axis_index(axis_index)
                        .y_axis_index(axis_index)
                        .symbol_size(8)
                        .item_style(ItemStyle::new().color(colour))
                        .label(label)
                        .data(data),
                ),
            };
        }
        series_options.push(json!({}));
        chart = chart.series(
            Scatter::new()
                .name(Msg::SeriesOtherReported.text(locale))
                .x_axis_index(axis_index)
                .y_axis_index(axis_index)
                .symbol(Symbol::Diamond)
                .symbol_size(10)
                .item_style(ItemStyle::new().color(Palette::OTHER))
                .data(items.others),
        );
    }
    let titles: Vec<&str> = panels
        .iter()
        .map(|panel| sector_topic_title(locale, panel.topic))
        .collect();
    // Two-line labels everywhere; names of compared series wrap rather than hide.
    let axis_labels: Vec<Value> = panels
        .iter()
        .map(|panel| match panel.series.len() > 1 {
            true => json!({ "axisLabel": { "lineHeight": 14, "interval": 0, "width": 96, "overflow": "break" } }),
            false => json!({ "axisLabel": { "lineHeight": 14 } }),
        })
        .collect();
    Responsive::new(chart)
        .with(json!({ "xAxis": axis_labels, "series": series_options }))
        .by_width(layout(&titles, COLUMNS, rtl), layout(&titles, 1, rtl))
}

/// Titles and grids of `titles.len()` panels, `columns` to a row, as percentages of the chart.
fn layout(titles: &[&str], columns: usize, rtl: bool) -> Value {
    let rows = titles.len().div_ceil(columns).max(1);
    let (cell_width, cell_height) = (100.0 / columns as f64, 100.0 / rows as f64);
    let percent = |value: f64| format!("{value:.2}%");
    let (titles, grids): (Vec<Value>, Vec<Value>) = titles
        .iter()
        .enumerate()
        .map(|(index, title)| {
            let (column, row) = ((index % columns) as f64, (index / columns) as f64);
            let edge = percent(column * cell_width + 1.0);
            let top = row * cell_height;
            let side = if rtl { "right" } else { "left" };
            // The title on top, room for value labels, then the plot and its axis labels.
            let title = json!({
                "text": title,
                side: edge,
                "top": percent(top + 0.03 * cell_height),
                "textStyle": { "fontSize": 13 },
            });
            let grid = json!({
                side: edge,
                "top": percent(top + 0.2 * cell_height),
                "width": percent(cell_width - 4.0),
                "height": percent(0.75 * cell_height),
                "containLabel": true,
            });
            (title, grid)
        })
        .unzip();
    json!({ "title": titles, "grid": grids })
}

/// One row per value: topic, series, when, value (marked when computed), other printed
/// values, sources.
pub fn sector_table(panels: &[SectorPanel], dataset: &Dataset, locale: Locale) -> DataTable {
    let rows = each_point(panels)
        .map(|(panel, selection, point)| {
            let value = match &point.point.figure {
                Figure::Missing(_) => Msg::NotReported.text(locale).to_owned(),
                figure => sector_value_text(locale, panel.topic, figure.value().unwrap_or(0.0)),
            };
            let others: Vec<String> = other_values(point)
                .map(|v| sector_value_text(locale, panel.topic, v))
                .collect();
            let sources: Vec<String> = dataset
                .sources_printing(point.point.printed())
                .into_iter()
                .map(|source| source.id)
                .collect();
            vec![
                sector_series_name(locale, panel.topic, *selection).to_owned(),
                sector_axis_label(locale, point).replace('\n', " "),
                value,
                others.join(" · "),
                sources.join(", "),
            ]
        })
        .collect();
    DataTable::with_columns(
        String::new(),
        &[
            Msg::ColumnName,
            Msg::ColumnDate,
            Msg::ColumnHeadline,
            Msg::ColumnOtherReported,
            Msg::ColumnSources,
        ],
        locale,
        rows,
    )
}

/// Raw numbers: metric, dimension, key, first and last day, value, other printed values.
pub fn sector_csv(panels: &[SectorPanel]) -> String {
    let header = [
        "metric",
        "dimension",
        "key",
        "start",
        "date",
        "value",
        "other_published_values",
    ];
    let rows = each_point(panels).map(|(_, selection, point)| {
        let others: Vec<String> = other_values(point).map(|v| v.to_string()).collect();
        [
            selection.metric.to_owned(),
            selection.dimension.to_owned(),
            selection.key.to_owned(),
            point.start.map(|d| d.to_string()).unwrap_or_default(),
            point.date.to_string(),
            point
                .point
                .figure
                .value()
                .map(|v| v.to_string())
                .unwrap_or_default(),
            others.join(";"),
        ]
    });
    csv_text(header, rows)
}

fn each_point(
    panels: &[SectorPanel],
) -> impl Iterator<Item = (&SectorPanel, &crate::stats::SectorSelection, &DatedPoint)> {
    panels.iter().flat_map(|panel| {
        panel.series.iter().flat_map(move |(selection, points)| {
            points.iter().map(move |point| (panel, selection, point))
        })
    })
}

/// "The sector in figures": registered artisans, jobs, fairs and cooperatives.
pub struct SectorSpec;

impl ChartSpec for SectorSpec {
    const ID: ChartId = ChartId::Sector;
    type Choice = ();
    type Figures = Vec<SectorPanel>;
    type Drawing = Responsive;

    fn figures(dataset: &Dataset, _: &()) -> Vec<SectorPanel> {
        sector_panels(dataset)
    }
    fn title(_: &Vec<SectorPanel>, locale: Locale) -> String {
        Msg::ChartSectorTitle.text(locale).to_owned()
    }
    fn subtitle(_: &Vec<SectorPanel>, locale: Locale) -> String {
        Msg::ChartSectorSubtitle.text(locale).to_owned()
    }
    fn summary(panels: &Vec<SectorPanel>, _: &Dataset, locale: Locale) -> String {
        sector_summary(locale, panels)
    }
    fn drawing(panels: &Vec<SectorPanel>, _: &Dataset, locale: Locale) -> Responsive {
        sector_small_multiples(panels, locale)
    }
    fn table(panels: &Vec<SectorPanel>, dataset: &Dataset, locale: Locale) -> DataTable {
        sector_table(panels, dataset, locale)
    }
    fn csv(panels: &Vec<SectorPanel>, _: &Dataset, _: Locale) -> String {
        sector_csv(panels)
    }
    fn sources(panels: &Vec<SectorPanel>, dataset: &Dataset) -> Vec<Source> {
        dataset.sources_printing(
            panels
                .iter()
                .flat_map(|panel| &panel.series)
                .flat_map(|(_, points)| points)
                .flat_map(|point| point.point.printed()),
        )
    }
    /// Each series' latest figure's.
    fn lead_sources(panels: &Vec<SectorPanel>, dataset: &Dataset) -> Vec<Source> {
        dataset.sources_printing(
            panels
                .iter()
                .flat_map(|panel| &panel.series)
                .filter_map(|(_, points)| {
                    points
                        .iter()
                        .rev()
                        .find(|point| point.point.figure.value().is_some())
                })
                .flat_map(|point| point.point.printed()),
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::test_dataset;
    use crate::stats::sector_panels;

    fn sample() -> (Dataset, Vec<SectorPanel>) {
        let loaded = test_dataset(
            "F1,artisans_registered,total,all,,2024-02-28,389000,count,,,https://a.ma/1,,\n\
             F2,artisans_registered,total,all,,2026-01-19,440000,count,,,https://b.ma/2,,\n\
             F3,employment,total,all,,2025-04-30,2400000,count,,,https://a.ma/1,,\n\
             F4,employment,total,all,,2025-04-30,2600000,count,,,https://b.ma/2,,\n\
             F5,employment,total,all,,2025-04-30,2600000,count,,,https://c.ma/3,,\n\
             F6,fairs_count,fair_scope,national,2024-01-01,2024-12-31,70,count,,,https://b.ma/2,,\n\
             F7,fairs_count,fair_scope,international,2024-01-01,2024-12-31,10,count,,,https://b.ma/2,,\n",
        );
        let panels = sector_panels(&loaded.dataset);
        (loaded.dataset, panels)
    }

    #[test]
    fn each_topic_is_a_panel_with_values_written_on_the_points() {
        let (_, panels) = sample();
        let option = serde_json::to_value(sector_small_multiples(&panels, Locale::En))
            .unwrap_or(Value::Null);
        let base = &option["baseOption"];
        assert_eq!(base["grid"].as_array().map(Vec::len), Some(5));
        assert_eq!(
            base["title"][0]["text"],
            "Artisans on the national register"
        );
        assert_eq!(
            base["xAxis"][0]["data"],
            json!(["28 Feb\n2024", "19 Jan\n2026"])
        );
        assert_eq!(
            base["series"][0]["data"],
            json!([
                ["28 Feb\n2024", 389000.0, "389,000"],
                ["19 Jan\n2026", 440000.0, "440,000"]
            ])
        );
        // Jobs: 2.6 million by two sources, 2.4 million by one, drawn as a diamond.
        assert_eq!(base["series"][2]["data"][0][1], 2600000.0);
        assert_eq!(
            base["series"][3]["data"],
            json!([["30 Apr\n2025", 2400000.0]])
        );
        // Fairs: one bar per scope, named on the axis with the period.
        assert_eq!(base["xAxis"][2]["data"][0], "National fairs\n2024");
        assert_eq!(base["series"][4]["type"], "bar");
        assert_eq!(base["series"][4]["data"][0][2], "70");
        // Values written on points never cover each other; the diamonds carry none.
        assert_eq!(base["series"][2]["labelLayout"]["hideOverlap"], true);
        assert_eq!(base["series"][3]["labelLayout"], Value::Null);
        // Three panels to a row, one on a phone.
        assert_eq!(base["grid"][1]["left"], "34.33%");
        assert_eq!(option["media"][1]["option"]["grid"][1]["left"], "1.00%");
        let arabic = serde_json::to_value(sector_small_multiples(&panels, Locale::Ar))
            .unwrap_or(Value::Null);
        assert_eq!(arabic["baseOption"]["grid"][0]["right"], "1.00%");
        assert_eq!(arabic["baseOption"]["xAxis"][0]["inverse"], true);
    }

    #[test]
    fn table_and_csv_list_every_value_with_the_others_printed() {
        let (dataset, panels) = sample();
        let table = sector_table(&panels, &dataset, Locale::En);
        assert_eq!(
            table.rows[2][..4],
            ["Jobs in crafts", "30 Apr 2025", "2,600,000", "2,400,000"]
        );
        let csv = sector_csv(&panels);
        assert!(csv.contains("employment,total,all,,2025-04-30,2600000,2400000"));
        assert!(csv.contains("fairs_count,fair_scope,international,2024-01-01,2024-12-31,10,"));
    }
}
