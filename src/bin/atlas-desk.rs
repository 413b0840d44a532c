//! Browser entry point of the data desk (`desk`), a bundle of its own that no other page loads
//! (see `src/build_steps/external_boot_script.mjs`); its work runs in `atlas-desk-worker`.

fn main() {
    artisanat_atlas::ui::app::start(artisanat_atlas::ui::app::DeskApp);
}
