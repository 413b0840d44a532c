//! Whether facts read from a clerk's table may be published, where each problem sits in that
//! table (row, column, value), and the table as published (`facts.csv` in the template's form,
//! and the template itself): the rules `atlas-data build` and `check` apply, pure so that any
//! other way in (a page of the app) applies the same.

use super::clerk::{FACT_COLUMNS, clerk_date, clerk_number};
use super::facts_csv::FactsTable;
use super::{DataIssue, FastMap, FastSet, IssueKind, Loaded, Severity};
use serde::{Deserialize, Serialize};

/// The facts table's columns, by the field name a problem names (the JSON's names).
const COLUMNS: [(&str, &str); 4] = [
    ("start", "period_start"),
    ("end", "period_end"),
    ("key", "dimension_value"),
    ("source", "source_url"),
];

/// What publishing `loaded` would do.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Verdict {
    /// Every row is kept: publish.
    Complete,
    /// Some rows would be left out (or kept with a growth rate no figure can use): publish only
    /// when the person publishing accepts it.
    Partial {
        /// How many problems leave a row out or unusable.
        refused: usize,
    },
    /// No figure would be published: never publish.
    Empty,
}

impl Verdict {
    /// The verdict on facts read from a table: empty, partial or complete.
    pub fn of(loaded: &Loaded) -> Verdict {
        let refused = loaded
            .issues
            .iter()
            .filter(|i| blocks_publishing(i))
            .count();
        match (loaded.dataset.observations().is_empty(), refused) {
            (true, _) => Verdict::Empty,
            (false, 0) => Verdict::Complete,
            (false, refused) => Verdict::Partial { refused },
        }
    }

    /// True when the facts may be published, given whether partial publishing is accepted.
    pub fn allows(&self, accept_partial: bool) -> bool {
        match self {
            Verdict::Complete => true,
            Verdict::Partial { .. } => accept_partial,
            Verdict::Empty => false,
        }
    }
}

/// True when a problem leaves its row out of what would be published, or keeps a growth rate
/// that compares with nothing (a reader would take it for a level).
fn blocks_publishing(issue: &DataIssue) -> bool {
    issue.severity() == Severity::Error || issue.kind == IssueKind::GrowthWithoutBasis
}

/// Facts read from a clerk's table and judged: what `atlas-data` prints and writes, and what
/// the data desk shows and offers to download, by the same rules.
pub struct Checked {
    /// The facts as read, with their problems, and the table's rows.
    pub table: FactsTable,
    /// Whether they may be published.
    pub verdict: Verdict,
}

/// One problem of a clerk's table, located, for a report.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Problem {
    /// Where it sits.
    pub location: Location,
    /// What is wrong.
    pub kind: IssueKind,
    /// True when it leaves its row out of what would be published (or its growth unusable).
    pub refuses: bool,
}

impl Checked {
    /// Judges the facts read from a table.
    pub fn of(table: FactsTable) -> Checked {
        let verdict = Verdict::of(&table.loaded);
        Checked { table, verdict }
    }

    /// Every problem, located, in the order found.
    pub fn problems(&self) -> Vec<Problem> {
        self.table
            .loaded
            .issues
            .iter()
            .map(|issue| Problem {
                location: self.table.index.locate(issue),
                kind: issue.kind,
                refuses: blocks_publishing(issue),
            })
            .collect()
    }

    /// The rows as published (`facts.csv` in the template's form), without the rows left out.
    pub fn published_rows(&self) -> Vec<[String; 13]> {
        let left_out: Vec<usize> = self
            .table
            .loaded
            .issues
            .iter()
            .filter(|issue| issue.severity() == Severity::Error)
            .filter_map(|issue| self.table.index.locate(issue).row)
            .collect();
        self.table.index.normalised(&left_out)
    }
}

/// Where a problem sits in the table the facts were read from.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Location {
    /// The row, counting the header as row 1 (as a spreadsheet numbers it).
    pub row: Option<usize>,
    /// The column's name in the table.
    pub column: Option<String>,
    /// What the cell holds.
    pub value: Option<String>,
}

/// A facts table's rows as written, each with its number (the header is row 1), kept by
/// `read_facts_table` as it reads them: to locate the problems found in them and to write the
/// table as published. Rows that cannot be split are not kept (their problem names their row).
pub struct TableIndex {
    /// The rows by number, in table order.
    rows: Vec<(usize, [String; 13])>,
    /// The positions in `rows` of each id, in table order.
    ids: FastMap<String, Vec<usize>>,
}

