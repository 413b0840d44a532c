//! A market profile in words: its rank, the growth rates printed for it, the facts that name it
//! within families, exit cities or regions, and the agreements and tariffs that apply.

use super::{
    Locale, Msg, code_name, format_change, format_mad, format_number, format_percent,
    list_separator, outlet_label, period_label, period_phrase,
};
use crate::data::{CodedDimension, Codes, Dataset, Observation};
use crate::stats::{
    Breakdown, BreakdownRow, Figure, Period, PeriodKind, Profile, ProfileDetail, ProfilePeriod,
    TradeFramework, printed_growth_for, printed_rate,
};

/// A profile's headline card (its latest share) in words: the value, and its period with the
/// rank. The same words on the page and in its shell written at build time.
pub fn latest_share_text(
    locale: Locale,
    dimension: CodedDimension,
    row: &ProfilePeriod,
) -> (String, String) {
    let value = format_percent(locale, row.share.figure.value().unwrap_or_default(), 2);
    let rank = row
        .rank
        .map(|rank| format!(" · {}", rank_text(locale, dimension, rank, row.ranked)))
        .unwrap_or_default();
    (value, format!("{}{rank}", period_label(locale, row.period)))
}

/// "first of the 3 markets (or families) the sources name for this period".
pub fn rank_text(locale: Locale, dimension: CodedDimension, rank: usize, ranked: usize) -> String {
    let family = dimension == CodedDimension::ProductFamily;
    let place = match (locale, rank) {
        (Locale::Fr, 1) if family => "1re".to_owned(),
        (Locale::Fr, 1) => "1er".to_owned(),
        (Locale::Fr, n) => format!("{n}e"),
        (Locale::Ar, n) => format!("المرتبة {n}"),
        (Locale::En, 1) => "1st".to_owned(),
        (Locale::En, 2) => "2nd".to_owned(),
        (Locale::En, 3) => "3rd".to_owned(),
        (Locale::En, n) => format!("{n}th"),
    };
    let message = match family {
        true => Msg::RankAmongFamilies,
        false => Msg::RankAmongMarkets,
    };
    message.fill(
        locale,
        &[("place", &place), ("ranked", &ranked.to_string())],
    )
}

/// The share chart's summary: the latest share against the first one the sources give.
pub fn profile_summary(locale: Locale, profile: &Profile, name: &str) -> String {
    let shares: Vec<(Period, f64)> = profile
        .history
        .iter()
        .filter_map(|row| Some((row.period, row.share.figure.value()?)))
        .collect();
    let (Some(&(first, first_share)), Some(&(latest, latest_share))) =
        (shares.first(), shares.last())
    else {
        return Msg::MarketNoFigures.text(locale).to_owned();
    };
    let (alone, against) = match profile.dimension {
        CodedDimension::ProductFamily => (Msg::ProfileFamilyShare, Msg::ProfileFamilyShareAgainst),
        _ => (Msg::ProfileMarketShare, Msg::ProfileMarketShareAgainst),
    };
    let values = [
        ("name", name.to_owned()),
        ("share", format_percent(locale, latest_share, 1)),
        ("period", period_phrase(locale, latest)),
        ("first_share", format_percent(locale, first_share, 1)),
        ("first_period", period_phrase(locale, first)),
    ];
    let values: Vec<(&str, &str)> = values.iter().map(|(k, v)| (*k, v.as_str())).collect();
    match first == latest {
        true => alone.fill(locale, &values),
        false => against.fill(locale, &values),
    }
}

