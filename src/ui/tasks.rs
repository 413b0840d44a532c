//! Yielding to the browser between long pieces of work (starting the app, reading a file,
//! building the page that shows it), so that no single task holds the main thread for long:
//! a phone answers a tap in between, and Total Blocking Time counts each task apart.

use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::Closure;

/// Resolves in a new task of the browser's event loop (a zero-delay timer), after any input
/// and rendering waiting in between. Without a window it resolves at once.
pub async fn yield_to_browser() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let Some(window) = web_sys::window() else {
            let _ = resolve.call0(&wasm_bindgen::JsValue::NULL);
            return;
        };
        let resume = Closure::once_into_js(move || {
            let _ = resolve.call0(&wasm_bindgen::JsValue::NULL);
        });
        if window
            .set_timeout_with_callback(resume.unchecked_ref())
            .is_err()
        {
            let _ = resume
                .unchecked_ref::<js_sys::Function>()
                .call0(&wasm_bindgen::JsValue::NULL);
        }
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}
