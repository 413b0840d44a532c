//! Charts that change layout with their own width, through ECharts media queries
//! (`baseOption` + `media`): on a phone the legend moves under the plot and crowded labels give
//! way to the tooltip and the table. ECharts applies the rules again on every resize. Options
//! charming has no setter for are merged in as JSON.

use charming::Chart;
use serde::ser::Error;
use serde::{Serialize, Serializer};
use serde_json::{Map, Value};

/// Width of the chart (not the window), in CSS pixels, up to which the narrow layout applies.
pub const NARROW_WIDTH: u32 = 480;

/// A chart, options added to it, and the changes it takes when narrow.
#[derive(Clone, Debug)]
pub struct Responsive {
    chart: Chart,
    additions: Value,
    media: Vec<MediaRule>,
}

#[derive(Clone, Debug, Serialize)]
struct MediaRule {
    query: MediaQuery,
    option: Value,
}

#[derive(Clone, Debug, Serialize)]
#[serde(rename_all = "camelCase")]
struct MediaQuery {
    max_width: u32,
}

impl Responsive {
    /// The chart as drawn at any width wider than [`NARROW_WIDTH`].
    pub fn new(chart: Chart) -> Responsive {
        Responsive {
            chart,
            additions: Value::Object(Map::new()),
            media: Vec::new(),
        }
    }

    /// Merged into the chart at every width (objects key by key, anything else replaced).
    pub fn with(mut self, additions: Value) -> Responsive {
        merge(&mut self.additions, additions);
        self
    }

    /// Merged over the chart when it is at most [`NARROW_WIDTH`] wide; `series` entries apply
    /// to the chart's series in order.
    pub fn when_narrow(mut self, option: Value) -> Responsive {
        self.media.push(MediaRule {
            query: MediaQuery {
                max_width: NARROW_WIDTH,
            },
            option,
        });
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

/// Deep merge: keys of `addition` objects go into `target` objects, other values replace.
fn merge(target: &mut Value, addition: Value) {
    match (target, addition) {
        (Value::Object(target), Value::Object(addition)) => {
            for (key, value) in addition {
                merge(target.entry(key).or_insert(Value::Null), value);
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
    }

    #[test]
    fn serializes_as_a_base_option_with_media_rules() {
        let plain = serde_json::to_value(Responsive::new(Chart::new())).unwrap();
        assert_eq!(plain, json!({ "baseOption": {} }));
        let narrow =
            Responsive::new(Chart::new()).when_narrow(json!({ "legend": { "bottom": 0 } }));
        assert_eq!(
            serde_json::to_value(narrow).unwrap()["media"],
            json!([{ "query": { "maxWidth": 480 }, "option": { "legend": { "bottom": 0 } } }])
        );
    }
}
