//! ECharts option builders: one pure function per chart, from computed figures and translated
//! labels to a `charming::Chart`, tested natively on its JSON. No browser code here; the
//! `echarts` module renders what these build.

mod exports_over_time;
mod theme;

pub use exports_over_time::{
    EXPORTS_TABLE_COLUMNS, exports_over_time, exports_over_time_csv, exports_over_time_rows,
};
pub use theme::Palette;
