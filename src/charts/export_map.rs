//! "Where Moroccan crafts sell": what the world choropleth paints for one period, by share or
//! by value, computed natively and drawn by the app as SVG over the shapes projected at build
//! time ([`WorldGeometry`]). Colours come in a few stated classes (the legend names their
//! bounds) rather than a continuous ramp a reader cannot read back. Countries without a figure
//! get their own hatched pattern, never a pale colour a reader could take for a small value;
//! world regions (Europe, Arab countries) are not countries and are never painted: the page
//! lists them beside the map. Morocco, the origin, has its own colour.

use super::Palette;
use crate::data::{
    CodeKind, CodedDimension, CountryNames, Dataset, FastMap, Source, WorldGeometry,
};
use crate::i18n::{
    Locale, Msg, country_name, format_number, format_percent, map_tooltip_lines, period_label,
};
use crate::order::sort_by;
use crate::stats::{
    Breakdown, BreakdownIndex, BreakdownRow, Levels, Period, leader_of_latest_picture,
};

/// Morocco, drawn in its own colour as the origin of the exports.
pub const MOROCCO: &str = "MA";
/// The fill of a country with no figure: the hatched pattern the map defines under this id.
pub const NO_FIGURE_PATTERN: &str = "no-figure";
/// The classes' colours, light to dark (ColorBrewer "Blues", readable by colour-blind eyes as
/// a lightness scale; the darkest passes 3:1 against the page).
const CLASS_COLOURS: [&str; 5] = ["#c6dbef", "#9ecae1", "#6baed6", "#3182bd", "#08519c"];
/// Bounds of the share classes, in percent: fixed, so a colour means the same in every period.
const SHARE_BOUNDS: [f64; 4] = [2.0, 5.0, 10.0, 25.0];
/// The first view opens on the latest period naming at least this many countries.
pub const FULL_PICTURE: usize = 3;
/// Width of the flow to the largest market, in screen pixels; the others in proportion.
const WIDEST_FLOW: f64 = 7.0;
/// Width of the flow to the smallest market, so that it stays visible.
const NARROWEST_FLOW: f64 = 1.0;

/// What the colours measure.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MapMeasure {
    /// Share of national exports, in percent.
    Share,
    /// Exports in MAD million.
    Value,
}

impl MapMeasure {
    /// The row's figure for this measure, when one is known (published or computed).
    fn of(self, row: &BreakdownRow) -> Option<f64> {
        match self {
            MapMeasure::Share => row.share.figure.value(),
            MapMeasure::Value => row.value.figure.value(),
        }
    }

    /// A figure as the page prints it.
    fn format(self, locale: Locale, value: f64) -> String {
        match self {
            MapMeasure::Share => format_percent(locale, value, 0),
            MapMeasure::Value => format_number(locale, value, 0),
        }
    }
}

/// True for a row that is one country (not a world region, not "other").
fn is_country(dataset: &Dataset, row: &BreakdownRow) -> bool {
    dataset
        .codes
        .lookup(&row.key)
        .is_some_and(|code| code.kind == CodeKind::Country)
}

/// How many countries a period gives a share or a value for.
fn countries_with_figures(dataset: &Dataset, breakdown: &Breakdown) -> usize {
    breakdown
        .rows
        .iter()
        .filter(|row| is_country(dataset, row))
        .filter(|row| {
            MapMeasure::Share
                .of(row)
                .or(MapMeasure::Value.of(row))
                .is_some()
        })
        .count()
}

/// The period the map opens on: the latest one naming at least [`FULL_PICTURE`] countries, so
/// that a first visitor sees a picture rather than one or two coloured countries; the latest
/// period when none does. `history` is oldest first.
pub fn first_view_period(dataset: &Dataset, history: &[Breakdown]) -> Option<Period> {
    history
        .iter()
        .rev()
        .find(|breakdown| countries_with_figures(dataset, breakdown) >= FULL_PICTURE)
        .or(history.last())
        .map(|breakdown| breakdown.period)
}

/// The colour classes of a measure: the lower bound of every class but the first.
#[derive(Clone, Debug, PartialEq)]
pub struct MapScale {
    /// What the classes measure.
    pub measure: MapMeasure,
    /// Increasing lower bounds of classes 2, 3, …
    pub bounds: Vec<f64>,
}

