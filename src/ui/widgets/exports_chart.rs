//! "Craft exports by year" with its data table, sources and the published values of a
//! clicked year.

use crate::charts::{
    EXPORTS_TABLE_COLUMNS, exports_over_time, exports_over_time_csv, exports_over_time_rows,
};
use crate::data::Loaded;
use crate::echarts::{ChartCanvas, ChartClick, chart_png, option_json};
use crate::i18n::{Msg, exports_summary, format_mad_million};
use crate::stats::{Levels, Series, SeriesPoint, annual_exports};
use crate::ui::context::{use_base, use_locale};
use crate::ui::download::{save_text, save_url};
use crate::ui::widgets::SourceLink;
use leptos::prelude::*;
use std::sync::Arc;
use wasm_bindgen::JsCast;

/// The chart (or its table), the sources it uses, and details of the selected year.
#[component]
pub fn ExportsChart(loaded: Arc<Loaded>) -> impl IntoView {
    let locale = use_locale();
    let series = Arc::new(annual_exports(&Levels::new(&loaded.dataset)));
    let (show_table, set_show_table) = signal(false);
    let (chart_failed, set_chart_failed) = signal(false);
    let (selected, set_selected) = signal(None::<i32>);
    let option = {
        let series = Arc::clone(&series);
        Signal::derive(move || option_json(&exports_over_time(&series, locale.get())))
    };
    let on_click =
        Callback::new(move |click: ChartClick| set_selected.set(click.name.parse().ok()));
    let table_visible = move || show_table.get() || chart_failed.get();
    let (download_failed, set_download_failed) = signal(false);
    let figure_ref = NodeRef::<leptos::html::Figure>::new();
    let csv = exports_over_time_csv(&series, &loaded.dataset);
    let save_csv = move |_| {
        let saved = save_text("craft-exports-by-year.csv", "text/csv;charset=utf-8", &csv);
        set_download_failed.set(saved.is_err());
    };
    let save_png = move |_| {
        let canvas = figure_ref
            .get()
            .and_then(|figure| figure.query_selector(".chart-canvas").ok().flatten())
            .and_then(|element| element.dyn_into::<web_sys::HtmlElement>().ok());
        let saved = canvas
            .ok_or(())
            .and_then(|element| chart_png(&element).map_err(|_| ()))
            .and_then(|url| save_url("craft-exports-by-year.png", &url).map_err(|_| ()));
        set_download_failed.set(saved.is_err());
    };
    let summary_series = Arc::clone(&series);
    let summary = move || exports_summary(locale.get(), &summary_series);
    let table_series = Arc::clone(&series);
    let detail_series = Arc::clone(&series);
    let detail_loaded = Arc::clone(&loaded);
    let table_loaded = Arc::clone(&loaded);
    view! {
        <figure class="chart-frame" data-testid="exports-chart" node_ref=figure_ref>
            <figcaption>
                <h2>{move || Msg::ChartExportsTitle.text(locale.get())}</h2>
                <p class="chart-subtitle">{move || Msg::ChartExportsSubtitle.text(locale.get())}</p>
                <p class="chart-summary" data-testid="exports-summary">{summary}</p>
            </figcaption>
            <div class="chart-tools">
                <button type="button" aria-pressed=move || show_table.get().to_string() on:click=move |_| set_show_table.update(|t| *t = !*t)>
                    {move || if show_table.get() { Msg::ShowChart.text(locale.get()) } else { Msg::ShowTable.text(locale.get()) }}
                </button>
                <button type="button" on:click=save_csv>{move || Msg::DownloadCsv.text(locale.get())}</button>
                <button type="button" on:click=save_png disabled=table_visible>{move || Msg::DownloadPng.text(locale.get())}</button>
            </div>
            <Show when=move || download_failed.get()>
                <p class="notice" role="status">{move || Msg::DownloadFailed.text(locale.get())}</p>
            </Show>
            <Show when=move || chart_failed.get()>
                <p class="notice" role="status">{move || Msg::ChartUnavailable.text(locale.get())}</p>
            </Show>
            <div class="chart-area" class:hidden=table_visible>
                <ChartCanvas
                    option
                    script_url=use_base().file("echarts.min.js")
                    label=Signal::derive(move || Msg::ChartExportsTitle.text(locale.get()).to_owned())
                    on_click
                    on_failure=move || set_chart_failed.set(true)
                />
                <p class="chart-hint">{move || Msg::ChartClickHint.text(locale.get())}</p>
            </div>
            <Show when=table_visible>
                <ExportsTable series=Arc::clone(&table_series) loaded=Arc::clone(&table_loaded) />
            </Show>
            {move || selected.get().and_then(|year| detail_series.year(year).cloned()).map(|year| {
                view! { <YearDetail year loaded=Arc::clone(&detail_loaded) /> }
            })}
            <SourceLine loaded series />
        </figure>
    }
}

/// The accessible alternative: the chart's numbers as a table.
#[component]
fn ExportsTable(series: Arc<Series>, loaded: Arc<Loaded>) -> impl IntoView {
    let locale = use_locale();
    move || {
        let rows = exports_over_time_rows(&series, &loaded.dataset, locale.get());
        view! {
            <div class="table-scroll">
                <table class="data-table">
                    <caption>{Msg::ChartExportsTitle.text(locale.get())} " (" {Msg::UnitMadMillion.text(locale.get())} ")"</caption>
                    <thead><tr>{EXPORTS_TABLE_COLUMNS.map(|c| view! { <th scope="col">{c.text(locale.get())}</th> })}</tr></thead>
                    <tbody>
                        {rows.into_iter().map(|[year, headline, others, sources]| view! {
                            <tr><th scope="row">{year}</th><td>{headline}</td><td>{others}</td><td>{sources}</td></tr>
                        }).collect_view()}
                    </tbody>
                </table>
            </div>
        }
    }
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

/// "Sources: …" under the chart, each linking to the page it was read in.
#[component]
fn SourceLine(loaded: Arc<Loaded>, series: Arc<Series>) -> impl IntoView {
    let locale = use_locale();
    let dataset = &loaded.dataset;
    let mut sources: Vec<_> = series
        .points
        .iter()
        .flat_map(|point| &point.point.reported)
        .flat_map(|group| &group.observations)
        .filter_map(|&index| dataset.observations().get(index))
        .map(|observation| observation.source)
        .collect();
    sources.sort_unstable();
    sources.dedup();
    let links = sources
        .into_iter()
        .filter_map(|index| dataset.sources.get(index.0 as usize).cloned())
        .map(|s| view! { <li><SourceLink outlet=s.outlet url=s.url /></li> })
        .collect_view();
    view! {
        <div class="source-line">
            <span>{move || Msg::SourcesLabel.text(locale.get())}</span>
            <ul>{links}</ul>
        </div>
    }
}
