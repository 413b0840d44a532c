//! "Where Moroccan crafts sell": the world choropleth of destinations for a period chosen among
//! those with data, by share or by value, in the shared chart frame. Its table lists every
//! market, world regions included, as the accessible alternative to the map. The period and
//! the measure live in the link.

use crate::charts::ChartId;
use crate::charts::{ChartSpec, CompositionFigures, CompositionSpec, MapMeasure, export_map};
use crate::data::{CodedDimension, CountryNames, CountryPoints, Loaded};
use crate::echarts::{ChartClick, EchartsError, option_json};
use crate::i18n::{Msg, period_label};
use crate::stats::{Breakdown, BreakdownIndex, Levels, Period, markets};
use crate::ui::context::{use_base, use_locale};
use crate::ui::loaders::{
    LoadError, Loading, use_country_names, use_country_points, use_world_map,
};
use crate::ui::query::{IgnoredSetting, use_query_setting};
use crate::ui::widgets::{ChartPanel, LoadingState, MarketList, PeriodPlayer, follow};
use crate::url_state::{
    FLOWS_PARAM, FlowsChoice, MEASURE_PARAM, MeasureChoice, PERIOD_PARAM, PeriodParam, market_path,
};
use leptos::prelude::*;
use leptos_router::NavigateOptions;
use leptos_router::hooks::use_navigate;
use std::sync::Arc;

/// What the map needs besides the data: country names, and mainland centres for flow lines.
#[derive(Clone)]
struct World {
    names: Arc<CountryNames>,
    /// `None` when the file could not be read: the map is then drawn without flows.
    points: Option<Arc<CountryPoints>>,
}

/// Waits for the world map, the country names and the mainland centres, which load at once.
async fn world(
    map: Loading<()>,
    names: Loading<CountryNames>,
    points: Loading<CountryPoints>,
) -> Result<World, LoadError> {
    map.await?;
    Ok(World {
        names: names.await?,
        points: points.await.ok(),
    })
}

/// The map once ECharts and the geometry are in; when they cannot be loaded, the table of
/// markets stands in for the map.
#[component]
pub fn ExportMap(loaded: Arc<Loaded>) -> impl IntoView {
    let locale = use_locale();
    let loading = (use_world_map(), use_country_names(), use_country_points());
    let breakdowns: Arc<Vec<Breakdown>> = Arc::new(
        BreakdownIndex::new(&Levels::new(&loaded.dataset), CodedDimension::Destination).history(),
    );
    let Some(latest) = breakdowns.last().map(|b| b.period) else {
        return view! { <p class="notice">{move || Msg::MapNoFigures.text(locale.get())}</p> }
            .into_any();
    };
    view! {
        <Suspense fallback=LoadingState>
            {move || {
                let (loaded, breakdowns) = (Arc::clone(&loaded), Arc::clone(&breakdowns));
                Suspend::new(async move {
                    let (map, names, points) = loading;
                    let world = world(map, names, points).await;
                    view! { <MapPanel loaded breakdowns latest world /> }
                })
            }}
        </Suspense>
    }
    .into_any()
}

/// The map, its two menus, table and downloads.
#[component]
fn MapPanel(
    loaded: Arc<Loaded>,
    breakdowns: Arc<Vec<Breakdown>>,
    latest: Period,
    world: Result<World, LoadError>,
) -> impl IntoView {
    let locale = use_locale();
    let map_names = world.as_ref().ok().map(|world| Arc::clone(&world.names));
    let points = world.as_ref().ok().and_then(|world| world.points.clone());
    let periods: Vec<Period> = breakdowns.iter().rev().map(|b| b.period).collect();
    let default_period = PeriodParam(latest);
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
    let (flows, ignored_flows) = flows_setting.resolve(|_| true, default_flows);
    let breakdown = {
        let breakdowns = Arc::clone(&breakdowns);
        Memo::new(move |_| {
            breakdowns
                .iter()
                .find(|b| b.period == period.get().0)
                .cloned()
        })
    };
    let with_breakdown = move |f: &dyn Fn(&Breakdown) -> String| {
        breakdown.with(|b| b.as_ref().map(f).unwrap_or_default())
    };
    let option = {
        let (loaded, points) = (Arc::clone(&loaded), points.clone());
        Signal::derive(move || {
            let names = world
                .clone()
                .map_err(|error| EchartsError::MissingInput(error.to_string()))?
                .names;
            let points = points.as_deref().filter(|_| flows.get().0);
            breakdown.with(|b| match b {
                Some(b) => option_json(&export_map(
                    b,
                    measure.get().0,
                    &loaded.dataset,
                    &names,
                    points,
                    locale.get(),
                )),
                None => option_json(&serde_json::json!({})),
            })
        })
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
    let subtitle = Signal::derive(move || {
        let unit = match measure.get().0 {
            MapMeasure::Share => Msg::ShareOfExportsUnit,
            MapMeasure::Value => Msg::UnitMadMillion,
        };
        format!(
            "{} · {} · {}",
            with_breakdown(&|b| period_label(locale.get(), b.period)),
            unit.text(locale.get()),
            Msg::MapNoDataKey.text(locale.get())
        )
    });
    let oldest_first: Vec<Period> = breakdowns.iter().map(|b| b.period).collect();
    let choose_period = Callback::new(move |chosen: Period| {
        period_setting.store(PeriodParam(chosen), &default_period);
    });
    let current_period = Signal::derive(move || period.get().0);
    let has_points = points.is_some();
    let controls = move || {
        let periods = periods.clone();
        let oldest_first = oldest_first.clone();
        view! {
            <label>
                {move || Msg::PeriodLabel.text(locale.get())} " "
                <select data-testid="map-period" on:change=move |ev| {
                    let value = event_target_value(&ev);
                    if let Ok(chosen) = value.parse::<PeriodParam>() {
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
            <Show when=move || has_points>
                <label class="flows-toggle">
                    <input type="checkbox" data-testid="map-flows" prop:checked=move || flows.get().0
                        on:change=move |ev| flows_setting.store(FlowsChoice(event_target_checked(&ev)), &default_flows) />
                    " " {move || Msg::MapFlows.text(locale.get())}
                </label>
            </Show>
            <PeriodPlayer periods=oldest_first current=current_period on_choose=choose_period />
            <IgnoredSetting key=FLOWS_PARAM ignored=ignored_flows />
            <IgnoredSetting key=PERIOD_PARAM ignored=ignored_period />
            <IgnoredSetting key=MEASURE_PARAM ignored=ignored_measure />
        }
    };
    // Every country of the map is a data item with its code.
    let on_click = {
        let base = use_base();
        let navigate = use_navigate();
        Callback::new(move |click: ChartClick| {
            if let Some(code) = click.code {
                let path = base.page(&market_path(&code), locale.get_untracked());
                navigate(
                    &path,
                    NavigateOptions {
                        resolve: false,
                        ..NavigateOptions::default()
                    },
                );
            }
        })
    };
    view! {
        <div class="map-layout">
        <ChartPanel
            name=ChartId::ExportMap
            title=Signal::derive(move || Msg::MapChartTitle.text(locale.get()).to_owned())
            subtitle
            summary
            option
            table
            csv
            sources
            controls=ChildrenFn::to_children(controls)
            on_click
            hint=Signal::derive(move || Msg::MapClickHint.text(locale.get()).to_owned())
        />
        <MarketList codes=market_codes loaded names=map_names breakdown />
        </div>
    }
}