/// The lines of a country's tooltip on the map: its name, share and value (marked when
/// computed), the growth printed for the period, the period, the sources, and what a click does.
pub fn map_tooltip_lines(
    locale: Locale,
    dataset: &Dataset,
    breakdown: &Breakdown,
    row: &BreakdownRow,
    name: &str,
) -> Vec<String> {
    let figure_text = |figure: &Figure, text: &dyn Fn(f64) -> String| match figure {
        Figure::Derived(derived) => format!(
            "{} ({})",
            text(derived.value),
            Msg::DerivedMark.text(locale)
        ),
        _ => figure
            .value()
            .map_or_else(|| Msg::NotReported.text(locale).to_owned(), text),
    };
    let mut lines = vec![
        name.to_owned(),
        labelled(
            locale,
            Msg::ColumnShare,
            &figure_text(&row.share.figure, &|v| format_percent(locale, v, 1)),
        ),
        labelled(
            locale,
            Msg::TooltipValue,
            &figure_text(&row.value.figure, &|v| format_mad(locale, v)),
        ),
    ];
    let growth = printed_growth_for(dataset, &row.key, breakdown.period)
        .and_then(|position| dataset.observations().get(position));
    if let Some(observation) = growth {
        lines.push(labelled(
            locale,
            Msg::TooltipChange,
            &printed_growth_text(locale, dataset, observation),
        ));
    }
    let sources: Vec<String> = dataset
        .sources_printing(row.share.printed().chain(row.value.printed()))
        .into_iter()
        .map(|source| outlet_label(locale, &source.outlet))
        .collect();
    lines.push(period_label(locale, breakdown.period));
    lines.push(format!(
        "{} {}",
        Msg::SourcesLabel.text(locale),
        sources.join(", ")
    ));
    lines
}

/// "Part : 49 %" in French typography, "Share: 49%" otherwise.
fn labelled(locale: Locale, label: Msg, value: &str) -> String {
    match locale {
        Locale::Fr => format!("{}\u{A0}: {value}", label.text(locale)),
        Locale::Ar | Locale::En => format!("{}: {value}", label.text(locale)),
    }
}

/// The notice for a profile link whose market is not a code.
pub fn invalid_market_text(locale: Locale, raw: &str) -> String {
    Msg::InvalidMarket.fill(locale, &[("raw", raw)])
}

/// The notice when the market search matches nothing.
pub fn no_market_match_text(locale: Locale, query: &str) -> String {
    Msg::NoMarketMatch.fill(locale, &[("query", query)])
}

/// A printed growth rate: `+62 % vs January–July 2021`, `16 % a year on average`, `×2.4`.
pub fn printed_growth_text(locale: Locale, dataset: &Dataset, observation: &Observation) -> String {
    match printed_growth_parts(locale, dataset, observation) {
        (rate, Some(basis)) => format!("{rate} {basis}"),
        (rate, None) => rate,
    }
}

/// A printed growth rate and, apart, what it compares with: (`+62 %`, `vs January–July 2021`).
pub fn printed_growth_parts(
    locale: Locale,
    dataset: &Dataset,
    observation: &Observation,
) -> (String, Option<String>) {
    let rate = printed_rate(dataset, observation);
    match dataset.text(observation.metric) {
        "exports_cagr" => {
            let rate = format_percent(locale, rate, 2);
            let per_year = Msg::PerYearOnAverage.text(locale);
            (format!("{rate} {per_year}"), None)
        }
        "exports_growth_factor" => (format!("×{}", format_number(locale, rate, 2)), None),
        _ => (
            format_change(locale, rate, 2),
            basis_text(locale, dataset, observation),
        ),
    }
}

/// The span of a growth between two years: "from 2021 to 2024, a year on average".
pub fn year_span_text(locale: Locale, from: i32, to: i32) -> String {
    let span = Msg::YearSpan.fill(
        locale,
        &[("from", &from.to_string()), ("to", &to.to_string())],
    );
    match to - from > 1 {
        true => format!(
            "{span}{}{}",
            list_separator(locale),
            Msg::PerYearOnAverage.text(locale)
        ),
        false => span,
    }
}

/// "vs January–November 2024", from a printed basis the engine understands, else as printed.
fn basis_text(locale: Locale, dataset: &Dataset, observation: &Observation) -> Option<String> {
    let printed = dataset.text(observation.change_basis?);
    let versus = Msg::Versus.text(locale);
    let period = Period::of(observation).and_then(|period| period.basis(printed));
    Some(match period.map(|basis| (basis, basis.kind())) {
        Some((_, PeriodKind::Year(year))) => format!("{versus} {year}"),
        Some((basis, _)) => format!("{versus} {}", period_label(locale, basis)),
        None => format!("({printed})"),
    })
}

