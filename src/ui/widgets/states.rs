//! Loading and error states, and `<DatasetView>` and `<FileView>`, which show one or the other
//! until the dataset or another file is there.

use crate::data::{Loaded, Severity};
use crate::i18n::{Msg, skipped_records_text};
use crate::tasks::after_next_paint;
use crate::ui::context::use_locale;
use crate::ui::loaders::{LoadError, Loading, use_dataset};
use leptos::prelude::*;
use std::sync::Arc;

/// A polite "loading" line with a spinner.
#[component]
pub fn LoadingState() -> impl IntoView {
    let locale = use_locale();
    view! {
        <p class="loading" role="status" aria-live="polite">
            <span class="spinner" aria-hidden="true"></span>
            {move || Msg::Loading.text(locale.get())}
        </p>
    }
}

/// A translated error with a retry button; the rest of the page keeps working.
#[component]
pub fn LoadErrorPanel(error: LoadError, #[prop(into)] on_retry: Callback<()>) -> impl IntoView {
    let locale = use_locale();
    view! {
        <div class="error-panel" role="alert">
            <p class="error-title">{move || Msg::LoadFailed.text(locale.get())}</p>
            <p>{move || error.message(locale.get())}</p>
            <button type="button" on:click=move |_| on_retry.run(())>
                {move || Msg::Retry.text(locale.get())}
            </button>
        </div>
    }
}

/// Renders `children` with the loaded dataset, after a loading state, or an error panel with
/// retry when the data cannot be fetched or read. Skipped records are counted in a note.
#[component]
pub fn DatasetView<V: IntoView + 'static>(
    children: impl Fn(Arc<Loaded>) -> V + Send + Sync + 'static,
) -> impl IntoView {
    let locale = use_locale();
    let resource = use_dataset();
    let children = Arc::new(children);
    view! {
        <Suspense fallback=LoadingState>
            {move || {
                let children = Arc::clone(&children);
                Suspend::new(async move {
                    let outcome = match resource {
                        Some(resource) => resource.await,
                        None => Err(LoadError::Fetch(crate::net::FetchError::Network("no dataset provider".into()))),
                    };
                    match outcome {
                        Ok(loaded) => {
                            let skipped = loaded.issues.iter().filter(|issue| issue.severity() == Severity::Error).count();
                            let note = (skipped > 0).then(|| view! {
                                <p class="notice">{move || skipped_records_text(locale.get(), skipped)}</p>
                            });
                            view! { {note} {children(loaded)} }.into_any()
                        }
                        Err(error) => {
                            let retry = move || if let Some(resource) = resource { resource.refetch() };
                            view! { <LoadErrorPanel error on_retry=retry /> }.into_any()
                        }
                    }
                })
            }}
        </Suspense>
    }
}

/// Renders `children` with a file the app reads beside its code (`loading`, one of
/// `ui::loaders`), after `fallback` (the loading line unless given), or an error panel with
/// retry when the file cannot be fetched or read.
#[component]
pub fn FileView<T, V>(
    loading: Loading<T>,
    #[prop(optional, into)] fallback: Option<ViewFnOnce>,
    children: impl Fn(Arc<T>) -> V + Send + Sync + 'static,
) -> impl IntoView
where
    T: Send + Sync + 'static,
    V: IntoView + 'static,
{
    let children = Arc::new(children);
    let fallback = fallback.unwrap_or_else(|| ViewFnOnce::from(|| view! { <LoadingState /> }));
    view! {
        <Suspense fallback>
            {move || {
                let children = Arc::clone(&children);
                Suspend::new(async move {
                    match loading.await {
                        Ok(file) => children(file).into_any(),
                        Err(error) => view! {
                            <LoadErrorPanel error on_retry=move || loading.refetch() />
                        }.into_any(),
                    }
                })
            }}
        </Suspense>
    }
}

/// Builds `children` after the view around it has been shown and what it draws in the next
/// frame (the export map's shapes), so that a page's tasks and frames stay short. For a part
/// that does not move what is above it when it appears (a side column, or a part below the
/// first screen).
#[component]
pub fn Later(children: ChildrenFn) -> impl IntoView {
    let ready = RwSignal::new(false);
    leptos::task::spawn_local(async move {
        after_next_paint().await;
        after_next_paint().await;
        ready.try_set(true);
    });
    view! { <Show when=move || ready.get()>{children()}</Show> }
}