impl TableIndex {
    /// The index of these rows (numbered in increasing order).
    pub(super) fn new(rows: Vec<(usize, [String; 13])>) -> TableIndex {
        let mut ids: FastMap<String, Vec<usize>> = FastMap::default();
        for (position, (_, cells)) in rows.iter().enumerate() {
            ids.entry(cells[0].clone()).or_default().push(position);
        }
        TableIndex { rows, ids }
    }

    /// The cells of the row numbered `number`.
    fn row(&self, number: usize) -> Option<&[String; 13]> {
        let position = self.rows.binary_search_by_key(&number, |(n, _)| *n).ok()?;
        Some(&self.rows[position].1)
    }

    /// The rows' cells, as written, in the table's column order ([`FACT_COLUMNS`]).
    pub fn rows(&self) -> impl Iterator<Item = &[String; 13]> {
        self.rows.iter().map(|(_, cells)| cells)
    }

    /// The rows in the template's form, the one published as `facts.csv`: numbers with a
    /// decimal point and dates as `YYYY-MM-DD` (a cell that does not read is kept as written),
    /// without the rows numbered in `left_out`.
    pub fn normalised(&self, left_out: &[usize]) -> Vec<[String; 13]> {
        let left_out: FastSet<usize> = left_out.iter().copied().collect();
        self.rows
            .iter()
            .filter(|(number, _)| !left_out.contains(number))
            .map(|(_, cells)| {
                let mut cells = cells.clone();
                for (cell, column) in cells.iter_mut().zip(FACT_COLUMNS) {
                    let normal = match column {
                        "value" | "change_pct" => clerk_number(cell).map(|n| n.to_string()),
                        "period_start" => clerk_date(cell, false).map(|d| d.to_string()),
                        "period_end" => clerk_date(cell, true).map(|d| d.to_string()),
                        _ => None,
                    };
                    if let Some(normal) = normal.filter(|_| !cell.is_empty()) {
                        *cell = normal;
                    }
                }
                cells
            })
            .collect()
    }

    /// The row, column and cell of `issue`: its record's row (`row 14`, or the row of its id;
    /// the second one of a repeated id), the column of its field, and what that cell holds.
    pub fn locate(&self, issue: &DataIssue) -> Location {
        let row = self.row_of(issue);
        let column = issue.field.as_deref().map(|field| {
            let named = COLUMNS.iter().find(|(name, _)| *name == field);
            named.map_or(field, |(_, column)| column).to_owned()
        });
        let position = column
            .as_deref()
            .and_then(|column| FACT_COLUMNS.iter().position(|name| *name == column));
        let value = row
            .zip(position)
            .and_then(|(row, position)| Some(self.row(row)?[position].clone()));
        Location { row, column, value }
    }

    /// The row number of the issue's record, counting the header as row 1.
    fn row_of(&self, issue: &DataIssue) -> Option<usize> {
        if let Some(number) = issue.record.strip_prefix("row ") {
            return number.parse().ok();
        }
        let id = issue.record.split(", ").next()?;
        let mut rows = self
            .ids
            .get(id)?
            .iter()
            .map(|&position| self.rows[position].0);
        match issue.kind {
            IssueKind::DuplicateId => rows.nth(1),
            _ => rows.next(),
        }
    }
}

/// Rows as a comma-separated table under the template's header: the published `facts.csv`,
/// or the template with its example row.
pub fn table_csv<'a>(rows: impl IntoIterator<Item = &'a [String; 13]>) -> String {
    let mut writer = csv::Writer::from_writer(Vec::new());
    let _ = writer.write_record(FACT_COLUMNS);
    for row in rows {
        let _ = writer.write_record(row);
    }
    String::from_utf8(writer.into_inner().unwrap_or_default()).unwrap_or_default()
}

