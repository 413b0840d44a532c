//! "Composition of exports": the shares of craft families or destinations for one period, as
//! horizontal bars from the largest; shares computed from levels are drawn apart.

use super::parts::{csv_text, how_obtained, published_and_computed_bars};
use super::{ChartId, ChartSpec, DataTable, Palette, Responsive, marked};
use crate::data::{CodedDimension, Codes, Dataset, Source};
use crate::i18n::{
    Locale, Msg, code_name, composition_summary, format_number, format_percent, period_label,
};
use crate::stats::{Breakdown, BreakdownIndex, BreakdownRow, Figure, Levels, Period};
use charming::Chart;
use charming::component::{Axis, Grid};
use charming::datatype::CompositeValue;
use charming::element::{AxisLabel, AxisType, LabelPosition, Tooltip, Trigger};
use serde_json::json;

/// The ranked rows, largest share first; world regions (they overlap countries) and "other"
/// stay in the table only.
fn shown_rows(breakdown: &Breakdown) -> Vec<&BreakdownRow> {
    breakdown
        .rows
        .iter()
        .filter(|row| row.rank.is_some())
        .collect()
}

/// Builds the chart. Bars run from the start edge: in Arabic from the right. A bar is never
/// thicker than 48 px, so a period with one or two shares does not fill the frame.
pub fn composition_chart(breakdown: &Breakdown, codes: &Codes, locale: Locale) -> Responsive {
    let rows = shown_rows(breakdown);
    let names: Vec<String> = rows
        .iter()
        .map(|r| code_name(locale, codes, &r.key))
        .collect();
    let bar = |derived: bool| -> Vec<Vec<CompositeValue>> {
        rows.iter()
            .zip(&names)
            .filter(|(row, _)| row.share.figure.is_derived() == derived)
            .filter_map(|(row, name)| {
                let share = row.share.figure.value()?;
                Some(vec![
                    CompositeValue::from(share),
                    CompositeValue::from(name.clone()),
                    CompositeValue::from(format_percent(locale, share, 1)),
                ])
            })
            .collect()
    };
    let rtl = locale.is_rtl();
    // Labels sit past the end of each bar, which in Arabic is on its left.
    let end = if rtl {
        LabelPosition::Left
    } else {
        LabelPosition::Right
    };
    let [published, computed] = published_and_computed_bars(
        locale,
        Msg::SeriesComputedShare,
        "share",
        end,
        bar(false),
        bar(true),
    );
    let chart = Chart::new()
        .tooltip(Tooltip::new().trigger(Trigger::Axis))
        .grid(
            Grid::new()
                .left(8)
                .right(48)
                .bottom(8)
                .top(8)
                .contain_label(true),
        )
        .x_axis(
            Axis::new()
                .type_(AxisType::Value)
                .inverse(rtl)
                .axis_label(AxisLabel::new().color(Palette::INK)),
        )
        .y_axis(
            Axis::new()
                .type_(AxisType::Category)
                .data(names.clone())
                .inverse(true)
                .position(if rtl { "right" } else { "left" })
                .axis_label(AxisLabel::new().color(Palette::INK)),
        )
        .series(published)
        .series(computed);
    let thin = json!({ "barMaxWidth": 48 });
    Responsive::new(chart).with(json!({ "series": [thin, thin] }))
}

/// The chart's numbers as a table: rank, name, share, level, sources.
pub fn composition_table(breakdown: &Breakdown, dataset: &Dataset, locale: Locale) -> DataTable {
    let cell = |figure: &Figure, text: String| marked(locale, figure, text);
    let rows = breakdown
        .rows
        .iter()
        .map(|row| {
            let share = row.share.figure.value().map_or_else(
                || Msg::NotReported.text(locale).to_owned(),
                |v| cell(&row.share.figure, format_percent(locale, v, 2)),
            );
            let value = row.value.figure.value().map_or_else(String::new, |v| {
                cell(&row.value.figure, format_number(locale, v, 2))
            });
            let sources: Vec<String> = dataset
                .sources_at(
                    row.share
                        .figure
                        .sources(dataset)
                        .into_iter()
                        .chain(row.value.figure.sources(dataset)),
                )
                .into_iter()
                .map(|source| source.id)
                .collect();
            vec![
                code_name(locale, &dataset.codes, &row.key),
                row.rank.map_or_else(String::new, |rank| rank.to_string()),
                share,
                value,
                sources.join(", "),
            ]
        })
        .collect();
    DataTable::with_columns(
        format!("%, {}", Msg::UnitMadMillion.text(locale)),
        &[
            Msg::ColumnName,
            Msg::ColumnRank,
            Msg::ColumnShare,
            Msg::ColumnLevel,
            Msg::ColumnSources,
        ],
        locale,
        rows,
    )
}

/// The breakdown as CSV with raw numbers: code, rank, share (%), how the share was obtained,
/// level (MAD million), how the level was obtained.
pub fn composition_csv(breakdown: &Breakdown) -> String {
    let number = |figure: &Figure| figure.value().map(|v| v.to_string()).unwrap_or_default();
    let header = [
        "code",
        "rank",
        "share_pct",
        "share_how",
        "value_mad_million",
        "value_how",
    ];
    let rows = breakdown.rows.iter().map(|row| {
        [
            row.key.clone(),
            row.rank.map(|r| r.to_string()).unwrap_or_default(),
            number(&row.share.figure),
            how_obtained(&row.share.figure).to_owned(),
            number(&row.value.figure),
            how_obtained(&row.value.figure).to_owned(),
        ]
    });
    csv_text(header, rows)
}

