//! "Where Moroccan crafts sell": a world choropleth of one period's destinations, by share or by
//! value. charming 0.6 has no `map` series, so the option is written as JSON here, still pure
//! and tested natively. Countries without a figure keep the neutral land colour ("no data"),
//! distinct from the lightest shade a zero would take; world regions (Europe, Arab countries)
//! are not countries and are never painted: the page lists them beside the map. Morocco, the
//! origin, has its own colour.

use super::Palette;
use super::responsive::NARROW_WIDTH;
use crate::data::{CountryNames, CountryPoints, Dataset, REGION_PREFIX};
use crate::i18n::{Locale, Msg, country_name, format_number, format_percent, map_tooltip_lines};
use crate::stats::{Breakdown, BreakdownRow, Figure};
use serde_json::{Value, json};

/// The name the world geometry is registered under (`echarts.registerMap`).
pub const WORLD_MAP: &str = "world";

/// Morocco, drawn in its own colour as the origin of the exports.
const MOROCCO: &str = "MA";
/// Colour of land with no figure.
const NO_DATA: &str = "#e6e2da";
/// Lightest and darkest shades of the scale.
const SCALE: [&str; 2] = ["#d6e4f3", Palette::HEADLINE];

/// What the colours measure.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MapMeasure {
    /// Share of national exports, in percent.
    Share,
    /// Exports in MAD million.
    Value,
}

/// A destination country with a figure for the measure.
fn country_figures(breakdown: &Breakdown, measure: MapMeasure) -> Vec<(&BreakdownRow, &Figure)> {
    breakdown
        .rows
        .iter()
        .filter(|row| !row.key.starts_with(REGION_PREFIX))
        .map(|row| {
            let point = match measure {
                MapMeasure::Share => &row.share,
                MapMeasure::Value => &row.value,
            };
            (row, &point.figure)
        })
        .filter(|(_, figure)| figure.value().is_some())
        .collect()
}

