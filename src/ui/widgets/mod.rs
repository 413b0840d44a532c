//! Building blocks shared by pages.

mod exports_chart;
mod states;

pub use exports_chart::{ExportsChart, SourceLink};
pub use states::{DatasetView, LoadErrorPanel, LoadingState};
