//! "Composition of exports": shares by craft family, destination or exit city for a period chosen
//! among those that have data. The time Rust takes to recompute after a choice is kept in
//! `data-update-ms` for the end-to-end run to report.

use crate::charts::{composition_chart, composition_csv, composition_table};
use crate::data::{CodedDimension, Dataset, Loaded, Source};
use crate::echarts::option_json;
use crate::i18n::{Msg, composition_summary, period_label};
use crate::stats::{Breakdown, BreakdownIndex, Levels, Period};
use crate::ui::context::use_locale;
use crate::ui::widgets::ChartPanel;
use leptos::prelude::*;
use std::sync::Arc;

/// The dimensions offered, with their menu labels.
const DIMENSIONS: [(CodedDimension, Msg); 3] = [
    (CodedDimension::ProductFamily, Msg::BreakdownFamilies),
    (CodedDimension::Destination, Msg::BreakdownDestinations),
    (CodedDimension::ExitPoint, Msg::BreakdownExitPoints),
];

/// The chart with its two menus.
#[component]
pub fn CompositionChart(loaded: Arc<Loaded>) -> impl IntoView {
    let locale = use_locale();
    let dimension = RwSignal::new(CodedDimension::ProductFamily);
    let chosen_period = RwSignal::new(None::<Period>);
    let update_ms = RwSignal::new(0.0);
    let periods = {
        let loaded = Arc::clone(&loaded);
        Memo::new(move |_| periods_of(&loaded.dataset, dimension.get()))
    };
    let breakdown = {
        let loaded = Arc::clone(&loaded);
        Memo::new(move |_| {
            let started = now();
            let period = chosen_period
                .get()
                .filter(|p| periods.with(|all| all.contains(p)))
                .or_else(|| periods.with(|all| all.first().copied()));
            let breakdown =
                period.and_then(|period| breakdown_of(&loaded.dataset, dimension.get(), period));
            update_ms.set(now() - started);
            breakdown
        })
    };
    let with_breakdown = move |f: &dyn Fn(&Breakdown) -> String| {
        breakdown.with(|b| b.as_ref().map(f).unwrap_or_default())
    };
    let option = {
        let loaded = Arc::clone(&loaded);
        Signal::derive(move || {
            let started = now();
            let json = breakdown.with(|b| match b {
                Some(b) => option_json(&composition_chart(b, &loaded.dataset.codes, locale.get())),
                None => option_json(&charming::Chart::new()),
            });
            update_ms.update(|ms| *ms += now() - started);
            json
        })
    };
    let summary = {
        let loaded = Arc::clone(&loaded);
        Signal::derive(move || {
            with_breakdown(&|b| composition_summary(locale.get(), b, &loaded.dataset.codes))
        })
    };
    let table = {
        let loaded = Arc::clone(&loaded);
        Signal::derive(move || {
            breakdown.with(|b| {
                b.as_ref()
                    .map(|b| composition_table(b, &loaded.dataset, locale.get()))
                    .unwrap_or_default()
            })
        })
    };
    let csv = Signal::derive(move || with_breakdown(&composition_csv));
    let sources = {
        let loaded = Arc::clone(&loaded);
        Signal::derive(move || {
            breakdown.with(|b| {
                b.as_ref()
                    .map(|b| breakdown_sources(&loaded.dataset, b))
                    .unwrap_or_default()
            })
        })
    };
    let subtitle = Signal::derive(move || {
        let period = with_breakdown(&|b| period_label(locale.get(), b.period));
        format!(
            "{} · {}",
            period,
            Msg::ShareOfExportsUnit.text(locale.get())
        )
    });
    let controls = move || {
        view! {
            <label>
                {move || Msg::BreakdownLabel.text(locale.get())} " "
                <select data-testid="composition-dimension" on:change=move |ev| {
                    let picked = DIMENSIONS.iter().find(|(d, _)| d.name() == event_target_value(&ev));
                    if let Some((picked, _)) = picked {
                        chosen_period.set(None);
                        dimension.set(*picked);
                    }
                }>
                    {DIMENSIONS.map(|(d, msg)| view! {
                        <option value=d.name() selected=move || dimension.get() == d>{move || msg.text(locale.get())}</option>
                    })}
                </select>
            </label>
            <label>
                {move || Msg::PeriodLabel.text(locale.get())} " "
                <select data-testid="composition-period" on:change=move |ev| {
                    let value = event_target_value(&ev);
                    let picked = periods.with(|all| all.iter().copied().find(|p| p.to_string() == value));
                    chosen_period.set(picked);
                }>
                    {move || {
                        let current = breakdown.with(|b| b.as_ref().map(|b| b.period));
                        periods.get().into_iter().map(|p| view! {
                            <option value=p.to_string() selected=Some(p) == current>{period_label(locale.get(), p)}</option>
                        }).collect_view()
                    }}
                </select>
            </label>
        }
    };
    view! {
        <div class="composition" data-update-ms=move || format!("{:.3}", update_ms.get())>
            <ChartPanel
                name="craft-exports-composition"
                title=Signal::derive(move || Msg::ChartCompositionTitle.text(locale.get()).to_owned())
                subtitle
                summary
                option
                table
                csv
                sources
                controls=ToChildren::to_children(controls)
            />
        </div>
    }
}

fn periods_of(dataset: &Dataset, dimension: CodedDimension) -> Vec<Period> {
    BreakdownIndex::new(&Levels::new(dataset), dimension)
        .periods()
        .to_vec()
}

fn breakdown_of(dataset: &Dataset, dimension: CodedDimension, period: Period) -> Option<Breakdown> {
    BreakdownIndex::new(&Levels::new(dataset), dimension).breakdown(period)
}

/// The sources of every share and level shown, in table order.
fn breakdown_sources(dataset: &Dataset, breakdown: &Breakdown) -> Vec<Source> {
    dataset.sources_at(
        breakdown
            .rows
            .iter()
            .flat_map(|row| [&row.share.figure, &row.value.figure])
            .flat_map(|figure| figure.sources(dataset)),
    )
}

/// Milliseconds from the page's high-resolution clock.
fn now() -> f64 {
    web_sys::window()
        .and_then(|window| window.performance())
        .map_or(0.0, |performance| performance.now())
}
