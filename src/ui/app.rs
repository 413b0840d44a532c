//! `<App>`: the providers (language, base path, dataset), the router and the page layout.
//! `<HomeApp>`, `<MapApp>`, `<KpiEmbedApp>`, `<ChartEmbedApp>`, `<PagesApp>` and `<ProfileApp>`:
//! the same around the home page alone, the export map (page and embed) alone, a headline
//! figure's embed alone, a chart's embed alone, the pages without a chart, and a family's or a
//! market's profile, the small bundles a first visit of those downloads (`src/bin/`).
//! `<DeskApp>`: the data desk, a bundle no other page loads.

use super::context::{AppBase, CurrentLocale, use_base};
use super::loaders::{DatasetResource, Loaders, load_dataset, load_texts};
use super::pages::{
    BriefPage, CraftsPage, DeskPage, EMBED_PREFIX, EmbedChartPage, EmbedFamilyPage, EmbedKpiPage,
    EmbedMapPage, FamilyPage, HomePage, IndicatorsPage, MapPage, MarketPage, NotFoundPage,
    SourcesPage,
};
use super::query::use_query_setting;
use super::routes::{AppRoutes, PageRoute, below_base, shows};
use super::shell::{Footer, Header, LinkNotices};
use super::widgets::{LoadingState, SharingOffered};
use crate::data::{DataVersion, DatasetCut};
use crate::i18n::{Locale, Msg};
use crate::prerender::READY_ATTRIBUTE;
use crate::tasks::{after_next_paint, yield_to_browser};
use crate::url_state::{DATA_PARAM, LANG_PARAM, parse_locale};
use leptos::prelude::*;
use leptos_meta::{Html, provide_meta_context};
use leptos_router::components::Router;
use leptos_router::hooks::{use_location, use_query_map};
use wasm_bindgen::JsCast;

/// The whole application, mounted by `main.rs`.
#[component]
pub fn App() -> impl IntoView {
    const PAGES: &[PageRoute] = &[
        PageRoute::new("", || view! { <HomePage /> }.into_any()),
        PageRoute::new("indicators", || view! { <IndicatorsPage /> }.into_any()),
        PageRoute::new("map", || view! { <MapPage /> }.into_any()),
        PageRoute::new("market/:code", || view! { <MarketPage /> }.into_any()),
        PageRoute::new("crafts", || view! { <CraftsPage /> }.into_any()),
        PageRoute::new("craft/:code", || view! { <FamilyPage /> }.into_any()),
        PageRoute::new("craft/:code/brief", || view! { <BriefPage /> }.into_any()),
        PageRoute::new("sources", || view! { <SourcesPage /> }.into_any()),
        PageRoute::new("embed/kpi/:name", || view! { <EmbedKpiPage /> }.into_any()),
        PageRoute::new("embed/chart/:name", || {
            view! { <EmbedChartPage /> }.into_any()
        }),
        PageRoute::new("embed/map", || view! { <EmbedMapPage /> }.into_any()),
        PageRoute::new("embed/family/:code", || {
            view! { <EmbedFamilyPage /> }.into_any()
        }),
        PageRoute::new("desk", || view! { <LoadDesk /> }.into_any()),
    ];
    routed(
        provide_dataset,
        PAGES,
        || view! { <NotFoundPage /> }.into_any(),
        SITE,
    )
}

/// The data desk, alone: it reads its own inputs (the published files as text, for its
/// worker), so it shares no dataset.
#[component]
pub fn DeskApp() -> impl IntoView {
    const PAGES: &[PageRoute] = &[PageRoute::new("desk", || view! { <DeskPage /> }.into_any())];
    routed(|_| {}, PAGES, in_whole_app, SITE_WITHOUT_SHARING)
}

/// The home page in the same layout, with the facts its figures read but without the charts or
/// the other pages, so that a first visit of the home page downloads a fraction of the app and
/// of the data. Following a link to another page loads that page with the whole application.
#[component]
pub fn HomeApp() -> impl IntoView {
    const PAGES: &[PageRoute] = &[PageRoute::new("", || view! { <HomePage /> }.into_any())];
    routed(
        provide_headline_dataset,
        PAGES,
        in_whole_app,
        SITE_WITHOUT_SHARING,
    )
}

