//! `atlas-data` as a ministry data clerk runs it on an edited copy of the facts: a table with a
//! rejected row, a semicolon-separated table or a growth rate without its comparison period is
//! refused with each problem located and explained in the clerk's language, and nothing is
//! written, unless the clerk accepts publishing without the rejected rows.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// A copy of `public/data` in a folder of its own, where the command runs.
struct Desk {
    root: PathBuf,
}

impl Desk {
    fn new(name: &str) -> Desk {
        let root = std::env::temp_dir().join(format!("atlas-data-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&root);
        copy_dir(Path::new("public/data"), &root.join("public/data"));
        Desk { root }
    }

    fn facts(&self) -> PathBuf {
        self.root.join("public/data/facts.csv")
    }

    fn edit_facts(&self, edit: impl FnOnce(String) -> String) {
        let text = std::fs::read_to_string(self.facts()).unwrap();
        std::fs::write(self.facts(), edit(text)).unwrap();
    }

    fn dataset(&self) -> String {
        std::fs::read_to_string(self.root.join("public/data/atlas.json")).unwrap()
    }

    fn run(&self, args: &[&str]) -> (bool, String) {
        let Output { status, stderr, .. } = Command::new(env!("CARGO_BIN_EXE_atlas-data"))
            .args(args)
            .current_dir(&self.root)
            .output()
            .unwrap();
        (status.success(), String::from_utf8(stderr).unwrap())
    }
}

impl Drop for Desk {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.root);
    }
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        match entry.file_type().unwrap().is_dir() {
            true => copy_dir(&entry.path(), &target),
            false => drop(std::fs::copy(entry.path(), target).unwrap()),
        }
    }
}

/// The row a clerk adds, with `value` and `change` in their cells.
fn clerk_row(id: &str, value: &str, change: &str) -> String {
    format!(
        "{id},exports_value,total,all,2026-01-01,2026-03-31,{value},MAD_million,{change},,https://example.ma/chiffres,2026-04,\n"
    )
}

fn rows_in(text: &str) -> usize {
    text.lines().count()
}

#[test]
fn the_published_facts_pass_the_check() {
    let desk = Desk::new("published");
    let (ok, report) = desk.run(&["check"]);
    assert!(ok, "{report}");
}

#[test]
fn a_rejected_row_fails_the_build_names_its_row_column_value_and_fix_and_writes_nothing() {
    let desk = Desk::new("rejected");
    let before = desk.dataset();
    desk.edit_facts(|text| text + &clerk_row("F9001", "12;5", ""));
    let row = rows_in(&std::fs::read_to_string(desk.facts()).unwrap());
    let (ok, report) = desk.run(&["build"]);
    assert!(!ok, "the build fails");
    assert!(
        report.contains(&format!(
            "public/data/facts.csv, ligne {row}, colonne value, valeur « 12;5 » : nombre invalide. Écrivez un nombre"
        )),
        "{report}"
    );
    assert!(
        report.contains("Rien n’est publié : 1 problème laisserait une ligne de côté"),
        "{report}"
    );
    assert_eq!(desk.dataset(), before, "nothing is written");
    let (ok, report) = desk.run(&["check"]);
    assert!(
        !ok && report.contains("Rien n’est publié"),
        "the check applies the same rule: {report}"
    );
    let (_, english) = desk.run(&["build", "--lang", "en"]);
    assert!(
        english.contains(&format!(
            "row {row}, column value, value “12;5”: invalid number. Write a number"
        )),
        "{english}"
    );
    let (_, arabic) = desk.run(&["build", "--lang", "ar"]);
    assert!(
        arabic.contains(&format!("السطر {row}")) && arabic.contains("لم يُنشر شيء"),
        "{arabic}"
    );
}

#[test]
fn accepting_rejections_publishes_without_them_and_says_so() {
    let desk = Desk::new("accepted");
    let before = desk.dataset();
    desk.edit_facts(|text| text + &clerk_row("F9001", "12;5", "") + &clerk_row("F9002", "240", ""));
    let (ok, report) = desk.run(&["build", "--accept-rejections"]);
    assert!(ok, "{report}");
    assert!(
        report.contains("Publié sans la ligne que 1 problème écarte"),
        "{report}"
    );
    let after = desk.dataset();
    assert_ne!(after, before);
    assert!(after.contains("F9002") && !after.contains("F9001"));
}

