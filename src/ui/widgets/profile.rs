//! The parts of a profile page shared by markets and craft families: headline cards, the
//! share over time, the growth rates the sources print, and facts as sourced list items.

use crate::charts::{ShareChoice, ShareSpec};
use crate::data::{Dataset, Loaded, Observation, Source};
use crate::i18n::{
    Locale, Msg, Plural, format_change, format_mad, formula_text, latest_share_text, period_label,
    printed_growth_parts, printed_growth_text, year_span_text,
};
use crate::order::sort_by_key;
use crate::stats::{Derived, Figure, Period, Profile, ProfileDetail};
use crate::ui::context::{use_base, use_locale};
use crate::ui::widgets::{
    CardSourceLine, FormulaNote, RegisteredChart, chart_figures, source_links,
};
use leptos::prelude::*;
use std::sync::Arc;

/// A section with a heading, its content, or (when `is_empty` or without content) the sentence
/// that says the facts are silent.
#[component]
pub fn ProfileSection(
    #[prop(into)] heading: Msg,
    #[prop(into)] empty: Msg,
    is_empty: bool,
    testid: &'static str,
    #[prop(optional)] children: Option<Children>,
) -> impl IntoView {
    let locale = use_locale();
    view! {
        <section class="profile-section" data-testid=testid>
            <h2>{move || heading.text(locale.get())}</h2>
            {match children.filter(|_| !is_empty) {
                Some(children) => children().into_any(),
                None => view! { <p class="empty-state">{move || empty.text(locale.get())}</p> }.into_any(),
            }}
        </section>
    }
}

/// The sources of some observations, as links.
fn fact_sources(loaded: &Loaded, positions: &[usize]) -> impl IntoView + use<> {
    source_links(loaded.dataset.sources_printing(positions.iter().copied()))
}

/// The headline cards of a profile: latest share with rank, the value that period, growth between yearly
/// levels, and the latest published growth.
#[component]
pub fn ProfileFigures(profile: Arc<Profile>, loaded: Arc<Loaded>) -> impl IntoView {
    let locale = use_locale();
    let shared = Arc::clone(&loaded);
    let loaded: &Loaded = &loaded;
    let dimension = profile.dimension;
    let latest = profile.latest_share().cloned();
    let share_card = latest.clone().map(|row| {
        let share = row.share.figure.value().unwrap_or_default();
        let sources = loaded
            .dataset
            .sources_printing(row.share.figure.observations());
        let formula = derivation(&row.share.figure);
        let text = Memo::new(move |_| latest_share_text(locale.get(), dimension, &row));
        view! {
            <FigureCard title=Msg::MarketLatestShare kind="share" raw=share
                value=Signal::derive(move || text.read().0.clone())
                detail=Signal::derive(move || text.read().1.clone()) formula sources />
        }
    });
    let value_card = latest.and_then(|row| {
        let value = row.value.figure.value()?;
        let sources = loaded.dataset.sources_printing(row.value.figure.observations());
        Some(view! {
            <FigureCard title=Msg::MarketValue kind="value" raw=value
                value=Signal::derive(move || format_mad(locale.get(), value))
                detail=Signal::derive(move || period_label(locale.get(), row.period)) formula=derivation(&row.value.figure)
                sources />
        })
    });
    let growth_card = profile.annual_change.clone().and_then(|change| {
        let rate = change.figure.value()?;
        let sources = loaded.dataset.sources_printing(change.figure.observations());
        Some(view! {
            <FigureCard title=Msg::MarketAnnualGrowth kind="annual-growth" raw=rate
                value=Signal::derive(move || format_change(locale.get(), rate, 1))
                detail=Signal::derive(move || year_span_text(locale.get(), change.from, change.to)) formula=derivation(&change.figure)
                sources />
        })
    });
    let printed_card = profile.latest_printed_growth(&loaded.dataset).and_then(|position| {
        let observation = *loaded.dataset.observations().get(position)?;
        let period = Period::of(&observation);
        let sources = loaded.dataset.sources_printing([position]);
        let parts =
            Memo::new(move |_| printed_growth_parts(locale.get(), &shared.dataset, &observation));
        let text = Signal::derive(move || parts.get().0);
        Some(view! {
            <FigureCard title=Msg::MarketLatestGrowth kind="printed-growth" raw=f64::NAN value=text formula=None
                detail=Signal::derive(move || {
                    let period = period.map(|p| period_label(locale.get(), p));
                    [period, parts.get().1].into_iter().flatten().collect::<Vec<_>>().join(" · ")
                }) sources />
        })
    });
    view! {
        <section class="kpi-section" aria-labelledby="market-figures-heading">
            <h2 id="market-figures-heading">{move || Msg::MarketFiguresHeading.text(locale.get())}</h2>
            <div class="kpi-grid">{share_card}{value_card}{growth_card}{printed_card}</div>
        </section>
    }
}

/// The formula and inputs of a computed figure.
fn derivation(figure: &Figure) -> Option<Derived> {
    match figure {
        Figure::Derived(derived) => Some(derived.clone()),
        _ => None,
    }
}

