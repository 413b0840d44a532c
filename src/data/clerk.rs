//! Facts tables as clerks have them: comma-, semicolon- or tab-separated, with or without a
//! byte-order mark, headers written by hand ("Valeur", "Début de période"), numbers in French
//! style ("1 230,5", "12 %") and dates as `2025-01-31`, `31/01/2025` or a month ("janvier
//! 2025"). Reads them into the facts table's columns and says what it did, so that a table a
//! spreadsheet saved is read as its author meant it, and every guess is reported. Pure.

use super::Date;

/// The facts table's columns, in the template's order.
pub const FACT_COLUMNS: [&str; 13] = [
    "id",
    "metric",
    "dimension",
    "dimension_value",
    "period_start",
    "period_end",
    "value",
    "unit",
    "change_pct",
    "change_basis",
    "source_url",
    "source_date",
    "note",
];

/// Columns a row cannot be read without.
const REQUIRED: [&str; 7] = [
    "id",
    "metric",
    "dimension",
    "dimension_value",
    "value",
    "unit",
    "source_url",
];

/// Headers clerks write for each column, folded (lower case, no accents, `_` for spaces):
/// French, English and Arabic words.
const SYNONYMS: [(&str, &[&str]); 13] = [
    (
        "id",
        &[
            "identifiant",
            "identifier",
            "ref",
            "reference_ligne",
            "المعرف",
        ],
    ),
    (
        "metric",
        &["indicateur", "metrique", "mesure", "indicator", "المؤشر"],
    ),
    ("dimension", &["ventilation", "axe", "breakdown", "التوزيع"]),
    (
        "dimension_value",
        &["valeur_de_ventilation", "cle", "code", "key", "الرمز"],
    ),
    (
        "period_start",
        &[
            "debut",
            "debut_de_periode",
            "debut_periode",
            "date_debut",
            "start",
            "period_start_date",
            "بداية_الفترة",
        ],
    ),
    (
        "period_end",
        &[
            "fin",
            "fin_de_periode",
            "fin_periode",
            "date_fin",
            "end",
            "نهاية_الفترة",
        ],
    ),
    ("value", &["valeur", "montant", "amount", "القيمة"]),
    ("unit", &["unite", "units", "الوحدة"]),
    (
        "change_pct",
        &[
            "variation",
            "variation_%",
            "evolution",
            "evolution_%",
            "taux_de_croissance",
            "croissance",
            "growth",
            "change",
            "التطور",
        ],
    ),
    (
        "change_basis",
        &[
            "base_de_comparaison",
            "periode_de_comparaison",
            "comparaison",
            "basis",
            "compared_with",
            "أساس_المقارنة",
        ],
    ),
    (
        "source_url",
        &["source", "url", "lien", "adresse_source", "link", "المصدر"],
    ),
    (
        "source_date",
        &[
            "date_source",
            "date_de_la_source",
            "date_de_publication",
            "publication_date",
            "تاريخ_المصدر",
        ],
    ),
    (
        "note",
        &[
            "notes",
            "remarque",
            "remarques",
            "commentaire",
            "commentaires",
            "comment",
            "ملاحظة",
        ],
    ),
];

/// How a table was read: what a clerk is told before the rows' problems.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct TableReading {
    /// The separator found in the header: `,`, `;` or a tab.
    pub delimiter: u8,
    /// Each header that was not a column's name but was read as one: (as written, column).
    pub renamed: Vec<(String, &'static str)>,
    /// Headers that name no column of the table: their cells are not read.
    pub unknown: Vec<String>,
    /// Columns a row needs that no header names.
    pub missing: Vec<&'static str>,
    /// The column each position of the table holds, `None` for an unknown one.
    pub columns: Vec<Option<&'static str>>,
    /// The header's row, counting from 1: the rows above it (a title) are not read.
    pub header_row: usize,
    /// Positions (from 1) of columns with no header between named ones, as a header written
    /// across merged cells leaves: their cells are not read.
    pub unnamed: Vec<usize>,
}

