//! Converts the sourced facts table (`public/data/facts.csv`, columns explained in
//! `public/data/README.md`) into a [`Dataset`]: one source per distinct source URL, caveat flags
//! read from the note, every record checked like the JSON's. Rows that cannot be read are
//! reported with their id and field, and skipped.

use super::build::{DatasetBuilder, Loaded};
use super::clerk::{FACT_COLUMNS, TableReading, clerk_date, clerk_number};
use super::codes::Codes;
use super::model::{Flags, ObservationRecord};
use super::publish::TableIndex;
use super::{DataIssue, Date, Flag, IssueKind, Source};
use serde::Deserialize;
use std::collections::HashMap;

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

impl FactRow {
    /// The row from its cells in the table's column order, under `header` ([`FACT_COLUMNS`]).
    fn from_cells(cells: &[String; 13], header: &csv::StringRecord) -> Result<FactRow, String> {
        csv::StringRecord::from(cells.to_vec())
            .deserialize(Some(header))
            .map_err(|e| e.to_string())
    }
}

/// A facts table as read: the dataset with its problems, how the table was read, and its rows
/// as written, to locate the problems and write the table as published.
pub struct FactsTable {
    /// The dataset and the located problems.
    pub loaded: Loaded,
    /// Its separator and how its headers were read.
    pub reading: TableReading,
    /// Its rows as written, by number.
    pub index: TableIndex,
}

/// Builds the dataset from the facts CSV and the code tables, with the located problems.
///
/// `seeds` names the outlets of seed documents and their web address where known
/// (`document,outlet,url` CSV, from SOURCES.md and the facts that cite their web originals),
/// which the facts refer to only as `seed:<document>`.
pub fn from_facts_csv(text: &str, codes: Codes, seeds: &str) -> Loaded {
    read_facts_table(text, codes, seeds).loaded
}

/// [`from_facts_csv`] for a table as a clerk saved it (see `clerk`: separator, headers, French
/// numbers, dates), with how the table was read and its rows as written.
pub fn read_facts_table(text: &str, codes: Codes, seeds: &str) -> FactsTable {
    read_facts_table_reporting(text, codes, seeds, |_| {})
}

/// How many rows [`read_facts_table_reporting`] reads between two reports.
pub const ROWS_PER_REPORT: usize = 5_000;

/// [`read_facts_table`], telling `rows_read` how many rows it has read every
/// [`ROWS_PER_REPORT`] rows (for a progress bar).
pub fn read_facts_table_reporting(
    text: &str,
    codes: Codes,
    seeds: &str,
    mut rows_read: impl FnMut(usize),
) -> FactsTable {
    let reading = TableReading::of(text);
    let header = csv::StringRecord::from(FACT_COLUMNS.to_vec());
    let mut sources = SourceTable {
        seeds: seed_table(seeds),
        ..SourceTable::default()
    };
    let mut written = Vec::new();
    let rows: Vec<Result<(usize, FactRow, String), DataIssue>> = reading
        .rows(text)
        .map(|(number, cells)| {
            if number % ROWS_PER_REPORT == 0 {
                rows_read(number);
            }
            let row = cells.and_then(|cells| {
                let row = FactRow::from_cells(&cells, &header);
                written.push((number, cells));
                row
            });
            (number, row)
        })
        .map(|(number, row)| match row {
            Ok(row) if row.source_url.trim().is_empty() => Err(DataIssue::new(
                row_name(&row.id, number),
                "source_url",
                IssueKind::MissingField,
                "`source_url` is empty".into(),
            )),
            Ok(row) => {
                let source = sources.id_for(&row.source_url, &row.source_date);
                Ok((number, row, source))
            }
            Err(error) => Err(DataIssue {
                record: format!("row {number}"),
                field: None,
                kind: IssueKind::WrongShape,
                detail: error,
            }),
        })
        .collect();
    let mut builder = DatasetBuilder::new(sources.sources, codes);
    for row in &rows {
        match row
            .as_ref()
            .map(|(number, row, source)| (number, row, record_from_row(row, source)))
        {
            Ok((_, _, Ok(record))) => builder.push(&record),
            Ok((number, row, Err((field, kind, detail)))) => builder.reject(DataIssue::new(
                row_name(&row.id, *number),
                field,
                kind,
                detail,
            )),
            Err(issue) => builder.reject(issue.clone()),
        }
    }
    FactsTable {
        loaded: builder.finish(),
        reading,
        index: TableIndex::new(written),
    }
}

