//! The frame every chart of the app shares: title, period and unit, a summary written from the
//! figures, a toggle to the same numbers as a table, downloads of the data (CSV) and of the
//! picture (PNG), and the sources the chart rests on.

use crate::charts::ChartId;
use crate::charts::DataTable;
use crate::data::Source;
use crate::echarts::{ChartCanvas, ChartClick, EchartsError, chart_png, chart_svg, load_echarts};
use crate::i18n::Msg;
use crate::ui::context::{use_base, use_locale};
use crate::ui::download::{save_text, save_url};
use crate::ui::query::use_query_setting;
use crate::ui::widgets::SourceLink;
use crate::ui::widgets::{DataDownloads, DownloadFailedNotice, EmbedTools};
use crate::url_state::TABLE_PARAM;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Starts downloading ECharts as a page with charts opens, alongside its data rather than after
/// it: on a slow connection the charts appear one download earlier. A failure is left to the
/// charts, which report it when they load the same script.
pub fn load_charts_early() {
    let script = use_base().echarts_script();
    leptos::task::spawn_local(async move {
        let _ = load_echarts(&script).await;
    });
}

/// A chart with everything around it. `controls` go beside the buttons (e.g. a period
/// selector); `children` under the chart (e.g. details of a clicked bar).
#[component]
pub fn ChartPanel(
    /// The chart's registry entry: its `data-testid`, the stem of downloaded file names, the
    /// `?table=` value, and its embed code when it can be embedded.
    name: ChartId,
    #[prop(into)] title: Signal<String>,
    /// Period and unit.
    #[prop(into)]
    subtitle: Signal<String>,
    #[prop(into)] summary: Signal<String>,
    #[prop(into)] option: Signal<Result<String, EchartsError>>,
    #[prop(into)] table: Signal<DataTable>,
    /// The chart's data with raw numbers, for the CSV download.
    #[prop(into)]
    csv: Signal<String>,
    #[prop(into)] sources: Signal<Vec<Source>>,
    #[prop(optional_no_strip, into)] on_click: Option<Callback<ChartClick>>,
    /// Shown under the chart when clicking does something.
    #[prop(optional_no_strip, into)]
    hint: Option<Signal<String>>,
    #[prop(optional_no_strip, into)] controls: Option<ChildrenFn>,
    #[prop(optional)] children: Option<ChildrenFn>,
) -> impl IntoView {
    let locale = use_locale();
    // Which chart shows its table lives in the link, so a shared or embedded view keeps it.
    let table_setting = use_query_setting::<ChartId>(TABLE_PARAM);
    let show_table = Memo::new(move |_| table_setting.value.get() == Some(name));
    let toggle_table = move |_| {
        let shown = show_table.get_untracked();
        table_setting.set.set((!shown).then_some(name));
    };
    let (chart_failed, set_chart_failed) = signal(false);
    let (download_failed, set_download_failed) = signal(false);
    let table_visible = move || show_table.get() || chart_failed.get();
    let figure_ref = NodeRef::<leptos::html::Figure>::new();
    let chart_element = move || {
        figure_ref
            .get()
            .and_then(|figure| figure.query_selector(".chart-canvas").ok().flatten())
            .and_then(|element| element.dyn_into::<web_sys::HtmlElement>().ok())
            .ok_or(())
    };
    let save_png = move |_| {
        let saved = chart_element()
            .and_then(|element| chart_png(&element).map_err(|_| ()))
            .and_then(|url| save_url(&format!("{name}.png"), &url).map_err(|_| ()));
        set_download_failed.set(saved.is_err());
    };
    let save_svg = move |_| {
        let saved = chart_element()
            .and_then(|element| chart_svg(&element).map_err(|_| ()))
            .and_then(|svg| {
                save_text(&format!("{name}.svg"), "image/svg+xml;charset=utf-8", &svg)
                    .map_err(|_| ())
            });
        set_download_failed.set(saved.is_err());
    };
    let on_click = on_click.unwrap_or_else(|| Callback::new(|_| {}));
    view! {
        <figure class="chart-frame" data-testid=name.link_name() node_ref=figure_ref>
            <figcaption>
                <h2>{title}</h2>
                <p class="chart-subtitle">{subtitle}</p>
                <p class="chart-summary" id=format!("{name}-summary") data-testid=format!("{name}-summary")>{summary}</p>
            </figcaption>
            <div class="chart-tools">
                {controls.map(|controls| view! { <div class="chart-controls">{controls()}</div> })}
                <button type="button" aria-pressed=move || show_table.get().to_string() on:click=toggle_table>
                    {move || if show_table.get() { Msg::ShowChart.text(locale.get()) } else { Msg::ShowTable.text(locale.get()) }}
                </button>
                <DataDownloads name=name.to_string() title csv sources failed=set_download_failed />
                <button type="button" on:click=save_png disabled=table_visible>{move || Msg::DownloadPng.text(locale.get())}</button>
                <button type="button" on:click=save_svg disabled=table_visible>{move || Msg::DownloadSvg.text(locale.get())}</button>
            </div>
            <DownloadFailedNotice failed=download_failed />
            <Show when=move || chart_failed.get()>
                <p class="notice" role="status">{move || Msg::ChartUnavailable.text(locale.get())}</p>
            </Show>
            <div class="chart-area" class:hidden=table_visible>
                <ChartCanvas
                    option
                    script_url=use_base().echarts_script()
                    number_tag=Signal::derive(move || locale.get().number_tag())
                    label=title
                    described_by=format!("{name}-summary")
                    on_click
                    on_failure=move || set_chart_failed.set(true)
                />
                {hint.map(|hint| view! { <p class="chart-hint">{hint}</p> })}
            </div>
            <Show when=table_visible>
                <TableView table title />
            </Show>
            {children.map(|children| children())}
            <SourceLine sources />
            {name.embed_path().map(|widget| view! { <EmbedTools widget=widget.to_owned() title /> })}
        </figure>
    }
}

/// The accessible alternative: the chart's numbers as a table, the first column as row
/// headers.
#[component]
fn TableView(table: Signal<DataTable>, title: Signal<String>) -> impl IntoView {
    move || {
        let DataTable {
            caption,
            columns,
            rows,
        } = table.get();
        view! {
            <div class="table-scroll">
                <table class="data-table">
                    <caption>{title.get()} " (" {caption} ")"</caption>
                    <thead><tr>{columns.into_iter().map(|c| view! { <th scope="col">{c}</th> }).collect_view()}</tr></thead>
                    <tbody>
                        {rows.into_iter().map(|row| {
                            let mut cells = row.into_iter();
                            let head = cells.next().unwrap_or_default();
                            view! {
                                <tr>
                                    <th scope="row">{head}</th>
                                    {cells.map(|cell| view! { <td>{cell}</td> }).collect_view()}
                                </tr>
                            }
                        }).collect_view()}
                    </tbody>
                </table>
            </div>
        }
    }
}

/// "Sources: …" under a chart, each linking to the page it was read in.
#[component]
fn SourceLine(sources: Signal<Vec<Source>>) -> impl IntoView {
    let locale = use_locale();
    view! {
        <div class="source-line">
            <span>{move || Msg::SourcesLabel.text(locale.get())}</span>
            <ul>
                {move || sources.get().into_iter().map(|s| view! { <li><SourceLink outlet=s.outlet url=s.url /></li> }).collect_view()}
            </ul>
        </div>
    }
}
