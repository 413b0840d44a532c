//! "Exports since January": the same months compared across years (January–November by
//! default, the span of the latest figure), with the spans that have data to choose from.

use crate::charts::ChartId;
use crate::charts::{exports_over_time, exports_over_time_csv, exports_over_time_table};
use crate::data::Loaded;
use crate::echarts::option_json;
use crate::i18n::{Msg, period_label, year_to_date_summary};
use crate::stats::{Levels, Period, Series, latest_year_to_date, year_to_date_exports};
use crate::ui::context::use_locale;
use crate::ui::query::{IgnoredSetting, use_query_setting};
use crate::ui::widgets::ChartPanel;
use crate::ui::widgets::exports_chart::series_sources;
use crate::url_state::{MONTHS_PARAM, Months};
use leptos::prelude::*;
use std::sync::Arc;

/// The chart with its menu of month spans.
#[component]
pub fn YearToDateChart(loaded: Arc<Loaded>) -> impl IntoView {
    let locale = use_locale();
    let all: Arc<Vec<Series>> = Arc::new(year_to_date_exports(&Levels::new(&loaded.dataset)));
    let latest_month = latest_year_to_date(&all).map_or(11, |(series, _)| series.through_month);
    let months: Vec<u8> = all.iter().map(|s| s.through_month).collect();
    let setting = use_query_setting::<Months>(MONTHS_PARAM);
    let default_months = Months(latest_month);
    let (chosen, ignored) = {
        let months = months.clone();
        setting.resolve(move |chosen| months.contains(&chosen.0), default_months)
    };
    let through = Signal::derive(move || chosen.get().0);
    let series = {
        let all = Arc::clone(&all);
        Memo::new(move |_| {
            all.iter()
                .find(|s| s.through_month == through.get())
                .cloned()
                .unwrap_or_default()
        })
    };
    let option =
        Signal::derive(move || series.with(|s| option_json(&exports_over_time(s, locale.get()))));
    let summary = Signal::derive(move || series.with(|s| year_to_date_summary(locale.get(), s)));
    let table = {
        let loaded = Arc::clone(&loaded);
        Signal::derive(move || {
            series.with(|s| exports_over_time_table(s, &loaded.dataset, locale.get()))
        })
    };
    let csv = {
        let loaded = Arc::clone(&loaded);
        Signal::derive(move || series.with(|s| exports_over_time_csv(s, &loaded.dataset)))
    };
    let sources = {
        let loaded = Arc::clone(&loaded);
        Signal::derive(move || series.with(|s| series_sources(&loaded.dataset, s)))
    };
    let span_name = move |month: u8| {
        Period::months(2000, 1, month).map_or_else(String::new, |p| {
            period_label(locale.get(), p)
                .trim_end_matches(" 2000")
                .to_owned()
        })
    };
    let subtitle = Signal::derive(move || {
        format!(
            "{} · {}",
            span_name(through.get()),
            Msg::UnitMadMillion.text(locale.get())
        )
    });
    let controls = move || {
        let months = months.clone();
        view! {
            <label>
                {move || Msg::MonthsLabel.text(locale.get())} " "
                <select data-testid="year-to-date-span" on:change=move |ev| {
                    if let Ok(month) = event_target_value(&ev).parse() {
                        setting.store(Months(month), &default_months);
                    }
                }>
                    {months.into_iter().map(|month| view! {
                        <option value=month.to_string() selected=move || through.get() == month>{move || span_name(month)}</option>
                    }).collect_view()}
                </select>
            </label>
            <IgnoredSetting key=MONTHS_PARAM ignored />
        }
    };
    view! {
        <ChartPanel
            name=ChartId::YearToDate
            title=Signal::derive(move || Msg::ChartYearToDateTitle.text(locale.get()).to_owned())
            subtitle
            summary
            option
            table
            csv
            sources
            controls=ToChildren::to_children(controls)
        />
    }
}
