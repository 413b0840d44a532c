//! Workbooks as clerks break them — truncated, the facts on another sheet, a title or merged
//! cells above the header, formulas (computed, in error, never computed), dates as Excel keeps
//! them, a stray cell at the sheet's far corner, a 50 MB file — each read by the data desk's
//! core (the same as `atlas-data`'s) into a translated message in the three languages, and
//! never a panic or an allocation that takes the tab down. The workbook the desk's browser test
//! drops is made here too (`UPDATE_FIXTURES=1 cargo test --no-default-features --test
//! broken_workbooks` writes it again).
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use artisanat_atlas::data::{FACT_COLUMNS, FileError, SheetError, Verdict};
use artisanat_atlas::desk::problem_cells;
use artisanat_atlas::desk::protocol::{CheckRequest, Desk, DeskSummary, Language};
use artisanat_atlas::i18n::{Locale, Msg, file_error_text};
use rust_xlsxwriter::{DocProperties, ExcelDateTime, Format, Formula, Workbook, Worksheet};

fn request(name: &str, locale: Locale) -> CheckRequest {
    let read = |file: &str| std::fs::read_to_string(format!("public/data/{file}")).unwrap();
    CheckRequest {
        name: name.into(),
        codes: read("codes.csv"),
        seeds: read("seeds.csv"),
        published: read("atlas.json"),
        language: Language::of(locale),
    }
}

/// The desk's summary of a file, and its reading notes in `locale`; or the message for a file
/// that gives no table.
fn check(name: &str, bytes: &[u8], locale: Locale) -> Result<(DeskSummary, Vec<String>), String> {
    Desk::check(&request(name, locale), bytes, || 0, |_, _| {})
        .map(|(_, summary, words)| (summary, words.notes))
        .map_err(|error| file_error_text(locale, name, &error))
}

/// Checks that the notes on `bytes` say, in each language, what `said` words.
fn assert_noted(bytes: &[u8], said: impl Fn(Locale) -> String) -> DeskSummary {
    let mut summary = None;
    for locale in Locale::ALL {
        let (checked, notes) = check("classeur.xlsx", bytes, locale).unwrap();
        let expected = said(locale);
        assert!(
            notes.iter().any(|note| note.ends_with(expected.as_str())),
            "{locale:?}: no note “{expected}” in {notes:#?}"
        );
        summary = Some(checked);
    }
    summary.unwrap()
}

/// Where each problem is, in `locale`: its row, column and value.
fn located(summary: &DeskSummary, locale: Locale) -> Vec<[String; 3]> {
    let cells = summary.problems.iter().map(|p| problem_cells(locale, p));
    cells
        .map(|[row, column, value, ..]| [row, column, value])
        .collect()
}

/// One good row of facts at `row`: 1,230.5 million dirhams of exports in the first quarter.
fn fact_row(sheet: &mut Worksheet, row: u32, id: &str) {
    let cells = [
        id,
        "exports_value",
        "total",
        "all",
        "2026-01-01",
        "2026-03-31",
    ];
    for (column, cell) in cells.into_iter().enumerate() {
        sheet.write_string(row, column as u16, cell).unwrap();
    }
    sheet.write_number(row, 6, 1230.5).unwrap();
    sheet.write_string(row, 7, "MAD_million").unwrap();
    sheet
        .write_string(row, 10, "https://example.ma/chiffres")
        .unwrap();
}

fn header_row(sheet: &mut Worksheet, row: u32) {
    for (column, name) in FACT_COLUMNS.into_iter().enumerate() {
        sheet.write_string(row, column as u16, name).unwrap();
    }
}

/// A workbook of one sheet with the header, one good row, and what `edit` adds.
fn workbook(edit: impl FnOnce(&mut Worksheet)) -> Vec<u8> {
    let mut workbook = Workbook::new();
    let sheet = workbook.add_worksheet();
    header_row(sheet, 0);
    fact_row(sheet, 1, "F9001");
    edit(sheet);
    workbook.save_to_buffer().unwrap()
}

fn unreadable(locale: Locale) -> String {
    file_error_text(
        locale,
        "classeur.xlsx",
        &FileError::Sheet(SheetError::Unreadable(String::new())),
    )
}

/// A clerk's table under a title merged across its columns, then a blank row: the header on
/// row 3 (index 2) and a first fact, F9001, on row 4.
fn titled_table(sheet: &mut Worksheet, title: &str) {
    sheet
        .merge_range(0, 0, 0, 12, title, &Format::new())
        .unwrap();
    header_row(sheet, 2);
    fact_row(sheet, 3, "F9001");
}

