//! `<PlacesMap>`: a family's towns on the small map of Morocco ([`PlacesSpec`]), drawn as SVG
//! in the shared chart frame; without the towns' positions or the map, the table of towns
//! stands alone.

use crate::charts::{
    ChartSpec, LABEL_SIZE, MOROCCO, Palette, PlacedTown, PlacesChoice, PlacesSpec,
};
use crate::data::{Catalogue, Craft, Loaded, MoroccoGeometry};
use crate::ui::loaders::{use_morocco_geometry, use_place_points};
use crate::ui::widgets::{ChartPanel, LoadingState, Picture, chart_figures, follow};
use leptos::prelude::*;
use std::sync::Arc;

/// The map once the towns' positions and the map are in (a family with no place shows none).
#[component]
pub fn PlacesMap(
    crafts: Vec<Craft>,
    catalogue: Arc<Catalogue>,
    loaded: Arc<Loaded>,
) -> impl IntoView {
    let (geometry, towns) = (use_morocco_geometry(), use_place_points());
    let has_places = crafts.iter().any(|craft| !craft.places.is_empty());
    has_places.then(move || {
        view! {
            <Suspense fallback=LoadingState>
                {move || {
                    let (crafts, catalogue, loaded) =
                        (crafts.clone(), Arc::clone(&catalogue), Arc::clone(&loaded));
                    Suspend::new(async move {
                        let (geometry, points) = (geometry.await.ok(), towns.await.ok());
                        let choice = PlacesChoice { crafts, catalogue, points, geometry };
                        view! { <PlacesPanel loaded choice /> }
                    })
                }}
            </Suspense>
        }
    })
}

/// The frame around the map.
#[component]
fn PlacesPanel(loaded: Arc<Loaded>, choice: PlacesChoice) -> impl IntoView {
    let figures = chart_figures::<PlacesSpec>(&loaded, Signal::stored(choice));
    type Spec = PlacesSpec;
    let title = follow::<Spec, _>(&loaded, figures, |f, _, locale| Spec::title(f, locale));
    let subtitle = follow::<Spec, _>(&loaded, figures, |f, _, locale| Spec::subtitle(f, locale));
    let summary = follow::<Spec, _>(&loaded, figures, Spec::summary);
    let towns = follow::<Spec, _>(&loaded, figures, Spec::drawing);
    let table = follow::<Spec, _>(&loaded, figures, Spec::table);
    let csv = follow::<Spec, _>(&loaded, figures, Spec::csv);
    let sources = follow::<Spec, _>(&loaded, figures, |f, dataset, _| Spec::sources(f, dataset));
    // The map, when nothing it needs is missing.
    let drawable = figures.with_untracked(|f| match Spec::missing_input(f) {
        None => f.inputs.geometry.clone(),
        Some(_) => None,
    });
    let picture = match drawable {
        Some(geometry) => Picture::Svg(ViewFn::from(move || {
            view! { <MoroccoMap geometry=Arc::clone(&geometry) towns label=title /> }
        })),
        None => Picture::Unavailable,
    };
    view! { <ChartPanel name=Spec::ID title subtitle summary picture table csv sources /> }
}

/// Morocco shaded among its neighbours, one labelled dot per town.
#[component]
fn MoroccoMap(
    geometry: Arc<MoroccoGeometry>,
    towns: Signal<Vec<PlacedTown>>,
    label: Signal<String>,
) -> impl IntoView {
    let shapes = geometry
        .countries
        .iter()
        .map(|(code, path)| {
            let fill = if code == MOROCCO {
                Palette::DERIVED
            } else {
                "#eeeeee"
            };
            view! { <path d=path.clone() fill=fill /> }
        })
        .collect_view();
    view! {
        <svg class="morocco-map" xmlns="http://www.w3.org/2000/svg" role="img" aria-label=label
            viewBox=format!("0 0 {} {}", geometry.width, geometry.height) data-testid="morocco-map">
            <g stroke="#ffffff" stroke-width="2" stroke-linejoin="round">{shapes}</g>
            <g font-size=LABEL_SIZE fill=Palette::INK font-family="system-ui, sans-serif">
                {move || towns.get().into_iter().map(|town| {
                    let [x, y] = town.at;
                    view! {
                        <circle cx=x cy=y r="9" fill=Palette::OTHER stroke="#ffffff" stroke-width="2.5">
                            <title>{town.name.clone()}</title>
                        </circle>
                        {town.labelled.then(|| view! {
                            <text x=x + 14.0 y=y dominant-baseline="middle" paint-order="stroke"
                                stroke="#ffffff" stroke-width="5" stroke-linejoin="round">{town.name}</text>
                        })}
                    }
                }).collect_view()}
            </g>
        </svg>
    }
}
