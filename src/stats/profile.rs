//! Everything the facts say about one key of a breakdown — a destination market or a craft
//! family — for its profile page: its share, level and rank in each period, the growth rates
//! printed for it and the growth computed between its yearly levels, the facts that name it
//! inside finer breakdowns (a family, an exit city, a market, a region of Morocco), and, for a
//! market, the trade agreements and tariffs that apply to it.

use super::breakdown::{Breakdown, BreakdownIndex};
use super::figure::{Figure, Point, cagr, growth};
use super::levels::Levels;
use super::period::{Period, PeriodKind, latest_picture};
use crate::data::{CodeKind, CodedDimension, Dataset, Observation};
use crate::order::sort_by_key;

/// Metrics of growth printed for a market.
const GROWTH_METRICS: [&str; 3] = ["exports_growth", "exports_cagr", "exports_growth_factor"];
/// The dimension agreements are recorded under.
const AGREEMENT_DIMENSION: &str = "agreement";
/// The European Union's members (ISO 3166-1 alpha-2), to whom the EU agreement applies.
const EU_MEMBERS: [&str; 27] = [
    "AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FR", "GR", "HR", "HU", "IE", "IT",
    "LT", "LU", "LV", "MT", "NL", "PL", "PT", "RO", "SE", "SI", "SK",
];

/// The key in one period of its breakdowns.
#[derive(Clone, Debug, PartialEq)]
pub struct ProfilePeriod {
    /// The period.
    pub period: Period,
    /// Share of national craft exports, in percent.
    pub share: Point,
    /// Level in MAD million.
    pub value: Point,
    /// 1 for the largest market of the period; `None` for regions and unknown shares.
    pub rank: Option<usize>,
    /// How many markets the period ranks.
    pub ranked: usize,
}

/// Growth between the market's two latest yearly levels: plain growth over one year, average
/// annual growth (CAGR) over more.
#[derive(Clone, Debug, PartialEq)]
pub struct AnnualChange {
    /// The earlier year.
    pub from: i32,
    /// The later year.
    pub to: i32,
    /// The growth, or the average annual growth over more than a year.
    pub figure: Figure,
}

/// A trade agreement between Morocco and a group of markets.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TradeFramework {
    /// Morocco–USA free trade agreement.
    UsFreeTrade,
    /// EU–Morocco association agreement.
    EuAssociation,
    /// UK–Morocco association agreement.
    UkAssociation,
}

impl TradeFramework {
    /// Every agreement, in display order.
    pub const ALL: [TradeFramework; 3] = [
        TradeFramework::UsFreeTrade,
        TradeFramework::EuAssociation,
        TradeFramework::UkAssociation,
    ];

    /// The agreement's key in the facts (`dimension = agreement`).
    pub fn key(self) -> &'static str {
        match self {
            TradeFramework::UsFreeTrade => "Morocco-USA FTA",
            TradeFramework::EuAssociation => "EU-Morocco Association Agreement",
            TradeFramework::UkAssociation => "UK-Morocco Association Agreement",
        }
    }

    /// True when the agreement covers trade with this market.
    pub fn covers(self, code: &str) -> bool {
        match self {
            TradeFramework::UsFreeTrade => code == "US",
            TradeFramework::EuAssociation => code == "region:eu" || EU_MEMBERS.contains(&code),
            TradeFramework::UkAssociation => code == "GB",
        }
    }
}

/// An agreement that covers the market, with the facts recorded about it.
#[derive(Clone, Debug, PartialEq)]
pub struct TradeTerm {
    /// The agreement.
    pub framework: TradeFramework,
    /// Positions of the agreement's facts.
    pub facts: Vec<usize>,
}

/// A fact that names the key inside a finer breakdown or next to another key.
#[derive(Clone, Debug, PartialEq)]
pub struct ProfileDetail {
    /// Position of the fact.
    pub position: usize,
    /// The other parts of the key, with their dimension: e.g. `(product_family, carpets)` and
    /// `(exit_point, Marrakech)` for `carpets>Marrakech>US`.
    pub parts: Vec<(String, String)>,
}

