//! Embeds: one widget without the site's header and footer, for an iframe on another site
//! (`/embed/kpi/<card>`, `/embed/chart/<name>`, `/embed/map`, `/embed/family/<code>`), with
//! its theme, accent colour and title from the link, a compact source line linking back to the
//! app, and its height posted to the host page whenever it changes (see `public/embed.js`).

use crate::charts::{ChartId, ChartSpec, SpecVisitor};
use crate::data::CodedDimension;
use crate::embed::{Accent, EmbedChart, SourceStyle, Theme, TitleShown, height_message, parse_kpi};
use crate::i18n::Msg;
use crate::showcase::family_card;
use crate::stats::Profiles;
use crate::ui::context::{InEmbed, use_base, use_locale};
use crate::ui::query::{IgnoredSetting, use_query_setting};
use crate::ui::routes::use_path_param;
use crate::ui::shell::LinkNotices;
use crate::ui::widgets::{
    CatalogueView, CompositionChart, DatasetView, ExportMap, ExportsChart, FamilyCardView,
    RegisteredChart, SingleKpi, YearToDateChart, load_charts_early,
};
use crate::url_state::{ACCENT_PARAM, CatalogueCode, SOURCE_PARAM, THEME_PARAM, TITLE_PARAM};
use leptos::prelude::*;
use leptos_meta::Title;
use std::sync::Arc;
use wasm_bindgen::JsCast;
use wasm_bindgen::closure::Closure;

/// The path prefix of every embed, below the app's base.
pub const EMBED_PREFIX: &str = "/embed/";

/// The frame of every embed: options from the link, the widget, the compact source line, and
/// the height reports.
#[component]
fn EmbedFrame(children: Children) -> impl IntoView {
    let locale = use_locale();
    let base = use_base();
    let theme = use_query_setting::<Theme>(THEME_PARAM);
    let accent = use_query_setting::<Accent>(ACCENT_PARAM);
    let title = use_query_setting::<TitleShown>(TITLE_PARAM);
    let source = use_query_setting::<SourceStyle>(SOURCE_PARAM);
    let (theme_shown, theme_ignored) = theme.resolve(|_| true, Theme::Light);
    let (_, accent_ignored) = accent.resolve(|_| true, Accent::default());
    let (title_shown, title_ignored) = title.resolve(|_| true, TitleShown(true));
    let (source_style, source_ignored) = source.resolve(|_| true, SourceStyle::Full);
    // Set through the CSS object model, not a style attribute, which a strict
    // Content-Security-Policy (`style-src 'self'`) refuses.
    let primary = move || accent.value.get().map(|accent| accent.css().to_owned());
    provide_context(InEmbed);
    let frame = NodeRef::<leptos::html::Div>::new();
    report_height(frame);
    let home = move || base.page("/", locale.get());
    view! {
        <div class="embed" node_ref=frame data-theme=move || theme_shown.get().name()
            data-title=move || title_shown.get().to_string()
            data-source=move || source_style.get().to_string() style:--color-primary=primary>
            // The embed is a document of its own: its title and outline are the atlas's name.
            <Title text=move || Msg::AppName.text(locale.get()) />
            <h1 class="visually-hidden">{move || Msg::AppName.text(locale.get())}</h1>
            <IgnoredSetting key=THEME_PARAM ignored=theme_ignored />
            <IgnoredSetting key=ACCENT_PARAM ignored=accent_ignored />
            <IgnoredSetting key=TITLE_PARAM ignored=title_ignored />
            <IgnoredSetting key=SOURCE_PARAM ignored=source_ignored />
            <LinkNotices />
            {children()}
            <p class="embed-credit">
                <a href=home target="_blank" rel="noopener">{move || Msg::OpenInAtlas.text(locale.get())}</a>
            </p>
        </div>
    }
}

/// Posts the frame's height to the host page when it changes, if the app runs in an iframe.
fn report_height(frame: NodeRef<leptos::html::Div>) {
    Effect::new(move |_| {
        let Some(element) = frame.get() else { return };
        let Some(window) = web_sys::window() else {
            return;
        };
        let Ok(Some(parent)) = window.parent() else {
            return;
        };
        if parent == window {
            return;
        }
        let observed: web_sys::Element = element.clone().into();
        let post = Closure::<dyn Fn()>::new(move || {
            let height = observed.get_bounding_client_rect().height();
            if let Ok(message) = js_sys::JSON::parse(&height_message(height)) {
                let _ = parent.post_message(&message, "*");
            }
        });
        if let Ok(observer) = web_sys::ResizeObserver::new(post.as_ref().unchecked_ref()) {
            observer.observe(&element);
            on_cleanup(move || observer.disconnect());
        }
        // One callback per embed, kept for the page's life: JS closures cannot move into the
        // reactive cleanup, which must be `Send`.
        post.forget();
    });
}

