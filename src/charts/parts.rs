//! Pieces every chart builder uses: the frame of a chart over time, the published/computed
//! pair of bar series and the CSV of a chart's data.

use super::{Palette, Responsive};
use crate::data::Source;
use crate::i18n::{Locale, Msg};
use crate::stats::Figure;
use charming::Chart;
use charming::component::{Axis, Grid, Legend};
use charming::datatype::CompositeValue;
use charming::element::{
    AxisLabel, AxisType, BorderType, ItemStyle, Label, LabelPosition, Tooltip, Trigger,
};
use charming::series::Bar;
use serde_json::{Value, json};

/// A chart over time with no series yet: the legend on top, the times on the category axis
/// (right to left in Arabic) and values counted in `unit` on the start edge, and an axis
/// tooltip. ECharts' own screen-reader description stays off: it is English only and reads
/// every column of the data ("NaN" included), and it would replace the chart's name; the frame
/// names the chart, points to its written summary, and offers the data table.
pub fn over_time_frame(locale: Locale, times: Vec<String>, unit: &str) -> Chart {
    let rtl = locale.is_rtl();
    Chart::new()
        .tooltip(Tooltip::new().trigger(Trigger::Axis))
        .legend(Legend::new().top(0))
        .grid(
            Grid::new()
                .left(8)
                .right(16)
                .bottom(8)
                .top(56)
                .contain_label(true),
        )
        .x_axis(
            Axis::new()
                .type_(AxisType::Category)
                .data(times)
                .inverse(rtl)
                .axis_label(AxisLabel::new().color(Palette::INK)),
        )
        .y_axis(
            Axis::new()
                .type_(AxisType::Value)
                .name(unit)
                .position(if rtl { "right" } else { "left" })
                .axis_label(AxisLabel::new().color(Palette::INK)),
        )
}

/// Bar items as `[x, y, label]`; the label text is the third value.
type LabelledItems = Vec<Vec<CompositeValue>>;

/// A chart over time at both widths: the legend over the plot when wide, under it when narrow
/// (where it wraps). `wide_series` and `narrow_series` adjust the series in order (`[]` for
/// none). Axis labels may hold two lines (months over the year). A media rule replaces the
/// whole grid, so each rule gives all of it.
pub fn over_time_by_width(chart: Chart, wide_series: Value, narrow_series: Value) -> Responsive {
    let grid = |top: u32, bottom: u32| json!({ "left": 8, "right": 16, "top": top, "bottom": bottom, "containLabel": true });
    Responsive::new(chart)
        .with(json!({ "xAxis": { "axisLabel": { "lineHeight": 14 } } }))
        .by_width(
            json!({ "legend": { "top": 0 }, "grid": grid(56, 8), "series": wide_series }),
            json!({ "legend": { "top": "bottom" }, "grid": grid(32, 72), "series": narrow_series }),
        )
}

/// Two stacked bar series on one slot: published values solid, values computed from other
/// figures light with a dashed outline and named by `computed_name` (how they were computed);
/// each bar labelled with its item's third value.
pub fn published_and_computed_bars(
    locale: Locale,
    computed_name: Msg,
    stack: &str,
    position: LabelPosition,
    published: LabelledItems,
    computed: LabelledItems,
) -> [Bar; 2] {
    let label = || {
        Label::new()
            .show(true)
            .position(position)
            .formatter("{@[2]}")
            .color(Palette::INK)
            .font_size(11)
    };
    [
        Bar::new()
            .name(Msg::SeriesHeadline.text(locale))
            .stack(stack)
            .item_style(ItemStyle::new().color(Palette::HEADLINE))
            .label(label())
            .data(published),
        Bar::new()
            .name(computed_name.text(locale))
            .stack(stack)
            .item_style(
                ItemStyle::new()
                    .color(Palette::DERIVED)
                    .border_color(Palette::HEADLINE)
                    .border_width(1)
                    .border_type(BorderType::Dashed),
            )
            .label(label())
            .data(computed),
    ]
}

/// A header and rows as CSV text (RFC 4180 quoting); empty if writing fails.
pub fn csv_text<const N: usize>(
    header: [&str; N],
    rows: impl Iterator<Item = [String; N]>,
) -> String {
    write_csv(std::iter::once(header.map(str::to_owned)).chain(rows))
}

/// How a figure was obtained, as the CSV downloads write it: `published`, `computed` or
/// `missing`.
pub fn how_obtained(figure: &Figure) -> &'static str {
    match figure {
        Figure::Reported { .. } => "published",
        Figure::Derived(_) => "computed",
        Figure::Missing(_) => "missing",
    }
}

/// Sources for a CSV cell, separated by spaces: each one's address; its outlet name when it is
/// not online; its id on the Sources page when it names no outlet either.
pub fn source_addresses(sources: &[Source]) -> String {
    let addresses: Vec<&str> = sources
        .iter()
        .map(|source| match (&source.url, source.outlet.as_str()) {
            (Some(url), _) => url.as_str(),
            // A document with neither address nor named outlet: its id on the Sources page.
            (None, "") => source.id.as_str(),
            (None, outlet) => outlet,
        })
        .collect();
    addresses.join(" ")
}

/// Records as CSV text (RFC 4180 quoting); empty if writing fails.
pub fn write_csv<R: AsRef<[String]>>(records: impl Iterator<Item = R>) -> String {
    let mut writer = csv::Writer::from_writer(Vec::new());
    let written = records
        .into_iter()
        .try_for_each(|record| writer.write_record(record.as_ref()));
    match (written, writer.into_inner()) {
        (Ok(()), Ok(bytes)) => String::from_utf8(bytes).unwrap_or_default(),
        _ => String::new(),
    }
}
