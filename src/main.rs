//! Browser entry point: report panics to the console, replace the page's loading shell with
//! the app.

use artisanat_atlas::ui::app::App;

fn main() {
    console_error_panic_hook::set_once();
    if let Some(shell) = leptos::prelude::document().get_element_by_id("boot-shell") {
        shell.remove();
    }
    leptos::mount::mount_to_body(App);
}
