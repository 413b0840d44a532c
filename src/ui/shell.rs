//! The site chrome around every page: header with navigation and language switcher, the
//! notices for ignored URL parameters and pinned data versions, and the footer.

use super::context::{CurrentLocale, use_base, use_locale, use_requested_locale};
use super::loaders::use_dataset;
use super::query::{IgnoredSetting, use_query_setting};
use super::widgets::focus_left;
use crate::charts::ChartId;
use crate::data::{DataVersion, VersionChoice};
use crate::i18n::{Locale, Msg, pinned_version_text, unknown_language_text};
use crate::url_state::{DATA_PARAM, LANG_PARAM, Parsed, SITE_SECTIONS, TABLE_PARAM, parse_locale};
use leptos::ev::{FocusEvent, KeyboardEvent};
use leptos::prelude::*;
use leptos_router::hooks::{use_location, use_query_map};

/// Brand, main navigation and language switcher.
#[component]
pub fn Header() -> impl IntoView {
    let locale = use_locale();
    let base = use_base();
    let home = base.clone();
    let location = use_location();
    let links = SITE_SECTIONS.map(|(path, label, below)| {
        let base = base.clone();
        let target = format!("{}{path}", base.0);
        let below = below.map(|prefix| format!("{}{prefix}", base.0));
        // The section's own page is the current page; a page below it (a market's profile,
        // a family's page) marks the section as the current location.
        let current = move || {
            location.pathname.with(|current| {
                if current.trim_end_matches('/') == target.trim_end_matches('/') {
                    Some("page")
                } else if below
                    .as_ref()
                    .is_some_and(|prefix| current.starts_with(prefix.as_str()))
                {
                    Some("location")
                } else {
                    None
                }
            })
        };
        view! {
            <li>
                <a href=move || base.page(path, locale.get()) aria-current=current>
                    {move || label.text(locale.get())}
                </a>
            </li>
        }
    });
    view! {
        <header class="site-header">
            <a class="brand" href=move || home.page("/", locale.get())>
                <span class="brand-mark" aria-hidden="true"></span>
                <span class="brand-text">
                    <span class="brand-name">{move || Msg::AppName.text(locale.get())}</span>
                    <span class="brand-tagline">{move || Msg::AppTagline.text(locale.get())}</span>
                </span>
            </a>
            <HeaderMenu
                class="main-nav"
                label=Msg::MainNavigation
                summary=move || {
                    view! {
                        <span class="menu-icon" aria-hidden="true"></span>
                        <span>{move || Msg::MenuLabel.text(locale.get())}</span>
                    }
                }
            >
                <ul>{links}</ul>
            </HeaderMenu>
            <LanguageSwitcher />
        </header>
    }
}

/// Header links that fold into one button on a phone: a `<details>` disclosure, which works
/// in the page's shell before the app starts. Escape closes it and returns focus to its
/// button; focus or a tap leaving it closes it, and so does following one of its links. On
/// wider screens the links show and the button does not (`style/layout.css`).
#[component]
fn HeaderMenu(
    class: &'static str,
    label: Msg,
    #[prop(into)] summary: ViewFn,
    children: Children,
) -> impl IntoView {
    let locale = use_locale();
    let details = NodeRef::<leptos::html::Details>::new();
    let summary_button = NodeRef::<leptos::html::Summary>::new();
    let location = use_location();
    Effect::new(move |_| {
        location.pathname.track();
        location.search.track();
        if let Some(details) = details.get_untracked() {
            details.set_open(false);
        }
    });
    let close_on_escape = move |event: KeyboardEvent| {
        if event.key() == "Escape"
            && let Some(details) = details.get()
            && details.open()
        {
            details.set_open(false);
            if let Some(summary) = summary_button.get() {
                let _ = summary.focus();
            }
        }
    };
    let close_on_leave = move |event: FocusEvent| {
        if let Some(details) = details.get()
            && focus_left(&event, Some(&details))
        {
            details.set_open(false);
        }
    };
    view! {
        <nav class=format!("header-menu {class}") aria-label=move || label.text(locale.get())>
            <details node_ref=details on:keydown=close_on_escape on:focusout=close_on_leave>
                <summary node_ref=summary_button>{summary.run()}</summary>
                {children()}
            </details>
        </nav>
    }
}

