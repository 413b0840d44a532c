//! The small map of Morocco on a family page: the towns where its flagship crafts are made,
//! placed on Morocco (drawn whole) and its neighbours as projected at build time
//! ([`MoroccoGeometry`]), drawn by the app as SVG.

use super::{ChartId, ChartSpec, DataTable};
use crate::data::{
    Catalogue, Craft, Dataset, Mercator, MoroccoGeometry, PlacePoints, Source, Words,
};
use crate::i18n::{Locale, Msg, facet_name, places_count_text, places_summary, words};
use crate::showcase::Facet;
use serde::Serialize;
use std::sync::Arc;

/// Height of a town's label, in map units (the map is 800 units wide, drawn about 400 pixels).
pub const LABEL_SIZE: f64 = 22.0;
/// Average width of a character of a label, as a share of its height.
const CHARACTER_WIDTH: f64 = 0.55;
/// Space between a town's dot and its label, in map units.
const LABEL_GAP: f64 = 10.0;

/// A town to mark: its name in the page's language and its position.
pub struct TownPoint {
    /// The town's name in the page's language.
    pub name: String,
    /// `[longitude, latitude]`.
    pub position: [f64; 2],
}

/// A town on the map: its name, where it falls in map units, and whether its label is drawn
/// (a label that would cover an earlier one is left out; the table names every town).
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct PlacedTown {
    /// The town's name in the page's language.
    pub name: String,
    /// `[x, y]` in map units.
    pub at: [f64; 2],
    /// False when the label would overlap an earlier one.
    pub labelled: bool,
}

/// The towns placed on the map by `projection`, labels that would overlap left out.
pub fn places_map(towns: &[TownPoint], projection: &Mercator) -> Vec<PlacedTown> {
    let mut labels: Vec<[f64; 4]> = Vec::new();
    towns
        .iter()
        .map(|town| {
            let at = projection.project(town.position);
            let width = town.name.chars().count() as f64 * LABEL_SIZE * CHARACTER_WIDTH;
            let label = [
                at[0] + LABEL_GAP,
                at[1] - LABEL_SIZE / 2.0,
                at[0] + LABEL_GAP + width,
                at[1] + LABEL_SIZE / 2.0,
            ];
            let overlaps = labels.iter().any(|other| {
                label[0] < other[2]
                    && other[0] < label[2]
                    && label[1] < other[3]
                    && other[1] < label[3]
            });
            if !overlaps {
                labels.push(label);
            }
            PlacedTown {
                name: town.name.clone(),
                at: at.map(|v| (v * 10.0).round() / 10.0),
                labelled: !overlaps,
            }
        })
        .collect()
}

/// A place of the catalogue (its code) and the names of the crafts made there.
#[derive(Clone, Debug, PartialEq)]
pub struct CraftPlace {
    /// The place's code in the catalogue.
    pub place: String,
    /// The names of the crafts made there, in catalogue order.
    pub crafts: Vec<Words>,
}

/// The places of these crafts, each with the crafts made there, in first-seen order.
pub fn craft_places(crafts: &[Craft]) -> Vec<CraftPlace> {
    let mut places: Vec<CraftPlace> = Vec::new();
    for craft in crafts {
        for place in &craft.places {
            match places.iter_mut().find(|known| &known.place == place) {
                Some(known) => known.crafts.push(craft.name.clone()),
                None => places.push(CraftPlace {
                    place: place.clone(),
                    crafts: vec![craft.name.clone()],
                }),
            }
        }
    }
    places
}

/// The towns to mark, named in `locale`: the places the catalogue names and `points` locates.
pub fn town_points(
    places: &[CraftPlace],
    catalogue: &Catalogue,
    points: &PlacePoints,
    locale: Locale,
) -> Vec<TownPoint> {
    places
        .iter()
        .filter_map(|place| {
            Some(TownPoint {
                name: words(locale, &catalogue.place(&place.place)?.name).to_owned(),
                position: points.get(&place.place)?,
            })
        })
        .collect()
}

/// How many of the places have a position (none without the positions file).
pub fn located_count(places: &[CraftPlace], points: Option<&PlacePoints>) -> usize {
    points.map_or(0, |points| {
        places
            .iter()
            .filter(|place| points.get(&place.place).is_some())
            .count()
    })
}

