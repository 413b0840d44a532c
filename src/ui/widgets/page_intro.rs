//! The heading and lead paragraph every page opens with.

use crate::i18n::Msg;
use crate::ui::context::use_locale;
use leptos::prelude::*;

/// `<h1>` title and a lead paragraph, in the current language.
#[component]
pub fn PageIntro(title: Msg, lead: Msg) -> impl IntoView {
    let locale = use_locale();
    view! {
        <h1>{move || title.text(locale.get())}</h1>
        <p class="lead">{move || lead.text(locale.get())}</p>
    }
}
