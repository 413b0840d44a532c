//! Reads the bundled dataset JSON record by record: a malformed file is one clear error, a
//! malformed record is one located issue and is skipped.

use super::{DataError, DataIssue, Dataset, IssueKind, Observation, SCHEMA_VERSION, Source};
use serde::Deserialize;
use serde_json::Value;
use std::collections::HashSet;

/// A dataset that could be read, with the problems of the records that were skipped.
#[derive(Clone, Debug, PartialEq)]
pub struct Loaded {
    pub dataset: Dataset,
    pub issues: Vec<DataIssue>,
}

/// The file's top level, with records left unparsed so each can fail on its own.
#[derive(Deserialize)]
struct Envelope {
    schema_version: u64,
    sources: Vec<Value>,
    observations: Vec<Value>,
}

/// Parses and validates a dataset. Never panics, whatever the input.
pub fn parse_dataset(text: &str) -> Result<Loaded, DataError> {
    let value: Value = serde_json::from_str(text).map_err(|error| DataError::Malformed {
        line: error.line(),
        column: error.column(),
        detail: error.to_string(),
    })?;
    let envelope = Envelope::deserialize(&value).map_err(|error| DataError::NotADataset {
        detail: error.to_string(),
    })?;
    if envelope.schema_version != u64::from(SCHEMA_VERSION) {
        return Err(DataError::UnsupportedVersion {
            found: envelope.schema_version,
            supported: SCHEMA_VERSION,
        });
    }
    let mut issues = Vec::new();
    let sources = read_records::<Source>(&envelope.sources, "source", &mut issues);
    let sources = keep_unique(sources, |source| &source.id, &mut issues);
    let source_ids: HashSet<&str> = sources.iter().map(|source| source.id.as_str()).collect();
    let observations =
        read_records::<Observation>(&envelope.observations, "observation", &mut issues)
            .into_iter()
            .filter(|observation| validate_observation(observation, &source_ids, &mut issues))
            .collect();
    let observations = keep_unique(observations, |observation| &observation.id, &mut issues);
    Ok(Loaded {
        dataset: Dataset {
            schema_version: SCHEMA_VERSION,
            sources,
            observations,
        },
        issues,
    })
}

/// Writes a dataset as compact JSON with one record per line, so that diffs of the bundled
/// file stay readable.
pub fn write_dataset(dataset: &Dataset) -> Result<String, serde_json::Error> {
    let lines = |records: Vec<String>| records.join(",\n");
    let sources = dataset
        .sources
        .iter()
        .map(serde_json::to_string)
        .collect::<Result<_, _>>()?;
    let observations = dataset
        .observations
        .iter()
        .map(serde_json::to_string)
        .collect::<Result<_, _>>()?;
    Ok(format!(
        "{{\"schema_version\":{},\n\"sources\":[\n{}\n],\n\"observations\":[\n{}\n]}}\n",
        dataset.schema_version,
        lines(sources),
        lines(observations)
    ))
}

fn read_records<T: for<'de> Deserialize<'de>>(
    values: &[Value],
    what: &str,
    issues: &mut Vec<DataIssue>,
) -> Vec<T> {
    values
        .iter()
        .enumerate()
        .filter_map(|(index, value)| match T::deserialize(value) {
            Ok(record) => Some(record),
            Err(error) => {
                issues.push(DataIssue {
                    record: record_name(value, what, index),
                    field: None,
                    kind: IssueKind::WrongShape,
                    detail: error.to_string(),
                });
                None
            }
        })
        .collect()
}

/// The record's id when it has a string one, else its kind and position.
fn record_name(value: &Value, what: &str, index: usize) -> String {
    match value.get("id").and_then(Value::as_str) {
        Some(id) => id.to_owned(),
        None => format!("{what} #{}", index + 1),
    }
}

fn keep_unique<T>(
    records: Vec<T>,
    id: impl Fn(&T) -> &String,
    issues: &mut Vec<DataIssue>,
) -> Vec<T> {
    let mut seen = HashSet::new();
    records
        .into_iter()
        .filter(|record| {
            let fresh = seen.insert(id(record).clone());
            if !fresh {
                issues.push(DataIssue {
                    record: id(record).clone(),
                    field: Some("id".into()),
                    kind: IssueKind::DuplicateId,
                    detail: "a record with this id came earlier; this one is skipped".into(),
                });
            }
            fresh
        })
        .collect()
}

