//! The chart registry: every chart of the app, once, with the name it has in links (`?table=`),
//! test ids and downloaded file names, and the path of its embed below `/embed/` when it can be
//! embedded, and, for a chart without menus of its own, its description ([`ChartSpec`]), which
//! the generic widget draws wherever the chart is embedded. The list of charts, the link codec,
//! the embed addresses and the embed route all derive from this one table, so a chart cannot be
//! named in one place and forgotten in another.

use super::{
    ChartSpec, CompositionSpec, ExitCitiesSpec, ExportsByYearSpec, SectorSpec, YearToDateSpec,
};
use std::fmt;
use std::str::FromStr;

/// Declares [`ChartId`] from one line per chart:
/// `Variant: "link-name", embed Some("path") | None, [spec Spec[, generic]];` where `spec` names
/// the chart's [`ChartSpec`] and `generic` marks a chart the generic widget draws alone (no
/// menus of its own).
macro_rules! registry {
    (@spec $visitor:ident $spec:ty $(, $generic:ident)?) => { Some($visitor.visit::<$spec>()) };
    (@spec $visitor:ident) => { None };
    (@generic $visitor:ident $spec:ty, generic) => { Some($visitor.visit::<$spec>()) };
    (@generic $visitor:ident $($spec:ty)?) => { None };
    ($($(#[doc = $doc:literal])* $chart:ident: $link:literal, embed $embed:expr
        $(, spec $spec:ty $(, $generic:ident)?)?;)*) => {
        /// Every chart of the app.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum ChartId {
            $($(#[doc = $doc])* $chart,)*
        }

        impl ChartId {
            /// Every chart, in registry order.
            pub const ALL: &'static [ChartId] = &[$(ChartId::$chart),*];

            /// The chart's name in links (`?table=craft-exports-by-year`), test ids and
            /// downloaded file names. Published: never renamed.
            pub fn link_name(self) -> &'static str {
                match self {
                    $(ChartId::$chart => $link,)*
                }
            }

            /// The chart's embed below `/embed/` (`chart/exports`, `map`), if it has one.
            /// Published: never renamed.
            pub fn embed_path(self) -> Option<&'static str> {
                match self {
                    $(ChartId::$chart => $embed,)*
                }
            }

            /// `visitor` called with the chart's description, for a chart the generic widget
            /// draws alone; `None` for a chart with a widget of its own.
            pub fn visit_generic<V: SpecVisitor>(self, visitor: V) -> Option<V::Output> {
                match self {
                    $(ChartId::$chart => registry!(@generic visitor $($spec $(, $generic)?)?),)*
                }
            }

            /// `visitor` called with the chart's description, for any chart that has one (its
            /// default choice is what its embed shows first).
            pub fn visit_spec<V: SpecVisitor>(self, visitor: V) -> Option<V::Output> {
                match self {
                    $(ChartId::$chart => registry!(@spec visitor $($spec $(, $generic)?)?),)*
                }
            }
        }
    };
}

/// What to do with a chart's description, whatever its type: the UI renders it.
pub trait SpecVisitor {
    /// What the visit gives.
    type Output;
    /// Called with the chart's [`ChartSpec`].
    fn visit<S: ChartSpec>(self) -> Self::Output;
}

registry! {
    /// Craft exports by year, with the published values of a clicked year.
    ExportsByYear: "craft-exports-by-year", embed Some("chart/exports"), spec ExportsByYearSpec;
    /// The same months compared across years.
    YearToDate: "craft-exports-year-to-date", embed Some("chart/year-to-date"), spec YearToDateSpec;
    /// Shares by craft family, destination or exit city for one period.
    Composition: "craft-exports-composition", embed Some("chart/composition"), spec CompositionSpec;
    /// Every published share of each exit city over time.
    ExitCities: "craft-exports-exit-cities", embed Some("chart/exit-cities"), spec ExitCitiesSpec, generic;
    /// Registered artisans, jobs, fairs and cooperatives as small multiples.
    Sector: "craft-sector-figures", embed Some("chart/sector"), spec SectorSpec, generic;
    /// The world map of destinations.
    ExportMap: "craft-export-map", embed Some("map");
    /// A market's or a family's share of craft exports over time, on its profile page.
    MarketShare: "market-share", embed None;
    /// The towns of a family's crafts on a small map of Morocco.
    FamilyPlaces: "family-places", embed None;
}

