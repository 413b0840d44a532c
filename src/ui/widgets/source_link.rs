//! A source's outlet name, linked to the page it was read in; the sources of a catalogue entry.

use crate::data::{Catalogue, CatalogueSource, Source, is_web_address};
use crate::i18n::{Msg, outlet_label};
use crate::ui::context::use_locale;
use leptos::prelude::*;
use std::sync::Arc;

/// An outlet name, linked to the page when the source is online (a web address only: never a
/// `javascript:` or `data:` one, whatever the file says). Isolated from the surrounding
/// direction, so that a Latin domain name stays whole inside Arabic text.
/// A document that names no outlet reads "outlet not named" in the page's language.
#[component]
pub fn SourceLink(outlet: String, url: Option<String>) -> impl IntoView {
    let locale = use_locale();
    let label = move || outlet_label(locale.get(), &outlet);
    let name = match url.filter(|url| is_web_address(url)) {
        Some(url) => {
            view! { <a href=url rel="noopener noreferrer external" target="_blank">{label}</a> }
                .into_any()
        }
        None => view! { <span>{label}</span> }.into_any(),
    };
    view! { <bdi>{name}</bdi> }
}

/// Several sources, linked, separated by middle dots.
pub fn source_links(sources: Vec<Source>) -> impl IntoView {
    sources
        .into_iter()
        .enumerate()
        .map(|(position, source)| {
            view! {
                {(position > 0).then_some(" · ")}
                <SourceLink outlet=source.outlet url=source.url />
            }
        })
        .collect_view()
}

/// Catalogue sources as links, each marked when of low reliability.
pub fn catalogue_sources(catalogue: &Catalogue, ids: &[String]) -> impl IntoView + use<> {
    let locale = use_locale();
    let sources: Vec<CatalogueSource> = ids
        .iter()
        .filter_map(|id| catalogue.source(id).cloned())
        .collect();
    sources
        .into_iter()
        .enumerate()
        .map(|(position, source)| {
            let low = source.low_reliability;
            view! {
                {(position > 0).then_some(" · ")}
                <SourceLink outlet=source.outlet url=source.url />
                {low.then(|| view! { " " <span class="badge-warning">{move || Msg::LowReliabilityMark.text(locale.get())}</span> })}
            }
        })
        .collect_view()
}

/// "Sources: …" under a catalogue entry.
#[component]
pub fn CatalogueSourceLine(catalogue: Arc<Catalogue>, ids: Vec<String>) -> impl IntoView {
    let locale = use_locale();
    view! {
        <p class="kpi-sources">
            <span>{move || Msg::SourcesLabel.text(locale.get())}</span> " " {catalogue_sources(&catalogue, &ids)}
        </p>
    }
}
