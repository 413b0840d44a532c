//! A family's buyer brief as prose, pure: what the facts and the catalogue say about one family
//! (and, optionally, one market), as claims grouped by the questions a buyer asks — where it
//! sells and how much, how it has grown, where it is made, which labels guarantee it, where to
//! meet makers. Each claim keeps the ids of the sources it rests on; `i18n` words the claims and
//! the page numbers the sources in the order they are first cited.

use crate::data::{Catalogue, ChannelKind, CodedDimension, Dataset, LabelKind, Source, Words};
use crate::order::sort_by;
use crate::stats::{Period, Profile, ProfileDetail, Profiles, TradeFramework, latest_picture};

/// The most exit cities one sentence names.
const EXIT_CITIES_NAMED: usize = 3;

/// The questions the brief answers, in the order it answers them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Topic {
    /// Where the family sells and how much.
    Sales,
    /// How its exports have grown.
    Growth,
    /// Where it is made, and from what.
    Making,
    /// Which labels and marks guarantee it.
    Labels,
    /// Where a buyer meets its makers.
    Meeting,
}

/// One thing the brief says, with what it needs to be worded in any language.
#[derive(Clone, Debug, PartialEq)]
pub enum Claim {
    /// The family's share of the country's craft exports in its latest picture, with its value
    /// and its rank among the families the sources name for that period.
    Share {
        /// The period of the figures.
        period: Period,
        /// Share of craft exports, in percent.
        share: f64,
        /// Exports in MAD million, when known for the period.
        value: Option<f64>,
        /// Rank and how many families are ranked.
        rank: Option<(usize, usize)>,
    },
    /// The sources give the family no share of craft exports.
    NoShare,
    /// The cities its exports left Morocco from, with their shares, largest first.
    ExitCities {
        /// The period of the shares.
        period: Period,
        /// City codes and shares in percent.
        cities: Vec<(String, f64)>,
    },
    /// The markets the sources name for the family.
    Markets {
        /// Market codes, in first-cited order.
        codes: Vec<String>,
    },
    /// The chosen market's share of all craft exports.
    MarketShare {
        /// The market's code.
        market: String,
        /// The period of the share.
        period: Period,
        /// Share in percent.
        share: f64,
    },
    /// The trade agreements that cover the chosen market.
    Agreements {
        /// The market's code.
        market: String,
        /// The agreements.
        frameworks: Vec<TradeFramework>,
    },
    /// A published fact on the family in the chosen market, worded as the family page words it.
    MarketFact {
        /// Position of the fact.
        position: usize,
        /// The fact's key parts.
        detail: ProfileDetail,
    },
    /// Growth the atlas computes between the family's two latest yearly levels.
    ComputedGrowth {
        /// The earlier year.
        from: i32,
        /// The later year.
        to: i32,
        /// Growth in percent, a year on average over more than one year.
        rate: f64,
    },
    /// The latest growth rate a reliable source prints for the family.
    PrintedGrowth {
        /// Position of the fact.
        position: usize,
    },
    /// Neither a computed nor a printed growth rate.
    NoGrowth,
    /// Flagship crafts with the towns they are made in.
    Crafts {
        /// Each craft's name and its towns' names.
        crafts: Vec<(Words, Vec<Words>)>,
    },
    /// The materials the flagship crafts are made from.
    Materials {
        /// Their names, each once.
        names: Vec<Words>,
    },
    /// The family's weight in a city's crafts, as a source prints it.
    CityWeight {
        /// The city's code.
        city: String,
        /// The period, when the source gives one.
        period: Option<Period>,
        /// Share in percent.
        share: f64,
        /// True for a share of the city's production, false for a share of its exports.
        production: bool,
    },
    /// The catalogue names no flagship craft for the family.
    NoCrafts,
    /// Labels, marks and inscriptions the family's crafts can carry.
    Labels {
        /// Each label's name and kind.
        labels: Vec<(Words, LabelKind)>,
    },
    /// No label covers the family.
    NoLabels,
    /// Programmes, fairs, platforms and shops where buyers meet makers.
    Channels {
        /// Each channel's name and kind.
        channels: Vec<(Words, ChannelKind)>,
    },
    /// No channel is known for the family.
    NoChannels,
}

