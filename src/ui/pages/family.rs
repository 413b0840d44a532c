//! A craft family's page (`/craft/<code>`, shareable), crafts first: what it is, its flagship
//! crafts and their towns on a small map of Morocco, its labels, and where to source it; then its
//! export performance computed from the facts (share over time, growth, markets and cities, each
//! market linking to its profile). Every part has its sources; "no data" where the facts are
//! silent. Each craft, label, channel and long list of published figures is a closed
//! disclosure, so that a phone reads the page's parts before their details.

use crate::charts::{card_sources, family_share_csv};
use crate::data::{Catalogue, Channel, CodedDimension, Craft, Label, Loaded, Words};
use crate::i18n::{
    Locale, Msg, channel_fact_text, channel_kind_text, code_name, family_detail_text,
    label_kind_text, label_text, list_separator, market_name, page_title, words,
};
use crate::stats::{Profile, Profiles};
use crate::ui::context::{use_base, use_locale};
use crate::ui::loaders::use_country_names;
use crate::ui::routes::use_path_param;
use crate::ui::widgets::{
    CardTools, CatalogueSourceLine, CatalogueView, FactsFold, FamilyMotif, PlacesMap,
    PrintedGrowth, ProfileFigures, ProfileSection, ShareChart, badge_link, detail_items,
    fact_items,
};
use crate::url_state::{CatalogueCode, brief_path, market_path};
use leptos::prelude::*;
use leptos_meta::Title;
use std::sync::Arc;

/// The family's code from the address, checked; then the page once the data is in.
#[component]
pub fn FamilyPage() -> impl IntoView {
    let locale = use_locale();
    let base = use_base();
    let code = use_path_param("code");
    let back = move || base.page("/crafts", locale.get());
    view! {
        <p class="breadcrumb no-print"><a href=back>{move || Msg::BackToCrafts.text(locale.get())}</a></p>
        {move || match code.get().parse::<CatalogueCode>() {
            Ok(CatalogueCode(code)) => view! {
                <CatalogueView children=move |loaded, catalogue| view! { <FamilyView loaded catalogue code=code.clone() /> } />
            }.into_any(),
            Err(()) => view! { <UnknownFamily /> }.into_any(),
        }}
    }
}

/// The notice for a code that is not a family of the catalogue.
#[component]
pub fn UnknownFamily() -> impl IntoView {
    let locale = use_locale();
    view! {
        <h1>{move || Msg::NotFoundTitle.text(locale.get())}</h1>
        <p class="notice" role="alert" data-testid="unknown-family">{move || Msg::UnknownFamily.text(locale.get())}</p>
    }
}

/// The whole page for a family of the catalogue.
#[component]
fn FamilyView(loaded: Arc<Loaded>, catalogue: Arc<Catalogue>, code: String) -> impl IntoView {
    let locale = use_locale();
    let base = use_base();
    let Some(family) = catalogue.family(&code).cloned() else {
        return view! { <UnknownFamily /> }.into_any();
    };
    let profile = Arc::new(Profiles::new(&loaded.dataset, CodedDimension::ProductFamily).of(&code));
    let name = {
        let (loaded, code) = (Arc::clone(&loaded), code.clone());
        move || code_name(locale.get(), &loaded.dataset.codes, &code)
    };
    let title = {
        let name = name.clone();
        move || page_title(locale.get(), &name())
    };
    let names =
        Signal::stored(Locale::ALL.map(|locale| code_name(locale, &loaded.dataset.codes, &code)));
    let brief = {
        let path = brief_path(&code);
        move || base.page(&path, locale.get())
    };
    let text = family.text.clone();
    let crafts: Vec<Craft> = catalogue.crafts_of(&code).cloned().collect();
    let channels: Vec<Channel> = catalogue.channels_for(&code).cloned().collect();
    view! {
        <Title text=title />
        <article class="family-page" data-family=code.clone()>
            <header class="family-hero">
                <FamilyMotif motif=family.motif />
                <h1 data-testid="family-name">{name.clone()}</h1>
                <p class="lead" data-testid="family-text">{move || words(locale.get(), &text).to_owned()}</p>
                <CatalogueSourceLine catalogue=Arc::clone(&catalogue) ids=family.sources.clone() />
                <div class="family-actions">
                    <a class="button-link" href=brief data-testid="brief-link">{move || Msg::BriefLink.text(locale.get())}</a>
                    <FamilyCardTools profile=Arc::clone(&profile) loaded=Arc::clone(&loaded) code=code.clone() name=Signal::derive(name.clone()) />
                </div>
            </header>
            <FlagshipCrafts crafts catalogue=Arc::clone(&catalogue) loaded=Arc::clone(&loaded) />
            <FamilyLabels code=code.clone() catalogue=Arc::clone(&catalogue) loaded=Arc::clone(&loaded) />
            <SourcingChannels channels catalogue loaded=Arc::clone(&loaded) />
            <ExportPerformance profile=Arc::clone(&profile) loaded=Arc::clone(&loaded) names />
            <FamilyMarkets profile loaded />
        </article>
    }
    .into_any()
}

