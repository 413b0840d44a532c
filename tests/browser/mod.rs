//! What the browser component tests share: a fresh element to mount into, and waiting for an
//! element with some text.

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{Document, HtmlElement};

pub fn document() -> Document {
    web_sys::window().unwrap().document().unwrap()
}

/// A fresh element to mount into.
pub fn container() -> HtmlElement {
    let element: HtmlElement = document()
        .create_element("section")
        .unwrap()
        .unchecked_into();
    document().body().unwrap().append_child(&element).unwrap();
    element
}

pub async fn sleep(ms: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window()
            .unwrap()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms)
            .unwrap();
    });
    JsFuture::from(promise).await.unwrap();
}

/// Waits (up to ~5 s) for an element matching `selector` whose text contains `text`.
pub async fn find(root: &HtmlElement, selector: &str, text: &str) -> HtmlElement {
    for _ in 0..100 {
        let matches = root.query_selector_all(selector).unwrap();
        for index in 0..matches.length() {
            let element: HtmlElement = matches.item(index).unwrap().unchecked_into();
            if element.text_content().unwrap_or_default().contains(text) {
                return element;
            }
        }
        sleep(50).await;
    }
    panic!(
        "no `{selector}` containing “{text}” in: {}",
        root.inner_html()
    );
}