/// A claim and the sources it rests on, as numbers in the brief's reference list (from 1).
#[derive(Clone, Debug, PartialEq)]
pub struct Sentence {
    /// What is said.
    pub claim: Claim,
    /// The numbers of its references.
    pub references: Vec<usize>,
}

/// One topic's sentences: a paragraph of the brief.
#[derive(Clone, Debug, PartialEq)]
pub struct Paragraph {
    /// The question it answers.
    pub topic: Topic,
    /// Its sentences, in reading order.
    pub sentences: Vec<Sentence>,
}

/// A source the brief cites, from the facts or the catalogue.
#[derive(Clone, Debug, PartialEq)]
pub struct Reference {
    /// The source's id (`S001`, `C01`).
    pub id: String,
    /// The outlet, as a reader cites it.
    pub outlet: String,
    /// Its web address, when online.
    pub url: Option<String>,
    /// Its publication date, when known.
    pub date: Option<String>,
}

/// The whole brief: what the family is, paragraphs, and the references they cite.
#[derive(Clone, Debug, PartialEq)]
pub struct Brief {
    /// The references of the family's description (the brief's lead).
    pub lead: Vec<usize>,
    /// One paragraph per topic, in [`Topic`] order.
    pub paragraphs: Vec<Paragraph>,
    /// References, numbered from 1 in order of first citation.
    pub references: Vec<Reference>,
}

/// The brief of `family` (its profile computed from `dataset`), for all its markets or for
/// `market` when one is given.
pub fn family_brief(
    dataset: &Dataset,
    catalogue: &Catalogue,
    profile: &Profile,
    market: Option<&str>,
) -> Brief {
    let mut writer = Writer {
        dataset,
        catalogue,
        references: Vec::new(),
    };
    let code = profile.code.as_str();
    let family_sources = catalogue
        .family(code)
        .map(|family| family.sources.clone())
        .unwrap_or_default();
    let lead = writer.cite(Cited::Catalogue(family_sources));
    let drafts = [
        (Topic::Sales, sales(dataset, profile, market)),
        (Topic::Growth, growth(dataset, profile)),
        (Topic::Making, making(dataset, catalogue, profile, code)),
        (Topic::Labels, labels(catalogue, code)),
        (Topic::Meeting, meeting(catalogue, code)),
    ];
    let paragraphs = drafts
        .into_iter()
        .map(|(topic, claims)| Paragraph {
            topic,
            sentences: claims
                .into_iter()
                .map(|(claim, cited)| writer.sentence(claim, cited))
                .collect(),
        })
        .collect();
    Brief {
        lead,
        paragraphs,
        references: writer.references,
    }
}

/// Reference numbers as runs of consecutive numbers, first and last: `[2, 8, 9, 10]` is cited
/// as "2, 8–10".
pub fn reference_runs(numbers: &[usize]) -> Vec<(usize, usize)> {
    let mut runs: Vec<(usize, usize)> = Vec::new();
    for &number in numbers {
        match runs.last_mut() {
            Some((_, last)) if *last + 1 == number => *last = number,
            _ => runs.push((number, number)),
        }
    }
    runs
}

/// What a claim cites: the facts at some positions, or catalogue source ids.
enum Cited {
    Facts(Vec<usize>),
    Catalogue(Vec<String>),
}

type Draft = Vec<(Claim, Cited)>;

/// Numbers references as sentences cite them.
struct Writer<'a> {
    dataset: &'a Dataset,
    catalogue: &'a Catalogue,
    references: Vec<Reference>,
}

