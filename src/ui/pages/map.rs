//! Export map: where Moroccan crafts sell, country by country, from the bundled facts.

use crate::i18n::Msg;
use crate::ui::widgets::{DatasetView, ExportMap, PageIntro};
use leptos::prelude::*;

/// `/map`: the export map and its markets.
#[component]
pub fn MapPage() -> impl IntoView {
    view! {
        <PageIntro title=Msg::MapTitle lead=Msg::MapIntro />
        <DatasetView children=|loaded| view! { <ExportMap loaded /> } />
    }
}
