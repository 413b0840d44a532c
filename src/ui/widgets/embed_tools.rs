//! The tools under every widget: the embed dialog (snippet, options, live preview) and "Share
//! the link". Inside an embed they are not offered again.

use crate::embed::{Accent, EmbedChoice, SourceStyle, Theme, snippet};
use crate::i18n::{Locale, Msg};
use crate::ui::context::{InEmbed, use_base, use_locale};
use crate::ui::loaders::use_dataset;
use leptos::prelude::*;

/// What a widget's tools menu asks of its embed tools: it opens the embed dialog and asks for
/// the link to be shared (they have no button of their own).
#[derive(Clone, Copy)]
pub struct FromMenu {
    /// Whether the embed dialog is open.
    pub dialog_open: RwSignal<bool>,
    /// Counts the menu's requests to share the link.
    pub share_requests: RwSignal<u32>,
}

impl FromMenu {
    /// Closed, nothing asked.
    pub fn new() -> FromMenu {
        FromMenu {
            dialog_open: RwSignal::new(false),
            share_requests: RwSignal::new(0),
        }
    }
}

impl Default for FromMenu {
    fn default() -> FromMenu {
        FromMenu::new()
    }
}

/// Provided by the bundles whose pages offer "Share the link" and "Embed" (`ui::app`): the
/// bundles that serve only embeds, which never offer them, then leave their code out.
#[derive(Clone, Copy)]
pub struct SharingOffered(fn(String, Signal<String>, FromMenu) -> AnyView);

impl SharingOffered {
    /// Offers the embed tools to the widgets below.
    pub fn provide() {
        provide_context(SharingOffered(|widget, title, from_menu| {
            view! { <EmbedTools widget title from_menu /> }.into_any()
        }));
    }
}

/// A widget's [`EmbedTools`] where its bundle offers them.
pub fn sharing_tools(
    widget: String,
    title: Signal<String>,
    from_menu: FromMenu,
) -> Option<AnyView> {
    use_context::<SharingOffered>().map(|SharingOffered(tools)| tools(widget, title, from_menu))
}

