//! Problems found while reading data: located (record, field) and typed, so the UI can translate
//! them and the rest of the dataset still loads.

use std::fmt;
use thiserror::Error;

/// What is wrong with one record or field. Each kind has a translated message in `i18n`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
pub enum IssueKind {
    /// The record does not have the expected fields or types.
    WrongShape,
    /// A required field is empty.
    MissingField,
    /// A number does not parse or is not finite.
    BadNumber,
    /// A date is not a real `YYYY-MM-DD` day, or the period ends before it starts.
    BadPeriod,
    /// Two records share one id.
    DuplicateId,
    /// The record names a source the dataset does not list.
    UnknownSource,
    /// A key is not in the code tables of its dimension.
    UnknownCode,
    /// The key has fewer `>` levels than its dimension path.
    BadDimensionPath,
    /// The unit does not fit the metric (a share not in percent, a level not in money…).
    WrongUnit,
    /// A level, share or count below zero.
    ImpossibleNegative,
    /// Shares of one breakdown from one source add up to far more than 100 % (kept: the
    /// source may mix bases, but the figures are suspicious).
    SharesOverHundred,
    /// A growth rate without what it compares with (kept, but no figure is derived from it).
    GrowthWithoutBasis,
    /// A source address that is not a web page (`javascript:`, `data:`…): the source is kept,
    /// not linked.
    UnsafeAddress,
}

/// Whether the record was skipped or kept with a caveat.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Severity {
    /// The record was skipped.
    Error,
    /// The record was kept; the problem is shown as a caveat.
    Warning,
}

impl IssueKind {
    /// Whether a record with this problem is skipped or only noted.
    pub fn severity(self) -> Severity {
        match self {
            IssueKind::SharesOverHundred
            | IssueKind::GrowthWithoutBasis
            | IssueKind::UnsafeAddress => Severity::Warning,
            _ => Severity::Error,
        }
    }
}

/// One located problem. Errors skip the record, warnings keep it; the rest of the dataset
/// still loads either way.
#[derive(Clone, Debug, PartialEq)]
pub struct DataIssue {
    /// The record's id, or its position (`observation #12`) when it has no usable id.
    pub record: String,
    /// The field at fault, when one is.
    pub field: Option<String>,
    /// What is wrong.
    pub kind: IssueKind,
    /// Technical detail for the console and the `atlas-data check` report (not translated).
    pub detail: String,
}

impl DataIssue {
    /// A problem of `record`'s `field`.
    pub fn new(record: impl Into<String>, field: &str, kind: IssueKind, detail: String) -> Self {
        DataIssue {
            record: record.into(),
            field: Some(field.to_owned()),
            kind,
            detail,
        }
    }

    /// Whether the record was skipped or only noted.
    pub fn severity(&self) -> Severity {
        self.kind.severity()
    }
}

impl fmt::Display for DataIssue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.field {
            Some(field) => write!(
                f,
                "{} [{}]: {:?}: {}",
                self.record, field, self.kind, self.detail
            ),
            None => write!(f, "{}: {:?}: {}", self.record, self.kind, self.detail),
        }
    }
}

/// Why a whole file could not be used at all.
#[derive(Clone, Debug, PartialEq, Error)]
pub enum DataError {
    /// Not JSON, or truncated: the parser's line and column say where.
    #[error("the data file is not valid JSON (line {line}, column {column}): {detail}")]
    Malformed {
        /// Line of the error, from 1.
        line: usize,
        /// Column of the error, from 1.
        column: usize,
        /// The parser's message.
        detail: String,
    },
    /// Valid JSON, but not a dataset (top-level fields missing or of the wrong type).
    #[error("the data file is not an Artisanat Atlas dataset: {detail}")]
    /// Valid JSON, but not a dataset (top-level fields missing or of the wrong type).
    NotADataset {
        /// What is missing or of the wrong type.
        detail: String,
    },
    /// Written by a newer version of the app.
    #[error("the data file uses schema version {found}, this app reads version {supported}")]
    /// Written by a newer version of the app.
    UnsupportedVersion {
        /// The file's schema version.
        found: u64,
        /// The version this app reads.
        supported: u32,
    },
}