/// The export map's page and embed alone, without ECharts, the indicator charts or the other
/// pages, so that the atlas's signature view downloads a fraction of the app.
#[component]
pub fn MapApp() -> impl IntoView {
    const PAGES: &[PageRoute] = &[
        PageRoute::new("map", || view! { <MapPage /> }.into_any()),
        PageRoute::new("embed/map", || view! { <EmbedMapPage /> }.into_any()),
    ];
    routed(provide_dataset, PAGES, in_whole_app, SITE)
}

/// A headline figure's embed alone, without the charts or the pages, so that a ministry page
/// showing one figure downloads a fraction of the app and of the data (the headline facts).
#[component]
pub fn KpiEmbedApp() -> impl IntoView {
    const PAGES: &[PageRoute] = &[PageRoute::new("embed/kpi/:name", || {
        view! { <EmbedKpiPage /> }.into_any()
    })];
    routed(provide_headline_dataset, PAGES, in_whole_app, EMBEDS_ONLY)
}

/// A chart's embed alone, without the pages, the map or the headline cards, so that a ministry
/// page showing one chart downloads that chart, its data and ECharts.
#[component]
pub fn ChartEmbedApp() -> impl IntoView {
    const PAGES: &[PageRoute] = &[PageRoute::new("embed/chart/:name", || {
        view! { <EmbedChartPage /> }.into_any()
    })];
    routed(provide_dataset, PAGES, in_whole_app, EMBEDS_ONLY)
}

/// The pages that draw no chart (the crafts, the sources, a family's embed) alone, without
/// ECharts's bindings, the indicators, the map or the profiles.
#[component]
pub fn PagesApp() -> impl IntoView {
    const PAGES: &[PageRoute] = &[
        PageRoute::new("crafts", || view! { <CraftsPage /> }.into_any()),
        PageRoute::new("sources", || view! { <SourcesPage /> }.into_any()),
        PageRoute::new("embed/family/:code", || {
            view! { <EmbedFamilyPage /> }.into_any()
        }),
    ];
    routed(
        |base| provide_page_dataset(base, PAGES),
        PAGES,
        in_whole_app,
        SITE_WITHOUT_SHARING,
    )
}

/// A family's page and its brief, and a market's page, alone: the profiles, which link to each
/// other, with their share chart but without the indicators, the map or the embeds.
#[component]
pub fn ProfileApp() -> impl IntoView {
    const PAGES: &[PageRoute] = &[
        PageRoute::new("craft/:code", || view! { <FamilyPage /> }.into_any()),
        PageRoute::new("craft/:code/brief", || view! { <BriefPage /> }.into_any()),
        PageRoute::new("market/:code", || view! { <MarketPage /> }.into_any()),
    ];
    routed(provide_dataset, PAGES, in_whole_app, SITE)
}

/// What the site's pages have and embeds never show: the header and footer around every page,
/// and, where a page's widgets have a tools menu, their "Share the link" and "Embed".
#[derive(Clone, Copy)]
struct SiteChrome {
    header: fn() -> AnyView,
    footer: fn() -> AnyView,
    offer_sharing: Option<fn()>,
}

/// The site around pages whose widgets have tools menus (indicators, map, profiles).
const SITE: Option<SiteChrome> = site(Some(SharingOffered::provide));

/// The site around pages without a widget tools menu (home, crafts, sources, the desk), whose
/// bundles leave the embed dialog's code out (about 15 KB gzip).
const SITE_WITHOUT_SHARING: Option<SiteChrome> = site(None);

const fn site(offer_sharing: Option<fn()>) -> Option<SiteChrome> {
    Some(SiteChrome {
        header: || view! { <Header /> }.into_any(),
        footer: || view! { <Footer /> }.into_any(),
        offer_sharing,
    })
}

/// The bundles that serve only embeds (a headline card's, a chart's) never show any of it, so
/// they leave its code out (about 22 KB gzip of each).
const EMBEDS_ONLY: Option<SiteChrome> = None;

/// The router and the layout around the page of `pages` the address names (`fallback` for any
/// other), with what `provide_dataset` shares and, on pages that are not embeds, the `site`'s
/// header and footer.
fn routed(
    provide_dataset: fn(AppBase),
    pages: &'static [PageRoute],
    fallback: fn() -> AnyView,
    site: Option<SiteChrome>,
) -> impl IntoView {
    provide_meta_context();
    let base = AppBase::from_document();
    view! {
        <Router base=base.0.clone()>
            <Layout base provide_dataset site>
                <AppRoutes pages fallback />
            </Layout>
        </Router>
    }
}