impl Writer<'_> {
    fn sentence(&mut self, claim: Claim, cited: Cited) -> Sentence {
        Sentence {
            claim,
            references: self.cite(cited),
        }
    }

    /// The numbers of what is cited, each source numbered on its first citation.
    fn cite(&mut self, cited: Cited) -> Vec<usize> {
        let sources: Vec<Reference> = match cited {
            Cited::Facts(positions) => self
                .dataset
                .sources_printing(positions)
                .into_iter()
                .map(Reference::from)
                .collect(),
            Cited::Catalogue(ids) => ids.iter().filter_map(|id| self.lookup(id)).collect(),
        };
        let mut references: Vec<usize> = sources.into_iter().map(|r| self.number(r)).collect();
        references.sort_unstable();
        references.dedup();
        references
    }

    /// A catalogue source id as a reference: the facts' own source when they share the id.
    fn lookup(&self, id: &str) -> Option<Reference> {
        match self.dataset.source(id) {
            Some(source) => Some(Reference::from(source.clone())),
            None => self.catalogue.source(id).map(|source| Reference {
                id: source.id.clone(),
                outlet: source.outlet.clone(),
                url: source.url.clone(),
                date: None,
            }),
        }
    }

    fn number(&mut self, reference: Reference) -> usize {
        match self.references.iter().position(|r| r.id == reference.id) {
            Some(index) => index + 1,
            None => {
                self.references.push(reference);
                self.references.len()
            }
        }
    }
}

impl From<Source> for Reference {
    fn from(source: Source) -> Reference {
        Reference {
            id: source.id,
            outlet: source.outlet,
            url: source.url,
            date: source.date,
        }
    }
}

/// Share and value, exit cities and markets; for a chosen market, its weight, agreements and
/// the family's facts there.
fn sales(dataset: &Dataset, profile: &Profile, market: Option<&str>) -> Draft {
    let mut claims = Draft::new();
    claims.push(match profile.latest_share() {
        Some(row) => {
            let share = row.share.figure.value().unwrap_or_default();
            let mut positions = row.share.figure.observations();
            let value = row.value.figure.value();
            if value.is_some() {
                positions.extend(row.value.figure.observations());
            }
            let claim = Claim::Share {
                period: row.period,
                share,
                value,
                rank: row.rank.map(|rank| (rank, row.ranked)),
            };
            (claim, Cited::Facts(positions))
        }
        None => (Claim::NoShare, Cited::Facts(Vec::new())),
    });
    claims.extend(exit_cities(dataset, profile));
    match market {
        Some(market) => claims.extend(chosen_market(dataset, profile, market)),
        None => claims.extend(named_markets(profile)),
    }
    claims
}

/// The latest period's exit cities of the family, largest share first.
fn exit_cities(dataset: &Dataset, profile: &Profile) -> Option<(Claim, Cited)> {
    let facts: Vec<(usize, &str, Period, f64)> = profile
        .details
        .iter()
        .filter(|detail| detail.parts.len() == 1)
        .filter_map(|detail| {
            let city = detail.part(CodedDimension::ExitPoint)?;
            let observation = dataset.observations().get(detail.position)?;
            let share = dataset.text(observation.metric) == "exports_share";
            let period = Period::of(observation)?;
            share.then_some((detail.position, city, period, observation.value))
        })
        .collect();
    let period = latest_picture(facts.iter().map(|fact| fact.2))?;
    let mut latest: Vec<_> = facts.into_iter().filter(|f| f.2 == period).collect();
    sort_by(&mut latest, |a, b| b.3.total_cmp(&a.3));
    latest.truncate(EXIT_CITIES_NAMED);
    let positions = latest.iter().map(|fact| fact.0).collect();
    let cities = latest
        .into_iter()
        .map(|(_, city, _, share)| (city.to_owned(), share))
        .collect();
    Some((
        Claim::ExitCities { period, cities },
        Cited::Facts(positions),
    ))
}

/// The markets the family's facts name, citing the facts that name them.
fn named_markets(profile: &Profile) -> Option<(Claim, Cited)> {
    let codes: Vec<String> = profile
        .named(CodedDimension::Destination)
        .into_iter()
        .map(str::to_owned)
        .collect();
    let positions = profile
        .details
        .iter()
        .filter(|detail| {
            detail
                .part(CodedDimension::Destination)
                .is_some_and(|code| codes.iter().any(|named| named == code))
        })
        .map(|detail| detail.position)
        .collect();
    (!codes.is_empty()).then_some((Claim::Markets { codes }, Cited::Facts(positions)))
}

