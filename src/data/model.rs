//! The dataset's shape: sources, code tables and observations, stored compactly (interned
//! words, packed dates, ids in one buffer) so that a million facts fit in well under 300 MB.

use super::Date;
use super::codes::Codes;
use super::strings::{IdList, StringTable, Sym};
use serde::{Deserialize, Serialize};
use std::borrow::Cow;

/// Version of the JSON schema this build reads and writes; any other version is refused with
/// a clear message instead of being misread.
pub const SCHEMA_VERSION: u32 = 2;

/// A published document a fact was read in.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Source {
    /// Stable within one dataset version, e.g. `S001`.
    pub id: String,
    /// The outlet as a reader would cite it: the web page's domain, or a seed document's outlet
    /// name from the seeds table (empty when the document names none).
    pub outlet: String,
    /// Web address when the source is a page (a seed document's web original when the facts
    /// cite it; absent when it is not known).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// Publication date as visible: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; absent when unknown.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
}

/// Caveats carried by a fact, searchable and shown to the user.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Flag {
    /// Aggregator, blog or shop without primary attribution: never in headline figures.
    LowReliability,
    /// Sources print different values for it (`CONFLICT`).
    Conflict,
    /// It does not add up with related facts of the same source (`INCONSISTENT`).
    Inconsistent,
    /// The source's wording allows more than one reading (`AMBIGUOUS`).
    Ambiguous,
    /// Printed, but unlikely as printed, e.g. a unit that cannot be right (`DOUBTFUL`).
    Doubtful,
}

impl Flag {
    /// Every flag, in the order they are listed.
    pub const ALL: [Flag; 5] = [
        Flag::LowReliability,
        Flag::Conflict,
        Flag::Inconsistent,
        Flag::Ambiguous,
        Flag::Doubtful,
    ];

    fn bit(self) -> u8 {
        1 << (self as u8)
    }
}

/// A set of [`Flag`]s in one byte.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Flags(u8);

impl Flags {
    /// Whether `flag` is set.
    pub fn contains(self, flag: Flag) -> bool {
        self.0 & flag.bit() != 0
    }

    /// The flags set, in [`Flag::ALL`] order.
    pub fn iter(self) -> impl Iterator<Item = Flag> {
        Flag::ALL
            .into_iter()
            .filter(move |&flag| self.contains(flag))
    }
}

impl FromIterator<Flag> for Flags {
    fn from_iter<I: IntoIterator<Item = Flag>>(flags: I) -> Self {
        Flags(flags.into_iter().fold(0, |bits, flag| bits | flag.bit()))
    }
}

/// Position of a source in [`Dataset::sources`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct SourceIndex(pub u32);

/// One sourced fact: a value for a metric, a dimension and a period. Words are [`Sym`]s of
/// the dataset's string table; read them with [`Dataset::text`].
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Observation {
    /// e.g. `exports_value`, `exports_share`, `artisans_registered`.
    pub metric: Sym,
    /// e.g. `total`, `product_family`, `destination`, `exit_point`, nested with `>`.
    pub dimension: Sym,
    /// e.g. `all`, `carpets`, `US`, `region:europe`, `pottery_stone>Casablanca>US`.
    pub key: Sym,
    /// e.g. `MAD_million`, `percent`, `count`.
    pub unit: Sym,
    /// Where it was read.
    pub source: SourceIndex,
    /// What the growth compares with, as printed (e.g. `vs Jan-Nov 2022`).
    pub change_basis: Option<Sym>,
    /// Original wording, caveats and conflicts.
    pub note: Option<Sym>,
    /// First day of the period; absent for stocks known only "as of" a date.
    pub start: Option<Date>,
    /// Last day of the period (or the "as of" date); absent when the source does not say.
    pub end: Option<Date>,
    /// The value as printed, in `unit`.
    pub value: f64,
    /// Growth printed next to the value, in percent.
    pub change_pct: Option<f64>,
    /// Its caveats.
    pub flags: Flags,
}

impl Observation {
    /// The calendar year the fact covers when its period is exactly 1 January – 31 December.
    pub fn full_year(&self) -> Option<i32> {
        match (self.start, self.end) {
            (Some(start), Some(end))
                if start.year() == end.year() && start.is_year_start() && end.is_year_end() =>
            {
                Some(start.year())
            }
            _ => None,
        }
    }

    /// True when the fact comes from a source flagged as low reliability.
    pub fn is_low_reliability(&self) -> bool {
        self.flags.contains(Flag::LowReliability)
    }
}

/// An observation as files spell it: every word as text, the source by id. What the CSV and
/// JSON readers produce and the writer consumes; borrowed where the input allows.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ObservationRecord<'a> {
    /// `F0001`…
    pub id: Cow<'a, str>,
    /// What is measured (`exports_value`, `exports_share`…).
    pub metric: Cow<'a, str>,
    /// What it is broken down by (`destination`, `product_family>exit_point`…).
    pub dimension: Cow<'a, str>,
    /// The key in that breakdown (`US`, `carpets>Marrakech`…).
    pub key: Cow<'a, str>,
    /// First day of the period.
    pub start: Option<Date>,
    /// Last day of the period, or the "as of" date.
    pub end: Option<Date>,
    /// The value as printed, in `unit`.
    pub value: f64,
    /// `MAD_million`, `percent`, `count`…
    pub unit: Cow<'a, str>,
    /// Growth printed next to the value, in percent.
    pub change_pct: Option<f64>,
    /// What the growth compares with, as printed.
    pub change_basis: Option<Cow<'a, str>>,
    /// The source's id.
    pub source: Cow<'a, str>,
    /// Original wording, caveats and conflicts.
    pub note: Cow<'a, str>,
    /// Its caveats.
    pub flags: Flags,
}

