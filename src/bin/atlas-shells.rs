//! Writes the page shells into a build (a Trunk `post_build` hook, see Trunk.toml): for every
//! page of `prerender::SHELL_PAGES` and every language, `<page>.<lang>.html` next to the built
//! `index.html`, from which it is made. Run after `external_boot_script.mjs` (which gives
//! `index.html` its final form) and before `post_build.mjs` (service worker, compression).
//!
//! `atlas-shells [<build folder>]`; the folder defaults to `$TRUNK_STAGING_DIR`.

use artisanat_atlas::i18n::Locale;
use artisanat_atlas::prerender::{SHELL_PAGES, page_shell, shell_file_name};
use std::path::PathBuf;
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
    let index = folder.join("index.html");
    let template =
        std::fs::read_to_string(&index).map_err(|error| format!("{}: {error}", index.display()))?;
    let mut count = 0;
    for page in &SHELL_PAGES {
        for locale in Locale::ALL {
            let shell = page_shell(&template, page, locale).map_err(|error| error.to_string())?;
            let path = folder.join(shell_file_name(page, locale));
            let written = path
                .parent()
                .map_or(Ok(()), std::fs::create_dir_all)
                .and_then(|()| std::fs::write(&path, shell));
            written.map_err(|error| format!("{}: {error}", path.display()))?;
            count += 1;
        }
    }
    Ok(count)
}
