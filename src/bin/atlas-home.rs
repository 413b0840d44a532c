//! Browser entry point of the home page's small bundle, which the boot script loads when the
//! address is the home page (see `src/build_steps/external_boot_script.mjs`).

fn main() {
    artisanat_atlas::ui::app::start(artisanat_atlas::ui::app::HomeApp);
}
