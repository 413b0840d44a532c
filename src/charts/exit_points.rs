//! "Exit cities over time": each city's share of craft exports in every period a share was
//! published for, one line per city. A period without a figure for a city is a gap, never a
//! zero; a share computed from a level is a hollow point.

use super::composition::breakdown_sources;
use super::parts::{csv_text, how_obtained, over_time_by_width, over_time_frame};
use super::{ChartId, ChartSpec, DataTable, Palette, Responsive, marked};
use crate::data::{CodedDimension, Codes, Dataset, Source};
use crate::i18n::{
    Locale, Msg, code_name, exit_points_summary, format_percent, period_axis_label, period_label,
    span_subtitle,
};
use crate::stats::{Breakdown, BreakdownIndex, BreakdownRow, Figure, Levels};
use charming::Chart;
use charming::datatype::{CompositeValue, DataPoint, DataPointItem};
use charming::element::{BorderType, ItemStyle, Symbol};
use charming::series::Line;
use serde_json::json;

/// Symbols paired with [`Palette::CATEGORIES`], so lines differ by more than colour.
const SYMBOLS: [Symbol; 6] = [
    Symbol::Circle,
    Symbol::Rect,
    Symbol::Triangle,
    Symbol::Diamond,
    Symbol::RoundRect,
    Symbol::Pin,
];

/// The cities with a ranked share in some period: the latest ranking first, then cities seen
/// only earlier, newest first.
fn exit_cities(history: &[Breakdown]) -> Vec<&str> {
    let mut cities: Vec<&str> = Vec::new();
    for row in history.iter().rev().flat_map(ranked) {
        if !cities.contains(&row.key.as_str()) {
            cities.push(&row.key);
        }
    }
    cities
}

fn ranked(breakdown: &Breakdown) -> impl Iterator<Item = &BreakdownRow> {
    breakdown.rows.iter().filter(|row| row.rank.is_some())
}

fn share_of<'b>(breakdown: &'b Breakdown, city: &str) -> Option<&'b Figure> {
    ranked(breakdown)
        .find(|row| row.key == city)
        .map(|row| &row.share.figure)
        .filter(|figure| figure.value().is_some())
}

/// One line per city across the periods (oldest first; in Arabic from the right). On a phone
/// the legend moves under the plot.
pub fn exit_points_over_time(history: &[Breakdown], codes: &Codes, locale: Locale) -> Responsive {
    let periods: Vec<String> = history
        .iter()
        .map(|b| period_axis_label(locale, b.period))
        .collect();
    let lines = exit_cities(history)
        .into_iter()
        .enumerate()
        .map(|(index, city)| city_line(history, codes, locale, index, city));
    let chart = lines.fold(over_time_frame(locale, periods, "%"), Chart::series);
    over_time_by_width(chart, json!([]), json!([]))
}

/// A city's shares, one item per period: the share, or `-` (ECharts' gap) when none is known.
fn city_line(
    history: &[Breakdown],
    codes: &Codes,
    locale: Locale,
    index: usize,
    city: &str,
) -> Line {
    let colour = Palette::CATEGORIES[index % Palette::CATEGORIES.len()];
    let data: Vec<DataPoint> = history
        .iter()
        .map(|breakdown| match share_of(breakdown, city) {
            Some(figure @ Figure::Derived(_)) => DataPointItem::new(figure.value().unwrap_or(0.0))
                .item_style(
                    ItemStyle::new()
                        .color("#ffffff")
                        .border_color(colour)
                        .border_type(BorderType::Dashed),
                )
                .into(),
            Some(figure) => DataPoint::from(figure.value().unwrap_or(0.0)),
            None => DataPoint::from(CompositeValue::from("-")),
        })
        .collect();
    Line::new()
        .name(code_name(locale, codes, city))
        .symbol(SYMBOLS[index % SYMBOLS.len()].clone())
        .symbol_size(9)
        .connect_nulls(false)
        .item_style(ItemStyle::new().color(colour))
        .data(data)
}