/// Every fact the app knows, with its sources and code tables.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Dataset {
    /// Every source, in table order.
    pub sources: Vec<Source>,
    /// The names of the codes the facts use.
    pub codes: Codes,
    pub(super) observations: Vec<Observation>,
    pub(super) ids: IdList,
    pub(super) strings: StringTable,
}

impl Dataset {
    /// Every fact, in table order; positions index them everywhere.
    pub fn observations(&self) -> &[Observation] {
        &self.observations
    }

    /// The id of the observation at `index` (e.g. `F0002`).
    pub fn id(&self, index: usize) -> &str {
        self.ids.get(index)
    }

    /// The text of a word of this dataset.
    pub fn text(&self, sym: Sym) -> &str {
        self.strings.text(sym)
    }

    /// The symbol of a word, if any observation uses it.
    pub fn symbol(&self, text: &str) -> Option<Sym> {
        self.strings.get(text)
    }

    /// The source of an observation.
    pub fn source_of(&self, observation: &Observation) -> Option<&Source> {
        self.sources.get(observation.source.0 as usize)
    }

    /// The sources at these positions, each once, in table order.
    pub fn sources_at(&self, indices: impl IntoIterator<Item = SourceIndex>) -> Vec<Source> {
        let mut indices: Vec<SourceIndex> = indices.into_iter().collect();
        indices.sort_unstable();
        indices.dedup();
        indices
            .into_iter()
            .filter_map(|index| self.sources.get(index.0 as usize).cloned())
            .collect()
    }

    /// The sources of the observations at these positions, each once, in table order.
    pub fn sources_printing(&self, positions: impl IntoIterator<Item = usize>) -> Vec<Source> {
        self.sources_at(
            positions
                .into_iter()
                .filter_map(|position| self.observations.get(position))
                .map(|observation| observation.source),
        )
    }

    /// The source with this id, if the dataset lists it.
    pub fn source(&self, id: &str) -> Option<&Source> {
        self.sources.iter().find(|source| source.id == id)
    }

    /// The observation at `index` spelled out as a record.
    pub fn record(&self, index: usize) -> Option<ObservationRecord<'_>> {
        let observation = self.observations.get(index)?;
        Some(ObservationRecord {
            id: self.id(index).into(),
            metric: self.text(observation.metric).into(),
            dimension: self.text(observation.dimension).into(),
            key: self.text(observation.key).into(),
            start: observation.start,
            end: observation.end,
            value: observation.value,
            unit: self.text(observation.unit).into(),
            change_pct: observation.change_pct,
            change_basis: observation.change_basis.map(|sym| self.text(sym).into()),
            source: self
                .source_of(observation)
                .map_or("", |source| source.id.as_str())
                .into(),
            note: observation.note.map_or("", |sym| self.text(sym)).into(),
            flags: observation.flags,
        })
    }

    /// The observations with this metric, with their positions.
    pub fn select_metric<'a>(
        &'a self,
        metric: &str,
    ) -> impl Iterator<Item = (usize, &'a Observation)> + 'a {
        let wanted = self.symbol(metric);
        self.observations
            .iter()
            .enumerate()
            .filter(move |(_, observation)| Some(observation.metric) == wanted)
    }

    /// Positions of the observations recorded under any of these `(dimension, key)` pairs:
    /// the facts a catalogue entry (a label, a sourcing channel) points to.
    pub fn positions_under(&self, keys: &[(String, String)]) -> Vec<usize> {
        let wanted: Vec<(Sym, Sym)> = keys
            .iter()
            .filter_map(|(dimension, key)| self.symbol(dimension).zip(self.symbol(key)))
            .collect();
        self.observations
            .iter()
            .enumerate()
            .filter(|(_, o)| wanted.contains(&(o.dimension, o.key)))
            .map(|(position, _)| position)
            .collect()
    }

    /// The observations with this metric and dimension, with their positions; a word no
    /// record uses matches nothing.
    pub fn select<'a>(
        &'a self,
        metric: &str,
        dimension: &str,
    ) -> impl Iterator<Item = (usize, &'a Observation)> + 'a {
        let wanted = self.symbol(metric).zip(self.symbol(dimension));
        self.observations
            .iter()
            .enumerate()
            .filter(move |(_, observation)| {
                wanted == Some((observation.metric, observation.dimension))
            })
    }
}

#[cfg(test)]
mod tests {
    use crate::data::test_dataset;

    #[test]
    fn positions_under_keys_find_the_facts_of_a_catalogue_entry() {
        let loaded = test_dataset(
            "F1,fair_visitors,fair,sieal,2024-01-01,2024-12-31,100,count,,,https://a.ma/1,,\n\
             F2,exports_value,total,all,2024-01-01,2024-12-31,900,MAD_million,,,https://a.ma/1,,\n\
             F3,fair_exhibitors,fair,sieal,2024-01-01,2024-12-31,40,count,,,https://a.ma/1,,\n\
             F4,fair_visitors,fair,other,2024-01-01,2024-12-31,7,count,,,https://a.ma/1,,\n",
        );
        let dataset = &loaded.dataset;
        let keys = |pairs: &[(&str, &str)]| -> Vec<(String, String)> {
            pairs
                .iter()
                .map(|(d, k)| ((*d).to_owned(), (*k).to_owned()))
                .collect()
        };
        assert_eq!(dataset.positions_under(&keys(&[("fair", "sieal")])), [0, 2]);
        assert_eq!(
            dataset.positions_under(&keys(&[("fair", "other"), ("total", "all")])),
            [1, 3]
        );
        assert!(
            dataset
                .positions_under(&keys(&[("fair", "unknown")]))
                .is_empty()
        );
    }
}
