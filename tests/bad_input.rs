//! The bad-input corpus: every case ends in a translated message in French, Arabic and English
//! and never in a panic, and whatever loads still computes every indicator. The cases are the
//! files kept in `tests/corpus/data/` (hand-written: wrong types, missing fields, schema
//! versions, encodings…), mutations of the bundled files made here (truncations, every field
//! of a record given every wrong type, broken UTF-8, deep nesting, files of tens of MB), and
//! every query parameter given every value of `tests/corpus/hostile_params.txt`.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

#[path = "../benches/synthetic.rs"]
#[allow(dead_code)]
mod synthetic;

use artisanat_atlas::data::{Catalogue, DataError, Loaded, parse_dataset};
use artisanat_atlas::i18n::{
    Locale, catalogue_error_text, data_error_text, ignored_setting_text, skipped_records_text,
    unknown_language_text,
};
use artisanat_atlas::showcase::family_cards;
use artisanat_atlas::stats::dashboard;
use artisanat_atlas::url_state::{Parsed, SETTING_KEYS, canonical_setting, parse_locale};
use std::panic::{AssertUnwindSafe, catch_unwind};

/// Runs one case, naming it if it panics.
fn case<T>(label: &str, run: impl FnOnce() -> T) -> T {
    catch_unwind(AssertUnwindSafe(run)).unwrap_or_else(|_| panic!("case {label} panicked"))
}

/// A message in each language, none empty and no two alike.
fn assert_translated(label: &str, message: impl Fn(Locale) -> String) {
    let texts: Vec<String> = Locale::ALL.into_iter().map(message).collect();
    assert!(
        texts.iter().all(|t| !t.trim().is_empty()),
        "{label}: {texts:?}"
    );
    assert!(
        texts[0] != texts[1] && texts[1] != texts[2],
        "{label}: {texts:?}"
    );
}

/// What the app does with a data file's bytes (the browser decodes them as UTF-8, replacing
/// what is not): one error message, or the records that load with a count of those skipped,
/// every indicator computed on them.
fn load(label: &str, bytes: &[u8]) -> Result<Loaded, DataError> {
    let text = String::from_utf8_lossy(bytes);
    let outcome = case(label, || parse_dataset(&text));
    match &outcome {
        Ok(loaded) => {
            case(label, || dashboard(&loaded.dataset));
            if !loaded.issues.is_empty() {
                assert_translated(label, |l| skipped_records_text(l, loaded.issues.len()));
            }
        }
        Err(error) => assert_translated(label, |l| data_error_text(l, error)),
    }
    outcome
}

fn bundled(name: &str) -> Vec<u8> {
    std::fs::read(format!("public/data/{name}")).unwrap()
}

/// The kept corpus files; returns how many were run.
fn corpus_files() -> usize {
    let mut entries: Vec<_> = std::fs::read_dir("tests/corpus/data")
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .collect();
    entries.sort();
    for path in &entries {
        let label = path.display().to_string();
        let outcome = load(&label, &std::fs::read(path).unwrap());
        let name = path.file_stem().unwrap().to_string_lossy();
        if name.starts_with("refused_") {
            assert!(outcome.is_err(), "{label} must be refused with a message");
        }
        if name.ends_with("_future") {
            assert!(
                matches!(outcome, Err(DataError::UnsupportedVersion { .. })),
                "{label}"
            );
        }
        if name.starts_with("loads_") {
            let loaded = outcome.unwrap_or_else(|e| panic!("{label} must load: {e}"));
            assert!(
                !loaded.dataset.observations().is_empty(),
                "{label}: the good records load"
            );
        }
    }
    entries.len()
}

#[test]
fn every_corpus_case_ends_in_a_translated_message_and_never_a_panic() {
    let mut cases = corpus_files();
    cases += truncations("atlas.json", 60);
    cases += wrong_types_in_a_record();
    cases += broken_utf8();
    cases += deep_nesting();
    cases += catalogue_cases();
    cases += hostile_parameters();
    println!("{cases} bad-input cases");
    assert!(cases >= 200, "only {cases} cases");
}

