//! Component tests in headless Chromium (wasm-bindgen-test-runner + Debian chromedriver): the
//! real app mounted in a page, driven through the DOM.
#![cfg(target_arch = "wasm32")]
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use artisanat_atlas::echarts::ChartCanvas;
use artisanat_atlas::ui::app::App;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

mod browser;

use browser::{container, document, find, sleep};

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen_test]
async fn app_navigates_reports_missing_data_in_its_language_and_mirrors_for_arabic() {
    let root = container();
    let _app = leptos::mount::mount_to(root.clone(), App);

    find(&root, "h1", "L’artisanat marocain dans le monde").await;
    find(&root, ".main-nav a", "Indicateurs").await.click();
    find(&root, "h1", "Indicateurs d’exportation").await;
    // The test server has no data file: the page says so, in French, with a retry button.
    let alert = find(
        &root,
        "[role=alert]",
        "Les données n’ont pas pu être chargées.",
    )
    .await;
    assert!(
        alert
            .text_content()
            .unwrap_or_default()
            .contains("(HTTP 404)")
    );
    find(&root, "[role=alert] button", "Réessayer").await;

    find(&root, ".language-switcher a", "العربية").await.click();
    find(&root, "h1", "مؤشرات التصدير").await;
    let html = document().document_element().unwrap();
    assert_eq!(html.get_attribute("dir").as_deref(), Some("rtl"));
    assert_eq!(html.get_attribute("lang").as_deref(), Some("ar"));
    find(&root, "[role=alert]", "تعذر تحميل المعطيات.").await;

    find(&root, ".language-switcher a", "English").await.click();
    find(&root, "h1", "Export indicators").await;
    assert_eq!(html.get_attribute("dir").as_deref(), Some("ltr"));
}

#[wasm_bindgen_test]
async fn chart_canvas_reports_a_missing_echarts_library_instead_of_panicking() {
    let root = container();
    let (failed, set_failed) = signal(false);
    let (clicked, set_clicked) = signal(false);
    let _chart = leptos::mount::mount_to(root.clone(), move || {
        view! {
            <ChartCanvas
                option=Signal::stored(Ok("{}".to_owned()))
                script_url="/no-such-echarts.js"
                number_tag="en-GB"
                label="test chart"
                described_by="test-chart-summary"
                on_click=move |_| set_clicked.set(true)
                on_failure=move || set_failed.set(true)
            />
        }
    });
    for _ in 0..100 {
        if failed.get_untracked() {
            break;
        }
        sleep(50).await;
    }
    assert!(failed.get_untracked(), "the failure callback runs");
    assert!(!clicked.get_untracked());
    let canvas = find(&root, ".chart-canvas", "").await;
    assert_eq!(
        canvas.get_attribute("aria-label").as_deref(),
        Some("test chart")
    );
    assert_eq!(
        canvas.get_attribute("aria-describedby").as_deref(),
        Some("test-chart-summary")
    );
}

#[wasm_bindgen_test]
async fn family_motifs_are_decorative_svg_coloured_by_class() {
    use artisanat_atlas::data::Motif;
    use artisanat_atlas::ui::widgets::FamilyMotif;
    for motif in [Motif::Star, Motif::Lozenge, Motif::Weave, Motif::Fibula] {
        let root = container();
        let _mounted =
            leptos::mount::mount_to(root.clone(), move || view! { <FamilyMotif motif /> });
        let svg = root.query_selector("svg.motif").unwrap().expect("an svg");
        assert_eq!(svg.get_attribute("aria-hidden").as_deref(), Some("true"));
        let pattern = root.query_selector("pattern").unwrap().expect("a pattern");
        assert_eq!(pattern.get_attribute("width").as_deref(), Some("120"));
        let fill = root
            .query_selector("rect")
            .unwrap()
            .expect("a rect")
            .get_attribute("fill");
        assert_eq!(fill, Some(format!("url(#{})", pattern.id())));
        let paths = root.query_selector_all("path").unwrap();
        assert!(paths.length() >= 2, "{motif:?}");
        for index in 0..paths.length() {
            let path: web_sys::Element = paths.item(index).unwrap().unchecked_into();
            assert!(path.get_attribute("d").unwrap_or_default().starts_with('M'));
            assert!(
                path.get_attribute("class")
                    .unwrap_or_default()
                    .starts_with("motif-")
            );
        }
    }
}
