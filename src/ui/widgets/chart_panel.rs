//! The frame every chart of the app shares: title, period and unit, a summary written from the
//! figures, a toggle to the same numbers as a table, downloads of the data (CSV, JSON) and of
//! the picture (PNG, SVG), and the sources the chart rests on. The picture is an ECharts chart
//! or, for the maps, an SVG the app draws itself.

use crate::charts::ChartId;
use crate::charts::DataTable;
use crate::data::Source;
use crate::echarts::{
    ChartCanvas, ChartClick, EchartsError, chart_png, chart_svg, load_echarts, prefetch_echarts,
};
use crate::i18n::Msg;
use crate::ui::context::{use_base, use_locale};
use crate::ui::download::{save_svg, save_svg_as_png, save_text, save_url};
use crate::ui::query::use_query_setting;
use crate::ui::widgets::{
    DownloadFailedNotice, FromMenu, SourceLine, ToolsMenu, save_data, sharing_tools, widget_items,
};
use crate::url_state::TABLE_PARAM;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Starts downloading and running ECharts as a page that is one chart (a chart embed) opens,
/// alongside its data rather than after it: on a slow connection the chart appears one
/// download earlier. A failure is left to the chart, which reports it when it loads the same
/// script.
pub fn load_charts_early() {
    let script = use_base().echarts_script();
    leptos::task::spawn_local(async move {
        let _ = load_echarts(&script).await;
    });
}

/// Starts downloading ECharts, without running it, as a page whose charts come first opens
/// (the indicators): the script runs when the first chart nears the screen, which on a phone
/// is a few screens down, below the headline figures. Other pages prefetch it once idle.
pub fn fetch_charts_early() {
    prefetch_echarts(&use_base().echarts_script());
}

