//! The heading and lead paragraph every page opens with.

use crate::i18n::{Msg, page_title};
use crate::ui::context::use_locale;
use leptos::prelude::*;
use leptos_meta::Title;

/// `<h1>` title and a lead paragraph, in the current language; the title also names the
/// document, as the page's shell written at build time does (`prerender`).
#[component]
pub fn PageIntro(title: Msg, lead: Msg) -> impl IntoView {
    let locale = use_locale();
    view! {
        <Title text=move || page_title(locale.get(), title.text(locale.get())) />
        <h1>{move || title.text(locale.get())}</h1>
        <p class="lead">{move || lead.text(locale.get())}</p>
    }
}
