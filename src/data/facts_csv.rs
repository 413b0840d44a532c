//! Converts the sourced facts table (`public/data/facts.csv`, columns explained in
//! `public/data/README.md`) into a [`Dataset`]: one source per distinct source URL, caveat flags
//! read from the note. Rows that cannot be read are reported with their id and field, and skipped.

use super::{DataIssue, Dataset, Date, Flag, IssueKind, Observation, SCHEMA_VERSION, Source};
use serde::Deserialize;
use std::collections::{HashMap, HashSet};

/// One row of `facts.csv`, as text.
#[derive(Deserialize)]
struct FactRow {
    id: String,
    metric: String,
    dimension: String,
    dimension_value: String,
    period_start: String,
    period_end: String,
    value: String,
    unit: String,
    change_pct: String,
    change_basis: String,
    source_url: String,
    source_date: String,
    note: String,
}

/// Builds the dataset from the facts CSV, with the located problems of skipped rows.
pub fn from_facts_csv(text: &str) -> (Dataset, Vec<DataIssue>) {
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    let mut sources = SourceTable::default();
    let mut observations = Vec::new();
    let mut issues = Vec::new();
    let mut ids = HashSet::new();
    for (index, row) in reader.deserialize::<FactRow>().enumerate() {
        let record = format!("row {}", index + 2);
        match row {
            Ok(row) => match observation_from_row(&row, &mut sources) {
                Ok(observation) if ids.insert(observation.id.clone()) => {
                    observations.push(observation)
                }
                Ok(observation) => issues.push(DataIssue {
                    record: observation.id,
                    field: Some("id".into()),
                    kind: IssueKind::DuplicateId,
                    detail: "a row with this id came earlier; this one is skipped".into(),
                }),
                Err((field, kind, detail)) => issues.push(DataIssue {
                    record: if row.id.is_empty() {
                        record
                    } else {
                        row.id.clone()
                    },
                    field: Some(field.into()),
                    kind,
                    detail,
                }),
            },
            Err(error) => issues.push(DataIssue {
                record,
                field: None,
                kind: IssueKind::WrongShape,
                detail: error.to_string(),
            }),
        }
    }
    let dataset = Dataset {
        schema_version: SCHEMA_VERSION,
        sources: sources.sources,
        observations,
    };
    (dataset, issues)
}

