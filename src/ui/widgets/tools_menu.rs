//! `<ToolsMenu>`: a widget's tools (downloads, share, embed) behind one button, so that on a
//! phone the widget itself comes first. It follows the ARIA menu button pattern: the button
//! says whether the menu is open; arrow keys, Home and End move among the items; Escape and Tab
//! close it, Escape returning focus to the button; a choice closes it.

use super::{DownloadFailedNotice, FromMenu, SharingOffered, save_data, sharing_tools};
use crate::data::Source;
use crate::i18n::Msg;
use crate::ui::context::{InEmbed, use_locale};
use leptos::ev::KeyboardEvent;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// One entry of the menu: its label and what choosing it does.
#[derive(Clone)]
pub struct MenuItem {
    /// What the entry says.
    pub label: Msg,
    /// `data-testid` of the entry, for tests and analytics-free debugging.
    pub test_id: &'static str,
    /// Run when the entry is chosen.
    pub run: Callback<()>,
}

/// A widget's entries: its `data` saved as CSV and JSON and its `picture` as PNG and SVG, when
/// it has them, then "Share the link" and "Embed" when it can be embedded (`shared`) and its
/// bundle offers them ([`SharingOffered`]), except inside an embed. Every widget offers them
/// in this order.
pub fn widget_items(
    data: Option<(Callback<()>, Callback<()>)>,
    picture: Option<(Callback<()>, Callback<()>)>,
    shared: Option<FromMenu>,
) -> Vec<MenuItem> {
    let item = |label, test_id, run| MenuItem {
        label,
        test_id,
        run,
    };
    let mut items = Vec::new();
    if let Some((csv, json)) = data {
        items.push(item(Msg::DownloadCsv, "download-csv", csv));
        items.push(item(Msg::DownloadJson, "download-json", json));
    }
    if let Some((png, svg)) = picture {
        items.push(item(Msg::DownloadPng, "download-png", png));
        items.push(item(Msg::DownloadSvg, "download-svg", svg));
    }
    let sharing = use_context::<InEmbed>().is_none() && use_context::<SharingOffered>().is_some();
    if let Some(menu) = shared.filter(|_| sharing) {
        let share = Callback::new(move |()| menu.share_requests.update(|n| *n += 1));
        items.push(item(Msg::Share, "share-link", share));
        let embed = Callback::new(move |()| menu.dialog_open.set(true));
        items.push(item(Msg::Embed, "open-embed", embed));
    }
    items
}

/// What a card's data downloads hold: their title, the rows as CSV with raw numbers, and
/// their sources.
pub type CardData = (Signal<String>, Signal<String>, Signal<Vec<Source>>);

/// A card's tools (a headline card, a family card): one menu with the card's `data` as CSV and
/// JSON when it has figures, then the link to share and the embed of `widget` (its path below
/// `/embed/`, named `title`); says so when the browser refuses a download.
#[component]
pub fn CardTools(
    /// The stem of the file names and of the menu's id (`kpi-latest-year`, `family-carpets`).
    stem: String,
    #[prop(into)] title: Signal<String>,
    data: Option<CardData>,
    widget: String,
    #[prop(optional)] test_id: Option<&'static str>,
) -> impl IntoView {
    let (failed, set_failed) = signal(false);
    let from_menu = FromMenu::new();
    let id = format!("{stem}-tools");
    let data = data
        .map(|(data_title, csv, sources)| save_data(stem, data_title, csv, sources, set_failed));
    let items = widget_items(data, None, Some(from_menu));
    view! {
        <div class="kpi-downloads" data-testid=test_id>
            <ToolsMenu id items />
        </div>
        <DownloadFailedNotice failed />
        {sharing_tools(widget, title, from_menu)}
    }
}

/// Whether the focus that `event` reports leaving goes outside `root` (or nowhere: a click on
/// the page around it).
pub fn focus_left(event: &leptos::ev::FocusEvent, root: Option<&web_sys::Node>) -> bool {
    let target = event
        .related_target()
        .and_then(|target| target.dyn_into::<web_sys::Node>().ok());
    !root
        .zip(target)
        .is_some_and(|(root, target)| root.contains(Some(&target)))
}

/// The menu button and its menu of `items`; `id` names the menu for `aria-controls`.
#[component]
pub fn ToolsMenu(id: String, items: Vec<MenuItem>) -> impl IntoView {
    let locale = use_locale();
    let open = RwSignal::new(false);
    let button = NodeRef::<leptos::html::Button>::new();
    let menu = NodeRef::<leptos::html::Div>::new();
    let focus_item = move |index: isize| {
        let Some(menu) = menu.get() else { return };
        let Ok(items) = menu.query_selector_all("[role=menuitem]") else {
            return;
        };
        let count = items.length() as isize;
        if count == 0 {
            return;
        }
        let current = (0..count).find(|&i| {
            items.item(i as u32).is_some_and(|item| {
                document()
                    .active_element()
                    .is_some_and(|active| active == item.clone().unchecked_into())
            })
        });
        let next = match index {
            isize::MIN => 0,
            isize::MAX => count - 1,
            step => current.map_or(0, |current| (current + step).rem_euclid(count)),
        };
        if let Some(item) = items
            .item(next as u32)
            .and_then(|node| node.dyn_into::<web_sys::HtmlElement>().ok())
        {
            let _ = item.focus();
        }
    };
    let open_at = move |index: isize| {
        open.set(true);
        // The items exist once the menu is shown.
        request_animation_frame(move || focus_item(index));
    };
    let close = move |return_focus: bool| {
        open.set(false);
        if return_focus && let Some(button) = button.get() {
            let _ = button.focus();
        }
    };
    let on_button_key = move |event: KeyboardEvent| match event.key().as_str() {
        "ArrowDown" | "Enter" | " " => {
            event.prevent_default();
            open_at(isize::MIN);
        }
        "ArrowUp" => {
            event.prevent_default();
            open_at(isize::MAX);
        }
        _ => {}
    };
    let on_menu_key = move |event: KeyboardEvent| {
        let step = match event.key().as_str() {
            "ArrowDown" => 1,
            "ArrowUp" => -1,
            "Home" => isize::MIN,
            "End" => isize::MAX,
            "Escape" => return close(true),
            "Tab" => return close(false),
            _ => return,
        };
        event.prevent_default();
        focus_item(step);
    };
    // A click or tap outside closes the menu.
    let on_focus_out = move |event: leptos::ev::FocusEvent| {
        let root = menu.get().and_then(|menu| menu.parent_node());
        if focus_left(&event, root.as_ref()) {
            open.set(false);
        }
    };
    let button_id = format!("{id}-button");
    view! {
        <div class="tools-menu" on:focusout=on_focus_out>
            <button type="button" id=button_id.clone() node_ref=button aria-haspopup="menu"
                aria-controls=id.clone() aria-expanded=move || open.get().to_string()
                on:click=move |_| if open.get_untracked() { close(false) } else { open_at(isize::MIN) }
                on:keydown=on_button_key>
                {move || Msg::WidgetTools.text(locale.get())}
                <span aria-hidden="true">" ▾"</span>
            </button>
            <div role="menu" id=id aria-labelledby=button_id node_ref=menu hidden=move || !open.get()
                on:keydown=on_menu_key>
                {items.into_iter().map(|item| {
                    let MenuItem { label, test_id, run } = item;
                    view! {
                        <button type="button" role="menuitem" tabindex="-1" data-testid=test_id
                            on:click=move |_| { close(true); run.run(()); }>
                            {move || label.text(locale.get())}
                        </button>
                    }
                }).collect_view()}
            </div>
        </div>
    }
}
