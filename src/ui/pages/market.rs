//! A market's profile (`/market/<code>`, shareable): Morocco's craft exports to it over time,
//! share and rank, growth, the families and cities that ship there, and the trade framework,
//! each with its sources; every section says so when the facts are silent.

use crate::data::{CodedDimension, Loaded};
use crate::i18n::{
    Locale, Msg, code_name, framework_name, invalid_market_text, market_detail_text, market_name,
    page_title, trade_fact_text,
};
use crate::stats::{Profile, Profiles};
use crate::ui::context::{use_base, use_locale};
use crate::ui::loaders::use_country_names;
use crate::ui::routes::use_path_param;
use crate::ui::widgets::{
    DatasetView, PrintedGrowth, ProfileFigures, ProfileSection, ShareChart, badge_link,
    detail_items, fact_items,
};
use crate::url_state::{MarketCode, craft_path};
use leptos::prelude::*;
use leptos_meta::Title;
use std::sync::Arc;

/// The page: the code from the address, checked, then the profile once the data is in.
#[component]
pub fn MarketPage() -> impl IntoView {
    let locale = use_locale();
    let base = use_base();
    let code = use_path_param("code");
    let back = {
        let base = base.clone();
        move || base.page("/map", locale.get())
    };
    view! {
        <p class="breadcrumb"><a href=back>{move || Msg::MarketBackToMap.text(locale.get())}</a></p>
        {move || match code.get().parse::<MarketCode>() {
            Ok(MarketCode(code)) => view! {
                <DatasetView children=move |loaded| view! { <MarketProfileView loaded code=code.clone() /> } />
            }.into_any(),
            Err(()) => {
                let raw = code.get();
                view! {
                    <h1>{move || Msg::NotFoundTitle.text(locale.get())}</h1>
                    <p class="notice" role="alert" data-testid="invalid-market">{move || invalid_market_text(locale.get(), &raw)}</p>
                }.into_any()
            }
        }}
    }
}

/// The profile of one market, computed once; texts follow the language.
#[component]
fn MarketProfileView(loaded: Arc<Loaded>, code: String) -> impl IntoView {
    let locale = use_locale();
    let names = use_country_names();
    let profile = Arc::new(Profiles::new(&loaded.dataset, CodedDimension::Destination).of(&code));
    let names_in = {
        let (loaded, code) = (Arc::clone(&loaded), code.clone());
        Signal::derive(move || {
            let names = names.get().and_then(Result::ok);
            Locale::ALL
                .map(|locale| market_name(locale, &loaded.dataset.codes, names.as_deref(), &code))
        })
    };
    let name = move || locale.with(|locale| locale.pick(names_in.get()));
    let body = match profile.is_empty() {
        true => view! {
            <p class="empty-state" data-testid="market-empty">{move || Msg::MarketNoFigures.text(locale.get())}</p>
        }
        .into_any(),
        false => view! {
            <ProfileFigures profile=Arc::clone(&profile) loaded=Arc::clone(&loaded) />
            {match profile.history.is_empty() {
                true => view! {
                    <ProfileSection heading=Msg::MarketShareChartTitle empty=Msg::MarketNoShares is_empty=true testid="market-no-shares" />
                }.into_any(),
                false => view! {
                    <ShareChart profile=Arc::clone(&profile) loaded=Arc::clone(&loaded) names=names_in />
                }.into_any(),
            }}
            <PrintedGrowth profile=Arc::clone(&profile) loaded=Arc::clone(&loaded) empty=Msg::MarketNoGrowth />
            <MarketDetails profile=Arc::clone(&profile) loaded=Arc::clone(&loaded) />
        }
        .into_any(),
    };
    let title = move || page_title(locale.get(), &name());
    view! {
        <Title text=title />
        <article class="market-profile" data-market=code.clone()>
            <h1 data-testid="market-name">{name}</h1>
            <p class="lead">{move || Msg::MarketLead.text(locale.get())}</p>
            {body}
            <TradeFramework profile loaded />
        </article>
    }
}

/// The facts naming the market by family, exit city or region, and links to the families.
#[component]
fn MarketDetails(profile: Arc<Profile>, loaded: Arc<Loaded>) -> impl IntoView {
    let locale = use_locale();
    let items = detail_items(&loaded, &profile.details, market_detail_text);
    let families = profile.named(CodedDimension::ProductFamily);
    let has_families = !families.is_empty();
    let families = families
        .into_iter()
        .map(|family| {
            let (loaded, code) = (Arc::clone(&loaded), family.to_owned());
            badge_link(craft_path(&code), move || {
                code_name(locale.get(), &loaded.dataset.codes, &code)
            })
        })
        .collect_view();
    view! {
        <ProfileSection heading=Msg::MarketDetailsHeading empty=Msg::MarketNoDetails
            is_empty=profile.details.is_empty() testid="market-details">
            <ul class="fact-list">{items}</ul>
            <Show when=move || has_families>
                <p class="families-label">{move || Msg::MarketFamiliesLabel.text(locale.get())}</p>
            </Show>
            <ul class="badge-list">{families}</ul>
        </ProfileSection>
    }
}

/// The agreements that cover the market, the tariffs it applies, and context figures.
#[component]
fn TradeFramework(profile: Arc<Profile>, loaded: Arc<Loaded>) -> impl IntoView {
    let locale = use_locale();
    let agreements = profile
        .trade
        .iter()
        .map(|term| {
            let framework = term.framework;
            view! {
                <h3>{move || framework_name(locale.get(), framework)}</h3>
                <ul class="fact-list">{fact_items(&loaded, &term.facts, trade_fact_text)}</ul>
            }
        })
        .collect_view();
    let group = |heading: Msg, positions: &[usize]| {
        (!positions.is_empty()).then(|| {
            view! {
                <h3>{move || heading.text(locale.get())}</h3>
                <ul class="fact-list">{fact_items(&loaded, positions, trade_fact_text)}</ul>
            }
        })
    };
    let tariffs = group(Msg::MarketTariffsHeading, &profile.tariffs);
    let context = group(Msg::MarketContextHeading, &profile.context);
    let is_empty =
        profile.trade.is_empty() && profile.tariffs.is_empty() && profile.context.is_empty();
    view! {
        <ProfileSection heading=Msg::MarketTradeHeading empty=Msg::MarketNoTrade is_empty testid="market-trade">
            {agreements}{tariffs}{context}
        </ProfileSection>
    }
}