/// One row per period (oldest first), one column per city: the share, marked when computed,
/// or "not published"; then the sources.
pub fn exit_points_table(history: &[Breakdown], dataset: &Dataset, locale: Locale) -> DataTable {
    let cities = exit_cities(history);
    let rows = history
        .iter()
        .map(|breakdown| {
            let shares = cities.iter().map(|city| match share_of(breakdown, city) {
                Some(figure) => marked(
                    locale,
                    figure,
                    format_percent(locale, figure.value().unwrap_or(0.0), 2),
                ),
                None => Msg::NotReported.text(locale).to_owned(),
            });
            let sources: Vec<String> = dataset
                .sources_at(
                    cities
                        .iter()
                        .filter_map(|city| share_of(breakdown, city))
                        .flat_map(|figure| figure.sources(dataset)),
                )
                .into_iter()
                .map(|source| source.id)
                .collect();
            std::iter::once(period_label(locale, breakdown.period))
                .chain(shares)
                .chain(std::iter::once(sources.join(", ")))
                .collect()
        })
        .collect();
    DataTable {
        caption: Msg::ShareOfExportsUnit.text(locale).to_owned(),
        columns: std::iter::once(Msg::PeriodLabel.text(locale).to_owned())
            .chain(
                cities
                    .iter()
                    .map(|city| code_name(locale, &dataset.codes, city)),
            )
            .chain(std::iter::once(Msg::ColumnSources.text(locale).to_owned()))
            .collect(),
        rows,
    }
}

/// Long-format CSV with raw numbers: one line per period and city with a share.
pub fn exit_points_csv(history: &[Breakdown]) -> String {
    let header = ["period_start", "period_end", "city", "share_pct", "how"];
    let rows = history.iter().flat_map(|breakdown| {
        exit_cities(std::slice::from_ref(breakdown))
            .into_iter()
            .filter_map(move |city| {
                let figure = share_of(breakdown, city)?;
                Some([
                    breakdown.period.start.to_string(),
                    breakdown.period.end.to_string(),
                    city.to_owned(),
                    figure.value()?.to_string(),
                    how_obtained(figure).to_owned(),
                ])
            })
    });
    csv_text(header, rows)
}

/// "Exit cities over time": every published share of each exit city, period by period.
pub struct ExitCitiesSpec;

impl ChartSpec for ExitCitiesSpec {
    const ID: ChartId = ChartId::ExitCities;
    type Choice = ();
    /// The exit-city breakdowns, oldest first.
    type Figures = Vec<Breakdown>;
    type Drawing = Responsive;

