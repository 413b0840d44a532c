//! "Exit cities over time": every published share of each exit city, across the periods that
//! have one, in the shared chart frame.

use super::composition_chart::breakdown_sources;
use crate::charts::ChartId;
use crate::charts::{exit_points_csv, exit_points_over_time, exit_points_table};
use crate::data::{CodedDimension, Loaded};
use crate::echarts::option_json;
use crate::i18n::{Msg, exit_points_summary, span_subtitle};
use crate::stats::{BreakdownIndex, Levels};
use crate::ui::context::{per_locale, use_locale};
use crate::ui::widgets::ChartPanel;
use leptos::prelude::*;
use std::sync::Arc;

/// The chart, its table and downloads; the history is computed once, only labels follow the
/// language.
#[component]
pub fn ExitPointsChart(loaded: Arc<Loaded>) -> impl IntoView {
    let locale = use_locale();
    let history =
        BreakdownIndex::new(&Levels::new(&loaded.dataset), CodedDimension::ExitPoint).history();
    let csv = exit_points_csv(&history);
    let sources = breakdown_sources(&loaded.dataset, &history);
    let shown = Arc::new((history, loaded));
    let option = per_locale(&shown, |(history, loaded), locale| {
        option_json(&exit_points_over_time(
            history,
            &loaded.dataset.codes,
            locale,
        ))
    });
    let summary = per_locale(&shown, |(history, loaded), locale| {
        exit_points_summary(locale, history, &loaded.dataset.codes)
    });
    let subtitle = per_locale(&shown, |(history, _), locale| {
        let periods: Vec<_> = history.iter().map(|b| b.period).collect();
        span_subtitle(locale, &periods, Msg::ShareOfExportsUnit.text(locale))
    });
    let table = per_locale(&shown, |(history, loaded), locale| {
        exit_points_table(history, &loaded.dataset, locale)
    });
    view! {
        <ChartPanel
            name=ChartId::ExitCities
            title=Signal::derive(move || Msg::ChartExitCitiesTitle.text(locale.get()).to_owned())
            subtitle
            summary
            option
            table
            csv=Signal::stored(csv)
            sources=Signal::stored(sources)
            hint=Signal::derive(move || Msg::HollowPointsHint.text(locale.get()).to_owned())
        />
    }
}
