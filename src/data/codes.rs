//! The code tables that give the dataset's keys their names in French, Arabic and English:
//! craft families, ISO 3166 countries, world regions and Moroccan cities. They travel inside
//! the dataset (from `public/data/codes.csv`) so that a ministry file can bring its own.

use serde::{Deserialize, Serialize};

/// What a code names.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CodeKind {
    /// A craft family of the official export statistics.
    Family,
    /// A grouping used only by regional directorates (e.g. zellige in Fès).
    RegionalFamily,
    /// An ISO 3166-1 alpha-2 country.
    Country,
    /// A group of countries, written `region:<code>` in keys.
    Region,
    /// A Moroccan city (exit point, place of registration or manufacture).
    City,
    /// "Everything else", allowed in every breakdown.
    Other,
}

impl CodeKind {
    /// Whether codes of this kind take places in a ranking ("1st of 12 markets", the "Top
    /// market" card): a craft family, a country and a city each name one thing. A world region
    /// overlaps the countries in it and "other" gathers everything else, so they are shown
    /// beside a ranking but never placed in it. The match has no catch-all, so a new kind of
    /// code must be decided here.
    pub fn is_ranked(self) -> bool {
        match self {
            CodeKind::Family | CodeKind::RegionalFamily | CodeKind::Country | CodeKind::City => {
                true
            }
            CodeKind::Region | CodeKind::Other => false,
        }
    }
}

/// One code and its names.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Code {
    /// Which dimension it belongs to.
    pub kind: CodeKind,
    /// The code in the facts (`US`, `carpets`, `region:europe`).
    pub code: String,
    /// Its French name.
    pub fr: String,
    /// Its Arabic name.
    pub ar: String,
    /// Its English name.
    pub en: String,
}

/// Key prefix of world regions in `destination` keys.
pub const REGION_PREFIX: &str = "region:";

/// The dimensions whose keys must be known codes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum CodedDimension {
    /// Craft families (`carpets`, `pottery_stone`…).
    ProductFamily,
    /// Destination markets: countries and world regions.
    Destination,
    /// The city goods leave from (the ministry's "point de sortie").
    ExitPoint,
    /// The city an exporter is registered in.
    ExporterRegistrationCity,
    /// The city the goods are made in.
    ManufacturingCity,
}

impl CodedDimension {
    /// The coded dimension a dimension name stands for, if it is one.
    pub fn from_name(name: &str) -> Option<CodedDimension> {
        Some(match name {
            "product_family" => CodedDimension::ProductFamily,
            "destination" => CodedDimension::Destination,
            "exit_point" => CodedDimension::ExitPoint,
            "exporter_registration_city" => CodedDimension::ExporterRegistrationCity,
            "manufacturing_city" => CodedDimension::ManufacturingCity,
            _ => return None,
        })
    }

    /// The name used in the data, e.g. `exit_point`.
    pub fn name(self) -> &'static str {
        match self {
            CodedDimension::ProductFamily => "product_family",
            CodedDimension::Destination => "destination",
            CodedDimension::ExitPoint => "exit_point",
            CodedDimension::ExporterRegistrationCity => "exporter_registration_city",
            CodedDimension::ManufacturingCity => "manufacturing_city",
        }
    }
}

/// A key that does not fit its dimension.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum KeyProblem {
    /// Fewer `>` levels in the key than in the dimension.
    /// Fewer `>` levels in the key than in the dimension.
    PathTooShort {
        /// Levels in the key.
        levels: usize,
        /// Levels in the dimension.
        expected: usize,
    },
    /// A part of the key is not in the code tables for its dimension.
    UnknownCode {
        /// The unknown code.
        code: String,
        /// The dimension it was read under.
        dimension: &'static str,
    },
}

/// All code tables of a dataset.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Codes {
    entries: Vec<Code>,
}

impl Codes {
    /// The tables from their entries.
    pub fn new(entries: Vec<Code>) -> Codes {
        Codes { entries }
    }

    /// Every code, in file order.
    pub fn entries(&self) -> &[Code] {
        &self.entries
    }

    /// The entry for a key part: `region:europe` looks up the region `europe`.
    pub fn lookup(&self, key: &str) -> Option<&Code> {
        let (kinds, code): (&[CodeKind], &str) = match key.strip_prefix(REGION_PREFIX) {
            Some(region) => (&[CodeKind::Region], region),
            None => (
                &[
                    CodeKind::Family,
                    CodeKind::RegionalFamily,
                    CodeKind::Country,
                    CodeKind::City,
                    CodeKind::Other,
                ],
                key,
            ),
        };
        self.entries
            .iter()
            .find(|entry| entry.code == code && kinds.contains(&entry.kind))
    }

    /// Whether the key takes a place in a ranking: a code of the table whose kind is ranked
    /// ([`CodeKind::is_ranked`]). A code the table does not know is never ranked.
    pub fn ranks(&self, key: &str) -> bool {
        self.lookup(key).is_some_and(|entry| entry.kind.is_ranked())
    }

    /// The entries of one kind, in table order.
    pub fn of_kind(&self, kind: CodeKind) -> impl Iterator<Item = &Code> {
        self.entries.iter().filter(move |entry| entry.kind == kind)
    }