/// The family card's tools: its data (its latest share of craft exports, with every value
/// printed for it) as CSV and JSON when a share is known, the link to share and the embed.
#[component]
fn FamilyCardTools(
    profile: Arc<Profile>,
    loaded: Arc<Loaded>,
    code: String,
    name: Signal<String>,
) -> impl IntoView {
    let locale = use_locale();
    let indicator = move || Msg::MarketLatestShare.text(locale.get());
    let title = Signal::derive(move || format!("{} — {}", name.get(), indicator()));
    let data = profile.latest_share().cloned().map(|latest| {
        let sources = Signal::stored(card_sources(&latest.share, &loaded.dataset));
        let csv = Signal::derive(move || {
            family_share_csv(&latest, indicator(), &name.get(), &loaded.dataset)
        });
        (title, csv, sources)
    });
    view! {
        <CardTools stem=format!("family-{code}") title=name data widget=format!("family/{code}")
            test_id="family-downloads" />
    }
}

/// Headline cards, share over time and the growth the sources print; "no data" when none.
#[component]
fn ExportPerformance(
    profile: Arc<Profile>,
    loaded: Arc<Loaded>,
    /// The family's name in each language.
    names: Signal<[String; 3]>,
) -> impl IntoView {
    let locale = use_locale();
    let chart = match profile.history.is_empty() {
        true => view! {
            <p class="empty-state" data-testid="family-no-shares">{move || Msg::FamilyNoShares.text(locale.get())}</p>
        }
        .into_any(),
        false => view! {
            <ProfileFigures profile=Arc::clone(&profile) loaded=Arc::clone(&loaded) />
            <ShareChart profile=Arc::clone(&profile) loaded=Arc::clone(&loaded) names />
        }
        .into_any(),
    };
    view! {
        <section class="profile-section" data-testid="family-exports">
            <h2>{move || Msg::ExportsHeading.text(locale.get())}</h2>
            {chart}
        </section>
        <PrintedGrowth profile loaded empty=Msg::FamilyNoGrowth folded=true />
    }
}

/// Links to the profiles of the markets the facts name the family in, and those facts (by
/// market or city) on demand.
#[component]
fn FamilyMarkets(profile: Arc<Profile>, loaded: Arc<Loaded>) -> impl IntoView {
    let locale = use_locale();
    let names = use_country_names();
    let items = detail_items(&loaded, &profile.details, family_detail_text);
    let markets = profile.named(CodedDimension::Destination);
    let has_markets = !markets.is_empty();
    let markets = markets
        .into_iter()
        .map(|market| {
            let (loaded, code) = (Arc::clone(&loaded), market.to_owned());
            badge_link(market_path(&code), move || {
                let names = names.get().and_then(Result::ok);
                market_name(locale.get(), &loaded.dataset.codes, names.as_deref(), &code)
            })
        })
        .collect_view();
    let heading = Msg::FamilyDetailsHeading;
    view! {
        <ProfileSection heading empty=Msg::FamilyNoDetails
            is_empty=profile.details.is_empty() testid="family-markets">
            <Show when=move || has_markets>
                <p class="families-label">{move || Msg::MarketsLabel.text(locale.get())}</p>
            </Show>
            <ul class="badge-list" data-testid="family-market-links">{markets}</ul>
            <FactsFold count=profile.details.len()>{items}</FactsFold>
        </ProfileSection>
    }
}

/// Each flagship craft with its places (the rest on demand), then the map of its towns.
#[component]
fn FlagshipCrafts(
    crafts: Vec<Craft>,
    catalogue: Arc<Catalogue>,
    loaded: Arc<Loaded>,
) -> impl IntoView {
    let is_empty = crafts.is_empty();
    let cards = crafts
        .iter()
        .map(|craft| view! { <CraftItem craft=craft.clone() catalogue=Arc::clone(&catalogue) /> })
        .collect_view();
    view! {
        <ProfileSection heading=Msg::CraftsHeading empty=Msg::NoCrafts
            is_empty testid="family-crafts">
            <ul class="craft-list">{cards}</ul>
            <PlacesMap crafts=crafts.clone() catalogue=Arc::clone(&catalogue) loaded />
        </ProfileSection>
    }
}

