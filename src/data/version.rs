//! Data versions: each published `atlas.json` is named by a hash of its bytes, so an embed can
//! pin the figures it was made with. `atlas-data build` keeps every earlier file under
//! `data/v/<version>/atlas.json` and lists them in `data/versions.json`; the app serves the
//! version a link asks for when it is kept, and says so when it is not. Unpinned, a page reads
//! the current file of its [`DatasetCut`]: the whole dataset, or its headline facts.

use serde::{Deserialize, Serialize};
use std::fmt;
use std::str::FromStr;

/// The index of kept versions, beside `atlas.json`.
pub const VERSIONS_FILE: &str = "data/versions.json";

/// Which part of the current dataset a page reads.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DatasetCut {
    /// Every fact: `data/atlas.json`.
    Whole,
    /// The facts the headline figures read (`stats::headline_facts`): `data/headline.json`,
    /// about half the download, for the home page and the headline figures' embeds, and for
    /// the crafts showcase and the family embeds, whose cards read the same exports by family.
    Headline,
}

impl DatasetCut {
    /// The current file of this cut, below the app's base.
    pub fn path(self) -> &'static str {
        match self {
            DatasetCut::Whole => "data/atlas.json",
            DatasetCut::Headline => "data/headline.json",
        }
    }

    /// The cut the page at `route` (`/`, `/embed/kpi/cagr`, `/craft/carpets`) reads when no
    /// link pins a version, as its bundle chooses it (`ui::app`): its shell asks the browser
    /// for that file with the page.
    pub fn read_on(route: &str) -> DatasetCut {
        match route.trim_start_matches('/') {
            "" | "crafts" => DatasetCut::Headline,
            below if below.starts_with("embed/kpi/") || below.starts_with("embed/family/") => {
                DatasetCut::Headline
            }
            _ => DatasetCut::Whole,
        }
    }
}

/// Hex digits in a version name.
const VERSION_DIGITS: usize = 12;

/// The name of one published dataset: the first 12 hex digits of the 64-bit FNV-1a hash of
/// its bytes (a stable, documented hash anyone can recompute).
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct DataVersion(String);

impl DataVersion {
    /// The version of a dataset file with these bytes.
    pub fn of(bytes: &[u8]) -> DataVersion {
        const OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
        const PRIME: u64 = 0x0100_0000_01b3;
        let hash = bytes.iter().fold(OFFSET, |hash, &byte| {
            (hash ^ u64::from(byte)).wrapping_mul(PRIME)
        });
        DataVersion(format!("{hash:016x}")[..VERSION_DIGITS].to_owned())
    }

    /// The version's name, as written in links.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// Where a kept (earlier) version is served, below the app's base.
    pub fn kept_path(&self) -> String {
        format!("data/v/{}/atlas.json", self.0)
    }
}

/// Why a `?data=` value is not a version name.
#[derive(Clone, Debug, PartialEq, thiserror::Error)]
#[error("a data version is {VERSION_DIGITS} lowercase hex digits")]
pub struct NotAVersion;

impl FromStr for DataVersion {
    type Err = NotAVersion;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        let hex = |c: char| c.is_ascii_digit() || ('a'..='f').contains(&c);
        if text.len() == VERSION_DIGITS && text.chars().all(hex) {
            Ok(DataVersion(text.to_owned()))
        } else {
            Err(NotAVersion)
        }
    }
}

impl TryFrom<String> for DataVersion {
    type Error = NotAVersion;

    fn try_from(text: String) -> Result<Self, Self::Error> {
        text.parse()
    }
}

impl From<DataVersion> for String {
    fn from(version: DataVersion) -> String {
        version.0
    }
}

impl fmt::Display for DataVersion {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// `data/versions.json`: the current version and the earlier ones still served, oldest first.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct VersionIndex {
    /// The version of the current `atlas.json`.
    pub current: DataVersion,
    /// The earlier versions kept for pinned links.
    pub kept: Vec<DataVersion>,
}

/// Which file answers a link that pins `requested`, and so how the data on screen relates to
/// the version the link asked for.
#[derive(Clone, Debug, Default, PartialEq)]
pub enum VersionChoice {
    /// The current `atlas.json`: no pin, or the pin names the current version.
    #[default]
    Current,
    /// An earlier version that is kept.
    Kept(DataVersion),
    /// A version that is not kept (never published here, or removed): the current data is
    /// shown, with a notice naming the version asked for.
    NotKept(DataVersion),
}

impl VersionIndex {
    /// Reads the index; `None` when it is not one (the app then shows the current data).
    pub fn parse(text: &str) -> Option<VersionIndex> {
        serde_json::from_str(text).ok()
    }

