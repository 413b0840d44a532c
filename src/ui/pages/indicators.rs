//! Indicators: the export barometer, computed from the bundled facts.

use crate::i18n::Msg;
use crate::ui::context::use_locale;
use crate::ui::widgets::{DatasetView, ExportsChart};
use leptos::prelude::*;
use std::sync::Arc;

#[component]
pub fn IndicatorsPage() -> impl IntoView {
    let locale = use_locale();
    view! {
        <h1>{move || Msg::IndicatorsTitle.text(locale.get())}</h1>
        <p class="lead">{move || Msg::IndicatorsIntro.text(locale.get())}</p>
        <DatasetView children=|loaded| view! { <ExportsChart dataset=Arc::new(loaded.dataset.clone()) /> } />
    }
}
