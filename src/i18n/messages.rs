//! The message catalogue, compiled from the locale files (`src/i18n/locales/*.json`) by
//! `build.rs`, which fails the build when a key is missing in one language (the texts
//! themselves are each language's file, `super::texts`); and the texts that depend on a value
//! the app knows only when it runs (an HTTP status, a data error).

use super::{Locale, format_number, texts};
use super::{label_text, list_separator};
use crate::data::{
    DataError, FACT_COLUMNS, FileError, IssueKind, Location, SheetError, SheetRead, TableReading,
    VersionChoice, column_letters,
};

include!(concat!(env!("OUT_DIR"), "/messages.rs"));

impl Msg {
    /// The text in `locale`.
    pub fn text(self, locale: Locale) -> &'static str {
        texts::text_at(locale, self as usize)
    }

    /// The text in `locale` with its placeholders filled: `{name}` becomes the value given for
    /// `name`.
    ///
    /// ```
    /// use artisanat_atlas::i18n::{Locale, Msg};
    /// let notice = Msg::UnknownLanguage.fill(Locale::En, &[("raw", "xx")]);
    /// assert_eq!(notice, "Unknown language “xx”: showing French.");
    /// ```
    pub fn fill(self, locale: Locale, values: &[(&str, &str)]) -> String {
        fill(self.text(locale), values)
    }
}

impl Plural {
    /// The form for `count` in `locale`, its placeholders filled; `{count}` is the count
    /// written in the locale's digits.
    ///
    /// ```
    /// use artisanat_atlas::i18n::{Locale, Plural};
    /// let one = Plural::FamiliesShown.fill(Locale::Fr, 1, &[("total", "9")]);
    /// let two = Plural::FamiliesShown.fill(Locale::Fr, 2, &[("total", "9")]);
    /// assert_eq!((one.as_str(), two.as_str()), ("1 famille sur 9", "2 familles sur 9"));
    /// ```
    pub fn fill(self, locale: Locale, count: usize, values: &[(&str, &str)]) -> String {
        let forms = texts::forms_at(locale, PLAIN_TEXTS, self as usize);
        let text = forms[plural_category(locale, count)]
            .or(forms[OTHER])
            .unwrap_or_default();
        let count = format_number(locale, count as f64, 0);
        let mut values = values.to_vec();
        values.push(("count", &count));
        fill(text, &values)
    }
}

/// The position of CLDR's "other" among the plural forms.
const OTHER: usize = 5;

/// The CLDR plural category of a whole `count` (zero, one, two, few, many, other, as positions)
/// in `locale`: French says "1 famille" and "0 famille", English "1 family" but "0 families",
/// and Arabic distinguishes 0, 1, 2, 3–10 and 11–99 (in each hundred).
fn plural_category(locale: Locale, count: usize) -> usize {
    match locale {
        Locale::Fr if count <= 1 => 1,
        Locale::En if count == 1 => 1,
        Locale::Fr | Locale::En => OTHER,
        Locale::Ar => match (count, count % 100) {
            (0, _) => 0,
            (1, _) => 1,
            (2, _) => 2,
            (_, 3..=10) => 3,
            (_, 11..=99) => 4,
            _ => OTHER,
        },
    }
}

/// `text` with each `{name}` replaced by its value.
fn fill(text: &str, values: &[(&str, &str)]) -> String {
    values.iter().fold(text.to_owned(), |text, (name, value)| {
        text.replace(&format!("{{{name}}}"), value)
    })
}

/// How the engine chooses the figures it shows, one rule per line, as the Sources page lists
/// them (in the app and in its shell written at build time): the headline of several printed
/// values (stats::Point::from_facts), implied levels and shares, missing figures, what ranks
/// (data::CodeKind::is_ranked), which period a card shows (stats::latest_picture) and printed
/// rates (stats::printed_national_growth).
pub const METHOD_RULES: [Msg; 6] = [
    Msg::MethodHeadline,
    Msg::MethodImplied,
    Msg::MethodMissing,
    Msg::MethodMarkets,
    Msg::MethodLatestPicture,
    Msg::MethodPrintedRates,
];

/// The export map's instructions under the map: pointer, touch and keyboard, then zoom.
pub fn map_hint_text(locale: Locale) -> String {
    format!(
        "{} {}",
        Msg::MapClickHint.text(locale),
        Msg::MapWheelHint.text(locale)
    )
}

/// A page's document title: its name, then the atlas's (`Carte des exportations — Artisanat
/// Atlas`), the same in the app and in the page shells written at build time.
pub fn page_title(locale: Locale, page: &str) -> String {
    format!("{page} — {}", Msg::AppName.text(locale))
}

/// A source's outlet as a reader sees it: its name, or "outlet not named" in the page's
/// language when the document names none.
pub fn outlet_label(locale: Locale, outlet: &str) -> String {
    match outlet.is_empty() {
        true => Msg::OutletNotNamed.text(locale).to_owned(),
        false => outlet.to_owned(),
    }
}