#[test]
fn a_workbook_cut_anywhere_is_said_unreadable_in_each_language() {
    let whole = workbook(|_| {});
    let cuts = (1..10).map(|tenth| whole.len() * tenth / 10);
    for cut in cuts.chain([whole.len() - 1, 4, 0]) {
        for locale in Locale::ALL {
            let told = check("classeur.xlsx", &whole[..cut], locale).unwrap_err();
            assert_eq!(told, unreadable(locale), "cut at {cut} of {}", whole.len());
        }
    }
    assert_ne!(unreadable(Locale::Fr), unreadable(Locale::En));
    assert_ne!(unreadable(Locale::Ar), unreadable(Locale::En));
}

#[test]
fn the_facts_on_another_sheet_are_found_by_their_header() {
    let mut book = Workbook::new();
    let notes = book.add_worksheet().set_name("Notes").unwrap();
    notes.write_string(0, 0, "Chiffres du trimestre").unwrap();
    let facts = book.add_worksheet().set_name("Feuil2").unwrap();
    header_row(facts, 0);
    fact_row(facts, 1, "F9001");
    let summary = assert_noted(&book.save_to_buffer().unwrap(), |locale| {
        Msg::ReportSheetRead.fill(locale, &[("sheet", "Feuil2")])
    });
    assert_eq!(summary.verdict, Verdict::Complete);
}

#[test]
fn a_workbook_with_no_facts_sheet_names_the_columns_it_lacks() {
    let mut book = Workbook::new();
    let notes = book.add_worksheet().set_name("Notes").unwrap();
    notes.write_string(0, 0, "Chiffres du trimestre").unwrap();
    notes.write_string(1, 0, "à compléter").unwrap();
    let summary = assert_noted(&book.save_to_buffer().unwrap(), |locale| {
        Msg::ReportMissingColumn.fill(locale, &[("column", "source_url")])
    });
    assert_eq!(summary.verdict, Verdict::Empty);
}

#[test]
fn a_merged_title_above_the_header_is_passed_over_and_rows_keep_the_sheets_numbers() {
    let mut book = Workbook::new();
    let sheet = book.add_worksheet();
    titled_table(sheet, "Exportations de l’artisanat, premier trimestre");
    fact_row(sheet, 5, "F9002");
    sheet.write_string(5, 6, "mille deux cents").unwrap();
    let summary = assert_noted(&book.save_to_buffer().unwrap(), |locale| {
        Msg::ReportTitleRows.fill(locale, &[("row", "3")])
    });
    assert_eq!(
        located(&summary, Locale::Fr),
        [["6", "value", "mille deux cents"]],
        "the row as the spreadsheet numbers it, past the blank row 5"
    );
}

#[test]
fn a_header_written_across_merged_cells_names_the_column_left_without_one() {
    let mut book = Workbook::new();
    let sheet = book.add_worksheet();
    header_row(sheet, 0);
    sheet
        .merge_range(0, 4, 0, 5, "Période", &Format::new())
        .unwrap();
    fact_row(sheet, 1, "F9001");
    let bytes = book.save_to_buffer().unwrap();
    assert_noted(&bytes, |locale| {
        Msg::ReportUnnamedColumn.fill(locale, &[("column", "F")])
    });
    assert_noted(&bytes, |locale| {
        let columns = FACT_COLUMNS.join(if locale == Locale::Ar { "، " } else { ", " });
        Msg::ReportUnknownColumn.fill(locale, &[("header", "Période"), ("columns", &columns)])
    });
}

#[test]
fn formulas_are_read_by_their_saved_result_and_an_error_is_located() {
    let bytes = workbook(|sheet| {
        let sum = Formula::new("=1000+230.5").set_result("1230.5");
        sheet.write_formula(1, 6, sum).unwrap();
        fact_row(sheet, 2, "F9002");
        let error = Formula::new("=1/0").set_result("#DIV/0!");
        sheet.write_formula(2, 6, error).unwrap();
    });
    let summary = assert_noted(&bytes, |locale| {
        Msg::ReportFormulasRead.fill(locale, &[("count", "2")])
    });
    assert_eq!(located(&summary, Locale::Fr), [["3", "value", "#DIV/0!"]]);
    let [.., reason, _, _] = problem_cells(Locale::Ar, &summary.problems[0]);
    assert!(reason.chars().any(|c| ('\u{600}'..='\u{6ff}').contains(&c)));
}

#[test]
fn a_formula_saved_without_its_result_is_named() {
    let bytes = workbook(|sheet| {
        sheet.set_formula_result_default("");
        sheet.write_formula(1, 6, "=SUM(G5:G9)").unwrap();
    });
    let summary = assert_noted(&bytes, |locale| {
        Msg::ReportFormulasUncomputed.fill(locale, &[("count", "1"), ("cell", "G2")])
    });
    assert_eq!(summary.verdict, Verdict::Empty, "the value reads as empty");
}