impl TableReading {
    /// Finds the separator and the header of `text` (without its byte-order mark) and maps
    /// the header's names to columns.
    pub fn of(text: &str) -> TableReading {
        let (delimiter, header_index, names) = find_header(text);
        let mut reading = TableReading {
            delimiter,
            header_row: header_index + 1,
            ..TableReading::default()
        };
        for name in &names {
            let column = column_named(name);
            match column {
                Some(column) if column != name => reading.renamed.push((name.clone(), column)),
                None if !name.is_empty() => reading.unknown.push(name.clone()),
                _ => {}
            }
            reading.columns.push(column);
        }
        let last_named = names.iter().rposition(|name| !name.is_empty()).unwrap_or(0);
        reading.unnamed = (0..last_named)
            .filter(|&position| names[position].is_empty())
            .map(|position| position + 1)
            .collect();
        reading.missing = REQUIRED
            .into_iter()
            .filter(|column| !reading.columns.contains(&Some(column)))
            .collect();
        reading
    }

    /// The table's rows below the header as cells by column, as written (a column no header
    /// names is empty), each with its number counting the first line as row 1, as a
    /// spreadsheet does; blank rows are passed over. A row that cannot be split, or has more
    /// or fewer cells than the header, is an error naming why.
    pub fn rows<'t>(
        &'t self,
        text: &'t str,
    ) -> impl Iterator<Item = (usize, Result<[String; 13], String>)> + 't {
        table_reader(text, self.delimiter)
            .into_records()
            .enumerate()
            .skip(self.header_row)
            .filter(|(_, record)| {
                !matches!(record, Ok(cells) if cells.iter().all(|cell| cell.trim().is_empty()))
            })
            .map(move |(index, record)| {
                let row = record
                    .map_err(|e| e.to_string())
                    .and_then(|record| self.cells(&record));
                (index + 1, row)
            })
    }

    /// A record's cells by column.
    fn cells(&self, record: &csv::StringRecord) -> Result<[String; 13], String> {
        if record.len() != self.columns.len() {
            return Err(format!(
                "the row has {} cells, the header {}",
                record.len(),
                self.columns.len()
            ));
        }
        let mut cells: [String; 13] = Default::default();
        for (position, cell) in record.iter().enumerate() {
            let column = self.columns.get(position).copied().flatten();
            if let Some(at) = column.and_then(|c| FACT_COLUMNS.iter().position(|&n| n == c)) {
                cells[at] = cell.to_owned();
            }
        }
        Ok(cells)
    }
}

/// Rows searched for the header: a title and a blank row or two may come above it.
pub(super) const HEADER_SEARCH_ROWS: usize = 10;

/// How many of `names` name a column of the table: a header scores high, a title or a row of
/// figures low.
pub(super) fn header_score<'n>(names: impl IntoIterator<Item = &'n str>) -> usize {
    names
        .into_iter()
        .filter(|name| column_named(name).is_some())
        .count()
}

/// The separator, the header's index among the records and its names, trimmed: among the
/// first records split by each separator, the one naming the most columns (the earliest, and
/// a comma, on ties). When none names any, the first line, split by the separator it holds
/// most of.
fn find_header(text: &str) -> (u8, usize, Vec<String>) {
    let mut best: Option<(usize, u8, usize, Vec<String>)> = None;
    for delimiter in [b',', b';', b'\t'] {
        let records = table_reader(text, delimiter).into_records();
        for (index, record) in records.take(HEADER_SEARCH_ROWS).enumerate() {
            let Ok(record) = record else { break };
            let score = header_score(record.iter());
            let better = match &best {
                Some((top, _, at, _)) => score > *top || (score == *top && index < *at),
                None => score > 0,
            };
            if better {
                let names = record.iter().map(|name| name.trim().to_owned()).collect();
                best = Some((score, delimiter, index, names));
            }
        }
    }
    if let Some((_, delimiter, index, names)) = best {
        return (delimiter, index, names);
    }
    let first_line = text.lines().next().unwrap_or_default();
    let delimiter = [b'\t', b';', b',']
        .into_iter()
        .max_by_key(|&d| first_line.bytes().filter(|&b| b == d).count())
        .unwrap_or(b',');
    let names = table_reader(text, delimiter)
        .into_records()
        .next()
        .and_then(Result::ok)
        .map(|record| record.iter().map(|name| name.trim().to_owned()).collect())
        .unwrap_or_default();
    (delimiter, 0, names)
}

/// A CSV reader for `text` without its byte-order mark, rows of any length.
fn table_reader(text: &str, delimiter: u8) -> csv::Reader<&[u8]> {
    csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .has_headers(false)
        .flexible(true)
        .from_reader(without_bom(text).as_bytes())
}

