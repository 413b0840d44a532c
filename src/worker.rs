//! The data desk's worker (`src/bin/atlas-desk-worker.rs`): the desk's pure core
//! ([`crate::desk::protocol`]) off the page's thread, so that checking a file of any size never
//! stops the page from answering. It reads a request as JSON (a file's bytes beside it) and
//! posts its progress, the summary (the files to publish beside it, as blobs) and the preview's
//! words as JSON.

use crate::desk::protocol::{Desk, Reply, Request};
use std::cell::RefCell;
use wasm_bindgen::JsCast;
use wasm_bindgen::closure::Closure;
use web_sys::{Blob, BlobPropertyBag, DedicatedWorkerGlobalScope, MessageEvent};

thread_local! {
    /// The last file checked, to word its preview in another language.
    static LAST_CHECKED: RefCell<Option<Desk>> = const { RefCell::new(None) };
}

/// Listens for the page's requests, then says so ([`Reply::Ready`]).
pub fn listen() {
    console_error_panic_hook::set_once();
    let Some(scope) = scope() else { return };
    let on_message = Closure::<dyn Fn(MessageEvent)>::new(answer);
    scope.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    on_message.forget();
    post(&Reply::Ready);
}

fn scope() -> Option<DedicatedWorkerGlobalScope> {
    js_sys::global().dyn_into().ok()
}

fn post(reply: &Reply) {
    post_with(reply, &js_sys::Array::new());
}

/// Posts `reply` as `[reply JSON, ...files]`: files travel as blobs, which the page saves
/// without reading them (a large `atlas.json` read on the page's thread would stop it).
fn post_with(reply: &Reply, files: &js_sys::Array) {
    if let (Some(scope), Ok(text)) = (scope(), serde_json::to_string(reply)) {
        let message = js_sys::Array::of1(&text.into());
        for file in files.iter() {
            message.push(&file);
        }
        let _ = scope.post_message(&message);
    }
}

/// The files to publish as blobs, `atlas.json` then `facts.csv`; none when no row is kept.
fn publication_files(desk: &Desk) -> js_sys::Array {
    let files = js_sys::Array::new();
    let Some(publication) = desk.publication() else {
        return files;
    };
    for (text, kind) in [
        (publication.atlas_json, "application/json"),
        (publication.facts_csv, "text/csv;charset=utf-8"),
    ] {
        let options = BlobPropertyBag::new();
        options.set_type(kind);
        let parts = js_sys::Array::of1(&text.into());
        if let Ok(blob) = Blob::new_with_str_sequence_and_options(&parts, &options) {
            files.push(&blob);
        }
    }
    files
}

/// Answers one request: `[request JSON]`, or `[request JSON, file bytes]` for a check.
fn answer(event: MessageEvent) {
    let message = js_sys::Array::from(&event.data());
    let request = message.get(0).as_string();
    let Some(request) = request.and_then(|text| serde_json::from_str::<Request>(&text).ok()) else {
        return;
    };
    match &request {
        Request::Check(request) => {
            let bytes = js_sys::Uint8Array::new(&message.get(1)).to_vec();
            LAST_CHECKED.set(None);
            let progress = |done, total| post(&Reply::Progress { done, total });
            match Desk::check(request, &bytes, memory_bytes, progress) {
                Ok((desk, summary, words)) => {
                    drop(bytes);
                    post_with(
                        &Reply::Checked(Box::new(summary)),
                        &publication_files(&desk),
                    );
                    post(&Reply::Words(words));
                    LAST_CHECKED.set(Some(desk));
                }
                Err(error) => post(&Reply::Failed(error)),
            }
        }
        Request::Words(language) => LAST_CHECKED.with_borrow(|desk| {
            if let Some(desk) = desk {
                post(&Reply::Words(desk.words(language.install())));
            }
        }),
    }
}

/// The worker's WebAssembly memory, in bytes.
fn memory_bytes() -> usize {
    wasm_bindgen::memory()
        .dyn_into::<js_sys::WebAssembly::Memory>()
        .ok()
        .and_then(|memory| memory.buffer().dyn_into::<js_sys::ArrayBuffer>().ok())
        .map_or(0, |buffer| buffer.byte_length() as usize)
}