/// Shares the dataset named by the link (`?data=`, the current whole file by default) with every
/// page.
fn provide_dataset(base: AppBase) {
    provide_dataset_cut(base, || DatasetCut::Whole);
}

/// The same for the home page and the headline figures' embeds: the current headline facts,
/// unless the link pins a version.
fn provide_headline_dataset(base: AppBase) {
    provide_dataset_cut(base, || DatasetCut::Headline);
}

/// The same for the bundle of the crafts, the sources and a family's embed, whose pages read
/// different files: the current file of the page shown, the one its shell asks for with the
/// page (`DatasetCut::read_on`), the headline facts for the crafts and a family's embed, the
/// whole file for the sources. Following a link from a page that reads the headline facts to
/// one of the bundle's pages that reads every fact (the crafts to the sources) loads the whole
/// file, which then serves every page (it gives the same figures); an address the bundle has
/// no page for is the whole application's to read.
fn provide_page_dataset(base: AppBase, pages: &'static [PageRoute]) {
    let (location, base_path) = (use_location(), base.0.clone());
    let cut = Memo::new(move |read: Option<&DatasetCut>| {
        let path = location.pathname.read();
        let path = below_base(&path, &base_path);
        match read {
            Some(&DatasetCut::Whole) => DatasetCut::Whole,
            Some(&read) if !shows(pages, path) => read,
            _ => DatasetCut::read_on(path),
        }
    });
    provide_dataset_cut(base, move || cut.get());
}

/// Shares the dataset resource reading the file `cut` names (a constant, or a memo the
/// resource follows), unless the link pins a version.
fn provide_dataset_cut(base: AppBase, cut: impl Fn() -> DatasetCut + 'static) {
    let pin = use_query_setting::<DataVersion>(DATA_PARAM);
    provide_context(DatasetResource(LocalResource::new(move || {
        load_dataset(base.clone(), pin.value.get(), cut())
    })));
}

/// A small bundle's view of an address it has no page for: [`LoadWholeApp`].
fn in_whole_app() -> AnyView {
    view! { <LoadWholeApp /> }.into_any()
}

/// Reached in a small bundle when a link leads to another page. The router puts that page's
/// address in the history once this view is rendered; just after, the entry is marked for the
/// whole application (`WHOLE_APP_MARK`) and loaded again, and the boot script starts the whole
/// application there.
#[component]
fn LoadWholeApp() -> impl IntoView {
    set_timeout(load_whole_app, std::time::Duration::ZERO);
    view! { <LoadingState /> }
}

/// Reached in the whole application when the history leads back to the data desk, which has a
/// bundle of its own: the page is loaded again, and the boot script starts the desk.
#[component]
fn LoadDesk() -> impl IntoView {
    set_timeout(
        || {
            let _ = window().location().reload();
        },
        std::time::Duration::ZERO,
    );
    view! { <LoadingState /> }
}

/// The mark, read by `src/build_steps/external_boot_script.mjs`, that makes a history entry
/// start the whole application, so that a small bundle never loads its own page again.
const WHOLE_APP_MARK: &str = "atlasWholeApp";

fn load_whole_app() {
    let mark = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&mark, &WHOLE_APP_MARK.into(), &true.into());
    let _ = window()
        .history()
        .and_then(|history| history.replace_state(&mark, ""));
    let _ = window().location().reload();
}

/// Everything inside the router: language from the URL, the shell around the pages, and what
/// `provide_dataset` shares with them.
#[component]
fn Layout(
    base: AppBase,
    provide_dataset: fn(AppBase),
    site: Option<SiteChrome>,
    children: Children,
) -> impl IntoView {
    let query = use_query_map();
    let lang_param = Memo::new(move |_| parse_locale(query.read().get(LANG_PARAM).as_deref()));
    let requested = Memo::new(move |_| lang_param.get().value_or_default());
    let current = CurrentLocale::following(requested.into(), base.clone());
    let locale = current.shown;
    provide_context(current);
    provide_context(base.clone());
    Loaders::provide(base.clone());
    provide_dataset(base);
    if let Some(offer_sharing) = site.and_then(|site| site.offer_sharing) {
        offer_sharing();
    }
    // An embed shows its widget alone: no skip link, header or footer.
    let embedded = {
        let location = use_location();
        let prefix = format!("{}{EMBED_PREFIX}", use_base().0);
        Memo::new(move |_| location.pathname.with(|path| path.starts_with(&prefix)))
    };
    let main = NodeRef::<leptos::html::Main>::new();
    // With `<base href>` set, "#main" would resolve to the home page: move focus by hand.
    let skip_to_main = move |event: leptos::ev::MouseEvent| {
        event.prevent_default();
        if let Some(main) = main.get() {
            let _ = main.focus();
        }
    };
    view! {
        <Html attr:lang=move || locale.get().tag() attr:dir=move || locale.get().direction().as_str() />
        {site.map(|site| view! {
            <Show when=move || !embedded.get()>
                <a class="skip-link" href="#main" on:click=skip_to_main>
                    {move || Msg::SkipToContent.text(locale.get())}
                </a>
                {(site.header)()}
            </Show>
        })}
        <Show when=move || !embedded.get()>
            <LinkNotices />
        </Show>
        <main id="main" tabindex="-1" node_ref=main class:embedded=move || embedded.get()>
            {children()}
        </main>
        {site.map(|site| view! {
            <Show when=move || !embedded.get()>
                {(site.footer)()}
            </Show>
        })}
    }
}

