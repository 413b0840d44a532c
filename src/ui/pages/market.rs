//! A market's profile (`/market/<code>`, shareable): Morocco's craft exports to it over time,
//! share and rank, growth, the families and cities that ship there, and the trade framework,
//! each with its sources; every section says so when the facts are silent.

use crate::charts::{market_csv, market_share_over_time, market_table};
use crate::data::{CodedDimension, Dataset, Loaded, Observation};
use crate::echarts::option_json;
use crate::i18n::{
    Locale, Msg, code_name, format_change, format_mad, format_percent, formula_text,
    framework_name, invalid_market_text, market_detail_text, market_summary, period_label,
    printed_growth_parts, printed_growth_text, rank_text, span_subtitle, trade_fact_text,
    year_span_text,
};
use crate::stats::{BreakdownIndex, Derived, Figure, Levels, Period, Profile, profile};
use crate::ui::context::{load_country_names, per_locale, use_base, use_locale};
use crate::ui::widgets::{ChartPanel, DatasetView, FormulaNote, market_name, source_links};
use crate::url_state::MarketCode;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_params_map;
use std::sync::Arc;

/// The page: the code from the address, checked, then the profile once the data is in.
#[component]
pub fn MarketPage() -> impl IntoView {
    let locale = use_locale();
    let base = use_base();
    let params = use_params_map();
    let raw = move || params.read().get("code").unwrap_or_default();
    let back = {
        let base = base.clone();
        move || base.page("/map", locale.get())
    };
    view! {
        <p class="breadcrumb"><a href=back>{move || Msg::MarketBackToMap.text(locale.get())}</a></p>
        {move || match raw().parse::<MarketCode>() {
            Ok(MarketCode(code)) => view! {
                <DatasetView children=move |loaded| view! { <MarketProfileView loaded code=code.clone() /> } />
            }.into_any(),
            Err(()) => {
                let raw = raw();
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
    let names = {
        let base = use_base();
        LocalResource::new(move || load_country_names(base.clone()))
    };
    let levels = Levels::new(&loaded.dataset);
    let history = BreakdownIndex::new(&levels, CodedDimension::Destination).history();
    let profile = Arc::new(profile(
        &levels,
        &history,
        CodedDimension::Destination,
        &code,
    ));
    let name = {
        let (loaded, code) = (Arc::clone(&loaded), code.clone());
        move || {
            let names = names.get().and_then(Result::ok);
            market_name(locale.get(), &loaded.dataset.codes, names.as_deref(), &code)
        }
    };
    let body = match profile.is_empty() {
        true => view! {
            <p class="empty-state" data-testid="market-empty">{move || Msg::MarketNoFigures.text(locale.get())}</p>
        }
        .into_any(),
        false => view! {
            <MarketFigures profile=Arc::clone(&profile) loaded=Arc::clone(&loaded) />
            {match profile.history.is_empty() {
                true => view! {
                    <ProfileSection heading=Msg::MarketShareChartTitle empty=Msg::MarketNoShares is_empty=true testid="market-no-shares" />
                }.into_any(),
                false => view! {
                    <MarketShareChart profile=Arc::clone(&profile) loaded=Arc::clone(&loaded) name=Signal::derive(name.clone()) />
                }.into_any(),
            }}
            <PrintedGrowth profile=Arc::clone(&profile) loaded=Arc::clone(&loaded) />
            <MarketDetails profile=Arc::clone(&profile) loaded=Arc::clone(&loaded) />
        }
        .into_any(),
    };
    let title = {
        let name = name.clone();
        move || format!("{} — {}", name(), Msg::AppName.text(locale.get()))
    };
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

/// A section with a heading, its content, or (when `is_empty` or without content) the sentence
/// that says the facts are silent.
#[component]
fn ProfileSection(
    heading: Msg,
    empty: Msg,
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

/// The headline cards: latest share with rank, the value that period, growth between yearly
/// levels, and the latest published growth.
#[component]
fn MarketFigures(profile: Arc<Profile>, loaded: Arc<Loaded>) -> impl IntoView {
    let locale = use_locale();
    let shared = Arc::clone(&loaded);
    let loaded: &Loaded = &loaded;
    let latest = profile.latest_share().cloned();
    let share_card = latest.clone().map(|row| {
        let share = row.share.figure.value().unwrap_or_default();
        let positions: Vec<usize> = row.share.figure.observations();
        let sources = fact_sources(loaded, &positions);
        let detail = move || {
            let rank = row
                .rank
                .map(|rank| format!(" · {}", rank_text(locale.get(), rank, row.ranked)))
                .unwrap_or_default();
            format!("{}{rank}", period_label(locale.get(), row.period))
        };
        view! {
            <FigureCard title=Msg::MarketLatestShare kind="share" raw=share
                value=Signal::derive(move || format_percent(locale.get(), share, 2))
                detail=Signal::derive(detail) formula=derivation(&row.share.figure)>
                {sources}
            </FigureCard>
        }
    });
    let value_card = latest.and_then(|row| {
        let value = row.value.figure.value()?;
        let sources = fact_sources(loaded, &row.value.figure.observations());
        Some(view! {
            <FigureCard title=Msg::MarketValue kind="value" raw=value
                value=Signal::derive(move || format_mad(locale.get(), value))
                detail=Signal::derive(move || period_label(locale.get(), row.period)) formula=derivation(&row.value.figure)>
                {sources}
            </FigureCard>
        })
    });
    let growth_card = profile.annual_change.clone().and_then(|change| {
        let rate = change.figure.value()?;
        let sources = fact_sources(loaded, &change.figure.observations());
        Some(view! {
            <FigureCard title=Msg::MarketAnnualGrowth kind="annual-growth" raw=rate
                value=Signal::derive(move || format_change(locale.get(), rate, 1))
                detail=Signal::derive(move || year_span_text(locale.get(), change.from, change.to)) formula=derivation(&change.figure)>
                {sources}
            </FigureCard>
        })
    });
    let printed_card = profile.latest_printed_growth(&loaded.dataset).and_then(|position| {
        let observation = *loaded.dataset.observations().get(position)?;
        let period = Period::of(&observation);
        let sources = fact_sources(loaded, &[position]);
        let parts =
            Memo::new(move |_| printed_growth_parts(locale.get(), &shared.dataset, &observation));
        let text = Signal::derive(move || parts.get().0);
        Some(view! {
            <FigureCard title=Msg::MarketLatestGrowth kind="printed-growth" raw=f64::NAN value=text formula=None
                detail=Signal::derive(move || {
                    let period = period.map(|p| period_label(locale.get(), p));
                    [period, parts.get().1].into_iter().flatten().collect::<Vec<_>>().join(" · ")
                })>
                {sources}
            </FigureCard>
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
fn FigureCard(
    title: Msg,
    kind: &'static str,
    raw: f64,
    value: Signal<String>,
    detail: Signal<String>,
    /// How the value was computed, when it was.
    formula: Option<Derived>,
    children: Children,
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
            <p class="kpi-sources">
                <span>{move || Msg::SourcesLabel.text(locale.get())}</span> " " {children()}
            </p>
        </article>
    }
}

/// The share in every period with one, in the shared chart frame.
#[component]
fn MarketShareChart(
    profile: Arc<Profile>,
    loaded: Arc<Loaded>,
    /// The market's name in the current language.
    name: Signal<String>,
) -> impl IntoView {
    let locale = use_locale();
    let positions: Vec<usize> = profile
        .history
        .iter()
        .flat_map(|row| row.share.printed().chain(row.value.printed()))
        .collect();
    let sources = loaded.dataset.sources_printing(positions);
    let csv = market_csv(&profile);
    let shown = Arc::new((profile, loaded));
    let option = per_locale(&shown, |(profile, _), locale| {
        option_json(&market_share_over_time(profile, locale))
    });
    let table = per_locale(&shown, |(profile, loaded), locale| {
        market_table(profile, &loaded.dataset, locale)
    });
    let subtitle = per_locale(&shown, |(profile, _), locale| {
        let periods: Vec<Period> = profile.history.iter().map(|row| row.period).collect();
        span_subtitle(locale, &periods, Msg::ShareOfExportsUnit.text(locale))
    });
    let summary = {
        let profile = Arc::clone(&shown.0);
        Signal::derive(move || market_summary(locale.get(), &profile, &name.get()))
    };
    view! {
        <ChartPanel
            name="market-share"
            title=Signal::derive(move || Msg::MarketShareChartTitle.text(locale.get()).to_owned())
            subtitle
            summary
            option
            table
            csv=Signal::stored(csv)
            sources=Signal::stored(sources)
        />
    }
}

/// Every growth rate the sources print for the market, oldest first.
#[component]
fn PrintedGrowth(profile: Arc<Profile>, loaded: Arc<Loaded>) -> impl IntoView {
    let items = fact_items(&loaded, &profile.printed_growth, printed_growth_text);
    view! {
        <ProfileSection heading=Msg::MarketGrowthHeading empty=Msg::MarketNoGrowth
            is_empty=profile.printed_growth.is_empty() testid="market-growth">
            <ul class="fact-list">{items}</ul>
        </ProfileSection>
    }
}

/// Facts as list items, each worded by `text`.
fn fact_items(
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
fn fact_item<F>(loaded: &Arc<Loaded>, position: usize, text: F) -> impl IntoView + use<F>
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

/// The facts naming the market by family, exit city or region, and links to the families.
#[component]
fn MarketDetails(profile: Arc<Profile>, loaded: Arc<Loaded>) -> impl IntoView {
    let locale = use_locale();
    let base = use_base();
    let items = profile
        .details
        .iter()
        .map(|detail| {
            let detail = detail.clone();
            fact_item(
                &loaded,
                detail.position,
                move |locale, dataset, observation| {
                    market_detail_text(locale, dataset, &detail, observation)
                },
            )
        })
        .collect_view();
    let families = profile.named(CodedDimension::ProductFamily);
    let has_families = !families.is_empty();
    let families = families
        .into_iter()
        .map(|family| {
            let (loaded, family, base) = (Arc::clone(&loaded), family.to_owned(), base.clone());
            view! {
                <li>
                    <a class="badge-link" href=move || base.page("/crafts", locale.get())>
                        {move || code_name(locale.get(), &loaded.dataset.codes, &family)}
                    </a>
                </li>
            }
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
