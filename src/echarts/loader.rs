//! Loads the ECharts script on first use, so pages without charts (and KPI-only embeds) never
//! download it. The script is served by the app itself (`echarts.min.js`, built from npm) and
//! checked against the hash the build writes into the page (`<meta name="echarts-integrity">`).

use super::EchartsError;
use js_sys::{Promise, Reflect};
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;
use web_sys::{Document, HtmlScriptElement};

const SCRIPT_ID: &str = "echarts-library";

/// The `<link rel="prefetch">` that fetches the script ahead of its first chart.
const PREFETCH_ID: &str = "echarts-prefetch";

/// The page's record of the script's Subresource Integrity hash, written after each build.
const INTEGRITY_META: &str = "meta[name='echarts-integrity']";

/// Makes the global `echarts` available, fetching `script_url` once; later calls wait for the
/// same script. Fails (without panicking) when the script cannot be fetched or run.
pub async fn load_echarts(script_url: &str) -> Result<(), EchartsError> {
    let window = web_sys::window().ok_or(EchartsError::NotLoaded)?;
    if is_loaded(&window) {
        return Ok(());
    }
    let document = window.document().ok_or(EchartsError::NotLoaded)?;
    let script = existing_or_new_script(&document, script_url)?;
    if script.get_attribute("data-state").is_none() {
        JsFuture::from(settled(&script))
            .await
            .map_err(|_| EchartsError::NotLoaded)?;
    }
    if is_loaded(&window) {
        Ok(())
    } else {
        Err(EchartsError::NotLoaded)
    }
}

/// Asks the browser to fetch the script into its cache at low priority, without running it,
/// so that a chart further down the page is drawn soon after the reader scrolls to it; does
/// nothing once the script or its prefetch is on the page. Running the script, the costly part
/// on a phone, waits for [`load_echarts`].
pub fn prefetch_echarts(script_url: &str) {
    let Some(document) = web_sys::window().and_then(|window| window.document()) else {
        return;
    };
    let present = |id| document.get_element_by_id(id).is_some();
    if present(SCRIPT_ID) || present(PREFETCH_ID) {
        return;
    }
    let Ok(link) = document.create_element("link") else {
        return;
    };
    link.set_id(PREFETCH_ID);
    // The script is later requested in the same mode, or the browser would not reuse the copy.
    if integrity(&document).is_some() {
        let _ = link.set_attribute("crossorigin", "anonymous");
    }
    for (name, value) in [("rel", "prefetch"), ("as", "script"), ("href", script_url)] {
        let _ = link.set_attribute(name, value);
    }
    if let Some(head) = document.head() {
        let _ = head.append_child(&link);
    }
}

fn is_loaded(window: &web_sys::Window) -> bool {
    Reflect::get(window, &JsValue::from_str("echarts")).is_ok_and(|value| value.is_object())
}

fn existing_or_new_script(
    document: &Document,
    url: &str,
) -> Result<HtmlScriptElement, EchartsError> {
    if let Some(existing) = document.get_element_by_id(SCRIPT_ID) {
        return existing.dyn_into().map_err(|_| EchartsError::NotLoaded);
    }
    let script: HtmlScriptElement = document
        .create_element("script")?
        .dyn_into()
        .map_err(|_| EchartsError::NotLoaded)?;
    script.set_id(SCRIPT_ID);
    if let Some(integrity) = integrity(document) {
        script.set_integrity(&integrity);
        script.set_cross_origin(Some("anonymous"));
    }
    script.set_src(url);
    let head = document.head().ok_or(EchartsError::NotLoaded)?;
    head.append_child(&script)?;
    Ok(script)
}

/// The script's integrity hash, as the build wrote it into the page.
fn integrity(document: &Document) -> Option<String> {
    document
        .query_selector(INTEGRITY_META)
        .ok()
        .flatten()
        .and_then(|meta| meta.get_attribute("content"))
}

/// Resolves when the script has run, rejects when it failed to load; marks the element so that
/// later callers know the outcome without waiting.
fn settled(script: &HtmlScriptElement) -> Promise {
    let script = script.clone();
    Promise::new(&mut |resolve, reject| {
        let mark = |script: &HtmlScriptElement, state: &'static str, settle: js_sys::Function| {
            let target = script.clone();
            Closure::once_into_js(move || {
                let _ = target.set_attribute("data-state", state);
                let _ = settle.call0(&JsValue::NULL);
            })
        };
        let on_load = mark(&script, "loaded", resolve);
        let on_error = mark(&script, "error", reject);
        let _ = script.add_event_listener_with_callback("load", on_load.unchecked_ref());
        let _ = script.add_event_listener_with_callback("error", on_error.unchecked_ref());
    })
}
