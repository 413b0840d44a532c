//! Building blocks shared by pages.

mod catalogue_view;
mod chart_panel;
mod composition_chart;
mod data_downloads;
mod embed_tools;
mod export_map_chart;
mod exports_chart;
mod family_card;
mod kpi_cards;
mod market_list;
mod page_intro;
mod period_player;
mod places_map;
mod profile;
mod registered_chart;
mod source_link;
mod states;
mod tools_menu;
mod world_map;
mod year_to_date_chart;

pub use catalogue_view::{CatalogueView, FamilyMotif};
pub use chart_panel::{ChartPanel, Picture, fetch_charts_early, load_charts_early};
pub use composition_chart::CompositionChart;
pub use data_downloads::{DownloadFailedNotice, save_data};
pub use embed_tools::{EmbedTools, FromMenu, SharingOffered, sharing_tools};
pub use export_map_chart::ExportMap;
pub use exports_chart::ExportsChart;
pub use family_card::FamilyCardView;
pub use kpi_cards::{ConflictDetail, FormulaNote, KpiCards, SingleKpi};
pub use market_list::MarketList;
pub use page_intro::PageIntro;
pub use period_player::PeriodPlayer;
pub use places_map::PlacesMap;
pub use profile::{
    FactsFold, FigureCard, PrintedGrowth, ProfileFigures, ProfileSection, ShareChart, badge_link,
    detail_items, fact_item, fact_items,
};
pub use registered_chart::{RegisteredChart, chart_figures, follow};
pub use source_link::{
    CardSourceLine, CatalogueSourceLine, SourceLine, SourceLink, catalogue_sources, source_links,
};
pub use states::{DatasetView, FileView, Later, LoadErrorPanel, LoadingState};
pub use tools_menu::{CardData, CardTools, MenuItem, ToolsMenu, focus_left, widget_items};
pub use world_map::{NoFigurePattern, WorldMapView};
pub use year_to_date_chart::YearToDateChart;
