//! "Craft exports by year": the annual series in the shared chart frame, with the published
//! values of a clicked year.

use crate::charts::ChartId;
use crate::charts::{exports_over_time, exports_over_time_csv, exports_over_time_table};
use crate::data::{Dataset, Loaded, Source};
use crate::echarts::{ChartClick, option_json};
use crate::i18n::{Msg, exports_summary, format_mad_million};
use crate::stats::{Levels, Series, SeriesPoint, annual_exports};
use crate::ui::context::{per_locale, use_locale};
use crate::ui::widgets::{ChartPanel, SourceLink};
use leptos::prelude::*;
use std::sync::Arc;

/// The chart (or its table), the sources it uses, and details of the selected year.
#[component]
pub fn ExportsChart(loaded: Arc<Loaded>) -> impl IntoView {
    let locale = use_locale();
    let series = Arc::new(annual_exports(&Levels::new(&loaded.dataset)));
    let (selected, set_selected) = signal(None::<i32>);
    let text = |msg: Msg| Signal::derive(move || msg.text(locale.get()).to_owned());
    let option = per_locale(&series, |series, locale| {
        option_json(&exports_over_time(series, locale))
    });
    let summary = per_locale(&series, |series, locale| exports_summary(locale, series));
    let table = {
        let loaded = Arc::clone(&loaded);
        per_locale(&series, move |series, locale| {
            exports_over_time_table(series, &loaded.dataset, locale)
        })
    };
    let csv = exports_over_time_csv(&series, &loaded.dataset);
    let sources = series_sources(&loaded.dataset, &series);
    let on_click =
        Callback::new(move |click: ChartClick| set_selected.set(click.name.parse().ok()));
    let detail = move || {
        selected
            .get()
            .and_then(|year| series.year(year).cloned())
            .map(|year| view! { <YearDetail year loaded=Arc::clone(&loaded) /> })
    };
    view! {
        <ChartPanel
            name=ChartId::ExportsByYear
            title=text(Msg::ChartExportsTitle)
            subtitle=text(Msg::ChartExportsSubtitle)
            summary
            option
            table
            csv=Signal::stored(csv)
            sources=Signal::stored(sources)
            on_click
            hint=text(Msg::ChartClickHint)
        >
            {detail.clone()}
        </ChartPanel>
    }
}

/// Every source printing a value of the series, in table order.
pub(super) fn series_sources(dataset: &Dataset, series: &Series) -> Vec<Source> {
    dataset.sources_printing(series.points.iter().flat_map(|point| point.point.printed()))
}

/// Every value published for the clicked year, each with its source.
#[component]
fn YearDetail(year: SeriesPoint, loaded: Arc<Loaded>) -> impl IntoView {
    let locale = use_locale();
    let conflict = year.point.has_conflict();
    let dataset = &loaded.dataset;
    view! {
        <section class="year-detail" data-testid="year-detail" aria-live="polite">
            <h3>{move || Msg::SelectedYear.text(locale.get())} " : " {year.year}</h3>
            <Show when=move || conflict><p class="notice">{move || Msg::ConflictNote.text(locale.get())}</p></Show>
            <ul>
                {year.point.reported.iter().flat_map(|group| group.observations.iter().map(move |&index| (group, index))).map(|(group, index)| {
                    let value = group.value;
                    let low = dataset.observations().get(index).is_some_and(|o| o.is_low_reliability());
                    let source = dataset.observations().get(index).and_then(|o| dataset.source_of(o)).cloned();
                    view! {
                        <li>
                            <strong>{move || format_mad_million(locale.get(), value)}</strong>
                            " — "
                            {source.map(|s| view! { <SourceLink outlet=s.outlet url=s.url /> })}
                            <Show when=move || low><span class="badge-warning">{move || Msg::LowReliabilityMark.text(locale.get())}</span></Show>
                        </li>
                    }
                }).collect_view()}
            </ul>
        </section>
    }
}
