//! A clerk's problems as a table: the cells the desk shows (row, column, value, what is wrong,
//! how to fix it, what it does to publishing) in a language, sorted by any column, and the
//! same as a CSV report to download.

use crate::charts::write_csv;
use crate::data::Problem;
use crate::i18n::{Locale, Msg, format_number, issue_fix_text, issue_kind_text};
use crate::order::sort_by;

/// A column of the problems table.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ProblemColumn {
    /// The row in the file (the header is row 1).
    Row,
    /// The column's name.
    Column,
    /// What the cell holds.
    Value,
    /// What is wrong.
    Problem,
    /// How to fix it.
    Fix,
    /// Whether the row is left out or only warned about.
    Effect,
}

impl ProblemColumn {
    /// Every column, in table order.
    pub const ALL: [ProblemColumn; 6] = [
        ProblemColumn::Row,
        ProblemColumn::Column,
        ProblemColumn::Value,
        ProblemColumn::Problem,
        ProblemColumn::Fix,
        ProblemColumn::Effect,
    ];

    /// The column's heading.
    pub fn heading(self) -> Msg {
        match self {
            ProblemColumn::Row => Msg::DeskColumnRow,
            ProblemColumn::Column => Msg::DeskColumnColumn,
            ProblemColumn::Value => Msg::DeskColumnValue,
            ProblemColumn::Problem => Msg::DeskColumnProblem,
            ProblemColumn::Fix => Msg::DeskColumnFix,
            ProblemColumn::Effect => Msg::DeskColumnEffect,
        }
    }
}

/// How the problems table is sorted: by a column, up or down.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ProblemOrder {
    /// The column sorted on.
    pub column: ProblemColumn,
    /// Largest (or last) first.
    pub descending: bool,
}

impl Default for ProblemOrder {
    /// In file order.
    fn default() -> ProblemOrder {
        ProblemOrder {
            column: ProblemColumn::Row,
            descending: false,
        }
    }
}

impl ProblemOrder {
    /// The order after a click on `column`'s heading: that column up, or down when it was up.
    pub fn toggled(self, column: ProblemColumn) -> ProblemOrder {
        ProblemOrder {
            column,
            descending: self.column == column && !self.descending,
        }
    }
}

/// A problem's cells in `locale`, in [`ProblemColumn::ALL`] order.
pub fn problem_cells(locale: Locale, problem: &Problem) -> [String; 6] {
    let location = &problem.location;
    let effect = match problem.refuses {
        true => Msg::DeskEffectRefused,
        false => Msg::DeskEffectWarning,
    };
    [
        location
            .row
            .map_or_else(String::new, |row| format_number(locale, row as f64, 0)),
        location.column.clone().unwrap_or_default(),
        location.value.clone().unwrap_or_default(),
        issue_kind_text(locale, problem.kind).to_owned(),
        issue_fix_text(locale, problem.kind).to_owned(),
        effect.text(locale).to_owned(),
    ]
}

/// The problems in `order`, rows by number (a problem without a row last), the other columns
/// by their text in `locale`; equal ones keep the file's order.
pub fn sorted_problems(problems: &[Problem], order: ProblemOrder, locale: Locale) -> Vec<&Problem> {
    let position = ProblemColumn::ALL
        .iter()
        .position(|column| *column == order.column)
        .unwrap_or(0);
    let mut keyed: Vec<(Option<usize>, String, &Problem)> = problems
        .iter()
        .map(|problem| {
            let text = match order.column {
                ProblemColumn::Row => String::new(),
                _ => problem_cells(locale, problem)[position].to_lowercase(),
            };
            (problem.location.row, text, problem)
        })
        .collect();
    sort_by(&mut keyed, |a, b| {
        let ordering = match order.column {
            ProblemColumn::Row => a.0.unwrap_or(usize::MAX).cmp(&b.0.unwrap_or(usize::MAX)),
            _ => a.1.cmp(&b.1),
        };
        if order.descending {
            ordering.reverse()
        } else {
            ordering
        }
    });
    keyed.into_iter().map(|(_, _, problem)| problem).collect()
}

/// The validation report as CSV: the file, then each problem's cells under the table's
/// headings in `locale` (row numbers in Western digits, for a spreadsheet to sort).
pub fn report_csv(locale: Locale, file: &str, problems: &[Problem]) -> String {
    let header = std::iter::once(Msg::DeskColumnFile)
        .chain(ProblemColumn::ALL.map(ProblemColumn::heading))
        .map(|msg| msg.text(locale).to_owned())
        .collect::<Vec<String>>();
    let rows = problems.iter().map(|problem| {
        let mut cells = problem_cells(locale, problem).to_vec();
        cells[0] = problem
            .location
            .row
            .map_or_else(String::new, |r| r.to_string());
        std::iter::once(file.to_owned())
            .chain(cells)
            .collect::<Vec<String>>()
    });
    write_csv(std::iter::once(header).chain(rows))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::{IssueKind, Location};

    fn problem(row: Option<usize>, column: &str, kind: IssueKind, refuses: bool) -> Problem {
        Problem {
            location: Location {
                row,
                column: Some(column.to_owned()),
                value: Some("x".to_owned()),
            },
            kind,
            refuses,
        }
    }

    fn problems() -> Vec<Problem> {
        vec![
            problem(Some(12), "value", IssueKind::BadNumber, true),
            problem(None, "id", IssueKind::DuplicateId, true),
            problem(Some(3), "unit", IssueKind::WrongUnit, false),
        ]
    }

    #[test]
    fn problems_sort_by_row_number_not_by_text_and_a_second_click_reverses() {
        let problems = problems();
        let order = ProblemOrder::default();
        let rows = |order| -> Vec<Option<usize>> {
            sorted_problems(&problems, order, Locale::Fr)
                .iter()
                .map(|p| p.location.row)
                .collect()
        };
        assert_eq!(rows(order), [Some(3), Some(12), None]);
        let down = order.toggled(ProblemColumn::Row);
        assert!(down.descending);
        assert_eq!(rows(down), [None, Some(12), Some(3)]);
        let by_column = down.toggled(ProblemColumn::Column);
        assert!(!by_column.descending);
        assert_eq!(rows(by_column), [None, Some(3), Some(12)]);
    }

    #[test]
    fn the_report_names_the_file_and_each_problem_in_the_language_asked() {
        let report = report_csv(Locale::Fr, "faits.csv", &problems());
        let lines: Vec<&str> = report.lines().collect();
        assert_eq!(lines.len(), 4);
        assert!(
            lines[0].starts_with("Fichier,Ligne,Colonne"),
            "{}",
            lines[0]
        );
        assert!(
            lines[1].starts_with("faits.csv,12,value,x,"),
            "{}",
            lines[1]
        );
        assert!(lines[1].ends_with(Msg::DeskEffectRefused.text(Locale::Fr)));
        let arabic = report_csv(Locale::Ar, "faits.csv", &problems());
        assert!(arabic.contains(issue_kind_text(Locale::Ar, IssueKind::WrongUnit)));
    }
}
