//! The facts the headline figures read — exports by year, market and craft family, and
//! registered artisans — cut from the dataset with the sources they cite, so that the home page
//! and the headline cards, and the crafts showcase and family embeds, whose cards show each
//! family's latest share from the same exports by family, download and read them alone
//! (`data/headline.json`, written by `atlas-data`) and compute the same figures in the browser
//! as the whole dataset gives (tested on the bundled data).

use super::breakdown::SHARE_METRIC;
use super::levels::{CAGR_METRIC, GROWTH_METRIC, LEVEL_METRIC};
use crate::data::{Dataset, DatasetBuilder, Loaded, Observation};

/// The export metrics the headline figures and the small map read.
const EXPORT_METRICS: [&str; 4] = [LEVEL_METRIC, SHARE_METRIC, GROWTH_METRIC, CAGR_METRIC];

/// The breakdowns of those metrics they read: the national total, markets and craft families.
const HEADLINE_DIMENSIONS: [&str; 3] = ["total", "destination", "product_family"];

/// The national count of registered artisans, the last headline card.
const ARTISANS_METRIC: &str = "artisans_registered";

/// Whether the headline figures read `observation`.
fn is_headline(dataset: &Dataset, observation: &Observation) -> bool {
    let metric = dataset.text(observation.metric);
    let dimension = dataset.text(observation.dimension);
    (EXPORT_METRICS.contains(&metric) && HEADLINE_DIMENSIONS.contains(&dimension))
        || (metric == ARTISANS_METRIC && dimension == "total")
}

/// The dataset's headline facts, in table order, with every code and only the sources they
/// cite. Cutting a cut gives it back unchanged.
pub fn headline_facts(dataset: &Dataset) -> Dataset {
    let kept: Vec<(usize, &Observation)> = dataset
        .observations()
        .iter()
        .enumerate()
        .filter(|(_, observation)| is_headline(dataset, observation))
        .collect();
    let sources = dataset.sources_at(kept.iter().map(|(_, observation)| observation.source));
    let mut builder = DatasetBuilder::new(sources, dataset.codes.clone());
    builder.reserve(kept.len());
    for record in kept
        .iter()
        .filter_map(|&(position, _)| dataset.record(position))
    {
        builder.push(&record);
    }
    let Loaded { dataset, .. } = builder.finish();
    dataset
}

/// How many published sources the headline figures rest on: those their facts cite, the same
/// in the whole dataset as in its cut.
pub fn headline_source_count(dataset: &Dataset) -> usize {
    dataset
        .sources_at(
            dataset
                .observations()
                .iter()
                .filter(|observation| is_headline(dataset, observation))
                .map(|observation| observation.source),
        )
        .len()
}
