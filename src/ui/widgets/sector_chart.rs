//! "The sector in figures": registered artisans, jobs, fairs and women's cooperatives as small
//! multiples in the shared chart frame.

use crate::charts::ChartId;
use crate::charts::{sector_csv, sector_small_multiples, sector_table};
use crate::data::Loaded;
use crate::echarts::option_json;
use crate::i18n::{Msg, sector_summary};
use crate::stats::{SectorPanel, sector_panels};
use crate::ui::context::{per_locale, use_locale};
use crate::ui::widgets::ChartPanel;
use leptos::prelude::*;
use std::sync::Arc;

/// The panels are computed once; only their words follow the language.
#[component]
pub fn SectorChart(loaded: Arc<Loaded>) -> impl IntoView {
    let locale = use_locale();
    let panels: Arc<Vec<SectorPanel>> = Arc::new(sector_panels(&loaded.dataset));
    let text = |msg: Msg| Signal::derive(move || msg.text(locale.get()).to_owned());
    let option = per_locale(&panels, |panels, locale| {
        option_json(&sector_small_multiples(panels, locale))
    });
    let summary = per_locale(&panels, |panels, locale| sector_summary(locale, panels));
    let sources = loaded.dataset.sources_printing(
        panels
            .iter()
            .flat_map(|panel| &panel.series)
            .flat_map(|(_, points)| points)
            .flat_map(|point| point.point.printed()),
    );
    let table = per_locale(&panels, move |panels, locale| {
        sector_table(panels, &loaded.dataset, locale)
    });
    view! {
        <ChartPanel
            name=ChartId::Sector
            title=text(Msg::ChartSectorTitle)
            subtitle=text(Msg::ChartSectorSubtitle)
            summary
            option
            table
            csv=Signal::stored(sector_csv(&panels))
            sources=Signal::stored(sources)
        />
    }
}