impl MapScale {
    /// Shares in fixed classes; values in classes of round numbers halving from the largest
    /// value of any period, so that playing through the periods keeps each colour's meaning.
    pub fn new(measure: MapMeasure, history: &[Breakdown]) -> MapScale {
        let bounds = match measure {
            MapMeasure::Share => SHARE_BOUNDS.to_vec(),
            MapMeasure::Value => {
                let largest = history
                    .iter()
                    .flat_map(|breakdown| &breakdown.rows)
                    .filter_map(|row| measure.of(row))
                    .fold(0.0, f64::max);
                value_bounds(largest)
            }
        };
        MapScale { measure, bounds }
    }

    /// The class of `value`: how many bounds it reaches.
    pub fn class_of(&self, value: f64) -> usize {
        self.bounds.iter().filter(|&&bound| value >= bound).count()
    }

    /// The class's colour; the darkest classes when there are fewer than five.
    pub fn colour(&self, class: usize) -> &'static str {
        let first = CLASS_COLOURS.len() - (self.bounds.len() + 1).min(CLASS_COLOURS.len());
        CLASS_COLOURS[(first + class).min(CLASS_COLOURS.len() - 1)]
    }

    /// The legend's classes, lowest first: colour and bounds ("under 2%", "2%–5%", "25% or
    /// more"), in words rather than "<" and "≥", which right-to-left text would mirror.
    pub fn legend(&self, locale: Locale) -> Vec<(&'static str, String)> {
        let text = |value| self.measure.format(locale, value);
        let (Some(first), Some(last)) = (self.bounds.first(), self.bounds.last()) else {
            return vec![(self.colour(0), Msg::MapAnyFigure.text(locale).to_owned())];
        };
        let middle = self
            .bounds
            .windows(2)
            .map(|pair| format!("{}–{}", text(pair[0]), text(pair[1])));
        let below = Msg::MapClassBelow.fill(locale, &[("value", &text(*first))]);
        let from = Msg::MapClassFrom.fill(locale, &[("value", &text(*last))]);
        std::iter::once(below)
            .chain(middle)
            .chain([from])
            .enumerate()
            .map(|(class, label)| (self.colour(class), label))
            .collect()
    }
}

/// Round bounds (1, 2 or 5 times a power of ten) at a half, a quarter, an eighth and a
/// sixteenth of `largest`, without repeats; none when nothing is positive.
fn value_bounds(largest: f64) -> Vec<f64> {
    let mut bounds: Vec<f64> = [16.0, 8.0, 4.0, 2.0]
        .iter()
        .map(|divisor| round_down(largest / divisor))
        .filter(|bound| *bound > 0.0)
        .collect();
    bounds.dedup();
    bounds
}

/// The largest 1, 2 or 5 times a power of ten not above `value`.
fn round_down(value: f64) -> f64 {
    if value <= 0.0 || !value.is_finite() {
        return 0.0;
    }
    let power = 10f64.powf(value.log10().floor());
    [5.0, 2.0, 1.0]
        .into_iter()
        .map(|step| step * power)
        .find(|bound| *bound <= value)
        .unwrap_or(power)
}

/// The fill of a country without a figure: the hatched pattern [`NO_FIGURE_PATTERN`].
const NO_FIGURE_FILL: &str = "url(#no-figure)";

/// How a country with a figure, or Morocco, is painted for one period, measure and language.
#[derive(Clone, Debug, PartialEq)]
struct PaintedCountry {
    /// The SVG fill: a class colour, or Morocco's colour.
    fill: &'static str,
    /// Its name and figure for screen readers ("United States: 49 % of craft exports, 2025"),
    /// for a country with a figure, which is then focusable.
    label: Option<String>,
}

/// The countries of the map painted for one period; every other country is hatched.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct MapPaint {
    countries: FastMap<String, PaintedCountry>,
}

impl MapPaint {
    /// The fill of `code`: its class colour, Morocco's, or the no-figure hatching.
    pub fn fill(&self, code: &str) -> &'static str {
        self.countries.get(code).map_or(NO_FIGURE_FILL, |c| c.fill)
    }

    /// The name and figure of `code` for screen readers, when it has a figure.
    pub fn label(&self, code: &str) -> Option<&str> {
        self.countries.get(code)?.label.as_deref()
    }
}

