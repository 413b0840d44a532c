//! What the data desk's page and its worker say to each other, as JSON: the page asks for a
//! file to be checked (its bytes travel beside the message) and for the words of the preview
//! in a language; the worker answers with its progress, the verdict and the files to publish,
//! and the preview's tables. The heavy work runs in the worker, so the page never stops
//! answering, whatever the file's size.

use super::{ComparedTable, DeskCheck, Publication, preview_comparison};
use crate::data::{Codes, Dataset, FileError, Problem, Verdict, codes_from_csv, parse_dataset};
use crate::i18n::{Locale, install_texts, sheet_reading_notes, table_reading_notes, texts_file};
use serde::{Deserialize, Serialize};

/// From the page to the worker.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum Request {
    /// Check the file sent beside this message, against the published dataset.
    Check(CheckRequest),
    /// The words of the last file checked, in another language.
    Words(Language),
}

/// A language as the worker needs it: its tag and its texts (the file the page downloaded,
/// `i18n::TEXT_FILES`), which the worker installs, so that it downloads nothing itself.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Language {
    /// The language's tag.
    pub tag: String,
    /// Its file of texts.
    pub texts: String,
}

impl Language {
    /// `locale` with the texts the page has installed for it.
    pub fn of(locale: Locale) -> Language {
        Language {
            tag: locale.tag().to_owned(),
            texts: texts_file(locale).unwrap_or_default().to_owned(),
        }
    }

    /// Installs the texts (unless they already are) and gives the language, French for an
    /// unknown tag.
    pub fn install(&self) -> Locale {
        let locale = Locale::from_tag(&self.tag).unwrap_or_default();
        let _ = install_texts(locale, &self.texts);
        locale
    }
}

/// What checking a file needs besides its bytes.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CheckRequest {
    /// The file's name, as chosen.
    pub name: String,
    /// The code tables (`codes.csv`).
    pub codes: String,
    /// The seed documents' outlets (`seeds.csv`).
    pub seeds: String,
    /// The published dataset (`atlas.json`).
    pub published: String,
    /// The language of the first words.
    pub language: Language,
}

/// From the worker to the page.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum Reply {
    /// The worker listens.
    Ready,
    /// Rows read so far, of about how many.
    Progress {
        /// Rows read.
        done: usize,
        /// Rows in the file (its lines, less the header).
        total: usize,
    },
    /// The file gives no table: why.
    Failed(FileError),
    /// The file as checked; the files to publish, when any, travel beside this message
    /// ([`Desk::publication`]).
    Checked(Box<DeskSummary>),
    /// The words of the last file checked, in a language.
    Words(DeskWords),
}

/// What the page shows of a file, whatever the language.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct DeskSummary {
    /// Rows the table splits into.
    pub rows: usize,
    /// Every problem, located.
    pub problems: Vec<Problem>,
    /// Whether the file may be published.
    pub verdict: Verdict,
    /// True when any row is kept: the files to publish travel beside this summary (the page
    /// offers them once the verdict allows it, or its reader accepts the rows left out).
    pub publishable: bool,
    /// The worker's memory after the check, in bytes (WebAssembly memory only grows: its peak).
    pub memory_bytes: usize,
}

/// The preview in one language.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct DeskWords {
    /// The language's tag.
    pub locale: String,
    /// How the table was read: separator, headers mapped, unknown or missing columns, sheet.
    pub notes: Vec<String>,
    /// Every headline figure, chart table and market, published beside the file's.
    pub tables: Vec<ComparedTable>,
}

/// The worker's memory of the last file checked, to word its preview in another language.
pub struct Desk {
    published: Dataset,
    file: String,
    check: DeskCheck,
}

