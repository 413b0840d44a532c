//! "Where Moroccan crafts sell": the world choropleth of destinations for a period chosen among
//! those with data, by share or by value, drawn by the app as SVG ([`WorldMapView`]) in the
//! shared chart frame, phone first: the map straight under its title, then its menus, legend
//! and one tools menu. Its table lists every market, world regions included, as the accessible
//! alternative to the map. The period and the measure live in the link; without a period, the
//! map opens on the latest one that gives a picture ([`first_view_period`]).

use crate::charts::{
    ChartId, ChartSpec, CompositionFigures, CompositionSpec, FULL_PICTURE, MapMeasure, MapScale,
    NO_FIGURE_PATTERN, country_tooltip, first_view_period, flows, paint_map,
};
use crate::data::{CodedDimension, CountryNames, Loaded, WorldGeometry};
use crate::i18n::{Msg, map_hint_text, period_label};
use crate::stats::{Breakdown, BreakdownIndex, Levels, Period, markets};
use crate::ui::context::{use_base, use_locale};
use crate::ui::loaders::{LoadError, use_country_names, use_world_geometry};
use crate::ui::query::{IgnoredSetting, use_query_setting};
use crate::ui::widgets::{
    ChartPanel, Later, LoadingState, MarketList, PeriodPlayer, Picture, WorldMapView, follow,
};
use crate::url_state::{
    FLOWS_PARAM, FlowsChoice, MEASURE_PARAM, MeasureChoice, PERIOD_PARAM, PeriodParam, market_path,
};
use leptos::prelude::*;
use leptos_router::NavigateOptions;
use leptos_router::hooks::use_navigate;
use std::sync::Arc;

/// What the map needs besides the data: the shapes and the country names.
#[derive(Clone)]
struct World {
    geometry: Arc<WorldGeometry>,
    names: Arc<CountryNames>,
}

/// The map once its shapes and names are in; when they cannot be loaded, the table of markets
/// stands in for the map.
#[component]
pub fn ExportMap(loaded: Arc<Loaded>) -> impl IntoView {
    let locale = use_locale();
    let (geometry, names) = (use_world_geometry(), use_country_names());
    let history: Arc<Vec<Breakdown>> = Arc::new(
        BreakdownIndex::new(&Levels::new(&loaded.dataset), CodedDimension::Destination).history(),
    );
    let Some(first_view) = first_view_period(&loaded.dataset, &history) else {
        return view! { <p class="notice">{move || Msg::MapNoFigures.text(locale.get())}</p> }
            .into_any();
    };
    view! {
        <Suspense fallback=LoadingState>
            {move || {
                let (loaded, history) = (Arc::clone(&loaded), Arc::clone(&history));
                Suspend::new(async move {
                    let world = match (geometry.await, names.await) {
                        (Ok(geometry), Ok(names)) => Ok(World { geometry, names }),
                        (Err(error), _) | (_, Err(error)) => Err(error),
                    };
                    view! { <MapPanel loaded history first_view world /> }
                })
            }}
        </Suspense>
    }
    .into_any()
}

