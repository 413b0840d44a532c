//! Figures computed from the dataset at run time. Every figure carries the facts it came from
//! and how it was obtained (printed, or derived with a formula and inputs); what cannot be
//! computed is a typed [`Missing`] reason, never NaN or a silent zero.

mod breakdown;
mod consistency;
mod dashboard;
mod figure;
mod headline;
mod kpi;
mod levels;
mod period;
mod profile;
mod sector;
mod series;

pub use breakdown::{Breakdown, BreakdownIndex, BreakdownRow, SHARE_METRIC};
pub use consistency::{Check, consistency_checks};
pub use dashboard::{BASE_YEAR, Composition, Dashboard, dashboard};
pub use figure::{
    Derived, Figure, Formula, Missing, Point, ReportedGroup, cagr, disagreement, growth,
    level_before_growth,
};
pub use headline::{headline_facts, headline_source_count};
pub use kpi::{Kpi, KpiKind, KpiUnit, kpis, leader_of_latest_picture};
pub use levels::{LEVEL_METRIC, Levels, SERIES_UNIT, Subject};
pub use period::{Period, PeriodKind, latest_picture};
pub use profile::{
    AnnualChange, Profile, ProfileDetail, ProfilePeriod, Profiles, TradeFramework, TradeTerm,
    markets, printed_growth_for, printed_rate, profile,
};
pub use sector::{
    DatedPoint, SectorPanel, SectorSelection, SectorTopic, sector_panels, sector_series,
};
pub use series::{
    Series, SeriesPoint, annual_exports, latest_year_to_date, printed_national_growth,
    year_to_date_exports,
};
