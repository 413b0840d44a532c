//! One module per page of the site.

mod brief;
mod crafts;
mod desk;
mod embed;
mod family;
mod home;
mod indicators;
mod map;
mod market;
mod not_found;
mod sources;

pub use brief::BriefPage;
pub use crafts::CraftsPage;
pub use desk::DeskPage;
pub use embed::{EMBED_PREFIX, EmbedChartPage, EmbedFamilyPage, EmbedKpiPage, EmbedMapPage};
pub use family::FamilyPage;
pub use home::HomePage;
pub use indicators::IndicatorsPage;
pub use map::MapPage;
pub use market::MarketPage;
pub use not_found::NotFoundPage;
pub use sources::SourcesPage;
