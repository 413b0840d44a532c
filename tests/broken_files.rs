//! Broken data files give located, typed problems and never a panic; the records that are fine
//! still load and every indicator still computes.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use artisanat_atlas::data::{DataError, IssueKind, Severity, parse_dataset};
use artisanat_atlas::stats::{Figure, Missing, dashboard};

fn fixture(name: &str) -> String {
    std::fs::read_to_string(format!("tests/fixtures/{name}")).unwrap()
}

#[test]
fn bad_records_are_each_reported_with_id_field_and_reason() {
    let loaded = parse_dataset(&fixture("bad_records.json")).unwrap();
    let found: Vec<_> = loaded
        .issues
        .iter()
        .map(|i| (i.record.as_str(), i.field.as_deref(), i.kind))
        .collect();
    assert_eq!(
        found,
        [
            ("S1", Some("id"), IssueKind::DuplicateId),
            ("source #3", None, IssueKind::WrongShape),
            ("code #4", None, IssueKind::WrongShape),
            ("F02", Some("key"), IssueKind::UnknownCode),
            ("F03", Some("start"), IssueKind::BadPeriod),
            ("F04", Some("value"), IssueKind::BadNumber),
            ("F01", Some("id"), IssueKind::DuplicateId),
            ("F05", Some("source"), IssueKind::UnknownSource),
            ("F06", Some("unit"), IssueKind::WrongUnit),
            ("F07", Some("value"), IssueKind::ImpossibleNegative),
            ("observation #9", None, IssueKind::WrongShape),
            ("F09", None, IssueKind::WrongShape),
            ("F10", Some("flags"), IssueKind::WrongShape),
            ("F13", Some("change_basis"), IssueKind::GrowthWithoutBasis),
            ("F14", Some("key"), IssueKind::BadDimensionPath),
            ("F15", Some("end"), IssueKind::BadPeriod),
            ("observation #17", Some("id"), IssueKind::MissingField),
            ("observation #19", None, IssueKind::WrongShape),
            ("F11, F12", Some("value"), IssueKind::SharesOverHundred),
        ]
    );
    let kept: Vec<_> = (0..loaded.dataset.observations().len())
        .map(|i| loaded.dataset.id(i))
        .collect();
    assert_eq!(
        kept,
        ["F01", "F11", "F12", "F13", "F16"],
        "warnings keep their record"
    );
    let warnings = loaded
        .issues
        .iter()
        .filter(|i| i.severity() == Severity::Warning)
        .count();
    assert_eq!(warnings, 2);
    // What loaded still computes: 2024 = 1,100 and the 2019 level it implies.
    let board = dashboard(&loaded.dataset);
    assert_eq!(
        board.annual.year(2024).unwrap().point.figure.value(),
        Some(1100.0)
    );
    assert!(board.annual.year(2019).unwrap().point.figure.is_derived());
}

#[test]
fn unreadable_files_are_one_clear_error() {
    match parse_dataset(&fixture("truncated.json")) {
        Err(DataError::Malformed { line, column, .. }) => assert_eq!((line, column), (7, 0)),
        other => panic!("expected Malformed, got {other:?}"),
    }
    for name in [
        "not_a_dataset.json",
        "observations_first.json",
        "wrong_fields.json",
    ] {
        assert!(
            matches!(
                parse_dataset(&fixture(name)),
                Err(DataError::NotADataset { .. })
            ),
            "{name}"
        );
    }
    assert_eq!(
        parse_dataset(&fixture("future_version.json")),
        Err(DataError::UnsupportedVersion {
            found: 3,
            supported: 2
        })
    );
    // A cut names the whole file's version; anything else there is refused, not guessed.
    let cut = std::fs::read_to_string("public/data/headline.json").unwrap();
    let value = cut.find("\"cut_of\":\"").unwrap() + "\"cut_of\":".len();
    let quoted_version = "\"f1c1a7b71b7c\"".len();
    for bad in ["\"../../etc\"", "\"F1C1A7B71B7C\"", "12", "null"] {
        let named = format!("{}{bad}{}", &cut[..value], &cut[value + quoted_version..]);
        assert!(
            matches!(parse_dataset(&named), Err(DataError::NotADataset { .. })),
            "{bad}"
        );
    }
}

#[test]
fn an_empty_dataset_gives_missing_figures_not_zeros() {
    let loaded = parse_dataset(&fixture("empty.json")).unwrap();
    assert_eq!(loaded.issues, []);
    let board = dashboard(&loaded.dataset);
    assert!(board.annual.points.is_empty());
    assert_eq!(
        board.growth_since_base,
        Figure::Missing(Missing::InputMissing)
    );
    assert!(board.families.latest.is_none() && board.checks.is_empty());
}
