//! The bundled dataset: sourced facts, their sources and the code tables that name their keys,
//! read leniently so that one bad record is reported and skipped while the rest still loads.
//! Pure: no web dependency.

mod build;
mod catalogue;
mod clerk;
mod codes;
mod country_names;
mod date;
mod facts_csv;
mod geometry;
mod issue;
mod json;
mod model;
mod place_points;
mod publish;
mod spreadsheet;
mod strings;
mod validate;
mod version;

pub use build::{DatasetBuilder, Loaded, is_web_address};
pub use catalogue::{
    CATALOGUE_VERSION, Catalogue, CatalogueError, CatalogueSource, Channel, ChannelKind, Craft,
    Family, FamilyMark, FamilyMarks, Label, LabelKind, Motif, Named, Place, Region, Words,
};
pub use clerk::{FACT_COLUMNS, TableReading, clerk_date, clerk_number, column_named};
pub use codes::{Code, CodeKind, CodedDimension, Codes, KeyProblem, REGION_PREFIX, codes_from_csv};
pub use country_names::CountryNames;
pub use date::Date;
pub use facts_csv::{
    FactsTable, ROWS_PER_REPORT, Seed, describe_reference, from_facts_csv, read_facts_table,
    read_facts_table_reporting, seed_table,
};
pub use geometry::{CountryShape, Mercator, MoroccoGeometry, WorldGeometry};
pub use issue::{DataError, DataIssue, IssueKind, Severity};
pub use json::{OBSERVATION_FIELDS, REQUIRED_FIELDS, parse_dataset, write_cut, write_dataset};
pub use model::{
    Dataset, Flag, Flags, Observation, ObservationRecord, SCHEMA_VERSION, Source, SourceIndex,
};
pub use place_points::PlacePoints;
pub use publish::{Checked, Location, Problem, TableIndex, Verdict, table_csv, template_example};
pub use spreadsheet::{
    FileError, FileTable, SheetError, SheetRead, SheetTable, column_letters, file_as_table,
    sheet_as_table,
};
pub use strings::{FastHasher, FastMap, FastSet, Sym};
pub use validate::{SHARE_METRICS, expected_units, is_growth};
pub use version::{
    DataVersion, DatasetCut, NotAVersion, VERSIONS_FILE, VersionChoice, VersionIndex,
};

#[cfg(test)]
pub(crate) use facts_csv::test_dataset;
