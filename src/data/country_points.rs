//! Where each country's export flow line ends: the centre of its mainland in longitude and
//! latitude, as the build computes it from the map geometry (`country-points.json`:
//! `{ "US": [-99.07, 39.51] }`).

use super::FastMap;
use serde::Deserialize;

/// Mainland centres by ISO 3166-1 alpha-2 code.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(transparent)]
pub struct CountryPoints(FastMap<String, [f64; 2]>);

impl CountryPoints {
    /// Reads the file; an unreadable one is an error for the caller to report.
    pub fn from_json(text: &str) -> Result<CountryPoints, serde_json::Error> {
        serde_json::from_str(text)
    }

    /// `[longitude, latitude]` of `code`'s mainland centre.
    pub fn get(&self, code: &str) -> Option<[f64; 2]> {
        self.0.get(code).copied()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_two_coordinates_per_code_and_refuses_others() {
        let points = CountryPoints::from_json(r#"{"US": [-99.07, 39.51]}"#).unwrap();
        assert_eq!(points.get("US"), Some([-99.07, 39.51]));
        assert_eq!(points.get("FR"), None);
        assert!(CountryPoints::from_json(r#"{"US": [-99.07]}"#).is_err());
        assert!(CountryPoints::from_json(r#"{"US": "here"}"#).is_err());
    }
}
