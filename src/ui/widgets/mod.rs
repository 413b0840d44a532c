//! Building blocks shared by pages.

mod exports_chart;
mod page_intro;
mod states;

pub use exports_chart::{ExportsChart, SourceLink};
pub use page_intro::PageIntro;
pub use states::{DatasetView, LoadErrorPanel, LoadingState};
