//! "Exit cities over time": every published share of each exit city, across the periods that
//! have one, in the shared chart frame.

use super::composition_chart::breakdown_sources;
use crate::charts::{exit_points_csv, exit_points_over_time, exit_points_table};
use crate::data::{CodedDimension, Loaded};
use crate::echarts::option_json;
use crate::i18n::{Locale, Msg, exit_points_summary, period_label};
use crate::stats::{Breakdown, BreakdownIndex, Levels};
use crate::ui::context::use_locale;
use crate::ui::widgets::ChartPanel;
use leptos::prelude::*;
use std::sync::Arc;

/// The chart, its table and downloads; the history is computed once, only labels follow the
/// language.
#[component]
pub fn ExitPointsChart(loaded: Arc<Loaded>) -> impl IntoView {
    let locale = use_locale();
    let history = Arc::new(
        BreakdownIndex::new(&Levels::new(&loaded.dataset), CodedDimension::ExitPoint).history(),
    );
    let with_history = |f: fn(&[Breakdown], &Loaded, Locale) -> String| {
        let (history, loaded) = (Arc::clone(&history), Arc::clone(&loaded));
        Signal::derive(move || f(&history, &loaded, locale.get()))
    };
    let option = {
        let (history, loaded) = (Arc::clone(&history), Arc::clone(&loaded));
        Signal::derive(move || {
            option_json(&exit_points_over_time(
                &history,
                &loaded.dataset.codes,
                locale.get(),
            ))
        })
    };
    let summary = with_history(|history, loaded, locale| {
        exit_points_summary(locale, history, &loaded.dataset.codes)
    });
    let subtitle = with_history(|history, _, locale| {
        let span = match (history.first(), history.last()) {
            (Some(first), Some(last)) => format!(
                "{} … {}",
                period_label(locale, first.period),
                period_label(locale, last.period)
            ),
            _ => String::new(),
        };
        format!("{span} · {}", Msg::ShareOfExportsUnit.text(locale))
    });
    let table = {
        let (history, loaded) = (Arc::clone(&history), Arc::clone(&loaded));
        Signal::derive(move || exit_points_table(&history, &loaded.dataset, locale.get()))
    };
    let csv = exit_points_csv(&history);
    let sources = breakdown_sources(&loaded.dataset, &history);
    view! {
        <ChartPanel
            name="craft-exports-exit-cities"
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
