//! A clerk's file beside the published data: every headline figure, every chart's table and
//! every market, computed by the same functions the pages use from each dataset, in a
//! language, cell by cell, so that the desk shows what the file would change before it is
//! published.

use crate::charts::{ChartId, ChartSpec, DataTable, SpecVisitor};
use crate::data::{CodedDimension, Dataset};
use crate::i18n::{Locale, Msg, code_name, format_number, format_percent, kpi_text, period_label};
use crate::stats::{BASE_YEAR, Profiles, kpis, markets};

/// One cell of a table in both datasets: missing where that dataset has no such row.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct ComparedCell {
    /// As published.
    pub published: Option<String>,
    /// As the file gives it.
    pub preview: Option<String>,
}

impl ComparedCell {
    /// True when the file changes what the published data shows.
    pub fn changed(&self) -> bool {
        self.published != self.preview
    }
}

/// A row of a compared table, named by its first cell.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct ComparedRow {
    /// What the row is (a year, a market, a figure's name).
    pub label: String,
    /// The other cells, one per column after the first.
    pub cells: Vec<ComparedCell>,
}

impl ComparedRow {
    /// True when any cell changes.
    pub fn changed(&self) -> bool {
        self.cells.iter().any(ComparedCell::changed)
    }
}

/// A table the app shows, computed from both datasets.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct ComparedTable {
    /// What the table is (a chart's title, "Headline figures", "Markets").
    pub title: String,
    /// The column headers, the first naming the rows.
    pub columns: Vec<String>,
    /// The published rows in order, then the rows only the file has.
    pub rows: Vec<ComparedRow>,
}

impl ComparedTable {
    /// How many cells the file changes.
    pub fn changes(&self) -> usize {
        self.rows
            .iter()
            .flat_map(|row| &row.cells)
            .filter(|cell| cell.changed())
            .count()
    }

    /// How many cells it compares.
    pub fn cells(&self) -> usize {
        self.rows.iter().map(|row| row.cells.len()).sum()
    }

    /// The two tables cell by cell, rows matched by their first cell; the sources column is
    /// left out (its ids number the sources in table order, which any new source shifts).
    fn of(title: String, published: DataTable, preview: DataTable, locale: Locale) -> Self {
        let sources = Msg::ColumnSources.text(locale);
        let kept: Vec<usize> = (1..published.columns.len())
            .filter(|&at| published.columns[at] != sources)
            .collect();
        let cells = |table: &DataTable, label: &str| -> Option<Vec<String>> {
            let row = table
                .rows
                .iter()
                .find(|row| row.first().is_some_and(|l| l == label))?;
            Some(
                kept.iter()
                    .map(|&at| row.get(at).cloned().unwrap_or_default())
                    .collect(),
            )
        };
        let mut labels: Vec<&String> = published.rows.iter().filter_map(|r| r.first()).collect();
        for label in preview.rows.iter().filter_map(|r| r.first()) {
            if !labels.contains(&label) {
                labels.push(label);
            }
        }
        let rows = labels
            .into_iter()
            .map(|label| {
                let (before, after) = (cells(&published, label), cells(&preview, label));
                ComparedRow {
                    label: label.clone(),
                    cells: (0..kept.len())
                        .map(|at| ComparedCell {
                            published: before.as_ref().map(|c| c[at].clone()),
                            preview: after.as_ref().map(|c| c[at].clone()),
                        })
                        .collect(),
                }
            })
            .collect();
        let columns = std::iter::once(0)
            .chain(kept)
            .filter_map(|at| published.columns.get(at).cloned())
            .collect();
        ComparedTable {
            title,
            columns,
            rows,
        }
    }
}

/// Every headline figure, every chart's table (as its link first shows it) and every market,
/// from the published data and from the file, in `locale`.
pub fn preview_comparison(
    published: &Dataset,
    preview: &Dataset,
    locale: Locale,
) -> Vec<ComparedTable> {
    let mut tables = vec![ComparedTable::of(
        Msg::DeskHeadlines.text(locale).to_owned(),
        headline_table(published, locale),
        headline_table(preview, locale),
        locale,
    )];
    tables.extend(ChartId::ALL.iter().filter_map(|chart| {
        chart.visit_spec(ChartTables {
            published,
            preview,
            locale,
        })
    }));
    tables.push(ComparedTable::of(
        Msg::DeskMarkets.text(locale).to_owned(),
        market_summary(published, locale),
        market_summary(preview, locale),
        locale,
    ));
    tables
}

/// The headline cards as a table: name, value (with what it is about) and what it covers.
fn headline_table(dataset: &Dataset, locale: Locale) -> DataTable {
    let rows = kpis(dataset, BASE_YEAR, None)
        .iter()
        .map(|kpi| {
            let text = kpi_text(locale, kpi, &dataset.codes);
            let value = match text.subject {
                Some(subject) => format!("{} ({subject})", text.value),
                None => text.value,
            };
            vec![text.title, value, text.detail]
        })
        .collect();
    DataTable::with_columns(
        String::new(),
        &[
            Msg::DeskColumnFigure,
            Msg::DeskColumnFigureValue,
            Msg::PeriodLabel,
        ],
        locale,
        rows,
    )
}