/// One fact naming the market inside a finer breakdown, e.g. "48 % of the Carpets shipped from
/// Marrakesh went to this market".
pub fn market_detail_text(
    locale: Locale,
    dataset: &Dataset,
    detail: &ProfileDetail,
    observation: &Observation,
) -> String {
    let codes = &dataset.codes;
    let name = |dimension: CodedDimension| part_name(locale, codes, detail, dimension.name());
    let value = fact_value_text(locale, dataset, observation);
    let template = match (
        dataset.text(observation.dimension),
        dataset.text(observation.metric),
    ) {
        ("destination>product_family", "exports_share_within_destination") => [
            "{family} : {value} des exportations d’artisanat vers ce marché",
            "{family}: {value} من صادرات الصناعة التقليدية نحو هذه السوق",
            "{family}: {value} of craft exports to this market",
        ],
        ("product_family>exit_point>destination", "exports_share") => [
            "{value} des exportations de la famille « {family} » parties de {city} sont allées vers ce marché",
            "{value} من صادرات فئة «{family}» المنطلقة من {city} اتجهت نحو هذه السوق",
            "{value} of the {family} exports shipped from {city} went to this market",
        ],
        ("city>destination", "regional_exports_share") => [
            "{value} des exportations d’artisanat de la région de {place} vont vers ce marché",
            "{value} من صادرات الصناعة التقليدية لجهة {place} تتجه نحو هذه السوق",
            "{value} of the craft exports of the {place} region go to this market",
        ],
        ("city>destination", "regional_exports_growth") => [
            "Exportations de la région de {place} vers ce marché : {value}",
            "صادرات جهة {place} نحو هذه السوق: {value}",
            "Exports of the {place} region to this market: {value}",
        ],
        ("city>destination", "regional_exports_value") => [
            "Exportations de la région de {place} vers ce marché : {value}",
            "صادرات جهة {place} نحو هذه السوق: {value}",
            "Exports of the {place} region to this market: {value}",
        ],
        ("destination", "exports_share_within_region") => [
            "{value} des exportations d’artisanat vers {other}",
            "{value} من صادرات الصناعة التقليدية نحو {other}",
            "{value} of craft exports to {other}",
        ],
        ("destination", "exports_share") => [
            "Avec {other} : {value} des exportations d’artisanat",
            "مع {other}: {value} من صادرات الصناعة التقليدية",
            "Together with {other}: {value} of craft exports",
        ],
        _ => ["{parts} : {value}", "{parts}: {value}", "{parts}: {value}"],
    };
    let parts = part_names(locale, codes, detail, None);
    locale
        .pick(template)
        .replace("{family}", &name(CodedDimension::ProductFamily))
        .replace("{city}", &name(CodedDimension::ExitPoint))
        .replace("{place}", &city_name(locale, codes, detail))
        .replace("{other}", &parts.join(" + "))
        .replace("{parts}", &parts.join(" › "))
        .replace("{value}", &value)
}

/// The city of a regional figure (`city>destination` keys).
pub(super) fn city_name(locale: Locale, codes: &Codes, detail: &ProfileDetail) -> String {
    part_name(locale, codes, detail, "city")
}

/// The name of a detail's key part along one dimension; empty when it has none.
pub(super) fn part_name(
    locale: Locale,
    codes: &Codes,
    detail: &ProfileDetail,
    dimension: &str,
) -> String {
    part_names(locale, codes, detail, Some(dimension))
        .into_iter()
        .next()
        .unwrap_or_default()
}

/// The names of a detail's other key parts, all of them or those along one dimension.
pub(super) fn part_names(
    locale: Locale,
    codes: &Codes,
    detail: &ProfileDetail,
    dimension: Option<&str>,
) -> Vec<String> {
    detail
        .parts
        .iter()
        .filter(|(along, _)| dimension.is_none_or(|wanted| along == wanted))
        .map(|(_, code)| code_name(locale, codes, code))
        .collect()
}

