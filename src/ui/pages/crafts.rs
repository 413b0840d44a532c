//! Crafts showcase (the families, places and labels come with the showcase issue).

use crate::i18n::Msg;
use crate::ui::widgets::PageIntro;
use leptos::prelude::*;

#[component]
pub fn CraftsPage() -> impl IntoView {
    view! { <PageIntro title=Msg::CraftsTitle lead=Msg::CraftsComing /> }
}
