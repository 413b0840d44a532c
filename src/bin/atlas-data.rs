//! Keeps the bundled dataset in step with the sourced facts.
//!
//! `atlas-data build` reads `public/data/facts.csv`, `codes.csv` and `seeds.csv`, checks every
//! record and writes `public/data/atlas.json`; it then checks the hand-written crafts catalogue
//! (`catalogue.source.json`) against them and writes `catalogue.json`. `atlas-data check`
//! prints every problem found and fails when either JSON is out of date.

use artisanat_atlas::data::{
    Catalogue, Dataset, Severity, codes_from_csv, from_facts_csv, seed_outlets, write_dataset,
};
use std::process::ExitCode;

const FACTS_CSV: &str = "public/data/facts.csv";
const CODES_CSV: &str = "public/data/codes.csv";
const SEEDS_CSV: &str = "public/data/seeds.csv";
const DATASET_JSON: &str = "public/data/atlas.json";
const CATALOGUE_SOURCE: &str = "public/data/catalogue.source.json";
const CATALOGUE_JSON: &str = "public/data/catalogue.json";

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

/// The two JSON files the sources produce, each with its path, after printing every problem
/// found in the facts; a problem in the catalogue fails.
fn generate() -> Result<[(&'static str, String); 2], String> {
    let codes = codes_from_csv(&read(CODES_CSV)?)?;
    let seeds = read(SEEDS_CSV)?;
    let loaded = from_facts_csv(&read(FACTS_CSV)?, codes, &seeds);
    for issue in &loaded.issues {
        let verdict = match issue.severity() {
            Severity::Error => "skipped",
            Severity::Warning => "warning",
        };
        eprintln!("{FACTS_CSV}: {verdict}: {issue}");
    }
    let dataset = write_dataset(&loaded.dataset).map_err(|e| format!("cannot write JSON: {e}"))?;
    let catalogue = catalogue(&loaded.dataset, &seeds)?;
    Ok([(DATASET_JSON, dataset), (CATALOGUE_JSON, catalogue)])
}

fn catalogue(dataset: &Dataset, seeds: &str) -> Result<String, String> {
    let catalogue = Catalogue::build(&read(CATALOGUE_SOURCE)?, dataset, &seed_outlets(seeds))
        .map_err(|problems| format!("{CATALOGUE_SOURCE}:\n  {}", problems.join("\n  ")))?;
    catalogue
        .to_json()
        .map_err(|e| format!("cannot write JSON: {e}"))
}

fn build() -> Result<String, String> {
    let mut written = Vec::new();
    for (path, json) in generate()? {
        std::fs::write(path, &json).map_err(|e| format!("cannot write {path}: {e}"))?;
        written.push(format!("wrote {path} ({} bytes)", json.len()));
    }
    Ok(written.join("\n"))
}

fn check() -> Result<String, String> {
    for (path, expected) in generate()? {
        if read(path)? != expected {
            return Err(format!(
                "{path} is out of date: run `cargo run --no-default-features --bin atlas-data -- build`"
            ));
        }
    }
    Ok(format!(
        "{DATASET_JSON} and {CATALOGUE_JSON} are up to date with {FACTS_CSV}, {CODES_CSV} and {CATALOGUE_SOURCE}"
    ))
}