/// A fact's value with its unit: `48 %`, `+80 %` for growth, `187 MDH`, `£2,100 million`.
pub fn fact_value_text(locale: Locale, dataset: &Dataset, observation: &Observation) -> String {
    let value = observation.value;
    let metric = dataset.text(observation.metric);
    let amount = |unit: Msg| unit.fill(locale, &[("value", &format_number(locale, value, 2))]);
    match dataset.text(observation.unit) {
        "percent" if metric.contains("growth") => format_change(locale, value, 2),
        "percent" => format_percent(locale, value, 2),
        "MAD_million" => format_mad(locale, value),
        "GBP_million" => amount(Msg::AmountGbpMillion),
        "count" => format_number(locale, value, 0),
        "square_metres" => amount(Msg::AmountSquareMetres),
        "USD_million" => amount(Msg::AmountUsdMillion),
        "ratio" => amount(Msg::AmountRatio),
        unit => format!("{} {unit}", format_number(locale, value, 2)),
    }
}

/// The name of an agreement.
pub fn framework_name(locale: Locale, framework: TradeFramework) -> &'static str {
    match framework {
        TradeFramework::UsFreeTrade => Msg::FrameworkUsFreeTrade,
        TradeFramework::EuAssociation => Msg::FrameworkEuAssociation,
        TradeFramework::UkAssociation => Msg::FrameworkUkAssociation,
    }
    .text(locale)
}