/// A row's name in a problem: its id, or its number when it has none.
fn row_name(id: &str, number: usize) -> String {
    match id.trim() {
        "" => format!("row {number}"),
        id => id.to_owned(),
    }
}

type RowProblem = (&'static str, IssueKind, String);

fn record_from_row<'a>(
    row: &'a FactRow,
    source: &'a str,
) -> Result<ObservationRecord<'a>, RowProblem> {
    let value = number("value", &row.value)?.ok_or((
        "value",
        IssueKind::MissingField,
        "`value` is empty".to_owned(),
    ))?;
    Ok(ObservationRecord {
        id: row.id.as_str().into(),
        metric: row.metric.as_str().into(),
        dimension: row.dimension.as_str().into(),
        key: row.dimension_value.as_str().into(),
        start: optional_date("period_start", &row.period_start)?,
        end: optional_date("period_end", &row.period_end)?,
        value,
        unit: row.unit.as_str().into(),
        change_pct: number("change_pct", &row.change_pct)?,
        change_basis: (!row.change_basis.is_empty()).then(|| row.change_basis.as_str().into()),
        source: source.into(),
        note: row.note.as_str().into(),
        flags: flags_in(&row.note),
    })
}

fn optional_date(field: &'static str, text: &str) -> Result<Option<Date>, RowProblem> {
    if text.is_empty() {
        return Ok(None);
    }
    clerk_date(text, field == "period_end").map(Some).ok_or((
        field,
        IssueKind::BadPeriod,
        format!("`{text}` is not a date (YYYY-MM-DD, DD/MM/YYYY or a month)"),
    ))
}

fn number(field: &'static str, text: &str) -> Result<Option<f64>, RowProblem> {
    if text.is_empty() {
        return Ok(None);
    }
    match clerk_number(text) {
        Some(value) => Ok(Some(value)),
        None => Err((
            field,
            IssueKind::BadNumber,
            format!("`{text}` is not a finite number"),
        )),
    }
}

