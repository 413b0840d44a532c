//! "Composition of exports": shares by craft family, destination or exit city for a period chosen
//! among those that have data; both choices live in the link (`?by=destination&period=…`).

use crate::charts::{CompositionChoice, CompositionSpec};
use crate::data::{CodedDimension, Loaded};
use crate::i18n::{Msg, code_name, period_label};
use crate::ui::context::{use_base, use_locale};
use crate::ui::query::{IgnoredSetting, use_query_setting};
use crate::ui::widgets::{RegisteredChart, chart_figures};
use crate::url_state::{BREAKDOWN_PARAM, BreakdownChoice, PERIOD_PARAM, PeriodParam, craft_path};
use leptos::prelude::*;
use std::sync::Arc;

/// The dimensions offered, with their menu labels.
const DIMENSIONS: [(CodedDimension, Msg); 3] = [
    (CodedDimension::ProductFamily, Msg::BreakdownFamilies),
    (CodedDimension::Destination, Msg::BreakdownDestinations),
    (CodedDimension::ExitPoint, Msg::BreakdownExitPoints),
];

/// The chart with its two menus, and links to the pages of the families it shows.
#[component]
pub fn CompositionChart(loaded: Arc<Loaded>) -> impl IntoView {
    let locale = use_locale();
    let by = use_query_setting::<BreakdownChoice>(BREAKDOWN_PARAM);
    let default_by = BreakdownChoice(CompositionChoice::default().dimension);
    let (chosen_by, ignored_by) = by.resolve(|_| true, default_by);
    let period_setting = use_query_setting::<PeriodParam>(PERIOD_PARAM);
    let choice = Signal::derive(move || CompositionChoice {
        dimension: chosen_by.get().0,
        period: period_setting.value.get().map(|p| p.0),
    });
    let figures = chart_figures::<CompositionSpec>(&loaded, choice);
    let shown_period = Memo::new(move |_| figures.with(|f| f.breakdown.as_ref().map(|b| b.period)));
    let ignored_period = Signal::derive(move || {
        let unavailable = choice
            .get()
            .period
            .filter(|period| figures.with(|f| !f.periods.contains(period)));
        period_setting
            .unreadable
            .get()
            .or_else(|| unavailable.map(|period| period.to_string()))
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
                        <option value=d.name() selected=move || chosen_by.get().0 == d>{move || msg.text(locale.get())}</option>
                    })}
                </select>
            </label>
            <label>
                {move || Msg::PeriodLabel.text(locale.get())} " "
                <select data-testid="composition-period" on:change=move |ev| {
                    let value = event_target_value(&ev);
                    let (picked, latest) = figures.with(|f| {
                        (f.periods.iter().copied().find(|p| p.to_string() == value), f.periods.first().copied())
                    });
                    period_setting.set.set(picked.filter(|&p| Some(p) != latest).map(PeriodParam));
                }>
                    {move || {
                        let current = shown_period.get();
                        figures.with(|f| f.periods.clone()).into_iter().map(|p| view! {
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
            let families: Vec<String> = match chosen_by.get().0 {
                CodedDimension::ProductFamily => figures.with(|f| {
                    f.breakdown
                        .iter()
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
                    <p class="families-label">{move || Msg::ChartFamiliesLabel.text(locale.get())}</p>
                    <ul class="badge-list" data-testid="composition-family-links">{links}</ul>
                }
            })
        }
    };
    view! {
        <div class="composition">
            <RegisteredChart<CompositionSpec> loaded figures controls=ChildrenFn::to_children(controls)>
                {family_links.clone()}
            </RegisteredChart<CompositionSpec>>
        </div>
    }
}
