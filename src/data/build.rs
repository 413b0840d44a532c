//! Builds a [`Dataset`] record by record, checking each one: a record with an error is
//! reported (id, field, reason) and skipped, one with a warning is reported and kept.

use super::codes::{Codes, KeyProblem};
use super::model::{Dataset, ObservationRecord, SourceIndex};
use super::validate::{SHARE_SUM_LIMIT, expected_units, is_growth, is_share, share_parent};
use super::{DataIssue, IssueKind, Observation, Source};
use std::collections::hash_map::{DefaultHasher, Entry};
use std::collections::{BTreeMap, HashMap};
use std::hash::{Hash, Hasher};

/// A dataset that could be read, with the problems found on the way.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Loaded {
    pub dataset: Dataset,
    pub issues: Vec<DataIssue>,
}

/// Collects checked observations into a [`Dataset`].
pub struct DatasetBuilder {
    dataset: Dataset,
    source_index: HashMap<String, SourceIndex>,
    /// Hash of each accepted id → its position, to find duplicates without a copy of every id.
    id_hashes: HashMap<u64, u32>,
    issues: Vec<DataIssue>,
    /// Records offered so far, to name a record that has no id.
    offered: usize,
}

type Problem = (&'static str, IssueKind, String);

impl DatasetBuilder {
    /// Starts a dataset with its sources (a repeated source id is reported and skipped) and
    /// code tables.
    pub fn new(sources: Vec<Source>, codes: Codes) -> DatasetBuilder {
        let mut issues = Vec::new();
        let mut source_index = HashMap::new();
        let mut kept = Vec::new();
        for source in sources {
            if source_index.contains_key(&source.id) {
                issues.push(DataIssue::new(
                    source.id.clone(),
                    "id",
                    IssueKind::DuplicateId,
                    "a source with this id came earlier; this one is skipped".into(),
                ));
                continue;
            }
            let index = SourceIndex(u32::try_from(kept.len()).unwrap_or(u32::MAX));
            source_index.insert(source.id.clone(), index);
            kept.push(source);
        }
        DatasetBuilder {
            dataset: Dataset {
                sources: kept,
                codes,
                ..Dataset::default()
            },
            source_index,
            id_hashes: HashMap::new(),
            issues,
            offered: 0,
        }
    }

    /// Reports a problem outside the observations (a source or code that could not be read).
    pub fn report(&mut self, issue: DataIssue) {
        self.issues.push(issue);
    }

    /// Reports an observation that could not be read at all: it is skipped but counted, so
    /// records without an id keep their position in later reports.
    pub fn reject(&mut self, issue: DataIssue) {
        self.offered += 1;
        self.issues.push(issue);
    }

    /// Checks one record and keeps it unless it has an error.
    pub fn push(&mut self, record: &ObservationRecord<'_>) {
        self.offered += 1;
        let name = match record.id.trim() {
            "" => format!("observation #{}", self.offered),
            id => id.to_owned(),
        };
        let outcome = self
            .check(record)
            .and_then(|source| self.claim_id(&record.id).map(|()| source));
        match outcome {
            Ok(source) => {
                if let Some((field, kind, detail)) = growth_basis_warning(record) {
                    self.issues.push(DataIssue::new(name, field, kind, detail));
                }
                self.store(record, source);
            }
            Err((field, kind, detail)) => {
                self.issues.push(DataIssue::new(name, field, kind, detail));
            }
        }
    }

    /// The dataset, after the checks that need every record (shares adding up).
    pub fn finish(mut self) -> Loaded {
        self.check_share_sums();
        Loaded {
            dataset: self.dataset,
            issues: self.issues,
        }
    }

    fn check(&self, record: &ObservationRecord<'_>) -> Result<SourceIndex, Problem> {
        for (field, text) in [
            ("id", &record.id),
            ("metric", &record.metric),
            ("dimension", &record.dimension),
            ("key", &record.key),
            ("unit", &record.unit),
            ("source", &record.source),
        ] {
            if text.trim().is_empty() {
                return Err((
                    field,
                    IssueKind::MissingField,
                    format!("`{field}` is empty"),
                ));
            }
        }
        if !record.value.is_finite() || record.change_pct.is_some_and(|c| !c.is_finite()) {
            return Err((
                "value",
                IssueKind::BadNumber,
                "the number is not finite".into(),
            ));
        }
        if let (Some(start), Some(end)) = (record.start, record.end)
            && end < start
        {
            return Err((
                "end",
                IssueKind::BadPeriod,
                format!("the period ends ({end}) before it starts ({start})"),
            ));
        }
        check_unit_and_sign(record)?;
        self.dataset
            .codes
            .check_key(&record.dimension, &record.key)
            .map_err(key_problem)?;
        self.source_index
            .get(record.source.as_ref())
            .copied()
            .ok_or_else(|| {
                (
                    "source",
                    IssueKind::UnknownSource,
                    format!("source `{}` is not in the sources table", record.source),
                )
            })
    }

    fn claim_id(&mut self, id: &str) -> Result<(), Problem> {
        let mut hasher = DefaultHasher::new();
        id.hash(&mut hasher);
        let position = u32::try_from(self.dataset.ids.len()).unwrap_or(u32::MAX);
        match self.id_hashes.entry(hasher.finish()) {
            Entry::Occupied(earlier) if self.dataset.ids.get(*earlier.get() as usize) == id => {
                Err((
                    "id",
                    IssueKind::DuplicateId,
                    "a record with this id came earlier; this one is skipped".into(),
                ))
            }
            // Two different ids with one 64-bit hash: keep the record, unchecked for repeats.
            Entry::Occupied(_) => Ok(()),
            Entry::Vacant(slot) => {
                slot.insert(position);
                Ok(())
            }
        }
    }

    fn store(&mut self, record: &ObservationRecord<'_>, source: SourceIndex) {
        let strings = &mut self.dataset.strings;
        let observation = Observation {
            metric: strings.intern(&record.metric),
            dimension: strings.intern(&record.dimension),
            key: strings.intern(&record.key),
            unit: strings.intern(&record.unit),
            source,
            change_basis: record
                .change_basis
                .as_deref()
                .filter(|basis| !basis.is_empty())
                .map(|basis| strings.intern(basis)),
            note: (!record.note.is_empty()).then(|| strings.intern(&record.note)),
            start: record.start,
            end: record.end,
            value: record.value,
            change_pct: record.change_pct,
            flags: record.flags,
        };
        self.dataset.ids.push(&record.id);
        self.dataset.observations.push(observation);
    }

    /// Reports each breakdown (metric, dimension, parent, period, source) whose shares add up
    /// to more than [`SHARE_SUM_LIMIT`].
    fn check_share_sums(&mut self) {
        let dataset = &self.dataset;
        let mut groups: BTreeMap<_, (f64, Vec<usize>)> = BTreeMap::new();
        for (index, observation) in dataset.observations.iter().enumerate() {
            let metric = dataset.text(observation.metric);
            let dimension = dataset.text(observation.dimension);
            if !is_share(metric) {
                continue;
            }
            let Some(parent) = share_parent(dimension, dataset.text(observation.key)) else {
                continue;
            };
            let group = groups
                .entry((
                    observation.metric,
                    observation.dimension,
                    parent,
                    observation.start,
                    observation.end,
                    observation.source,
                ))
                .or_default();
            group.0 += observation.value;
            group.1.push(index);
        }
        for (sum, members) in groups.into_values() {
            if sum > SHARE_SUM_LIMIT {
                let ids: Vec<&str> = members.iter().map(|&index| dataset.id(index)).collect();
                self.issues.push(DataIssue::new(
                    ids.join(", "),
                    "value",
                    IssueKind::SharesOverHundred,
                    format!("these shares of one breakdown add up to {sum} %"),
                ));
            }
        }
    }
}

fn check_unit_and_sign(record: &ObservationRecord<'_>) -> Result<(), Problem> {
    if let Some(units) = expected_units(&record.metric)
        && !units.contains(&record.unit.as_ref())
    {
        return Err((
            "unit",
            IssueKind::WrongUnit,
            format!(
                "`{}` is counted in {}, not `{}`",
                record.metric,
                units.join(" or "),
                record.unit
            ),
        ));
    }
    if record.value < 0.0 && !is_growth(&record.metric) {
        return Err((
            "value",
            IssueKind::ImpossibleNegative,
            format!("`{}` cannot be negative ({})", record.metric, record.value),
        ));
    }
    Ok(())
}

fn key_problem(problem: KeyProblem) -> Problem {
    match problem {
        KeyProblem::PathTooShort { levels, expected } => (
            "key",
            IssueKind::BadDimensionPath,
            format!("the key has {levels} level(s), its dimension {expected}"),
        ),
        KeyProblem::UnknownCode { code, dimension } => (
            "key",
            IssueKind::UnknownCode,
            format!("`{code}` is not a known {dimension} code"),
        ),
    }
}

fn growth_basis_warning(record: &ObservationRecord<'_>) -> Option<Problem> {
    let has_growth = record.change_pct.is_some() || is_growth(&record.metric);
    let has_basis = record
        .change_basis
        .as_deref()
        .is_some_and(|basis| !basis.trim().is_empty());
    (has_growth && !has_basis).then(|| {
        (
            "change_basis",
            IssueKind::GrowthWithoutBasis,
            "a growth rate without what it compares with".to_owned(),
        )
    })
}
