//! Export map (the world choropleth comes with the map issue).

use crate::i18n::Msg;
use crate::ui::context::use_locale;
use leptos::prelude::*;

#[component]
pub fn MapPage() -> impl IntoView {
    let locale = use_locale();
    view! {
        <h1>{move || Msg::MapTitle.text(locale.get())}</h1>
        <p class="lead">{move || Msg::MapComing.text(locale.get())}</p>
    }
}