/// Text for ECharts' HTML tooltip, with markup characters escaped.
fn escape_html(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// A tooltip of lines, the first one (the name) in bold.
fn tooltip_html(lines: &[String]) -> String {
    let mut lines = lines.iter().map(|line| escape_html(line));
    let name = lines.next().unwrap_or_default();
    std::iter::once(format!("<strong>{name}</strong>"))
        .chain(lines)
        .collect::<Vec<_>>()
        .join("<br/>")
}

/// Width of the flow line to the largest market, in pixels; the others in proportion.
const WIDEST_FLOW: f64 = 8.0;

/// Builds the option: a `geo` component draws the world (named in the page's language through
/// `nameMap`), the map series colours it, and with `flows` (mainland centres) a `lines` series
/// joins Morocco to each coloured country, as wide as its figure. Data items carry the
/// localized name the region has and their code, for clicks.
pub fn export_map(
    breakdown: &Breakdown,
    measure: MapMeasure,
    dataset: &Dataset,
    names: &CountryNames,
    flows: Option<&CountryPoints>,
    locale: Locale,
) -> Value {
    let figures = country_figures(breakdown, measure);
    let highest = figures
        .iter()
        .filter_map(|(_, figure)| figure.value())
        .fold(0.0, f64::max);
    let top = if highest > 0.0 { highest } else { 1.0 };
    let scale_end = |value: f64| match measure {
        MapMeasure::Share => format_percent(locale, value, 0),
        MapMeasure::Value => format_number(locale, value, 0),
    };
    let morocco = country_name(locale, &dataset.codes, names, MOROCCO);
    let mut series = vec![json!({
        "type": "map",
        "geoIndex": 0,
        // Regions without an item take the series colour: the "no data" land colour.
        "itemStyle": { "color": NO_DATA },
        "data": map_items(breakdown, &figures, dataset, names, locale),
    })];
    if let Some(points) = flows {
        series.push(flow_lines(&figures, points, top));
    }
    let option = json!({
        "tooltip": { "trigger": "item" },
        "geo": {
            "map": WORLD_MAP,
            "roam": true,
            "nameMap": name_map(dataset, names, locale),
            "itemStyle": { "areaColor": NO_DATA, "borderColor": "#ffffff", "borderWidth": 0.5 },
            "emphasis": { "label": { "show": false }, "itemStyle": { "areaColor": Palette::OTHER } },
            "select": { "disabled": true },
            "regions": [{ "name": morocco, "itemStyle": { "areaColor": Palette::OTHER } }],
        },
        "visualMap": {
            "type": "continuous",
            "seriesIndex": 0,
            "min": 0,
            "max": top,
            "text": [scale_end(top), scale_end(0.0)],
            // Arabic reads the scale from the right: its low end is there.
            "inverse": locale.is_rtl(),
            "inRange": { "color": SCALE },
            "calculable": false,
            "orient": "horizontal",
            "left": "center",
            "bottom": 8,
            "textStyle": { "color": Palette::INK },
        },
        "series": series,
    });
    // On a phone one finger scrolls the page, never pans the map: pinch zooms it.
    json!({
        "baseOption": option,
        "media": [
            { "option": { "geo": { "roam": true } } },
            { "query": { "maxWidth": NARROW_WIDTH }, "option": { "geo": { "roam": "scale" } } },
        ],
    })
}

/// One item per coloured country, with its tooltip, then Morocco (no value: not a market), then
/// every other country with no value, so that its tooltip says nothing is published and a click
/// knows its code.
fn map_items(
    breakdown: &Breakdown,
    figures: &[(&BreakdownRow, &Figure)],
    dataset: &Dataset,
    names: &CountryNames,
    locale: Locale,
) -> Vec<Value> {
    let codes = &dataset.codes;
    let countries = figures.iter().map(|(row, figure)| {
        let name = country_name(locale, codes, names, &row.key);
        let tooltip = map_tooltip_lines(locale, dataset, breakdown, row, &name);
        json!({
            "name": name,
            "code": row.key,
            "value": figure.value(),
            "computed": figure.is_derived(),
            "tooltip": { "formatter": tooltip_html(&tooltip) },
        })
    });
    let plain = |code: &str, note: Msg| {
        let name = country_name(locale, codes, names, code);
        let tooltip = tooltip_html(&[format!("{name} — {}", note.text(locale))]);
        json!({ "name": name, "code": code, "tooltip": { "formatter": tooltip } })
    };
    let coloured = |code: &str| figures.iter().any(|(row, _)| row.key == code);
    let mut silent: Vec<&str> = names
        .codes()
        .filter(|&code| code != MOROCCO && !coloured(code))
        .collect();
    silent.sort_unstable();
    countries
        .chain([plain(MOROCCO, Msg::MapOrigin)])
        .chain(silent.into_iter().map(|code| plain(code, Msg::NotReported)))
        .collect()
}

/// Lines from Morocco's mainland centre to each coloured country's, wider for larger figures.
fn flow_lines(figures: &[(&BreakdownRow, &Figure)], points: &CountryPoints, top: f64) -> Value {
    let origin = points.get(MOROCCO);
    let lines: Vec<Value> = figures
        .iter()
        .filter_map(|(row, figure)| {
            let (from, to, value) = (origin?, points.get(&row.key)?, figure.value()?);
            Some(json!({
                "coords": [from, to],
                "lineStyle": { "width": (WIDEST_FLOW * value / top).max(1.0) },
            }))
        })
        .collect();
    json!({
        "type": "lines",
        "coordinateSystem": "geo",
        "geoIndex": 0,
        "silent": true,
        "lineStyle": { "color": Palette::OTHER, "opacity": 0.75, "curveness": 0.25, "cap": "round" },
        "data": lines,
    })
}

/// The page-language name of every region of the geometry (named by ISO code).
fn name_map(
    dataset: &Dataset,
    names: &CountryNames,
    locale: Locale,
) -> serde_json::Map<String, Value> {
    names
        .codes()
        .map(|code| {
            let name = country_name(locale, &dataset.codes, names, code);
            (code.to_owned(), Value::from(name))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> (crate::data::Dataset, Breakdown) {
        crate::charts::test_destinations()
    }

    fn names() -> CountryNames {
        CountryNames::from_json(
            r#"{"US": ["États-Unis d'Amérique", "الولايات المتحدة", "United States of America"],
                "NO": ["Norvège", "النرويج", "Norway"], "MA": ["Maroc", "المغرب", "Morocco"]}"#,
        )
        .unwrap_or_default()
    }

    #[test]
    fn countries_with_a_figure_are_coloured_regions_and_the_rest_are_not() {
        let (dataset, breakdown) = sample();
        let option = export_map(
            &breakdown,
            MapMeasure::Share,
            &dataset,
            &names(),
            None,
            Locale::Fr,
        );
        let option = &option["baseOption"];
        let series = &option["series"][0];
        let geo = &option["geo"];
        assert_eq!(series["type"], "map");
        assert_eq!(series["geoIndex"], 0);
        assert_eq!(geo["map"], WORLD_MAP);
        assert_eq!(
            option["series"].as_array().map(Vec::len),
            Some(1),
            "no flows unless asked"
        );
        // Spain's share is computed: 60 / 1,000 = 6 %. Europe is a region: not on the map.
        let items: Vec<_> = (0..3)
            .map(|i| {
                let item = &series["data"][i];
                (
                    item["name"].clone(),
                    item["code"].clone(),
                    item["value"].clone(),
                    item["computed"].clone(),
                )
            })
            .collect();
        assert_eq!(
            items,
            [
                (json!("États-Unis"), json!("US"), json!(44.0), json!(false)),
                (json!("France"), json!("FR"), json!(14.0), json!(false)),
                (json!("Espagne"), json!("ES"), json!(6.0), json!(true)),
            ]
        );
        // Each country's tooltip: share, value (computed through the national total), period,
        // sources and what a click does.
        assert_eq!(
            series["data"][2]["tooltip"]["formatter"],
            "<strong>Espagne</strong><br/>Part\u{A0}: 6\u{202F}% (Calculé)<br/>Montant\u{A0}: 60\u{A0}MDH<br/>\
             année 2024<br/>Sources : b.ma<br/>Cliquez pour ouvrir la fiche du marché"
        );
        // Morocco last, with no value for the scale to colour, and its own colour.
        assert_eq!(series["data"][3]["code"], "MA");
        assert_eq!(series["data"][3]["value"], Value::Null);
        // Then every other country, with no value and a tooltip that says so.
        assert_eq!(series["data"][4]["code"], "NO");
        assert_eq!(series["data"][4]["value"], Value::Null);
        assert_eq!(
            series["data"][4]["tooltip"]["formatter"],
            "<strong>Norvège — non publié</strong>"
        );
        assert_eq!(series["data"].as_array().map(Vec::len), Some(5));
        assert_eq!(
            geo["regions"],
            json!([{ "name": "Maroc", "itemStyle": { "areaColor": Palette::OTHER } }])
        );
        assert_eq!(option["visualMap"]["max"], 44.0);
        assert_eq!(
            option["visualMap"]["text"],
            json!(["44\u{202F}%", "0\u{202F}%"])
        );
        assert_eq!(geo["itemStyle"]["areaColor"], NO_DATA);
        assert_eq!(geo["nameMap"]["US"], "États-Unis");
        assert_eq!(geo["nameMap"]["NO"], "Norvège");
        assert_eq!(geo["nameMap"]["MA"], "Maroc");
    }

    #[test]
    fn tooltips_escape_markup() {
        assert_eq!(
            tooltip_html(&["<b>".to_owned(), "a & \"b\"".to_owned()]),
            "<strong>&lt;b&gt;</strong><br/>a &amp; &quot;b&quot;"
        );
    }

    #[test]
    fn by_value_shares_become_amounts_through_the_national_total() {
        let (dataset, breakdown) = sample();
        let option = export_map(
            &breakdown,
            MapMeasure::Value,
            &dataset,
            &names(),
            None,
            Locale::Ar,
        );
        let option = &option["baseOption"];
        let data = &option["series"][0]["data"];
        assert_eq!(data[0]["code"], "US");
        assert_eq!(data[0]["name"], "الولايات المتحدة");
        let us = data[0]["value"].as_f64().unwrap_or_default();
        assert!((us - 440.0).abs() < 1e-9);
        assert_eq!(data[0]["computed"], true);
        assert_eq!(option["geo"]["nameMap"]["NO"], "النرويج");
    }

    #[test]
    fn flows_join_morocco_to_each_coloured_country_wider_for_larger_figures() {
        let (dataset, breakdown) = sample();
        let points = CountryPoints::from_json(
            r#"{"MA": [-8.9, 29.2], "US": [-99.1, 39.5], "FR": [2.4, 46.6]}"#,
        )
        .unwrap_or_default();
        let option = export_map(
            &breakdown,
            MapMeasure::Share,
            &dataset,
            &names(),
            Some(&points),
            Locale::En,
        );
        assert_eq!(option["media"][1]["option"]["geo"]["roam"], "scale");
        let option = &option["baseOption"];
        let flows = &option["series"][1];
        assert_eq!(flows["type"], "lines");
        assert_eq!(flows["coordinateSystem"], "geo");
        // The United States (44 %) gets the widest line, France 14 / 44 of it; Spain has no
        // point, so no line; the scale colours the map series only.
        assert_eq!(
            flows["data"],
            json!([
                { "coords": [[-8.9, 29.2], [-99.1, 39.5]], "lineStyle": { "width": 8.0 } },
                { "coords": [[-8.9, 29.2], [2.4, 46.6]], "lineStyle": { "width": 8.0 * 14.0 / 44.0 } },
            ])
        );
        assert_eq!(option["visualMap"]["seriesIndex"], 0);
    }
}
