//! The translated page for addresses that match no route.

use crate::i18n::{Msg, page_title};
use crate::ui::context::{use_base, use_locale};
use leptos::prelude::*;
use leptos_meta::Title;

/// Any address the app does not know.
#[component]
pub fn NotFoundPage() -> impl IntoView {
    let locale = use_locale();
    let base = use_base();
    view! {
        <Title text=move || page_title(locale.get(), Msg::NotFoundTitle.text(locale.get())) />
        <section class="not-found" data-testid="not-found">
            <h1>{move || Msg::NotFoundTitle.text(locale.get())}</h1>
            <p>{move || Msg::NotFoundText.text(locale.get())}</p>
            <p><a href=move || base.page("/", locale.get())>{move || Msg::BackHome.text(locale.get())}</a></p>
        </section>
    }
}
