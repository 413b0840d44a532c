//! The bundled dataset as JSON (schema in `public/data/README.md`): sources and code tables as
//! objects, observations as one array per record in a fixed field order — small to download
//! and read in one pass, without building a JSON tree. A malformed file is one clear error; a
//! malformed record is one located issue and is skipped.

use super::build::{DatasetBuilder, Loaded};
use super::codes::{Code, Codes};
use super::model::{Dataset, Flag, Flags, ObservationRecord, SCHEMA_VERSION, Source};
use super::{DataError, DataIssue, DataVersion, Date, IssueKind};
use serde::de::{self, DeserializeSeed, Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};
use serde::{Deserialize, Serialize};
use serde_json::Value;
use std::borrow::Cow;
use std::cell::RefCell;
use std::fmt;

/// The fields of one observation array, in order: the first [`REQUIRED_FIELDS`] always
/// present, the optional ones after them, which a row may leave out from its last non-empty
/// one (most rows have no growth, note or flag: 9 cells instead of 13 to read).
pub const OBSERVATION_FIELDS: [&str; 13] = [
    "id",
    "metric",
    "dimension",
    "key",
    "start",
    "end",
    "value",
    "unit",
    "source",
    "change_pct",
    "change_basis",
    "note",
    "flags",
];

/// How many leading fields every observation array has.
pub const REQUIRED_FIELDS: usize = 9;

/// Fewer bytes than any observation array with its required fields takes in the file.
const SHORTEST_ROW: usize = 64;

/// Parses and validates a dataset. Never panics, whatever the input. The file's version is
/// the loader's to name ([`DataVersion::of`] its bytes): it identifies the file, it is not read
/// from it, and hashing every byte of a large file costs as much as a fifth of reading it. A
/// cut ([`write_cut`]) names the version of the whole file it was cut from, which is then its
/// version.
pub fn parse_dataset(text: &str) -> Result<Loaded, DataError> {
    // A byte-order mark, as some editors write, is not part of the JSON.
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let refusal = RefCell::new(None);
    let expected_rows = text.len() / SHORTEST_ROW;
    let mut deserializer = serde_json::Deserializer::from_str(text);
    let parsed = EnvelopeSeed {
        refusal: &refusal,
        expected_rows,
    }
    .deserialize(&mut deserializer)
    .and_then(|loaded| deserializer.end().map(|()| loaded));
    match (parsed, refusal.into_inner()) {
        (_, Some(refusal)) => Err(refusal),
        (Ok(loaded), None) => Ok(loaded),
        (Err(error), None) if error.is_data() => Err(DataError::NotADataset {
            detail: error.to_string(),
        }),
        (Err(error), None) => Err(DataError::Malformed {
            line: error.line(),
            column: error.column(),
            detail: error.to_string(),
        }),
    }
}

/// Writes a dataset with one record per line, so that diffs of the bundled file stay readable.
pub fn write_dataset(dataset: &Dataset) -> Result<String, serde_json::Error> {
    write_envelope(dataset, None)
}

/// Writes a cut of the dataset whose file has version `whole` (`stats::headline_facts`), as
/// [`write_dataset`] does, naming that version (`cut_of`): the cut's figures are the whole
/// file's, and a link or embed made from them pins the whole file.
pub fn write_cut(cut: &Dataset, whole: &DataVersion) -> Result<String, serde_json::Error> {
    write_envelope(cut, Some(whole))
}

fn write_envelope(
    dataset: &Dataset,
    cut_of: Option<&DataVersion>,
) -> Result<String, serde_json::Error> {
    let mut out = format!("{{\"schema_version\":{SCHEMA_VERSION},\n");
    if let Some(whole) = cut_of {
        out.push_str(&format!("\"cut_of\":\"{whole}\",\n"));
    }
    out.push_str("\"sources\":[");
    write_lines(&mut out, dataset.sources.iter().map(serde_json::to_string))?;
    out.push_str("],\n\"codes\":[");
    write_lines(
        &mut out,
        dataset.codes.entries().iter().map(serde_json::to_string),
    )?;
    out.push_str("],\n\"observation_fields\":");
    out.push_str(&serde_json::to_string(&OBSERVATION_FIELDS)?);
    out.push_str(",\n\"observations\":[");
    let rows = (0..dataset.observations().len()).filter_map(|index| dataset.record(index));
    write_lines(
        &mut out,
        rows.map(|record| serde_json::to_string(&RowOut(&record))),
    )?;
    out.push_str("]}\n");
    Ok(out)
}

fn write_lines(
    out: &mut String,
    lines: impl Iterator<Item = Result<String, serde_json::Error>>,
) -> Result<(), serde_json::Error> {
    for (index, line) in lines.enumerate() {
        out.push_str(if index == 0 { "\n" } else { ",\n" });
        out.push_str(&line?);
    }
    out.push('\n');
    Ok(())
}

