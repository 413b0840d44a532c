//! Writes the page shells into a build (a Trunk `post_build` hook, see Trunk.toml): for every
//! page of `prerender::all_shells` and every language, `<page>.<lang>.html` next to the built
//! `index.html`, from which it is made, and from the facts the build bundles beside it. Run
//! after `external_boot_script.mjs` (which gives `index.html` its final form) and before the
//! service worker and compression steps (see `src/build_steps/post_build.mjs`).
//!
//! `atlas-shells [<build folder>]`; the folder defaults to `$TRUNK_STAGING_DIR`.

use artisanat_atlas::data::{Catalogue, CountryNames, parse_dataset};
use artisanat_atlas::prerender::{ShellFacts, all_shells};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

fn main() -> ExitCode {
    match write_shells() {
        Ok(count) => {
            println!("atlas-shells: {count} page shells written");
            ExitCode::SUCCESS
        }
        Err(message) => {
            eprintln!("atlas-shells: {message}");
            ExitCode::FAILURE
        }
    }
}

/// Writes every shell; returns how many.
fn write_shells() -> Result<usize, String> {
    let folder = std::env::args()
        .nth(1)
        .or_else(|| std::env::var("TRUNK_STAGING_DIR").ok())
        .map(PathBuf::from)
        .ok_or("usage: atlas-shells <build folder> (or run as a Trunk hook)")?;
    let read = |name: &str| read_text(&folder.join(name));
    let template = read("index.html")?;
    let loaded = parse_dataset(&read("data/atlas.json")?)
        .map_err(|error| format!("data/atlas.json: {error}"))?;
    let catalogue = Catalogue::parse(&read("data/catalogue.json")?)
        .map_err(|error| format!("data/catalogue.json: {error:?}"))?;
    let names = CountryNames::from_json(&read("country-names.json")?)
        .map_err(|error| format!("country-names.json: {error}"))?;
    let shells = all_shells(ShellFacts {
        dataset: &loaded.dataset,
        catalogue: &catalogue,
        names: &names,
    });
    for shell in &shells {
        let document = shell
            .document(&template)
            .map_err(|error| error.to_string())?;
        let path = folder.join(shell.file_name());
        let written = path
            .parent()
            .map_or(Ok(()), std::fs::create_dir_all)
            .and_then(|()| std::fs::write(&path, document));
        written.map_err(|error| format!("{}: {error}", path.display()))?;
    }
    Ok(shells.len())
}

/// The text of `path`, or a message naming it.
fn read_text(path: &Path) -> Result<String, String> {
    std::fs::read_to_string(path).map_err(|error| format!("{}: {error}", path.display()))
}