/// One craft: its name and places, and on demand its text, materials, techniques, labels and
/// sources.
#[component]
fn CraftItem(craft: Craft, catalogue: Arc<Catalogue>) -> impl IntoView {
    let locale = use_locale();
    let names = |codes: &[String], lookup: &dyn Fn(&str) -> Option<crate::data::Words>| {
        codes
            .iter()
            .filter_map(|code| lookup(code))
            .collect::<Vec<_>>()
    };
    let places = names(&craft.places, &|c| {
        catalogue.place(c).map(|p| p.name.clone())
    });
    let materials = names(&craft.materials, &|c| {
        catalogue.material(c).map(|m| m.name.clone())
    });
    let techniques = names(&craft.techniques, &|c| {
        catalogue.technique(c).map(|t| t.name.clone())
    });
    // A labelled list, as a line of its own: a span, which a disclosure's summary may hold.
    let line = move |label: Msg, list: Vec<crate::data::Words>| {
        (!list.is_empty()).then(|| {
            view! {
                <span class="craft-facts">
                    <span class="muted">{move || label_text(locale.get(), label.text(locale.get()))}</span>
                    {move || list.iter().map(|w| words(locale.get(), w).to_owned()).collect::<Vec<_>>().join(list_separator(locale.get()))}
                </span>
            }
        })
    };
    let labels = craft
        .labels
        .iter()
        .filter_map(|code| catalogue.label(code).map(|l| l.name.clone()))
        .map(
            |name| view! { <li class="badge">{move || words(locale.get(), &name).to_owned()}</li> },
        )
        .collect_view();
    let (name, text) = (craft.name.clone(), craft.text.clone());
    let low = catalogue.only_low_reliability(&craft.sources);
    view! {
        <li class="craft-item" data-craft=craft.code.clone()>
            <details>
                <summary>
                    <h3>{move || words(locale.get(), &name).to_owned()}
                        {low.then(|| view! { " " <span class="badge-warning">{move || Msg::LowReliabilityMark.text(locale.get())}</span> })}
                    </h3>
                    {line(Msg::PlacesLabel, places)}
                </summary>
                <p>{move || words(locale.get(), &text).to_owned()}</p>
                {line(Msg::MaterialsLabel, materials)}
                {line(Msg::TechniquesLabel, techniques)}
                <ul class="badge-list">{labels}</ul>
                <CatalogueSourceLine catalogue=Arc::clone(&catalogue) ids=craft.sources.clone() />
            </details>
        </li>
    }
}

/// The labels and marks of the family's crafts, each with its facts and sources on demand.
#[component]
fn FamilyLabels(code: String, catalogue: Arc<Catalogue>, loaded: Arc<Loaded>) -> impl IntoView {
    let locale = use_locale();
    let labels: Vec<Label> = catalogue.labels_of(&code).into_iter().cloned().collect();
    let is_empty = labels.is_empty();
    let items = labels
        .into_iter()
        .map(|label| {
            let (kind, name) = (label.kind, label.name.clone());
            view! {
                <li class="label-item" data-label=label.code.clone()>
                    <details>
                        <summary>
                            <span class="badge">{move || words(locale.get(), &name).to_owned()}</span>
                            " " <span class="muted">{move || label_kind_text(locale.get(), kind)}</span>
                        </summary>
                        <EntryBody text=label.text facts=label.facts sources=label.sources
                            catalogue=Arc::clone(&catalogue) loaded=Arc::clone(&loaded) />
                    </details>
                </li>
            }
        })
        .collect_view();
    view! {
        <ProfileSection heading=Msg::LabelsHeading empty=Msg::NoLabels
            is_empty testid="family-labels">
            <ul class="label-list">{items}</ul>
        </ProfileSection>
    }
}

/// A label's or channel's text, the facts recorded about it, and its sources.
#[component]
fn EntryBody(
    text: Words,
    facts: Vec<(String, String)>,
    sources: Vec<String>,
    catalogue: Arc<Catalogue>,
    loaded: Arc<Loaded>,
) -> impl IntoView {
    let locale = use_locale();
    let facts = loaded.dataset.positions_under(&facts);
    view! {
        <p>{move || words(locale.get(), &text).to_owned()}</p>
        <ul class="fact-list">{fact_items(&loaded, &facts, channel_fact_text)}</ul>
        <CatalogueSourceLine catalogue ids=sources />
    }
}

/// Programmes, fairs, online and retail channels that serve the family, each told on demand.
#[component]
fn SourcingChannels(
    channels: Vec<Channel>,
    catalogue: Arc<Catalogue>,
    loaded: Arc<Loaded>,
) -> impl IntoView {
    let locale = use_locale();
    let is_empty = channels.is_empty();
    let items = channels
        .into_iter()
        .map(|channel| {
            let (kind, name) = (channel.kind, channel.name.clone());
            view! {
                <li class="channel-item" data-channel=channel.code.clone()>
                    <details>
                        <summary>
                            <h3>{move || words(locale.get(), &name).to_owned()} " " <span class="badge">{move || channel_kind_text(locale.get(), kind)}</span></h3>
                        </summary>
                        <EntryBody text=channel.text facts=channel.facts sources=channel.sources
                            catalogue=Arc::clone(&catalogue) loaded=Arc::clone(&loaded) />
                    </details>
                </li>
            }
        })
        .collect_view();
    view! {
        <ProfileSection heading=Msg::SourcingHeading empty=Msg::NoChannels
            is_empty testid="family-sourcing">
            <p class="muted">{move || Msg::SourcingNote.text(locale.get())}</p>
            <ul class="channel-list">{items}</ul>
        </ProfileSection>
    }
}