#[test]
fn a_growth_rate_without_its_comparison_period_is_refused() {
    let desk = Desk::new("growth");
    desk.edit_facts(|text| text + &clerk_row("F9003", "610", "12"));
    let (ok, report) = desk.run(&["build"]);
    assert!(!ok, "{report}");
    assert!(report.contains("colonne change_basis"), "{report}");
    assert!(
        report.contains(
            "taux de croissance sans période de référence. Indiquez la période de comparaison"
        ),
        "{report}"
    );
}

#[test]
fn a_semicolon_separated_table_with_french_headers_and_numbers_is_read_and_said() {
    let desk = Desk::new("semicolons");
    desk.edit_facts(|text| {
        // The facts as French-language Excel saves them: semicolons, CRLF, a byte-order mark,
        // headers written by hand and a column of the clerk's own.
        let mut reader = csv::Reader::from_reader(text.as_bytes());
        let mut writer = csv::WriterBuilder::new()
            .delimiter(b';')
            .terminator(csv::Terminator::CRLF)
            .from_writer(Vec::new());
        let header: Vec<String> = reader.headers().unwrap().iter().map(|name| match name {
            "value" => "Valeur".to_owned(),
            "period_start" => "Début de période".to_owned(),
            other => other.to_owned(),
        }).collect();
        writer.write_record(header.iter().map(String::as_str).chain(["Région"])).unwrap();
        for row in reader.records() {
            writer.write_record(row.unwrap().iter().chain([""])).unwrap();
        }
        let clerk = "F9004;exports_value;total;all;01/01/2026;mars 2026;1 230,5;MAD_million;+12 %;vs Jan-Mar 2025;https://example.ma/chiffres;2026-04;;Casablanca";
        writer.write_record(clerk.split(';')).unwrap();
        format!("\u{feff}{}", String::from_utf8(writer.into_inner().unwrap()).unwrap())
    });
    let (ok, report) = desk.run(&["build"]);
    assert!(ok, "{report}");
    assert!(
        report.contains("facts.csv : Colonnes séparées par des points-virgules"),
        "{report}"
    );
    assert!(
        report.contains("Colonne « Valeur » lue comme value."),
        "{report}"
    );
    assert!(
        report.contains("Colonne « Début de période » lue comme period_start."),
        "{report}"
    );
    assert!(
        report.contains("Colonne « Région » inconnue : ses cellules ne sont pas lues."),
        "{report}"
    );
    let dataset = desk.dataset();
    assert!(dataset.contains("F0821"), "every published row is kept");
    assert!(
        dataset.contains(r#"["F9004","exports_value","total","all","2026-01-01","2026-03-31",1230.5,"MAD_million""#),
        "the clerk's row is read as meant"
    );
}

#[test]
fn a_header_no_column_answers_to_publishes_nothing_and_names_the_missing_column() {
    let desk = Desk::new("renamed");
    let before = desk.dataset();
    desk.edit_facts(|text| text.replacen("value,unit", "montant total,unit", 1));
    let (ok, report) = desk.run(&["build", "--accept-rejections"]);
    assert!(!ok, "{report}");
    assert!(
        report.contains("Colonne « montant total » inconnue"),
        "{report}"
    );
    assert!(
        report.contains("Colonne value absente : ajoutez-la"),
        "{report}"
    );
    assert!(
        report.contains("Rien n’est publié : aucune ligne n’a pu être lue"),
        "{report}"
    );
    assert_eq!(desk.dataset(), before);
}

#[test]
fn an_unknown_option_is_refused_with_the_usage() {
    let desk = Desk::new("usage");
    let (ok, report) = desk.run(&["build", "--lang", "de"]);
    assert!(
        !ok && report.contains("usage: atlas-data build|check"),
        "{report}"
    );
}

/// The published facts, and a clerk's row with Excel dates and a formula, in a workbook whose
/// first sheet holds notes and whose facts sheet is named "Faits".
fn clerk_workbook(path: &Path) {
    use rust_xlsxwriter::{ExcelDateTime, Format, Formula, Workbook};
    let mut workbook = Workbook::new();
    let notes = workbook.add_worksheet().set_name("Notes").unwrap();
    notes
        .write_string(0, 0, "Chiffres du premier trimestre")
        .unwrap();
    let facts = workbook.add_worksheet().set_name("Faits").unwrap();
    let text = std::fs::read_to_string("public/data/facts.csv").unwrap();
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    for (column, name) in reader.headers().unwrap().iter().enumerate() {
        facts.write_string(0, column as u16, name).unwrap();
    }
    let mut row = 1;
    for record in reader.records() {
        for (column, cell) in record.unwrap().iter().enumerate() {
            facts.write_string(row, column as u16, cell).unwrap();
        }
        row += 1;
    }
    let day = Format::new().set_num_format("dd/mm/yyyy");
    let cells = ["F9005", "exports_value", "total", "all"];
    for (column, cell) in cells.iter().enumerate() {
        facts.write_string(row, column as u16, *cell).unwrap();
    }
    let start = ExcelDateTime::from_ymd(2026, 1, 1).unwrap();
    let end = ExcelDateTime::from_ymd(2026, 3, 31).unwrap();
    facts
        .write_datetime_with_format(row, 4, &start, &day)
        .unwrap();
    facts
        .write_datetime_with_format(row, 5, &end, &day)
        .unwrap();
    facts
        .write_formula(row, 6, Formula::new("=1000+230.5").set_result("1230.5"))
        .unwrap();
    facts.write_string(row, 7, "MAD_million").unwrap();
    facts
        .write_string(row, 10, "https://example.ma/chiffres")
        .unwrap();
    workbook.save(path).unwrap();
}

#[test]
fn a_workbook_is_read_from_its_facts_sheet_and_published_as_the_templates_csv() {
    let desk = Desk::new("workbook");
    let workbook = desk.root.join("trimestre.xlsx");
    clerk_workbook(&workbook);
    let path = workbook.to_str().unwrap();
    let (ok, report) = desk.run(&["build", "--facts", path]);
    assert!(ok, "{report}");
    assert!(
        report.contains("Feuille « Faits » du classeur lue."),
        "{report}"
    );
    let dataset = desk.dataset();
    assert!(
        dataset.contains(r#"["F9005","exports_value","total","all","2026-01-01","2026-03-31",1230.5,"MAD_million""#),
        "dates and the formula's result read as shown"
    );
    let facts = std::fs::read_to_string(desk.facts()).unwrap();
    assert!(
        facts.contains("F9005,exports_value,total,all,2026-01-01,2026-03-31,1230.5,MAD_million")
    );
    let (ok, report) = desk.run(&["check"]);
    assert!(
        ok,
        "facts.csv, written in the template's form, gives the same atlas.json: {report}"
    );
}

#[test]
fn a_truncated_workbook_is_refused_with_a_translated_message() {
    let desk = Desk::new("truncated");
    let before = desk.dataset();
    let workbook = desk.root.join("abime.xlsx");
    clerk_workbook(&workbook);
    let bytes = std::fs::read(&workbook).unwrap();
    std::fs::write(&workbook, &bytes[..bytes.len() / 2]).unwrap();
    let (ok, report) = desk.run(&[
        "build",
        "--facts",
        workbook.to_str().unwrap(),
        "--lang",
        "en",
    ]);
    assert!(!ok);
    assert!(
        report.contains("The workbook cannot be read (truncated, protected or of another format)"),
        "{report}"
    );
    assert_eq!(desk.dataset(), before);
}

#[test]
fn the_templates_csv_and_workbook_hold_the_same_published_fact() {
    use artisanat_atlas::data::{
        Codes, FactsTable, read_facts_table, sheet_as_table, write_dataset,
    };
    let csv = std::fs::read_to_string("public/data/template.csv").unwrap();
    let workbook = sheet_as_table(&std::fs::read("public/data/template.xlsx").unwrap()).unwrap();
    assert_eq!(workbook.sheet.name, "Faits");
    let read = |text: &str| {
        let FactsTable {
            loaded, reading, ..
        } = read_facts_table(text, Codes::default(), "");
        assert!(
            loaded.issues.is_empty() && reading.renamed.is_empty(),
            "{:?}",
            loaded.issues
        );
        write_dataset(&loaded.dataset).unwrap()
    };
    assert_eq!(read(&workbook.text), read(&csv));
    let example = csv.lines().nth(1).unwrap();
    assert!(
        std::fs::read_to_string("public/data/facts.csv")
            .unwrap()
            .contains(example),
        "a published fact"
    );
}