/// The chosen market's share of craft exports and agreements, then the family's facts there.
fn chosen_market(dataset: &Dataset, profile: &Profile, market: &str) -> Draft {
    let profiled = Profiles::new(dataset, CodedDimension::Destination).of(market);
    let mut claims = Draft::new();
    if let Some(row) = profiled.latest_share() {
        let claim = Claim::MarketShare {
            market: market.to_owned(),
            period: row.period,
            share: row.share.figure.value().unwrap_or_default(),
        };
        claims.push((claim, Cited::Facts(row.share.figure.observations())));
    }
    if !profiled.trade.is_empty() {
        let claim = Claim::Agreements {
            market: market.to_owned(),
            frameworks: profiled.trade.iter().map(|term| term.framework).collect(),
        };
        let positions = profiled.trade.iter().flat_map(|term| term.facts.clone());
        claims.push((claim, Cited::Facts(positions.collect())));
    }
    let facts = profile
        .details
        .iter()
        .filter(|detail| detail.part(CodedDimension::Destination) == Some(market));
    claims.extend(facts.map(|detail| {
        let claim = Claim::MarketFact {
            position: detail.position,
            detail: detail.clone(),
        };
        (claim, Cited::Facts(vec![detail.position]))
    }));
    claims
}

/// Computed growth between yearly levels, then the latest printed rate.
fn growth(dataset: &Dataset, profile: &Profile) -> Draft {
    let computed = profile.annual_change.as_ref().and_then(|change| {
        let claim = Claim::ComputedGrowth {
            from: change.from,
            to: change.to,
            rate: change.figure.value()?,
        };
        Some((claim, Cited::Facts(change.figure.observations())))
    });
    let printed = profile.latest_printed_growth(dataset).map(|position| {
        (
            Claim::PrintedGrowth { position },
            Cited::Facts(vec![position]),
        )
    });
    let claims: Draft = computed.into_iter().chain(printed).collect();
    match claims.is_empty() {
        true => vec![(Claim::NoGrowth, Cited::Facts(Vec::new()))],
        false => claims,
    }
}

/// Flagship crafts and towns, their materials, and the family's weight in cities' crafts.
fn making(dataset: &Dataset, catalogue: &Catalogue, profile: &Profile, code: &str) -> Draft {
    let crafts: Vec<_> = catalogue.crafts_of(code).collect();
    if crafts.is_empty() {
        return vec![(Claim::NoCrafts, Cited::Catalogue(Vec::new()))];
    }
    let sources: Vec<String> = crafts.iter().flat_map(|c| c.sources.clone()).collect();
    let named = crafts
        .iter()
        .map(|craft| {
            let towns = craft.places.iter().filter_map(|p| catalogue.place(p));
            (craft.name.clone(), towns.map(|p| p.name.clone()).collect())
        })
        .collect();
    let mut materials: Vec<&str> = Vec::new();
    for material in crafts.iter().flat_map(|craft| &craft.materials) {
        if !materials.contains(&material.as_str()) {
            materials.push(material);
        }
    }
    let names: Vec<Words> = materials
        .into_iter()
        .filter_map(|m| catalogue.material(m).map(|m| m.name.clone()))
        .collect();
    let mut claims: Draft = vec![(
        Claim::Crafts { crafts: named },
        Cited::Catalogue(sources.clone()),
    )];
    if !names.is_empty() {
        claims.push((Claim::Materials { names }, Cited::Catalogue(sources)));
    }
    claims.extend(city_weights(dataset, profile));
    claims
}

