//! The crafts showcase (`/crafts`): a card per family with its motif, flagship crafts, places,
//! labels and latest export share, narrowed by a search box and four menus kept in the link.

use crate::data::{Catalogue, CodedDimension, Loaded};
use crate::i18n::{Msg, facet_choice_name, facet_name, results_count_text};
use crate::showcase::{Facet, Filters, facet_options, family_cards};
use crate::stats::{ProfilePeriod, Profiles};
use crate::ui::context::{use_base, use_locale};
use crate::ui::query::{IgnoredSetting, QuerySetting, use_query_setting};
use crate::ui::widgets::{CatalogueView, FamilyCardView, PageIntro};
use crate::url_state::{CatalogueCode, SEARCH_PARAM, SearchText};
use leptos::prelude::*;
use std::sync::Arc;

/// `/crafts`: the showcase, with its search and filters in the link.
#[component]
pub fn CraftsPage() -> impl IntoView {
    view! {
        <PageIntro title=Msg::CraftsTitle lead=Msg::CraftsLead />
        <CatalogueView children=|loaded, catalogue| view! { <CraftsGrid loaded catalogue /> } />
    }
}

/// Every family's latest national export share.
fn latest_shares(loaded: &Loaded, catalogue: &Catalogue) -> Vec<(String, ProfilePeriod)> {
    let profiles = Profiles::new(&loaded.dataset, CodedDimension::ProductFamily);
    catalogue
        .families
        .iter()
        .filter_map(|f| Some((f.code.clone(), profiles.latest_share(&f.code)?)))
        .collect()
}

/// One facet's menu state: its setting in the link, the codes it offers, the choice shown and
/// the text of a choice it ignores (unreadable, or not offered).
#[derive(Clone)]
struct FacetState {
    facet: Facet,
    setting: QuerySetting<CatalogueCode>,
    options: Vec<String>,
    chosen: Signal<Option<String>>,
    ignored: Signal<Option<String>>,
}

impl FacetState {
    fn new(facet: Facet, options: Vec<String>) -> FacetState {
        let setting = use_query_setting::<CatalogueCode>(facet.param());
        let read = {
            let options = options.clone();
            move || {
                setting.value.get().map(|code| code.0).map(|code| {
                    let offered = options.contains(&code);
                    (code, offered)
                })
            }
        };
        let chosen = {
            let read = read.clone();
            Signal::derive(move || read().filter(|(_, offered)| *offered).map(|(code, _)| code))
        };
        let ignored = Signal::derive(move || {
            setting
                .unreadable
                .get()
                .or_else(|| read().filter(|(_, offered)| !offered).map(|(code, _)| code))
        });
        FacetState {
            facet,
            setting,
            options,
            chosen,
            ignored,
        }
    }
}

