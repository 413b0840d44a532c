//! "Share of Morocco's craft exports going to a market": one bar per period the sources give a
//! share for (printed solid, computed from a level light and dashed), with its table and CSV.

use super::parts::{
    csv_text, how_obtained, over_time_by_width, over_time_frame, published_and_computed_bars,
};
use super::{ChartId, ChartSpec, DataTable, Responsive, marked};
use crate::data::{CodedDimension, Dataset, Source};
use crate::i18n::{
    Locale, Msg, format_number, format_percent, period_axis_label, period_label, profile_summary,
    span_subtitle,
};
use crate::stats::{Figure, Period, Profile, ProfilePeriod, Profiles};
use charming::datatype::CompositeValue;
use charming::element::LabelPosition;
use serde_json::json;

/// `[period, share, label]` for one bar.
fn bar(locale: Locale, row: &ProfilePeriod, share: f64) -> Vec<CompositeValue> {
    vec![
        CompositeValue::from(period_axis_label(locale, row.period)),
        CompositeValue::from(share),
        CompositeValue::from(format_percent(locale, share, 1)),
    ]
}

/// The market's share in each period with one, oldest first (right to left in Arabic); share
/// labels above the bars when wide, in the tooltip and the table on a phone.
pub fn market_share_over_time(profile: &Profile, locale: Locale) -> Responsive {
    let periods: Vec<String> = profile
        .history
        .iter()
        .map(|row| period_axis_label(locale, row.period))
        .collect();
    let bars = |derived: bool| -> Vec<Vec<CompositeValue>> {
        profile
            .history
            .iter()
            .filter_map(|row| match &row.share.figure {
                figure if figure.is_derived() != derived => None,
                figure => figure.value().map(|share| bar(locale, row, share)),
            })
            .collect()
    };
    let [printed, computed] = published_and_computed_bars(
        locale,
        Msg::SeriesComputedShare,
        "share",
        LabelPosition::Top,
        bars(false),
        bars(true),
    );
    let chart = over_time_frame(locale, periods, "%")
        .series(printed)
        .series(computed);
    let labels = |show: bool| json!({ "label": { "show": show }, "barMaxWidth": 40 });
    over_time_by_width(
        chart,
        json!([labels(true), labels(true)]),
        json!([labels(false), labels(false)]),
    )
}

/// One row per period: share and level (each marked when computed, or "not published"), rank
/// and sources.
pub fn market_table(profile: &Profile, dataset: &Dataset, locale: Locale) -> DataTable {
    let shown = |figure: &Figure, text: &dyn Fn(f64) -> String| {
        figure.value().map_or_else(
            || Msg::NotReported.text(locale).to_owned(),
            |value| marked(locale, figure, text(value)),
        )
    };
    let rows = profile
        .history
        .iter()
        .map(|row| {
            let sources: Vec<String> = dataset
                .sources_printing(row.share.printed().chain(row.value.printed()))
                .into_iter()
                .map(|source| source.id)
                .collect();
            vec![
                period_label(locale, row.period),
                shown(&row.share.figure, &|v| format_percent(locale, v, 2)),
                shown(&row.value.figure, &|v| format_number(locale, v, 2)),
                row.rank
                    .map_or_else(String::new, |rank| format!("{rank} / {}", row.ranked)),
                sources.join(", "),
            ]
        })
        .collect();
    DataTable::with_columns(
        Msg::ShareOfExportsUnit.text(locale).to_owned(),
        &[
            Msg::PeriodLabel,
            Msg::ColumnShare,
            Msg::ColumnLevel,
            Msg::ColumnRank,
            Msg::ColumnSources,
        ],
        locale,
        rows,
    )
}

/// The table's numbers as CSV (dot decimals), with how each was obtained.
pub fn market_csv(profile: &Profile) -> String {
    let header = [
        "market",
        "period_start",
        "period_end",
        "share_pct",
        "share_how",
        "value_mad_million",
        "value_how",
        "rank",
        "markets_ranked",
    ];
    let number = |figure: &Figure| figure.value().map(|v| v.to_string()).unwrap_or_default();
    let rows = profile.history.iter().map(|row| {
        [
            profile.code.clone(),
            row.period.start.to_string(),
            row.period.end.to_string(),
            number(&row.share.figure),
            how_obtained(&row.share.figure).to_owned(),
            number(&row.value.figure),
            how_obtained(&row.value.figure).to_owned(),
            row.rank.map(|r| r.to_string()).unwrap_or_default(),
            row.ranked.to_string(),
        ]
    });
    csv_text(header, rows)
}

/// Whose share to chart: a market or a family, and its name in French, Arabic and English.
#[derive(Clone, Debug, PartialEq)]
pub struct ShareChoice {
    /// `Destination` for a market, `ProductFamily` for a family.
    pub dimension: CodedDimension,
    /// The market's or family's code.
    pub code: String,
    /// Its name in each language, in [`Locale::ALL`] order.
    pub names: [String; 3],
}