#[test]
fn excel_dates_read_as_days_and_a_date_typed_as_a_number_is_located() {
    let day = Format::new().set_num_format("dd/mm/yyyy");
    let bytes = workbook(|sheet| {
        let start = ExcelDateTime::from_ymd(2026, 1, 1).unwrap();
        sheet
            .write_datetime_with_format(1, 4, &start, &day)
            .unwrap();
        fact_row(sheet, 2, "F9002");
        sheet.write_number(2, 5, 46_112.0).unwrap();
    });
    let (summary, _) = check("classeur.xlsx", &bytes, Locale::Fr).unwrap();
    assert_eq!(
        located(&summary, Locale::Fr),
        [["3", "period_end", "46112"]],
        "the date cell is read, the number is not"
    );
}

#[test]
fn a_stray_cell_at_the_far_corner_is_set_aside_without_filling_the_sheet() {
    let bytes = workbook(|sheet| {
        sheet.write_string(1_048_575, 16_383, "oublié").unwrap();
    });
    assert!(bytes.len() < 10_000);
    let summary = assert_noted(&bytes, |locale| {
        let cell = [("count", "1"), ("cell", "XFD1048576")];
        Msg::ReportCellsOutside.fill(locale, &cell)
    });
    assert_eq!(summary.verdict, Verdict::Complete);
}

#[test]
fn a_stray_cell_at_the_foot_of_the_table_is_located_on_its_row() {
    let bytes = workbook(|sheet| {
        sheet.write_string(1_048_575, 0, "F9999").unwrap();
    });
    let (summary, _) = check("classeur.xlsx", &bytes, Locale::En).unwrap();
    let rows: Vec<_> = located(&summary, Locale::En)
        .into_iter()
        .map(|[row, ..]| row)
        .collect();
    assert!(
        !rows.is_empty() && rows.iter().all(|row| row == "1,048,576"),
        "{rows:?}"
    );
}

#[test]
fn a_file_of_50_megabytes_that_is_no_table_is_said_so_in_each_language() {
    let mut bytes = b"PK\x03\x04".to_vec();
    bytes.resize(50 * 1024 * 1024, 0x5a);
    for locale in Locale::ALL {
        assert_eq!(
            check("classeur.xlsx", &bytes, locale).unwrap_err(),
            unreadable(locale)
        );
    }
    let mut latin1 = b"id,value\n".to_vec();
    latin1.resize(50 * 1024 * 1024, 0xe9);
    let not_utf8 = check("faits.csv", &latin1, Locale::Ar).unwrap_err();
    assert!(
        not_utf8.contains(Msg::ReportNotUtf8.text(Locale::Ar)),
        "{not_utf8}"
    );
}

/// A clerk's workbook as the desk's browser test drops it (tests/e2e/desk.test.mjs): a sheet of
/// notes, then the facts on "Feuil2" under a merged title, a value that a formula computes, a
/// blank row, a formula in error on row 6 and a comment far right of the table.
fn desk_workbook() -> Vec<u8> {
    let mut book = Workbook::new();
    let created = ExcelDateTime::from_ymd(2026, 1, 1).unwrap();
    book.set_properties(&DocProperties::new().set_creation_datetime(&created));
    let notes = book.add_worksheet().set_name("Notes").unwrap();
    notes.write_string(0, 0, "Chiffres du trimestre").unwrap();
    let sheet = book.add_worksheet().set_name("Feuil2").unwrap();
    titled_table(sheet, "Exportations de l’artisanat, premier trimestre 2026");
    let sum = Formula::new("=1000+230.5").set_result("1230.5");
    sheet.write_formula(3, 6, sum).unwrap();
    fact_row(sheet, 5, "F9002");
    let error = Formula::new("=1/0").set_result("#DIV/0!");
    sheet.write_formula(5, 6, error).unwrap();
    sheet.write_string(39, 15, "à vérifier").unwrap();
    book.save_to_buffer().unwrap()
}

#[test]
fn the_desks_workbook_is_read_with_each_note_and_its_problem_located() {
    let bytes = desk_workbook();
    let fixture = "tests/fixtures/clerk_workbook.xlsx";
    if std::env::var_os("UPDATE_FIXTURES").is_some() {
        std::fs::write(fixture, &bytes).unwrap();
    }
    assert_eq!(
        bytes,
        std::fs::read(fixture).unwrap(),
        "the fixture is this workbook"
    );
    for said in [
        |locale| Msg::ReportSheetRead.fill(locale, &[("sheet", "Feuil2")]),
        |locale| Msg::ReportTitleRows.fill(locale, &[("row", "3")]),
        |locale| Msg::ReportFormulasRead.fill(locale, &[("count", "2")]),
        |locale| Msg::ReportCellsOutside.fill(locale, &[("count", "1"), ("cell", "P40")]),
    ] as [fn(Locale) -> String; 4]
    {
        assert_noted(&bytes, said);
    }
    let (summary, _) = check("classeur.xlsx", &bytes, Locale::Fr).unwrap();
    assert_eq!(located(&summary, Locale::Fr), [["6", "value", "#DIV/0!"]]);
}
