//! The small map of Morocco on a family page: the towns where its flagship crafts are made,
//! on the world geometry the export map registers, framed on Morocco (drawn whole).

use super::theme::Palette;
use super::{ChartId, ChartSpec, DataTable, WORLD_MAP};
use crate::data::{Catalogue, CountryPoints, Craft, Dataset, Source, Words};
use crate::i18n::{Locale, Msg, facet_name, places_count_text, places_summary, words};
use crate::showcase::Facet;
use serde_json::{Value, json};
use std::sync::Arc;

/// Morocco's extent (longitude, latitude), from Tangier to Lagouira.
const MOROCCO_BOUNDS: [[f64; 2]; 2] = [[-17.3, 36.1], [-0.9, 20.6]];

/// A town to mark: its name in the page's language and its position.
pub struct TownPoint {
    /// The town's name in the page's language.
    pub name: String,
    /// `[longitude, latitude]`.
    pub position: [f64; 2],
}

/// The map's ECharts option: Morocco shaded, its neighbours grey, one labelled dot per town.
pub fn places_map(towns: &[TownPoint]) -> Value {
    let data: Vec<Value> = towns
        .iter()
        .map(|town| json!({ "name": town.name, "value": town.position }))
        .collect();
    json!({
        "animation": false,
        "tooltip": { "trigger": "item", "formatter": "{b}" },
        "geo": {
            "map": WORLD_MAP,
            "roam": false,
            "silent": true,
            "boundingCoords": MOROCCO_BOUNDS,
            "itemStyle": { "areaColor": "#eeeeee", "borderColor": "#ffffff" },
            "regions": [{ "name": "MA", "itemStyle": { "areaColor": Palette::DERIVED } }],
        },
        "series": [{
            "type": "scatter",
            "coordinateSystem": "geo",
            "symbolSize": 9,
            "itemStyle": { "color": Palette::OTHER, "borderColor": "#ffffff", "borderWidth": 1 },
            "label": { "show": true, "position": "right", "formatter": "{b}", "color": Palette::INK, "fontSize": 11 },
            "labelLayout": { "hideOverlap": true },
            "data": data,
        }],
    })
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
    points: &CountryPoints,
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
pub fn located_count(places: &[CraftPlace], points: Option<&CountryPoints>) -> usize {
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
    points: Option<&CountryPoints>,
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

/// The crafts whose towns to map, with the catalogue that names them and the towns' positions
/// (`None` until loaded, or when they could not be).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct PlacesChoice {
    /// The family's flagship crafts.
    pub crafts: Vec<Craft>,
    /// The catalogue naming the places and regions.
    pub catalogue: Arc<Catalogue>,
    /// The towns' positions; `None` when they could not be loaded.
    pub points: Option<Arc<CountryPoints>>,
}

/// The places of the crafts, with what names and locates them.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct PlacesFigures {
    /// Each place with the crafts made there.
    pub places: Vec<CraftPlace>,
    /// The catalogue naming them.
    pub catalogue: Arc<Catalogue>,
    /// Their positions, when loaded.
    pub points: Option<Arc<CountryPoints>>,
}

/// "Where they are made": a family's towns on a small map of Morocco.
pub struct PlacesSpec;

impl ChartSpec for PlacesSpec {
    const ID: ChartId = ChartId::FamilyPlaces;
    type Choice = PlacesChoice;
    type Figures = PlacesFigures;
    type Drawing = Value;

    fn figures(_: &Dataset, choice: &PlacesChoice) -> PlacesFigures {
        PlacesFigures {
            places: craft_places(&choice.crafts),
            catalogue: Arc::clone(&choice.catalogue),
            points: choice.points.clone(),
        }
    }
    fn title(_: &PlacesFigures, locale: Locale) -> String {
        Msg::PlacesMapTitle.text(locale).to_owned()
    }
    fn subtitle(figures: &PlacesFigures, locale: Locale) -> String {
        let on_map = located_count(&figures.places, figures.points.as_deref());
        places_count_text(locale, figures.places.len(), on_map)
    }
    fn summary(figures: &PlacesFigures, dataset: &Dataset, locale: Locale) -> String {
        let table = Self::table(figures, dataset, locale);
        places_summary(locale, table.rows.iter().map(|row| row[0].as_str()))
    }
    fn drawing(figures: &PlacesFigures, _: &Dataset, locale: Locale) -> Value {
        let towns = figures.points.as_deref().map_or_else(Vec::new, |points| {
            town_points(&figures.places, &figures.catalogue, points, locale)
        });
        places_map(&towns)
    }
    fn table(figures: &PlacesFigures, _: &Dataset, locale: Locale) -> DataTable {
        places_table(
            &figures.places,
            &figures.catalogue,
            figures.points.as_deref(),
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
        figures
            .points
            .is_none()
            .then(|| "the towns' positions".to_owned())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn towns_are_labelled_dots_on_a_map_framed_on_morocco() {
        let option = places_map(&[TownPoint {
            name: "Tiznit".to_owned(),
            position: [-9.73, 29.7],
        }]);
        assert_eq!(option["geo"]["map"], WORLD_MAP);
        assert_eq!(option["geo"]["boundingCoords"], json!(MOROCCO_BOUNDS));
        assert_eq!(option["geo"]["regions"][0]["name"], "MA");
        let series = &option["series"][0];
        assert_eq!(series["coordinateSystem"], "geo");
        assert_eq!(
            series["data"],
            json!([{ "name": "Tiznit", "value": [-9.73, 29.7] }])
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
        let points = CountryPoints::from_json(&format!(r#"{{"{first}":[-9.7,29.7]}}"#)).unwrap();
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
