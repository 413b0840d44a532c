//! Export map (the world choropleth comes with the map issue).

use crate::i18n::Msg;
use crate::ui::widgets::PageIntro;
use leptos::prelude::*;

#[component]
pub fn MapPage() -> impl IntoView {
    view! { <PageIntro title=Msg::MapTitle lead=Msg::MapComing /> }
}
