//! View settings kept in the URL query, so that a chosen view can be shared and survives a
//! reload: Leptos's `query_signal`, replacing the history entry instead of adding one, plus
//! the raw text of a parameter that was present but could not be read.

use crate::i18n::ignored_setting_text;
use crate::ui::context::use_locale;
use leptos::prelude::*;
use leptos_router::NavigateOptions;
use leptos_router::hooks::{query_signal_with_options, use_query_map};
use std::str::FromStr;

/// One setting: its value when the URL holds a readable one, how to change it (`None` removes
/// the parameter), and the raw text of an unreadable one.
pub struct QuerySetting<T: Send + Sync + 'static> {
    /// The parameter's key.
    pub key: &'static str,
    /// The value, when the link holds a readable one.
    pub value: Memo<Option<T>>,
    /// Writes the value into the link (`None` removes it).
    pub set: SignalSetter<Option<T>>,
    /// The raw text of an unreadable value.
    pub unreadable: Memo<Option<String>>,
}

impl<T: Send + Sync + 'static> Clone for QuerySetting<T> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<T: Send + Sync + 'static> Copy for QuerySetting<T> {}

impl<T> QuerySetting<T>
where
    T: Clone + PartialEq + ToString + Send + Sync + 'static,
{
    /// What to show: the URL's value when `usable` accepts it, else `default`; and the text
    /// of the setting the page ignores (unreadable, or readable but not available here).
    pub fn resolve(
        self,
        usable: impl Fn(&T) -> bool + Clone + Send + Sync + 'static,
        default: T,
    ) -> (Memo<T>, Signal<Option<String>>) {
        let accepted = usable.clone();
        let shown = Memo::new(move |_| {
            self.value
                .get()
                .filter(|value| accepted(value))
                .unwrap_or_else(|| default.clone())
        });
        let ignored = Signal::derive(move || {
            let unavailable = self.value.get().filter(|value| !usable(value));
            self.unreadable
                .get()
                .or_else(|| unavailable.map(|value| value.to_string()))
        });
        (shown, ignored)
    }

    /// Puts `value` in the URL, or takes the parameter out when `value` is the default.
    pub fn store(self, value: T, default: &T) {
        self.set.set((value != *default).then_some(value));
    }
}

/// The setting stored under `key`.
pub fn use_query_setting<T>(key: &'static str) -> QuerySetting<T>
where
    T: FromStr + ToString + PartialEq + Send + Sync + 'static,
{
    // The router's pathname already holds the base path (`/atlas/indicators`): resolving it
    // against the base again would give `/atlas/atlas/indicators`.
    let options = NavigateOptions {
        resolve: false,
        replace: true,
        scroll: false,
        ..NavigateOptions::default()
    };
    let (value, set) = query_signal_with_options::<T>(key, options);
    let query = use_query_map();
    let unreadable = Memo::new(move |_| {
        query.with(|map| {
            map.get_str(key)
                .filter(|raw| raw.parse::<T>().is_err())
                .map(str::to_owned)
        })
    });
    QuerySetting {
        key,
        value,
        set,
        unreadable,
    }
}

/// Says which setting of the link was not used, when `ignored` holds its text.
#[component]
pub fn IgnoredSetting(
    /// The parameter's key.
    key: &'static str,
    /// The text the page could not use, if any.
    #[prop(into)]
    ignored: Signal<Option<String>>,
) -> impl IntoView {
    let locale = use_locale();
    move || {
        ignored.get().map(|raw| {
            view! { <p class="notice" role="status">{ignored_setting_text(locale.get(), key, &raw)}</p> }
        })
    }
}
