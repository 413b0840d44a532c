//! Yielding to the browser between long pieces of work (starting the app, reading a file,
//! building the page that shows it, drawing the map), so that no single task holds the main
//! thread for long: a phone answers a tap in between, and Total Blocking Time counts each task
//! apart.

use js_sys::{Function, Promise};
use wasm_bindgen::JsCast;
use wasm_bindgen::JsValue;
use wasm_bindgen::prelude::Closure;
use wasm_bindgen_futures::JsFuture;

/// Resolves in a new task of the browser's event loop (a zero-delay timer), after any input
/// and rendering waiting in between.
pub async fn yield_to_browser() {
    settled_by(zero_timer).await;
}

/// Resolves in a task after the browser's next frame (style, layout and paint of what was
/// built until now), so that what comes next is laid out in a frame of its own.
pub async fn after_next_paint() {
    settled_by(|resolve| {
        let fallback = resolve.clone();
        let after_frame = Closure::once_into_js(move || zero_timer(resolve));
        let requested = web_sys::window().map(|window| {
            window
                .request_animation_frame(after_frame.unchecked_ref())
                .is_ok()
        });
        if requested != Some(true) {
            zero_timer(fallback);
        }
    })
    .await;
}

/// Resolves once the browser is idle (`requestIdleCallback`, at the latest after three
/// seconds), or after three seconds where it has no idle callback (Safari), or at once where
/// no timer can be set: for work no one waits for, such as fetching what a later scroll may
/// need.
pub async fn when_idle() {
    settled_by(|resolve| {
        let Some(window) = web_sys::window() else {
            return zero_timer(resolve);
        };
        let idle = js_sys::Reflect::get(&window, &JsValue::from_str("requestIdleCallback"))
            .ok()
            .and_then(|callback| callback.dyn_into::<Function>().ok());
        let requested = idle.is_some_and(|idle| {
            let options = js_sys::Object::new();
            let _ = js_sys::Reflect::set(
                &options,
                &JsValue::from_str("timeout"),
                &JsValue::from(IDLE_DEADLINE_MS),
            );
            idle.call2(&window, &resolve, &options).is_ok()
        });
        // Where no timer can be set either, at once, as `zero_timer` does.
        if !requested
            && window
                .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, IDLE_DEADLINE_MS)
                .is_err()
        {
            let _ = resolve.call0(&JsValue::NULL);
        }
    })
    .await;
}

/// How long [`when_idle`] waits at most, in milliseconds.
const IDLE_DEADLINE_MS: i32 = 3000;

/// A promise handed to `start`, which arranges for its resolution, awaited.
async fn settled_by(start: impl FnOnce(Function)) {
    let mut start = Some(start);
    let promise = Promise::new(&mut |resolve, _| {
        if let Some(start) = start.take() {
            start(resolve);
        }
    });
    let _ = JsFuture::from(promise).await;
}

/// Calls `resolve` from a zero-delay timer, or at once where no timer can be set.
fn zero_timer(resolve: Function) {
    let call = resolve.clone();
    let resume = Closure::once_into_js(move || call.call0(&JsValue::NULL));
    let set = web_sys::window().map(|window| {
        window
            .set_timeout_with_callback(resume.unchecked_ref())
            .is_ok()
    });
    if set != Some(true) {
        let _ = resolve.call0(&JsValue::NULL);
    }
}
