//! Builds a [`Dataset`] record by record, checking each one: a record with an error is
//! reported (id, field, reason) and skipped, one with a warning is reported and kept.

use super::codes::{Codes, KeyProblem};
use super::model::{Dataset, ObservationRecord, SourceIndex};
use super::strings::{FastHasher, FastMap, IdList, Sym};
use super::validate::{SHARE_METRICS, SHARE_SUM_LIMIT, expected_units, is_growth, share_parent};
use super::{DataIssue, DataVersion, IssueKind, Observation, Source, VersionChoice};
use crate::order::sort_by_key;
use std::hash::{Hash, Hasher};

/// A dataset that could be read, with the problems found on the way.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Loaded {
    /// The facts that could be read.
    pub dataset: Dataset,
    /// What was skipped or doubtful, record by record.
    pub issues: Vec<DataIssue>,
    /// The version of the file read, or of the whole file a cut was cut from (empty for data
    /// not read from a file).
    pub version: DataVersion,
    /// How that version relates to the one the link asked for.
    pub pinned: VersionChoice,
}

/// Collects checked observations into a [`Dataset`].
pub struct DatasetBuilder {
    dataset: Dataset,
    source_index: FastMap<String, SourceIndex>,
    /// (hash of the id, position, order offered) of every kept record: repeated ids are found
    /// by sorting once at the end, instead of a million random probes into a hash table.
    id_hashes: Vec<(u64, u32, u32)>,
    /// Outcome of the code check per (dimension, key): keys repeat, codes are checked once.
    key_checks: FastMap<(Sym, Sym), Result<(), KeyProblem>>,
    /// Outcome of the unit and sign rules per (metric, unit, negative?).
    unit_checks: FastMap<(Sym, Sym, bool), Option<Problem>>,
    /// Problems with the order of the record they concern, to report them in file order.
    issues: Vec<(usize, DataIssue)>,
    /// Records offered so far, to name a record that has no id.
    offered: usize,
    /// The words of the previous record.
    last_words: Option<Words>,
    /// The source of the previous record.
    last_source: Option<SourceIndex>,
}

