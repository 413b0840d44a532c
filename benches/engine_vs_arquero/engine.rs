//! The statistics engine as the app ships it (same crate, same release profile), compiled to
//! WebAssembly for the comparison with arquero run by `npm run bench:arquero`: it reads the
//! bundled JSON from bytes, computes every indicator of the dashboard, and summarises the
//! figures that the arquero version must find too.

use artisanat_atlas::data::{DataVersion, Loaded, parse_dataset};
use artisanat_atlas::stats::{Breakdown, Composition, Dashboard, Series, dashboard};
use serde_json::{Value, json};
use wasm_bindgen::prelude::*;

/// A dataset read into the engine's memory, waiting for its indicators.
#[wasm_bindgen]
pub struct Engine(Loaded);

#[wasm_bindgen]
impl Engine {
    /// Parses and validates the bundled JSON; a refusal is returned as its message.
    pub fn parse(bytes: &[u8]) -> Result<Engine, String> {
        let text = std::str::from_utf8(bytes).map_err(|error| error.to_string())?;
        parse_dataset(text)
            .map(Engine)
            .map_err(|error| error.to_string())
    }

    /// The file's version as the app names it (FNV-1a of every byte), which links pin: work
    /// the app does beside the reading and arquero's side has no counterpart for, so it is
    /// timed on its own.
    pub fn version(bytes: &[u8]) -> String {
        DataVersion::of(bytes).to_string()
    }

    /// Computes every indicator; returns the summary both implementations are compared on.
    pub fn compute(&self) -> String {
        summary(&dashboard(&self.0.dataset)).to_string()
    }
}

fn summary(board: &Dashboard) -> Value {
    json!({
        "annual": series_values(&board.annual),
        "year_to_date": board.year_to_date.iter().map(|series| json!({
            "through_month": series.through_month,
            "values": series_values(series),
        })).collect::<Vec<_>>(),
        "cagr_since_base": board.cagr_since_base.value(),
        "families": latest_ranking(&board.families),
        "destinations": latest_ranking(&board.destinations),
        "exit_points": latest_ranking(&board.exit_points),
    })
}

/// `[year, headline value]` for every year with a figure.
fn series_values(series: &Series) -> Vec<(i32, f64)> {
    series
        .points
        .iter()
        .filter_map(|point| Some((point.year, point.point.figure.value()?)))
        .collect()
}

/// The latest period's ranked keys with their shares.
fn latest_ranking(composition: &Composition) -> Value {
    let Some(Breakdown { period, rows, .. }) = &composition.latest else {
        return Value::Null;
    };
    let ranked: Vec<(&str, Option<f64>)> = rows
        .iter()
        .filter(|row| row.rank.is_some())
        .map(|row| (row.key.as_str(), row.share.figure.value()))
        .collect();
    json!({ "period": period.to_string(), "ranked": ranked })
}
