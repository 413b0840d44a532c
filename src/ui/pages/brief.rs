//! A family's buyer brief (`/craft/<code>/brief`, optionally `?market=US`): the figures, markets,
//! places, labels and sourcing channels on one printable A4 page (the print sheet is in
//! `style/showcase.css`), in the chosen language.

use super::family::UnknownFamily;
use crate::data::{Catalogue, CodedDimension, Loaded, Words};
use crate::i18n::{
    Msg, Plural, claim_text, code_name, family_detail_text, list_separator, market_name,
    page_title, reference_run_text, topic_heading, words,
};
use crate::showcase::{Topic, brief_appendix, family_brief, reference_runs};
use crate::stats::{Profile, Profiles};
use crate::ui::context::{use_base, use_locale};
use crate::ui::loaders::use_country_names;
use crate::ui::query::{IgnoredSetting, use_query_setting};
use crate::ui::routes::use_path_param;
use crate::ui::widgets::{CatalogueView, FamilyMotif, SourceLink, fact_item};
use crate::url_state::{CatalogueCode, MARKET_PARAM, MarketCode, craft_path};
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_location;
use std::sync::Arc;

/// `/craft/<code>/brief`: the code checked, then the brief once the data and catalogue are in.
#[component]
pub fn BriefPage() -> impl IntoView {
    let code = use_path_param("code");
    move || {
        match code.get().parse::<CatalogueCode>() {
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
            </header>
            <BriefProse loaded=Arc::clone(&loaded) catalogue=Arc::clone(&catalogue) profile=Arc::clone(&profile)
                lead=family.text.clone() market=Signal::derive(move || market.get().0) />
            <p class="brief-footer">{move || Msg::BriefGenerated.text(locale.get())}</p>
        </article>
        <BriefAppendix loaded profile market=Signal::derive(move || market.get().0) />
    }
    .into_any()
}

/// What the family is, then a paragraph per question a buyer asks, each sentence with the
/// numbers of its references, then the numbered references: worded again when the language, the
/// market or the country names change.
#[component]
fn BriefProse(
    loaded: Arc<Loaded>,
    catalogue: Arc<Catalogue>,
    profile: Arc<Profile>,
    lead: Words,
    market: Signal<String>,
) -> impl IntoView {
    let locale = use_locale();
    let names = use_country_names();
    let dataset = Arc::clone(&loaded);
    let brief = Memo::new(move |_| {
        let market = market.get();
        let chosen = (!market.is_empty()).then_some(market.as_str());
        family_brief(&loaded.dataset, &catalogue, &profile, chosen)
    });
    let paragraphs = move || {
        let locale = locale.get();
        let names = names.get().and_then(Result::ok);
        brief.with(|brief| {
            brief
                .paragraphs
                .iter()
                .map(|paragraph| {
                    let sentences: Vec<_> = paragraph
                        .sentences
                        .iter()
                        .map(|sentence| {
                            let text = claim_text(locale, &dataset.dataset, names.as_deref(), &sentence.claim);
                            view! { <span class="brief-sentence">{text}<ReferenceMarks numbers=sentence.references.clone() /></span> " " }
                        })
                        .collect();
                    view! {
                        <section class="brief-section" data-topic=topic_name(paragraph.topic)>
                            <h2>{topic_heading(locale, paragraph.topic)}</h2>
                            <p>{sentences}</p>
                        </section>
                    }
                })
                .collect_view()
        })
    };
    let references = move || {
        brief.with(|brief| {
            brief
                .references
                .iter()
                .enumerate()
                .map(|(index, reference)| {
                    let date = reference.date.clone().map(|date| view! { ", " <bdi>{date}</bdi> });
                    view! {
                        <li id=reference_anchor(index + 1)>
                            <SourceLink outlet=reference.outlet.clone() url=reference.url.clone() />{date}
                        </li>
                    }
                })
                .collect_view()
        })
    };
    let lead = move || {
        let text = words(locale.get(), &lead).to_owned();
        let numbers = brief.with(|brief| brief.lead.clone());
        view! { <p class="brief-lead">{text}<ReferenceMarks numbers /></p> }
    };
    view! {
        {lead}
        <div class="brief-prose" data-testid="brief-prose">{paragraphs}</div>
        <section class="brief-references" aria-labelledby="brief-references-heading">
            <h2 id="brief-references-heading">{move || Msg::BriefReferencesHeading.text(locale.get())}</h2>
            <ol data-testid="brief-references">{references}</ol>
        </section>
    }
}

/// A sentence's reference numbers, each linking to its entry in the list (on this page's own
/// address: the document's base would take a bare `#` elsewhere).
#[component]
fn ReferenceMarks(numbers: Vec<usize>) -> impl IntoView {
    let locale = use_locale();
    let location = use_location();
    let marks = reference_runs(&numbers)
        .into_iter()
        .enumerate()
        .map(|(position, run)| {
            let text = Memo::new(move |_| reference_run_text(locale.get(), run));
            let href = move || {
                // The router's `search` is the query without its `?`.
                let (path, query) = (location.pathname.get(), location.search.get());
                let query = match query.is_empty() {
                    true => query,
                    false => format!("?{query}"),
                };
                format!("{path}{query}#{}", reference_anchor(run.0))
            };
            view! {
                {move || (position > 0).then(|| list_separator(locale.get()))}
                <a href=href aria-label=move || text.read().1.clone()>{move || text.read().0.clone()}</a>
            }
        })
        .collect_view();
    view! { <sup class="brief-refs">{marks}</sup> }
}

/// The id of reference `number` in the list.
fn reference_anchor(number: usize) -> String {
    format!("brief-ref-{number}")
}

/// The topic's name in the page's markup (`data-topic`), for styles and tests.
fn topic_name(topic: Topic) -> &'static str {
    match topic {
        Topic::Sales => "sales",
        Topic::Growth => "growth",
        Topic::Making => "making",
        Topic::Labels => "labels",
        Topic::Meeting => "meeting",
    }
}

/// The facts the brief rests on as the sources give them, folded: on screen after the brief,
/// and printed only when opened.
#[component]
fn BriefAppendix(
    loaded: Arc<Loaded>,
    profile: Arc<Profile>,
    market: Signal<String>,
) -> impl IntoView {
    let locale = use_locale();
    let details = Memo::new(move |_| {
        let chosen = market.get();
        let chosen = (!chosen.is_empty()).then_some(chosen.as_str());
        brief_appendix(&profile, chosen)
    });
    let count = move || details.read().len();
    let items = move || {
        details
            .get()
            .into_iter()
            .map(|detail| {
                let position = detail.position;
                fact_item(&loaded, position, move |locale, dataset, observation| {
                    family_detail_text(locale, dataset, &detail, observation)
                })
            })
            .collect_view()
    };
    view! {
        <details class="brief-appendix facts-fold" data-testid="brief-appendix">
            <summary>{move || Plural::PublishedFigures.fill(locale.get(), count(), &[])}</summary>
            <p>{move || Msg::BriefAppendixNote.text(locale.get())}</p>
            <ul class="fact-list" data-testid="brief-details">{items}</ul>
        </details>
    }
}