/// One observation as written: an array in [`OBSERVATION_FIELDS`] order, without its empty
/// trailing optional fields.
struct RowOut<'a>(&'a ObservationRecord<'a>);

impl Serialize for RowOut<'_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeSeq;
        let record = self.0;
        let flags: Vec<Flag> = record.flags.iter().collect();
        let optional = [
            record.change_pct.is_some(),
            record.change_basis.is_some(),
            !record.note.is_empty(),
            !flags.is_empty(),
        ];
        let kept = optional
            .iter()
            .rposition(|&present| present)
            .map_or(0, |last| last + 1);
        let mut row = serializer.serialize_seq(Some(REQUIRED_FIELDS + kept))?;
        row.serialize_element(&record.id)?;
        row.serialize_element(&record.metric)?;
        row.serialize_element(&record.dimension)?;
        row.serialize_element(&record.key)?;
        row.serialize_element(&record.start)?;
        row.serialize_element(&record.end)?;
        row.serialize_element(&record.value)?;
        row.serialize_element(&record.unit)?;
        row.serialize_element(&record.source)?;
        if kept > 0 {
            row.serialize_element(&record.change_pct)?;
        }
        if kept > 1 {
            row.serialize_element(&record.change_basis)?;
        }
        if kept > 2 {
            row.serialize_element(&record.note)?;
        }
        if kept > 3 {
            row.serialize_element(&flags)?;
        }
        row.end()
    }
}

/// Reads the top-level object in one pass. `schema_version`, `sources` and `codes` must come
/// before `observations` (as the writer puts them), so that each record is checked as soon as
/// it is read and never held as a JSON tree.
struct EnvelopeSeed<'r> {
    refusal: &'r RefCell<Option<DataError>>,
    /// An upper estimate of the number of observations, to allocate once.
    expected_rows: usize,
}

impl<'de> DeserializeSeed<'de> for EnvelopeSeed<'_> {
    type Value = Loaded;
    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Loaded, D::Error> {
        deserializer.deserialize_map(self)
    }
}

impl<'de> Visitor<'de> for EnvelopeSeed<'_> {
    type Value = Loaded;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("an Artisanat Atlas dataset object")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Loaded, A::Error> {
        let mut version = None;
        let mut cut_of = None;
        let mut sources = None;
        let mut codes = None;
        let mut builder = None;
        let mut issues = Vec::new();
        while let Some(field) = map.next_key::<Cow<'de, str>>()? {
            match field.as_ref() {
                "schema_version" => {
                    let found: u64 = map.next_value()?;
                    if found != u64::from(SCHEMA_VERSION) {
                        let refusal = DataError::UnsupportedVersion {
                            found,
                            supported: SCHEMA_VERSION,
                        };
                        *self.refusal.borrow_mut() = Some(refusal);
                        return Err(de::Error::custom("unsupported schema version"));
                    }
                    version = Some(found);
                }
                "cut_of" => cut_of = Some(map.next_value::<DataVersion>()?),
                "sources" => {
                    let values: Vec<Value> = map.next_value()?;
                    sources = Some(read_records::<Source>(&values, "source", &mut issues));
                }
                "codes" => {
                    let values: Vec<Value> = map.next_value()?;
                    codes = Some(Codes::new(read_records::<Code>(
                        &values,
                        "code",
                        &mut issues,
                    )));
                }
                "observation_fields" => {
                    let fields: Vec<Cow<'de, str>> = map.next_value()?;
                    if fields.iter().map(AsRef::as_ref).ne(OBSERVATION_FIELDS) {
                        return Err(de::Error::custom(format!(
                            "observation_fields must be {OBSERVATION_FIELDS:?}"
                        )));
                    }
                }
                "observations" => {
                    let (Some(_), Some(sources)) = (version, sources.take()) else {
                        return Err(de::Error::custom(
                            "schema_version and sources must come before observations",
                        ));
                    };
                    let mut started =
                        DatasetBuilder::new(sources, codes.take().unwrap_or_default());
                    started.reserve(self.expected_rows);
                    for issue in issues.drain(..) {
                        started.report(issue);
                    }
                    map.next_value_seed(RowsSeed {
                        builder: &mut started,
                    })?;
                    builder = Some(started);
                }
                _ => {
                    map.next_value::<IgnoredAny>()?;
                }
            }
        }
        let mut loaded = builder
            .map(DatasetBuilder::finish)
            .ok_or_else(|| de::Error::missing_field("observations"))?;
        loaded.version = cut_of.unwrap_or_default();
        Ok(loaded)
    }
}