impl ProfileDetail {
    /// The code of the key part along one dimension, e.g. the family.
    pub fn part(&self, dimension: CodedDimension) -> Option<&str> {
        self.parts
            .iter()
            .find(|(name, _)| name == dimension.name())
            .map(|(_, key)| key.as_str())
    }
}

/// Everything known about one market or family.
#[derive(Clone, Debug, PartialEq)]
pub struct Profile {
    /// The breakdown the key belongs to: destination or product family.
    pub dimension: CodedDimension,
    /// The key profiled (`US`, `carpets`).
    pub code: String,
    /// Periods where the market has a share or a level, oldest first.
    pub history: Vec<ProfilePeriod>,
    /// Growth rates printed for the market (alone or beside a share or level), by period.
    pub printed_growth: Vec<usize>,
    /// Growth between the two latest yearly levels.
    pub annual_change: Option<AnnualChange>,
    /// Facts naming the market within families, exit cities or regions.
    pub details: Vec<ProfileDetail>,
    /// Agreements covering the market.
    pub trade: Vec<TradeTerm>,
    /// Tariffs the market applies, and context figures (e.g. all goods, online mentions).
    pub tariffs: Vec<usize>,
    /// Positions of other facts about the key (context for a reader).
    pub context: Vec<usize>,
}

impl Profile {
    /// The headline: among the periods where the key has a share, the latest picture
    /// ([`latest_picture`]: a cumulative period before a single month it covers).
    pub fn latest_share(&self) -> Option<&ProfilePeriod> {
        latest_share_in(&self.history)
    }

    /// The latest growth rate a reliable source prints: the headline growth.
    pub fn latest_printed_growth(&self, dataset: &Dataset) -> Option<usize> {
        self.printed_growth.iter().rev().copied().find(|&position| {
            dataset
                .observations()
                .get(position)
                .is_some_and(|o| !o.is_low_reliability())
        })
    }

    /// True when the facts say nothing at all about the market.
    pub fn is_empty(&self) -> bool {
        self.history.is_empty()
            && self.printed_growth.is_empty()
            && self.details.is_empty()
            && self.tariffs.is_empty()
            && self.context.is_empty()
    }

    /// The codes the details name along another dimension, in first-seen order: the families
    /// that ship to a market, the markets a family ships to.
    pub fn named(&self, dimension: CodedDimension) -> Vec<&str> {
        let mut codes: Vec<&str> = Vec::new();
        for code in self
            .details
            .iter()
            .filter_map(|detail| detail.part(dimension))
        {
            if !codes.contains(&code) && code != "other" {
                codes.push(code);
            }
        }
        codes
    }
}

/// Among `history`'s periods where the key has a share, the latest picture's.
fn latest_share_in(history: &[ProfilePeriod]) -> Option<&ProfilePeriod> {
    let with_share = || {
        history
            .iter()
            .filter(|row| row.share.figure.value().is_some())
    };
    let period = latest_picture(with_share().map(|row| row.period))?;
    with_share().find(|row| row.period == period)
}

/// The profiles of one dimension's keys (markets, or craft families), from its breakdowns
/// computed once: a page showing several profiles, or one profile per choice, reuses them.
pub struct Profiles<'a> {
    levels: Levels<'a>,
    history: Vec<Breakdown>,
    dimension: CodedDimension,
}

