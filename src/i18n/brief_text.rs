//! A buyer brief's claims (`showcase::brief`) worded in each language: one sentence per claim,
//! the same on the page and in its shell written at build time.

use super::market_text::year_span_text;
use super::{
    Locale, Msg, channel_kind_text, code_name, family_detail_text, format_change, format_mad,
    format_number, format_percent, framework_name, label_kind_text, list_separator, market_name,
    period_label, period_phrase, printed_growth_parts, rank_text, words,
};
use crate::data::{CodedDimension, CountryNames, Dataset, REGION_PREFIX, Words};
use crate::showcase::{Claim, Topic};
use crate::stats::Period;

/// The heading of a topic's paragraph.
pub fn topic_heading(locale: Locale, topic: Topic) -> &'static str {
    let msg = match topic {
        Topic::Sales => Msg::BriefSalesHeading,
        Topic::Growth => Msg::BriefGrowthHeading,
        Topic::Making => Msg::BriefMakingHeading,
        Topic::Labels => Msg::BriefLabelsHeading,
        Topic::Meeting => Msg::BriefMeetingHeading,
    };
    msg.text(locale)
}

/// A run of reference numbers as shown ("8–10") and as named to a screen reader ("References
/// 8–10": the visible text inside the name).
pub fn reference_run_text(locale: Locale, (first, last): (usize, usize)) -> (String, String) {
    let number = |n: usize| format_number(locale, n as f64, 0);
    match first == last {
        true => {
            let shown = number(first);
            let label = Msg::BriefReferenceLink.fill(locale, &[("number", &shown)]);
            (shown, label)
        }
        false => {
            let shown = format!("{}–{}", number(first), number(last));
            let label = Msg::BriefReferenceRange.fill(locale, &[("range", &shown)]);
            (shown, label)
        }
    }
}