/// Records of a small table (sources, codes), each read on its own so one bad record is
/// reported and skipped.
fn read_records<T: for<'a> Deserialize<'a>>(
    values: &[Value],
    what: &str,
    issues: &mut Vec<DataIssue>,
) -> Vec<T> {
    values
        .iter()
        .enumerate()
        .filter_map(|(index, value)| {
            T::deserialize(value)
                .map_err(|error| {
                    let record = match value.get("id").and_then(Value::as_str) {
                        Some(id) => id.to_owned(),
                        None => format!("{what} #{}", index + 1),
                    };
                    issues.push(DataIssue {
                        record,
                        field: None,
                        kind: IssueKind::WrongShape,
                        detail: error.to_string(),
                    });
                })
                .ok()
        })
        .collect()
}

/// Streams the observation arrays into the builder.
struct RowsSeed<'b> {
    builder: &'b mut DatasetBuilder,
}

impl<'de> DeserializeSeed<'de> for RowsSeed<'_> {
    type Value = ();
    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<(), D::Error> {
        deserializer.deserialize_seq(self)
    }
}

impl<'de> Visitor<'de> for RowsSeed<'_> {
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("an array of observations")
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
        let mut position = 0;
        let mut cells = Cells::default();
        while let Some(count) = seq.next_element_seed(RowSeed { cells: &mut cells })? {
            position += 1;
            match record_from_cells(&mut cells, count) {
                Ok(record) => self.builder.push(&record),
                Err((record, field, kind, detail)) => self.builder.reject(DataIssue {
                    record: record.unwrap_or_else(|| format!("observation #{position}")),
                    field: field.map(str::to_owned),
                    kind,
                    detail,
                }),
            }
        }
        Ok(())
    }
}

/// The cells of one observation array, reused from row to row.
type Cells<'a> = [Cell<'a>; OBSERVATION_FIELDS.len()];

/// Reads one element of the observations array into the shared cells, without allocating or
/// moving them: gives how many cells the array had, or `None` when the element is not an
/// array.
struct RowSeed<'b, 'de> {
    cells: &'b mut Cells<'de>,
}

impl<'de> DeserializeSeed<'de> for RowSeed<'_, 'de> {
    type Value = Option<usize>;
    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Self::Value, D::Error> {
        deserializer.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for RowSeed<'_, 'de> {
    type Value = Option<usize>;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("an observation array")
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Option<usize>, A::Error> {
        let mut count = 0;
        while let Some(cell) = seq.next_element::<Cell<'de>>()? {
            if let Some(slot) = self.cells.get_mut(count) {
                *slot = cell;
            }
            count += 1;
        }
        Ok(Some(count))
    }
    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Option<usize>, A::Error> {
        CellVisitor.visit_map(map).map(|_| None)
    }
    fn visit_unit<E>(self) -> Result<Option<usize>, E> {
        Ok(None)
    }
    fn visit_bool<E>(self, _: bool) -> Result<Option<usize>, E> {
        Ok(None)
    }
    fn visit_i64<E>(self, _: i64) -> Result<Option<usize>, E> {
        Ok(None)
    }
    fn visit_u64<E>(self, _: u64) -> Result<Option<usize>, E> {
        Ok(None)
    }
    fn visit_f64<E>(self, _: f64) -> Result<Option<usize>, E> {
        Ok(None)
    }
    fn visit_str<E>(self, _: &str) -> Result<Option<usize>, E> {
        Ok(None)
    }
}

/// Any JSON value, borrowed from the input where possible; objects are skipped unread.
#[derive(Debug, Default)]
enum Cell<'a> {
    #[default]
    Null,
    Bool,
    Number(f64),
    Text(Cow<'a, str>),
    List(Vec<Cell<'a>>),
    Object,
}

impl<'de> Deserialize<'de> for Cell<'de> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(CellVisitor)
    }
}

struct CellVisitor;

impl<'de> Visitor<'de> for CellVisitor {
    type Value = Cell<'de>;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("any JSON value")
    }
    fn visit_unit<E>(self) -> Result<Cell<'de>, E> {
        Ok(Cell::Null)
    }
    fn visit_bool<E>(self, _: bool) -> Result<Cell<'de>, E> {
        Ok(Cell::Bool)
    }
    fn visit_i64<E>(self, value: i64) -> Result<Cell<'de>, E> {
        Ok(Cell::Number(value as f64))
    }
    fn visit_u64<E>(self, value: u64) -> Result<Cell<'de>, E> {
        Ok(Cell::Number(value as f64))
    }
    fn visit_f64<E>(self, value: f64) -> Result<Cell<'de>, E> {
        Ok(Cell::Number(value))
    }
    fn visit_borrowed_str<E>(self, value: &'de str) -> Result<Cell<'de>, E> {
        Ok(Cell::Text(Cow::Borrowed(value)))
    }
    fn visit_str<E>(self, value: &str) -> Result<Cell<'de>, E> {
        Ok(Cell::Text(Cow::Owned(value.to_owned())))
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Cell<'de>, A::Error> {
        let mut cells = Vec::new();
        while let Some(cell) = seq.next_element()? {
            cells.push(cell);
        }
        Ok(Cell::List(cells))
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Cell<'de>, A::Error> {
        while map.next_entry::<IgnoredAny, IgnoredAny>()?.is_some() {}
        Ok(Cell::Object)
    }
}

