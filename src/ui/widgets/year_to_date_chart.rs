//! "Exports since January": the same months compared across years (January–November by
//! default, the span of the latest figure), with the spans that have data to choose from.

use crate::charts::YearToDateSpec;
use crate::data::Loaded;
use crate::i18n::{Msg, months_span_label};
use crate::ui::context::use_locale;
use crate::ui::query::{IgnoredSetting, use_query_setting};
use crate::ui::widgets::{RegisteredChart, chart_figures};
use crate::url_state::{MONTHS_PARAM, Months};
use leptos::prelude::*;
use std::sync::Arc;

/// The chart with its menu of month spans; the span lives in the link (`?months=9`).
#[component]
pub fn YearToDateChart(loaded: Arc<Loaded>) -> impl IntoView {
    let locale = use_locale();
    let setting = use_query_setting::<Months>(MONTHS_PARAM);
    let choice = Signal::derive(move || setting.value.get().map(|months| months.0));
    let figures = chart_figures::<YearToDateSpec>(&loaded, choice);
    let through = Memo::new(move |_| figures.with(|f| f.series.through_month));
    let ignored = Signal::derive(move || {
        let unavailable = choice
            .get()
            .filter(|month| figures.with(|f| !f.months.contains(month)));
        setting
            .unreadable
            .get()
            .or_else(|| unavailable.map(|month| month.to_string()))
    });
    let controls = move || {
        let (months, latest) = figures.with(|f| (f.months.clone(), f.latest.unwrap_or_default()));
        view! {
            <label>
                {move || Msg::MonthsLabel.text(locale.get())} " "
                <select data-testid="year-to-date-span" on:change=move |ev| {
                    if let Ok(month) = event_target_value(&ev).parse() {
                        setting.store(Months(month), &Months(latest));
                    }
                }>
                    {months.into_iter().map(|month| view! {
                        <option value=month.to_string() selected=move || through.get() == month>
                            {move || months_span_label(locale.get(), month)}
                        </option>
                    }).collect_view()}
                </select>
            </label>
            <IgnoredSetting key=MONTHS_PARAM ignored />
        }
    };
    view! { <RegisteredChart<YearToDateSpec> loaded figures controls=ChildrenFn::to_children(controls) /> }
}
