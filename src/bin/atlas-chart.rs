//! Browser entry point of the charts' embeds (`embed/chart/…`), a small bundle the boot script
//! loads for them (see `src/build_steps/external_boot_script.mjs`).

fn main() {
    artisanat_atlas::ui::app::start(artisanat_atlas::ui::app::ChartEmbedApp);
}
