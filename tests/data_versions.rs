//! `atlas-data` keeps every published dataset: after new facts, the replaced `atlas.json` is
//! served from `data/v/<version>/` and listed in `versions.json`, and `check` fails when a
//! kept file is changed or missing. Runs the real binary on a copy of `public/data`.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use artisanat_atlas::data::{DataVersion, VersionIndex, parse_dataset};
use std::path::{Path, PathBuf};
use std::process::Command;

/// A scratch copy of the project's `public/data`, removed when dropped.
struct Scratch(PathBuf);

impl Scratch {
    fn new(name: &str) -> Scratch {
        let root =
            std::env::temp_dir().join(format!("atlas-versions-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&root);
        copy_dir(Path::new("public/data"), &root.join("public/data"));
        Scratch(root)
    }

    fn path(&self, file: &str) -> PathBuf {
        self.0.join("public").join(file)
    }

    fn read(&self, file: &str) -> String {
        std::fs::read_to_string(self.path(file)).unwrap()
    }

    fn run(&self, command: &str) -> (bool, String) {
        let output = Command::new(env!("CARGO_BIN_EXE_atlas-data"))
            .arg(command)
            .current_dir(&self.0)
            .output()
            .unwrap();
        let text = String::from_utf8_lossy(&output.stdout).into_owned()
            + &String::from_utf8_lossy(&output.stderr);
        (output.status.success(), text)
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).unwrap();
        }
    }
}

fn index(scratch: &Scratch) -> VersionIndex {
    VersionIndex::parse(&scratch.read("data/versions.json")).unwrap()
}

#[test]
fn the_bundled_index_names_the_current_file_and_keeps_readable_versions() {
    let index = VersionIndex::parse(&std::fs::read_to_string("public/data/versions.json").unwrap())
        .unwrap();
    let current = std::fs::read("public/data/atlas.json").unwrap();
    assert_eq!(index.current, DataVersion::of(&current));
    assert!(!index.kept.is_empty());
    for version in &index.kept {
        let text = std::fs::read_to_string(format!("public/{}", version.kept_path())).unwrap();
        assert_eq!(DataVersion::of(text.as_bytes()), *version);
        assert!(parse_dataset(&text).unwrap().issues.is_empty());
    }
}

#[test]
fn new_facts_keep_the_replaced_file_and_a_rebuild_changes_nothing() {
    let scratch = Scratch::new("publish");
    let before = scratch.read("data/atlas.json");
    let old = DataVersion::of(before.as_bytes());
    let facts =
        scratch
            .read("data/facts.csv")
            .replacen(",1100,MAD_million,", ",1101,MAD_million,", 1);
    std::fs::write(scratch.path("data/facts.csv"), facts).unwrap();

    let (ok, printed) = scratch.run("build");
    assert!(ok, "{printed}");
    let after = index(&scratch);
    assert_eq!(
        after.current,
        DataVersion::of(scratch.read("data/atlas.json").as_bytes())
    );
    assert_ne!(after.current, old);
    assert_eq!(after.kept.last(), Some(&old));
    let cut = parse_dataset(&scratch.read("data/headline.json")).unwrap();
    assert_eq!(
        cut.version, after.current,
        "the home page's cut names the new file"
    );
    assert_eq!(scratch.read(&old.kept_path()), before);

    let (ok, printed) = scratch.run("build");
    assert!(ok, "{printed}");
    assert_eq!(index(&scratch), after);
    assert!(scratch.run("check").0);
}

#[test]
fn check_fails_when_a_kept_version_is_changed_or_the_index_is_stale() {
    let scratch = Scratch::new("tamper");
    assert!(scratch.run("check").0);
    let kept = index(&scratch).kept[0].kept_path();
    let edited = scratch.read(&kept).replacen("1100", "1200", 1);
    std::fs::write(scratch.path(&kept), edited).unwrap();
    let (ok, printed) = scratch.run("check");
    assert!(!ok);
    assert!(printed.contains("was changed"), "{printed}");

    let scratch = Scratch::new("stale");
    let stale = VersionIndex {
        current: "000000000000".parse().unwrap(),
        ..index(&scratch)
    };
    std::fs::write(scratch.path("data/versions.json"), stale.to_json()).unwrap();
    let (ok, printed) = scratch.run("check");
    assert!(!ok);
    assert!(
        printed.contains("names 000000000000 as current"),
        "{printed}"
    );
}

/// A catalogue entry that names a fact no row has (a misspelt label key) or a label the
/// catalogue does not list fails `check` and `build`, naming the entry and the reference.
#[test]
fn check_fails_on_a_dangling_catalogue_reference() {
    let scratch = Scratch::new("dangling");
    assert!(scratch.run("check").0, "the bundled catalogue checks");
    let source = scratch.read("data/catalogue.source.json");
    for (from, to, named) in [
        (
            r#"[["label", "Tapis rbati"]]"#,
            r#"[["label", "Tapis rbatti"]]"#,
            "label tapis_rbati: no fact has label Tapis rbatti",
        ),
        (
            r#""labels": ["tapis_rbati", "tapis_boujaad"]"#,
            r#""labels": ["tapis_rbati", "tapis_boujad"]"#,
            "unknown label tapis_boujad",
        ),
    ] {
        assert!(source.contains(from), "{from}");
        std::fs::write(
            scratch.path("data/catalogue.source.json"),
            source.replace(from, to),
        )
        .unwrap();
        for command in ["check", "build"] {
            let (passed, output) = scratch.run(command);
            assert!(!passed, "{command} must fail on {to}");
            assert!(output.contains(named), "{command}: {output}");
        }
    }
}
