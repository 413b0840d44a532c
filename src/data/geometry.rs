//! The maps' shapes, projected at build time (`src/build_steps/build_world_map.mjs`) so that
//! the browser only draws SVG paths: no projection, no geometry work at run time.
//!
//! `world-map.json`: `{ "width", "height", "countries": [[code, path, x, y, radius], …] }`, in
//! path units (a quarter of a pixel of a 1000-pixel-wide map), countries west to east; `x, y`
//! is the centre of the mainland, `radius` that of a disc of the country's area.
//!
//! `morocco-map.json`: `{ "width", "height", "projection": { "scale", "translate" },
//! "countries": [[code, path], …] }`: Morocco and its neighbours cut to Morocco's frame, in a
//! Mercator projection the app applies to the towns it marks.

use serde::Deserialize;

/// One country of the world map.
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(from = "(String, String, f64, f64, f64)")]
pub struct CountryShape {
    /// ISO 3166-1 alpha-2 code (Natural Earth's name for the three shapes without one).
    pub code: String,
    /// The SVG path, in map units.
    pub path: String,
    /// Centre of the mainland, where a flow ends and a tooltip points.
    pub centre: [f64; 2],
    /// Radius of a disc of the country's area: how small the shape is to a finger.
    pub radius: f64,
}

impl From<(String, String, f64, f64, f64)> for CountryShape {
    fn from((code, path, x, y, radius): (String, String, f64, f64, f64)) -> CountryShape {
        CountryShape {
            code,
            path,
            centre: [x, y],
            radius,
        }
    }
}

/// The world map: its size in map units and its countries, west to east.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct WorldGeometry {
    /// Width in map units.
    pub width: f64,
    /// Height in map units.
    pub height: f64,
    /// Every country but Antarctica, Morocco whole.
    pub countries: Vec<CountryShape>,
}

impl WorldGeometry {
    /// Reads the file; an unreadable one is an error for the caller to report.
    pub fn from_json(text: &str) -> Result<WorldGeometry, serde_json::Error> {
        serde_json::from_str(text)
    }

    /// The shape of `code`.
    pub fn country(&self, code: &str) -> Option<&CountryShape> {
        self.countries.iter().find(|shape| shape.code == code)
    }

    /// The country a tap at `point` (map units) means, when a finger of `reach` map units
    /// cannot tell shapes apart: the nearest small country (one smaller than the reach) whose
    /// centre is within reach, among those `wanted` accepts. `None` leaves the choice to the
    /// shape under the finger.
    pub fn small_country_near(
        &self,
        point: [f64; 2],
        reach: f64,
        wanted: impl Fn(&str) -> bool,
    ) -> Option<&CountryShape> {
        let distance =
            |shape: &CountryShape| (shape.centre[0] - point[0]).hypot(shape.centre[1] - point[1]);
        self.countries
            .iter()
            .filter(|shape| shape.radius < reach && wanted(&shape.code))
            .map(|shape| (distance(shape), shape))
            .filter(|(distance, _)| *distance <= reach)
            .min_by(|a, b| a.0.total_cmp(&b.0))
            .map(|(_, shape)| shape)
    }
}

/// A Mercator projection as d3-geo applies it: `x = tx + k·λ`, `y = ty − k·ln tan(π/4 + φ/2)`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Deserialize)]
pub struct Mercator {
    /// `k`, map units per radian.
    pub scale: f64,
    /// `[tx, ty]`, where longitude 0 and the equator fall.
    pub translate: [f64; 2],
}

impl Mercator {
    /// `[longitude, latitude]` in degrees to map units.
    pub fn project(&self, [longitude, latitude]: [f64; 2]) -> [f64; 2] {
        let (lambda, phi) = (longitude.to_radians(), latitude.to_radians());
        let y = (std::f64::consts::FRAC_PI_4 + phi / 2.0).tan().ln();
        [
            self.translate[0] + self.scale * lambda,
            self.translate[1] - self.scale * y,
        ]
    }
}

/// The small map of Morocco: Morocco whole and its neighbours, cut to its frame.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct MoroccoGeometry {
    /// Width in map units.
    pub width: f64,
    /// Height in map units.
    pub height: f64,
    /// How a town's longitude and latitude fall on the map.
    pub projection: Mercator,
    /// `(code, path)` of each country in the frame.
    pub countries: Vec<(String, String)>,
}

impl MoroccoGeometry {
    /// Reads the file; an unreadable one is an error for the caller to report.
    pub fn from_json(text: &str) -> Result<MoroccoGeometry, serde_json::Error> {
        serde_json::from_str(text)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const WORLD: &str = r#"{"width": 4000, "height": 1757, "countries": [
        ["US", "M0 0l10 0l0 10z", 1004.7, 413.2, 205.5],
        ["FR", "M0 0l10 0l0 10z", 2022.5, 316.5, 53.5],
        ["BE", "M0 0l1 0l0 1z", 2042.6, 266.3, 11.6],
        ["LU", "M0 0l1 0l0 1z", 2055.8, 276.8, 3.3]]}"#;

    #[test]
    fn reads_the_world_file_and_refuses_a_shape_without_its_centre() {
        let world = WorldGeometry::from_json(WORLD).unwrap();
        assert_eq!(world.countries.len(), 4);
        let us = world.country("US").unwrap();
        assert_eq!((us.centre, us.radius), ([1004.7, 413.2], 205.5));
        assert!(
            WorldGeometry::from_json(r#"{"width":1,"height":1,"countries":[["US","M0 0"]]}"#)
                .is_err()
        );
    }

    #[test]
    fn a_tap_near_small_countries_picks_the_nearest_one_it_may_show() {
        let world = WorldGeometry::from_json(WORLD).unwrap();
        let near_belgium = [2045.0, 268.0];
        let pick = |reach, wanted: &dyn Fn(&str) -> bool| {
            world
                .small_country_near(near_belgium, reach, wanted)
                .map(|s| s.code.clone())
        };
        assert_eq!(pick(40.0, &|_| true).as_deref(), Some("BE"));
        assert_eq!(pick(40.0, &|code| code == "LU").as_deref(), Some("LU"));
        // France is larger than the finger: the shape under it decides.
        assert_eq!(pick(40.0, &|code| code == "FR"), None);
        // Out of reach.
        assert_eq!(pick(2.0, &|_| true), None);
    }

    #[test]
    fn the_mercator_projection_matches_d3() {
        // d3-geo 3.1.2: geoMercator().scale(2696.271977086227)
        //   .translate([828.2352941176471, 1829.678456847478])([-7.61, 33.59]) (Casablanca)
        let projection = Mercator {
            scale: 2696.271977086227,
            translate: [828.2352941176471, 1829.678456847478],
        };
        let [x, y] = projection.project([-7.61, 33.59]);
        assert!((x - 470.1176).abs() < 1e-3, "{x}");
        assert!((y - 149.7735).abs() < 1e-3, "{y}");
    }
}