/// The caveat markers `SOURCES.md` defines for the note column.
fn flags_in(note: &str) -> Flags {
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

/// A seed document as a reader would cite it: its outlet (empty when the document does not
/// name it) and the address of its web original, when a fact cites it.
#[derive(Clone, Debug, Default, Deserialize, PartialEq)]
pub struct Seed {
    /// The outlet that published the document.
    pub outlet: String,
    /// The document's web original, when a fact cites it.
    pub url: Option<String>,
}

/// `document → seed` from the seeds table; rows that do not read are left out.
pub fn seed_table(seeds: &str) -> HashMap<String, Seed> {
    #[derive(Deserialize)]
    struct Row {
        document: String,
        #[serde(flatten)]
        seed: Seed,
    }
    csv::Reader::from_reader(seeds.as_bytes())
        .deserialize::<Row>()
        .filter_map(Result::ok)
        .map(|row| (row.document, row.seed))
        .collect()
}

/// Sources numbered `S001`, `S002`… in order of first appearance; a seed document and its web
/// original are one source.
#[derive(Default)]
struct SourceTable {
    sources: Vec<Source>,
    by_reference: HashMap<String, String>,
    seeds: HashMap<String, Seed>,
}

impl SourceTable {
    fn id_for(&mut self, reference: &str, date: &str) -> String {
        let (outlet, url) = describe_reference(reference, &self.seeds);
        let key = url.clone().unwrap_or_else(|| reference.to_owned());
        if let Some(id) = self.by_reference.get(&key) {
            return id.clone();
        }
        let id = format!("S{:03}", self.sources.len() + 1);
        self.sources.push(Source {
            id: id.clone(),
            outlet,
            url,
            date: (!date.is_empty()).then(|| date.to_owned()),
        });
        self.by_reference.insert(key, id.clone());
        id
    }
}

/// The outlet and web address a source reference (a URL or `seed:<document>`) stands for: a
/// seed document has the outlet and address the seeds table gives it (an outlet left empty
/// when the document names none, never the document's file name).
pub fn describe_reference(
    reference: &str,
    seeds: &HashMap<String, Seed>,
) -> (String, Option<String>) {
    match reference.strip_prefix("seed:") {
        Some(document) => {
            let seed = seeds.get(document).cloned().unwrap_or_default();
            (seed.outlet, seed.url.filter(|url| !url.is_empty()))
        }
        None => (outlet_of(reference), Some(reference.to_owned())),
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

/// The header of `facts.csv`.
#[cfg(test)]
pub(crate) const FACTS_HEADER: &str = "id,metric,dimension,dimension_value,period_start,period_end,value,unit,change_pct,change_basis,source_url,source_date,note\n";

/// A dataset from facts rows (without header) and the project's code tables, for tests.
#[cfg(test)]
pub(crate) fn test_dataset(rows: &str) -> Loaded {
    from_facts_csv(
        &format!("{FACTS_HEADER}{rows}"),
        super::codes::test_codes(),
        "",
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::codes::test_codes;

    const HEADER: &str = FACTS_HEADER;

    #[test]
    fn converts_rows_sources_and_flags() {
        let csv = format!(
            "{HEADER}F1,exports_value,total,all,2024-01-01,2024-12-31,1100,MAD_million,40,vs full year 2019,seed:002_x.txt,2026-01-19,\"stated as 1.1 bn; CONFLICT with seed 000\"\n\
             F2,exports_value,total,all,2019-01-01,2019-12-31,750,MAD_million,,,https://www.example.com/data,2026,[low-reliability] rounded\n\
             F3,exports_share,destination,US,2024-01-01,2024-12-31,44,percent,,,seed:002_x.txt,2026-01-19,\n"
        );
        let seeds = "document,outlet,url\n002_x.txt,MAP,\n";
        let Loaded {
            dataset, issues, ..
        } = from_facts_csv(&csv, test_codes(), seeds);
        assert!(issues.is_empty(), "{issues:?}");
        assert_eq!(dataset.sources.len(), 2);
        assert_eq!(dataset.sources[0].outlet, "MAP");
        assert_eq!(dataset.sources[0].url, None);
        assert_eq!(dataset.sources[1].outlet, "example.com");
        let first = &dataset.observations()[0];
        assert_eq!(
            (first.value, first.change_pct, first.full_year()),
            (1100.0, Some(40.0), Some(2024))
        );
        assert_eq!(first.flags.iter().collect::<Vec<_>>(), [Flag::Conflict]);
        assert!(dataset.observations()[1].is_low_reliability());
        assert_eq!(
            dataset.record(2).map(|r| r.source.into_owned()).as_deref(),
            Some("S001")
        );
    }

    #[test]
    fn bad_rows_are_located_and_skipped() {
        let csv = format!(
            "{HEADER}F1,exports_value,total,all,2024-02-30,2024-12-31,1,MAD_million,,,https://u.ma,,\n\
             F2,exports_value,total,all,,,abc,MAD_million,,,https://u.ma,,\n\
             F3,exports_value,total,all,,,1,,,,https://u.ma,,\n\
             F4,exports_value,total,all,2024-06-01,2024-01-31,1,MAD_million,,,https://u.ma,,\n\
             F5,exports_value,total,all,,,1,MAD_million,,,https://u.ma,,\n\
             F5,exports_value,total,all,,,2,MAD_million,,,https://u.ma,,\n\
             F6,too,few\n\
             F7,exports_share,destination,XX,,,3,percent,,,https://u.ma,,\n\
             F8,exports_share,destination,US,,,3,MAD_million,,,https://u.ma,,\n\
             F9,artisans_registered,total,all,,,-3,count,,,https://u.ma,,\n\
             F10,exports_value,total,all,,,1,MAD_million,,,,,\n"
        );
        let Loaded {
            dataset, issues, ..
        } = from_facts_csv(&csv, test_codes(), "");
        assert_eq!(dataset.observations().len(), 1);
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
                ("F4", Some("end"), IssueKind::BadPeriod),
                ("F5", Some("id"), IssueKind::DuplicateId),
                ("row 8", None, IssueKind::WrongShape),
                ("F7", Some("key"), IssueKind::UnknownCode),
                ("F8", Some("unit"), IssueKind::WrongUnit),
                ("F9", Some("value"), IssueKind::ImpossibleNegative),
                ("F10", Some("source_url"), IssueKind::MissingField),
            ]
        );
    }
}
