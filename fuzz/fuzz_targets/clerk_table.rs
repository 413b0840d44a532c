//! Any bytes, read as a workbook (its sheet chosen by its header, cells set aside, formulas
//! counted) and as a facts table a clerk saved (any separator, a title above the header,
//! headers by synonym, French numbers, dates as days or months), then each problem located in
//! the table and worded in the three languages, and the verdict on publishing: nothing may panic, loop or
//! blow up (`cargo +nightly fuzz run clerk_table`).
#![no_main]

use artisanat_atlas::data::{
    Codes, FactsTable, Verdict, clerk_date, clerk_number, column_named, read_facts_table,
    sheet_as_table,
};
use artisanat_atlas::i18n::{Locale, issue_report_line, sheet_reading_notes, table_reading_notes};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(table) = sheet_as_table(data) {
        for locale in Locale::ALL {
            sheet_reading_notes(locale, "faits.xlsx", &table.sheet);
        }
        read_table(&table.text);
    }
    if let Ok(text) = std::str::from_utf8(data) {
        read_table(text);
    }
});

fn read_table(text: &str) {
    let FactsTable {
        loaded,
        reading,
        index,
    } = read_facts_table(text, Codes::default(), "");
    for locale in Locale::ALL {
        table_reading_notes(locale, "facts.csv", &reading);
        for issue in &loaded.issues {
            issue_report_line(locale, "facts.csv", &index.locate(issue), issue.kind);
        }
    }
    Verdict::of(&loaded).allows(true);
    for cell in text.split([',', ';', '\n']) {
        clerk_number(cell);
        clerk_date(cell, true);
        column_named(cell);
    }
}
