//! Charts that change layout with their own width, through ECharts media queries
//! (`baseOption` + `media`): on a phone the legend moves under the plot and crowded labels give
//! way to the tooltip and the table. ECharts applies the rules again on every resize, but never
//! undoes one by itself: the wide layout is therefore also the default rule, so a chart that
//! started narrow widens back. Options charming has no setter for are merged in as JSON.

use charming::Chart;
use serde::ser::Error;
use serde::{Serialize, Serializer};
use serde_json::{Map, Value};

/// Width of the chart (not the window), in CSS pixels, up to which the narrow layout applies.
pub const NARROW_WIDTH: u32 = 480;

/// A chart, options added to it, and its wide and narrow layouts.
#[derive(Clone, Debug)]
pub struct Responsive {
    chart: Chart,
    additions: Value,
    media: Vec<MediaRule>,
}

#[derive(Clone, Debug, Serialize)]
struct MediaRule {
    /// `None` for the default rule, applied when no query matches.
    #[serde(skip_serializing_if = "Option::is_none")]
    query: Option<MediaQuery>,
    option: Value,
}

#[derive(Clone, Debug, Serialize)]
#[serde(rename_all = "camelCase")]
struct MediaQuery {
    max_width: u32,
}

impl Responsive {
    /// The chart, the same at every width until [`Responsive::by_width`] says otherwise.
    pub fn new(chart: Chart) -> Responsive {
        Responsive {
            chart,
            additions: Value::Object(Map::new()),
            media: Vec::new(),
        }
    }

    /// Merged into the chart at every width (objects key by key, arrays item by item).
    pub fn with(mut self, additions: Value) -> Responsive {
        merge(&mut self.additions, additions);
        self
    }

    /// `wide` applies above [`NARROW_WIDTH`], `narrow` up to it; both should set the same
    /// options. `series` entries apply to the chart's series in order.
    pub fn by_width(mut self, wide: Value, narrow: Value) -> Responsive {
        merge(&mut self.additions, wide.clone());
        self.media = vec![
            MediaRule {
                query: None,
                option: wide,
            },
            MediaRule {
                query: Some(MediaQuery {
                    max_width: NARROW_WIDTH,
                }),
                option: narrow,
            },
        ];
        self
    }
}

impl Serialize for Responsive {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        #[derive(Serialize)]
        #[serde(rename_all = "camelCase")]
        struct Wire<'a> {
            base_option: Value,
            #[serde(skip_serializing_if = "<[MediaRule]>::is_empty")]
            media: &'a [MediaRule],
        }
        let mut base_option = serde_json::to_value(&self.chart).map_err(S::Error::custom)?;
        merge(&mut base_option, self.additions.clone());
        Wire {
            base_option,
            media: &self.media,
        }
        .serialize(serializer)
    }
}

/// Deep merge as ECharts merges options: keys of `addition` objects go into `target`
/// objects, items of `addition` arrays into the items at the same index; other values replace.
fn merge(target: &mut Value, addition: Value) {
    match (target, addition) {
        (Value::Object(target), Value::Object(addition)) => {
            for (key, value) in addition {
                merge(target.entry(key).or_insert(Value::Null), value);
            }
        }
        (Value::Array(target), Value::Array(addition)) => {
            for (index, value) in addition.into_iter().enumerate() {
                match target.get_mut(index) {
                    Some(item) => merge(item, value),
                    None => target.push(value),
                }
            }
        }
        (target, addition) => *target = addition,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn additions_merge_into_the_chart_key_by_key() {
        let chart = Chart::new().x_axis(charming::component::Axis::new().name("year"));
        let option =
            Responsive::new(chart).with(json!({ "xAxis": { "axisLabel": { "lineHeight": 14 } } }));
        let value = serde_json::to_value(option).unwrap();
        assert_eq!(value["baseOption"]["xAxis"]["name"], "year");
        assert_eq!(value["baseOption"]["xAxis"]["axisLabel"]["lineHeight"], 14);
        let mut items = json!([{ "a": 1 }, { "a": 2 }]);
        merge(&mut items, json!([{ "b": 3 }]));
        assert_eq!(items, json!([{ "a": 1, "b": 3 }, { "a": 2 }]));
    }

    #[test]
    fn serializes_as_a_base_option_with_media_rules() {
        let plain = serde_json::to_value(Responsive::new(Chart::new())).unwrap();
        assert_eq!(plain, json!({ "baseOption": {} }));
        let adapted = Responsive::new(Chart::new()).by_width(
            json!({ "legend": { "top": 0 } }),
            json!({ "legend": { "top": "bottom" } }),
        );
        let value = serde_json::to_value(adapted).unwrap();
        assert_eq!(value["baseOption"]["legend"]["top"], 0);
        assert_eq!(
            value["media"],
            json!([
                { "option": { "legend": { "top": 0 } } },
                { "query": { "maxWidth": 480 }, "option": { "legend": { "top": "bottom" } } }
            ])
        );
    }
}
