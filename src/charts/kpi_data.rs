//! A card's data for download (a headline card, a family's card): the figure the card shows,
//! then every value printed for it when sources disagree, each with its period, unit, how it
//! was obtained and the addresses of its sources.

use super::parts::{csv_text, how_obtained, source_addresses};
use crate::data::{Dataset, Source};
use crate::stats::{Kpi, KpiUnit, Point, ProfilePeriod};

/// What a card's rows say besides its figure.
pub struct CardRow<'a> {
    pub indicator: &'a str,
    pub subject: Option<&'a str>,
    pub period_start: String,
    pub period_end: String,
    /// As written in `facts.csv` (`MAD_million`, `percent`, `count`).
    pub unit: &'a str,
}

/// A card's figure as CSV (raw numbers): one row for the value shown (`shown` = `yes`), and one
/// per printed value when the sources print more than one.
pub fn card_csv(point: &Point, about: &CardRow, dataset: &Dataset) -> String {
    let header = [
        "indicator",
        "subject",
        "period_start",
        "period_end",
        "value",
        "unit",
        "how",
        "shown",
        "sources",
    ];
    let row = |value: Option<f64>, how: &str, shown: bool, sources: Vec<Source>| {
        [
            about.indicator.to_owned(),
            about.subject.unwrap_or_default().to_owned(),
            about.period_start.clone(),
            about.period_end.clone(),
            value.map(|v| v.to_string()).unwrap_or_default(),
            about.unit.to_owned(),
            how.to_owned(),
            (if shown { "yes" } else { "no" }).to_owned(),
            source_addresses(&sources),
        ]
    };
    let figure = &point.figure;
    let shown = row(
        figure.value(),
        how_obtained(figure),
        true,
        figure.cited_sources(dataset),
    );
    let printed = point.reported.iter().filter(|_| point.reported.len() > 1);
    let alternatives = printed.map(|group| {
        let sources = dataset.sources_printing(group.observations.iter().copied());
        let how = if group.low_reliability {
            "published_low_reliability"
        } else {
            "published"
        };
        row(Some(group.value), how, false, sources)
    });
    csv_text(header, std::iter::once(shown).chain(alternatives))
}

/// Every source behind a card: those of the figure shown and of each value printed for it.
pub fn card_sources(point: &Point, dataset: &Dataset) -> Vec<Source> {
    let figure = point.figure.observations();
    dataset.sources_printing(figure.into_iter().chain(point.printed()))
}

/// A headline card as CSV (see [`card_csv`]).
pub fn kpi_csv(kpi: &Kpi, title: &str, subject: Option<&str>, dataset: &Dataset) -> String {
    let (period_start, period_end) = match (kpi.period, kpi.as_of) {
        (Some(period), _) => (period.start.to_string(), period.end.to_string()),
        (None, Some(date)) => (String::new(), date.to_string()),
        (None, None) => (String::new(), String::new()),
    };
    let about = CardRow {
        indicator: title,
        subject,
        period_start,
        period_end,
        unit: unit_code(kpi.unit),
    };
    card_csv(&kpi.point, &about, dataset)
}

/// A family card's latest share of craft exports as CSV (see [`card_csv`]).
pub fn family_share_csv(
    latest: &ProfilePeriod,
    indicator: &str,
    family: &str,
    dataset: &Dataset,
) -> String {
    let about = CardRow {
        indicator,
        subject: Some(family),
        period_start: latest.period.start.to_string(),
        period_end: latest.period.end.to_string(),
        unit: "percent",
    };
    card_csv(&latest.share, &about, dataset)
}