/// The family's share of each city's craft exports (latest per city) or production.
fn city_weights(dataset: &Dataset, profile: &Profile) -> Draft {
    let mut weights: Vec<(usize, String, Option<Period>, f64, bool)> = Vec::new();
    for detail in profile
        .details
        .iter()
        .filter(|detail| detail.parts.len() == 1)
    {
        let Some((_, city)) = detail.parts.iter().find(|(along, _)| along == "city") else {
            continue;
        };
        let Some(observation) = dataset.observations().get(detail.position) else {
            continue;
        };
        let production = match dataset.text(observation.metric) {
            "regional_exports_share" => false,
            "regional_production_share" => true,
            _ => continue,
        };
        let period = Period::of(observation);
        let fact = (
            detail.position,
            city.clone(),
            period,
            observation.value,
            production,
        );
        match weights
            .iter_mut()
            .find(|w| w.1 == *city && w.4 == production)
        {
            Some(known) if known.2 < period => *known = fact,
            Some(_) => {}
            None => weights.push(fact),
        }
    }
    weights
        .into_iter()
        .map(|(position, city, period, share, production)| {
            let claim = Claim::CityWeight {
                city,
                period,
                share,
                production,
            };
            (claim, Cited::Facts(vec![position]))
        })
        .collect()
}

fn labels(catalogue: &Catalogue, code: &str) -> Draft {
    let labels = catalogue.labels_of(code);
    if labels.is_empty() {
        return vec![(Claim::NoLabels, Cited::Catalogue(Vec::new()))];
    }
    let sources = labels.iter().flat_map(|l| l.sources.clone()).collect();
    let named = labels
        .into_iter()
        .map(|label| (label.name.clone(), label.kind))
        .collect();
    vec![(Claim::Labels { labels: named }, Cited::Catalogue(sources))]
}

fn meeting(catalogue: &Catalogue, code: &str) -> Draft {
    let channels: Vec<_> = catalogue.channels_for(code).collect();
    if channels.is_empty() {
        return vec![(Claim::NoChannels, Cited::Catalogue(Vec::new()))];
    }
    let sources = channels.iter().flat_map(|c| c.sources.clone()).collect();
    let named = channels
        .into_iter()
        .map(|channel| (channel.name.clone(), channel.kind))
        .collect();
    vec![(
        Claim::Channels { channels: named },
        Cited::Catalogue(sources),
    )]
}