/// The sources of every share and level of the breakdowns, in table order.
pub fn breakdown_sources(dataset: &Dataset, breakdowns: &[Breakdown]) -> Vec<Source> {
    dataset.sources_at(
        breakdowns
            .iter()
            .flat_map(|breakdown| &breakdown.rows)
            .flat_map(|row| [&row.share.figure, &row.value.figure])
            .flat_map(|figure| figure.sources(dataset)),
    )
}

/// A breakdown and a period chosen for the composition chart.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CompositionChoice {
    /// The breakdown shown: craft families, destinations or exit cities.
    pub dimension: CodedDimension,
    /// `None`: the latest period with data.
    pub period: Option<Period>,
}

/// By default, craft families in the latest period with data.
impl Default for CompositionChoice {
    fn default() -> Self {
        CompositionChoice {
            dimension: CodedDimension::ProductFamily,
            period: None,
        }
    }
}

/// The periods with shares for the chosen breakdown, and the breakdown of the chosen period.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct CompositionFigures {
    /// Newest first.
    pub periods: Vec<Period>,
    /// The chosen period if it has data, else the latest one that does; `None` without data.
    pub breakdown: Option<Breakdown>,
}

/// "Composition of exports": shares by craft family, destination or exit city for one period.
pub struct CompositionSpec;

impl ChartSpec for CompositionSpec {
    const ID: ChartId = ChartId::Composition;
    type Choice = CompositionChoice;
    type Figures = CompositionFigures;
    type Drawing = Responsive;

    fn figures(dataset: &Dataset, choice: &CompositionChoice) -> CompositionFigures {
        let levels = Levels::new(dataset);
        let index = BreakdownIndex::new(&levels, choice.dimension);
        let periods = index.periods().to_vec();
        let period = choice
            .period
            .filter(|p| periods.contains(p))
            .or_else(|| periods.first().copied());
        CompositionFigures {
            breakdown: period.and_then(|period| index.breakdown(period)),
            periods,
        }
    }
    fn title(_: &CompositionFigures, locale: Locale) -> String {
        Msg::ChartCompositionTitle.text(locale).to_owned()
    }
    fn subtitle(figures: &CompositionFigures, locale: Locale) -> String {
        let period = figures
            .breakdown
            .as_ref()
            .map(|b| period_label(locale, b.period))
            .unwrap_or_default();
        format!("{period} · {}", Msg::ShareOfExportsUnit.text(locale))
    }
    fn summary(figures: &CompositionFigures, dataset: &Dataset, locale: Locale) -> String {
        figures
            .breakdown
            .as_ref()
            .map(|b| composition_summary(locale, b, &dataset.codes))
            .unwrap_or_default()
    }
    /// An empty chart when no period has data.
    fn drawing(figures: &CompositionFigures, dataset: &Dataset, locale: Locale) -> Responsive {
        match &figures.breakdown {
            Some(b) => composition_chart(b, &dataset.codes, locale),
            None => Responsive::new(Chart::new()),
        }
    }
    fn table(figures: &CompositionFigures, dataset: &Dataset, locale: Locale) -> DataTable {
        figures
            .breakdown
            .as_ref()
            .map(|b| composition_table(b, dataset, locale))
            .unwrap_or_default()
    }
    fn csv(figures: &CompositionFigures, _: &Dataset, _: Locale) -> String {
        figures
            .breakdown
            .as_ref()
            .map(composition_csv)
            .unwrap_or_default()
    }
    fn sources(figures: &CompositionFigures, dataset: &Dataset) -> Vec<Source> {
        breakdown_sources(dataset, figures.breakdown.as_slice())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn sample() -> (crate::data::Dataset, Breakdown) {
        crate::charts::test_destinations()
    }

    #[test]
    fn bars_are_ranked_shares_with_computed_ones_apart() {
        let (dataset, breakdown) = sample();
        let option =
            serde_json::to_value(composition_chart(&breakdown, &dataset.codes, Locale::En))
                .unwrap()["baseOption"]
                .clone();
        // Spain's share comes from its level: 60 / 1,000 = 6 %.
        assert_eq!(
            option["yAxis"]["data"],
            json!(["United States", "France", "Spain"])
        );
        assert_eq!(
            option["series"][0]["data"][0],
            json!([44.0, "United States", "44%"])
        );
        assert_eq!(option["series"][1]["data"], json!([[6.0, "Spain", "6%"]]));
        assert_eq!(option["series"][0]["barMaxWidth"], 48);
        let arabic =
            serde_json::to_value(composition_chart(&breakdown, &dataset.codes, Locale::Ar))
                .unwrap()["baseOption"]
                .clone();
        assert_eq!(arabic["xAxis"]["inverse"], true);
        assert_eq!(arabic["yAxis"]["position"], "right");
    }

    #[test]
    fn table_and_csv_carry_the_same_numbers() {
        let (dataset, breakdown) = sample();
        let table = composition_table(&breakdown, &dataset, Locale::En);
        assert_eq!(
            table.rows[0][..4],
            ["United States", "1", "44%", "440 (Computed)"]
        );
        assert_eq!(table.rows[2][..4], ["Spain", "3", "6% (Computed)", "60"]);
        assert_eq!(table.rows[3][1], "", "regions are not ranked");
        let csv = composition_csv(&breakdown);
        assert!(csv.contains("US,1,44,published,440,computed"));
        assert!(csv.contains("ES,3,6,computed,60,published"));
    }
}
