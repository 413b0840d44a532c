//! The only code that talks to Apache ECharts: loading the library on first use, one instance
//! per DOM element, option updates, resize, click events back into Rust and dispose on cleanup.
//! Every JS call is caught and returned as [`EchartsError`]; nothing panics.
//!
//! charming builds the options (see `crate::charts`); its own `WasmRenderer` is not used because
//! it looks elements up by id, re-creates charts on every render and unwraps.

mod bridge;
mod canvas;
mod loader;

pub use bridge::{ChartClick, EChart, EchartsError, chart_png, chart_svg, option_json};
pub use canvas::ChartCanvas;
pub use loader::{load_echarts, prefetch_echarts};
