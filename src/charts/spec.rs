//! What a chart is, without the browser: the figures it shows, computed from the facts and the
//! reader's choice, and everything the chart frame draws from them in a language (title,
//! subtitle, summary, ECharts option, table, CSV, sources). One generic widget
//! (`ui::widgets::RegisteredChart`) renders any chart described this way; a chart's own module
//! implements [`ChartSpec`] next to its option builder, and its tests read the same functions.

use super::{ChartId, DataTable};
use crate::data::{Dataset, Source};
use crate::i18n::Locale;

/// A chart of the registry, described from its figures.
pub trait ChartSpec: 'static {
    /// The chart's entry in the registry.
    const ID: ChartId;
    /// What the reader chose from the chart's menus (`()` for a chart without menus); the
    /// default is what a link without settings shows.
    type Choice: Clone + Default + PartialEq + Send + Sync + 'static;
    /// The figures shown, computed once per choice: switching language never recomputes them.
    type Figures: PartialEq + Send + Sync + 'static;
    /// The ECharts option, serialized as it is handed to ECharts.
    type Drawing: serde::Serialize;

    /// Computes the figures for `choice` from the facts.
    fn figures(dataset: &Dataset, choice: &Self::Choice) -> Self::Figures;
    /// The chart's heading.
    fn title(figures: &Self::Figures, locale: Locale) -> String;
    /// Period and unit, under the heading.
    fn subtitle(figures: &Self::Figures, locale: Locale) -> String;
    /// The chart in one or two sentences, written from the figures.
    fn summary(figures: &Self::Figures, dataset: &Dataset, locale: Locale) -> String;
    /// The picture.
    fn drawing(figures: &Self::Figures, dataset: &Dataset, locale: Locale) -> Self::Drawing;
    /// The same numbers as a table, the picture's text alternative.
    fn table(figures: &Self::Figures, dataset: &Dataset, locale: Locale) -> DataTable;
    /// The numbers as CSV, with raw values and their sources (the places table in the page's
    /// language, as shown).
    fn csv(figures: &Self::Figures, dataset: &Dataset, locale: Locale) -> String;
    /// Every source the figures rest on, each once.
    fn sources(figures: &Self::Figures, dataset: &Dataset) -> Vec<Source>;
    /// The sources of the figure a visitor reads first (the latest value), which the source
    /// line names; the others are one click away. Every source unless a chart says.
    fn lead_sources(figures: &Self::Figures, dataset: &Dataset) -> Vec<Source> {
        Self::sources(figures, dataset)
    }
    /// A hint under the picture, for a chart whose points say more than they show.
    fn hint(_locale: Locale) -> Option<String> {
        None
    }
    /// What the picture lacks to be drawn (a file that could not be loaded), if anything: the
    /// frame then shows the table alone.
    fn missing_input(_figures: &Self::Figures) -> Option<String> {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::charts::{
        CompositionChoice, CompositionSpec, ExitCitiesSpec, ExportsByYearSpec, SectorSpec,
        ShareChoice, ShareSpec, YearToDateSpec,
    };
    use crate::data::{CodedDimension, parse_dataset};

    fn bundled() -> Dataset {
        parse_dataset(include_str!("../../public/data/atlas.json"))
            .unwrap()
            .dataset
    }

    /// Everything the frame shows for `choice`: a summary in each language, a drawing that
    /// serializes, a table whose rows match its header, a CSV and the sources the table cites.
    fn describes<S: ChartSpec>(dataset: &Dataset, choice: S::Choice) -> S::Figures {
        let figures = S::figures(dataset, &choice);
        for locale in [Locale::Fr, Locale::Ar, Locale::En] {
            assert!(!S::title(&figures, locale).is_empty());
            assert!(!S::summary(&figures, dataset, locale).is_empty());
            let drawing = serde_json::to_value(S::drawing(&figures, dataset, locale)).unwrap();
            let option = drawing.get("baseOption").unwrap_or(&drawing);
            assert!(option["series"].is_array(), "{:?}", S::ID);
            let table = S::table(&figures, dataset, locale);
            assert!(!table.rows.is_empty(), "{:?}", S::ID);
            assert!(
                table
                    .rows
                    .iter()
                    .all(|row| row.len() == table.columns.len())
            );
        }
        assert!(S::csv(&figures, dataset, Locale::Fr).lines().count() > 1);
        let sources = S::sources(&figures, dataset);
        assert!(!sources.is_empty());
        let lead = S::lead_sources(&figures, dataset);
        assert!(!lead.is_empty() && lead.iter().all(|source| sources.contains(source)));
        figures
    }

    /// Whether the source line of `figures` names fewer sources than the figures rest on.
    fn folds_sources<S: ChartSpec>(dataset: &Dataset, figures: &S::Figures) -> bool {
        S::lead_sources(figures, dataset).len() < S::sources(figures, dataset).len()
    }

    #[test]
    fn every_indicator_chart_describes_the_bundled_facts() {
        let dataset = bundled();
        describes::<ExportsByYearSpec>(&dataset, ());
        // Charts over many periods name their latest figures' sources and fold the rest.
        let cities = describes::<ExitCitiesSpec>(&dataset, ());
        let sector = describes::<SectorSpec>(&dataset, ());
        assert!(folds_sources::<ExitCitiesSpec>(&dataset, &cities));
        assert!(folds_sources::<SectorSpec>(&dataset, &sector));
        let latest = describes::<YearToDateSpec>(&dataset, None);
        assert_eq!(latest.series.through_month, latest.latest.unwrap());
        for month in latest.months.clone() {
            let chosen = describes::<YearToDateSpec>(&dataset, Some(month));
            assert_eq!(chosen.series.through_month, month);
        }
        let unknown = YearToDateSpec::figures(&dataset, &Some(13));
        assert_eq!(unknown, latest, "a span without data shows the latest one");
        for dimension in [
            CodedDimension::ProductFamily,
            CodedDimension::Destination,
            CodedDimension::ExitPoint,
        ] {
            let choice = CompositionChoice {
                dimension,
                period: None,
            };
            let latest = describes::<CompositionSpec>(&dataset, choice);
            let shown = latest.breakdown.as_ref().map(|b| b.period);
            assert_eq!(shown, latest.periods.first().copied());
            let oldest = latest.periods.last().copied();
            let chosen = CompositionSpec::figures(
                &dataset,
                &CompositionChoice {
                    period: oldest,
                    ..choice
                },
            );
            assert_eq!(chosen.breakdown.map(|b| b.period), oldest);
        }
    }

    #[test]
    fn a_share_chart_describes_a_market_or_a_family_by_its_names() {
        let dataset = bundled();
        let names = |fr: &str, ar: &str, en: &str| [fr, ar, en].map(str::to_owned);
        let market = ShareChoice {
            dimension: CodedDimension::Destination,
            code: "US".to_owned(),
            names: names("les États-Unis", "الولايات المتحدة", "the United States"),
        };
        let figures = describes::<ShareSpec>(&dataset, market);
        assert_eq!(
            ShareSpec::title(&figures, Locale::En),
            "This market’s share of craft exports"
        );
        assert!(
            ShareSpec::summary(&figures, &dataset, Locale::En)
                .starts_with("the United States took")
        );
        let family = ShareChoice {
            dimension: CodedDimension::ProductFamily,
            code: "carpets".to_owned(),
            names: names("Tapis", "الزرابي", "Carpets"),
        };
        let figures = describes::<ShareSpec>(&dataset, family);
        assert!(folds_sources::<ShareSpec>(&dataset, &figures));
        assert!(
            ShareSpec::summary(&figures, &dataset, Locale::Fr).starts_with("La famille « Tapis »")
        );
    }

    #[test]
    fn the_language_changes_the_words_not_the_figures() {
        let dataset = bundled();
        let series = ExportsByYearSpec::figures(&dataset, &());
        let csv = ExportsByYearSpec::csv(&series, &dataset, Locale::Fr);
        assert_ne!(
            ExportsByYearSpec::summary(&series, &dataset, Locale::Fr),
            ExportsByYearSpec::summary(&series, &dataset, Locale::Ar)
        );
        assert_eq!(csv, ExportsByYearSpec::csv(&series, &dataset, Locale::Ar));
        assert_eq!(
            YearToDateSpec::subtitle(&YearToDateSpec::figures(&dataset, &Some(9)), Locale::Fr),
            "janvier–septembre · millions de dirhams"
        );
    }
}
