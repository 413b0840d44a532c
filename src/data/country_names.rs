//! Names of every country the world map draws, in French, Arabic and English, as the build
//! writes them from `i18n-iso-countries` (`country-names.json`: `{ "MA": [fr, ar, en] }`).
//! Language choice is `i18n::country_name`'s, which prefers the code tables' own names.

use super::FastMap;
use serde::Deserialize;

/// Country names by ISO 3166-1 alpha-2 code.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(transparent)]
pub struct CountryNames(FastMap<String, [String; 3]>);

impl CountryNames {
    /// Reads the file; an unreadable one is an error for the caller to report.
    pub fn from_json(text: &str) -> Result<CountryNames, serde_json::Error> {
        serde_json::from_str(text)
    }

    /// The French, Arabic and English names of `code`.
    pub fn get(&self, code: &str) -> Option<&[String; 3]> {
        self.0.get(code)
    }

    /// Every code with a name.
    pub fn codes(&self) -> impl Iterator<Item = &str> {
        self.0.keys().map(String::as_str)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_three_names_per_code_and_refuses_fewer() {
        let names = CountryNames::from_json(r#"{"NO": ["Norvège", "النرويج", "Norway"]}"#).unwrap();
        assert_eq!(names.get("NO").map(|n| n[1].as_str()), Some("النرويج"));
        assert_eq!(names.get("ZZ"), None);
        assert!(CountryNames::from_json(r#"{"MA": ["Maroc"]}"#).is_err());
    }
}