/// The unit as written in `facts.csv`.
fn unit_code(unit: KpiUnit) -> &'static str {
    match unit {
        KpiUnit::MadMillion => "MAD_million",
        KpiUnit::Percent => "percent",
        KpiUnit::Count => "count",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::test_dataset;
    use crate::stats::{KpiKind, kpis};

    #[test]
    fn a_card_lists_its_figure_then_each_printed_value_with_its_sources() {
        let loaded = test_dataset(
            "F1,exports_value,total,all,2019-01-01,2019-12-31,800,MAD_million,,,https://a.ma/1,,\n\
             F2,exports_value,total,all,2024-01-01,2024-12-31,1100,MAD_million,,,https://a.ma/1,,\n\
             F3,exports_value,total,all,2024-01-01,2024-12-31,1600,MAD_million,,,https://b.ma/2,,\n\
             F4,exports_value,total,all,2024-01-01,2024-12-31,1000,MAD_million,,,https://c.ma/3,,[low-reliability]\n",
        );
        let cards = kpis(&loaded.dataset, 2019, None);
        let latest = cards
            .iter()
            .find(|k| k.kind == KpiKind::LatestYear)
            .unwrap();
        let csv = kpi_csv(latest, "Exports", None, &loaded.dataset);
        let lines: Vec<&str> = csv.lines().collect();
        assert_eq!(
            lines[0],
            "indicator,subject,period_start,period_end,value,unit,how,shown,sources"
        );
        assert_eq!(lines.len(), 5, "{csv}");
        assert!(
            lines[1].ends_with(",MAD_million,published,yes,https://a.ma/1"),
            "{csv}"
        );
        assert!(lines[1].starts_with("Exports,,2024-01-01,2024-12-31,1100,"));
        assert!(lines.contains(
            &"Exports,,2024-01-01,2024-12-31,1600,MAD_million,published,no,https://b.ma/2"
        ));
        assert!(lines.contains(&"Exports,,2024-01-01,2024-12-31,1000,MAD_million,published_low_reliability,no,https://c.ma/3"));

        let growth = cards
            .iter()
            .find(|k| k.kind == KpiKind::GrowthSince)
            .unwrap();
        let csv = kpi_csv(growth, "Growth", None, &loaded.dataset);
        assert_eq!(
            csv.lines().count(),
            2,
            "a computed figure is one row: {csv}"
        );
        assert!(
            csv.contains(",percent,computed,yes,https://a.ma/1"),
            "{csv}"
        );
    }

    #[test]
    fn a_family_card_lists_its_latest_share_then_each_printed_value() {
        use crate::data::CodedDimension;
        use crate::stats::{BreakdownIndex, Levels, profile};
        let loaded = test_dataset(
            "F1,exports_share,product_family,carpets,2023-01-01,2023-12-31,30,percent,,,https://a.ma/1,,\n\
             F2,exports_share,product_family,carpets,2024-01-01,2024-12-31,36,percent,,,https://a.ma/1,,\n\
             F3,exports_share,product_family,carpets,2024-01-01,2024-12-31,35,percent,,,https://b.ma/2,,\n",
        );
        let levels = Levels::new(&loaded.dataset);
        let history = BreakdownIndex::new(&levels, CodedDimension::ProductFamily).history();
        let carpets = profile(&levels, &history, CodedDimension::ProductFamily, "carpets");
        let latest = carpets.latest_share().unwrap();
        let csv = family_share_csv(latest, "Latest share", "Carpets", &loaded.dataset);
        assert_eq!(
            csv.lines().collect::<Vec<_>>(),
            [
                "indicator,subject,period_start,period_end,value,unit,how,shown,sources",
                "Latest share,Carpets,2024-01-01,2024-12-31,36,percent,published,yes,https://a.ma/1",
                "Latest share,Carpets,2024-01-01,2024-12-31,36,percent,published,no,https://a.ma/1",
                "Latest share,Carpets,2024-01-01,2024-12-31,35,percent,published,no,https://b.ma/2",
            ]
        );
        let sources = card_sources(&latest.share, &loaded.dataset);
        assert_eq!(sources.len(), 2);
    }

    #[test]
    fn a_missing_figure_is_a_row_without_value() {
        let loaded = test_dataset("");
        let card = &kpis(&loaded.dataset, 2019, None)[0];
        let csv = kpi_csv(card, "Exports", None, &loaded.dataset);
        assert_eq!(
            csv.lines().nth(1),
            Some("Exports,,,,,MAD_million,missing,yes,")
        );
    }
}