/// Links to the current page in each language, keeping the page's other settings; the
/// language lives in the URL, so every view can be shared as it is.
#[component]
fn LanguageSwitcher() -> impl IntoView {
    let requested = use_requested_locale();
    let location = use_location();
    let choices = Locale::ALL.map(|choice| {
        let href = move || {
            let mut query = location.query.get();
            query.remove(LANG_PARAM);
            if choice != Locale::default() {
                query.replace(LANG_PARAM, choice.tag().to_owned());
            }
            format!("{}{}", location.pathname.get(), query.to_query_string())
        };
        view! {
            <li>
                <a
                    href=href
                    lang=choice.tag()
                    hreflang=choice.tag()
                    aria-current=move || (requested.get() == choice).then_some("true")
                >
                    {choice.native_name()}
                </a>
            </li>
        }
    });
    view! {
        <HeaderMenu
            class="language-switcher"
            label=Msg::LanguageLabel
            summary=move || {
                view! {
                    <span aria-hidden="true">{move || requested.get().short_name()}</span>
                    <span class="visually-hidden">{move || requested.get().native_name()}</span>
                }
            }
        >
            <ul>{choices}</ul>
        </HeaderMenu>
    }
}

/// The notices about the link itself, shared by every page and embed: a language, data
/// version or table it names that the app does not have, a language whose texts could not be
/// downloaded, and a pinned data version.
#[component]
pub fn LinkNotices() -> impl IntoView {
    let locale = use_locale();
    let query = use_query_map();
    let lang = Memo::new(move |_| parse_locale(query.read().get(LANG_PARAM).as_deref()));
    let unknown_language = move || match lang.get() {
        Parsed::Invalid(raw) => Some(view! {
            <p class="notice" role="status">{unknown_language_text(locale.get(), &raw)}</p>
        }),
        Parsed::Valid(_) | Parsed::Missing => None,
    };
    let pin = use_query_setting::<DataVersion>(DATA_PARAM);
    let table = use_query_setting::<ChartId>(TABLE_PARAM);
    view! {
        {unknown_language}
        <LanguageUnavailable />
        <IgnoredSetting key=DATA_PARAM ignored=pin.unreadable />
        <IgnoredSetting key=TABLE_PARAM ignored=table.unreadable />
        <DataVersionNotice />
    }
}

/// Says when the language asked for could not be downloaded (the page stays in its language),
/// with a button that tries again.
#[component]
fn LanguageUnavailable() -> impl IntoView {
    let locale = use_locale();
    let current = use_context::<CurrentLocale>();
    let missing = move || current.and_then(|current| current.unavailable.get());
    let retry = move |_| {
        if let Some(current) = current {
            current.retry();
        }
    };
    move || {
        missing().map(|missing| {
            view! {
                <div class="notice" role="alert" data-testid="language-unavailable">
                    <p>
                        {Msg::LanguageUnavailable
                            .fill(locale.get(), &[("language", missing.native_name())])}
                    </p>
                    <button type="button" on:click=retry>
                        {Msg::Retry.text(locale.get())}
                    </button>
                </div>
            }
        })
    }
}

/// Says when the figures on screen are not the current ones (an older version pinned by the
/// link, with a link to the current figures) or when the pinned version is not kept.
#[component]
fn DataVersionNotice() -> impl IntoView {
    let locale = use_locale();
    let location = use_location();
    let resource = use_dataset();
    let current_figures = move || {
        let mut query = location.query.get();
        query.remove(DATA_PARAM);
        format!("{}{}", location.pathname.get(), query.to_query_string())
    };
    move || {
        let loaded = resource?.get()?.ok()?;
        let link = matches!(loaded.pinned, VersionChoice::Kept(_)).then(|| {
            view! { " " <a href=current_figures>{move || Msg::ShowCurrentFigures.text(locale.get())}</a> }
        });
        let text = {
            let loaded = std::sync::Arc::clone(&loaded);
            move || pinned_version_text(locale.get(), &loaded.pinned)
        };
        (loaded.pinned != VersionChoice::Current).then(|| {
            view! { <p class="notice" role="status" data-testid="data-version-notice">{text} {link}</p> }
        })
    }
}

/// About line, link to sources and the downloadable facts.
#[component]
pub fn Footer() -> impl IntoView {
    let locale = use_locale();
    let base = use_base();
    let facts = base.file("data/facts.csv");
    view! {
        <footer class="site-footer">
            <p>{move || Msg::FooterAbout.text(locale.get())}</p>
            <ul>
                <li>
                    <a href={
                        let base = base.clone();
                        move || base.page("/sources", locale.get())
                    }>
                        {move || Msg::FooterSourcesLink.text(locale.get())}
                    </a>
                </li>
                <li>
                    <a href=facts download="artisanat-atlas-facts.csv">
                        {move || Msg::FooterDataDownload.text(locale.get())}
                    </a>
                </li>
                // The desk is a bundle of its own: the link loads it (`rel="external"`).
                <li>
                    <a href=move || base.page("/desk", locale.get()) rel="external">
                        {move || Msg::DeskTitle.text(locale.get())}
                    </a>
                </li>
            </ul>
        </footer>
    }
}