/// The map, its menus, legend, table and downloads.
#[component]
fn MapPanel(
    loaded: Arc<Loaded>,
    history: Arc<Vec<Breakdown>>,
    first_view: Period,
    world: Result<World, LoadError>,
) -> impl IntoView {
    let locale = use_locale();
    let map_names = world.as_ref().ok().map(|world| Arc::clone(&world.names));
    let periods: Vec<Period> = history.iter().rev().map(|b| b.period).collect();
    let latest = periods.first().copied().unwrap_or(first_view);
    let default_period = PeriodParam(first_view);
    let period_setting = use_query_setting::<PeriodParam>(PERIOD_PARAM);
    let (period, ignored_period) = {
        let periods = periods.clone();
        period_setting.resolve(move |chosen| periods.contains(&chosen.0), default_period)
    };
    let measure_setting = use_query_setting::<MeasureChoice>(MEASURE_PARAM);
    let default_measure = MeasureChoice(MapMeasure::Share);
    let (measure, ignored_measure) = measure_setting.resolve(|_| true, default_measure);
    let flows_setting = use_query_setting::<FlowsChoice>(FLOWS_PARAM);
    let default_flows = FlowsChoice(false);
    let (show_flows, ignored_flows) = flows_setting.resolve(|_| true, default_flows);
    let breakdown = {
        let history = Arc::clone(&history);
        Memo::new(move |_| history.iter().find(|b| b.period == period.get().0).cloned())
    };
    let scale = {
        let history = Arc::clone(&history);
        Memo::new(move |_| MapScale::new(measure.get().0, &history))
    };
    let market_codes = markets(&loaded.dataset);
    // Around the map, the composition chart's summary, table, CSV and sources of the same
    // destinations, every row included (world regions too).
    let shown = Memo::new(move |_| {
        Arc::new(CompositionFigures {
            periods: Vec::new(),
            breakdown: breakdown.get(),
        })
    });
    type Spec = CompositionSpec;
    let summary = follow::<Spec, _>(&loaded, shown, Spec::summary);
    let table = follow::<Spec, _>(&loaded, shown, Spec::table);
    let csv = follow::<Spec, _>(&loaded, shown, Spec::csv);
    let sources = follow::<Spec, _>(&loaded, shown, |f, dataset, _| Spec::sources(f, dataset));
    let period_text = move || {
        breakdown.with(|b| {
            b.as_ref()
                .map(|b| period_label(locale.get(), b.period))
                .unwrap_or_default()
        })
    };
    let subtitle = Signal::derive(move || {
        let unit = match measure.get().0 {
            MapMeasure::Share => Msg::ShareOfExportsUnit,
            MapMeasure::Value => Msg::UnitMadMillion,
        };
        format!("{} · {}", period_text(), unit.text(locale.get()))
    });
    let title = Signal::derive(move || Msg::MapChartTitle.text(locale.get()).to_owned());
    let choose_period = Callback::new(move |chosen: Period| {
        period_setting.store(PeriodParam(chosen), &default_period);
    });
    let oldest_first: Vec<Period> = history.iter().map(|b| b.period).collect();
    let current_period = Signal::derive(move || period.get().0);
    let controls = move || {
        let periods = periods.clone();
        let oldest_first = oldest_first.clone();
        view! {
            <label>
                {move || Msg::PeriodLabel.text(locale.get())} " "
                <select data-testid="map-period" on:change=move |ev| {
                    if let Ok(chosen) = event_target_value(&ev).parse::<PeriodParam>() {
                        period_setting.store(chosen, &default_period);
                    }
                }>
                    {periods.into_iter().map(|p| view! {
                        <option value=p.to_string() selected=move || period.get().0 == p>{move || period_label(locale.get(), p)}</option>
                    }).collect_view()}
                </select>
            </label>
            <label>
                {move || Msg::MapMeasureLabel.text(locale.get())} " "
                <select data-testid="map-measure" on:change=move |ev| {
                    if let Ok(chosen) = event_target_value(&ev).parse::<MeasureChoice>() {
                        measure_setting.store(chosen, &default_measure);
                    }
                }>
                    <option value="share" selected=move || measure.get().0 == MapMeasure::Share>{move || Msg::MapByShare.text(locale.get())}</option>
                    <option value="value" selected=move || measure.get().0 == MapMeasure::Value>{move || Msg::MapByValue.text(locale.get())}</option>
                </select>
            </label>
            <label class="flows-toggle">
                <input type="checkbox" data-testid="map-flows" prop:checked=move || show_flows.get().0
                    on:change=move |ev| flows_setting.store(FlowsChoice(event_target_checked(&ev)), &default_flows) />
                " " {move || Msg::MapFlows.text(locale.get())}
            </label>
            <PeriodPlayer periods=oldest_first current=current_period on_choose=choose_period />
            <FirstViewNote first_view latest current=current_period on_choose=choose_period />
            <IgnoredSetting key=FLOWS_PARAM ignored=ignored_flows />
            <IgnoredSetting key=PERIOD_PARAM ignored=ignored_period />
            <IgnoredSetting key=MEASURE_PARAM ignored=ignored_measure />
        }
    };
    let on_open = {
        let base = use_base();
        let navigate = use_navigate();
        Callback::new(move |code: String| {
            let path = base.page(&market_path(&code), locale.get_untracked());
            navigate(
                &path,
                NavigateOptions {
                    resolve: false,
                    ..NavigateOptions::default()
                },
            );
        })
    };
    let picture = match world {
        Ok(World { geometry, names }) => {
            let paint = {
                let (loaded, names) = (Arc::clone(&loaded), Arc::clone(&names));
                Memo::new(move |_| {
                    let painted = breakdown.with(|b| {
                        let b = b.as_ref()?;
                        Some(paint_map(
                            b,
                            &scale.get(),
                            &loaded.dataset,
                            &names,
                            locale.get(),
                        ))
                    });
                    Arc::new(painted.unwrap_or_default())
                })
            };
            // Written when shown, for one country at a time.
            let tooltip = {
                let loaded = Arc::clone(&loaded);
                Callback::new(move |code: String| {
                    breakdown.with(|b| {
                        b.as_ref().map_or_else(Vec::new, |b| {
                            let dataset = &loaded.dataset;
                            country_tooltip(
                                b,
                                measure.get().0,
                                dataset,
                                &names,
                                &code,
                                locale.get(),
                            )
                        })
                    })
                })
            };
            let flow_lines = {
                let (loaded, geometry) = (Arc::clone(&loaded), Arc::clone(&geometry));
                Signal::derive(move || {
                    if !show_flows.get().0 {
                        return Vec::new();
                    }
                    breakdown.with(|b| {
                        b.as_ref()
                            .map(|b| flows(b, measure.get().0, &loaded.dataset, &geometry))
                            .unwrap_or_default()
                    })
                })
            };
            let label = Signal::derive(move || format!("{} — {}", title.get(), subtitle.get()));
            Picture::Svg(ViewFn::from(move || {
                let geometry = Arc::clone(&geometry);
                view! {
                    <WorldMapView geometry paint=Signal::from(paint) tooltip flows=flow_lines label on_open />
                    <MapLegend scale />
                }
            }))
        }
        Err(error) => {
            leptos::logging::warn!("export map: {error}");
            Picture::Unavailable
        }
    };
    view! {
        <div class="map-layout">
        <ChartPanel
            name=ChartId::ExportMap
            title subtitle summary picture table csv sources
            controls=ChildrenFn::to_children(controls)
            hint=Signal::derive(move || map_hint_text(locale.get()))
            compact=true
        />
        // The list of markets is a task of its own after the map panel (a side column on a
        // wide screen, below the map on a phone: it moves nothing when it appears).
        <Later>
            <MarketList codes=market_codes.clone() loaded=Arc::clone(&loaded) names=map_names.clone() breakdown />
        </Later>
        </div>
    }
}

