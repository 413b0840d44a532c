//! Component tests of single widgets in headless Chromium, each mounted alone under a router
//! (their settings live in the link). Apart from `web_components.rs`, whose test drives the
//! whole app's navigation: a router left behind by a widget test would catch its clicks.
#![cfg(target_arch = "wasm32")]
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::HtmlElement;

mod browser;

use browser::{container, find, sleep};

wasm_bindgen_test_configure!(run_in_browser);

/// The bundled facts, as the app reads them.
fn bundled() -> std::sync::Arc<artisanat_atlas::data::Loaded> {
    let text = include_str!("../public/data/atlas.json");
    std::sync::Arc::new(artisanat_atlas::data::parse_dataset(text).unwrap())
}

/// Sets a `<select>`'s value and tells the page, as a visitor's choice would.
fn choose(select: &HtmlElement, value: &str) {
    let select: web_sys::HtmlSelectElement = select.clone().unchecked_into();
    select.set_value(value);
    let event = web_sys::Event::new("change").unwrap();
    select.dispatch_event(&event).unwrap();
}

#[wasm_bindgen_test]
async fn the_generic_chart_widget_renders_a_registered_chart_from_its_description() {
    use artisanat_atlas::charts::{ChartSpec, SectorSpec};
    use artisanat_atlas::i18n::Locale;
    use artisanat_atlas::ui::widgets::{RegisteredChart, SharingOffered};
    use leptos_router::components::Router;
    let loaded = bundled();
    let figures = SectorSpec::figures(&loaded.dataset, &());
    let summary = SectorSpec::summary(&figures, &loaded.dataset, Locale::Fr);
    let rows = SectorSpec::table(&figures, &loaded.dataset, Locale::Fr)
        .rows
        .len();
    let root = container();
    let shown = std::sync::Arc::clone(&loaded);
    let _mounted = leptos::mount::mount_to(root.clone(), move || {
        let loaded = std::sync::Arc::clone(&shown);
        // As the site's bundles do: their widgets offer to be shared and embedded.
        SharingOffered::provide();
        view! { <Router><RegisteredChart<SectorSpec> loaded /></Router> }
    });
    let frame = find(&root, "[data-testid=craft-sector-figures]", "").await;
    find(&frame, "h2", &SectorSpec::title(&figures, Locale::Fr)).await;
    find(
        &frame,
        "[data-testid=craft-sector-figures-summary]",
        &summary,
    )
    .await;
    // ECharts is not served here: the frame says so and shows the same figures as a table.
    find(
        &frame,
        "[role=status]",
        "Le graphique ne peut pas s’afficher",
    )
    .await;
    find(&frame, "table caption", "").await;
    assert_eq!(
        frame.query_selector_all("tbody tr").unwrap().length() as usize,
        rows
    );
    // A chart the registry embeds offers its embed code in its tools menu.
    find(&frame, "[data-testid=open-embed]", "Intégrer").await;
    // Sources come from the figures, each a link.
    let sources = frame
        .query_selector_all(".source-line li a")
        .unwrap()
        .length();
    assert!(sources > 0);
}

#[wasm_bindgen_test]
async fn a_bundle_that_does_not_offer_sharing_leaves_share_and_embed_out_of_the_menu() {
    use artisanat_atlas::charts::{ChartSpec, SectorSpec};
    use artisanat_atlas::i18n::Locale;
    use artisanat_atlas::ui::widgets::RegisteredChart;
    use leptos_router::components::Router;
    let loaded = bundled();
    let title = SectorSpec::title(&SectorSpec::figures(&loaded.dataset, &()), Locale::Fr);
    let root = container();
    let _mounted = leptos::mount::mount_to(root.clone(), move || {
        let loaded = std::sync::Arc::clone(&loaded);
        view! { <Router><RegisteredChart<SectorSpec> loaded /></Router> }
    });
    let frame = find(&root, "[data-testid=craft-sector-figures]", "").await;
    find(&frame, "h2", &title).await;
    find(&frame, "[data-testid=download-csv]", "").await;
    for absent in ["open-embed", "share-link"] {
        let selector = format!("[data-testid={absent}]");
        assert!(
            frame.query_selector(&selector).unwrap().is_none(),
            "{absent}"
        );
    }
}

#[wasm_bindgen_test]
async fn the_embed_tools_write_the_code_with_the_chosen_options() {
    use artisanat_atlas::ui::widgets::{EmbedTools, FromMenu};
    use leptos_router::components::Router;
    let root = container();
    let menu = FromMenu::new();
    let _mounted = leptos::mount::mount_to(root.clone(), move || {
        view! {
            <Router>
                <EmbedTools widget="chart/sector".to_owned() title=Signal::stored("Le secteur".to_owned()) from_menu=menu />
            </Router>
        }
    });
    // As the widget's tools menu does when "Embed" is chosen.
    menu.dialog_open.set(true);
    let code: web_sys::HtmlTextAreaElement = find(&root, "[data-testid=embed-code]", "")
        .await
        .unchecked_into();
    let origin = web_sys::window().unwrap().location().origin().unwrap();
    for _ in 0..100 {
        if !code.value().is_empty() {
            break;
        }
        sleep(50).await;
    }
    let snippet = code.value();
    assert!(
        snippet.starts_with(&format!(
            "<iframe data-atlas-embed src=\"{origin}/embed/chart/sector\""
        )),
        "{snippet}"
    );
    assert!(snippet.contains("title=\"Le secteur\""), "{snippet}");
    assert!(snippet.contains(&format!("<script src=\"{origin}/embed.js\" defer>")));

    choose(&find(&root, "select[data-option=theme]", "").await, "dark");
    let title: web_sys::HtmlInputElement = find(&root, "input[data-option=title]", "")
        .await
        .unchecked_into();
    title.click();
    for _ in 0..100 {
        if code.value().contains("title=off") {
            break;
        }
        sleep(50).await;
    }
    let snippet = code.value();
    assert!(
        snippet.contains("/embed/chart/sector?theme=dark&amp;title=off"),
        "{snippet}"
    );
    let preview = find(&root, "iframe.embed-preview", "").await;
    assert_eq!(
        preview.get_attribute("src").as_deref(),
        Some(format!("{origin}/embed/chart/sector?theme=dark&title=off").as_str())
    );
}
