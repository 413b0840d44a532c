//! Spreadsheets as clerks save them (.xlsx, .ods, .xls), read with calamine into the facts
//! table's text, so that every rule of a CSV table applies to them: the sheet named "facts"
//! (or "faits", "données"), else the one whose header names the most columns, else the first;
//! each cell as its shown value (a formula's last result, a date cell as `YYYY-MM-DD`, an error
//! cell as its code, which then fails as a number). Rows keep the sheet's numbers, and only the
//! cells that are filled are held, so a stray cell at the far corner of a sheet costs nothing.
//! Pure.

use super::Date;
use super::clerk::{HEADER_SEARCH_ROWS, fold, header_score};
use calamine::{Data, Reader, Sheets, open_workbook_auto_from_rs};
use std::io::Cursor;

/// Names of the sheet that holds the facts, folded.
const FACT_SHEETS: [&str; 4] = ["facts", "faits", "donnees", "data"];

/// A sheet read as a comma-separated table.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SheetTable {
    /// Which sheet was read, and what was left aside.
    pub sheet: SheetRead,
    /// Its rows as CSV text, one line per row of the sheet from its first (a blank row as
    /// `""`), up to the last the table fills.
    pub text: String,
}

/// Which sheet of a workbook was read, and what a clerk is told about it.
#[derive(Clone, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct SheetRead {
    /// The sheet's name in the workbook.
    pub name: String,
    /// Filled cells right of the header's last column, not read: how many, and the first
    /// (as a spreadsheet names it, `N5`).
    pub outside: Option<(usize, String)>,
    /// Cells a formula fills: their last saved result is read.
    pub formulas: usize,
    /// Formulas saved with no result (written by a program, never computed by a
    /// spreadsheet): how many, and the first; they read as empty.
    pub uncomputed: Option<(usize, String)>,
}

/// Why a workbook cannot be read.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum SheetError {
    /// Not a workbook calamine reads, or a damaged one (the reader's words).
    Unreadable(String),
    /// A workbook without any sheet with cells.
    NoSheet,
}

/// The facts sheet of the workbook in `bytes`, as a comma-separated table.
pub fn sheet_as_table(bytes: &[u8]) -> Result<SheetTable, SheetError> {
    let mut workbook = open_workbook_auto_from_rs(Cursor::new(bytes)).map_err(unreadable)?;
    let names = workbook.sheet_names();
    let named = names
        .iter()
        .find(|name| FACT_SHEETS.contains(&fold(name).as_str()));
    let cells = match named {
        Some(name) => SheetCells::read(&mut workbook, name)?,
        None => best_sheet(&mut workbook, &names)?,
    };
    cells.into_table()
}

/// The sheet whose header names the most columns (the first on ties); a sheet that cannot
/// be read is passed over, unless none can.
fn best_sheet(
    workbook: &mut Sheets<Cursor<&[u8]>>,
    names: &[String],
) -> Result<SheetCells, SheetError> {
    let mut best: Option<(usize, SheetCells)> = None;
    let mut failure = None;
    for name in names {
        match SheetCells::read(workbook, name) {
            Ok(cells) => {
                let score = cells.header().map_or(0, |(_, score)| score);
                if best.as_ref().is_none_or(|(top, _)| score > *top) {
                    best = Some((score, cells));
                }
            }
            Err(error) => failure = failure.or(Some(error)),
        }
    }
    match (best, failure) {
        (Some((_, cells)), _) => Ok(cells),
        (None, Some(error)) => Err(error),
        (None, None) => Err(SheetError::NoSheet),
    }
}

fn unreadable(error: impl std::fmt::Display) -> SheetError {
    SheetError::Unreadable(error.to_string())
}

/// A filled cell: its (row, column), counted from 0, and its text as shown.
type FilledCell = ((u32, u32), String);

/// The filled cells of one sheet, as shown, in the sheet's order (rows from the top, each
/// from the left; row and column counted from 0).
struct SheetCells {
    name: String,
    cells: Vec<FilledCell>,
    formulas: usize,
    uncomputed: Vec<(u32, u32)>,
}