/// What the frame draws.
pub enum Picture {
    /// An ECharts chart, from its option ([`crate::echarts::option_json`]).
    Echarts(Signal<Result<String, EchartsError>>),
    /// An SVG the app draws itself (the maps); its root `<svg>` is what the picture downloads
    /// save.
    Svg(ViewFn),
    /// Nothing can be drawn (a file the picture needs could not be loaded): the frame says so
    /// and shows the table.
    Unavailable,
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
    picture: Picture,
    #[prop(into)] table: Signal<DataTable>,
    /// The chart's data with raw numbers, for the CSV download.
    #[prop(into)]
    csv: Signal<String>,
    #[prop(into)] sources: Signal<Vec<Source>>,
    /// The sources of the value read first, which the source line names (all without it).
    #[prop(optional_no_strip, into)]
    lead_sources: Option<Signal<Vec<Source>>>,
    #[prop(optional_no_strip, into)] on_click: Option<Callback<ChartClick>>,
    /// Shown under the chart when clicking does something.
    #[prop(optional_no_strip, into)]
    hint: Option<Signal<String>>,
    #[prop(optional_no_strip, into)] controls: Option<ChildrenFn>,
    #[prop(optional)] children: Option<ChildrenFn>,
    /// Phone first: the picture straight under the title, then its summary, the menus, the
    /// table toggle and the tools menu (otherwise they come before the picture).
    #[prop(optional)]
    compact: bool,
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
    let find = move |selector: &str| {
        figure_ref
            .get()
            .and_then(|figure| figure.query_selector(selector).ok().flatten())
            .ok_or(())
    };
    let is_svg = matches!(picture, Picture::Svg(_));
    let save_png = Callback::new(move |()| {
        if is_svg {
            let Ok(svg) = find(".chart-area svg") else {
                return set_download_failed.set(true);
            };
            let size = svg.get_bounding_client_rect();
            leptos::task::spawn_local(async move {
                let saved =
                    save_svg_as_png(&format!("{name}.png"), &svg, size.width(), size.height())
                        .await;
                set_download_failed.set(saved.is_err());
            });
            return;
        }
        let saved = find(".chart-canvas")
            .and_then(|element| element.dyn_into::<web_sys::HtmlElement>().map_err(|_| ()))
            .and_then(|element| chart_png(&element).map_err(|_| ()))
            .and_then(|url| save_url(&format!("{name}.png"), &url).map_err(|_| ()));
        set_download_failed.set(saved.is_err());
    });
    let save_svg_file = Callback::new(move |()| {
        let filename = format!("{name}.svg");
        let saved = if is_svg {
            find(".chart-area svg").and_then(|svg| save_svg(&filename, &svg).map_err(|_| ()))
        } else {
            find(".chart-canvas")
                .and_then(|element| element.dyn_into::<web_sys::HtmlElement>().map_err(|_| ()))
                .and_then(|element| chart_svg(&element).map_err(|_| ()))
                .and_then(|svg| {
                    save_text(&filename, "image/svg+xml;charset=utf-8", &svg).map_err(|_| ())
                })
        };
        set_download_failed.set(saved.is_err());
    });
    let on_click = on_click.unwrap_or_else(|| Callback::new(|_| {}));
    // The picture's description in words: under the title, or in a compact frame under the
    // picture, which then comes first on a phone.
    let summary_line = move |summary: Signal<String>| {
        view! { <p class="chart-summary" id=format!("{name}-summary") data-testid=format!("{name}-summary")>{summary}</p> }
    };
    let drawing = match picture {
        Picture::Echarts(option) => view! {
            <ChartCanvas
                option
                script_url=use_base().echarts_script()
                number_tag=Signal::derive(move || locale.get().number_tag())
                label=title
                described_by=format!("{name}-summary")
                on_click
                on_failure=move || set_chart_failed.set(true)
            />
        }
        .into_any(),
        Picture::Svg(svg) => svg.run(),
        Picture::Unavailable => {
            set_chart_failed.set(true);
            ().into_any()
        }
    };
    let table_toggle = move || {
        view! {
            <button type="button" class="table-toggle" aria-pressed=move || show_table.get().to_string() on:click=toggle_table>
                {move || if show_table.get() { Msg::ShowChart.text(locale.get()) } else { Msg::ShowTable.text(locale.get()) }}
            </button>
        }
    };
    let from_menu = FromMenu::new();
    let embed_path = name.embed_path();
    // The table toggle stays in view; downloads, share and embed are one menu.
    let tools = move || {
        let data = save_data(name.to_string(), title, csv, sources, set_download_failed);
        let shared = embed_path.map(|_| from_menu);
        let items = widget_items(Some(data), Some((save_png, save_svg_file)), shared);
        view! {
            {controls.clone().map(|controls| view! { <div class="chart-controls">{controls()}</div> })}
            <div class="chart-tools">
                {table_toggle()}
                <ToolsMenu id=format!("{name}-tools") items />
            </div>
        }
    };
    view! {
        <figure class="chart-frame" class:compact=compact data-testid=name.link_name() node_ref=figure_ref>
            <figcaption>
                <h2>{title}</h2>
                <p class="chart-subtitle">{subtitle}</p>
                {(!compact).then(|| summary_line(summary))}
            </figcaption>
            {(!compact).then(tools.clone())}
            <DownloadFailedNotice failed=download_failed />
            <Show when=move || chart_failed.get()>
                <p class="notice" role="status">{move || Msg::ChartUnavailable.text(locale.get())}</p>
            </Show>
            <div class="chart-area" class:hidden=table_visible>
                {drawing}
                {hint.map(|hint| view! { <p class="chart-hint">{hint}</p> })}
            </div>
            {compact.then(|| summary_line(summary))}
            {compact.then(tools)}
            <Show when=table_visible>
                <TableView table title />
            </Show>
            {children.map(|children| children())}
            <SourceLine sources lead=lead_sources.unwrap_or(sources) />
            {embed_path.and_then(|widget| sharing_tools(widget.to_owned(), title, from_menu))}
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
