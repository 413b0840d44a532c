//! `<CatalogueView>`: the dataset and the crafts catalogue together, for the showcase pages,
//! with a loading state and a translated error with retry for either.

use crate::data::{Catalogue, Loaded, Motif};
use crate::showcase::motif_paths;
use crate::ui::context::{load_catalogue, use_base};
use crate::ui::widgets::{DatasetView, LoadErrorPanel, LoadingState};
use leptos::prelude::*;
use std::sync::Arc;

/// Renders `children` once the dataset and the catalogue are both in.
#[component]
pub fn CatalogueView<V: IntoView + 'static>(
    children: impl Fn(Arc<Loaded>, Arc<Catalogue>) -> V + Send + Sync + 'static,
) -> impl IntoView {
    let catalogue = {
        let base = use_base();
        LocalResource::new(move || load_catalogue(base.clone()))
    };
    let children = Arc::new(children);
    view! {
        <DatasetView children=move |loaded| {
            let children = Arc::clone(&children);
            view! {
                <Suspense fallback=LoadingState>
                    {move || {
                        let (loaded, children) = (Arc::clone(&loaded), Arc::clone(&children));
                        Suspend::new(async move {
                            match catalogue.await {
                                Ok(catalogue) => children(loaded, catalogue).into_any(),
                                Err(error) => view! {
                                    <LoadErrorPanel error on_retry=move || catalogue.refetch() />
                                }.into_any(),
                            }
                        })
                    }}
                </Suspense>
            }
        } />
    }
}

/// A family's motif as inline SVG, coloured by the stylesheet; decorative.
#[component]
pub fn FamilyMotif(motif: Motif) -> impl IntoView {
    let paths = motif_paths(motif)
        .into_iter()
        .map(|path| view! { <path class=path.layer.class() d=path.d /> })
        .collect_view();
    view! {
        <svg class="motif" viewBox="0 0 120 60" preserveAspectRatio="xMidYMid slice"
            aria-hidden="true" focusable="false">
            {paths}
        </svg>
    }
}