/// The towns as a table, the map's text alternative: name, region and crafts, in `locale`. A
/// town the positions do not list is marked "not on the map"; without the positions file, no
/// town is marked (the table then stands alone).
pub fn places_table(
    places: &[CraftPlace],
    catalogue: &Catalogue,
    points: Option<&PlacePoints>,
    locale: Locale,
) -> DataTable {
    let rows = places
        .iter()
        .filter_map(|entry| {
            let place = catalogue.place(&entry.place)?;
            let mut name = words(locale, &place.name).to_owned();
            if points.is_some_and(|points| points.get(&entry.place).is_none()) {
                name = format!("{name} ({})", Msg::PlaceNotLocated.text(locale));
            }
            let region = place
                .region
                .as_deref()
                .and_then(|code| catalogue.region(code))
                .map_or_else(|| "—".to_owned(), |r| words(locale, &r.name).to_owned());
            let crafts: Vec<&str> = entry.crafts.iter().map(|c| words(locale, c)).collect();
            Some(vec![name, region, crafts.join(" · ")])
        })
        .collect();
    DataTable {
        caption: Msg::PlacesMapTitle.text(locale).to_owned(),
        columns: [
            Msg::PlacesLabel.text(locale),
            facet_name(locale, Facet::Region),
            Msg::CardCrafts.text(locale),
        ]
        .map(str::to_owned)
        .to_vec(),
        rows,
    }
}

/// What the map rests on: GeoNames for the towns' positions, Natural Earth for the borders.
pub fn places_map_sources() -> Vec<Source> {
    let source = |id: &str, outlet: &str, url: &str| Source {
        id: id.to_owned(),
        outlet: outlet.to_owned(),
        url: Some(url.to_owned()),
        date: None,
    };
    vec![
        source(
            "GeoNames",
            "GeoNames (CC BY 4.0)",
            "https://www.geonames.org/",
        ),
        source(
            "NaturalEarth",
            "Natural Earth",
            "https://www.naturalearthdata.com/",
        ),
    ]
}

/// The crafts whose towns to map, with the catalogue that names them, the towns' positions and
/// the map (`None` when they could not be loaded).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct PlacesChoice {
    /// The family's flagship crafts.
    pub crafts: Vec<Craft>,
    /// The catalogue naming the places and regions.
    pub catalogue: Arc<Catalogue>,
    /// The towns' positions; `None` when they could not be loaded.
    pub points: Option<Arc<PlacePoints>>,
    /// The map they are placed on; `None` when it could not be loaded.
    pub geometry: Option<Arc<MoroccoGeometry>>,
}

/// The places of the crafts, with what names and locates them (the choice).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct PlacesFigures {
    /// Each place with the crafts made there.
    pub places: Vec<CraftPlace>,
    /// The catalogue, the towns' positions and the map they were computed with.
    pub inputs: PlacesChoice,
}

/// "Where they are made": a family's towns on a small map of Morocco. Its drawing is the towns
/// placed on the map, which `ui::pages::family` draws as SVG (not an ECharts option).
pub struct PlacesSpec;

impl ChartSpec for PlacesSpec {
    const ID: ChartId = ChartId::FamilyPlaces;
    type Choice = PlacesChoice;
    type Figures = PlacesFigures;
    type Drawing = Vec<PlacedTown>;

