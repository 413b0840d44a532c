//! Browser entry point: report panics to the console and mount the app.

use artisanat_atlas::ui::app::App;

fn main() {
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(App);
}
