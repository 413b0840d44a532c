//! "Download data (CSV)" and "(JSON)" for any widget's tools menu: the same rows as raw
//! numbers, the JSON with the widget's title and its sources.

use crate::charts::data_json;
use crate::data::Source;
use crate::i18n::Msg;
use crate::ui::context::use_locale;
use crate::ui::download::save_text;
use leptos::prelude::*;

/// "The file could not be saved", while `failed` is set (the browser refused a download).
#[component]
pub fn DownloadFailedNotice(failed: ReadSignal<bool>) -> impl IntoView {
    let locale = use_locale();
    view! {
        <Show when=move || failed.get()>
            <p class="notice" role="status">{move || Msg::DownloadFailed.text(locale.get())}</p>
        </Show>
    }
}

/// What saving the data as CSV and as JSON does, for buttons or a tools menu; `failed` is set
/// when the browser refuses the file.
pub fn save_data(
    name: String,
    title: Signal<String>,
    csv: Signal<String>,
    sources: Signal<Vec<Source>>,
    failed: WriteSignal<bool>,
) -> (Callback<()>, Callback<()>) {
    let csv_name = format!("{name}.csv");
    let json_name = format!("{name}.json");
    let save_csv = Callback::new(move |()| {
        let saved = save_text(&csv_name, "text/csv;charset=utf-8", &csv.get_untracked());
        failed.set(saved.is_err());
    });
    let save_json = Callback::new(move |()| {
        let json = data_json(
            &title.get_untracked(),
            &csv.get_untracked(),
            &sources.get_untracked(),
        );
        let saved = save_text(&json_name, "application/json;charset=utf-8", &json);
        failed.set(saved.is_err());
    });
    (save_csv, save_json)
}
