//! Measures one run at a given size in its own process, so that peak memory can be read:
//! `scale write 1000000 target/synthetic-1m.json`, then
//! `/usr/bin/time -v target/release/examples/scale run target/synthetic-1m.json`.

#[path = "../benches/synthetic.rs"]
mod synthetic;

use artisanat_atlas::data::parse_dataset;
use artisanat_atlas::stats::dashboard;
use std::time::Instant;

fn main() -> Result<(), String> {
    let args: Vec<String> = std::env::args().collect();
    match args.get(1..) {
        Some([command, size, path]) if command == "write" => {
            let size: usize = size.parse().map_err(|e| format!("size: {e}"))?;
            std::fs::write(path, synthetic::synthetic_json(size)).map_err(|e| e.to_string())
        }
        Some([command, path]) if command == "run" => run(path),
        _ => Err("usage: scale write <observations> <path> | scale run <path>".into()),
    }
}

fn run(path: &str) -> Result<(), String> {
    let text = std::fs::read_to_string(path).map_err(|e| e.to_string())?;
    let started = Instant::now();
    let loaded = parse_dataset(&text).map_err(|e| e.to_string())?;
    let parsed = started.elapsed();
    let board = dashboard(&loaded.dataset);
    let total = started.elapsed();
    println!(
        "{} bytes, {} observations, {} issues: parse+validate {:?}, indicators {:?}, total {:?} ({} annual points, {} family breakdowns, {} checks)",
        text.len(),
        loaded.dataset.observations().len(),
        loaded.issues.len(),
        parsed,
        total - parsed,
        total,
        board.annual.points.len(),
        board.families.periods.len(),
        board.checks.len()
    );
    Ok(())
}
