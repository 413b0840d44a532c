//! Home: what the atlas is, and a way into each section.

use crate::i18n::{Msg, page_title};
use crate::ui::context::{use_base, use_locale};
use crate::url_state::HOME_ENTRIES;
use leptos::prelude::*;
use leptos_meta::Title;

/// `/`: what the atlas offers, and the way in.
#[component]
pub fn HomePage() -> impl IntoView {
    let locale = use_locale();
    let base = use_base();
    let cards = HOME_ENTRIES.map(|(path, title, blurb)| {
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
        <Title text=move || page_title(locale.get(), Msg::HomeTitle.text(locale.get())) />
        <section class="hero">
            <h1>{move || Msg::HomeTitle.text(locale.get())}</h1>
            <p class="lead">{move || Msg::HomeIntro.text(locale.get())}</p>
        </section>
        <ul class="entry-grid">{cards}</ul>
    }
}
