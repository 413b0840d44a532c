//! ECharts option builders: one pure function per chart, from computed figures and translated
//! labels to a `charming::Chart`, tested natively on its JSON. No browser code here; the
//! `echarts` module renders what these build.

mod composition;
mod exit_points;
mod export_map;
mod exports_over_time;
mod kpi_data;
mod map_view;
mod market;
mod parts;
mod places_map;
mod registry;
mod responsive;
mod sector;
mod spec;
mod theme;

pub use composition::{
    CompositionChoice, CompositionFigures, CompositionSpec, breakdown_sources, composition_chart,
    composition_csv, composition_table,
};
pub use exit_points::{ExitCitiesSpec, exit_points_csv, exit_points_over_time, exit_points_table};
pub use export_map::{
    FULL_PICTURE, Flow, MAP_PREVIEW_LEADERS, MOROCCO, MapMeasure, MapPaint, MapPreview, MapScale,
    NO_FIGURE_PATTERN, country_tooltip, first_view_period, flows, map_preview, paint_map,
};
pub use exports_over_time::{
    ExportsByYearSpec, YearToDateFigures, YearToDateSpec, exports_over_time, exports_over_time_csv,
    exports_over_time_table, series_sources,
};
pub use kpi_data::{card_sources, family_share_csv, kpi_csv};
pub use map_view::{MAX_ZOOM, MapView, ZOOM_STEP};
pub use market::{
    ShareChoice, ShareFigures, ShareSpec, market_csv, market_share_over_time, market_table,
};
pub(crate) use parts::write_csv;
pub use places_map::{
    CraftPlace, LABEL_SIZE, PlacedTown, PlacesChoice, PlacesFigures, PlacesSpec, TownPoint,
    craft_places, located_count, places_map, places_map_sources, places_table, town_points,
};
pub use registry::{CHART_EMBED_PREFIX, ChartId, SpecVisitor};
pub use responsive::Responsive;
pub use sector::{SectorSpec, sector_csv, sector_small_multiples, sector_table};
pub use spec::ChartSpec;
pub use theme::Palette;

use crate::i18n::{Locale, Msg};
use crate::stats::Figure;

/// A chart's numbers as display text, the accessible alternative to its picture: the unit,
/// column headers, and rows whose first cell names the row.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct DataTable {
    /// What the numbers are counted in.
    pub caption: String,
    /// Column headers, the first naming the rows.
    pub columns: Vec<String>,
    /// One row per line of the table, as many cells as columns.
    pub rows: Vec<Vec<String>>,
}

impl DataTable {
    /// The table as CSV text (RFC 4180 quoting), cells as displayed; for tables of words
    /// rather than numbers, such as the towns of a family.
    pub fn to_csv(&self) -> String {
        parts::write_csv(std::iter::once(&self.columns).chain(&self.rows))
    }

    /// A table whose column headers are fixed interface texts.
    pub fn with_columns(
        caption: String,
        columns: &[Msg],
        locale: Locale,
        rows: Vec<Vec<String>>,
    ) -> DataTable {
        DataTable {
            caption,
            columns: columns
                .iter()
                .map(|column| column.text(locale).to_owned())
                .collect(),
            rows,
        }
    }
}

/// A chart's data as JSON, from its CSV (raw numbers, not display text): the title, the
/// columns, one object per row (numbers as numbers, empty cells as null) and the ids, outlets
/// and addresses of its sources — the figures with their provenance, for reuse.
pub fn data_json(title: &str, csv: &str, sources: &[crate::data::Source]) -> String {
    let mut reader = csv::Reader::from_reader(csv.as_bytes());
    let columns: Vec<String> = reader
        .headers()
        .map(|h| h.iter().map(str::to_owned).collect())
        .unwrap_or_default();
    let rows: Vec<serde_json::Value> = reader
        .records()
        .filter_map(Result::ok)
        .map(|record| {
            let cells = columns.iter().zip(record.iter()).map(|(column, cell)| {
                let value = match cell.parse::<f64>() {
                    _ if cell.is_empty() => serde_json::Value::Null,
                    Ok(number) if number.is_finite() => serde_json::json!(number),
                    _ => serde_json::json!(cell),
                };
                (column.clone(), value)
            });
            serde_json::Value::Object(cells.collect())
        })
        .collect();
    let sources: Vec<serde_json::Value> = sources
        .iter()
        .map(
            |s| serde_json::json!({ "id": s.id, "outlet": s.outlet, "url": s.url, "date": s.date }),
        )
        .collect();
    serde_json::json!({ "title": title, "columns": columns, "rows": rows, "sources": sources })
        .to_string()
}

/// A figure's text for a table cell, marked when computed from other figures.
fn marked(locale: Locale, figure: &Figure, text: String) -> String {
    match figure {
        Figure::Derived(_) => format!("{text} ({})", Msg::DerivedMark.text(locale)),
        _ => text,
    }
}

/// A destination breakdown for 2024: national total MAD 1,000 million; US 44 % and France 14 %
/// printed; Spain MAD 60 million printed (so 6 %, computed); Europe 30 %, a region.
#[cfg(test)]
fn test_destinations() -> (crate::data::Dataset, crate::stats::Breakdown) {
    use crate::data::{CodedDimension, test_dataset};
    use crate::stats::{BreakdownIndex, Levels, Period};
    let loaded = test_dataset(
        "F1,exports_value,total,all,2024-01-01,2024-12-31,1000,MAD_million,,,https://a.ma/1,,\n\
         F2,exports_share,destination,US,2024-01-01,2024-12-31,44,percent,,,https://a.ma/1,,\n\
         F3,exports_share,destination,FR,2024-01-01,2024-12-31,14,percent,,,https://a.ma/1,,\n\
         F4,exports_value,destination,ES,2024-01-01,2024-12-31,60,MAD_million,,,https://b.ma/2,,\n\
         F5,exports_share,destination,region:europe,2024-01-01,2024-12-31,30,percent,,,https://a.ma/1,,\n",
    );
    let breakdown = Period::year(2024).and_then(|year| {
        BreakdownIndex::new(&Levels::new(&loaded.dataset), CodedDimension::Destination)
            .breakdown(year)
    });
    (
        loaded.dataset,
        breakdown.unwrap_or_else(|| unreachable!("the sample has 2024 shares")),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chart_data_downloads_as_json_with_numbers_and_sources() {
        let source = crate::data::Source {
            id: "S001".to_owned(),
            outlet: "a.ma".to_owned(),
            url: Some("https://a.ma/1".to_owned()),
            date: None,
        };
        let csv = "year,value_mad_million,note\n2024,1100,\n2025,,not published\n";
        let json: serde_json::Value =
            serde_json::from_str(&data_json("Exports", csv, &[source])).expect("JSON");
        assert_eq!(
            json["columns"],
            serde_json::json!(["year", "value_mad_million", "note"])
        );
        assert_eq!(json["rows"][0]["value_mad_million"], 1100.0);
        assert_eq!(json["rows"][0]["note"], serde_json::Value::Null);
        assert_eq!(json["rows"][1]["note"], "not published");
        assert_eq!(json["sources"][0]["id"], "S001");
    }
}
