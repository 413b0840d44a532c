//! "Craft exports by year": the annual series in the shared chart frame, with the published
//! values of a clicked year.

use crate::charts::ExportsByYearSpec;
use crate::data::Loaded;
use crate::echarts::ChartClick;
use crate::i18n::{Msg, format_mad_million};
use crate::stats::SeriesPoint;
use crate::ui::context::use_locale;
use crate::ui::widgets::{RegisteredChart, SourceLink, chart_figures};
use leptos::prelude::*;
use std::sync::Arc;

/// The chart (or its table), the sources it uses, and details of the selected year.
#[component]
pub fn ExportsChart(loaded: Arc<Loaded>) -> impl IntoView {
    let figures = chart_figures::<ExportsByYearSpec>(&loaded, Signal::stored(()));
    let (selected, set_selected) = signal(None::<i32>);
    let on_click =
        Callback::new(move |click: ChartClick| set_selected.set(click.name.parse().ok()));
    let detail = {
        let loaded = Arc::clone(&loaded);
        move || {
            let year = selected.get()?;
            let point = figures.with(|series| series.year(year).cloned())?;
            Some(view! { <YearDetail year=point loaded=Arc::clone(&loaded) /> })
        }
    };
    view! {
        <RegisteredChart<ExportsByYearSpec> loaded figures on_click>
            {detail.clone()}
        </RegisteredChart<ExportsByYearSpec>>
    }
}
/// Every value published for the clicked year, each with its source.
#[component]
fn YearDetail(year: SeriesPoint, loaded: Arc<Loaded>) -> impl IntoView {
    let locale = use_locale();
    let conflict = year.point.has_conflict();
    let dataset = &loaded.dataset;
    view! {
        <section class="year-detail" data-testid="year-detail" aria-live="polite">
            <h3>{move || Msg::SelectedYear.text(locale.get())} " : " {year.year}</h3>
            <Show when=move || conflict><p class="notice">{move || Msg::ConflictNote.text(locale.get())}</p></Show>
            <ul>
                {year.point.reported.iter().flat_map(|group| group.observations.iter().map(move |&index| (group, index))).map(|(group, index)| {
                    let value = group.value;
                    let low = dataset.observations().get(index).is_some_and(|o| o.is_low_reliability());
                    let source = dataset.observations().get(index).and_then(|o| dataset.source_of(o)).cloned();
                    view! {
                        <li>
                            <strong>{move || format_mad_million(locale.get(), value)}</strong>
                            " — "
                            {source.map(|s| view! { <SourceLink outlet=s.outlet url=s.url /> })}
                            <Show when=move || low><span class="badge-warning">{move || Msg::LowReliabilityMark.text(locale.get())}</span></Show>
                        </li>
                    }
                }).collect_view()}
            </ul>
        </section>
    }
}