/// The row of a country with a figure for `measure`, and the figure.
fn country_figure<'a>(
    breakdown: &'a Breakdown,
    measure: MapMeasure,
    dataset: &Dataset,
    code: &str,
) -> Option<(&'a BreakdownRow, f64)> {
    let row = breakdown.rows.iter().find(|row| row.key == code)?;
    Some((row, measure.of(row)?)).filter(|(row, _)| is_country(dataset, row))
}

/// Paints the countries `breakdown` gives a figure for, and Morocco. Only they are computed: a
/// period change costs as many names and labels as it has countries.
pub fn paint_map(
    breakdown: &Breakdown,
    scale: &MapScale,
    dataset: &Dataset,
    names: &CountryNames,
    locale: Locale,
) -> MapPaint {
    let period = period_label(locale, breakdown.period);
    painted_with_origin(breakdown, scale, dataset, |row, value| {
        let name = country_name(locale, &dataset.codes, names, &row.key);
        Some(country_label(locale, scale.measure, &name, value, &period))
    })
}

/// The countries of `breakdown` with a figure in their class colour, each with the label
/// `label` gives it, and Morocco in its own colour.
fn painted_with_origin(
    breakdown: &Breakdown,
    scale: &MapScale,
    dataset: &Dataset,
    label: impl Fn(&BreakdownRow, f64) -> Option<String>,
) -> MapPaint {
    let mut countries: FastMap<String, PaintedCountry> = breakdown
        .rows
        .iter()
        .filter(|row| is_country(dataset, row))
        .filter_map(|row| Some((row, scale.measure.of(row)?)))
        .map(|(row, value)| {
            let painted = PaintedCountry {
                fill: scale.colour(scale.class_of(value)),
                label: label(row, value),
            };
            (row.key.clone(), painted)
        })
        .collect();
    countries
        .entry(MOROCCO.to_owned())
        .or_insert(PaintedCountry {
            fill: Palette::OTHER,
            label: None,
        });
    MapPaint { countries }
}

/// How many markets the home page's small map names.
pub const MAP_PREVIEW_LEADERS: usize = 5;

/// The home page's small map of where crafts sell: the period of the top-market headline, each
/// country painted by its share as the export map paints it, and the largest country markets
/// of that period.
#[derive(Clone, Debug, PartialEq)]
pub struct MapPreview {
    /// The period shown.
    pub period: Period,
    /// Each country's fill (no labels: the picture is a link to the map, the list names them).
    pub paint: MapPaint,
    /// The countries with the largest shares, largest first.
    pub leaders: Vec<BreakdownRow>,
}

impl MapPreview {
    /// The sources of the named markets' shares.
    pub fn leader_sources(&self, dataset: &Dataset) -> Vec<Source> {
        dataset.sources_printing(
            self.leaders
                .iter()
                .flat_map(|row| row.share.figure.observations()),
        )
    }
}

/// The small map of the latest picture that ranks a market (as the top-market headline reads
/// it, so that the two never disagree), with its `leaders` largest country markets; none when
/// no period ranks a destination.
pub fn map_preview(dataset: &Dataset, leaders: usize) -> Option<MapPreview> {
    let levels = Levels::new(dataset);
    let index = BreakdownIndex::new(&levels, CodedDimension::Destination);
    let (period, _) = leader_of_latest_picture(&index)?;
    let breakdown = index.breakdown(period)?;
    let scale = MapScale::new(MapMeasure::Share, &[]);
    let paint = painted_with_origin(&breakdown, &scale, dataset, |_, _| None);
    let share = |row: &BreakdownRow| MapMeasure::Share.of(row);
    let mut ranked: Vec<BreakdownRow> = breakdown
        .rows
        .into_iter()
        .filter(|row| is_country(dataset, row) && share(row).is_some())
        .collect();
    sort_by(&mut ranked, |a, b| {
        share(b).unwrap_or(0.0).total_cmp(&share(a).unwrap_or(0.0))
    });
    ranked.truncate(leaders);
    Some(MapPreview {
        period,
        paint,
        leaders: ranked,
    })
}