    /// Checks a dimension path (`product_family>exit_point`) against its key
    /// (`carpets>Casablanca`). Extra key levels refine the last dimension
    /// (`destination` / `region:africa>NG`); `+` joins several codes of one level.
    pub fn check_key(&self, dimension: &str, key: &str) -> Result<(), KeyProblem> {
        let dimensions: Vec<&str> = dimension.split('>').collect();
        let levels: Vec<&str> = key.split('>').collect();
        if levels.len() < dimensions.len() {
            return Err(KeyProblem::PathTooShort {
                levels: levels.len(),
                expected: dimensions.len(),
            });
        }
        for (index, level) in levels.iter().enumerate() {
            let name = dimensions[index.min(dimensions.len() - 1)];
            let Some(coded) = CodedDimension::from_name(name) else {
                continue;
            };
            for part in level.split('+') {
                if !self.fits(coded, part) {
                    return Err(KeyProblem::UnknownCode {
                        code: part.to_owned(),
                        dimension: coded.name(),
                    });
                }
            }
        }
        Ok(())
    }

    fn fits(&self, dimension: CodedDimension, part: &str) -> bool {
        let allowed: &[CodeKind] = match dimension {
            CodedDimension::ProductFamily => &[CodeKind::Family, CodeKind::RegionalFamily],
            CodedDimension::Destination if part.starts_with(REGION_PREFIX) => &[CodeKind::Region],
            CodedDimension::Destination => &[CodeKind::Country],
            _ => &[CodeKind::City],
        };
        self.lookup(part)
            .is_some_and(|code| code.kind == CodeKind::Other || allowed.contains(&code.kind))
    }
}

/// Reads `codes.csv` (`kind,code,fr,ar,en`); a line that does not parse is returned with its
/// line number.
pub fn codes_from_csv(text: &str) -> Result<Codes, String> {
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    let entries = reader
        .deserialize::<Code>()
        .enumerate()
        .map(|(index, row)| row.map_err(|error| format!("codes line {}: {error}", index + 2)))
        .collect::<Result<_, _>>()?;
    Ok(Codes::new(entries))
}

/// The project's own code tables, for tests.
#[cfg(test)]
pub(crate) fn test_codes() -> Codes {
    codes_from_csv(include_str!("../../public/data/codes.csv")).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn codes() -> Codes {
        let csv = "kind,code,fr,ar,en\n\
                   family,carpets,Tapis,الزرابي,Carpets\n\
                   regional_family,zellige,Zellige,الزليج,Zellige\n\
                   country,US,États-Unis,الولايات المتحدة,United States\n\
                   country,NG,Nigeria,نيجيريا,Nigeria\n\
                   region,africa,Afrique,أفريقيا,Africa\n\
                   city,Casablanca,Casablanca,الدار البيضاء,Casablanca\n\
                   other,other,Autres,أخرى,Other\n";
        codes_from_csv(csv).unwrap()
    }

    #[test]
    fn known_keys_pass_including_nested_combined_and_other() {
        let codes = codes();
        for (dimension, key) in [
            ("product_family", "carpets"),
            ("product_family", "zellige+carpets"),
            ("product_family", "other"),
            ("destination", "US"),
            ("destination", "region:africa>NG"),
            (
                "product_family>exit_point>destination",
                "carpets>Casablanca>US",
            ),
            ("exit_point", "Casablanca"),
            ("fair", "Maison & Objet"),
            ("city>product_family", "Fes medina>carpets"),
        ] {
            assert_eq!(codes.check_key(dimension, key), Ok(()), "{dimension} {key}");
        }
    }

    #[test]
    fn unknown_codes_and_short_paths_are_named() {
        let codes = codes();
        assert_eq!(
            codes.check_key("destination", "XX"),
            Err(KeyProblem::UnknownCode {
                code: "XX".into(),
                dimension: "destination"
            })
        );
        assert!(codes.check_key("destination", "carpets").is_err());
        assert!(codes.check_key("destination", "region:US").is_err());
        assert!(codes.check_key("exit_point", "US").is_err());
        assert_eq!(
            codes.check_key("product_family>exit_point", "carpets"),
            Err(KeyProblem::PathTooShort {
                levels: 1,
                expected: 2
            })
        );
    }

    #[test]
    fn only_single_families_countries_and_cities_rank() {
        let codes = test_codes();
        for key in ["carpets", "zellige", "US", "Casablanca"] {
            assert!(codes.ranks(key), "{key} ranks");
        }
        for key in [
            "other",
            "region:europe",
            "region:africa",
            "XX",
            "carpets+wood",
            "",
        ] {
            assert!(!codes.ranks(key), "{key} never ranks");
        }
    }

    #[test]
    fn lookup_names_regions_and_countries() {
        let codes = codes();
        assert_eq!(
            codes.lookup("region:africa").map(|c| c.en.as_str()),
            Some("Africa")
        );
        assert_eq!(codes.lookup("africa"), None);
        assert_eq!(
            codes.lookup("US").map(|c| c.fr.as_str()),
            Some("États-Unis")
        );
        assert!(codes_from_csv("kind,code,fr,ar,en\nplanet,x,a,b,c\n").is_err());
    }
}
