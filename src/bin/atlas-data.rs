//! Keeps the bundled dataset in step with the sourced facts.
//!
//! `atlas-data build` reads `public/data/facts.csv`, `codes.csv` and `seeds.csv`, checks every
//! record and writes `public/data/atlas.json` and its headline facts alone (`headline.json`,
//! what the home page reads); it then checks the hand-written crafts catalogue
//! (`catalogue.source.json`) against them and writes `catalogue.json` and its families alone
//! (`families.json`, what the home page reads). When `atlas.json`
//! changes, the file it replaces is kept under `data/v/<version>/` and listed in
//! `versions.json`, so embeds pinned to it keep their figures. `atlas-data check` prints every
//! problem found and fails when a JSON file is out of date or a kept version is missing.
//!
//! Both refuse facts that would be published partially: a row left out (or a growth rate that
//! compares with nothing) fails the command and writes nothing, unless `--accept-rejections`
//! says to publish without those rows; facts with no row that can be read always fail. Each
//! problem is named with its file, row, column and value, the reason and how to fix it, in
//! French or in the language `--lang ar|en` asks for.

use artisanat_atlas::data::{
    Catalogue, Checked, DataVersion, Dataset, Date, FACT_COLUMNS, FamilyMarks, Verdict,
    VersionIndex, clerk_number, codes_from_csv, file_as_table, parse_dataset, read_facts_table,
    seed_table, table_csv, template_example, write_cut, write_dataset,
};
use artisanat_atlas::i18n::{
    Locale, Msg, Plural, file_error_text, issue_report_line, sheet_reading_notes,
    table_reading_notes,
};
use artisanat_atlas::stats::headline_facts;
use std::path::Path;
use std::process::ExitCode;

const FACTS_CSV: &str = "public/data/facts.csv";
const CODES_CSV: &str = "public/data/codes.csv";
const SEEDS_CSV: &str = "public/data/seeds.csv";
const DATASET_JSON: &str = "public/data/atlas.json";
const HEADLINE_JSON: &str = "public/data/headline.json";
const CATALOGUE_SOURCE: &str = "public/data/catalogue.source.json";
const CATALOGUE_JSON: &str = "public/data/catalogue.json";
const FAMILIES_JSON: &str = "public/data/families.json";
const TEMPLATE_CSV: &str = "public/data/template.csv";
const TEMPLATE_XLSX: &str = "public/data/template.xlsx";
const PUBLIC: &str = "public";

/// What the command line asks for.
struct Options {
    /// `build` or `check`.
    command: String,
    /// The language of the problems and the verdict.
    locale: Locale,
    /// Publish without the rows that cannot be published.
    accept_rejections: bool,
    /// A table to publish instead of `facts.csv` (CSV, .xlsx, .ods or .xls); `build` then
    /// writes it to `facts.csv` in the template's form.
    facts: Option<String>,
}

const USAGE: &str =
    "usage: atlas-data build|check [--lang fr|ar|en] [--accept-rejections] [--facts <table>]";

fn options() -> Result<Options, String> {
    let mut options = Options {
        command: String::new(),
        locale: Locale::Fr,
        accept_rejections: false,
        facts: None,
    };
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--lang" => {
                let tag = args.next().unwrap_or_default();
                options.locale = Locale::from_tag(&tag)
                    .ok_or_else(|| format!("{USAGE} (not a language: {tag})"))?;
            }
            "--accept-rejections" => options.accept_rejections = true,
            "--facts" => options.facts = Some(args.next().ok_or(USAGE)?),
            "build" | "check" if options.command.is_empty() => options.command = arg,
            _ => return Err(USAGE.to_owned()),
        }
    }
    Ok(options)
}

fn main() -> ExitCode {
    let result = options().and_then(|options| match options.command.as_str() {
        "build" => build(&options),
        "check" => check(&options),
        _ => Err(USAGE.to_owned()),
    });
    match result {
        Ok(message) => {
            println!("{message}");
            ExitCode::SUCCESS
        }
        Err(message) => {
            eprintln!("atlas-data: {message}");
            ExitCode::FAILURE
        }
    }
}

fn read(path: &str) -> Result<String, String> {
    std::fs::read_to_string(path).map_err(|e| format!("cannot read {path}: {e}"))
}