    fn figures(dataset: &Dataset, _: &()) -> Vec<Breakdown> {
        BreakdownIndex::new(&Levels::new(dataset), CodedDimension::ExitPoint).history()
    }
    fn title(_: &Vec<Breakdown>, locale: Locale) -> String {
        Msg::ChartExitCitiesTitle.text(locale).to_owned()
    }
    fn subtitle(history: &Vec<Breakdown>, locale: Locale) -> String {
        let periods: Vec<_> = history.iter().map(|b| b.period).collect();
        span_subtitle(locale, &periods, Msg::ShareOfExportsUnit.text(locale))
    }
    fn summary(history: &Vec<Breakdown>, dataset: &Dataset, locale: Locale) -> String {
        exit_points_summary(locale, history, &dataset.codes)
    }
    fn drawing(history: &Vec<Breakdown>, dataset: &Dataset, locale: Locale) -> Responsive {
        exit_points_over_time(history, &dataset.codes, locale)
    }
    fn table(history: &Vec<Breakdown>, dataset: &Dataset, locale: Locale) -> DataTable {
        exit_points_table(history, dataset, locale)
    }
    fn csv(history: &Vec<Breakdown>, _: &Dataset, _: Locale) -> String {
        exit_points_csv(history)
    }
    fn sources(history: &Vec<Breakdown>, dataset: &Dataset) -> Vec<Source> {
        breakdown_sources(dataset, history)
    }
    /// The latest period's.
    fn lead_sources(history: &Vec<Breakdown>, dataset: &Dataset) -> Vec<Source> {
        breakdown_sources(dataset, &history[history.len().saturating_sub(1)..])
    }
    fn hint(locale: Locale) -> Option<String> {
        Some(Msg::HollowPointsHint.text(locale).to_owned())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::{CodedDimension, test_dataset};
    use crate::stats::{BreakdownIndex, Levels};
    use serde_json::Value;

    fn sample() -> (Dataset, Vec<Breakdown>) {
        let loaded = test_dataset(
            "F1,exports_share,exit_point,Casablanca,2023-01-01,2023-01-31,52,percent,,,https://a.ma/1,,\n\
             F2,exports_share,exit_point,Marrakech,2023-01-01,2023-01-31,20,percent,,,https://a.ma/1,,\n\
             F3,exports_share,exit_point,Casablanca+Marrakech,2024-01-01,2024-12-31,78,percent,,,https://b.ma/2,,\n\
             F4,exports_value,total,all,2025-01-01,2025-09-30,1000,MAD_million,,,https://c.ma/3,,\n\
             F5,exports_share,exit_point,Marrakech,2025-01-01,2025-09-30,41,percent,,,https://c.ma/3,,\n\
             F6,exports_value,exit_point,Fes,2025-01-01,2025-09-30,180,MAD_million,,,https://d.ma/4,,\n",
        );
        let history =
            BreakdownIndex::new(&Levels::new(&loaded.dataset), CodedDimension::ExitPoint).history();
        (loaded.dataset, history)
    }

    #[test]
    fn one_line_per_city_with_gaps_where_no_share_is_published() {
        let (dataset, history) = sample();
        // The combined "Casablanca + Marrakesh" figure is not one city's share: no period.
        assert_eq!(history.len(), 2);
        assert_eq!(exit_cities(&history), ["Marrakech", "Fes", "Casablanca"]);
        let option =
            serde_json::to_value(exit_points_over_time(&history, &dataset.codes, Locale::En))
                .unwrap_or(Value::Null);
        let base = &option["baseOption"];
        assert_eq!(base["xAxis"]["data"], json!(["Jan\n2023", "Jan–Sep\n2025"]));
        assert_eq!(base["series"][0]["name"], "Marrakesh");
        assert_eq!(base["series"][0]["data"], json!([20.0, 41.0]));
        // Fez: 180 / 1,000 = 18 %, computed, drawn hollow.
        assert_eq!(base["series"][1]["data"][0], "-");
        assert_eq!(base["series"][1]["data"][1]["value"], 18.0);
        assert_eq!(
            base["series"][1]["data"][1]["itemStyle"]["borderType"],
            "dashed"
        );
        assert_eq!(base["series"][2]["data"], json!([52.0, "-"]));
        assert_eq!(base["series"][2]["connectNulls"], false);
        assert_ne!(base["series"][0]["symbol"], base["series"][1]["symbol"]);
        assert_eq!(option["media"][1]["option"]["legend"]["top"], "bottom");
        let arabic =
            serde_json::to_value(exit_points_over_time(&history, &dataset.codes, Locale::Ar))
                .unwrap_or(Value::Null);
        assert_eq!(arabic["baseOption"]["xAxis"]["inverse"], true);
        assert_eq!(arabic["baseOption"]["yAxis"]["position"], "right");
    }

    #[test]
    fn table_and_csv_carry_the_same_shares() {
        let (dataset, history) = sample();
        let table = exit_points_table(&history, &dataset, Locale::En);
        assert_eq!(
            table.columns,
            ["Period", "Marrakesh", "Fez", "Casablanca", "Sources"]
        );
        assert_eq!(
            table.rows[0][..4],
            ["January 2023", "20%", "not published", "52%"]
        );
        assert_eq!(table.rows[1][2], "18% (Computed)");
        let csv = exit_points_csv(&history);
        assert!(csv.starts_with("period_start,period_end,city,share_pct,how\n"));
        assert!(csv.contains("2023-01-01,2023-01-31,Casablanca,52,published"));
        assert!(csv.contains("2025-01-01,2025-09-30,Fes,18,computed"));
    }
}