impl<'a> Profiles<'a> {
    /// Indexes the facts of `dataset` and computes `dimension`'s breakdowns, oldest first.
    pub fn new(dataset: &'a Dataset, dimension: CodedDimension) -> Profiles<'a> {
        let levels = Levels::new(dataset);
        let history = BreakdownIndex::new(&levels, dimension).history();
        Profiles {
            levels,
            history,
            dimension,
        }
    }

    /// The profile of one key (`US`, `carpets`); empty when the facts never name it.
    pub fn of(&self, code: &str) -> Profile {
        profile(&self.levels, &self.history, self.dimension, code)
    }

    /// The latest share of one key, as its profile's [`Profile::latest_share`], without the
    /// rest of the profile: all a family's card shows, so the crafts' bundle leaves the
    /// profiles' reading of every fact out.
    pub fn latest_share(&self, code: &str) -> Option<ProfilePeriod> {
        latest_share_in(&periods(&self.history, code)).cloned()
    }
}

/// The periods of `history` (a dimension's breakdowns) where `code` has a share or a level.
fn periods(history: &[Breakdown], code: &str) -> Vec<ProfilePeriod> {
    history
        .iter()
        .filter_map(|breakdown| market_period(breakdown, code))
        .collect()
}

/// The profile of one key of `dimension` from that dimension's breakdowns (`history`, oldest
/// first) and the facts.
pub fn profile(
    levels: &Levels,
    history: &[Breakdown],
    dimension: CodedDimension,
    code: &str,
) -> Profile {
    let dataset = levels.dataset();
    let periods = periods(history, code);
    let annual_change = annual_change(&periods);
    let mut profile = Profile {
        dimension,
        code: code.to_owned(),
        history: periods,
        printed_growth: Vec::new(),
        annual_change,
        details: Vec::new(),
        trade: trade_terms(dataset, code),
        tariffs: Vec::new(),
        context: Vec::new(),
    };
    for (position, observation) in dataset.observations().iter().enumerate() {
        sort_fact(dataset, &mut profile, position, observation);
    }
    let observations = dataset.observations();
    sort_by_key(&mut profile.printed_growth, |&position| {
        (observations[position].end, observations[position].start)
    });
    let mut seen = Vec::new();
    profile.printed_growth.retain(|&position| {
        let o = &observations[position];
        let key = (o.start, o.end, printed_rate(dataset, o).to_bits(), o.source);
        let first = !seen.contains(&key);
        seen.push(key);
        first
    });
    profile
}

/// The rate a growth fact prints: the value of a growth, CAGR or factor fact, or the change
/// printed beside a share or level.
pub fn printed_rate(dataset: &Dataset, observation: &Observation) -> f64 {
    match GROWTH_METRICS.contains(&dataset.text(observation.metric)) {
        true => observation.value,
        false => observation.change_pct.unwrap_or(observation.value),
    }
}

/// The growth rate a reliable source prints for exports to `code` over exactly `period`.
pub fn printed_growth_for(dataset: &Dataset, code: &str, period: Period) -> Option<usize> {
    let destination = CodedDimension::Destination.name();
    dataset.observations().iter().position(|o| {
        Period::of(o) == Some(period)
            && dataset.text(o.dimension) == destination
            && dataset.text(o.key) == code
            && !o.is_low_reliability()
            && (dataset.text(o.metric) == "exports_growth" || o.change_pct.is_some())
    })
}

/// Every market the destination facts name, alone or inside a nested or combined key (countries
/// first, then world regions, each in first-seen order), for the market list. What the code
/// table calls a country or a region is listed; "other" is not a market.
pub fn markets(dataset: &Dataset) -> Vec<String> {
    let destination = CodedDimension::Destination.name();
    let kind = |code: &str| dataset.codes.lookup(code).map(|entry| entry.kind);
    let mut codes: Vec<String> = Vec::new();
    for observation in dataset.observations() {
        let key = key_codes(
            dataset.text(observation.dimension),
            dataset.text(observation.key),
        );
        for (_, code) in key.into_iter().filter(|(d, _)| *d == destination) {
            let new = !codes.iter().any(|known| known == code);
            if new && matches!(kind(code), Some(CodeKind::Country | CodeKind::Region)) {
                codes.push(code.to_owned());
            }
        }
    }
    sort_by_key(&mut codes, |code| kind(code) == Some(CodeKind::Region));
    codes
}

fn market_period(breakdown: &Breakdown, code: &str) -> Option<ProfilePeriod> {
    let row = breakdown.rows.iter().find(|row| row.key == code)?;
    let has_figure = row.share.figure.value().is_some() || row.value.figure.value().is_some();
    has_figure.then(|| ProfilePeriod {
        period: breakdown.period,
        share: row.share.clone(),
        value: row.value.clone(),
        rank: row.rank,
        ranked: breakdown.rows.iter().filter(|r| r.rank.is_some()).count(),
    })
}

fn annual_change(periods: &[ProfilePeriod]) -> Option<AnnualChange> {
    let mut years = periods
        .iter()
        .rev()
        .filter_map(|row| match row.period.kind() {
            PeriodKind::Year(year) if row.value.figure.value().is_some() => {
                Some((year, &row.value.figure))
            }
            _ => None,
        });
    let (to, latest) = years.next()?;
    let (from, earlier) = years.next()?;
    let figure = match to - from {
        1 => growth(earlier, latest),
        span => cagr(earlier, latest, span),
    };
    Some(AnnualChange { from, to, figure })
}

fn trade_terms(dataset: &Dataset, code: &str) -> Vec<TradeTerm> {
    TradeFramework::ALL
        .into_iter()
        .filter(|framework| framework.covers(code))
        .map(|framework| TradeTerm {
            framework,
            facts: dataset
                .observations()
                .iter()
                .enumerate()
                .filter(|(_, o)| {
                    dataset.text(o.dimension) == AGREEMENT_DIMENSION
                        && dataset.text(o.key) == framework.key()
                })
                .map(|(position, _)| position)
                .collect(),
        })
        .collect()
}

/// Files one fact under the profile's growth, details, tariffs or context, if it names the
/// market.
fn sort_fact(dataset: &Dataset, profile: &mut Profile, position: usize, observation: &Observation) {
    let (dimension, key) = (
        dataset.text(observation.dimension),
        dataset.text(observation.key),
    );
    let metric = dataset.text(observation.metric);
    let code = profile.code.as_str();
    let own_dimension = profile.dimension.name();
    if dimension == own_dimension && key == code {
        if GROWTH_METRICS.contains(&metric) || observation.change_pct.is_some() {
            profile.printed_growth.push(position);
        }
        if metric.contains("tariff") {
            profile.tariffs.push(position);
        } else if !metric.starts_with("exports_") {
            profile.context.push(position);
        }
    } else if let Some(parts) = other_parts(dimension, key, own_dimension, code) {
        profile.details.push(ProfileDetail { position, parts });
    }
}

/// The parts of a nested (`a>b>c`) or combined (`a+b`) key other than `code`, with their
/// dimension, when the key names `code` along `own_dimension`.
fn other_parts(
    dimension: &str,
    key: &str,
    own_dimension: &str,
    code: &str,
) -> Option<Vec<(String, String)>> {
    let codes = key_codes(dimension, key);
    let names_key = codes.contains(&(own_dimension, code));
    names_key.then(|| {
        codes
            .into_iter()
            .filter(|&part| part != (own_dimension, code))
            .map(|(d, c)| (d.to_owned(), c.to_owned()))
            .collect()
    })
}

/// Every code of a key with its dimension: `carpets>Marrakech>US` under
/// `product_family>exit_point>destination` gives one code per dimension; a key nested under one
/// dimension (`region:europe>FR` under `destination`) stays in it; `+` joins codes.
fn key_codes<'a>(dimension: &'a str, key: &'a str) -> Vec<(&'a str, &'a str)> {
    let dimensions: Vec<&str> = dimension.split('>').collect();
    key.split('>')
        .enumerate()
        .flat_map(|(index, part)| {
            let dimension = dimensions.get(index).or(dimensions.last()).copied();
            part.split('+')
                .map(move |code| (dimension.unwrap_or_default(), code))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::{CodedDimension, test_dataset};

    const FACTS: &str = "\
F1,exports_value,total,all,2021-01-01,2021-12-31,900,MAD_million,,,https://a.ma/1,,\n\
F2,exports_value,total,all,2024-01-01,2024-12-31,1100,MAD_million,,,https://a.ma/1,,\n\
F3,exports_share,destination,US,2021-01-01,2021-12-31,30,percent,,,https://a.ma/1,,\n\
F4,exports_share,destination,FR,2021-01-01,2021-12-31,40,percent,,,https://a.ma/1,,\n\
F5,exports_value,destination,US,2024-01-01,2024-12-31,484,MAD_million,6,vs 2023,https://b.ma/2,,\n\
F6,exports_share,destination,FR,2024-01-01,2024-12-31,14,percent,,,https://b.ma/2,,\n\
F7,exports_growth,destination,US,2018-01-01,2018-11-30,30,percent,,vs Jan-Nov 2017,https://c.ma/3,,\n\
F8,exports_share_within_destination,destination>product_family,US>pottery_stone,2024-01-01,2024-12-31,48,percent,,,https://c.ma/3,,\n\
F9,exports_share,product_family>exit_point>destination,carpets>Marrakech>US,2023-01-01,2023-08-31,48,percent,,,https://c.ma/3,,\n\
F10,us_import_tariff_rate,destination,US,2025-04-05,,10,percent,,,https://d.ma/4,,\n\
F11,fta_rules_of_origin_min_content,agreement,Morocco-USA FTA,,,35,percent,,,https://d.ma/4,,\n\
F12,fta_industrial_duty_free_since,agreement,EU-Morocco Association Agreement,2012-01-01,,100,percent,,,https://d.ma/4,,\n\
F14,exports_share,destination,US,2024-01-01,2024-12-31,44,percent,6,vs 2023,https://b.ma/2,,\n\
F13,exports_share,destination,US+region:arab_countries,2018-07-01,2018-07-31,65,percent,,,https://c.ma/3,,\n";

    fn profile_of(dimension: CodedDimension, code: &str) -> Profile {
        let loaded = test_dataset(FACTS);
        Profiles::new(&loaded.dataset, dimension).of(code)
    }

    fn market(code: &str) -> Profile {
        profile_of(CodedDimension::Destination, code)
    }

    #[test]
    fn the_history_gives_shares_levels_and_ranks_per_period() {
        let us = market("US");
        let rows: Vec<_> = us
            .history
            .iter()
            .map(|row| {
                (
                    row.period.start.year(),
                    row.share.figure.value(),
                    row.value.figure.value(),
                    row.rank,
                    row.ranked,
                )
            })
            .collect();
        // 2021: 30 % of 900 = 270, second behind France. 2024: 484 / 1,100 = 44 %, first.
        assert_eq!(
            rows,
            vec![
                (2021, Some(30.0), Some(270.0), Some(2), 2),
                (2024, Some(44.0), Some(484.0), Some(1), 2)
            ]
        );
        assert_eq!(
            us.latest_share().map(|row| row.period.start.year()),
            Some(2024)
        );
    }

    #[test]
    fn yearly_levels_give_an_average_annual_growth() {
        let change = market("US").annual_change.expect("two yearly levels");
        assert_eq!((change.from, change.to), (2021, 2024));
        // (484 / 270)^(1/3) − 1.
        let expected = ((484.0f64 / 270.0).powf(1.0 / 3.0) - 1.0) * 100.0;
        assert!((change.figure.value().unwrap_or_default() - expected).abs() < 1e-9);
    }

    #[test]
    fn printed_growth_details_and_trade_are_filed() {
        let loaded = test_dataset(FACTS);
        let us = market("US");
        let ids = |positions: &[usize]| -> Vec<String> {
            positions
                .iter()
                .map(|&p| loaded.dataset.id(p).to_owned())
                .collect()
        };
        assert_eq!(ids(&us.printed_growth), ["F7", "F5"]);
        assert_eq!(us.latest_printed_growth(&loaded.dataset), Some(4));
        let year = |y| Period::year(y).expect("a year");
        assert_eq!(
            printed_growth_for(&loaded.dataset, "US", year(2024)),
            Some(4)
        );
        assert_eq!(printed_growth_for(&loaded.dataset, "US", year(2021)), None);
        assert_eq!(printed_growth_for(&loaded.dataset, "FR", year(2024)), None);
        assert_eq!(ids(&us.tariffs), ["F10"]);
        let details: Vec<usize> = us.details.iter().map(|d| d.position).collect();
        assert_eq!(ids(&details), ["F8", "F9", "F13"]);
        assert_eq!(
            us.details[1].part(CodedDimension::ExitPoint),
            Some("Marrakech")
        );
        assert_eq!(
            us.details[2].parts,
            [("destination".to_owned(), "region:arab_countries".to_owned())]
        );
        assert_eq!(
            us.named(CodedDimension::ProductFamily),
            ["pottery_stone", "carpets"]
        );
        assert_eq!(us.trade.len(), 1);
        assert_eq!(us.trade[0].framework, TradeFramework::UsFreeTrade);
        assert_eq!(ids(&us.trade[0].facts), ["F11"]);
        let france = market("FR");
        assert_eq!(france.trade[0].framework, TradeFramework::EuAssociation);
        assert!(TradeFramework::EuAssociation.covers("region:eu"));
        assert!(!TradeFramework::EuAssociation.covers("region:europe"));
        assert!(france.details.is_empty());
    }

    #[test]
    fn a_family_profile_names_its_markets_and_exit_cities() {
        let carpets = profile_of(CodedDimension::ProductFamily, "carpets");
        assert_eq!(carpets.dimension, CodedDimension::ProductFamily);
        assert!(carpets.history.is_empty());
        let details: Vec<_> = carpets.details.iter().map(|d| d.position).collect();
        assert_eq!(details, [8]);
        assert_eq!(carpets.named(CodedDimension::Destination), ["US"]);
        assert_eq!(carpets.named(CodedDimension::ExitPoint), ["Marrakech"]);
        let pottery = profile_of(CodedDimension::ProductFamily, "pottery_stone");
        assert_eq!(pottery.named(CodedDimension::Destination), ["US"]);
        assert!(pottery.trade.is_empty());
    }

    #[test]
    fn an_unknown_market_has_an_empty_profile() {
        let nowhere = market("ZZ");
        assert!(nowhere.is_empty());
        assert!(nowhere.trade.is_empty());
        assert_eq!(nowhere.latest_share(), None);
        assert_eq!(nowhere.annual_change, None);
    }

    #[test]
    fn one_yearly_level_gives_no_growth() {
        let loaded = test_dataset(
            "F1,exports_value,total,all,2021-01-01,2021-12-31,900,MAD_million,,,https://a.ma/1,,\n\
             F2,exports_share,destination,FR,2021-01-01,2021-12-31,40,percent,,,https://a.ma/1,,\n\
             F3,exports_share,destination,FR,2022-01-01,2022-06-30,41,percent,,,https://a.ma/1,,\n",
        );
        let levels = Levels::new(&loaded.dataset);
        let history = BreakdownIndex::new(&levels, CodedDimension::Destination).history();
        let france = profile(&levels, &history, CodedDimension::Destination, "FR");
        assert_eq!(france.history.len(), 2);
        assert_eq!(france.annual_change, None);
    }

    #[test]
    fn markets_list_every_destination_countries_first() {
        let loaded = test_dataset(
            "F1,exports_share,destination,region:europe,2021-01-01,2021-12-31,60,percent,,,https://a.ma/1,,\n\
             F2,exports_growth,destination,IT,2021-01-01,2021-12-31,30,percent,,vs 2020,https://a.ma/1,,\n\
             F3,exports_share,destination,region:north_america>CA,2021-01-01,2021-12-31,4,percent,,,https://a.ma/1,,\n\
             F4,exports_share,product_family>exit_point>destination,carpets>Marrakech>FR,2023-01-01,2023-08-31,15,percent,,,https://a.ma/1,,\n\
             F5,exports_share,destination,other,2021-01-01,2021-12-31,6,percent,,,https://a.ma/1,,\n",
        );
        assert_eq!(
            markets(&loaded.dataset),
            ["IT", "CA", "FR", "region:europe", "region:north_america"]
        );
    }
}