/// What a widget's tools menu opens: "Embed", the snippet for a ministry page with its options
/// and a live preview; "Share the link", which copies the address of the current view (and
/// opens the system's share sheet where there is one).
#[component]
pub fn EmbedTools(
    /// The widget's path below `/embed/`, e.g. `chart/exports`.
    widget: String,
    /// The widget's name, for the iframe's accessible title.
    #[prop(into)]
    title: Signal<String>,
    /// The widget's tools menu, which offers "Share the link" and "Embed".
    from_menu: FromMenu,
) -> impl IntoView {
    if use_context::<InEmbed>().is_some() {
        return ().into_any();
    }
    let locale = use_locale();
    let base = use_base();
    let origin = web_sys::window()
        .and_then(|window| window.location().origin().ok())
        .unwrap_or_default();
    let (theme, set_theme) = signal(Theme::Light);
    let (accent, set_accent) = signal(None::<Accent>);
    let (show_title, set_show_title) = signal(true);
    let (compact_source, set_compact_source) = signal(false);
    let (pin_data, set_pin_data) = signal(true);
    let shown_version = use_dataset();
    let version = move || {
        shown_version?
            .get()?
            .ok()
            .map(|loaded| loaded.version.clone())
    };
    let (status, set_status) = signal(None::<Msg>);
    let src = {
        let (origin, base) = (origin.clone(), base.0.clone());
        Memo::new(move |_| {
            let locale = locale.get();
            EmbedChoice {
                lang: (locale != Locale::default()).then(|| locale.tag().to_owned()),
                theme: theme.get(),
                accent: accent.get(),
                title: show_title.get(),
                source: if compact_source.get() {
                    SourceStyle::Compact
                } else {
                    SourceStyle::Full
                },
                data: version().filter(|_| pin_data.get()),
            }
            .src(&origin, &base, &widget)
        })
    };
    let script = format!("{origin}{}/embed.js", base.0);
    let code = Memo::new(move |_| snippet(&src.get(), &title.get(), &script));
    let copy = move |text: String, done: Msg| {
        leptos::task::spawn_local(async move {
            let copied = match web_sys::window() {
                Some(window) => {
                    let promise = window.navigator().clipboard().write_text(&text);
                    wasm_bindgen_futures::JsFuture::from(promise).await.is_ok()
                }
                None => false,
            };
            set_status.set(Some(if copied { done } else { Msg::CopyFailed }));
        });
    };
    let share = move |_: ()| {
        let Some(window) = web_sys::window() else {
            return;
        };
        let href = window.location().href().unwrap_or_default();
        let navigator = window.navigator();
        let can_share = js_sys::Reflect::has(&navigator, &"share".into()).unwrap_or(false);
        if can_share {
            let data = web_sys::ShareData::new();
            data.set_url(&href);
            data.set_title(&title.get_untracked());
            let _ = navigator.share_with_data(&data);
        }
        copy(href, Msg::LinkCopied);
    };
    Effect::watch(
        move || from_menu.share_requests.get(),
        move |_, _, _| share(()),
        false,
    );
    let dialog_open = from_menu.dialog_open;
    // The dialog's options, code and preview frame are built when it is first opened: a page
    // with several charts does not build (nor frame) what most visitors never open.
    let (opened, set_opened) = signal(false);
    let built = move || opened.get() || dialog_open.get();
    let option = move |value: &'static str, label: Msg| {
        view! { <option value=value>{move || label.text(locale.get())}</option> }
    };
    view! {
        <div class="embed-tools">
            <details class="embed-dialog" data-testid="embed-dialog"
                prop:open=move || dialog_open.get()
                on:toggle=move |event| {
                    let now = event_target::<web_sys::HtmlDetailsElement>(&event).open();
                    if now { set_opened.set(true); }
                    if now != dialog_open.get_untracked() { dialog_open.set(now); }
                }>
                <summary>{move || Msg::Embed.text(locale.get())}</summary>
                <Show when=built>
                <div class="embed-options">
                    <label>
                        <span>{move || Msg::Theme.text(locale.get())}</span>
                        <select data-option="theme" on:change=move |event| {
                            set_theme.set(event_target_value(&event).parse().unwrap_or_default());
                        }>
                            {option("light", Msg::ThemeLight)}
                            {option("dark", Msg::ThemeDark)}
                            {option("auto", Msg::ThemeAuto)}
                        </select>
                    </label>
                    <label>
                        <span>{move || Msg::Accent.text(locale.get())}</span>
                        <select data-option="accent" on:change=move |event| {
                            set_accent.set(event_target_value(&event).parse().ok());
                        }>
                            {option("", Msg::AccentDefault)}
                            <option value="terracotta">"terracotta"</option>
                            <option value="green">"green"</option>
                            <option value="saffron">"saffron"</option>
                        </select>
                    </label>
                    <label class="embed-check">
                        <input type="checkbox" data-option="title" prop:checked=show_title
                            on:change=move |event| set_show_title.set(event_target_checked(&event)) />
                        <span>{move || Msg::ShowTitle.text(locale.get())}</span>
                    </label>
                    <label class="embed-check">
                        <input type="checkbox" data-option="source" prop:checked=compact_source
                            on:change=move |event| set_compact_source.set(event_target_checked(&event)) />
                        <span>{move || Msg::CompactSource.text(locale.get())}</span>
                    </label>
                    <label class="embed-check">
                        <input type="checkbox" data-option="data" prop:checked=pin_data
                            on:change=move |event| set_pin_data.set(event_target_checked(&event)) />
                        <span>{move || Msg::PinData.text(locale.get())} " " <bdi>{move || version().map(|v| v.to_string())}</bdi></span>
                    </label>
                </div>
                <label class="embed-code">
                    <span>{move || Msg::CodeLabel.text(locale.get())}</span>
                    <textarea readonly rows="4" data-testid="embed-code" prop:value=code></textarea>
                </label>
                <button type="button" on:click=move |_| copy(code.get_untracked(), Msg::Copied)>
                    {move || Msg::CopyCode.text(locale.get())}
                </button>
                <p class="embed-preview-label">{move || Msg::Preview.text(locale.get())}</p>
                <iframe class="embed-preview" prop:loading="lazy" src=move || src.get()
                    title=move || format!("{} — {}", Msg::Preview.text(locale.get()), title.get())></iframe>
                </Show>
            </details>
            <p class="embed-status" role="status">{move || status.get().map(|msg| msg.text(locale.get()))}</p>
        </div>
    }
    .into_any()
}
