//! The small map of Morocco on a family page: the towns where its flagship crafts are made,
//! on the world geometry the export map registers, framed on Morocco (drawn whole).

use super::theme::Palette;
use super::{DataTable, WORLD_MAP};
use serde_json::{Value, json};

/// Morocco's extent (longitude, latitude), from Tangier to Lagouira.
const MOROCCO_BOUNDS: [[f64; 2]; 2] = [[-17.3, 36.1], [-0.9, 20.6]];

/// A town to mark: its name in the page's language and its position.
pub struct TownPoint {
    pub name: String,
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

/// The towns as a table, the map's text alternative: name, region and crafts.
pub fn places_table(caption: String, columns: [&str; 3], rows: Vec<[String; 3]>) -> DataTable {
    DataTable {
        caption,
        columns: columns.iter().map(|c| (*c).to_owned()).collect(),
        rows: rows.into_iter().map(Vec::from).collect(),
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
    fn the_table_of_towns_downloads_as_csv() {
        let rows = vec![[
            "Fez".to_owned(),
            "Fès-Meknès".to_owned(),
            "Zellige, \"Fez blue\"".to_owned(),
        ]];
        let table = places_table("Places".to_owned(), ["Place", "Region", "Crafts"], rows);
        assert_eq!(
            table.to_csv(),
            "Place,Region,Crafts\nFez,Fès-Meknès,\"Zellige, \"\"Fez blue\"\"\"\n"
        );
    }
}
