//! Browser entry point of a family's page and brief and a market's page (`craft/…`,
//! `market/…`), a small bundle the boot script loads for them (see
//! `src/build_steps/external_boot_script.mjs`).

fn main() {
    artisanat_atlas::ui::app::start(artisanat_atlas::ui::app::ProfileApp);
}
