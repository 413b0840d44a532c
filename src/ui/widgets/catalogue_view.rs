//! `<CatalogueView>`: the dataset and the crafts catalogue together, for the showcase pages,
//! with a loading state and a translated error with retry for either.

use crate::data::{Catalogue, Loaded, Motif};
use crate::showcase::motif::{HEIGHT, WIDTH};
use crate::showcase::motif_paths;
use crate::ui::loaders::use_catalogue;
use crate::ui::widgets::{DatasetView, FileView};
use leptos::prelude::*;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

/// Renders `children` once the dataset and the catalogue are both in.
#[component]
pub fn CatalogueView<V: IntoView + 'static>(
    children: impl Fn(Arc<Loaded>, Arc<Catalogue>) -> V + Send + Sync + 'static,
) -> impl IntoView {
    let catalogue = use_catalogue();
    let children = Arc::new(children);
    view! {
        <DatasetView children=move |loaded| {
            let children = Arc::clone(&children);
            view! {
                <FileView loading=catalogue children=move |catalogue| children(Arc::clone(&loaded), catalogue) />
            }
        } />
    }
}

/// Motifs drawn so far, to give each pattern its own id.
static MOTIFS_DRAWN: AtomicUsize = AtomicUsize::new(0);

/// A family's motif as inline SVG: its tile repeated as a pattern over a banner of any size,
/// coloured by the stylesheet; decorative.
#[component]
pub fn FamilyMotif(motif: Motif) -> impl IntoView {
    let id = format!("motif-{}", MOTIFS_DRAWN.fetch_add(1, Ordering::Relaxed));
    let fill = format!("url(#{id})");
    let paths = motif_paths(motif)
        .into_iter()
        .map(|path| view! { <path class=path.layer.class() d=path.d /> })
        .collect_view();
    view! {
        <svg class="motif" aria-hidden="true" focusable="false">
            <defs>
                <pattern id=id patternUnits="userSpaceOnUse" width=WIDTH height=HEIGHT
                    patternTransform="scale(1.5)">
                    {paths}
                </pattern>
            </defs>
            <rect width="100%" height="100%" fill=fill />
        </svg>
    }
}