/// The tooltip of `code` for `breakdown`, its name first: share, value, change, period and
/// sources for a country with a figure; "where the exports come from" for Morocco; "not
/// published" and the period for any other.
pub fn country_tooltip(
    breakdown: &Breakdown,
    measure: MapMeasure,
    dataset: &Dataset,
    names: &CountryNames,
    code: &str,
    locale: Locale,
) -> Vec<String> {
    let name = country_name(locale, &dataset.codes, names, code);
    match country_figure(breakdown, measure, dataset, code) {
        Some((row, _)) => map_tooltip_lines(locale, dataset, breakdown, row, &name),
        None if code == MOROCCO => vec![name, Msg::MapOrigin.text(locale).to_owned()],
        None => vec![
            name,
            Msg::NotReported.text(locale).to_owned(),
            period_label(locale, breakdown.period),
        ],
    }
}

/// "United States: 49 % of craft exports, 2025".
fn country_label(
    locale: Locale,
    measure: MapMeasure,
    name: &str,
    value: f64,
    period: &str,
) -> String {
    let (message, figure) = match measure {
        MapMeasure::Share => (Msg::MapCountryShare, format_percent(locale, value, 0)),
        MapMeasure::Value => (Msg::MapCountryValue, format_number(locale, value, 0)),
    };
    message.fill(
        locale,
        &[("name", name), ("figure", &figure), ("period", period)],
    )
}

/// A flow from Morocco to a market, as an SVG path in map units and a stroke width.
#[derive(Clone, Debug, PartialEq)]
pub struct Flow {
    /// The market's code.
    pub code: String,
    /// A curve from Morocco's centre to the market's, bowed northward.
    pub path: String,
    /// Wider for a larger figure.
    pub width: f64,
}

/// One flow per painted country of `breakdown`, the largest first.
pub fn flows(
    breakdown: &Breakdown,
    measure: MapMeasure,
    dataset: &Dataset,
    world: &WorldGeometry,
) -> Vec<Flow> {
    let Some(origin) = world.country(MOROCCO).map(|shape| shape.centre) else {
        return Vec::new();
    };
    let figures: Vec<(&BreakdownRow, f64)> = breakdown
        .rows
        .iter()
        .filter(|row| is_country(dataset, row))
        .filter_map(|row| Some((row, measure.of(row)?)))
        .collect();
    let top = figures.iter().map(|(_, value)| *value).fold(0.0, f64::max);
    let mut flows: Vec<(f64, Flow)> = figures
        .into_iter()
        .filter_map(|(row, value)| {
            let end = world.country(&row.key)?.centre;
            let width = if top > 0.0 {
                WIDEST_FLOW * value / top
            } else {
                NARROWEST_FLOW
            };
            Some((
                value,
                Flow {
                    code: row.key.clone(),
                    path: curve(origin, end),
                    width: round1(width.max(NARROWEST_FLOW)),
                },
            ))
        })
        .collect();
    sort_by(&mut flows, |a, b| b.0.total_cmp(&a.0));
    flows.into_iter().map(|(_, flow)| flow).collect()
}

/// A quadratic curve from `start` to `end`, its control point a quarter of the distance off
/// the middle, on the northern side.
fn curve(start: [f64; 2], end: [f64; 2]) -> String {
    let (dx, dy) = (end[0] - start[0], end[1] - start[1]);
    // The normal (dy, -dx) or its opposite, whichever points up (negative y).
    let (nx, ny) = if -dx <= 0.0 { (dy, -dx) } else { (-dy, dx) };
    let control = [
        (start[0] + end[0]) / 2.0 + nx / 4.0,
        (start[1] + end[1]) / 2.0 + ny / 4.0,
    ];
    format!(
        "M{} {}Q{} {} {} {}",
        round1(start[0]),
        round1(start[1]),
        round1(control[0]),
        round1(control[1]),
        round1(end[0]),
        round1(end[1])
    )
}

