//! "Composition of exports": shares by craft family, destination or exit city for a period chosen
//! among those that have data. The time Rust takes to recompute after a choice (breakdown and
//! chart option) is kept in `data-update-ms` for the end-to-end run to report.

use crate::charts::ChartId;
use crate::charts::{DataTable, composition_chart, composition_csv, composition_table};
use crate::data::{CodedDimension, Dataset, Loaded, Source};
use crate::echarts::{EchartsError, option_json};
use crate::i18n::{Locale, Msg, ShowcaseMsg, code_name, composition_summary, period_label};
use crate::stats::{Breakdown, BreakdownIndex, Levels, Period};
use crate::ui::context::{use_base, use_locale};
use crate::ui::query::{IgnoredSetting, use_query_setting};
use crate::ui::widgets::ChartPanel;
use crate::url_state::{BREAKDOWN_PARAM, BreakdownChoice, PERIOD_PARAM, PeriodParam, craft_path};
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
    let by = use_query_setting::<BreakdownChoice>(BREAKDOWN_PARAM);
    let default_by = BreakdownChoice(CodedDimension::ProductFamily);
    let (chosen_by, ignored_by) = by.resolve(|_| true, default_by);
    let dimension = Signal::derive(move || chosen_by.get().0);
    let period_setting = use_query_setting::<PeriodParam>(PERIOD_PARAM);
    let chosen_period = Signal::derive(move || period_setting.value.get().map(|p| p.0));
    let shown = {
        let loaded = Arc::clone(&loaded);
        Memo::new(move |_| {
            Shown::compute(
                &loaded.dataset,
                dimension.get(),
                chosen_period.get(),
                locale.get(),
            )
        })
    };
    let breakdown = Memo::new(move |_| shown.with(|s| s.breakdown.clone()));
    let periods = Memo::new(move |_| shown.with(|s| s.periods.clone()));
    let with_breakdown = move |f: &dyn Fn(&Breakdown) -> String| {
        breakdown.with(|b| b.as_ref().map(f).unwrap_or_default())
    };
    let option = Signal::derive(move || shown.with(|s| s.option.clone()));
    let update_ms = move || shown.with(|s| format!("{:.3}", s.update_ms));
    let ignored_period = Signal::derive(move || {
        let unavailable = chosen_period
            .get()
            .filter(|period| !periods.with(|all| all.contains(period)));
        period_setting
            .unreadable
            .get()
            .or_else(|| unavailable.map(|period| period.to_string()))
    });
    let BreakdownFrame {
        summary,
        table,
        csv,
        sources,
    } = breakdown_frame(&loaded, breakdown);
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
                        period_setting.set.set(None);
                        by.store(BreakdownChoice(*picked), &default_by);
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
                    let (picked, latest) = periods.with(|all| {
                        (all.iter().copied().find(|p| p.to_string() == value), all.first().copied())
                    });
                    period_setting.set.set(picked.filter(|&p| Some(p) != latest).map(PeriodParam));
                }>
                    {move || {
                        let current = breakdown.with(|b| b.as_ref().map(|b| b.period));
                        periods.get().into_iter().map(|p| view! {
                            <option value=p.to_string() selected=Some(p) == current>{period_label(locale.get(), p)}</option>
                        }).collect_view()
                    }}
                </select>
            </label>
            <IgnoredSetting key=BREAKDOWN_PARAM ignored=ignored_by />
            <IgnoredSetting key=PERIOD_PARAM ignored=ignored_period />
        }
    };
    let family_links = {
        let (loaded, base) = (Arc::clone(&loaded), use_base());
        move || {
            let families: Vec<String> = match dimension.get() {
                CodedDimension::ProductFamily => breakdown.with(|b| {
                    b.iter()
                        .flat_map(|b| b.rows.iter())
                        .map(|row| row.key.clone())
                        .filter(|key| loaded.dataset.codes.ranks(key))
                        .collect()
                }),
                _ => Vec::new(),
            };
            (!families.is_empty()).then(|| {
                let links = families
                    .into_iter()
                    .map(|code| {
                        let (loaded, base) = (Arc::clone(&loaded), base.clone());
                        let path = craft_path(&code);
                        view! {
                            <li><a class="badge-link" href=move || base.page(&path, locale.get())>
                                {move || code_name(locale.get(), &loaded.dataset.codes, &code)}
                            </a></li>
                        }
                    })
                    .collect_view();
                view! {
                    <p class="families-label">{move || ShowcaseMsg::ChartFamiliesLabel.text(locale.get())}</p>
                    <ul class="badge-list" data-testid="composition-family-links">{links}</ul>
                }
            })
        }
    };
    view! {
        <div class="composition" data-update-ms=update_ms>
            <ChartPanel
                name=ChartId::Composition
                title=Signal::derive(move || Msg::ChartCompositionTitle.text(locale.get()).to_owned())
                subtitle
                summary
                option
                table
                csv
                sources
                controls=ToChildren::to_children(controls)
            >
                {family_links.clone()}
            </ChartPanel>
        </div>
    }
}