/// The translated message for a kind of record problem.
pub fn issue_kind_text(locale: Locale, kind: IssueKind) -> &'static str {
    let msg = match kind {
        IssueKind::WrongShape => Msg::IssueWrongShape,
        IssueKind::MissingField => Msg::IssueMissingField,
        IssueKind::BadNumber => Msg::IssueBadNumber,
        IssueKind::BadPeriod => Msg::IssueBadPeriod,
        IssueKind::DuplicateId => Msg::IssueDuplicateId,
        IssueKind::UnknownSource => Msg::IssueUnknownSource,
        IssueKind::UnknownCode => Msg::IssueUnknownCode,
        IssueKind::BadDimensionPath => Msg::IssueBadDimensionPath,
        IssueKind::WrongUnit => Msg::IssueWrongUnit,
        IssueKind::ImpossibleNegative => Msg::IssueImpossibleNegative,
        IssueKind::SharesOverHundred => Msg::IssueSharesOverHundred,
        IssueKind::GrowthWithoutBasis => Msg::IssueGrowthWithoutBasis,
        IssueKind::UnsafeAddress => Msg::IssueUnsafeAddress,
    };
    msg.text(locale)
}

/// How to fix a kind of record problem, in a data clerk's words.
pub fn issue_fix_text(locale: Locale, kind: IssueKind) -> &'static str {
    let msg = match kind {
        IssueKind::WrongShape => Msg::FixWrongShape,
        IssueKind::MissingField => Msg::FixMissingField,
        IssueKind::BadNumber => Msg::FixBadNumber,
        IssueKind::BadPeriod => Msg::FixBadPeriod,
        IssueKind::DuplicateId => Msg::FixDuplicateId,
        IssueKind::UnknownSource => Msg::FixUnknownSource,
        IssueKind::UnknownCode => Msg::FixUnknownCode,
        IssueKind::BadDimensionPath => Msg::FixBadDimensionPath,
        IssueKind::WrongUnit => Msg::FixWrongUnit,
        IssueKind::ImpossibleNegative => Msg::FixImpossibleNegative,
        IssueKind::SharesOverHundred => Msg::FixSharesOverHundred,
        IssueKind::GrowthWithoutBasis => Msg::FixGrowthWithoutBasis,
        IssueKind::UnsafeAddress => Msg::FixUnsafeAddress,
    };
    msg.text(locale)
}

/// One problem of a facts table, located and explained: "facts.csv, ligne 3, colonne value,
/// valeur « 12;5 » : nombre invalide. Écrivez un nombre…".
pub fn issue_report_line(
    locale: Locale,
    file: &str,
    location: &Location,
    kind: IssueKind,
) -> String {
    let row = location
        .row
        .map(|row| Msg::ReportRow.fill(locale, &[("row", &row.to_string())]));
    let column = location
        .column
        .as_deref()
        .map(|column| Msg::ReportColumn.fill(locale, &[("column", column)]));
    let value = location
        .value
        .as_deref()
        .map(|value| Msg::ReportValue.fill(locale, &[("value", value)]));
    let place: Vec<String> = [Some(file.to_owned()), row, column, value]
        .into_iter()
        .flatten()
        .collect();
    format!(
        "{}{}. {}",
        label_text(locale, &place.join(list_separator(locale))),
        issue_kind_text(locale, kind),
        issue_fix_text(locale, kind)
    )
}

/// Why a clerk's file gives no table, naming the file: a damaged or empty workbook, or text
/// that is not UTF-8.
pub fn file_error_text(locale: Locale, file: &str, error: &FileError) -> String {
    let reason = match error {
        FileError::Sheet(SheetError::Unreadable(_)) => Msg::ReportUnreadableWorkbook,
        FileError::Sheet(SheetError::NoSheet) => Msg::ReportEmptyWorkbook,
        FileError::NotUtf8 => Msg::ReportNotUtf8,
    };
    label_text(locale, file) + reason.text(locale)
}

/// What a clerk is told about the sheet of a workbook that was read: its name, then the cells
/// left aside (after the header's last column) and the formulas read by their saved results.
pub fn sheet_reading_notes(locale: Locale, file: &str, sheet: &SheetRead) -> Vec<String> {
    let count = |count: usize| format_number(locale, count as f64, 0);
    let read = Msg::ReportSheetRead.fill(locale, &[("sheet", &sheet.name)]);
    let outside = sheet.outside.as_ref().map(|(cells, first)| {
        Msg::ReportCellsOutside.fill(locale, &[("count", &count(*cells)), ("cell", first)])
    });
    let formulas = (sheet.formulas > 0)
        .then(|| Msg::ReportFormulasRead.fill(locale, &[("count", &count(sheet.formulas))]));
    let uncomputed = sheet.uncomputed.as_ref().map(|(cells, first)| {
        Msg::ReportFormulasUncomputed.fill(locale, &[("count", &count(*cells)), ("cell", first)])
    });
    [Some(read), outside, formulas, uncomputed]
        .into_iter()
        .flatten()
        .map(|note| label_text(locale, file) + &note)
        .collect()
}