/// The bundled file cut at `count` places: each is one located "not valid JSON" message.
fn truncations(name: &str, count: usize) -> usize {
    let bytes = bundled(name);
    for step in 1..=count {
        let cut = bytes.len() * step / (count + 1);
        let label = format!("{name} cut at byte {cut}");
        match load(&label, &bytes[..cut]) {
            Err(DataError::Malformed { line, .. }) => assert!(line > 0, "{label}"),
            other => panic!("{label}: {other:?}"),
        }
    }
    count
}

/// Each field of one record of the bundled file replaced by each wrong kind of value: that
/// record is reported (or kept, when the value is still acceptable), every other one loads.
fn wrong_types_in_a_record() -> usize {
    let text = String::from_utf8(bundled("atlas.json")).unwrap();
    let total = parse_dataset(&text).unwrap().dataset.observations().len();
    let (before, rest) = text.split_once("\"observations\":[\n").unwrap();
    let (row, after) = rest.split_once('\n').unwrap();
    let row: Vec<serde_json::Value> = serde_json::from_str(row.trim_end_matches(',')).unwrap();
    let wrong = [
        "null",
        "true",
        "{}",
        "[]",
        "\"\"",
        "\"NaN\"",
        "-1e308",
        "123456789012345678901234567890",
        "\"<script>alert(1)</script>\"",
        "[[[[[]]]]]",
    ];
    let mut cases = 0;
    for field in 0..13 {
        for value in wrong {
            let mut cells: Vec<String> = row.iter().map(|cell| cell.to_string()).collect();
            cells.resize(13, "null".to_owned());
            cells[field] = value.to_owned();
            let mutated = format!(
                "{before}\"observations\":[\n[{}],\n{after}",
                cells.join(",")
            );
            let label = format!("field {field} of the first record = {value}");
            let loaded =
                load(&label, mutated.as_bytes()).unwrap_or_else(|e| panic!("{label}: {e}"));
            let kept = loaded.dataset.observations().len();
            assert!(kept + 1 >= total, "{label}: {kept} of {total} records kept");
            cases += 1;
        }
    }
    cases
}

/// Bytes that are not UTF-8 put in several places of the bundled file.
fn broken_utf8() -> usize {
    let bytes = bundled("atlas.json");
    let mut cases = 0;
    for step in 1..=12 {
        let at = bytes.len() * step / 13;
        for junk in [
            &[0xff_u8, 0xfe][..],
            &[0xc3],
            &[0xe2, 0x82],
            &[0xed, 0xa0, 0x80],
        ] {
            let mut broken = bytes[..at].to_vec();
            broken.extend_from_slice(junk);
            broken.extend_from_slice(&bytes[at..]);
            load(&format!("{junk:x?} at byte {at}"), &broken).ok();
            cases += 1;
        }
    }
    cases
}

/// Nesting deep enough to overflow a recursive reader's stack, and files of tens of MB.
fn deep_nesting() -> usize {
    let cases: [(&str, String); 5] = [
        ("100 000 [", "[".repeat(100_000)),
        (
            "100 000 [ then ]",
            format!("{}{}", "[".repeat(100_000), "]".repeat(100_000)),
        ),
        (
            "10 000 nested objects",
            format!("{}1{}", "{\"a\":".repeat(10_000), "}".repeat(10_000)),
        ),
        (
            "a value nested 50 000 deep",
            String::from_utf8(bundled("atlas.json")).unwrap().replacen(
                "984.0",
                &format!("{}{}", "[".repeat(50_000), "]".repeat(50_000)),
                1,
            ),
        ),
        (
            "a 20 MB note",
            String::from_utf8(bundled("atlas.json")).unwrap().replacen(
                "described as a record",
                &"x".repeat(20_000_000),
                1,
            ),
        ),
    ];
    for (label, text) in &cases {
        load(label, text.as_bytes()).ok();
    }
    // Tens of MB of valid records: they all load.
    let large = synthetic::synthetic_json(200_000);
    assert!(large.len() > 20_000_000, "{} bytes", large.len());
    let loaded = load("200 000 records", large.as_bytes()).unwrap();
    assert_eq!(loaded.dataset.observations().len(), 200_000);
    cases.len() + 1
}