impl Desk {
    /// Checks `bytes` as `request` asks, telling `progress` how far it is; the summary and
    /// the words in the request's language, or why the file gives no table.
    pub fn check(
        request: &CheckRequest,
        bytes: &[u8],
        memory_bytes: impl Fn() -> usize,
        progress: impl FnMut(usize, usize),
    ) -> Result<(Desk, DeskSummary, DeskWords), FileError> {
        let CheckRequest {
            name,
            codes,
            seeds,
            published,
            language,
        } = request;
        let locale = language.install();
        let codes: Codes = codes_from_csv(codes).unwrap_or_default();
        let published = parse_dataset(published)
            .map(|loaded| loaded.dataset)
            .unwrap_or_default();
        let check = super::check_file(name, bytes, codes, seeds, progress)?;
        let desk = Desk {
            published,
            file: name.clone(),
            check,
        };
        let words = desk.words(locale);
        let summary = DeskSummary {
            rows: desk.check.checked.table.index.rows().count(),
            problems: desk.check.problems.clone(),
            verdict: desk.check.verdict().clone(),
            publishable: !matches!(desk.check.verdict(), Verdict::Empty),
            memory_bytes: memory_bytes(),
        };
        Ok((desk, summary, words))
    }

    /// The files to publish (rows left out, if any, accepted: the page decides).
    pub fn publication(&self) -> Option<Publication> {
        self.check.publication(true)
    }

    /// The preview's words in `locale`.
    pub fn words(&self, locale: Locale) -> DeskWords {
        let sheet = self.check.sheet.iter();
        let notes = sheet
            .flat_map(|sheet| sheet_reading_notes(locale, &self.file, sheet))
            .chain(table_reading_notes(
                locale,
                &self.file,
                &self.check.checked.table.reading,
            ))
            .collect();
        DeskWords {
            locale: locale.tag().to_owned(),
            notes,
            tables: preview_comparison(&self.published, &self.check.loaded().dataset, locale),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn request(locale: &str) -> CheckRequest {
        CheckRequest {
            name: "faits.csv".into(),
            codes: include_str!("../../public/data/codes.csv").into(),
            seeds: include_str!("../../public/data/seeds.csv").into(),
            published: include_str!("../../public/data/atlas.json").into(),
            language: Language::of(Locale::from_tag(locale).unwrap_or_default()),
        }
    }

    #[test]
    fn the_messages_go_through_json_unchanged() {
        let request = Request::Check(request("ar"));
        let text = serde_json::to_string(&request).unwrap();
        assert_eq!(serde_json::from_str::<Request>(&text).unwrap(), request);
        let reply = Reply::Progress { done: 5, total: 9 };
        let text = serde_json::to_string(&reply).unwrap();
        assert_eq!(serde_json::from_str::<Reply>(&text).unwrap(), reply);
    }

    #[test]
    fn a_semicolon_file_is_checked_with_its_reading_said_and_its_progress_told() {
        let facts = include_str!("../../public/data/facts.csv");
        let mut told = Vec::new();
        let (desk, summary, words) = Desk::check(
            &request("fr"),
            facts.as_bytes(),
            || 7,
            |done, total| told.push((done, total)),
        )
        .unwrap();
        assert_eq!(summary.verdict, Verdict::Complete);
        assert_eq!(summary.memory_bytes, 7);
        assert!(summary.publishable && desk.publication().is_some());
        assert!(told.iter().all(|(done, total)| done <= total));
        assert!(words.tables.iter().all(|table| table.changes() == 0));
        assert_eq!(desk.words(Locale::En).locale, "en");
        let semicolons = "Identifiant;Valeur\nF1;12\n";
        let (_, _, words) =
            Desk::check(&request("fr"), semicolons.as_bytes(), || 0, |_, _| {}).unwrap();
        assert!(
            words
                .notes
                .iter()
                .any(|note| note.contains("points-virgules")),
            "{:?}",
            words.notes
        );
    }

    #[test]
    fn a_file_that_gives_no_table_says_why() {
        let failed = Desk::check(&request("fr"), b"PK\x03\x04", || 0, |_, _| {});
        assert!(matches!(failed.err(), Some(FileError::Sheet(_))));
    }
}