/// The row a template shows as its example: the first national export figure among the
/// published rows with a web source and a growth rate with its comparison period (a real,
/// sourced fact, never one made up), else the first row.
pub fn template_example<'a>(
    rows: impl IntoIterator<Item = &'a [String; 13]>,
) -> Option<[String; 13]> {
    let column = |name: &str| FACT_COLUMNS.iter().position(|c| *c == name).unwrap_or(0);
    let full = |row: &&[String; 13]| {
        row[column("metric")] == "exports_value"
            && row[column("dimension")] == "total"
            && row[column("source_url")].starts_with("https://")
            && !row[column("change_pct")].is_empty()
            && !row[column("change_basis")].is_empty()
    };
    let mut rows = rows.into_iter().peekable();
    let first = rows.peek().copied();
    rows.find(full).or(first).cloned()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::{Codes, FactsTable, codes_from_csv, read_facts_table};

    const HEADER: &str = "id,metric,dimension,dimension_value,period_start,period_end,value,unit,change_pct,change_basis,source_url,source_date,note";

    fn read(rows: &[&str]) -> (TableIndex, Loaded) {
        let text = format!("{HEADER}\n{}\n", rows.join("\n"));
        let codes = codes_from_csv(include_str!("../../public/data/codes.csv")).unwrap();
        let FactsTable { loaded, index, .. } = read_facts_table(&text, codes, "");
        (index, loaded)
    }

    const GOOD: &str = "F1,exports_value,total,all,2024-01-01,2024-12-31,1100,MAD_million,,,https://example.ma/a,2025-01,";

    #[test]
    fn a_complete_table_publishes_a_partial_one_only_when_accepted_and_an_empty_one_never() {
        let (_, complete) = read(&[GOOD]);
        assert_eq!(Verdict::of(&complete), Verdict::Complete);
        assert!(Verdict::of(&complete).allows(false));
        let bad = "F2,exports_value,total,all,2023-01-01,2023-12-31,12;5,MAD_million,,,https://example.ma/a,2025-01,";
        let (_, partial) = read(&[GOOD, bad]);
        assert_eq!(Verdict::of(&partial), Verdict::Partial { refused: 1 });
        assert!(!Verdict::of(&partial).allows(false));
        assert!(Verdict::of(&partial).allows(true));
        let (_, empty) = read(&[bad]);
        assert_eq!(Verdict::of(&empty), Verdict::Empty);
        assert!(!Verdict::of(&empty).allows(true));
    }

    #[test]
    fn a_growth_rate_that_compares_with_nothing_is_refused_though_its_row_is_kept() {
        let growth = "F3,exports_value,total,all,2025-01-01,2025-09-30,610,MAD_million,12,,https://example.ma/a,2025-10,";
        let (_, loaded) = read(&[GOOD, growth]);
        assert_eq!(loaded.dataset.observations().len(), 2);
        assert_eq!(Verdict::of(&loaded), Verdict::Partial { refused: 1 });
    }

    #[test]
    fn each_problem_is_located_by_row_column_and_value() {
        let bad_number = "F2,exports_value,total,all,2023-01-01,2023-12-31,12;5,MAD_million,,,https://example.ma/a,2025-01,";
        let bad_date = "F3,exports_value,total,all,2023-02-30,2023-12-31,5,MAD_million,,,https://example.ma/a,2025-01,";
        let (index, loaded) = read(&[GOOD, bad_number, GOOD, bad_date]);
        let located: Vec<Location> = loaded.issues.iter().map(|i| index.locate(i)).collect();
        let expected = |row, column: &str, value: &str| Location {
            row: Some(row),
            column: Some(column.to_owned()),
            value: Some(value.to_owned()),
        };
        assert!(
            located.contains(&expected(3, "value", "12;5")),
            "{located:?}"
        );
        assert!(
            located.contains(&expected(5, "period_start", "2023-02-30")),
            "{located:?}"
        );
        assert!(
            located.contains(&expected(4, "id", "F1")),
            "the second F1 is the repeat: {located:?}"
        );
    }

    #[test]
    fn a_row_the_reader_cannot_split_is_located_by_its_number() {
        let (index, loaded) = read(&[GOOD, "F4;exports_value;total"]);
        let location = index.locate(&loaded.issues[0]);
        assert_eq!(location.row, Some(3));
    }

    #[test]
    fn the_normalised_table_is_the_templates_form_without_the_rows_left_out() {
        let text =
            "Valeur;Identifiant;Début;Fin\n1 230,5;F1;janvier 2025;31/03/2025\n12;F2;;\nx;F3;;\n";
        let index = read_facts_table(text, Codes::default(), "").index;
        let normal = table_csv(&index.normalised(&[3]));
        let lines: Vec<&str> = normal.lines().collect();
        assert_eq!(lines[0], FACT_COLUMNS.join(","));
        assert_eq!(lines[1], "F1,,,,2025-01-01,2025-03-31,1230.5,,,,,,");
        assert_eq!(
            lines[2], "F3,,,,,,x,,,,,,",
            "a cell that does not read is kept as written"
        );
        assert_eq!(lines.len(), 3);
    }

    #[test]
    fn the_templates_example_is_a_published_fact_with_its_source_and_growth() {
        let published = include_str!("../../public/data/facts.csv");
        let index = read_facts_table(published, Codes::default(), "").index;
        let example = template_example(index.rows()).unwrap();
        assert!(
            published
                .lines()
                .any(|line| line.starts_with(&format!("{},", example[0])))
        );
        assert!(example[10].starts_with("https://") && !example[9].is_empty());
        let template = table_csv([&example]);
        assert_eq!(template.lines().count(), 2);
        assert_eq!(
            template.lines().next(),
            Some(FACT_COLUMNS.join(",").as_str())
        );
    }
}