/// The prefix of a chart's embed path; the map has an address of its own (`/embed/map`).
pub const CHART_EMBED_PREFIX: &str = "chart/";

impl ChartId {
    /// The chart an embed address names (`exports` in `/embed/chart/exports`).
    ///
    /// ```
    /// use artisanat_atlas::charts::ChartId;
    /// assert_eq!(ChartId::from_embed_name("exports"), Some(ChartId::ExportsByYear));
    /// assert_eq!(ChartId::ExportsByYear.link_name(), "craft-exports-by-year");
    /// assert_eq!(ChartId::from_embed_name("market-share"), None);
    /// ```
    pub fn from_embed_name(name: &str) -> Option<ChartId> {
        ChartId::ALL.iter().copied().find(|chart| {
            chart
                .embed_path()
                .and_then(|path| path.strip_prefix(CHART_EMBED_PREFIX))
                == Some(name)
        })
    }
}

/// A `table=` naming no chart of the app is unreadable: the page says so and shows charts.
impl FromStr for ChartId {
    type Err = ();
    fn from_str(text: &str) -> Result<Self, ()> {
        ChartId::ALL
            .iter()
            .copied()
            .find(|chart| chart.link_name() == text)
            .ok_or(())
    }
}

impl fmt::Display for ChartId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.link_name())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_unique_and_read_back() {
        for (position, chart) in ChartId::ALL.iter().enumerate() {
            assert_eq!(chart.link_name().parse(), Ok(*chart));
            let later = &ChartId::ALL[position + 1..];
            assert!(
                later
                    .iter()
                    .all(|other| other.link_name() != chart.link_name())
            );
            assert!(
                later.iter().all(|other| other.embed_path().is_none()
                    || other.embed_path() != chart.embed_path())
            );
        }
        for bad in ["<script>", "craft-exports", "", "CRAFT-SECTOR-FIGURES"] {
            assert!(bad.parse::<ChartId>().is_err(), "{bad}");
        }
    }

    /// Gives the id a description declares.
    struct DeclaredId;

    impl SpecVisitor for DeclaredId {
        type Output = ChartId;
        fn visit<S: ChartSpec>(self) -> ChartId {
            S::ID
        }
    }

    #[test]
    fn each_generic_chart_names_the_description_of_that_chart() {
        for chart in ChartId::ALL {
            if let Some(declared) = chart.visit_generic(DeclaredId) {
                assert_eq!(declared, *chart);
            }
            if let Some(declared) = chart.visit_spec(DeclaredId) {
                assert_eq!(declared, *chart);
            }
            if chart
                .embed_path()
                .is_some_and(|path| path.starts_with(CHART_EMBED_PREFIX))
            {
                assert!(
                    chart.visit_spec(DeclaredId).is_some(),
                    "{chart}: a chart embed is described"
                );
            }
        }
        assert_eq!(
            ChartId::ExportsByYear.visit_spec(DeclaredId),
            Some(ChartId::ExportsByYear)
        );
        assert_eq!(
            ChartId::Sector.visit_generic(DeclaredId),
            Some(ChartId::Sector)
        );
        assert_eq!(ChartId::ExportsByYear.visit_generic(DeclaredId), None);
    }

    #[test]
    fn embed_names_find_their_chart_and_nothing_else() {
        assert_eq!(
            ChartId::from_embed_name("exports"),
            Some(ChartId::ExportsByYear)
        );
        assert_eq!(ChartId::from_embed_name("sector"), Some(ChartId::Sector));
        for name in ["map", "market-share", "pie", "", "chart/exports"] {
            assert_eq!(ChartId::from_embed_name(name), None, "{name}");
        }
    }
}
