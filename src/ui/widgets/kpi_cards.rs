//! The headline cards: each figure with its period, change, sources, a "computed" marker with
//! the formula when it is derived, and the printed values side by side when sources disagree.

use crate::charts::{card_sources, kpi_csv};
use crate::data::{Dataset, Loaded};
use crate::embed::{kpi_card_name, kpi_name};
use crate::i18n::{KpiText, Msg, kpi_text, value_text};
use crate::stats::{BASE_YEAR, Figure, Kpi, KpiKind, Levels, annual_exports, kpis};
use crate::ui::context::use_locale;
use crate::ui::query::{IgnoredSetting, use_query_setting};
use crate::ui::widgets::{CardSourceLine, CardTools, source_links};
use crate::url_state::{CAGR_PARAM, YearSpan};
use leptos::prelude::*;
use std::sync::Arc;

/// The grid of cards, with the span of the average-growth card to choose.
#[component]
pub fn KpiCards(loaded: Arc<Loaded>) -> impl IntoView {
    let locale = use_locale();
    let years: Vec<i32> = annual_exports(&Levels::new(&loaded.dataset))
        .points
        .iter()
        .filter(|point| point.point.figure.value().is_some())
        .map(|point| point.year)
        .collect();
    let latest = years.last().copied().unwrap_or(BASE_YEAR);
    let first = years
        .iter()
        .copied()
        .find(|&y| y >= BASE_YEAR)
        .unwrap_or(latest);
    let default_span = YearSpan(first, latest);
    let setting = use_query_setting::<YearSpan>(CAGR_PARAM);
    let (chosen, ignored) = setting.resolve(
        {
            let years = years.clone();
            move |span: &YearSpan| years.contains(&span.0) && years.contains(&span.1)
        },
        default_span,
    );
    let span = Signal::derive(move || {
        let YearSpan(from, to) = chosen.get();
        (from, to)
    });
    let set_span = Callback::new(move |(from, to): (i32, i32)| {
        setting.store(YearSpan(from, to), &default_span);
    });
    let cards = {
        let loaded = Arc::clone(&loaded);
        Memo::new(move |_| kpis(&loaded.dataset, BASE_YEAR, Some(span.get())))
    };
    let kinds: Vec<KpiKind> = cards.with_untracked(|cards| cards.iter().map(|k| k.kind).collect());
    let grid = kinds
        .into_iter()
        .enumerate()
        .map(|(index, kind)| {
            let kpi = Signal::derive(move || cards.with(|cards| cards.get(index).cloned()));
            let picker = (kind == KpiKind::Cagr).then(|| years.clone());
            view! {
                <KpiCard kind kpi loaded=Arc::clone(&loaded)>
                    {picker.map(|years| view! {
                        <SpanPicker years span set_span />
                        <IgnoredSetting key=CAGR_PARAM ignored />
                    })}
                </KpiCard>
            }
        })
        .collect_view();
    view! {
        <section class="kpi-section" aria-labelledby="kpi-heading">
            <h2 id="kpi-heading">{move || Msg::KpiHeading.text(locale.get())}</h2>
            <div class="kpi-grid">{grid}</div>
        </section>
    }
}

/// Two year menus for the average-growth card; each offers the years that keep the start
/// before the end.
#[component]
fn SpanPicker(
    years: Vec<i32>,
    #[prop(into)] span: Signal<(i32, i32)>,
    set_span: Callback<(i32, i32)>,
) -> impl IntoView {
    let locale = use_locale();
    let options = move |keep: &dyn Fn(i32) -> bool, selected: i32| {
        years
            .iter()
            .copied()
            .filter(|&year| keep(year))
            .map(|year| view! { <option value=year.to_string() selected=year == selected>{year}</option> })
            .collect_view()
    };
    let to_options = options.clone();
    let from_menu = NodeRef::<leptos::html::Select>::new();
    let to_menu = NodeRef::<leptos::html::Select>::new();
    // Both ends are read from the menus themselves: the span signal follows the address, which
    // updates a moment later, so a quick second choice would otherwise undo the first.
    let picked = move || {
        let year =
            |menu: NodeRef<leptos::html::Select>| menu.get_untracked()?.value().parse::<i32>().ok();
        if let (Some(from), Some(to)) = (year(from_menu), year(to_menu)) {
            set_span.run((from, to));
        }
    };
    view! {
        <div class="kpi-span">
            <label>
                {move || Msg::KpiSpanFrom.text(locale.get())} " "
                <select data-testid="cagr-from" node_ref=from_menu on:change=move |_| picked()>
                    {move || { let (from, to) = span.get(); options(&|year| year < to, from) }}
                </select>
            </label>
            <label>
                " " {move || Msg::KpiSpanTo.text(locale.get())} " "
                <select data-testid="cagr-to" node_ref=to_menu on:change=move |_| picked()>
                    {move || { let (from, to) = span.get(); to_options(&|year| year > from, to) }}
                </select>
            </label>
        </div>
    }
}

/// One headline card on its own (for an embed), with the default average-growth span.
#[component]
pub fn SingleKpi(loaded: Arc<Loaded>, kind: KpiKind) -> impl IntoView {
    let locale = use_locale();
    let kpi = kpis(&loaded.dataset, BASE_YEAR, None)
        .into_iter()
        .find(|kpi| kpi.kind == kind);
    match kpi {
        Some(kpi) => view! {
            <div class="kpi-grid kpi-single">
                <KpiCard kind kpi=Signal::stored(Some(kpi)) loaded standalone=true>""</KpiCard>
            </div>
        }
        .into_any(),
        None => view! { <p class="empty-state">{move || Msg::NoFigure.text(locale.get())}</p> }
            .into_any(),
    }
}

