//! The data desk's logic, pure: a clerk's file read and judged by the rules of `atlas-data`
//! ([`check_file`]), its problems as a downloadable report ([`report_csv`]), what would be
//! published ([`Publication`]), and every headline figure, chart table and market computed
//! from it beside the published ones ([`compare`]). The page (`ui::pages::desk`) only shows
//! these.

pub mod compare;
pub mod protocol;
mod report;

pub use compare::{ComparedCell, ComparedRow, ComparedTable, preview_comparison};
pub use report::{ProblemColumn, ProblemOrder, problem_cells, report_csv, sorted_problems};

use crate::data::{
    Checked, Codes, FileError, Loaded, Problem, SheetRead, Verdict, file_as_table,
    read_facts_table_reporting, table_csv, write_dataset,
};

/// The largest file the desk reads: a table of this size holds about a million rows, which the
/// page reads in about a gigabyte of the tab's memory (measured in the README); larger ones
/// are refused before reading, with this limit named.
pub const MAX_FILE_BYTES: usize = 64 * 1024 * 1024;

/// A clerk's file read and judged.
pub struct DeskCheck {
    /// The sheet read, for a workbook.
    pub sheet: Option<SheetRead>,
    /// The facts and the verdict.
    pub checked: Checked,
    /// Every problem, located.
    pub problems: Vec<Problem>,
}

/// Reads the file `name` (its `bytes`) with the code tables and seed outlets, as `atlas-data
/// --facts` does, telling `progress` how many of its rows it has read, and of how many.
pub fn check_file(
    name: &str,
    bytes: &[u8],
    codes: Codes,
    seeds: &str,
    mut progress: impl FnMut(usize, usize),
) -> Result<DeskCheck, FileError> {
    let table = file_as_table(name, bytes)?;
    let rows = table.text.lines().count().saturating_sub(1);
    let facts = read_facts_table_reporting(&table.text, codes, seeds, |read| progress(read, rows));
    let checked = Checked::of(facts);
    let problems = checked.problems();
    Ok(DeskCheck {
        sheet: table.sheet,
        checked,
        problems,
    })
}

impl DeskCheck {
    /// The facts as read.
    pub fn loaded(&self) -> &Loaded {
        &self.checked.table.loaded
    }

    /// What publishing gives, when the verdict allows it (`accept_partial` accepting rows left
    /// out, as `--accept-rejections` does).
    pub fn publication(&self, accept_partial: bool) -> Option<Publication> {
        if !self.checked.verdict.allows(accept_partial) {
            return None;
        }
        let atlas_json = write_dataset(&self.loaded().dataset).ok()?;
        Some(Publication {
            atlas_json,
            facts_csv: table_csv(&self.checked.published_rows()),
        })
    }

    /// The verdict on publishing.
    pub fn verdict(&self) -> &Verdict {
        &self.checked.verdict
    }
}

/// The files to publish, as `atlas-data build --facts` writes them.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Publication {
    /// The dataset the app reads (`public/data/atlas.json`).
    pub atlas_json: String,
    /// The table in the template's form (`public/data/facts.csv`).
    pub facts_csv: String,
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::{codes_from_csv, parse_dataset};

    const CODES: &str = include_str!("../../public/data/codes.csv");
    const SEEDS: &str = include_str!("../../public/data/seeds.csv");
    const FACTS: &str = include_str!("../../public/data/facts.csv");

    fn check(name: &str, bytes: &[u8]) -> DeskCheck {
        check_file(
            name,
            bytes,
            codes_from_csv(CODES).unwrap(),
            SEEDS,
            |_, _| {},
        )
        .unwrap()
    }

    #[test]
    fn the_published_facts_give_the_published_dataset_byte_for_byte() {
        let desk = check("facts.csv", FACTS.as_bytes());
        assert_eq!(desk.verdict(), &Verdict::Complete);
        let publication = desk.publication(false).unwrap();
        assert_eq!(
            publication.atlas_json,
            include_str!("../../public/data/atlas.json")
        );
        assert!(parse_dataset(&publication.atlas_json).is_ok());
    }

    #[test]
    fn a_partial_table_is_published_only_when_its_rejections_are_accepted() {
        let broken = FACTS.replacen(",MAD_million,", ",MAD_million,,x,", 1);
        let desk = check("facts.csv", broken.as_bytes());
        assert!(matches!(desk.verdict(), Verdict::Partial { .. }));
        assert!(desk.publication(false).is_none());
        let publication = desk.publication(true).unwrap();
        assert!(publication.facts_csv.lines().count() < FACTS.lines().count());
        assert!(!desk.problems.is_empty());
        assert!(desk.problems[0].location.row.is_some());
    }

    #[test]
    fn a_semicolon_file_reads_as_the_comma_one() {
        let semicolons = "id;metric;dimension;dimension_value;period_start;period_end;value;unit;change_pct;change_basis;source_url;source_date;note\nF1;exports_value;total;all;01/01/2024;31/12/2024;1 100,5;MAD_million;;;https://example.ma/a;2025-01;\n";
        let desk = check("faits.csv", semicolons.as_bytes());
        assert_eq!(desk.checked.table.reading.delimiter, b';');
        assert_eq!(desk.verdict(), &Verdict::Complete);
        assert_eq!(desk.loaded().dataset.observations()[0].value, 1100.5);
    }

    #[test]
    fn a_workbook_is_read_from_its_facts_sheet() {
        let desk = check(
            "modele.xlsx",
            include_bytes!("../../public/data/template.xlsx"),
        );
        assert_eq!(
            desk.sheet.as_ref().map(|sheet| sheet.name.as_str()),
            Some("Faits")
        );
        assert_eq!(desk.loaded().dataset.observations().len(), 1);
    }
}
