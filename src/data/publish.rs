//! Whether facts read from a clerk's table may be published, and where each problem sits in
//! that table (row, column, value): the rules `atlas-data build` and `check` apply, pure so
//! that any other way in (a page of the app) applies the same.

use super::clerk::{FACT_COLUMNS, TableReading};
use super::{DataIssue, IssueKind, Loaded, Severity};

/// The facts table's columns, by the field name a problem names (the JSON's names).
const COLUMNS: [(&str, &str); 4] = [
    ("start", "period_start"),
    ("end", "period_end"),
    ("key", "dimension_value"),
    ("source", "source_url"),
];

/// What publishing `loaded` would do.
#[derive(Clone, Debug, PartialEq, Eq)]
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
pub fn blocks_publishing(issue: &DataIssue) -> bool {
    issue.severity() == Severity::Error || issue.kind == IssueKind::GrowthWithoutBasis
}

/// Where a problem sits in the table the facts were read from.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Location {
    /// The row, counting the header as row 1 (as a spreadsheet numbers it).
    pub row: Option<usize>,
    /// The column's name in the table.
    pub column: Option<String>,
    /// What the cell holds.
    pub value: Option<String>,
}

/// A facts table's rows by id, to locate the problems found in it.
pub struct TableIndex {
    rows: Vec<(usize, [String; 13])>,
}

impl TableIndex {
    /// Reads the table's cells as [`TableReading`] reads them; rows that cannot be split are
    /// left out (their problem names their row).
    pub fn new(text: &str) -> TableIndex {
        let reading = TableReading::of(text);
        let rows = reading
            .rows(text)
            .filter_map(|(number, cells)| Some((number, cells.ok()?)))
            .collect();
        TableIndex { rows }
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
        let value = row.zip(position).and_then(|(row, position)| {
            let (_, cells) = self.rows.iter().find(|(number, _)| *number == row)?;
            Some(cells[position].clone())
        });
        Location { row, column, value }
    }

    /// The row number of the issue's record, counting the header as row 1.
    fn row_of(&self, issue: &DataIssue) -> Option<usize> {
        if let Some(number) = issue.record.strip_prefix("row ") {
            return number.parse().ok();
        }
        let id = issue.record.split(", ").next()?;
        let mut rows = self
            .rows
            .iter()
            .filter(|(_, cells)| cells[0] == id)
            .map(|(number, _)| *number);
        match issue.kind {
            IssueKind::DuplicateId => rows.nth(1),
            _ => rows.next(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::{codes_from_csv, from_facts_csv};

    const HEADER: &str = "id,metric,dimension,dimension_value,period_start,period_end,value,unit,change_pct,change_basis,source_url,source_date,note";

    fn read(rows: &[&str]) -> (String, Loaded) {
        let text = format!("{HEADER}\n{}\n", rows.join("\n"));
        let codes = codes_from_csv(include_str!("../../public/data/codes.csv")).unwrap();
        let loaded = from_facts_csv(&text, codes, "");
        (text, loaded)
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
        let (text, loaded) = read(&[GOOD, bad_number, GOOD, bad_date]);
        let index = TableIndex::new(&text);
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
        let (text, loaded) = read(&[GOOD, "F4;exports_value;total"]);
        let index = TableIndex::new(&text);
        let location = index.locate(&loaded.issues[0]);
        assert_eq!(location.row, Some(3));
    }
}