/// One row per market: its latest share of craft exports, the period, its level then and its
/// rank.
fn market_summary(dataset: &Dataset, locale: Locale) -> DataTable {
    let profiles = Profiles::new(dataset, CodedDimension::Destination);
    let not_reported = || Msg::NotReported.text(locale).to_owned();
    let rows = markets(dataset)
        .iter()
        .map(|code| {
            let profile = profiles.of(code);
            let latest = profile.latest_share();
            let figure = |text: Option<String>| text.unwrap_or_else(not_reported);
            vec![
                code_name(locale, &dataset.codes, code),
                figure(latest.and_then(|row| {
                    row.share
                        .figure
                        .value()
                        .map(|v| format_percent(locale, v, 2))
                })),
                figure(latest.map(|row| period_label(locale, row.period))),
                figure(latest.and_then(|row| {
                    row.value
                        .figure
                        .value()
                        .map(|v| format_number(locale, v, 2))
                })),
                latest
                    .and_then(|row| row.rank.map(|rank| format!("{rank} / {}", row.ranked)))
                    .unwrap_or_default(),
            ]
        })
        .collect();
    DataTable::with_columns(
        String::new(),
        &[
            Msg::DeskColumnMarket,
            Msg::ColumnShare,
            Msg::PeriodLabel,
            Msg::ColumnLevel,
            Msg::ColumnRank,
        ],
        locale,
        rows,
    )
}

/// A chart's table from both datasets, for its default choice.
struct ChartTables<'a> {
    published: &'a Dataset,
    preview: &'a Dataset,
    locale: Locale,
}

impl SpecVisitor for ChartTables<'_> {
    type Output = ComparedTable;

    fn visit<S: ChartSpec>(self) -> ComparedTable {
        let choice = S::Choice::default();
        let table = |dataset: &Dataset| {
            let figures = S::figures(dataset, &choice);
            (
                S::title(&figures, self.locale),
                S::table(&figures, dataset, self.locale),
            )
        };
        let (title, published) = table(self.published);
        let (_, preview) = table(self.preview);
        ComparedTable::of(title, published, preview, self.locale)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::{codes_from_csv, from_facts_csv, parse_dataset};

    fn published() -> Dataset {
        parse_dataset(include_str!("../../public/data/atlas.json"))
            .unwrap()
            .dataset
    }

    fn from_facts(text: &str) -> Dataset {
        let codes = codes_from_csv(include_str!("../../public/data/codes.csv")).unwrap();
        from_facts_csv(text, codes, include_str!("../../public/data/seeds.csv")).dataset
    }

    #[test]
    fn the_published_facts_change_nothing_and_every_table_has_rows() {
        let published = published();
        let same = from_facts(include_str!("../../public/data/facts.csv"));
        for locale in [Locale::Fr, Locale::Ar, Locale::En] {
            let tables = preview_comparison(&published, &same, locale);
            assert_eq!(tables.len(), 7, "headlines, five charts, markets");
            for table in &tables {
                assert!(!table.rows.is_empty(), "{}", table.title);
                assert_eq!(table.changes(), 0, "{}", table.title);
                assert!(
                    table
                        .rows
                        .iter()
                        .all(|r| r.cells.len() + 1 == table.columns.len())
                );
            }
        }
    }

    #[test]
    fn a_changed_level_is_flagged_in_its_year_and_on_its_card() {
        let facts = include_str!("../../public/data/facts.csv");
        let line = facts
            .lines()
            .find(|l| l.contains(",exports_value,total,all,2024-01-01,2024-12-31,"))
            .unwrap();
        let cells: Vec<&str> = line.split(',').collect();
        let changed_line = line.replacen(&format!(",{},", cells[6]), ",1.5,", 1);
        let changed = from_facts(&facts.replace(line, &changed_line));
        let tables = preview_comparison(&published(), &changed, Locale::En);
        let by_year = tables.iter().find(|t| t.title == tables[1].title).unwrap();
        assert!(by_year.changes() > 0, "{by_year:?}");
        let changed: Vec<&str> = by_year
            .rows
            .iter()
            .filter(|r| r.changed())
            .map(|r| r.label.as_str())
            .collect();
        assert!(changed.contains(&"2024"), "{changed:?}");
        assert!(!changed.contains(&"2021"), "{changed:?}");
        assert!(tables[0].changes() > 0, "the latest year's card reads 2024");
    }

    #[test]
    fn a_row_only_one_side_has_is_missing_on_the_other() {
        let table = |rows: Vec<Vec<String>>| DataTable {
            caption: String::new(),
            columns: vec!["Year".into(), "Value".into(), "Sources".into()],
            rows,
        };
        let row = |year: &str, value: &str| vec![year.into(), value.into(), "S1".into()];
        let compared = ComparedTable::of(
            "t".into(),
            table(vec![row("2023", "1")]),
            table(vec![row("2023", "1"), row("2024", "2")]),
            Locale::En,
        );
        assert_eq!(compared.columns, ["Year", "Value"], "no sources column");
        assert_eq!(compared.changes(), 1);
        assert_eq!(compared.rows[1].cells[0].published, None);
        assert_eq!(compared.rows[1].cells[0].preview.as_deref(), Some("2"));
    }
}
