//! The bundled dataset: sourced facts and their sources, read leniently so that one bad record
//! is reported and skipped while the rest still loads. Pure: no web dependency.

mod date;
mod facts_csv;
mod issue;
mod json;
mod model;

pub use date::Date;
pub use facts_csv::from_facts_csv;
pub use issue::{DataError, DataIssue, IssueKind};
pub use json::{Loaded, parse_dataset, write_dataset};
pub use model::{Dataset, Flag, Observation, SCHEMA_VERSION, Source};
