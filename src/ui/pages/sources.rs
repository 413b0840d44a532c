//! Sources and method: every source the facts were read in, with how many facts each gives,
//! the sources of the crafts catalogue, and where the maps come from.

use crate::charts::FULL_PICTURE;
use crate::data::{Catalogue, Loaded, SourceIndex};
use crate::i18n::{METHOD_RULES, Msg, format_number};
use crate::ui::context::use_locale;
use crate::ui::loaders::use_dataset;
use crate::ui::widgets::{CatalogueView, DatasetView, PageIntro, SourceLink};
use leptos::prelude::*;
use std::collections::HashMap;
use std::sync::Arc;

/// `/sources`: every source, the method, and the data downloads.
#[component]
pub fn SourcesPage() -> impl IntoView {
    view! {
        <PageIntro title=Msg::SourcesTitle lead=Msg::SourcesIntro />
        <MethodSection />
        <DatasetView children=|loaded| view! { <SourcesTable loaded /> } />
        <CatalogueView children=|_, catalogue| view! { <CatalogueSources catalogue /> } />
        <MapSourceAfterData />
    }
}

/// How the engine chooses the figures it shows, one rule per line (`METHOD_RULES`).
#[component]
fn MethodSection() -> impl IntoView {
    let locale = use_locale();
    view! {
        <section class="method" aria-labelledby="method-title">
            <h2 id="method-title">{move || Msg::MethodTitle.text(locale.get())}</h2>
            <ul>
                {METHOD_RULES.into_iter().map(|rule| view! { <li>{move || rule.text(locale.get())}</li> }).collect_view()}
            </ul>
        </section>
    }
}

/// The map's origin, once the data has settled (loaded or not): shown at once, it stood alone
/// under the loading lines and was pushed down in view when the tables arrived.
#[component]
fn MapSourceAfterData() -> impl IntoView {
    let resource = use_dataset();
    view! {
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                if let Some(resource) = resource {
                    let _ = resource.await;
                }
                view! { <MapSource /> }
            })}
        </Suspense>
    }
}

/// The map's origin, and that it draws Morocco whole.
#[component]
fn MapSource() -> impl IntoView {
    let locale = use_locale();
    view! {
        <section class="map-source" data-testid="map-source" aria-labelledby="map-source-heading">
            <h2 id="map-source-heading">{move || Msg::MapSourceHeading.text(locale.get())}</h2>
            <p>{move || Msg::MapSourceText.fill(locale.get(), &[("count", &FULL_PICTURE.to_string())])}</p>
        </section>
    }
}

#[component]
fn SourcesTable(loaded: Arc<Loaded>) -> impl IntoView {
    let locale = use_locale();
    let dataset = &loaded.dataset;
    let mut facts: HashMap<SourceIndex, usize> = HashMap::new();
    for observation in dataset.observations() {
        *facts.entry(observation.source).or_default() += 1;
    }
    let rows = dataset
        .sources
        .iter()
        .enumerate()
        .map(|(index, source)| {
            let index = SourceIndex(u32::try_from(index).unwrap_or(u32::MAX));
            let count = facts.get(&index).copied().unwrap_or(0);
            let date = source.date.clone();
            let seed = source.url.is_none();
            view! {
                <tr>
                    <th scope="row">{source.id.clone()}</th>
                    <td>
                        <SourceLink outlet=source.outlet.clone() url=source.url.clone() />
                        <Show when=move || seed><span class="muted">" — " {move || Msg::SeedDocument.text(locale.get())}</span></Show>
                    </td>
                    <td>{move || date.clone().unwrap_or_else(|| Msg::DateUnknown.text(locale.get()).to_owned())}</td>
                    <td class="number">{move || format_number(locale.get(), count as f64, 0)}</td>
                </tr>
            }
        })
        .collect_view();
    let version = loaded.version.to_string();
    view! {
        <p data-testid="data-version">
            {move || Msg::DataVersionLine.text(locale.get())} " " <bdi><code>{version}</code></bdi>
        </p>
        <div class="table-scroll">
            <table class="data-table" data-testid="sources-table">
                <thead>
                    <tr>
                        <th scope="col">"#"</th>
                        <th scope="col">{move || Msg::ColumnOutlet.text(locale.get())}</th>
                        <th scope="col">{move || Msg::ColumnDate.text(locale.get())}</th>
                        <th scope="col">{move || Msg::ColumnFacts.text(locale.get())}</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
}

/// The sources of the crafts catalogue: the facts' own (same id) and the pages only the
/// catalogue cites, low-reliability ones marked.
#[component]
fn CatalogueSources(catalogue: Arc<Catalogue>) -> impl IntoView {
    let locale = use_locale();
    let rows = catalogue
        .sources
        .iter()
        .map(|source| {
            let low = source.low_reliability;
            view! {
                <tr>
                    <th scope="row">{source.id.clone()}</th>
                    <td>
                        <SourceLink outlet=source.outlet.clone() url=source.url.clone() />
                        {low.then(|| view! { " " <span class="badge-warning">{move || Msg::LowReliabilityMark.text(locale.get())}</span> })}
                    </td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <section aria-labelledby="catalogue-sources-heading">
            <h2 id="catalogue-sources-heading">{move || Msg::CatalogueSourcesHeading.text(locale.get())}</h2>
            <div class="table-scroll">
                <table class="data-table" data-testid="catalogue-sources-table">
                    <thead>
                        <tr>
                            <th scope="col">"#"</th>
                            <th scope="col">{move || Msg::ColumnOutlet.text(locale.get())}</th>
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
        </section>
    }
}