fn validate_observation(
    observation: &Observation,
    source_ids: &HashSet<&str>,
    issues: &mut Vec<DataIssue>,
) -> bool {
    let mut problem = |field: &str, kind: IssueKind, detail: String| {
        issues.push(DataIssue {
            record: observation.id.clone(),
            field: Some(field.into()),
            kind,
            detail,
        });
        false
    };
    if observation.id.trim().is_empty() {
        return problem("id", IssueKind::MissingField, "the id is empty".into());
    }
    if !observation.value.is_finite() {
        return problem(
            "value",
            IssueKind::BadNumber,
            "the value is not a finite number".into(),
        );
    }
    if let (Some(start), Some(end)) = (observation.start, observation.end)
        && end < start
    {
        return problem(
            "end",
            IssueKind::BadPeriod,
            format!("the period ends ({end}) before it starts ({start})"),
        );
    }
    if !source_ids.contains(observation.source.as_str()) {
        return problem(
            "source",
            IssueKind::UnknownSource,
            format!(
                "source `{}` is not in the sources table",
                observation.source
            ),
        );
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    const SOURCE: &str =
        r#"{"id":"S1","outlet":"example.ma","url":"https://example.ma/a","date":"2025-01"}"#;

    fn dataset_with(observations: &str) -> String {
        format!(r#"{{"schema_version":1,"sources":[{SOURCE}],"observations":[{observations}]}}"#)
    }

    fn observation(id: &str, extra: &str) -> String {
        format!(
            r#"{{"id":"{id}","metric":"exports_value","dimension":"total","key":"all","start":"2024-01-01","end":"2024-12-31","value":1100,"unit":"MAD_million","source":"S1"{extra}}}"#
        )
    }

    #[test]
    fn reads_a_valid_dataset_without_issues() {
        let loaded = parse_dataset(&dataset_with(&observation("F1", "")));
        let loaded = loaded.ok();
        assert_eq!(
            loaded.as_ref().map(|l| l.dataset.observations.len()),
            Some(1)
        );
        assert_eq!(loaded.map(|l| l.issues), Some(vec![]));
    }

    #[test]
    fn written_datasets_read_back_identically() {
        let loaded = parse_dataset(&dataset_with(&observation(
            "F1",
            r#","flags":["conflict"],"change_pct":-25.5"#,
        )));
        let Ok(Loaded { dataset, .. }) = loaded else {
            panic!("valid")
        };
        let written = write_dataset(&dataset).unwrap_or_default();
        assert_eq!(written.lines().count(), 7);
        assert_eq!(parse_dataset(&written).map(|l| l.dataset), Ok(dataset));
    }

    #[test]
    fn malformed_json_is_one_located_error() {
        let truncated = &dataset_with(&observation("F1", ""))[..40];
        match parse_dataset(truncated) {
            Err(DataError::Malformed {
                line: 1, column, ..
            }) => assert!(column > 0),
            other => panic!("expected a located Malformed error, got {other:?}"),
        }
    }

    #[test]
    fn json_that_is_not_a_dataset_is_refused() {
        assert!(matches!(
            parse_dataset("[1,2,3]"),
            Err(DataError::NotADataset { .. })
        ));
        assert!(matches!(
            parse_dataset(r#"{"schema_version":1}"#),
            Err(DataError::NotADataset { .. })
        ));
    }

    #[test]
    fn a_future_schema_is_refused_by_version() {
        let text = r#"{"schema_version":2,"sources":[],"observations":[]}"#;
        assert_eq!(
            parse_dataset(text),
            Err(DataError::UnsupportedVersion {
                found: 2,
                supported: 1
            })
        );
    }

    #[test]
    fn bad_records_are_skipped_with_located_issues_and_the_rest_loads() {
        let records = [
            observation("F1", ""),
            observation("F1", ""),
            observation("F2", r#","source":"S404""#).replacen(r#","source":"S1""#, "", 1),
            r#"{"id":"F3","value":"many"}"#.to_owned(),
            observation("F4", "").replace("2024-12-31", "2023-12-31"),
            r#"{"value":1}"#.to_owned(),
        ]
        .join(",");
        let loaded = parse_dataset(&dataset_with(&records)).ok();
        let Some(loaded) = loaded else {
            panic!("the file as a whole is readable")
        };
        let kept: Vec<_> = loaded
            .dataset
            .observations
            .iter()
            .map(|o| o.id.as_str())
            .collect();
        assert_eq!(kept, ["F1"]);
        let found: Vec<_> = loaded
            .issues
            .iter()
            .map(|issue| (issue.record.as_str(), issue.field.as_deref(), issue.kind))
            .collect();
        assert_eq!(
            found,
            [
                ("F3", None, IssueKind::WrongShape),
                ("observation #6", None, IssueKind::WrongShape),
                ("F2", Some("source"), IssueKind::UnknownSource),
                ("F4", Some("end"), IssueKind::BadPeriod),
                ("F1", Some("id"), IssueKind::DuplicateId),
            ]
        );
    }
}