/// The sentence that says `claim` in `locale`; market names come from `names` when loaded.
pub fn claim_text(
    locale: Locale,
    dataset: &Dataset,
    names: Option<&CountryNames>,
    claim: &Claim,
) -> String {
    let codes = &dataset.codes;
    let percent = |share: f64| format_percent(locale, share, 1);
    let when = |period: Period| period_phrase(locale, period);
    // A period that may be missing, with the space before it.
    let spaced_phrase = |period: Period| format!(" {}", when(period));
    match claim {
        Claim::Share {
            period,
            share,
            value,
            rank,
        } => {
            let value = value
                .map(|value| {
                    Msg::BriefShareValue.fill(locale, &[("value", &format_mad(locale, value))])
                })
                .unwrap_or_default();
            let text = Msg::BriefShare.fill(
                locale,
                &[
                    ("share", &percent(*share)),
                    ("period", &when(*period)),
                    ("value", &value),
                ],
            );
            match rank {
                Some((rank, ranked)) => {
                    let rank = rank_text(locale, CodedDimension::ProductFamily, *rank, *ranked);
                    format!("{} ({rank}).", text.trim_end_matches('.'))
                }
                None => text,
            }
        }
        Claim::NoShare => Msg::FamilyNoShares.text(locale).to_owned(),
        Claim::ExitCities { period, cities } => {
            let cities = cities
                .iter()
                .map(|(city, share)| {
                    format!("{} ({})", code_name(locale, codes, city), percent(*share))
                })
                .collect::<Vec<_>>();
            let cities = and_list(locale, &cities);
            Msg::BriefExitCities.fill(locale, &[("cities", &cities), ("period", &when(*period))])
        }
        Claim::Markets { codes: markets } => {
            let markets = markets
                .iter()
                .map(|code| in_sentence(code, market_name(locale, codes, names, code)))
                .collect::<Vec<_>>();
            let markets = and_list(locale, &markets);
            Msg::BriefMarkets.fill(locale, &[("markets", &markets)])
        }
        Claim::MarketShare { period, share, .. } => Msg::BriefMarketShare.fill(
            locale,
            &[("share", &percent(*share)), ("period", &when(*period))],
        ),
        Claim::Agreements { frameworks, .. } => {
            let agreements = frameworks
                .iter()
                .map(|framework| framework_name(locale, *framework))
                .collect::<Vec<_>>()
                .join(list_separator(locale));
            Msg::BriefAgreements.fill(locale, &[("agreements", &agreements)])
        }
        Claim::MarketFact { position, detail } => {
            let Some(observation) = dataset.observations().get(*position) else {
                return String::new();
            };
            let fact = family_detail_text(locale, dataset, detail, observation);
            match Period::of(observation) {
                Some(period) => format!("{fact} ({}).", period_label(locale, period)),
                None => format!("{fact}."),
            }
        }
        Claim::ComputedGrowth { from, to, rate } => Msg::BriefComputedGrowth.fill(
            locale,
            &[
                ("rate", &format_change(locale, *rate, 1)),
                ("span", &year_span_text(locale, *from, *to)),
            ],
        ),
        Claim::PrintedGrowth { position } => {
            let Some(observation) = dataset.observations().get(*position) else {
                return String::new();
            };
            let (rate, basis) = printed_growth_parts(locale, dataset, observation);
            let basis = match basis {
                Some(printed) if printed.starts_with('(') => format!(" {printed}"),
                Some(basis) => format!(" ({basis})"),
                None => String::new(),
            };
            let period = Period::of(observation)
                .map(spaced_phrase)
                .unwrap_or_default();
            Msg::BriefPrintedGrowth.fill(
                locale,
                &[("rate", &rate), ("period", &period), ("basis", &basis)],
            )
        }
        Claim::NoGrowth => Msg::FamilyNoGrowth.text(locale).to_owned(),
        Claim::Crafts { crafts } => {
            let crafts = crafts
                .iter()
                .map(|(name, towns)| named_with_places(locale, name, towns))
                .collect::<Vec<_>>()
                .join(item_separator(locale));
            Msg::BriefCrafts.fill(locale, &[("crafts", &crafts)])
        }
        Claim::Materials { names: materials } => {
            let materials = materials
                .iter()
                .map(|name| lower_first(words(locale, name)))
                .collect::<Vec<_>>();
            let materials = and_list(locale, &materials);
            Msg::BriefMaterials.fill(locale, &[("materials", &materials)])
        }
        Claim::CityWeight {
            city,
            period,
            share,
            production,
        } => {
            let msg = match production {
                true => Msg::BriefCityProduction,
                false => Msg::BriefCityExports,
            };
            let period = period.map(spaced_phrase).unwrap_or_default();
            msg.fill(
                locale,
                &[
                    ("share", &percent(*share)),
                    ("city", &code_name(locale, codes, city)),
                    ("period", &period),
                ],
            )
        }
        Claim::NoCrafts => Msg::NoCrafts.text(locale).to_owned(),
        Claim::Labels { labels } => {
            let labels = with_kinds(locale, labels, label_kind_text);
            Msg::BriefLabels.fill(locale, &[("labels", &labels)])
        }
        Claim::NoLabels => Msg::NoLabels.text(locale).to_owned(),
        Claim::Channels { channels } => {
            let channels = with_kinds(locale, channels, channel_kind_text);
            Msg::BriefChannels.fill(locale, &[("channels", &channels)])
        }
        Claim::NoChannels => Msg::NoChannels.text(locale).to_owned(),
    }
}

/// Names each with its kind: "Tapis rbati (collective mark); Tapis de Boujaad (collective mark)".
fn with_kinds<K: Copy>(
    locale: Locale,
    items: &[(Words, K)],
    kind_text: fn(Locale, K) -> &'static str,
) -> String {
    items
        .iter()
        .map(|(name, kind)| {
            let kind = lower_first(kind_text(locale, *kind));
            format!("{} ({kind})", words(locale, name))
        })
        .collect::<Vec<_>>()
        .join(item_separator(locale))
}

