//! Home: what the atlas is, and a way into each section.

use crate::i18n::Msg;
use crate::ui::context::{use_base, use_locale};
use leptos::prelude::*;

/// The sections presented on the home page: (path, title, blurb).
const ENTRIES: [(&str, Msg, Msg); 4] = [
    ("/indicators", Msg::NavIndicators, Msg::HomeIndicatorsBlurb),
    ("/map", Msg::NavMap, Msg::HomeMapBlurb),
    ("/crafts", Msg::NavCrafts, Msg::HomeCraftsBlurb),
    ("/sources", Msg::NavSources, Msg::HomeSourcesBlurb),
];

/// `/`: what the atlas offers, and the way in.
#[component]
pub fn HomePage() -> impl IntoView {
    let locale = use_locale();
    let base = use_base();
    let cards = ENTRIES.map(|(path, title, blurb)| {
        let base = base.clone();
        view! {
            <li class="entry-card">
                <a href=move || base.page(path, locale.get())>
                    <h2>{move || title.text(locale.get())}</h2>
                    <p>{move || blurb.text(locale.get())}</p>
                </a>
            </li>
        }
    });
    view! {
        <section class="hero">
            <h1>{move || Msg::HomeTitle.text(locale.get())}</h1>
            <p class="lead">{move || Msg::HomeIntro.text(locale.get())}</p>
        </section>
        <ul class="entry-grid">{cards}</ul>
    }
}
