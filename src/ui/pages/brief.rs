//! A family's buyer brief (`/craft/<code>/brief`, optionally `?market=US`): the figures, markets,
//! places, labels and sourcing channels on one printable A4 page (the print sheet is in
//! `style/showcase.css`), in the chosen language.

use super::family::UnknownFamily;
use crate::data::{Catalogue, CodedDimension, Loaded};
use crate::i18n::{
    Msg, channel_kind_text, code_name, family_detail_text, format_percent, framework_name,
    label_kind_text, label_text, list_separator, market_name, page_title, period_label, words,
};
use crate::stats::{Profile, Profiles};
use crate::ui::context::{use_base, use_locale};
use crate::ui::loaders::use_country_names;
use crate::ui::query::{IgnoredSetting, use_query_setting};
use crate::ui::widgets::{
    CatalogueSourceLine, CatalogueView, FamilyMotif, ProfileFigures, catalogue_sources, fact_item,
};
use crate::url_state::{CatalogueCode, MARKET_PARAM, MarketCode, craft_path};
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_params_map;
use std::sync::Arc;

/// `/craft/<code>/brief`: the code checked, then the brief once the data and catalogue are in.
#[component]
pub fn BriefPage() -> impl IntoView {
    let params = use_params_map();
    let raw = move || params.read().get("code").unwrap_or_default();
    move || {
        match raw().parse::<CatalogueCode>() {
        Ok(CatalogueCode(code)) => view! {
            <CatalogueView children=move |loaded, catalogue| view! { <Brief loaded catalogue code=code.clone() /> } />
        }
        .into_any(),
        Err(()) => view! { <UnknownFamily /> }.into_any(),
    }
    }
}

/// The brief of one family, for all its markets or the one in the link.
#[component]
fn Brief(loaded: Arc<Loaded>, catalogue: Arc<Catalogue>, code: String) -> impl IntoView {
    let locale = use_locale();
    let base = use_base();
    let Some(family) = catalogue.family(&code).cloned() else {
        return view! { <UnknownFamily /> }.into_any();
    };
    let profile = Arc::new(Profiles::new(&loaded.dataset, CodedDimension::ProductFamily).of(&code));
    let markets: Vec<String> = profile
        .named(CodedDimension::Destination)
        .into_iter()
        .map(str::to_owned)
        .collect();
    let setting = use_query_setting::<MarketCode>(MARKET_PARAM);
    let offered = markets.clone();
    let (market, ignored) = setting.resolve(
        move |chosen| chosen.0.is_empty() || offered.contains(&chosen.0),
        MarketCode(String::new()),
    );
    let names = use_country_names();
    let market_label = {
        let loaded = Arc::clone(&loaded);
        move |code: &str| {
            let names = names.get().and_then(Result::ok);
            market_name(locale.get(), &loaded.dataset.codes, names.as_deref(), code)
        }
    };
    let family_name = {
        let (loaded, code) = (Arc::clone(&loaded), code.clone());
        move || code_name(locale.get(), &loaded.dataset.codes, &code)
    };
    let heading = {
        let (family_name, market_label) = (family_name.clone(), market_label.clone());
        move || {
            let chosen = market.get().0;
            let market = (!chosen.is_empty()).then(|| format!(" × {}", market_label(&chosen)));
            format!(
                "{} — {}{}",
                Msg::BriefTitle.text(locale.get()),
                family_name(),
                market.unwrap_or_default()
            )
        }
    };
    let options = markets
        .iter()
        .map(|code| {
            let (code, label) = (code.clone(), market_label.clone());
            let value = code.clone();
            let selected = {
                let code = code.clone();
                move || market.get().0 == code
            };
            view! { <option value=value selected=selected>{move || label(&code)}</option> }
        })
        .collect_view();
    let print = move |_| {
        if let Some(window) = web_sys::window() {
            let _ = window.print();
        }
    };
    let back = {
        let path = craft_path(&code);
        move || base.page(&path, locale.get())
    };
    let text = family.text.clone();
    let title = heading.clone();
    view! {
        <Title text=move || page_title(locale.get(), &title()) />
        <div class="brief-controls no-print">
            <a href=back>{move || Msg::BackToCrafts.text(locale.get())}</a>
            <div class="brief-market">
                <label for="brief-market">{move || Msg::BriefMarketLabel.text(locale.get())}</label>
                <select id="brief-market" data-testid="brief-market" on:change=move |event| {
                    let value = event_target_value(&event);
                    setting.set.set(value.parse::<MarketCode>().ok());
                }>
                    <option value="" selected=move || market.get().0.is_empty()>{move || Msg::BriefAllMarkets.text(locale.get())}</option>
                    {options}
                </select>
            </div>
            <button type="button" on:click=print>{move || Msg::PrintButton.text(locale.get())}</button>
        </div>
        <IgnoredSetting key=MARKET_PARAM ignored />
        <article class="brief" data-family=code.clone() data-testid="brief">
            <header class="brief-header">
                <FamilyMotif motif=family.motif />
                <h1 data-testid="brief-title">{heading}</h1>
                <p>{move || words(locale.get(), &text).to_owned()}</p>
            </header>
            <BriefFigures profile=Arc::clone(&profile) loaded=Arc::clone(&loaded) market=Signal::derive(move || market.get().0) />
            <BriefMarket loaded=Arc::clone(&loaded) market=Signal::derive(move || market.get().0) name=Signal::derive({
                let market_label = market_label.clone();
                move || market_label(&market.get().0)
            }) />
            <BriefCatalogue code=code.clone() catalogue=Arc::clone(&catalogue) loaded=Arc::clone(&loaded) />
            <footer class="brief-footer">
                <p>{move || Msg::BriefGenerated.text(locale.get())}</p>
                <CatalogueSourceLine catalogue=Arc::clone(&catalogue) ids=family.sources.clone() />
            </footer>
        </article>
    }
    .into_any()
}