/// One card; its figure follows the chosen span.
#[component]
fn KpiCard(
    kind: KpiKind,
    kpi: Signal<Option<Kpi>>,
    loaded: Arc<Loaded>,
    /// Alone in an embed, the card's title is a level-2 heading, right under the embed's
    /// level-1 heading; among the cards of a page it is level 3, under the cards' heading.
    #[prop(optional)]
    standalone: bool,
    children: Children,
) -> impl IntoView {
    let locale = use_locale();
    let text = {
        let loaded = Arc::clone(&loaded);
        Memo::new(move |_| {
            kpi.with(|k| {
                k.as_ref()
                    .map(|k| kpi_text(locale.get(), k, &loaded.dataset.codes))
            })
        })
    };
    let figure = move || kpi.with(|k| k.as_ref().map(|k| k.point.figure.clone()));
    let raw = move || {
        figure()
            .and_then(|f| f.value())
            .map(|v| v.to_string())
            .unwrap_or_default()
    };
    let derived = move || figure().is_some_and(|f| f.is_derived());
    let field = move |pick: fn(&KpiText) -> String| move || text.with(|t| t.as_ref().map(pick));
    let sources = {
        let loaded = Arc::clone(&loaded);
        Signal::derive(move || {
            figure()
                .map(|f| f.cited_sources(&loaded.dataset))
                .unwrap_or_default()
        })
    };
    let csv = {
        let loaded = Arc::clone(&loaded);
        Signal::derive(move || {
            kpi.with(|k| {
                text.with(|t| match (k, t) {
                    (Some(k), Some(t)) => {
                        kpi_csv(k, &t.title, t.subject.as_deref(), &loaded.dataset)
                    }
                    _ => String::new(),
                })
            })
        })
    };
    let all_sources = {
        let loaded = Arc::clone(&loaded);
        Signal::derive(move || {
            kpi.with(|k| {
                k.as_ref()
                    .map(|k| card_sources(&k.point, &loaded.dataset))
                    .unwrap_or_default()
            })
        })
    };
    let title = Signal::derive(move || field(|t| t.title.clone())().unwrap_or_default());
    let heading = match standalone {
        true => view! { <h2 class="kpi-title">{title}</h2> }.into_any(),
        false => view! { <h3 class="kpi-title">{title}</h3> }.into_any(),
    };
    let conflict = move || {
        kpi.get()
            .filter(|k| k.point.reported.len() > 1)
            .map(|kpi| view! { <ConflictDetail kpi loaded=Arc::clone(&loaded) /> })
    };
    view! {
        <article class="kpi-card" data-kpi=kpi_card_name(kind) data-value=raw class:kpi-derived=derived>
            {heading}
            <p class="kpi-value" aria-live="polite">{field(|t| t.value.clone())}</p>
            {move || text.with(|t| t.as_ref().and_then(|t| t.subject.clone())).map(|s| view! { <p class="kpi-subject">{s}</p> })}
            <p class="kpi-detail">{field(|t| t.detail.clone())}</p>
            {children()}
            {move || text.with(|t| t.as_ref().and_then(|t| t.formula.clone())).map(|formula| view! {
                <FormulaNote formula />
            })}
            {conflict}
            <CardSourceLine sources />
            <CardTools stem=format!("kpi-{}", kpi_name(kind)) title data=Some((title, csv, all_sources))
                widget=format!("kpi/{}", kpi_name(kind)) />
        </article>
    }
}

/// "Computed" and the arithmetic behind a derived figure.
#[component]
pub fn FormulaNote(#[prop(into)] formula: Signal<String>) -> impl IntoView {
    let locale = use_locale();
    view! {
        <p class="kpi-formula">
            <span class="badge-derived">{move || Msg::DerivedMark.text(locale.get())}</span> " "
            // Arithmetic reads left to right in all three languages.
            <bdi dir="ltr">{formula}</bdi>
        </p>
    }
}

/// Every printed value of a card's figure, each with its sources, behind a disclosure.
#[component]
pub fn ConflictDetail(kpi: Kpi, loaded: Arc<Loaded>) -> impl IntoView {
    let locale = use_locale();
    let dataset = &loaded.dataset;
    let items = kpi
        .point
        .reported
        .iter()
        .map(|group| {
            let figure = Figure::Reported {
                value: group.value,
                observations: group.observations.clone(),
            };
            let unit = kpi.unit;
            let value_figure = figure.clone();
            let low = group.low_reliability;
            view! {
                <li>
                    <strong>{move || value_text(locale.get(), unit, &value_figure)}</strong>
                    " — " {figure_sources(dataset, &figure)}
                    <Show when=move || low><span class="badge-warning">{move || Msg::LowReliabilityMark.text(locale.get())}</span></Show>
                </li>
            }
        })
        .collect_view();
    view! {
        <details class="kpi-conflict">
            <summary>{move || Msg::SourcesDisagree.text(locale.get())}</summary>
            <ul>{items}</ul>
        </details>
    }
}

/// The sources of a figure's facts, linked.
fn figure_sources(dataset: &Dataset, figure: &Figure) -> impl IntoView + use<> {
    source_links(figure.cited_sources(dataset))
}