fn round1(value: f64) -> f64 {
    (value * 10.0).round() / 10.0
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::CodedDimension;
    use crate::stats::{BreakdownIndex, Levels};

    fn sample() -> (Dataset, Breakdown) {
        crate::charts::test_destinations()
    }

    fn names() -> CountryNames {
        CountryNames::from_json(
            r#"{"US": ["États-Unis d'Amérique", "الولايات المتحدة", "United States of America"],
                "NO": ["Norvège", "النرويج", "Norway"], "MA": ["Maroc", "المغرب", "Morocco"]}"#,
        )
        .unwrap_or_default()
    }

    fn world() -> WorldGeometry {
        WorldGeometry::from_json(
            r#"{"width": 4000, "height": 1757, "countries": [
                ["US", "M0 0l1 0z", 1000, 400, 200], ["MA", "M0 0l1 0z", 1900, 550, 55],
                ["FR", "M0 0l1 0z", 2020, 320, 53], ["ES", "M0 0l1 0z", 1950, 380, 45],
                ["NO", "M0 0l1 0z", 2070, 200, 40]]}"#,
        )
        .unwrap_or_default()
    }

    fn paint(measure: MapMeasure, locale: Locale) -> MapPaint {
        let (dataset, breakdown) = sample();
        let scale = MapScale::new(measure, std::slice::from_ref(&breakdown));
        paint_map(&breakdown, &scale, &dataset, &names(), locale)
    }

    fn tooltip(code: &str, locale: Locale) -> Vec<String> {
        let (dataset, breakdown) = sample();
        country_tooltip(
            &breakdown,
            MapMeasure::Share,
            &dataset,
            &names(),
            code,
            locale,
        )
    }

    #[test]
    fn the_small_map_paints_the_latest_picture_and_ranks_its_largest_countries() {
        let (dataset, _) = sample();
        let preview = map_preview(&dataset, 2).expect("the sample ranks destinations");
        assert_eq!(Some(preview.period), Period::year(2024));
        // The world region (30 %) is neither painted nor ranked; Spain's share is computed.
        let leaders: Vec<&str> = preview.leaders.iter().map(|row| row.key.as_str()).collect();
        assert_eq!(leaders, ["US", "FR"]);
        assert_eq!(preview.paint.fill("US"), "#08519c");
        assert_eq!(preview.paint.fill("ES"), "#6baed6");
        assert_eq!(preview.paint.fill("MA"), Palette::OTHER);
        assert_eq!(preview.paint.fill("NO"), NO_FIGURE_FILL);
        assert_eq!(
            preview.paint.label("US"),
            None,
            "the picture is a link, not a list"
        );
    }

    #[test]
    fn no_small_map_without_a_destination() {
        let loaded = crate::data::test_dataset(
            "F1,exports_value,total,all,2024-01-01,2024-12-31,1000,MAD_million,,,https://a.ma/1,,\n",
        );
        assert_eq!(map_preview(&loaded.dataset, 5), None);
    }

    #[test]
    fn countries_with_a_figure_take_their_class_colour_and_a_name_for_screen_readers() {
        let painted = paint(MapMeasure::Share, Locale::En);
        // 44 % is in the top class (≥ 25 %), Spain's computed 6 % (60 of 1,000) in 5–10 %.
        assert_eq!(painted.fill("US"), CLASS_COLOURS[4]);
        assert_eq!(painted.fill("ES"), CLASS_COLOURS[2]);
        assert_eq!(
            painted.label("US"),
            Some("United States: 44% of craft exports, year 2024")
        );
        let us = tooltip("US", Locale::En);
        assert_eq!(us[0], "United States");
        assert!(us.iter().any(|line| line == "Share: 44%"), "{us:?}");
    }

    #[test]
    fn countries_without_a_figure_are_hatched_and_morocco_is_the_origin() {
        let painted = paint(MapMeasure::Share, Locale::Fr);
        assert_eq!(painted.fill("NO"), format!("url(#{NO_FIGURE_PATTERN})"));
        assert_eq!(painted.label("NO"), None, "not focusable");
        assert_eq!(
            tooltip("NO", Locale::Fr),
            ["Norvège", "non publié", "année 2024"]
        );
        assert_eq!(painted.fill("MA"), Palette::OTHER);
        assert_eq!(painted.label("MA"), None);
        assert_eq!(tooltip("MA", Locale::Fr)[0], "Maroc");
        // A region (Europe, 30 %) is never painted: it has no shape, and no country takes it.
        assert_eq!(painted.label("region:europe"), None);
        assert_eq!(painted.fill("region:europe"), NO_FIGURE_FILL);
    }

    #[test]
    fn by_value_shares_become_amounts_and_classes_halve_from_the_largest() {
        let (_, breakdown) = sample();
        let scale = MapScale::new(MapMeasure::Value, std::slice::from_ref(&breakdown));
        // The US: 44 % of 1,000 = 440, so bounds of 20, 50, 100, 200 (round numbers under
        // 440/16, /8, /4, /2).
        assert_eq!(scale.bounds, [20.0, 50.0, 100.0, 200.0]);
        let painted = paint(MapMeasure::Value, Locale::Ar);
        assert_eq!(painted.fill("US"), CLASS_COLOURS[4]);
        assert!(
            painted
                .label("US")
                .unwrap_or_default()
                .starts_with("الولايات المتحدة")
        );
    }

    #[test]
    fn the_legend_states_each_class_bounds() {
        let scale = MapScale::new(MapMeasure::Share, &[]);
        let legend: Vec<String> = scale
            .legend(Locale::En)
            .into_iter()
            .map(|(_, l)| l)
            .collect();
        assert_eq!(
            legend,
            ["under 2%", "2%–5%", "5%–10%", "10%–25%", "25% or more"]
        );
        assert_eq!(scale.class_of(1.9), 0);
        assert_eq!(scale.class_of(2.0), 1);
        assert_eq!(scale.class_of(49.0), 4);
        let empty = MapScale::new(MapMeasure::Value, &[]);
        assert_eq!(empty.legend(Locale::En).len(), 1);
        assert_eq!(empty.colour(0), CLASS_COLOURS[4]);
    }

    #[test]
    fn round_bounds_never_repeat() {
        assert_eq!(value_bounds(483.0), [20.0, 50.0, 100.0, 200.0]);
        assert_eq!(value_bounds(4.8), [0.2, 0.5, 1.0, 2.0]);
        // 38.4 / 16 and 38.4 / 8 both round down to 2.
        assert_eq!(value_bounds(38.4), [2.0, 5.0, 10.0]);
        assert!(value_bounds(0.0).is_empty());
    }

    #[test]
    fn flows_join_morocco_to_each_painted_country_wider_for_larger_figures() {
        let (dataset, breakdown) = sample();
        let flows = flows(&breakdown, MapMeasure::Share, &dataset, &world());
        let widths: Vec<(&str, f64)> = flows.iter().map(|f| (f.code.as_str(), f.width)).collect();
        assert_eq!(widths, [("US", 7.0), ("FR", 2.2), ("ES", 1.0)]);
        // Bowed northward: the control point lies above the straight line.
        assert_eq!(flows[1].path, "M1900 550Q1902.5 405 2020 320");
    }

    #[test]
    fn the_first_view_skips_a_latest_period_with_fewer_than_three_countries() {
        let loaded = crate::data::test_dataset(
            "F1,exports_share,destination,US,2024-01-01,2024-12-31,44,percent,,,https://a.ma/1,,\n\
             F2,exports_share,destination,FR,2024-01-01,2024-12-31,14,percent,,,https://a.ma/1,,\n\
             F3,exports_share,destination,ES,2024-01-01,2024-12-31,6,percent,,,https://a.ma/1,,\n\
             F4,exports_share,destination,US,2025-01-01,2025-11-30,49,percent,,,https://a.ma/1,,\n\
             F5,exports_share,destination,region:europe,2025-01-01,2025-11-30,30,percent,,,https://a.ma/1,,\n",
        );
        let history =
            BreakdownIndex::new(&Levels::new(&loaded.dataset), CodedDimension::Destination)
                .history();
        assert_eq!(
            countries_with_figures(&loaded.dataset, &history[1]),
            1,
            "a region is no country"
        );
        assert_eq!(
            first_view_period(&loaded.dataset, &history),
            Period::year(2024)
        );
        assert_eq!(
            first_view_period(&loaded.dataset, &history[1..]),
            Some(history[1].period)
        );
        assert_eq!(first_view_period(&loaded.dataset, &[]), None);
    }
}
