//! Browser entry point of the pages that draw no chart (`crafts`, `sources`,
//! `embed/family/…`), a small bundle the boot script loads for them (see
//! `src/build_steps/external_boot_script.mjs`).

fn main() {
    artisanat_atlas::ui::app::start(artisanat_atlas::ui::app::PagesApp);
}
