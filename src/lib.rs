#![cfg_attr(test, allow(clippy::unwrap_used, clippy::expect_used, clippy::panic))]
#![warn(missing_docs)]

//! Artisanat Atlas: Moroccan crafts and their exports, computed in the browser from sourced facts.
//!
//! Start at [`data::Dataset`] (the bundled facts and their sources) and, for the web app,
//! at `ui::app::App`. The pure core — [`data`], [`stats`], [`i18n`], [`url_state`], [`order`] and
//! [`charts`] — has no web dependency and is tested natively with
//! `cargo test --no-default-features`; the `web` feature adds the Leptos UI on top, the single
//! ECharts bridge ([`echarts`]) and the single network module ([`net`]).

pub mod charts;
pub mod data;
pub mod desk;
pub mod embed;
pub mod i18n;
pub mod order;
pub mod prerender;
pub mod previews;
pub mod showcase;
pub mod stats;
pub mod url_state;

#[cfg(feature = "web")]
pub mod echarts;
#[cfg(feature = "web")]
pub mod net;
#[cfg(feature = "web")]
pub mod tasks;
#[cfg(feature = "web")]
pub mod ui;
#[cfg(feature = "web")]
pub mod worker;