/// The facts naming the family inside finer breakdowns (only the chosen market's, when one is
/// chosen): the brief's appendix, the facts as the sources give them.
pub fn brief_appendix(profile: &Profile, market: Option<&str>) -> Vec<ProfileDetail> {
    profile
        .details
        .iter()
        .filter(|detail| {
            market.is_none_or(|code| detail.part(CodedDimension::Destination) == Some(code))
        })
        .cloned()
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::parse_dataset;

    fn bundled() -> (Dataset, Catalogue) {
        let dataset = parse_dataset(include_str!("../../public/data/atlas.json"))
            .unwrap()
            .dataset;
        let catalogue = Catalogue::parse(include_str!("../../public/data/catalogue.json")).unwrap();
        (dataset, catalogue)
    }

    fn brief_of(
        dataset: &Dataset,
        catalogue: &Catalogue,
        code: &str,
        market: Option<&str>,
    ) -> Brief {
        let profile = Profiles::new(dataset, CodedDimension::ProductFamily).of(code);
        family_brief(dataset, catalogue, &profile, market)
    }

    fn claims(brief: &Brief, topic: Topic) -> Vec<&Claim> {
        let paragraph = brief.paragraphs.iter().find(|p| p.topic == topic).unwrap();
        paragraph.sentences.iter().map(|s| &s.claim).collect()
    }

    #[test]
    fn every_family_brief_answers_the_five_questions_and_cites_every_reference_it_lists() {
        let (dataset, catalogue) = bundled();
        for family in &catalogue.families {
            let brief = brief_of(&dataset, &catalogue, &family.code, None);
            let topics: Vec<Topic> = brief.paragraphs.iter().map(|p| p.topic).collect();
            assert_eq!(
                topics,
                [
                    Topic::Sales,
                    Topic::Growth,
                    Topic::Making,
                    Topic::Labels,
                    Topic::Meeting
                ]
            );
            let mut cited: Vec<usize> = brief.lead.clone();
            for sentence in brief.paragraphs.iter().flat_map(|p| &p.sentences) {
                let missing = matches!(
                    sentence.claim,
                    Claim::NoShare
                        | Claim::NoGrowth
                        | Claim::NoCrafts
                        | Claim::NoLabels
                        | Claim::NoChannels
                );
                assert_eq!(
                    sentence.references.is_empty(),
                    missing,
                    "{}: {:?} cites {:?}",
                    family.code,
                    sentence.claim,
                    sentence.references
                );
                cited.extend(&sentence.references);
            }
            cited.sort_unstable();
            cited.dedup();
            let listed: Vec<usize> = (1..=brief.references.len()).collect();
            assert_eq!(
                cited, listed,
                "{}: every reference cited, none dangling",
                family.code
            );
        }
    }

    #[test]
    fn a_brief_says_what_the_profile_computes_and_where_exports_leave_from() {
        let (dataset, catalogue) = bundled();
        let profile = Profiles::new(&dataset, CodedDimension::ProductFamily).of("carpets");
        let brief = family_brief(&dataset, &catalogue, &profile, None);
        let sales = claims(&brief, Topic::Sales);
        let latest = profile.latest_share().unwrap();
        assert!(matches!(sales[0], Claim::Share { period, share, .. }
            if *period == latest.period && Some(*share) == latest.share.figure.value()));
        let Some(Claim::ExitCities { cities, .. }) =
            sales.iter().find(|c| matches!(c, Claim::ExitCities { .. }))
        else {
            panic!("carpets' exit cities are published: {sales:?}");
        };
        assert_eq!(cities[0], ("Casablanca".to_owned(), 58.0));
        assert!(cities.windows(2).all(|pair| pair[0].1 >= pair[1].1));
        assert!(
            sales
                .iter()
                .any(|c| matches!(c, Claim::Markets { codes } if codes.contains(&"US".to_owned())))
        );
        let making = claims(&brief, Topic::Making);
        assert!(matches!(making[0], Claim::Crafts { crafts } if !crafts.is_empty()));
        assert!(making.iter().any(
            |c| matches!(c, Claim::CityWeight { city, production: true, .. } if city == "Sale")
        ));
    }

    #[test]
    fn a_brief_for_one_market_gives_its_weight_agreements_and_the_familys_facts_there() {
        let (dataset, catalogue) = bundled();
        let brief = brief_of(&dataset, &catalogue, "carpets", Some("US"));
        let sales = claims(&brief, Topic::Sales);
        assert!(
            sales
                .iter()
                .any(|c| matches!(c, Claim::MarketShare { market, .. } if market == "US"))
        );
        assert!(
            sales
                .iter()
                .any(|c| matches!(c, Claim::Agreements { frameworks, .. }
            if frameworks == &[TradeFramework::UsFreeTrade]))
        );
        let facts = sales
            .iter()
            .filter(|c| matches!(c, Claim::MarketFact { .. }))
            .count();
        let profile = Profiles::new(&dataset, CodedDimension::ProductFamily).of("carpets");
        assert_eq!(facts, brief_appendix(&profile, Some("US")).len());
        assert!(facts > 0);
        assert!(!sales.iter().any(|c| matches!(c, Claim::Markets { .. })));
    }

    #[test]
    fn consecutive_references_are_cited_as_a_run() {
        assert_eq!(reference_runs(&[]), []);
        assert_eq!(reference_runs(&[3]), [(3, 3)]);
        assert_eq!(
            reference_runs(&[2, 8, 9, 10, 12]),
            [(2, 2), (8, 10), (12, 12)]
        );
    }

    #[test]
    fn what_is_missing_is_said_missing() {
        let (dataset, mut catalogue) = bundled();
        catalogue.labels.clear();
        catalogue.channels.clear();
        let brief = brief_of(&dataset, &catalogue, "no_such_family", None);
        assert_eq!(claims(&brief, Topic::Sales), [&Claim::NoShare]);
        assert_eq!(claims(&brief, Topic::Growth), [&Claim::NoGrowth]);
        assert_eq!(claims(&brief, Topic::Making), [&Claim::NoCrafts]);
        assert_eq!(claims(&brief, Topic::Labels), [&Claim::NoLabels]);
        assert_eq!(claims(&brief, Topic::Meeting), [&Claim::NoChannels]);
        assert!(brief.references.is_empty());
    }
}