/// The files the sources produce, each with its path (the two JSON files, and `facts.csv` in
/// the template's form when another table is given), after printing how the table was read and
/// every problem found in it, located; facts that would be published partially fail unless
/// `options` accept it, and facts with no row that can be read always fail; a problem in the
/// catalogue fails.
fn generate(options: &Options) -> Result<Vec<(&'static str, Vec<u8>)>, String> {
    let code_table = read(CODES_CSV)?;
    let seeds = read(SEEDS_CSV)?;
    let locale = options.locale;
    let (file, facts) = match &options.facts {
        Some(path) => (path.as_str(), read_table(path, locale)?),
        None => (FACTS_CSV, read(FACTS_CSV)?),
    };
    let checked = Checked::of(read_facts_table(
        &facts,
        codes_from_csv(&code_table)?,
        &seeds,
    ));
    report(locale, file, &checked);
    judge(options, &checked.verdict)?;
    let loaded = &checked.table.loaded;
    let cannot_write = |e: serde_json::Error| format!("cannot write JSON: {e}");
    let dataset = write_dataset(&loaded.dataset).map_err(cannot_write)?;
    let whole = DataVersion::of(dataset.as_bytes());
    let headline = write_cut(&headline_facts(&loaded.dataset), &whole).map_err(cannot_write)?;
    let (catalogue, families) = catalogue(&loaded.dataset, &seeds)?;
    let published = options.facts.as_ref().map(|_| checked.published_rows());
    let example = match &published {
        Some(rows) => template_example(rows),
        None => template_example(checked.table.index.rows()),
    }
    .ok_or("no row to show in the template")?;
    let mut files = vec![
        (DATASET_JSON, dataset.into_bytes()),
        (HEADLINE_JSON, headline.into_bytes()),
        (CATALOGUE_JSON, catalogue.into_bytes()),
        (FAMILIES_JSON, families.into_bytes()),
        (TEMPLATE_CSV, table_csv([&example]).into_bytes()),
        (TEMPLATE_XLSX, template_workbook(&example, &code_table)?),
    ];
    files.extend(published.map(|rows| (FACTS_CSV, table_csv(&rows).into_bytes())));
    Ok(files)
}

/// The template as a workbook: a "Faits" sheet with the columns and the example row (its
/// amounts as numbers, its dates as date cells), and a "Codes" sheet with the code tables.
/// Written with fixed document dates, so the same sources give the same bytes.
fn template_workbook(example: &[String; 13], codes: &str) -> Result<Vec<u8>, String> {
    use rust_xlsxwriter::{DocProperties, ExcelDateTime, Format, Workbook, XlsxError};
    let write = || -> Result<Vec<u8>, XlsxError> {
        let mut workbook = Workbook::new();
        let created = ExcelDateTime::from_ymd(2026, 1, 1)?;
        workbook.set_properties(&DocProperties::new().set_creation_datetime(&created));
        let (bold, day) = (
            Format::new().set_bold(),
            Format::new().set_num_format("dd/mm/yyyy"),
        );
        let facts = workbook.add_worksheet().set_name("Faits")?;
        for (column, (name, cell)) in FACT_COLUMNS.iter().zip(example).enumerate() {
            let column = u16::try_from(column).unwrap_or_default();
            facts.write_string_with_format(0, column, *name, &bold)?;
            let date = Date::parse(cell)
                .map(|d| ExcelDateTime::from_ymd(d.year() as u16, d.month(), d.day()));
            match (clerk_number(cell), date) {
                (_, Some(date)) => facts.write_datetime_with_format(1, column, &date?, &day)?,
                (Some(number), None) if *name != "id" => facts.write_number(1, column, number)?,
                _ => facts.write_string(1, column, cell)?,
            };
            facts.set_column_width(column, 16)?;
        }
        let table = workbook.add_worksheet().set_name("Codes")?;
        for (row, line) in csv::Reader::from_reader(codes.as_bytes())
            .records()
            .enumerate()
        {
            let row = u32::try_from(row + 1).unwrap_or_default();
            for (column, cell) in line.iter().flatten().enumerate() {
                table.write_string(row, u16::try_from(column).unwrap_or_default(), cell)?;
            }
        }
        for (column, name) in ["kind", "code", "fr", "ar", "en"].iter().enumerate() {
            table.write_string_with_format(0, column as u16, *name, &bold)?;
        }
        workbook.save_to_buffer()
    };
    write().map_err(|e| format!("cannot write {TEMPLATE_XLSX}: {e}"))
}

/// Prints how the table in `file` was read, then each problem found in it, located.
fn report(locale: Locale, file: &str, checked: &Checked) {
    for note in table_reading_notes(locale, file, &checked.table.reading) {
        eprintln!("{note}");
    }
    for problem in checked.problems() {
        eprintln!(
            "{}",
            issue_report_line(locale, file, &problem.location, problem.kind)
        );
    }
}

/// Refuses facts that would be published partially, unless `options` accept it (then says so),
/// and facts with no row that can be read.
fn judge(options: &Options, verdict: &Verdict) -> Result<(), String> {
    let locale = options.locale;
    match *verdict {
        Verdict::Complete => Ok(()),
        Verdict::Partial { refused } if options.accept_rejections => {
            eprintln!(
                "{}",
                Plural::ReportPublishedPartial.fill(locale, refused, &[])
            );
            Ok(())
        }
        Verdict::Partial { refused } => {
            Err(Plural::ReportRefusedPartial.fill(locale, refused, &[]))
        }
        Verdict::Empty => Err(Msg::ReportRefusedEmpty.text(locale).to_owned()),
    }
}