/// The colour classes with their bounds, then "no figure published" in its hatching and
/// Morocco as the origin.
#[component]
fn MapLegend(scale: Memo<MapScale>) -> impl IntoView {
    let locale = use_locale();
    // Drawn as SVG: the strict Content-Security-Policy refuses style attributes.
    let swatch = |fill: String| {
        view! {
            <svg class="swatch" viewBox="0 0 10 10" aria-hidden="true"><rect width="10" height="10" fill=fill /></svg>
        }
    };
    view! {
        <ul class="map-legend" aria-label=move || Msg::MapLegendLabel.text(locale.get()) data-testid="map-legend">
            {move || scale.get().legend(locale.get()).into_iter().map(|(colour, label)| view! {
                <li>{swatch(colour.to_owned())}<span>{label}</span></li>
            }).collect_view()}
            <li>{swatch(format!("url(#{NO_FIGURE_PATTERN})"))}<span>{move || Msg::MapNoDataKey.text(locale.get())}</span></li>
            <li>{swatch(crate::charts::Palette::OTHER.to_owned())}<span>{move || Msg::MapLegendOrigin.text(locale.get())}</span></li>
        </ul>
    }
}

/// The rule of the first view, and the newer period it skipped, when it did, one click away.
#[component]
fn FirstViewNote(
    first_view: Period,
    latest: Period,
    current: Signal<Period>,
    on_choose: Callback<Period>,
) -> impl IntoView {
    let locale = use_locale();
    let count = FULL_PICTURE.to_string();
    view! {
        <p class="map-first-view" data-testid="map-first-view">
            {move || Msg::MapFirstViewRule.fill(locale.get(), &[("count", &count)])} " "
            <Show when=move || first_view != latest && current.get() != latest>
                    <button type="button" class="link-button" data-testid="map-newer-period" on:click=move |_| on_choose.run(latest)>
                        {move || Msg::MapNewerPeriod.fill(locale.get(), &[("period", &period_label(locale.get(), latest))])}
                </button>
            </Show>
        </p>
    }
}