    /// The index as written to disk, one version per line.
    pub fn to_json(&self) -> String {
        let kept: Vec<String> = self.kept.iter().map(|v| format!("\"{v}\"")).collect();
        format!(
            "{{\"current\":\"{}\",\n\"kept\":[\n{}\n]}}\n",
            self.current,
            kept.join(",\n")
        )
    }

    /// The file that answers a pin to `requested`.
    pub fn choose(&self, requested: &DataVersion) -> VersionChoice {
        if *requested == self.current {
            VersionChoice::Current
        } else if self.kept.contains(requested) {
            VersionChoice::Kept(requested.clone())
        } else {
            VersionChoice::NotKept(requested.clone())
        }
    }

    /// The index after publishing a file of version `next`: the current version is kept
    /// (once) when it changes.
    pub fn publish(&self, next: DataVersion) -> VersionIndex {
        let mut kept = self.kept.clone();
        let replaced = self.current != next && !self.current.as_str().is_empty();
        if replaced && !kept.contains(&self.current) {
            kept.push(self.current.clone());
        }
        kept.retain(|version| *version != next);
        VersionIndex {
            current: next,
            kept,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn version(text: &str) -> DataVersion {
        text.parse().unwrap()
    }

    #[test]
    fn the_home_page_the_crafts_and_their_embeds_read_the_cut_every_other_page_the_whole_file() {
        for route in [
            "/",
            "",
            "/embed/kpi/cagr",
            "/crafts",
            "crafts",
            "/embed/family/carpets",
        ] {
            assert_eq!(DatasetCut::read_on(route), DatasetCut::Headline, "{route}");
        }
        for route in [
            "/indicators",
            "/embed/chart/exports",
            "/craft/carpets",
            "/embed/kpi",
            "/embed/family",
            "/sources",
            "/crafts/more",
        ] {
            assert_eq!(DatasetCut::read_on(route), DatasetCut::Whole, "{route}");
        }
    }

    #[test]
    fn versions_are_the_fnv1a_hash_of_the_bytes() {
        // FNV-1a 64 of "" is cbf29ce484222325 and of "a" is af63dc4c8601ec8c (reference values).
        assert_eq!(DataVersion::of(b"").as_str(), "cbf29ce48422");
        assert_eq!(DataVersion::of(b"a").as_str(), "af63dc4c8601");
        assert_ne!(DataVersion::of(b"{}"), DataVersion::of(b"{} "));
    }

    #[test]
    fn only_twelve_lowercase_hex_digits_name_a_version() {
        assert!("af63dc4c8601".parse::<DataVersion>().is_ok());
        for bad in [
            "",
            "AF63DC4C8601",
            "af63dc4c860",
            "af63dc4c86011",
            "../../etc/pa",
            "af63dc4c860g",
            "<script>x</s",
        ] {
            assert_eq!(bad.parse::<DataVersion>(), Err(NotAVersion), "{bad}");
        }
        assert_eq!(
            version("af63dc4c8601").kept_path(),
            "data/v/af63dc4c8601/atlas.json"
        );
    }

    #[test]
    fn a_pin_picks_the_current_file_a_kept_one_or_none() {
        let index = VersionIndex {
            current: version("000000000002"),
            kept: vec![version("000000000001")],
        };
        assert_eq!(
            index.choose(&version("000000000002")),
            VersionChoice::Current
        );
        assert_eq!(
            index.choose(&version("000000000001")),
            VersionChoice::Kept(version("000000000001"))
        );
        assert_eq!(
            index.choose(&version("000000000009")),
            VersionChoice::NotKept(version("000000000009"))
        );
    }

    #[test]
    fn publishing_keeps_the_replaced_version_once() {
        let first = VersionIndex::default().publish(version("000000000001"));
        assert_eq!(first.kept, vec![]);
        let second = first.publish(version("000000000002"));
        assert_eq!(second.kept, vec![version("000000000001")]);
        assert_eq!(second.publish(version("000000000002")), second);
        let back = second.publish(version("000000000001"));
        assert_eq!(back.current, version("000000000001"));
        assert_eq!(back.kept, vec![version("000000000002")]);
    }

    #[test]
    fn the_index_reads_back_what_it_writes_and_refuses_bad_names() {
        let index = VersionIndex {
            current: version("000000000002"),
            kept: vec![version("000000000001"), version("00000000000a")],
        };
        assert_eq!(VersionIndex::parse(&index.to_json()), Some(index));
        assert_eq!(VersionIndex::parse(r#"{"current":"../x","kept":[]}"#), None);
        assert_eq!(VersionIndex::parse("{"), None);
    }
}