/// "Fez zellige (Fez)", or the name alone when no town is known.
fn named_with_places(locale: Locale, name: &Words, towns: &[Words]) -> String {
    let name = words(locale, name);
    match towns.is_empty() {
        true => name.to_owned(),
        false => {
            let towns: Vec<&str> = towns.iter().map(|town| words(locale, town)).collect();
            format!("{name} ({})", towns.join(list_separator(locale)))
        }
    }
}

/// "a, b and c": the last two items joined by the language's "and" (Arabic's و is written
/// against the word it joins).
fn and_list(locale: Locale, items: &[String]) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., last] => {
            let and = locale.pick([" et ", " و", " and "]);
            format!("{}{and}{last}", rest.join(list_separator(locale)))
        }
    }
}

/// A market's name inside a sentence: a world region's name is a common noun ("other European
/// countries"), a country's a proper one.
fn in_sentence(code: &str, name: String) -> String {
    match code.starts_with(REGION_PREFIX) {
        true => lower_first(&name),
        false => name,
    }
}

/// What separates items that hold commas themselves: a semicolon.
fn item_separator(locale: Locale) -> &'static str {
    locale.pick(["\u{a0}; ", "؛ ", "; "])
}

/// A common noun inside a sentence: "Laine" becomes "laine" (Arabic has no case).
fn lower_first(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_lowercase().chain(chars).collect(),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::{Catalogue, parse_dataset};
    use crate::showcase::family_brief;
    use crate::stats::Profiles;

    #[test]
    fn every_sentence_of_every_brief_is_worded_in_each_language_with_no_placeholder_left() {
        let dataset = parse_dataset(include_str!("../../public/data/atlas.json"))
            .unwrap()
            .dataset;
        let catalogue = Catalogue::parse(include_str!("../../public/data/catalogue.json")).unwrap();
        let profiles = Profiles::new(&dataset, CodedDimension::ProductFamily);
        for family in &catalogue.families {
            let profile = profiles.of(&family.code);
            let markets: Vec<&str> = profile.named(CodedDimension::Destination);
            for market in std::iter::once(None).chain(markets.into_iter().map(Some)) {
                let brief = family_brief(&dataset, &catalogue, &profile, market);
                for locale in Locale::ALL {
                    for sentence in brief.paragraphs.iter().flat_map(|p| &p.sentences) {
                        let text = claim_text(locale, &dataset, None, &sentence.claim);
                        assert!(
                            text.len() > 10 && !text.contains('{') && !text.contains("  "),
                            "{} {market:?} {locale:?}: {text:?}",
                            family.code
                        );
                        assert!(text.ends_with('.'), "{locale:?}: a sentence ends: {text:?}");
                    }
                }
            }
        }
    }

    #[test]
    fn the_carpets_brief_reads_as_sentences() {
        let dataset = parse_dataset(include_str!("../../public/data/atlas.json"))
            .unwrap()
            .dataset;
        let catalogue = Catalogue::parse(include_str!("../../public/data/catalogue.json")).unwrap();
        let profile = Profiles::new(&dataset, CodedDimension::ProductFamily).of("carpets");
        let brief = family_brief(&dataset, &catalogue, &profile, None);
        let text = |locale| {
            brief
                .paragraphs
                .iter()
                .flat_map(|p| &p.sentences)
                .map(|s| claim_text(locale, &dataset, None, &s.claim))
                .collect::<Vec<_>>()
                .join(" ")
        };
        let french = text(Locale::Fr);
        println!("{french}\n\n{}\n\n{}", text(Locale::Ar), text(Locale::En));
        let share = |value| format_percent(Locale::Fr, value, 1);
        let cities = format!(
            "Casablanca ({}) et Marrakech ({}) de janvier à août 2023.",
            share(58.0),
            share(20.0)
        );
        assert!(
            french.contains(&format!("Ses exportations sont parties de {cities}")),
            "{french}"
        );
        assert!(
            french.contains("France, autres pays d'Europe et Allemagne."),
            "{french}"
        );
    }
}
