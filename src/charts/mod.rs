//! ECharts option builders: one pure function per chart, from computed figures and translated
//! labels to a `charming::Chart`, tested natively on its JSON. No browser code here; the
//! `echarts` module renders what these build.

mod composition;
mod exit_points;
mod exports_over_time;
mod parts;
mod responsive;
mod sector;
mod theme;

pub use composition::{composition_chart, composition_csv, composition_table};
pub use exit_points::{exit_points_csv, exit_points_over_time, exit_points_table};
pub use exports_over_time::{exports_over_time, exports_over_time_csv, exports_over_time_table};
pub use responsive::Responsive;
pub use sector::{sector_csv, sector_small_multiples, sector_table};
pub use theme::Palette;

use crate::i18n::{Locale, Msg};
use crate::stats::Figure;

/// A chart's numbers as display text, the accessible alternative to its picture: the unit,
/// column headers, and rows whose first cell names the row.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct DataTable {
    /// What the numbers are counted in.
    pub caption: String,
    pub columns: Vec<String>,
    pub rows: Vec<Vec<String>>,
}

impl DataTable {
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

/// A figure's text for a table cell, marked when computed from other figures.
fn marked(locale: Locale, figure: &Figure, text: String) -> String {
    match figure {
        Figure::Derived(_) => format!("{text} ({})", Msg::DerivedMark.text(locale)),
        _ => text,
    }
}
