//! Browser entry point of the whole application (every page and embed).

fn main() {
    artisanat_atlas::ui::app::start(artisanat_atlas::ui::app::App);
}