    fn figures(_: &Dataset, choice: &PlacesChoice) -> PlacesFigures {
        PlacesFigures {
            places: craft_places(&choice.crafts),
            inputs: choice.clone(),
        }
    }
    fn title(_: &PlacesFigures, locale: Locale) -> String {
        Msg::PlacesMapTitle.text(locale).to_owned()
    }
    fn subtitle(figures: &PlacesFigures, locale: Locale) -> String {
        let on_map = located_count(&figures.places, figures.inputs.points.as_deref());
        places_count_text(locale, figures.places.len(), on_map)
    }
    fn summary(figures: &PlacesFigures, dataset: &Dataset, locale: Locale) -> String {
        let table = Self::table(figures, dataset, locale);
        places_summary(locale, table.rows.iter().map(|row| row[0].as_str()))
    }
    fn drawing(figures: &PlacesFigures, _: &Dataset, locale: Locale) -> Vec<PlacedTown> {
        let (Some(points), Some(geometry)) = (&figures.inputs.points, &figures.inputs.geometry)
        else {
            return Vec::new();
        };
        let towns = town_points(&figures.places, &figures.inputs.catalogue, points, locale);
        places_map(&towns, &geometry.projection)
    }
    fn table(figures: &PlacesFigures, _: &Dataset, locale: Locale) -> DataTable {
        places_table(
            &figures.places,
            &figures.inputs.catalogue,
            figures.inputs.points.as_deref(),
            locale,
        )
    }
    fn csv(figures: &PlacesFigures, dataset: &Dataset, locale: Locale) -> String {
        Self::table(figures, dataset, locale).to_csv()
    }
    fn sources(_: &PlacesFigures, _: &Dataset) -> Vec<Source> {
        places_map_sources()
    }
    fn missing_input(figures: &PlacesFigures) -> Option<String> {
        match (&figures.inputs.points, &figures.inputs.geometry) {
            (None, _) => Some("the towns' positions".to_owned()),
            (_, None) => Some("the map of Morocco".to_owned()),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn towns_are_placed_by_the_projection_and_overlapping_labels_are_left_out() {
        let projection = Mercator {
            scale: 2696.271977086227,
            translate: [828.2352941176471, 1829.678456847478],
        };
        let town = |name: &str, position| TownPoint {
            name: name.to_owned(),
            position,
        };
        let placed = places_map(
            &[
                town("Casablanca", [-7.61, 33.59]),
                town("Mohammédia", [-7.38, 33.69]),
                town("Tiznit", [-9.73, 29.7]),
            ],
            &projection,
        );
        assert_eq!(placed[0].at, [470.1, 149.8]);
        let labelled: Vec<bool> = placed.iter().map(|town| town.labelled).collect();
        assert_eq!(
            labelled,
            [true, false, true],
            "Mohammédia's label would cover Casablanca's"
        );
    }

    #[test]
    fn places_gather_their_crafts_and_the_table_marks_towns_not_on_the_map() {
        let catalogue = Catalogue::parse(include_str!("../../public/data/catalogue.json")).unwrap();
        let crafts: Vec<Craft> = catalogue.crafts_of("carpets").cloned().collect();
        let places = craft_places(&crafts);
        let all_places: Vec<&String> = crafts.iter().flat_map(|c| &c.places).collect();
        assert!(places.len() > 1);
        for place in &places {
            let made_there = crafts.iter().filter(|c| c.places.contains(&place.place));
            assert_eq!(place.crafts.len(), made_there.count());
            assert!(all_places.contains(&&place.place));
        }
        let first = &places[0].place;
        let points = PlacePoints::from_json(&format!(r#"{{"{first}":[-9.7,29.7]}}"#)).unwrap();
        assert_eq!(located_count(&places, Some(&points)), 1);
        assert_eq!(located_count(&places, None), 0);
        let towns = town_points(&places, &catalogue, &points, Locale::Fr);
        assert_eq!(towns.len(), 1);
        assert_eq!(towns[0].position, [-9.7, 29.7]);

        let table = places_table(&places, &catalogue, Some(&points), Locale::Fr);
        assert_eq!(table.columns, ["Lieux", "Région", "Métiers phares"]);
        assert_eq!(table.rows.len(), places.len());
        assert_eq!(table.rows[0][0], towns[0].name);
        assert!(
            table.rows[1][0].ends_with(&format!("({})", Msg::PlaceNotLocated.text(Locale::Fr)))
        );
        let unmarked = places_table(&places, &catalogue, None, Locale::Fr);
        assert!(unmarked.rows.iter().all(|row| !row[0].contains('(')));
        assert!(table.to_csv().starts_with("Lieux,Région,Métiers phares\n"));
    }

    #[test]
    fn the_map_cites_its_geography() {
        let outlets: Vec<String> = places_map_sources().into_iter().map(|s| s.outlet).collect();
        assert_eq!(outlets, ["GeoNames (CC BY 4.0)", "Natural Earth"]);
    }
}
