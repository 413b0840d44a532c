//! Figures computed from the dataset at run time. Every figure carries the facts and sources it
//! came from; what cannot be computed is `None` or a typed reason, never NaN or a silent zero.

mod annual;

pub use annual::{AnnualExports, ReportedValue, YearExports, annual_exports};