/// The catalogue cut and given wrong types: one translated message, or a catalogue whose
/// cards are drawn.
fn catalogue_cases() -> usize {
    let text = String::from_utf8(bundled("catalogue.json")).unwrap();
    let codes = parse_dataset(&String::from_utf8(bundled("atlas.json")).unwrap())
        .unwrap()
        .dataset
        .codes;
    let mut variants: Vec<(String, String)> = (1..=20)
        .map(|step| {
            let cut = text.len() * step / 21;
            let cut = (0..=cut)
                .rev()
                .find(|&i| text.is_char_boundary(i))
                .unwrap_or(0);
            (format!("catalogue cut at {cut}"), text[..cut].to_owned())
        })
        .collect();
    for (from, to) in [
        ("\"schema_version\":1", "\"schema_version\":9"),
        ("\"families\":[", "\"families\":{\"x\":["),
        ("\"crafts\":[", "\"crafts\":null,\"x\":["),
        ("\"places\":[", "\"places\":[null,"),
        ("\"sources\":[", "\"sources\":[{\"id\":1},"),
        ("\"code\":\"carpets\"", "\"code\":\"<script>\""),
        ("\"family\":\"carpets\"", "\"family\":\"atlantis\""),
        ("\"motif\":\"", "\"motif\":\"nothing-"),
    ] {
        variants.push((
            format!("catalogue {from} → {to}"),
            text.replacen(from, to, 1),
        ));
    }
    for (label, variant) in &variants {
        match case(label, || Catalogue::parse(variant)) {
            Ok(catalogue) => {
                case(label, || family_cards(&catalogue, &codes));
            }
            Err(error) => assert_translated(label, |l| catalogue_error_text(l, &error).to_owned()),
        }
    }
    variants.len()
}

/// Every parameter given every hostile value: refused (and named in a notice that quotes at
/// most 40 characters of it), or read as a value that is safe to put back in a link.
fn hostile_parameters() -> usize {
    let mut payloads: Vec<String> = include_str!("corpus/hostile_params.txt")
        .lines()
        .filter(|line| line.starts_with('"'))
        .map(|line| serde_json::from_str(line).unwrap())
        .collect();
    payloads.push("9".repeat(100_000));
    payloads.push("<".repeat(100_000));
    let mut cases = 0;
    for raw in &payloads {
        for key in SETTING_KEYS {
            let label = format!("{key}={}", raw.chars().take(60).collect::<String>());
            match case(&label, || canonical_setting(key, raw)) {
                Some(value) if key == "q" => assert!(value.chars().count() <= 100, "{label}"),
                Some(value) => {
                    let safe = value.len() <= 60
                        && (key == "period" || !value.contains(".."))
                        && value
                            .chars()
                            .all(|c| c.is_alphanumeric() || "-_:.#".contains(c));
                    assert!(safe, "{label} read as {value:?}");
                }
                None => {}
            }
            assert_translated(&label, |l| {
                let notice = ignored_setting_text(l, key, raw);
                assert!(notice.chars().count() < 140, "{label}: {notice}");
                notice
            });
            cases += 1;
        }
        match parse_locale(Some(raw)) {
            Parsed::Invalid(text) => assert_translated(raw, |l| unknown_language_text(l, &text)),
            other => panic!("lang={raw} read as {other:?}"),
        }
        cases += 1;
    }
    cases
}