/// `text` without the byte-order mark spreadsheets write at the start of UTF-8 files.
pub fn without_bom(text: &str) -> &str {
    text.strip_prefix('\u{feff}').unwrap_or(text)
}

/// The column a header names: its own name, or the same folded (case, accents, spaces), or a
/// known synonym.
pub fn column_named(header: &str) -> Option<&'static str> {
    let folded = fold(header);
    SYNONYMS.iter().find_map(|(column, synonyms)| {
        (folded == *column || synonyms.contains(&folded.as_str())).then_some(*column)
    })
}

/// Lower case, French accents removed, spaces and hyphens as `_`: headers and sheet names as
/// clerks write them, compared.
pub(super) fn fold(text: &str) -> String {
    text.trim()
        .chars()
        .flat_map(char::to_lowercase)
        .map(|c| match c {
            'à' | 'â' | 'ä' => 'a',
            'é' | 'è' | 'ê' | 'ë' => 'e',
            'î' | 'ï' => 'i',
            'ô' | 'ö' => 'o',
            'ù' | 'û' | 'ü' => 'u',
            'ç' => 'c',
            ' ' | '-' | '\u{a0}' => '_',
            other => other,
        })
        .collect()
}

/// A number as clerks write it: `1230.5`, `1 230,5` (spaces, no-break spaces or dots between
/// thousands and a decimal comma, as in French), `1,230.5`, `+12 %`, `12,5%`. `None` when it is
/// not a finite number.
pub fn clerk_number(text: &str) -> Option<f64> {
    let compact: String = text
        .trim()
        .trim_end_matches('%')
        .chars()
        .filter(|c| !matches!(c, ' ' | '\u{a0}' | '\u{202f}' | '\''))
        .collect();
    let normal = match (compact.rfind(','), compact.rfind('.')) {
        // Both: the last one is the decimal mark, the other separates thousands.
        (Some(comma), Some(dot)) if comma > dot => compact.replace('.', "").replace(',', "."),
        (Some(_), Some(_)) => compact.replace(',', ""),
        // A comma alone is a decimal comma, as in French (unless it groups thousands twice).
        (Some(_), None) if compact.matches(',').count() > 1 => compact.replace(',', ""),
        (Some(_), None) => compact.replace(',', "."),
        _ => compact,
    };
    normal.parse::<f64>().ok().filter(|value| value.is_finite())
}

/// A date as clerks write it: `2025-01-31`, `31/01/2025`, or a month (`janvier 2025`,
/// `January 2025`, `يناير 2025`) meaning its first day, or its last when `end` is true.
pub fn clerk_date(text: &str, end: bool) -> Option<Date> {
    let text = text.trim();
    if let Some(date) = Date::parse(text) {
        return Some(date);
    }
    let parts: Vec<&str> = text.split('/').collect();
    if let [day, month, year] = parts.as_slice() {
        return Date::new(year.parse().ok()?, month.parse().ok()?, day.parse().ok()?);
    }
    let (month, year) = text.rsplit_once(' ')?;
    let (month, year) = (month_number(month.trim())?, year.parse().ok()?);
    match end {
        true => Date::end_of_month(year, month),
        false => Date::new(year, month, 1),
    }
}

