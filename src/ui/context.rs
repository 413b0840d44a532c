//! App-wide state shared through context: the language, where the app is hosted, and whether
//! the page is an embed. The files the app loads are shared by `ui::loaders`.

use crate::i18n::Locale;
use crate::tasks::after_next_paint;
use crate::ui::loaders::load_texts;
use crate::url_state::{base_path_of, localized_path};
use leptos::prelude::*;
use leptos::task::spawn_local;

/// The language the link asks for (`?lang=`) and the one the page is shown in.
#[derive(Clone, Copy)]
pub struct CurrentLocale {
    /// The language of the page's words.
    pub shown: Signal<Locale>,
    /// The language of the link, ahead of `shown` by one frame when it changes.
    pub requested: Signal<Locale>,
    /// The language asked for whose texts could not be downloaded: the page stays in `shown`.
    pub unavailable: Signal<Option<Locale>>,
    attempts: RwSignal<u32>,
}

impl CurrentLocale {
    /// Shows the page in the `requested` language once its texts are in (downloaded the first
    /// time, `loaders::load_texts`), a change applied in a task after the frame that answers
    /// the click: laying a whole page out again, right to left the first time, takes
    /// 150–250 ms on a slow phone, and the visitor sees the chosen language marked at once
    /// instead of a page that does not answer.
    pub fn following(requested: Signal<Locale>, base: AppBase) -> CurrentLocale {
        let shown = RwSignal::new(requested.get_untracked());
        let unavailable = RwSignal::new(None);
        let attempts = RwSignal::new(0);
        Effect::new(move |_| {
            let next = requested.get();
            attempts.track();
            if next == shown.get_untracked() {
                return unavailable.set(None);
            }
            let base = base.clone();
            spawn_local(async move {
                let loaded = load_texts(&base, next).await;
                after_next_paint().await;
                // A quicker second choice wins.
                if requested.get_untracked() != next {
                    return;
                }
                match loaded {
                    Ok(()) => {
                        unavailable.set(None);
                        shown.set(next);
                    }
                    Err(_) => unavailable.set(Some(next)),
                }
            });
        });
        CurrentLocale {
            shown: shown.into(),
            requested,
            unavailable: unavailable.into(),
            attempts,
        }
    }

    /// Tries again to download the texts of the language asked for.
    pub fn retry(&self) {
        self.attempts.update(|attempts| *attempts += 1);
    }
}

/// The language in context; French when no provider is mounted (isolated component tests).
pub fn use_locale() -> Signal<Locale> {
    locale_in_context(|current| current.shown)
}

/// The language the link asks for, which the language switcher marks at once.
pub fn use_requested_locale() -> Signal<Locale> {
    locale_in_context(|current| current.requested)
}

fn locale_in_context(pick: fn(CurrentLocale) -> Signal<Locale>) -> Signal<Locale> {
    use_context::<CurrentLocale>().map_or_else(|| Signal::stored(Locale::default()), pick)
}

/// The path the app is served under (`""` at the site root, `/atlas` under a sub-path), taken
/// from the document's `<base href>`, so one build works wherever it is hosted.
#[derive(Clone, Debug, PartialEq)]
pub struct AppBase(pub String);

impl AppBase {
    /// Reads the base path from the document; empty when there is none.
    pub fn from_document() -> AppBase {
        let path = web_sys::window()
            .and_then(|window| window.document())
            .and_then(|document| document.base_uri().ok().flatten())
            .and_then(|uri| web_sys::Url::new(&uri).ok())
            .map(|url| url.pathname())
            .unwrap_or_default();
        AppBase(base_path_of(&path))
    }

    /// A page link in `locale`, e.g. `/atlas/indicators?lang=ar`.
    pub fn page(&self, path: &str, locale: Locale) -> String {
        localized_path(&format!("{}{path}", self.0), locale)
    }

    /// A static file served by the app, e.g. `/atlas/data/atlas.json`.
    pub fn file(&self, path: &str) -> String {
        format!("{}/{path}", self.0)
    }

    /// Where the app serves the ECharts build.
    pub fn echarts_script(&self) -> String {
        self.file("echarts.min.js")
    }
}

/// Present in context inside an embed, where the embed tools are not offered again.
#[derive(Clone, Copy)]
pub struct InEmbed;

/// The base in context; the site root when no provider is mounted.
pub fn use_base() -> AppBase {
    use_context::<AppBase>().unwrap_or(AppBase(String::new()))
}
