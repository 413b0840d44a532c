//! Indicators: the export barometer, computed from the bundled facts.

use crate::charts::{ExitCitiesSpec, SectorSpec};
use crate::i18n::Msg;
use crate::ui::widgets::{
    CompositionChart, DatasetView, ExportsChart, KpiCards, PageIntro, RegisteredChart,
    YearToDateChart, fetch_charts_early,
};
use leptos::prelude::*;

/// `/indicators`: the headline cards and every indicator chart.
#[component]
pub fn IndicatorsPage() -> impl IntoView {
    fetch_charts_early();
    view! {
        <PageIntro title=Msg::IndicatorsTitle lead=Msg::IndicatorsIntro />
        <DatasetView children=|loaded| view! {
            <KpiCards loaded=std::sync::Arc::clone(&loaded) />
            <ExportsChart loaded=std::sync::Arc::clone(&loaded) />
            <YearToDateChart loaded=std::sync::Arc::clone(&loaded) />
            <CompositionChart loaded=std::sync::Arc::clone(&loaded) />
            <RegisteredChart<ExitCitiesSpec> loaded=std::sync::Arc::clone(&loaded) />
            <RegisteredChart<SectorSpec> loaded />
        } />
    }
}