/// The month a name stands for, in French, English or Moroccan Arabic, with or without a dot.
fn month_number(name: &str) -> Option<u8> {
    const MONTHS: [[&str; 3]; 12] = [
        ["janvier", "january", "يناير"],
        ["fevrier", "february", "فبراير"],
        ["mars", "march", "مارس"],
        ["avril", "april", "أبريل"],
        ["mai", "may", "ماي"],
        ["juin", "june", "يونيو"],
        ["juillet", "july", "يوليوز"],
        ["aout", "august", "غشت"],
        ["septembre", "september", "شتنبر"],
        ["octobre", "october", "أكتوبر"],
        ["novembre", "november", "نونبر"],
        ["decembre", "december", "دجنبر"],
    ];
    let name = fold(name.trim_end_matches('.'));
    let matches = |names: &[&str; 3]| {
        names.iter().any(|full| {
            *full == name || (name.chars().count() >= 3 && full.starts_with(name.as_str()))
        })
    };
    // An abbreviation must name one month only ("jui" could be June or July).
    let mut months = (1..=12u8)
        .zip(MONTHS.iter())
        .filter(|(_, names)| matches(names));
    match (months.next(), months.next()) {
        (Some((month, _)), None) => Some(month),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_read_as_a_french_or_english_spreadsheet_writes_them() {
        for (text, value) in [
            ("1230.5", 1230.5),
            ("1 230,5", 1230.5),
            ("1\u{202f}230,5", 1230.5),
            ("1.230,5", 1230.5),
            ("1,230.5", 1230.5),
            ("1,230,000", 1_230_000.0),
            ("12 %", 12.0),
            ("+12,5%", 12.5),
            ("-3", -3.0),
        ] {
            assert_eq!(clerk_number(text), Some(value), "{text}");
        }
        for text in ["", "douze", "12;5", "1e999", "NaN"] {
            assert_eq!(clerk_number(text), None, "{text}");
        }
    }

    #[test]
    fn dates_read_as_iso_day_first_or_a_month() {
        let day = |y, m, d| Date::new(y, m, d);
        assert_eq!(clerk_date("2025-01-31", false), day(2025, 1, 31));
        assert_eq!(clerk_date("31/01/2025", false), day(2025, 1, 31));
        assert_eq!(clerk_date("janvier 2025", false), day(2025, 1, 1));
        assert_eq!(clerk_date("Février 2024", true), day(2024, 2, 29));
        assert_eq!(clerk_date("sept. 2025", true), day(2025, 9, 30));
        assert_eq!(clerk_date("September 2025", false), day(2025, 9, 1));
        assert_eq!(clerk_date("شتنبر 2025", true), day(2025, 9, 30));
        for text in ["31/02/2025", "2025-13-01", "ma 2025", "jui 2025", "bientôt"] {
            assert_eq!(clerk_date(text, false), None, "{text}");
        }
    }

    #[test]
    fn headers_map_by_case_accents_and_synonyms_and_unknown_ones_are_reported() {
        let text = "\u{feff}Identifiant;Indicateur;Ventilation;Clé;Début de période;Fin;Valeur;Unité;Variation %;Base de comparaison;Source;Date source;Commentaire;Région\n";
        let reading = TableReading::of(text);
        assert_eq!(reading.delimiter, b';');
        assert_eq!(
            reading.columns[..13]
                .iter()
                .map(|c| c.unwrap())
                .collect::<Vec<_>>(),
            FACT_COLUMNS
        );
        assert_eq!(reading.renamed.len(), 13);
        assert_eq!(reading.unknown, ["Région"]);
        assert!(reading.missing.is_empty());
        let plain = TableReading::of(&format!("{}\n", FACT_COLUMNS.join(",")));
        assert_eq!(
            (plain.delimiter, plain.renamed.len(), plain.unknown.len()),
            (b',', 0, 0)
        );
        let short = TableReading::of("id,valeur\n");
        assert_eq!(
            short.missing,
            [
                "metric",
                "dimension",
                "dimension_value",
                "unit",
                "source_url"
            ]
        );
    }

    #[test]
    fn rows_come_out_in_the_tables_column_order_with_their_row_number() {
        let text = "Valeur;Identifiant;Inconnue\r\n\"1 230,5\";F1;x\r\n";
        let reading = TableReading::of(text);
        let rows: Vec<_> = reading.rows(text).collect();
        let (number, cells) = &rows[0];
        let cells = cells.as_ref().unwrap();
        assert_eq!(
            (*number, cells[0].as_str(), cells[6].as_str()),
            (2, "F1", "1 230,5")
        );
    }

    #[test]
    fn a_title_above_the_header_is_passed_over_and_blank_rows_keep_their_numbers() {
        let text = "Exportations 2026;;\n;;\nValeur;Identifiant;;Unité\n12;F1;x;MAD_million\n;;;\n\"\"\n13;F2;;MAD_million\n";
        let reading = TableReading::of(text);
        assert_eq!((reading.delimiter, reading.header_row), (b';', 3));
        assert_eq!(reading.unnamed, [3], "the third column has no header");
        let rows: Vec<_> = reading
            .rows(text)
            .map(|(number, cells)| (number, cells.unwrap()[0].clone()))
            .collect();
        assert_eq!(rows, [(4, "F1".to_owned()), (7, "F2".to_owned())]);
    }

    #[test]
    fn a_header_of_one_column_is_read_with_commas() {
        let reading = TableReading::of("Notes\nà compléter\n");
        assert_eq!((reading.delimiter, reading.header_row), (b',', 1));
        assert!(reading.unnamed.is_empty());
    }
}