/// Why a row could not become a record: its id if it has one, the field at fault, what is
/// wrong.
type RowProblem = (Option<String>, Option<&'static str>, IssueKind, String);

fn record_from_cells<'a>(
    cells: &mut Cells<'a>,
    count: Option<usize>,
) -> Result<ObservationRecord<'a>, RowProblem> {
    let Some(count) = count else {
        return Err((
            None,
            None,
            IssueKind::WrongShape,
            "an observation must be an array".into(),
        ));
    };
    let id = match &cells[0] {
        Cell::Text(id) if count > 0 => Some(id.clone()),
        _ => None,
    };
    if !(REQUIRED_FIELDS..=OBSERVATION_FIELDS.len()).contains(&count) {
        return Err((
            id.map(Cow::into_owned),
            None,
            IssueKind::WrongShape,
            format!(
                "an observation has {count} fields, not {REQUIRED_FIELDS} to {}",
                OBSERVATION_FIELDS.len()
            ),
        ));
    }
    // Cells past `count` still hold the previous row's values: leave them out.
    let mut cells = cells.iter_mut().take(count);
    let mut next = |field: &'static str| Field {
        name: field,
        cell: cells.next().map(std::mem::take).unwrap_or_default(),
        id: id.as_deref(),
    };
    Ok(ObservationRecord {
        id: next("id").text()?,
        metric: next("metric").text()?,
        dimension: next("dimension").text()?,
        key: next("key").text()?,
        start: next("start").date()?,
        end: next("end").date()?,
        value: next("value").required_number()?,
        unit: next("unit").text()?,
        source: next("source").text()?,
        change_pct: next("change_pct").number()?,
        change_basis: next("change_basis").optional_text()?,
        note: next("note").text()?,
        flags: next("flags").flags()?,
    })
}

/// One cell of an observation array, with what is needed to report it.
struct Field<'a, 'i> {
    name: &'static str,
    cell: Cell<'a>,
    id: Option<&'i str>,
}

impl<'a> Field<'a, '_> {
    fn wrong(&self, kind: IssueKind, expected: &str) -> RowProblem {
        (
            self.id.map(str::to_owned),
            Some(self.name),
            kind,
            format!("`{}` must be {expected}", self.name),
        )
    }

    fn text(self) -> Result<Cow<'a, str>, RowProblem> {
        match self.cell {
            Cell::Text(text) => Ok(text),
            Cell::Null => Ok(Cow::Borrowed("")),
            _ => Err(self.wrong(IssueKind::WrongShape, "text")),
        }
    }

    fn optional_text(self) -> Result<Option<Cow<'a, str>>, RowProblem> {
        self.text().map(|text| (!text.is_empty()).then_some(text))
    }

    fn number(self) -> Result<Option<f64>, RowProblem> {
        match self.cell {
            Cell::Number(number) => Ok(Some(number)),
            Cell::Null => Ok(None),
            _ => Err(self.wrong(IssueKind::BadNumber, "a number")),
        }
    }

    fn required_number(self) -> Result<f64, RowProblem> {
        match self.cell {
            Cell::Number(number) => Ok(number),
            Cell::Null => Err(self.wrong(IssueKind::MissingField, "a number")),
            _ => Err(self.wrong(IssueKind::BadNumber, "a number")),
        }
    }

    fn date(self) -> Result<Option<Date>, RowProblem> {
        match &self.cell {
            Cell::Null => Ok(None),
            Cell::Text(text) => Date::parse(text)
                .map(Some)
                .ok_or_else(|| self.wrong(IssueKind::BadPeriod, "a YYYY-MM-DD date")),
            _ => Err(self.wrong(IssueKind::BadPeriod, "a YYYY-MM-DD date")),
        }
    }

    fn flags(self) -> Result<Flags, RowProblem> {
        let read = match &self.cell {
            Cell::Null => Some(Flags::default()),
            Cell::List(items) => items
                .iter()
                .map(|item| match item {
                    Cell::Text(name) => {
                        Flag::deserialize(de::value::StrDeserializer::<de::value::Error>::new(name))
                            .ok()
                    }
                    _ => None,
                })
                .collect(),
            _ => None,
        };
        read.ok_or_else(|| self.wrong(IssueKind::WrongShape, "a list of flags"))
    }
}