/// A notice for an embed address that names no widget.
#[component]
fn UnknownWidget() -> impl IntoView {
    let locale = use_locale();
    view! { <p class="notice" role="alert" data-testid="unknown-widget">{move || Msg::UnknownWidget.text(locale.get())}</p> }
}

/// The route segment `key` of an embed address, read with `parse`; `None` names no widget.
fn path_segment<T>(key: &'static str, parse: fn(&str) -> Option<T>) -> impl Fn() -> Option<T> {
    let value = use_path_param(key);
    move || parse(&value.read())
}

/// `/embed/kpi/<card>`: one headline card; ECharts is never loaded.
#[component]
pub fn EmbedKpiPage() -> impl IntoView {
    let kind = path_segment("name", parse_kpi);
    view! {
        <EmbedFrame>
            {move || match kind() {
                Some(kind) => view! { <DatasetView children=move |loaded| view! { <SingleKpi loaded kind /> } /> }.into_any(),
                None => view! { <UnknownWidget /> }.into_any(),
            }}
        </EmbedFrame>
    }
}

/// `/embed/chart/<name>`: one chart in its frame, with table, downloads and sources.
#[component]
pub fn EmbedChartPage() -> impl IntoView {
    load_charts_early();
    let chart = path_segment("name", |name| name.parse::<EmbedChart>().ok().map(|c| c.0));
    view! {
        <EmbedFrame>
            {move || match chart() {
                Some(chart) => view! { <DatasetView children=move |loaded| chart_view(chart, loaded) /> }.into_any(),
                None => view! { <UnknownWidget /> }.into_any(),
            }}
        </EmbedFrame>
    }
}

/// The widget of an embeddable chart: its own, for a chart with menus or click details, else
/// the generic widget the registry names; the registry gives the others no chart address.
fn chart_view(chart: ChartId, loaded: Arc<crate::data::Loaded>) -> AnyView {
    match chart {
        ChartId::ExportsByYear => view! { <ExportsChart loaded /> }.into_any(),
        ChartId::YearToDate => view! { <YearToDateChart loaded /> }.into_any(),
        ChartId::Composition => view! { <CompositionChart loaded /> }.into_any(),
        generic => generic
            .visit_generic(GenericChart(loaded))
            .unwrap_or_else(|| view! { <UnknownWidget /> }.into_any()),
    }
}

/// Draws a registered chart with the generic widget.
struct GenericChart(Arc<crate::data::Loaded>);

impl SpecVisitor for GenericChart {
    type Output = AnyView;
    fn visit<S: ChartSpec>(self) -> AnyView {
        let loaded = self.0;
        view! { <RegisteredChart<S> loaded /> }.into_any()
    }
}

/// `/embed/map`: the export map with its period player and list of markets.
#[component]
pub fn EmbedMapPage() -> impl IntoView {
    view! {
        <EmbedFrame>
            <DatasetView children=|loaded| view! { <ExportMap loaded /> } />
        </EmbedFrame>
    }
}

/// `/embed/family/<code>`: a family's card from the crafts page.
#[component]
pub fn EmbedFamilyPage() -> impl IntoView {
    let code = path_segment("code", |code| code.parse::<CatalogueCode>().ok());
    view! {
        <EmbedFrame>
            {move || match code() {
                Some(CatalogueCode(code)) => view! {
                    <CatalogueView children=move |loaded, catalogue| {
                        match catalogue.family(&code) {
                            Some(family) => {
                                let card = family_card(&catalogue, &loaded.dataset.codes, family);
                                let profiles = Profiles::new(&loaded.dataset, CodedDimension::ProductFamily);
                                let latest = profiles.latest_share(&code);
                                view! { <ul class="family-grid embed-family">
                                    <FamilyCardView card catalogue=Arc::clone(&catalogue) loaded=Arc::clone(&loaded) latest />
                                </ul> }.into_any()
                            }
                            None => view! { <UnknownWidget /> }.into_any(),
                        }
                    } />
                }.into_any(),
                None => view! { <UnknownWidget /> }.into_any(),
            }}
        </EmbedFrame>
    }
}
