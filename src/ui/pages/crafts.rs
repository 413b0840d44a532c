//! Crafts showcase (the families, places and labels come with the showcase issue).

use crate::i18n::Msg;
use crate::ui::context::use_locale;
use leptos::prelude::*;

#[component]
pub fn CraftsPage() -> impl IntoView {
    let locale = use_locale();
    view! {
        <h1>{move || Msg::CraftsTitle.text(locale.get())}</h1>
        <p class="lead">{move || Msg::CraftsComing.text(locale.get())}</p>
    }
}