/// A clerk's table as text: a spreadsheet's facts sheet (said), or a text file as it is.
fn read_table(path: &str, locale: Locale) -> Result<String, String> {
    let bytes = std::fs::read(path).map_err(|e| format!("cannot read {path}: {e}"))?;
    let table = file_as_table(path, &bytes).map_err(|e| file_error_text(locale, path, &e))?;
    for note in table
        .sheet
        .iter()
        .flat_map(|sheet| sheet_reading_notes(locale, path, sheet))
    {
        eprintln!("{note}");
    }
    Ok(table.text)
}

/// `catalogue.json` and the home page's `families.json`, from the hand-written catalogue.
fn catalogue(dataset: &Dataset, seeds: &str) -> Result<(String, String), String> {
    let catalogue = Catalogue::build(&read(CATALOGUE_SOURCE)?, dataset, &seed_table(seeds))
        .map_err(|problems| format!("{CATALOGUE_SOURCE}:\n  {}", problems.join("\n  ")))?;
    let cannot_write = |e: serde_json::Error| format!("cannot write JSON: {e}");
    Ok((
        catalogue.to_json().map_err(cannot_write)?,
        FamilyMarks::of(&catalogue)
            .to_json()
            .map_err(cannot_write)?,
    ))
}

fn build(options: &Options) -> Result<String, String> {
    let mut written = Vec::new();
    for (path, bytes) in generate(options)? {
        if path == DATASET_JSON {
            written.extend(keep_replaced_version(&String::from_utf8_lossy(&bytes))?);
        }
        std::fs::write(path, &bytes).map_err(|e| format!("cannot write {path}: {e}"))?;
        written.push(format!("wrote {path} ({} bytes)", bytes.len()));
    }
    Ok(written.join("\n"))
}

fn public(path: &str) -> String {
    format!("{PUBLIC}/{path}")
}

/// The index of versions, empty before the first build that writes one.
fn version_index() -> Result<VersionIndex, String> {
    let path = public(artisanat_atlas::data::VERSIONS_FILE);
    if !Path::new(&path).exists() {
        return Ok(VersionIndex::default());
    }
    VersionIndex::parse(&read(&path)?).ok_or_else(|| format!("{path} is not a version index"))
}

/// Before `atlas.json` is replaced by `next`, copies the current file to its version's folder
/// (when it differs) and lists the new current version in the index.
fn keep_replaced_version(next: &str) -> Result<Vec<String>, String> {
    let mut written = Vec::new();
    if Path::new(DATASET_JSON).exists() {
        let current = read(DATASET_JSON)?;
        let version = DataVersion::of(current.as_bytes());
        let kept = public(&version.kept_path());
        if current != next && !Path::new(&kept).exists() {
            let folder = Path::new(&kept)
                .parent()
                .ok_or("no folder for the kept version")?;
            std::fs::create_dir_all(folder)
                .map_err(|e| format!("cannot create {folder:?}: {e}"))?;
            std::fs::write(&kept, &current).map_err(|e| format!("cannot write {kept}: {e}"))?;
            written.push(format!("kept the replaced version in {kept}"));
        }
    }
    let index = version_index()?.publish(DataVersion::of(next.as_bytes()));
    let path = public(artisanat_atlas::data::VERSIONS_FILE);
    std::fs::write(&path, index.to_json()).map_err(|e| format!("cannot write {path}: {e}"))?;
    written.push(format!("wrote {path} (current {})", index.current));
    Ok(written)
}

/// The index names the current file, and every kept version is there, unchanged and readable.
fn check_versions(dataset: &str) -> Result<(), String> {
    let index = version_index()?;
    let current = DataVersion::of(dataset.as_bytes());
    if index.current != current {
        return Err(format!(
            "{} names {} as current, but {DATASET_JSON} is {current}: run `atlas-data build`",
            artisanat_atlas::data::VERSIONS_FILE,
            index.current
        ));
    }
    for version in &index.kept {
        let path = public(&version.kept_path());
        let text = read(&path)?;
        if DataVersion::of(text.as_bytes()) != *version {
            return Err(format!(
                "{path} was changed: a kept version must stay as published"
            ));
        }
        parse_dataset(&text).map_err(|e| format!("{path} can no longer be read: {e}"))?;
    }
    Ok(())
}

fn check(options: &Options) -> Result<String, String> {
    for (path, expected) in generate(options)? {
        let found = std::fs::read(path).map_err(|e| format!("cannot read {path}: {e}"))?;
        if found != expected {
            return Err(format!(
                "{path} is out of date: run `cargo run --no-default-features --bin atlas-data -- build`"
            ));
        }
        if path == DATASET_JSON {
            check_versions(&String::from_utf8_lossy(&expected))?;
        }
    }
    Ok(format!(
        "{DATASET_JSON}, {HEADLINE_JSON}, {CATALOGUE_JSON}, {FAMILIES_JSON} and the templates are up to date with {FACTS_CSV}, {CODES_CSV} and {CATALOGUE_SOURCE}; every kept version is readable"
    ))
}