/// Starts `app` in the page: panics reported to the console, the loading shell of
/// `index.html` (or the page's shell written at build time) replaced by the app. Every bundle
/// (`main.rs` and the small ones of `src/bin/`) starts here. The
/// first render is a task of its own, after the module's instantiation, once the texts of the
/// link's language are in; if they cannot be downloaded, the boot script says so in place of
/// the loading line, with a button that tries again (the event [`START_FAILED_EVENT`]).
///
/// A shell whose words come from the facts (a family's text, a chart's summary) names where
/// the app shows them (`prerender::READY_ATTRIBUTE`): the app is then rendered out of sight and
/// takes the shell's place once it shows them too (or an error), so the visitor never sees the
/// words give way to a loading line while the data is read.
pub fn start<V: IntoView + 'static>(app: fn() -> V) {
    console_error_panic_hook::set_once();
    wasm_bindgen_futures::spawn_local(async move {
        yield_to_browser().await;
        if load_texts(&AppBase::from_document(), link_locale())
            .await
            .is_err()
        {
            return say_start_failed();
        }
        let shell = document().get_element_by_id("boot-shell");
        let ready_when = shell
            .as_ref()
            .and_then(|shell| shell.get_attribute(READY_ATTRIBUTE));
        let Some(root) = app_root() else {
            return leptos::mount::mount_to_body(app);
        };
        // Rendered out of sight, then shown in the same task as the shell goes: at once, or
        // once the app shows the shell's words from the facts.
        root.set_hidden(true);
        leptos::mount::mount_to(root.clone(), app).forget();
        if let Some(selector) = ready_when {
            shown(&root, &selector).await;
        }
        if let Some(shell) = shell {
            shell.remove();
        }
        root.set_hidden(false);
    });
}

/// The event, listened for by the boot script (`src/build_steps/external_boot_script.mjs`),
/// that makes it say the app could not start, in the shell's language, with a retry.
const START_FAILED_EVENT: &str = "atlas-start-failed";

fn say_start_failed() {
    if let Ok(event) = web_sys::Event::new(START_FAILED_EVENT) {
        let _ = window().dispatch_event(&event);
    }
}

/// The language the page's address asks for, as the router will read it.
fn link_locale() -> Locale {
    let search = window().location().search().unwrap_or_default();
    let lang = web_sys::UrlSearchParams::new_with_str(&search)
        .ok()
        .and_then(|query| query.get(LANG_PARAM));
    parse_locale(lang.as_deref()).value_or_default()
}

/// The element the app is rendered in (`display: contents`, so the page's layout is the
/// app's own), added to the end of the body.
fn app_root() -> Option<web_sys::HtmlElement> {
    let root = document().create_element("div").ok()?;
    root.set_class_name("app-root");
    document().body()?.append_child(&root).ok()?;
    root.dyn_into().ok()
}

/// How long the app waits out of sight for a shell's words before showing itself anyway.
const SHELL_WAIT_MS: f64 = 20_000.0;

/// Resolves after the frame in which `root` shows an element matching `selector` or an error
/// (`role="alert"`), or after [`SHELL_WAIT_MS`].
async fn shown(root: &web_sys::HtmlElement, selector: &str) {
    let wanted = format!("{selector}, [role=\"alert\"]");
    let started = js_sys::Date::now();
    while js_sys::Date::now() - started < SHELL_WAIT_MS {
        after_next_paint().await;
        if !matches!(root.query_selector(&wanted), Ok(None)) {
            return;
        }
    }
}