/// Headline cards and the facts on markets and cities (only the chosen market's, if any).
#[component]
fn BriefFigures(
    profile: Arc<Profile>,
    loaded: Arc<Loaded>,
    market: Signal<String>,
) -> impl IntoView {
    let locale = use_locale();
    let cards = match profile.history.is_empty() {
        true => {
            view! { <p class="empty-state">{move || Msg::FamilyNoShares.text(locale.get())}</p> }
                .into_any()
        }
        false => {
            view! { <ProfileFigures profile=Arc::clone(&profile) loaded=Arc::clone(&loaded) /> }
                .into_any()
        }
    };
    let details = move || {
        let chosen = market.get();
        profile
            .details
            .iter()
            .filter(|detail| {
                chosen.is_empty()
                    || detail.part(CodedDimension::Destination) == Some(chosen.as_str())
            })
            .map(|detail| {
                let detail = detail.clone();
                fact_item(
                    &loaded,
                    detail.position,
                    move |locale, dataset, observation| {
                        family_detail_text(locale, dataset, &detail, observation)
                    },
                )
            })
            .collect_view()
    };
    view! {
        <section class="brief-section">
            {cards}
            <h2>{move || Msg::FamilyDetailsHeading.text(locale.get())}</h2>
            <ul class="fact-list" data-testid="brief-details">{details}</ul>
        </section>
    }
}

/// For a family × market brief: the market's share of all craft exports and the trade
/// agreements that cover it.
#[component]
fn BriefMarket(loaded: Arc<Loaded>, market: Signal<String>, name: Signal<String>) -> impl IntoView {
    let locale = use_locale();
    let line = move || {
        let code = market.get();
        if code.is_empty() {
            return None;
        }
        let market = Profiles::new(&loaded.dataset, CodedDimension::Destination).of(&code);
        let share = market.latest_share().map(|row| {
            format!(
                "{}{} ({})",
                label_text(locale.get(), Msg::MarketLatestShare.text(locale.get())),
                format_percent(
                    locale.get(),
                    row.share.figure.value().unwrap_or_default(),
                    1
                ),
                period_label(locale.get(), row.period)
            )
        });
        let agreements: Vec<&str> = market
            .trade
            .iter()
            .map(|term| framework_name(locale.get(), term.framework))
            .collect();
        let parts: Vec<String> = share
            .into_iter()
            .chain((!agreements.is_empty()).then(|| agreements.join(list_separator(locale.get()))))
            .collect();
        Some(view! {
            <section class="brief-section" data-testid="brief-market-figures">
                <h2>{name.get()}</h2>
                <p>{parts.join(" · ")}</p>
            </section>
        })
    };
    view! { {line} }
}

/// Flagship crafts with their places, labels, and the sourcing channels, in short.
#[component]
fn BriefCatalogue(code: String, catalogue: Arc<Catalogue>, loaded: Arc<Loaded>) -> impl IntoView {
    let locale = use_locale();
    let crafts = catalogue
        .crafts_of(&code)
        .map(|craft| {
            let name = craft.name.clone();
            let places: Vec<_> = craft.places.iter().filter_map(|p| catalogue.place(p).map(|p| p.name.clone())).collect();
            view! {
                <li>
                    <strong>{move || words(locale.get(), &name).to_owned()}</strong>
                    " — "
                    {move || places.iter().map(|p| words(locale.get(), p).to_owned()).collect::<Vec<_>>().join(list_separator(locale.get()))}
                </li>
            }
        })
        .collect_view();
    let labels = catalogue
        .labels_of(&code)
        .into_iter()
        .cloned()
        .map(|label| {
            let kind = label.kind;
            view! { <li class="badge">{move || format!("{} · {}", words(locale.get(), &label.name), label_kind_text(locale.get(), kind))}</li> }
        })
        .collect_view();
    let channels = catalogue
        .channels_for(&code)
        .map(|channel| {
            let (name, kind) = (channel.name.clone(), channel.kind);
            let facts = loaded.dataset.positions_under(&channel.facts).len();
            view! {
                <li data-facts=facts>
                    <strong>{move || words(locale.get(), &name).to_owned()}</strong>
                    " (" {move || channel_kind_text(locale.get(), kind)} ") "
                    <span class="kpi-sources">{catalogue_sources(&catalogue, &channel.sources)}</span>
                </li>
            }
        })
        .collect_view();
    view! {
        <section class="brief-section brief-columns">
            <div>
                <h2>{move || Msg::CraftsHeading.text(locale.get())}</h2>
                <ul class="brief-list">{crafts}</ul>
                <h2>{move || Msg::LabelsHeading.text(locale.get())}</h2>
                <ul class="badge-list">{labels}</ul>
            </div>
            <div>
                <h2>{move || Msg::SourcingHeading.text(locale.get())}</h2>
                <ul class="brief-list" data-testid="brief-channels">{channels}</ul>
            </div>
        </section>
    }
}
