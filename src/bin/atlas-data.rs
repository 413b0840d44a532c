//! Keeps the bundled dataset in step with the sourced facts.
//!
//! `atlas-data build` reads `public/data/facts.csv` and writes `public/data/atlas.json`;
//! `atlas-data check` reports every skipped row and fails when the JSON is out of date.

use artisanat_atlas::data::{from_facts_csv, write_dataset};
use std::process::ExitCode;

const FACTS_CSV: &str = "public/data/facts.csv";
const DATASET_JSON: &str = "public/data/atlas.json";

fn main() -> ExitCode {
    let command = std::env::args().nth(1).unwrap_or_default();
    let result = match command.as_str() {
        "build" => build(),
        "check" => check(),
        _ => Err("usage: atlas-data build|check".to_owned()),
    };
    match result {
        Ok(message) => {
            println!("{message}");
            ExitCode::SUCCESS
        }
        Err(message) => {
            eprintln!("atlas-data: {message}");
            ExitCode::FAILURE
        }
    }
}

/// The JSON the facts produce, after printing every skipped row.
fn generate() -> Result<String, String> {
    let csv =
        std::fs::read_to_string(FACTS_CSV).map_err(|e| format!("cannot read {FACTS_CSV}: {e}"))?;
    let (dataset, issues) = from_facts_csv(&csv);
    for issue in &issues {
        eprintln!("{FACTS_CSV}: skipped {issue}");
    }
    let json = write_dataset(&dataset).map_err(|e| format!("cannot write JSON: {e}"))?;
    Ok(json)
}

fn build() -> Result<String, String> {
    let json = generate()?;
    std::fs::write(DATASET_JSON, &json).map_err(|e| format!("cannot write {DATASET_JSON}: {e}"))?;
    Ok(format!("wrote {DATASET_JSON} ({} bytes)", json.len()))
}

fn check() -> Result<String, String> {
    let expected = generate()?;
    let committed = std::fs::read_to_string(DATASET_JSON)
        .map_err(|e| format!("cannot read {DATASET_JSON}: {e}"))?;
    if committed == expected {
        Ok(format!("{DATASET_JSON} is up to date with {FACTS_CSV}"))
    } else {
        Err(format!(
            "{DATASET_JSON} is out of date: run `cargo run --bin atlas-data -- build`"
        ))
    }
}