impl SheetCells {
    /// Reads the sheet `name`: an .xlsx sheet cell by cell as its file holds them, other
    /// formats through their reader's range.
    fn read(workbook: &mut Sheets<Cursor<&[u8]>>, name: &str) -> Result<SheetCells, SheetError> {
        let mut sheet = SheetCells {
            name: name.to_owned(),
            cells: Vec::new(),
            formulas: 0,
            uncomputed: Vec::new(),
        };
        match workbook {
            Sheets::Xlsx(xlsx) => {
                let mut reader = xlsx.worksheet_cells_reader(name).map_err(unreadable)?;
                while let Some(cell) = reader.next_cell_with_formula().map_err(unreadable)? {
                    let computed = cell.formula.is_some_and(|f| !f.is_empty());
                    sheet.add(cell.pos, &Data::from(cell.value), computed);
                }
            }
            _ => {
                let range = workbook.worksheet_range(name).map_err(unreadable)?;
                let (top, left) = range.start().unwrap_or_default();
                for (row, column, value) in range.used_cells() {
                    sheet.add((top + row as u32, left + column as u32), value, false);
                }
            }
        }
        sheet.cells.sort_by_key(|(position, _)| *position);
        Ok(sheet)
    }

    fn add(&mut self, position: (u32, u32), value: &Data, formula: bool) {
        let text = cell_text(value);
        let blank = text.trim().is_empty();
        if formula {
            self.formulas += 1;
            if blank {
                self.uncomputed.push(position);
            }
        }
        if !blank {
            self.cells.push((position, text));
        }
    }

    /// The cells of each filled row, in order.
    fn rows(&self) -> impl Iterator<Item = (u32, &[FilledCell])> {
        self.cells
            .chunk_by(|(a, _), (b, _)| a.0 == b.0)
            .map(|row| (row[0].0.0, row))
    }

    /// The header's row and how many columns it names: among the first filled rows, the one
    /// naming the most (the earliest on ties), else the first.
    fn header(&self) -> Option<(u32, usize)> {
        self.rows()
            .take(HEADER_SEARCH_ROWS)
            .map(|(row, cells)| {
                (
                    row,
                    header_score(cells.iter().map(|(_, text)| text.as_str())),
                )
            })
            .reduce(|top, next| if next.1 > top.1 { next } else { top })
    }

    /// The table as CSV text, as wide as its header: what lies right of it is counted aside.
    fn into_table(self) -> Result<SheetTable, SheetError> {
        let (header_row, _) = self.header().ok_or(SheetError::NoSheet)?;
        let width = self
            .rows()
            .find(|(row, _)| *row == header_row)
            .and_then(|(_, cells)| cells.last())
            .map_or(0, |((_, column), _)| column + 1);
        let (inside, outside): (Vec<_>, Vec<_>) = self
            .cells
            .into_iter()
            .partition(|((_, column), _)| *column < width);
        let mut writer = csv::WriterBuilder::new()
            .flexible(true)
            .from_writer(Vec::new());
        let mut next_row = 0;
        for row in inside.chunk_by(|(a, _), (b, _)| a.0 == b.0) {
            for _ in next_row..row[0].0.0 {
                writer.write_record([""]).map_err(unreadable)?;
            }
            let mut record = vec![""; width as usize];
            for ((_, column), text) in row {
                record[*column as usize] = text;
            }
            writer.write_record(&record).map_err(unreadable)?;
            next_row = row[0].0.0 + 1;
        }
        let text =
            String::from_utf8(writer.into_inner().map_err(unreadable)?).map_err(unreadable)?;
        let counted =
            |cells: &[(u32, u32)]| cells.first().map(|&first| (cells.len(), cell_name(first)));
        let outside: Vec<(u32, u32)> = outside.into_iter().map(|(position, _)| position).collect();
        Ok(SheetTable {
            sheet: SheetRead {
                name: self.name,
                outside: counted(&outside),
                formulas: self.formulas,
                uncomputed: counted(&self.uncomputed),
            },
            text,
        })
    }
}

/// A cell's name as a spreadsheet writes it: column letters, then the row from 1 (`N5`).
fn cell_name((row, column): (u32, u32)) -> String {
    column_letters(column as usize) + &(row + 1).to_string()
}

/// A column's letters as a spreadsheet names it, counting from 0: `A`, … `Z`, `AA`, ….
pub fn column_letters(column: usize) -> String {
    let mut letters = Vec::new();
    let mut rest = column + 1;
    while rest > 0 {
        letters.push(char::from(b'A' + ((rest - 1) % 26) as u8));
        rest = (rest - 1) / 26;
    }
    letters.iter().rev().collect()
}

/// A clerk's file as the facts table's text: a workbook's facts sheet (named), or a text
/// file as it is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FileTable {
    /// The sheet read, for a workbook.
    pub sheet: Option<SheetRead>,
    /// The table, its first row the header.
    pub text: String,
}

/// Why a clerk's file gives no table.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum FileError {
    /// A workbook that cannot be read.
    Sheet(SheetError),
    /// A text file that is not UTF-8 (a CSV saved in a legacy code page).
    NotUtf8,
}

