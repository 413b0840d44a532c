//! Spreadsheets as clerks save them (.xlsx, .ods, .xls), read with calamine into the facts
//! table's text, so that every rule of a CSV table applies to them: the sheet named "facts"
//! (or "faits", "données") or else the first one, each cell as its shown value (a formula's
//! last result, a date cell as `YYYY-MM-DD`, an error cell as its code, which then fails as a
//! number). Pure.

use super::Date;
use super::clerk::fold;
use calamine::{Data, Reader, open_workbook_auto_from_rs};
use std::io::Cursor;

/// Names of the sheet that holds the facts, folded; else the first sheet is read.
const FACT_SHEETS: [&str; 4] = ["facts", "faits", "donnees", "data"];

/// A sheet read as a comma-separated table.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SheetTable {
    /// The sheet's name in the workbook.
    pub sheet: String,
    /// Its rows as CSV text, the first row its header.
    pub text: String,
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
    let mut workbook = open_workbook_auto_from_rs(Cursor::new(bytes))
        .map_err(|e| SheetError::Unreadable(e.to_string()))?;
    let names = workbook.sheet_names();
    let sheet = names
        .iter()
        .find(|name| FACT_SHEETS.contains(&fold(name).as_str()))
        .or_else(|| names.first())
        .cloned()
        .ok_or(SheetError::NoSheet)?;
    let range = workbook
        .worksheet_range(&sheet)
        .map_err(|e| SheetError::Unreadable(e.to_string()))?;
    let mut writer = csv::Writer::from_writer(Vec::new());
    for row in range.rows() {
        let cells: Vec<String> = row.iter().map(cell_text).collect();
        if cells.iter().all(String::is_empty) {
            continue;
        }
        writer
            .write_record(&cells)
            .map_err(|e| SheetError::Unreadable(e.to_string()))?;
    }
    let bytes = writer
        .into_inner()
        .map_err(|e| SheetError::Unreadable(e.to_string()))?;
    let text = String::from_utf8(bytes).map_err(|e| SheetError::Unreadable(e.to_string()))?;
    if text.is_empty() {
        return Err(SheetError::NoSheet);
    }
    Ok(SheetTable { sheet, text })
}

/// A clerk's file as the facts table's text: a workbook's facts sheet (named), or a text
/// file as it is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FileTable {
    /// The sheet read, for a workbook.
    pub sheet: Option<String>,
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
        Data::DateTime(date) => date_from_serial(date.as_f64())
            .map(|date| date.to_string())
            .unwrap_or_else(|| date.as_f64().to_string()),
        Data::DateTimeIso(text) => text.get(..10).unwrap_or(text).to_owned(),
        Data::Error(error) => error.to_string(),
    }
}

/// The day an Excel serial date stands for (1900 system: day 25,569 is 1970-01-01).
fn date_from_serial(serial: f64) -> Option<Date> {
    if !serial.is_finite() || !(1.0..=2_958_465.0).contains(&serial) {
        return None;
    }
    // Days since 1970-01-01, then the civil date (H. Hinnant's algorithm).
    let days = serial.floor() as i64 - 25_569 + 719_468;
    let (era, day_of_era) = (days.div_euclid(146_097), days.rem_euclid(146_097));
    let year_of_era =
        (day_of_era - day_of_era / 1_460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
    let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
    let shifted_month = (5 * day_of_year + 2) / 153;
    let day = day_of_year - (153 * shifted_month + 2) / 5 + 1;
    let month = if shifted_month < 10 {
        shifted_month + 3
    } else {
        shifted_month - 9
    };
    let year = year_of_era + era * 400 + i64::from(month <= 2);
    Date::new(
        i32::try_from(year).ok()?,
        u8::try_from(month).ok()?,
        u8::try_from(day).ok()?,
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn excel_serial_dates_are_days_since_the_end_of_1899() {
        assert_eq!(date_from_serial(25_569.0), Date::new(1970, 1, 1));
        assert_eq!(date_from_serial(45_688.0), Date::new(2025, 1, 31));
        assert_eq!(date_from_serial(45_351.75), Date::new(2024, 2, 29));
        assert_eq!(date_from_serial(f64::NAN), None);
        assert_eq!(date_from_serial(-3.0), None);
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