/// One fact about an agreement or a tariff, in words, with its figure.
pub fn trade_fact_text(locale: Locale, dataset: &Dataset, observation: &Observation) -> String {
    let value = fact_value_text(locale, dataset, observation);
    let year = observation.start.map(|d| d.year().to_string());
    let date = observation
        .start
        .map(|d| super::date_label(locale, d))
        .unwrap_or_default();
    let template = match dataset.text(observation.metric) {
        "fta_us_tariff_lines_duty_free_at_entry" => [
            "À son entrée en vigueur ({date}), {value} des lignes tarifaires américaines sont passées en franchise de droits pour les produits industriels marocains hors textile.",
            "عند دخوله حيز التنفيذ ({date})، أعفيت {value} من البنود الجمركية الأمريكية من الرسوم بالنسبة للمنتجات الصناعية المغربية غير النسيجية.",
            "On entry into force ({date}), {value} of US tariff lines became duty-free for Moroccan non-textile industrial goods.",
        ],
        "fta_rules_of_origin_min_content" => [
            "Règle d’origine : au moins {value} de la valeur du produit doit venir du Maroc et/ou des États-Unis.",
            "قاعدة المنشأ: يجب أن تأتي {value} على الأقل من قيمة المنتج من المغرب و/أو الولايات المتحدة.",
            "Rule of origin: at least {value} of a product’s value must come from Morocco and/or the United States.",
        ],
        "fta_industrial_duty_free_since" => [
            "Depuis {year}, tous les produits industriels s’échangent en franchise de droits entre le Maroc et l’Union européenne.",
            "منذ {year}، تتبادل جميع المنتجات الصناعية بين المغرب والاتحاد الأوروبي معفاة من الرسوم الجمركية.",
            "Since {year}, all industrial products have been traded duty-free between Morocco and the EU.",
        ],
        "uk_morocco_trade" => [
            "Échanges entre le Royaume-Uni et le Maroc en {year} : {value}.",
            "المبادلات بين المملكة المتحدة والمغرب سنة {year}: {value}.",
            "UK–Morocco trade in {year}: {value}.",
        ],
        "us_import_tariff_rate" => [
            "Depuis le {date}, les États-Unis appliquent un droit de douane de {value} à tous les produits marocains, malgré l’accord de libre-échange.",
            "منذ {date}، تطبق الولايات المتحدة رسما جمركيا بنسبة {value} على جميع المنتجات المغربية، رغم اتفاقية التبادل الحر.",
            "Since {date}, the United States applies a {value} tariff to all Moroccan goods, despite the free trade agreement.",
        ],
        "morocco_exports_to_us_all_goods" => [
            "Pour situer : le Maroc a exporté {value} de biens de toute nature vers ce marché en {year}.",
            "للمقارنة: صدّر المغرب ما قيمته {value} من جميع السلع نحو هذه السوق سنة {year}.",
            "For scale: Morocco exported {value} of goods of every kind to this market in {year}.",
        ],
        "social_mentions" => [
            "Mentions en ligne des « produits faits main » suivies sur ce marché : {value}.",
            "الإشارات على الإنترنت إلى «المنتجات اليدوية» المرصودة في هذه السوق: {value}.",
            "Online mentions of “handmade products” monitored in this market: {value}.",
        ],
        _ => ["{value}", "{value}", "{value}"],
    };
    locale
        .pick(template)
        .replace("{value}", &value)
        .replace("{date}", &date)
        .replace("{year}", year.as_deref().unwrap_or("?"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::test_dataset;
    use crate::stats::{BreakdownIndex, Levels, profile};

    const FACTS: &str = "\
F1,exports_growth,destination,US,2018-01-01,2018-11-30,30,percent,,vs Jan-Nov 2017,https://c.ma/3,,\n\
F2,exports_cagr,destination,US,2019-01-01,2024-12-31,16,percent,,,https://c.ma/3,,\n\
F3,exports_share,product_family>exit_point>destination,carpets>Marrakech>US,2023-01-01,2023-08-31,48,percent,,,https://c.ma/3,,\n\
F4,us_import_tariff_rate,destination,US,2025-04-05,,10,percent,,,https://d.ma/4,,\n\
F5,exports_share,destination,US+region:arab_countries,2018-07-01,2018-07-31,65,percent,,,https://c.ma/3,,\n";

    #[test]
    fn growth_details_and_tariffs_read_as_sentences() {
        let loaded = test_dataset(FACTS);
        let dataset = &loaded.dataset;
        let levels = Levels::new(dataset);
        let history =
            BreakdownIndex::new(&levels, crate::data::CodedDimension::Destination).history();
        let us = profile(&levels, &history, CodedDimension::Destination, "US");
        let observation = |position: usize| &dataset.observations()[position];
        let growth: Vec<String> = us
            .printed_growth
            .iter()
            .map(|&p| printed_growth_text(Locale::En, dataset, observation(p)))
            .collect();
        assert_eq!(
            growth,
            ["+30% vs January–November 2017", "16% a year on average"]
        );
        let details: Vec<String> = us
            .details
            .iter()
            .map(|d| market_detail_text(Locale::En, dataset, d, observation(d.position)))
            .collect();
        assert_eq!(
            details,
            [
                "48% of the Carpets exports shipped from Marrakesh went to this market",
                "Together with Arab countries: 65% of craft exports"
            ]
        );
        assert_eq!(
            trade_fact_text(Locale::En, dataset, observation(us.tariffs[0])),
            "Since 5 April 2025, the United States applies a 10% tariff to all Moroccan goods, despite the free trade agreement."
        );
        assert_eq!(
            rank_text(Locale::Fr, CodedDimension::Destination, 1, 3),
            "1er des 3 marchés que les sources citent pour la période"
        );
    }

    #[test]
    fn the_summary_compares_the_latest_share_with_the_first() {
        let loaded = test_dataset(
            "F1,exports_share,destination,US,2021-01-01,2021-12-31,30,percent,,,https://a.ma/1,,\n\
             F2,exports_share,destination,US,2025-01-01,2025-11-30,49,percent,,,https://b.ma/2,,\n",
        );
        let levels = Levels::new(&loaded.dataset);
        let history =
            BreakdownIndex::new(&levels, crate::data::CodedDimension::Destination).history();
        let us = profile(&levels, &history, CodedDimension::Destination, "US");
        assert_eq!(
            profile_summary(Locale::En, &us, "United States"),
            "United States took 49% of Moroccan craft exports from January to November 2025, \
             against 30% in 2021."
        );
    }
}