type RowProblem = (&'static str, IssueKind, String);

fn observation_from_row(
    row: &FactRow,
    sources: &mut SourceTable,
) -> Result<Observation, RowProblem> {
    for (field, text) in [
        ("id", &row.id),
        ("metric", &row.metric),
        ("dimension", &row.dimension),
        ("dimension_value", &row.dimension_value),
        ("unit", &row.unit),
        ("source_url", &row.source_url),
    ] {
        if text.trim().is_empty() {
            return Err((
                field,
                IssueKind::MissingField,
                format!("`{field}` is empty"),
            ));
        }
    }
    let start = optional_date("period_start", &row.period_start)?;
    let end = optional_date("period_end", &row.period_end)?;
    if let (Some(start), Some(end)) = (start, end)
        && end < start
    {
        return Err((
            "period_end",
            IssueKind::BadPeriod,
            format!("{end} is before {start}"),
        ));
    }
    let value = number("value", &row.value)?.ok_or((
        "value",
        IssueKind::MissingField,
        "`value` is empty".to_owned(),
    ))?;
    Ok(Observation {
        id: row.id.clone(),
        metric: row.metric.clone(),
        dimension: row.dimension.clone(),
        key: row.dimension_value.clone(),
        start,
        end,
        value,
        unit: row.unit.clone(),
        change_pct: number("change_pct", &row.change_pct)?,
        change_basis: non_empty(&row.change_basis),
        source: sources.id_for(&row.source_url, &row.source_date),
        note: row.note.clone(),
        flags: flags_in(&row.note),
    })
}

fn optional_date(field: &'static str, text: &str) -> Result<Option<Date>, RowProblem> {
    if text.is_empty() {
        return Ok(None);
    }
    Date::parse(text).map(Some).ok_or((
        field,
        IssueKind::BadPeriod,
        format!("`{text}` is not a YYYY-MM-DD date"),
    ))
}

fn number(field: &'static str, text: &str) -> Result<Option<f64>, RowProblem> {
    if text.is_empty() {
        return Ok(None);
    }
    match text.parse::<f64>() {
        Ok(value) if value.is_finite() => Ok(Some(value)),
        _ => Err((
            field,
            IssueKind::BadNumber,
            format!("`{text}` is not a finite number"),
        )),
    }
}

fn non_empty(text: &str) -> Option<String> {
    (!text.is_empty()).then(|| text.to_owned())
}

/// The caveat markers `SOURCES.md` defines for the note column.
fn flags_in(note: &str) -> Vec<Flag> {
    [
        ("[low-reliability]", Flag::LowReliability),
        ("CONFLICT", Flag::Conflict),
        ("INCONSISTENT", Flag::Inconsistent),
        ("AMBIGUOUS", Flag::Ambiguous),
        ("DOUBTFUL", Flag::Doubtful),
    ]
    .into_iter()
    .filter(|(marker, _)| note.contains(marker))
    .map(|(_, flag)| flag)
    .collect()
}

/// Sources numbered `S001`, `S002`… in order of first appearance.
#[derive(Default)]
struct SourceTable {
    sources: Vec<Source>,
    by_reference: HashMap<String, String>,
}

impl SourceTable {
    fn id_for(&mut self, reference: &str, date: &str) -> String {
        if let Some(id) = self.by_reference.get(reference) {
            return id.clone();
        }
        let id = format!("S{:03}", self.sources.len() + 1);
        let (outlet, url) = match reference.strip_prefix("seed:") {
            Some(document) => (format!("seed document {document}"), None),
            None => (outlet_of(reference), Some(reference.to_owned())),
        };
        self.sources.push(Source {
            id: id.clone(),
            outlet,
            url,
            date: non_empty(date),
        });
        self.by_reference.insert(reference.to_owned(), id.clone());
        id
    }
}

/// The host of a URL without `www.`, e.g. `fr.le360.ma`.
fn outlet_of(url: &str) -> String {
    let without_scheme = url.split_once("://").map_or(url, |(_, rest)| rest);
    let host = without_scheme
        .split(['/', '?', '#'])
        .next()
        .unwrap_or(without_scheme);
    host.strip_prefix("www.").unwrap_or(host).to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    const HEADER: &str = "id,metric,dimension,dimension_value,period_start,period_end,value,unit,change_pct,change_basis,source_url,source_date,note\n";

    #[test]
    fn converts_rows_sources_and_flags() {
        let csv = format!(
            "{HEADER}F1,exports_value,total,all,2024-01-01,2024-12-31,1100,MAD_million,40,vs full year 2019,seed:002_x.txt,2026-01-19,\"stated as 1.1 bn; CONFLICT with seed 000\"\n\
             F2,exports_value,total,all,2019-01-01,2019-12-31,750,MAD_million,,,https://www.example.com/data,2026,[low-reliability] rounded\n\
             F3,exports_share,destination,US,2024-01-01,2024-12-31,44,percent,,,seed:002_x.txt,2026-01-19,\n"
        );
        let (dataset, issues) = from_facts_csv(&csv);
        assert!(issues.is_empty(), "{issues:?}");
        assert_eq!(dataset.sources.len(), 2);
        assert_eq!(dataset.sources[0].outlet, "seed document 002_x.txt");
        assert_eq!(dataset.sources[0].url, None);
        assert_eq!(dataset.sources[1].outlet, "example.com");
        let first = &dataset.observations[0];
        assert_eq!(
            (first.value, first.change_pct, first.full_year()),
            (1100.0, Some(40.0), Some(2024))
        );
        assert_eq!(first.flags, [Flag::Conflict]);
        assert!(dataset.observations[1].is_low_reliability());
        assert_eq!(dataset.observations[2].source, "S001");
    }

    #[test]
    fn bad_rows_are_located_and_skipped() {
        let csv = format!(
            "{HEADER}F1,exports_value,total,all,2024-02-30,2024-12-31,1,MAD_million,,,u,,\n\
             F2,exports_value,total,all,,,abc,MAD_million,,,u,,\n\
             F3,exports_value,total,all,,,1,,,,u,,\n\
             F4,exports_value,total,all,2024-06-01,2024-01-31,1,MAD_million,,,u,,\n\
             F5,exports_value,total,all,,,1,MAD_million,,,u,,\n\
             F5,exports_value,total,all,,,2,MAD_million,,,u,,\n\
             F6,too,few\n"
        );
        let (dataset, issues) = from_facts_csv(&csv);
        assert_eq!(dataset.observations.len(), 1);
        let found: Vec<_> = issues
            .iter()
            .map(|i| (i.record.as_str(), i.field.as_deref(), i.kind))
            .collect();
        assert_eq!(
            found,
            [
                ("F1", Some("period_start"), IssueKind::BadPeriod),
                ("F2", Some("value"), IssueKind::BadNumber),
                ("F3", Some("unit"), IssueKind::MissingField),
                ("F4", Some("period_end"), IssueKind::BadPeriod),
                ("F5", Some("id"), IssueKind::DuplicateId),
                ("row 8", None, IssueKind::WrongShape),
            ]
        );
    }
}
