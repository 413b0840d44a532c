//! Where the catalogue's towns are, in longitude and latitude, as the build finds them in
//! GeoNames (`place-points.json`: `{ "tiznit": [-9.73, 29.7] }`), for the small maps of Morocco.

use super::FastMap;
use serde::Deserialize;

/// Positions by the catalogue's place code.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(transparent)]
pub struct PlacePoints(FastMap<String, [f64; 2]>);

impl PlacePoints {
    /// Reads the file; an unreadable one is an error for the caller to report.
    pub fn from_json(text: &str) -> Result<PlacePoints, serde_json::Error> {
        serde_json::from_str(text)
    }

    /// `[longitude, latitude]` of the place `code`.
    pub fn get(&self, code: &str) -> Option<[f64; 2]> {
        self.0.get(code).copied()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_two_coordinates_per_code_and_refuses_others() {
        let points = PlacePoints::from_json(r#"{"tiznit": [-9.73, 29.7]}"#).unwrap();
        assert_eq!(points.get("tiznit"), Some([-9.73, 29.7]));
        assert_eq!(points.get("FR"), None);
        assert!(PlacePoints::from_json(r#"{"tiznit": [-9.73]}"#).is_err());
        assert!(PlacePoints::from_json(r#"{"US": "here"}"#).is_err());
    }
}