type Problem = (&'static str, IssueKind, String);

/// The words of a record, interned once.
#[derive(Clone, Copy)]
struct Words {
    metric: Sym,
    dimension: Sym,
    key: Sym,
    unit: Sym,
}

/// Whether `text` holds nothing but white space. Nearly every field starts with a letter or a
/// digit, which its first byte tells without decoding the text.
fn is_blank(text: &str) -> bool {
    match text.as_bytes().first() {
        Some(&byte) if byte.is_ascii() && !char::from(byte).is_whitespace() => false,
        _ => text.chars().all(char::is_whitespace),
    }
}

/// An address a source link may open: a web page, never `javascript:` or `data:`.
pub fn is_web_address(url: &str) -> bool {
    let lower = url.trim_start().to_ascii_lowercase();
    lower.starts_with("https://") || lower.starts_with("http://")
}

impl DatasetBuilder {
    /// Starts a dataset with its sources (a repeated source id is reported and skipped) and
    /// code tables.
    pub fn new(sources: Vec<Source>, codes: Codes) -> DatasetBuilder {
        let mut issues = Vec::new();
        let mut source_index = FastMap::default();
        let mut kept = Vec::new();
        for mut source in sources {
            if source
                .url
                .as_deref()
                .is_some_and(|url| !is_web_address(url))
            {
                source.url = None;
                issues.push((
                    0,
                    DataIssue::new(
                        source.id.clone(),
                        "url",
                        IssueKind::UnsafeAddress,
                        "only http and https addresses are linked; the source is kept unlinked"
                            .into(),
                    ),
                ));
            }
            if source_index.contains_key(&source.id) {
                issues.push((
                    0,
                    DataIssue::new(
                        source.id.clone(),
                        "id",
                        IssueKind::DuplicateId,
                        "a source with this id came earlier; this one is skipped".into(),
                    ),
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
            id_hashes: Vec::new(),
            key_checks: FastMap::default(),
            unit_checks: FastMap::default(),
            issues,
            offered: 0,
            last_words: None,
            last_source: None,
        }
    }

    /// Makes room for about `observations` records at once. Room that is never written to is
    /// never touched, so a generous estimate costs address space, not memory.
    pub fn reserve(&mut self, observations: usize) {
        self.dataset.observations.reserve(observations);
        self.dataset.ids.reserve(observations);
        self.id_hashes.reserve(observations);
    }

    /// Reports a problem outside the observations (a source or code that could not be read).
    pub fn report(&mut self, issue: DataIssue) {
        self.issues.push((self.offered, issue));
    }

    /// Reports an observation that could not be read at all: it is skipped but counted, so
    /// records without an id keep their position in later reports.
    pub fn reject(&mut self, issue: DataIssue) {
        self.offered += 1;
        self.report(issue);
    }

    /// Checks one record and keeps it unless it has an error.
    pub fn push(&mut self, record: &ObservationRecord<'_>) {
        self.offered += 1;
        let problem = match self.check(record) {
            Ok((words, source)) => {
                self.store(record, words, source);
                growth_basis_warning(record)
            }
            Err(problem) => Some(problem),
        };
        if let Some((field, kind, detail)) = problem {
            let name = match record.id.trim() {
                "" => format!("observation #{}", self.offered),
                id => id.to_owned(),
            };
            self.report(DataIssue::new(name, field, kind, detail));
        }
    }

    /// The dataset, after the checks that need every record (repeated ids, shares adding
    /// up), with the problems in file order.
    pub fn finish(mut self) -> Loaded {
        self.drop_repeated_ids();
        self.check_share_sums();
        sort_by_key(&mut self.issues, |(order, _)| *order);
        Loaded {
            dataset: self.dataset,
            issues: self.issues.into_iter().map(|(_, issue)| issue).collect(),
            version: DataVersion::default(),
            pinned: VersionChoice::Current,
        }
    }

    fn check(&mut self, record: &ObservationRecord<'_>) -> Result<(Words, SourceIndex), Problem> {
        for (field, text) in [
            ("id", &record.id),
            ("metric", &record.metric),
            ("dimension", &record.dimension),
            ("key", &record.key),
            ("unit", &record.unit),
            ("source", &record.source),
        ] {
            if is_blank(text) {
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
        let strings = &mut self.dataset.strings;
        let last = self.last_words;
        // Rows come in runs (one bulletin, one breakdown): compare with the previous row's
        // words before looking them up.
        let mut word = |text: &str, previous: Option<Sym>| match previous {
            Some(sym) if strings.text(sym) == text => sym,
            _ => strings.intern(text),
        };
        let words = Words {
            metric: word(&record.metric, last.map(|w| w.metric)),
            dimension: word(&record.dimension, last.map(|w| w.dimension)),
            key: word(&record.key, last.map(|w| w.key)),
            unit: word(&record.unit, last.map(|w| w.unit)),
        };
        self.last_words = Some(words);
        self.check_unit_and_sign(record, words)?;
        self.check_key(record, words).map_err(key_problem)?;
        let source = self.source_of(&record.source);
        self.last_source = source;
        source.map(|source| (words, source)).ok_or_else(|| {
            (
                "source",
                IssueKind::UnknownSource,
                format!("source `{}` is not in the sources table", record.source),
            )
        })
    }

    /// The source named `id`: the previous record's when it is the same (rows come in runs
    /// from one bulletin), else looked up.
    fn source_of(&self, id: &str) -> Option<SourceIndex> {
        let sources = &self.dataset.sources;
        match self.last_source {
            Some(last)
                if sources
                    .get(last.0 as usize)
                    .is_some_and(|source| source.id == id) =>
            {
                Some(last)
            }
            _ => self.source_index.get(id).copied(),
        }
    }

    fn check_key(
        &mut self,
        record: &ObservationRecord<'_>,
        words: Words,
    ) -> Result<(), KeyProblem> {
        let codes = &self.dataset.codes;
        self.key_checks
            .entry((words.dimension, words.key))
            .or_insert_with(|| codes.check_key(&record.dimension, &record.key))
            .clone()
    }

    fn check_unit_and_sign(
        &mut self,
        record: &ObservationRecord<'_>,
        words: Words,
    ) -> Result<(), Problem> {
        let rule = (words.metric, words.unit, record.value < 0.0);
        match self
            .unit_checks
            .entry(rule)
            .or_insert_with(|| unit_and_sign_problem(record).err())
        {
            Some(problem) => Err(problem.clone()),
            None => Ok(()),
        }
    }

    fn store(&mut self, record: &ObservationRecord<'_>, words: Words, source: SourceIndex) {
        let strings = &mut self.dataset.strings;
        let observation = Observation {
            metric: words.metric,
            dimension: words.dimension,
            key: words.key,
            unit: words.unit,
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
        let mut hasher = FastHasher::default();
        record.id.hash(&mut hasher);
        let position = u32::try_from(self.dataset.ids.len()).unwrap_or(u32::MAX);
        let order = u32::try_from(self.offered).unwrap_or(u32::MAX);
        self.id_hashes.push((hasher.finish(), position, order));
        self.dataset.ids.push(&record.id);
        self.dataset.observations.push(observation);
    }

    /// Skips every record whose id an earlier record has, reporting each.
    fn drop_repeated_ids(&mut self) {
        let mut hashes = std::mem::take(&mut self.id_hashes);
        hashes.sort_unstable();
        let ids = &self.dataset.ids;
        let mut repeated = Vec::new();
        for run in hashes
            .chunk_by(|a, b| a.0 == b.0)
            .filter(|run| run.len() > 1)
        {
            for (index, &(_, position, order)) in run.iter().enumerate().skip(1) {
                let id = ids.get(position as usize);
                if run[..index]
                    .iter()
                    .any(|&(_, earlier, _)| ids.get(earlier as usize) == id)
                {
                    repeated.push((position as usize, order as usize));
                }
            }
        }
        if repeated.is_empty() {
            return;
        }
        let mut keep = vec![true; self.dataset.observations.len()];
        for &(position, order) in &repeated {
            keep[position] = false;
            self.issues.push((
                order,
                DataIssue::new(
                    ids.get(position),
                    "id",
                    IssueKind::DuplicateId,
                    "a record with this id came earlier; this one is skipped".into(),
                ),
            ));
        }
        let dataset = &mut self.dataset;
        let mut kept_ids = IdList::default();
        let mut flags = keep.iter();
        dataset
            .observations
            .retain(|_| flags.next().copied().unwrap_or(true));
        for (position, _) in keep.iter().enumerate().filter(|(_, kept)| **kept) {
            kept_ids.push(dataset.ids.get(position));
        }
        dataset.ids = kept_ids;
    }

    /// Reports each breakdown (metric, dimension, parent, period, source) whose shares add up
    /// to more than [`SHARE_SUM_LIMIT`].
    fn check_share_sums(&mut self) {
        let dataset = &self.dataset;
        let share_metrics: Vec<Sym> = SHARE_METRICS
            .iter()
            .filter_map(|metric| dataset.symbol(metric))
            .collect();
        // The parent of each (dimension, key), worked out once per distinct pair.
        let mut parents: FastMap<(Sym, Sym), Option<&str>> = FastMap::default();
        let mut groups: FastMap<_, (f64, Vec<usize>)> = FastMap::default();
        for (index, observation) in dataset.observations.iter().enumerate() {
            if !share_metrics.contains(&observation.metric) {
                continue;
            }
            let parent = *parents
                .entry((observation.dimension, observation.key))
                .or_insert_with(|| {
                    share_parent(
                        dataset.text(observation.dimension),
                        dataset.text(observation.key),
                    )
                });
            let Some(parent) = parent else {
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
        let mut groups: Vec<(f64, Vec<usize>)> = groups.into_values().collect();
        sort_by_key(&mut groups, |(_, members)| members.first().copied());
        for (sum, members) in groups {
            if sum > SHARE_SUM_LIMIT {
                let ids: Vec<&str> = members.iter().map(|&index| dataset.id(index)).collect();
                self.issues.push((
                    usize::MAX,
                    DataIssue::new(
                        ids.join(", "),
                        "value",
                        IssueKind::SharesOverHundred,
                        format!("these shares of one breakdown add up to {sum} %"),
                    ),
                ));
            }
        }
    }
}

fn unit_and_sign_problem(record: &ObservationRecord<'_>) -> Result<(), Problem> {
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
            format!("`{}` cannot be negative", record.metric),
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::Severity;

    #[test]
    fn blank_is_any_white_space_and_nothing_else() {
        for text in ["", " ", "\t\n", "\u{b}", "\u{a0}", "\u{3000} "] {
            assert!(is_blank(text), "{text:?}");
        }
        for text in ["a", " a", "\u{a0}x", "é", "٣"] {
            assert!(!is_blank(text), "{text:?}");
        }
    }

    #[test]
    fn only_web_addresses_stay_links() {
        for url in ["https://a.ma/1", "http://a.ma", "HTTPS://A.MA"] {
            assert!(is_web_address(url), "{url}");
        }
        for url in [
            "javascript:alert(1)",
            " javascript:x",
            "data:text/html,x",
            "//evil",
            "ftp://a",
        ] {
            assert!(!is_web_address(url), "{url}");
        }
        let source = |id: &str, url: &str| Source {
            id: id.into(),
            outlet: "a.ma".into(),
            url: Some(url.into()),
            date: None,
        };
        let loaded = DatasetBuilder::new(
            vec![
                source("S1", "javascript:alert(1)"),
                source("S2", "https://a.ma/2"),
            ],
            Codes::default(),
        )
        .finish();
        let urls: Vec<_> = loaded
            .dataset
            .sources
            .iter()
            .map(|s| s.url.clone())
            .collect();
        assert_eq!(urls, [None, Some("https://a.ma/2".into())]);
        assert_eq!(loaded.issues.len(), 1);
        assert_eq!(loaded.issues[0].kind, IssueKind::UnsafeAddress);
        assert_eq!(loaded.issues[0].severity(), Severity::Warning);
    }
}