/// The table in a clerk's file named `name`: a workbook when its name or its first bytes say
/// so (a zip, as .xlsx and .ods are, or the compound file of .xls), else UTF-8 text.
pub fn file_as_table(name: &str, bytes: &[u8]) -> Result<FileTable, FileError> {
    let extension = name.rsplit_once('.').map(|(_, e)| e.to_lowercase());
    let named = matches!(extension.as_deref(), Some("xlsx" | "xlsm" | "ods" | "xls"));
    let signed = bytes.starts_with(b"PK\x03\x04") || bytes.starts_with(&OLE_SIGNATURE);
    if named || signed {
        return sheet_as_table(bytes)
            .map(|table| FileTable {
                sheet: Some(table.sheet),
                text: table.text,
            })
            .map_err(FileError::Sheet);
    }
    String::from_utf8(bytes.to_vec())
        .map(|text| FileTable { sheet: None, text })
        .map_err(|_| FileError::NotUtf8)
}

/// The first bytes of a compound file, the container of .xls workbooks.
const OLE_SIGNATURE: [u8; 8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

/// A cell as the spreadsheet shows its value.
fn cell_text(cell: &Data) -> String {
    match cell {
        Data::Empty => String::new(),
        Data::String(text) | Data::DurationIso(text) => text.clone(),
        Data::Int(number) => number.to_string(),
        Data::Float(number) if number.fract() == 0.0 && number.abs() < 1e15 => {
            format!("{}", *number as i64)
        }
        Data::Float(number) => number.to_string(),
        Data::Bool(value) => value.to_string(),
        Data::DateTime(date) => date_shown(date)
            .map(|date| date.to_string())
            .unwrap_or_else(|| date.as_f64().to_string()),
        Data::DateTimeIso(text) => text.get(..10).unwrap_or(text).to_owned(),
        Data::Error(error) => error.to_string(),
    }
}

/// The day a date cell shows (calamine counts from the workbook's epoch, 1900 or 1904); none
/// outside the days a spreadsheet can show, or for a duration.
fn date_shown(date: &calamine::ExcelDateTime) -> Option<Date> {
    let in_range = (1.0..2_958_466.0).contains(&date.as_f64());
    let (year, month, day, ..) = date.to_ymd_hms_milli();
    (in_range && date.is_datetime())
        .then(|| Date::new(i32::from(year), month, day))
        .flatten()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn date_cells_are_days_from_the_workbooks_epoch_1900_or_1904() {
        use calamine::{
            ExcelDateTime,
            ExcelDateTimeType::{DateTime, TimeDelta},
        };
        let day =
            |serial: f64, is_1904: bool| date_shown(&ExcelDateTime::new(serial, DateTime, is_1904));
        assert_eq!(day(25_569.0, false), Date::new(1970, 1, 1));
        assert_eq!(day(45_688.0, false), Date::new(2025, 1, 31));
        assert_eq!(day(45_351.75, false), Date::new(2024, 2, 29));
        assert_eq!(day(45_688.0 - 1_462.0, true), Date::new(2025, 1, 31));
        assert_eq!(day(f64::NAN, false), None);
        assert_eq!(day(-3.0, false), None);
        assert_eq!(day(3e9, false), None);
        assert_eq!(date_shown(&ExcelDateTime::new(1.5, TimeDelta, false)), None);
    }

    #[test]
    fn cells_are_named_as_a_spreadsheet_names_them() {
        assert_eq!(cell_name((0, 0)), "A1");
        assert_eq!(cell_name((4, 13)), "N5");
        assert_eq!(cell_name((1_048_575, 16_383)), "XFD1048576");
        assert_eq!(column_letters(25), "Z");
        assert_eq!(column_letters(26), "AA");
    }

    #[test]
    fn a_file_is_a_workbook_by_its_name_or_its_first_bytes_else_utf8_text() {
        let text = file_as_table("faits.csv", "id;valeur\n".as_bytes()).unwrap();
        assert_eq!((text.sheet, text.text.as_str()), (None, "id;valeur\n"));
        assert_eq!(
            file_as_table("faits.csv", b"id,valeur\n\xe9t\xe9\n"),
            Err(FileError::NotUtf8)
        );
        for (name, bytes) in [
            ("faits.xlsx", &b"id"[..]),
            ("faits.csv", b"PK\x03\x04trunc"),
        ] {
            assert!(matches!(
                file_as_table(name, bytes),
                Err(FileError::Sheet(SheetError::Unreadable(_)))
            ));
        }
    }

    #[test]
    fn bytes_that_are_no_workbook_are_unreadable() {
        assert!(matches!(
            sheet_as_table(b"id,value\n"),
            Err(SheetError::Unreadable(_))
        ));
        assert!(matches!(
            sheet_as_table(b"PK\x03\x04truncated"),
            Err(SheetError::Unreadable(_))
        ));
    }
}
