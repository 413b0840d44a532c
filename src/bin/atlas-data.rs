//! Keeps the bundled dataset in step with the sourced facts.
//!
//! `atlas-data build` reads `public/data/facts.csv`, `codes.csv` and `seeds.csv`, checks every
//! record and writes `public/data/atlas.json`; `atlas-data check` prints every problem found
//! and fails when the JSON is out of date.

use artisanat_atlas::data::{Severity, codes_from_csv, from_facts_csv, write_dataset};
use std::process::ExitCode;

const FACTS_CSV: &str = "public/data/facts.csv";
const CODES_CSV: &str = "public/data/codes.csv";
const SEEDS_CSV: &str = "public/data/seeds.csv";
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

fn read(path: &str) -> Result<String, String> {
    std::fs::read_to_string(path).map_err(|e| format!("cannot read {path}: {e}"))
}

/// The JSON the facts produce, after printing every problem found.
fn generate() -> Result<String, String> {
    let codes = codes_from_csv(&read(CODES_CSV)?)?;
    let loaded = from_facts_csv(&read(FACTS_CSV)?, codes, &read(SEEDS_CSV)?);
    for issue in &loaded.issues {
        let verdict = match issue.severity() {
            Severity::Error => "skipped",
            Severity::Warning => "warning",
        };
        eprintln!("{FACTS_CSV}: {verdict}: {issue}");
    }
    write_dataset(&loaded.dataset).map_err(|e| format!("cannot write JSON: {e}"))
}

fn build() -> Result<String, String> {
    let json = generate()?;
    std::fs::write(DATASET_JSON, &json).map_err(|e| format!("cannot write {DATASET_JSON}: {e}"))?;
    Ok(format!("wrote {DATASET_JSON} ({} bytes)", json.len()))
}

fn check() -> Result<String, String> {
    let expected = generate()?;
    if read(DATASET_JSON)? == expected {
        Ok(format!(
            "{DATASET_JSON} is up to date with {FACTS_CSV} and {CODES_CSV}"
        ))
    } else {
        Err(format!(
            "{DATASET_JSON} is out of date: run `cargo run --no-default-features --bin atlas-data -- build`"
        ))
    }
}