/// No market until one is chosen.
impl Default for ShareChoice {
    fn default() -> Self {
        ShareChoice {
            dimension: CodedDimension::Destination,
            code: String::new(),
            names: Default::default(),
        }
    }
}

/// The profile charted and the names it is summarised with.
#[derive(Clone, Debug, PartialEq)]
pub struct ShareFigures {
    /// The market's or family's profile.
    pub profile: Profile,
    /// Its name in each language, in [`Locale::ALL`] order.
    pub names: [String; 3],
}

/// "Share of craft exports" on a market's or a family's page.
pub struct ShareSpec;

impl ChartSpec for ShareSpec {
    const ID: ChartId = ChartId::MarketShare;
    type Choice = ShareChoice;
    type Figures = ShareFigures;
    type Drawing = Responsive;

    fn figures(dataset: &Dataset, choice: &ShareChoice) -> ShareFigures {
        ShareFigures {
            profile: Profiles::new(dataset, choice.dimension).of(&choice.code),
            names: choice.names.clone(),
        }
    }
    fn title(figures: &ShareFigures, locale: Locale) -> String {
        match figures.profile.dimension {
            CodedDimension::ProductFamily => Msg::FamilyShareChartTitle,
            _ => Msg::MarketShareChartTitle,
        }
        .text(locale)
        .to_owned()
    }
    fn subtitle(figures: &ShareFigures, locale: Locale) -> String {
        let periods: Vec<Period> = figures
            .profile
            .history
            .iter()
            .map(|row| row.period)
            .collect();
        span_subtitle(locale, &periods, Msg::ShareOfExportsUnit.text(locale))
    }
    fn summary(figures: &ShareFigures, _: &Dataset, locale: Locale) -> String {
        let name = locale.pick(figures.names.each_ref());
        profile_summary(locale, &figures.profile, name)
    }
    fn drawing(figures: &ShareFigures, _: &Dataset, locale: Locale) -> Responsive {
        market_share_over_time(&figures.profile, locale)
    }
    fn table(figures: &ShareFigures, dataset: &Dataset, locale: Locale) -> DataTable {
        market_table(&figures.profile, dataset, locale)
    }
    fn csv(figures: &ShareFigures, _: &Dataset, _: Locale) -> String {
        market_csv(&figures.profile)
    }
    fn sources(figures: &ShareFigures, dataset: &Dataset) -> Vec<Source> {
        dataset.sources_printing(
            figures
                .profile
                .history
                .iter()
                .flat_map(|row| row.share.printed().chain(row.value.printed())),
        )
    }
    /// The latest period with a share or a value.
    fn lead_sources(figures: &ShareFigures, dataset: &Dataset) -> Vec<Source> {
        let latest =
            figures.profile.history.iter().rev().find(|row| {
                row.share.figure.value().is_some() || row.value.figure.value().is_some()
            });
        dataset.sources_printing(
            latest
                .into_iter()
                .flat_map(|row| row.share.printed().chain(row.value.printed())),
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::{CodedDimension, test_dataset};
    use crate::stats::{BreakdownIndex, Levels, profile};

    fn us_profile() -> (crate::data::Loaded, Profile) {
        let loaded = test_dataset(
            "F1,exports_value,total,all,2021-01-01,2021-12-31,900,MAD_million,,,https://a.ma/1,,\n\
             F2,exports_share,destination,US,2021-01-01,2021-12-31,30,percent,,,https://a.ma/1,,\n\
             F3,exports_value,total,all,2024-01-01,2024-12-31,1100,MAD_million,,,https://a.ma/1,,\n\
             F4,exports_value,destination,US,2024-01-01,2024-12-31,484,MAD_million,,,https://b.ma/2,,\n",
        );
        let levels = Levels::new(&loaded.dataset);
        let history = BreakdownIndex::new(&levels, CodedDimension::Destination).history();
        let profile = profile(&levels, &history, CodedDimension::Destination, "US");
        (loaded, profile)
    }

    #[test]
    fn printed_and_computed_shares_are_separate_bars() {
        let (_, profile) = us_profile();
        let option =
            serde_json::to_value(market_share_over_time(&profile, Locale::En)).unwrap_or_default();
        let base = &option["baseOption"];
        assert_eq!(base["xAxis"]["data"], json!(["2021", "2024"]));
        assert_eq!(base["series"][0]["data"], json!([["2021", 30.0, "30%"]]));
        // 484 / 1,100 = 44 %, computed.
        assert_eq!(base["series"][1]["data"], json!([["2024", 44.0, "44%"]]));
    }

    #[test]
    fn the_table_and_csv_say_how_each_figure_was_obtained() {
        let (loaded, profile) = us_profile();
        let table = market_table(&profile, &loaded.dataset, Locale::En);
        assert_eq!(
            table.rows[1],
            ["year 2024", "44% (Computed)", "484", "1 / 1", "S002"]
        );
        let csv = market_csv(&profile);
        assert!(csv.contains("US,2021-01-01,2021-12-31,30,published,270,computed,1,1"));
        assert!(csv.contains("US,2024-01-01,2024-12-31,44,computed,484,published,1,1"));
    }
}