/// What a clerk is told about how a table was read, before its rows' problems: its separator
/// when not a comma, the header's row when a title comes above it, each header read as a
/// column, each column with no header, each unknown header and missing column.
pub fn table_reading_notes(locale: Locale, file: &str, reading: &TableReading) -> Vec<String> {
    let separator = match reading.delimiter {
        b';' => Some(Msg::ReportSemicolons.text(locale).to_owned()),
        b'\t' => Some(Msg::ReportTabs.text(locale).to_owned()),
        _ => None,
    };
    let renamed = reading.renamed.iter().map(|(header, column)| {
        Msg::ReportHeaderRenamed.fill(locale, &[("header", header), ("column", column)])
    });
    let columns = FACT_COLUMNS.join(list_separator(locale));
    let unknown = reading.unknown.iter().map(|header| {
        Msg::ReportUnknownColumn.fill(locale, &[("header", header), ("columns", &columns)])
    });
    let missing = reading
        .missing
        .iter()
        .map(|column| Msg::ReportMissingColumn.fill(locale, &[("column", column)]));
    let title = (reading.header_row > 1)
        .then(|| Msg::ReportTitleRows.fill(locale, &[("row", &reading.header_row.to_string())]));
    let unnamed = reading.unnamed.iter().map(|&position| {
        Msg::ReportUnnamedColumn.fill(locale, &[("column", &column_letters(position - 1))])
    });
    separator
        .into_iter()
        .chain(title)
        .chain(renamed)
        .chain(unnamed)
        .chain(unknown)
        .chain(missing)
        .map(|note| label_text(locale, file) + &note)
        .collect()
}

/// The translated message for a file that could not be used, with its location when known.
pub fn data_error_text(locale: Locale, error: &DataError) -> String {
    match error {
        DataError::Malformed { line, column, .. } => {
            let at = Msg::FileLocation.fill(
                locale,
                &[("line", &line.to_string()), ("column", &column.to_string())],
            );
            format!("{} ({at}).", Msg::DataMalformed.text(locale))
        }
        DataError::NotADataset { .. } => Msg::DataNotADataset.text(locale).to_owned(),
        DataError::UnsupportedVersion { found, supported } if *found > u64::from(*supported) => {
            Msg::DataFutureVersion.text(locale).to_owned()
        }
        DataError::UnsupportedVersion { .. } => Msg::DataPastVersion.text(locale).to_owned(),
    }
}

/// The translated message for an HTTP answer that is not the data (404, 500…).
pub fn fetch_status_text(locale: Locale, status: u16) -> String {
    format!("{} (HTTP {status}).", Msg::FetchNotData.text(locale))
}

/// "Records skipped: 3", worded to avoid plural forms (Arabic has six).
pub fn skipped_records_text(locale: Locale, count: usize) -> String {
    let count = format_number(locale, count as f64, 0);
    Msg::SkippedRecords.fill(locale, &[("count", &count)])
}

/// A setting of the link that the page could not use, e.g. `period=2030-01-01..2030-12-31`.
pub fn ignored_setting_text(locale: Locale, key: &str, raw: &str) -> String {
    let raw: String = raw.chars().take(40).collect();
    Msg::IgnoredSetting.fill(locale, &[("setting", &format!("{key}={raw}"))])
}

/// The notice shown when `?lang=` names no language of the app (the raw text is shown as
/// text, never as markup).
pub fn unknown_language_text(locale: Locale, raw: &str) -> String {
    let raw: String = raw.chars().take(40).collect();
    Msg::UnknownLanguage.fill(locale, &[("raw", &raw)])
}

/// Why the figures on screen are not the current ones: the link pins a kept, older version
/// (shown), or a version that is not kept (named).
pub fn pinned_version_text(locale: Locale, pinned: &VersionChoice) -> String {
    let (message, version) = match pinned {
        VersionChoice::Current => return String::new(),
        VersionChoice::Kept(version) => (Msg::PinnedVersionKept, version),
        VersionChoice::NotKept(asked) => (Msg::PinnedVersionNotKept, asked),
    };
    message.fill(locale, &[("version", &version.to_string())])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_locale_has_its_own_non_empty_text() {
        for msg in [
            Msg::AppName,
            Msg::NavIndicators,
            Msg::LoadFailed,
            Msg::NotFoundTitle,
        ] {
            for locale in Locale::ALL {
                assert!(!msg.text(locale).is_empty());
            }
            assert_ne!(msg.text(Locale::Fr), msg.text(Locale::Ar));
        }
    }

    #[test]
    fn data_errors_are_located_and_translated() {
        let error = DataError::Malformed {
            line: 3,
            column: 14,
            detail: String::new(),
        };
        assert_eq!(
            data_error_text(Locale::En, &error),
            "The data file is unreadable or incomplete (line 3, column 14)."
        );
        assert!(data_error_text(Locale::Ar, &error).contains("السطر 3"));
        assert_eq!(
            fetch_status_text(Locale::Fr, 404),
            "Le serveur a répondu, mais sans les données attendues (HTTP 404)."
        );
        let old = DataError::UnsupportedVersion {
            found: 1,
            supported: 2,
        };
        assert!(data_error_text(Locale::En, &old).contains("older format"));
        assert_eq!(
            skipped_records_text(Locale::En, 1200),
            "Records skipped as invalid: 1,200"
        );
    }
}