/// One headline figure: title, value, when, how it was computed, and sources.
#[component]
pub fn FigureCard(
    title: Msg,
    kind: &'static str,
    raw: f64,
    value: Signal<String>,
    detail: Signal<String>,
    /// How the value was computed, when it was.
    formula: Option<Derived>,
    /// The sources of the value (or of what it was computed from).
    sources: Vec<Source>,
) -> impl IntoView {
    let locale = use_locale();
    let raw = raw.is_finite().then(|| raw.to_string());
    let derived = formula.is_some();
    view! {
        <article class="kpi-card" class:kpi-derived=derived data-kpi=kind data-value=raw>
            <h3 class="kpi-title">{move || title.text(locale.get())}</h3>
            <p class="kpi-value">{value}</p>
            <p class="kpi-detail">{detail}</p>
            {formula.map(|derived| view! {
                <FormulaNote formula=Signal::derive(move || formula_text(locale.get(), &derived)) />
            })}
            <CardSourceLine sources />
        </article>
    }
}

/// The share in every period with one, in the shared chart frame ([`ShareSpec`]).
#[component]
pub fn ShareChart(
    profile: Arc<Profile>,
    loaded: Arc<Loaded>,
    /// The market's or family's name in each language, in `Locale::ALL` order.
    names: Signal<[String; 3]>,
) -> impl IntoView {
    let (dimension, code) = (profile.dimension, profile.code.clone());
    let choice = Signal::derive(move || ShareChoice {
        dimension,
        code: code.clone(),
        names: names.get(),
    });
    let figures = chart_figures::<ShareSpec>(&loaded, choice);
    view! { <RegisteredChart<ShareSpec> loaded figures /> }
}

/// Every growth rate the sources print for the market or family, oldest first.
#[component]
pub fn PrintedGrowth(
    profile: Arc<Profile>,
    loaded: Arc<Loaded>,
    /// What to say when there is none.
    #[prop(into)]
    empty: Msg,
    /// The list behind a closed disclosure, on a page where it is not the main content.
    #[prop(optional)]
    folded: bool,
) -> impl IntoView {
    let count = profile.printed_growth.len();
    let items = fact_items(&loaded, &profile.printed_growth, printed_growth_text);
    let list = match folded {
        true => view! { <FactsFold count>{items}</FactsFold> }.into_any(),
        false => view! { <ul class="fact-list">{items}</ul> }.into_any(),
    };
    view! {
        <ProfileSection heading=Msg::MarketGrowthHeading empty
            is_empty=profile.printed_growth.is_empty() testid="market-growth">
            {list}
        </ProfileSection>
    }
}

/// A list of `count` published figures behind a closed disclosure that says how many.
#[component]
pub fn FactsFold(count: usize, children: Children) -> impl IntoView {
    let locale = use_locale();
    view! {
        <details class="facts-fold">
            <summary>{move || Plural::PublishedFigures.fill(locale.get(), count, &[])}</summary>
            <ul class="fact-list">{children()}</ul>
        </details>
    }
}

/// Facts as list items, each worded by `text`.
pub fn fact_items(
    loaded: &Arc<Loaded>,
    positions: &[usize],
    text: fn(Locale, &Dataset, &Observation) -> String,
) -> impl IntoView + use<> {
    positions
        .iter()
        .map(|&position| fact_item(loaded, position, text))
        .collect_view()
}

/// One fact as a list item: its period, its words, a low-reliability mark, and its source.
pub fn fact_item<F>(loaded: &Arc<Loaded>, position: usize, text: F) -> impl IntoView + use<F>
where
    F: Fn(Locale, &Dataset, &Observation) -> String + Send + Sync + 'static,
{
    let locale = use_locale();
    let observation = loaded.dataset.observations().get(position).copied();
    let period = observation.as_ref().and_then(Period::of);
    let low = observation.is_some_and(|o| o.is_low_reliability());
    let words = {
        let loaded = Arc::clone(loaded);
        move || {
            observation
                .map(|o| text(locale.get(), &loaded.dataset, &o))
                .unwrap_or_default()
        }
    };
    view! {
        <li data-fact=loaded.dataset.id(position).to_owned()>
            {move || period.map(|p| format!("{} — ", period_label(locale.get(), p)))}
            <strong>{words}</strong>
            {low.then(|| view! { " " <span class="badge-warning">{move || Msg::LowReliabilityMark.text(locale.get())}</span> })}
            " — " {fact_sources(loaded, &[position])}
        </li>
    }
}

/// The facts that name a market or family inside finer breakdowns, oldest first, each worded
/// by `text` from the profile's side.
pub fn detail_items(
    loaded: &Arc<Loaded>,
    details: &[ProfileDetail],
    text: fn(Locale, &Dataset, &ProfileDetail, &Observation) -> String,
) -> impl IntoView + use<> {
    let observations = loaded.dataset.observations();
    let mut details = details.to_vec();
    sort_by_key(&mut details, |detail| {
        let observation = observations.get(detail.position);
        (
            observation.and_then(|o| o.end),
            observation.and_then(|o| o.start),
        )
    });
    details
        .into_iter()
        .map(|detail| {
            fact_item(
                loaded,
                detail.position,
                move |locale, dataset, observation| text(locale, dataset, &detail, observation),
            )
        })
        .collect_view()
}

/// A link to another page as a badge in a list: a family or a market.
pub fn badge_link(
    path: String,
    name: impl Fn() -> String + Send + Sync + 'static,
) -> impl IntoView {
    let (locale, base) = (use_locale(), use_base());
    view! {
        <li><a class="badge-link" href=move || base.page(&path, locale.get())>{name}</a></li>
    }
}