/// Search, menus, count and the cards that pass.
#[component]
fn CraftsGrid(loaded: Arc<Loaded>, catalogue: Arc<Catalogue>) -> impl IntoView {
    let locale = use_locale();
    let cards = Arc::new(family_cards(&catalogue, &loaded.dataset.codes));
    let total = cards.len();
    let shares = Arc::new(latest_shares(&loaded, &catalogue));
    let search = use_query_setting::<SearchText>(SEARCH_PARAM);
    let query = Signal::derive(move || search.value.get().map(|s| s.0).unwrap_or_default());
    let facets: Vec<FacetState> = Facet::ALL
        .into_iter()
        .map(|facet| FacetState::new(facet, facet_options(&catalogue, &cards, facet)))
        .collect();
    let filters = {
        let chosen: Vec<Signal<Option<String>>> = facets.iter().map(|f| f.chosen).collect();
        Memo::new(move |_| Filters {
            query: query.get(),
            chosen: [0, 1, 2, 3].map(|index| chosen[index].get()),
        })
    };
    let shown = {
        let cards = Arc::clone(&cards);
        Memo::new(move |_| {
            let filters = filters.get();
            cards
                .iter()
                .filter(|card| card.matches(&filters))
                .map(|card| card.code.clone())
                .collect::<Vec<_>>()
        })
    };
    let notices = facets
        .iter()
        .map(|state| view! { <IgnoredSetting key=state.facet.param() ignored=state.ignored /> })
        .collect_view();
    let menus = facets
        .into_iter()
        .map(|state| view! { <FacetMenu state catalogue=Arc::clone(&catalogue) loaded=Arc::clone(&loaded) /> })
        .collect_view();
    let reset_href = {
        let base = use_base();
        move || base.page("/crafts", locale.get())
    };
    let grid = {
        let (cards, catalogue, loaded) = (
            Arc::clone(&cards),
            Arc::clone(&catalogue),
            Arc::clone(&loaded),
        );
        move || {
            let shown = shown.get();
            cards
                .iter()
                .filter(|card| shown.contains(&card.code))
                .map(|card| {
                    let latest = shares.iter().find(|(code, _)| *code == card.code).map(|(_, share)| share.clone());
                    view! { <FamilyCardView card=card.clone() catalogue=Arc::clone(&catalogue) loaded=Arc::clone(&loaded) latest /> }
                })
                .collect_view()
        }
    };
    view! {
        {notices}
        <IgnoredSetting key=SEARCH_PARAM ignored=search.unreadable />
        <form class="crafts-filters" role="search" on:submit=|event| event.prevent_default()>
            <div class="crafts-search">
                <label for="crafts-search">{move || Msg::SearchLabel.text(locale.get())}</label>
                <input type="search" id="crafts-search" data-testid="crafts-search" prop:value=query
                    placeholder=move || Msg::SearchPlaceholder.text(locale.get())
                    on:input=move |event| {
                        let text = event_target_value(&event);
                        search.set.set((!text.is_empty()).then_some(SearchText(text.chars().take(100).collect())));
                    } />
            </div>
            {menus}
            <a class="crafts-reset" href=reset_href>{move || Msg::ResetFilters.text(locale.get())}</a>
        </form>
        <p class="crafts-count" role="status" aria-live="polite" data-testid="crafts-count">
            {move || results_count_text(locale.get(), shown.get().len(), total)}
        </p>
        <Show when=move || shown.get().is_empty()>
            <p class="empty-state" data-testid="crafts-empty">{move || Msg::NoMatch.text(locale.get())}</p>
        </Show>
        <ul class="family-grid" data-testid="family-grid">{grid}</ul>
    }
}

/// One facet's menu: "All" and the codes some card covers.
#[component]
fn FacetMenu(state: FacetState, catalogue: Arc<Catalogue>, loaded: Arc<Loaded>) -> impl IntoView {
    let locale = use_locale();
    let FacetState {
        facet,
        setting,
        options,
        chosen,
        ..
    } = state;
    let items = options
        .into_iter()
        .map(|code| {
            let (catalogue, loaded) = (Arc::clone(&catalogue), Arc::clone(&loaded));
            let value = code.clone();
            let selected = {
                let code = code.clone();
                move || chosen.get().as_deref() == Some(code.as_str())
            };
            view! {
                <option value=value selected=selected>
                    {move || facet_choice_name(locale.get(), &catalogue, &loaded.dataset.codes, facet, &code)}
                </option>
            }
        })
        .collect_view();
    let id = format!("facet-{}", facet.param());
    view! {
        <div class="crafts-facet">
            <label for=id.clone()>{move || facet_name(locale.get(), facet)}</label>
            <select id=id data-facet=facet.param() on:change=move |event| {
                let value = event_target_value(&event);
                setting.set.set(value.parse::<CatalogueCode>().ok());
            }>
                <option value="" selected=move || chosen.get().is_none()>{move || Msg::AnyChoice.text(locale.get())}</option>
                {items}
            </select>
        </div>
    }
}
