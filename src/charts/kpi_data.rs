//! A headline card's data for download: the figure the card shows, then every value printed
//! for it when sources disagree, each with its period, unit, how it was obtained and the
//! addresses of its sources.

use super::parts::{csv_text, source_addresses};
use crate::data::{Dataset, Source};
use crate::stats::{Figure, Kpi, KpiUnit};

/// The card as CSV (raw numbers): one row for the value shown (`shown` = `yes`), and one per
/// printed value when the sources print more than one.
pub fn kpi_csv(kpi: &Kpi, title: &str, subject: Option<&str>, dataset: &Dataset) -> String {
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
    let (start, end) = match (kpi.period, kpi.as_of) {
        (Some(period), _) => (period.start.to_string(), period.end.to_string()),
        (None, Some(date)) => (String::new(), date.to_string()),
        (None, None) => (String::new(), String::new()),
    };
    let row = |value: Option<f64>, how: &str, shown: bool, sources: Vec<Source>| {
        [
            title.to_owned(),
            subject.unwrap_or_default().to_owned(),
            start.clone(),
            end.clone(),
            value.map(|v| v.to_string()).unwrap_or_default(),
            unit_code(kpi.unit).to_owned(),
            how.to_owned(),
            (if shown { "yes" } else { "no" }).to_owned(),
            source_addresses(&sources),
        ]
    };
    let figure = &kpi.point.figure;
    let how = match figure {
        Figure::Reported { .. } => "published",
        Figure::Derived(_) => "computed",
        Figure::Missing(_) => "missing",
    };
    let shown = row(
        figure.value(),
        how,
        true,
        dataset.sources_at(figure.sources(dataset)),
    );
    let printed = kpi
        .point
        .reported
        .iter()
        .filter(|_| kpi.point.reported.len() > 1);
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