/// What the chart shows for a choice, computed in one pass over one index, with the time
/// that took.
#[derive(Clone, Debug, PartialEq)]
struct Shown {
    /// Newest first.
    periods: Vec<Period>,
    breakdown: Option<Breakdown>,
    option: Result<String, EchartsError>,
    update_ms: f64,
}

impl Shown {
    /// The chosen period if it has data for `dimension`, else the latest one that does.
    fn compute(
        dataset: &Dataset,
        dimension: CodedDimension,
        chosen: Option<Period>,
        locale: Locale,
    ) -> Shown {
        let started = now();
        let levels = Levels::new(dataset);
        let index = BreakdownIndex::new(&levels, dimension);
        let periods = index.periods().to_vec();
        let period = chosen
            .filter(|p| periods.contains(p))
            .or_else(|| periods.first().copied());
        let breakdown = period.and_then(|period| index.breakdown(period));
        let option = match &breakdown {
            Some(b) => option_json(&composition_chart(b, &dataset.codes, locale)),
            None => option_json(&charming::Chart::new()),
        };
        Shown {
            periods,
            breakdown,
            option,
            update_ms: now() - started,
        }
    }
}

/// What the chart frame shows around a chosen breakdown, in the page's language.
pub(super) struct BreakdownFrame {
    pub summary: Signal<String>,
    pub table: Signal<DataTable>,
    pub csv: Signal<String>,
    pub sources: Signal<Vec<Source>>,
}

/// The summary, table (every row, regions included), CSV and sources of `breakdown`.
pub(super) fn breakdown_frame(
    loaded: &Arc<Loaded>,
    breakdown: Memo<Option<Breakdown>>,
) -> BreakdownFrame {
    let locale = use_locale();
    let with = move |f: &dyn Fn(&Breakdown) -> String| {
        breakdown.with(|b| b.as_ref().map(f).unwrap_or_default())
    };
    let summary = {
        let loaded = Arc::clone(loaded);
        Signal::derive(move || {
            with(&|b| composition_summary(locale.get(), b, &loaded.dataset.codes))
        })
    };
    let table = {
        let loaded = Arc::clone(loaded);
        Signal::derive(move || {
            breakdown.with(|b| {
                b.as_ref()
                    .map(|b| composition_table(b, &loaded.dataset, locale.get()))
                    .unwrap_or_default()
            })
        })
    };
    let sources = {
        let loaded = Arc::clone(loaded);
        Signal::derive(move || {
            breakdown.with(|b| {
                b.as_ref()
                    .map(|b| breakdown_sources(&loaded.dataset, std::slice::from_ref(b)))
                    .unwrap_or_default()
            })
        })
    };
    BreakdownFrame {
        summary,
        table,
        csv: Signal::derive(move || with(&composition_csv)),
        sources,
    }
}

/// The sources of every share and level of the breakdowns, in table order.
pub(super) fn breakdown_sources(dataset: &Dataset, breakdowns: &[Breakdown]) -> Vec<Source> {
    dataset.sources_at(
        breakdowns
            .iter()
            .flat_map(|breakdown| &breakdown.rows)
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
