//! The crafts showcase in words: the texts of the crafts page, family pages and buyer briefs
//! built from the catalogue (its own words in the chosen language) and facts seen from a family.

use super::market_text::{city_name, fact_value_text, part_name, part_names};
use super::{Locale, Msg, Plural, code_name, format_number, format_percent, period_label};
use crate::data::{
    Catalogue, CatalogueError, ChannelKind, CodedDimension, Codes, Dataset, LabelKind, Observation,
    Words,
};
use crate::showcase::{Facet, FamilyCard};
use crate::stats::{ProfileDetail, ProfilePeriod};

/// A family's card in words (`ui::widgets::FamilyCardView` and its shell in `prerender`): name,
/// latest share of craft exports, flagship crafts, places and labels.
#[derive(Clone, Debug, PartialEq)]
pub struct FamilyCardText {
    /// The family's name.
    pub name: String,
    /// "Latest share of craft exports: ".
    pub share_label: String,
    /// "12.5 % · 2024", or that no national figure is published.
    pub share: String,
    /// "Flagship crafts: ".
    pub crafts_label: String,
    /// The flagship crafts, " · " between them.
    pub crafts: String,
    /// "Places: ".
    pub places_label: String,
    /// The towns they are made in.
    pub places: String,
    /// The labels that guarantee them.
    pub labels: Vec<String>,
}

/// The words of `card` in `locale`; `latest` is the family's latest share, if any.
pub fn family_card_text(
    locale: Locale,
    card: &FamilyCard,
    catalogue: &Catalogue,
    codes: &Codes,
    latest: Option<&ProfilePeriod>,
) -> FamilyCardText {
    let crafts = card
        .crafts
        .iter()
        .filter_map(|code| catalogue.crafts.iter().find(|craft| &craft.code == code))
        .map(|craft| words(locale, &craft.name))
        .collect::<Vec<_>>()
        .join(" · ");
    let places = card
        .places
        .iter()
        .filter_map(|code| catalogue.place(code))
        .map(|place| words(locale, &place.name))
        .collect::<Vec<_>>()
        .join(list_separator(locale));
    let share = match latest {
        Some(row) => format!(
            "{} · {}",
            format_percent(locale, row.share.figure.value().unwrap_or_default(), 1),
            period_label(locale, row.period)
        ),
        None => Msg::NoNationalFigure.text(locale).to_owned(),
    };
    FamilyCardText {
        name: code_name(locale, codes, &card.code),
        share_label: label_text(locale, Msg::MarketLatestShare.text(locale)),
        share,
        crafts_label: label_text(locale, Msg::CardCrafts.text(locale)),
        crafts,
        places_label: label_text(locale, Msg::PlacesLabel.text(locale)),
        places,
        labels: card
            .labels
            .iter()
            .filter_map(|code| catalogue.label(code))
            .map(|label| words(locale, &label.name).to_owned())
            .collect(),
    }
}

/// A catalogue text in the chosen language.
pub fn words(locale: Locale, words: &Words) -> &str {
    locale.pick(words.in_order())
}

/// A label before its value: "Lieux : " in French, "Places: " in English, "الأماكن: " in Arabic.
pub fn label_text(locale: Locale, label: &str) -> String {
    match locale {
        Locale::Fr => format!("{label} : "),
        Locale::Ar | Locale::En => format!("{label}: "),
    }
}

/// The name of a facet's menu.
pub fn facet_name(locale: Locale, facet: Facet) -> &'static str {
    match facet {
        Facet::Family => Msg::FacetFamily,
        Facet::Region => Msg::FacetRegion,
        Facet::Material => Msg::FacetMaterial,
        Facet::Label => Msg::FacetLabel,
    }
    .text(locale)
}

/// The name of a facet choice: a family's name from the code tables, else the catalogue's.
pub fn facet_choice_name(
    locale: Locale,
    catalogue: &Catalogue,
    codes: &Codes,
    facet: Facet,
    code: &str,
) -> String {
    let named = match facet {
        Facet::Family => return code_name(locale, codes, code),
        Facet::Region => catalogue.region(code).map(|r| &r.name),
        Facet::Material => catalogue.material(code).map(|m| &m.name),
        Facet::Label => catalogue.label(code).map(|l| &l.name),
    };
    named.map_or_else(|| code.to_owned(), |name| words(locale, name).to_owned())
}

/// "3 families of 13".
pub fn results_count_text(locale: Locale, shown: usize, total: usize) -> String {
    let total = format_number(locale, total as f64, 0);
    Plural::FamiliesShown.fill(locale, shown, &[("total", &total)])
}

/// What separates items of a list: the Arabic comma in Arabic.
pub fn list_separator(locale: Locale) -> &'static str {
    locale.pick([", ", "، ", ", "])
}

/// The places map's summary: "Places: Fez, Tiznit".
pub fn places_summary<'a>(locale: Locale, towns: impl Iterator<Item = &'a str>) -> String {
    let towns: Vec<&str> = towns.collect();
    label_text(locale, Msg::PlacesLabel.text(locale)) + &towns.join(list_separator(locale))
}

/// "9 places, 8 of them on the map".
pub fn places_count_text(locale: Locale, total: usize, on_map: usize) -> String {
    let on_map = format_number(locale, on_map as f64, 0);
    Plural::PlacesOnMap.fill(locale, total, &[("on_map", &on_map)])
}

/// What a label is.
pub fn label_kind_text(locale: Locale, kind: LabelKind) -> &'static str {
    match kind {
        LabelKind::NationalLabel => Msg::LabelKindNationalLabel,
        LabelKind::CollectiveMark => Msg::LabelKindCollectiveMark,
        LabelKind::Certification => Msg::LabelKindCertification,
        LabelKind::Unesco => Msg::LabelKindUnesco,
        LabelKind::Other => Msg::LabelKindOther,
    }
    .text(locale)
}

/// What a sourcing channel is.
pub fn channel_kind_text(locale: Locale, kind: ChannelKind) -> &'static str {
    match kind {
        ChannelKind::Programme => Msg::ChannelKindProgramme,
        ChannelKind::Fair => Msg::ChannelKindFair,
        ChannelKind::Online => Msg::ChannelKindOnline,
        ChannelKind::Retail => Msg::ChannelKindRetail,
        ChannelKind::Other => Msg::ChannelKindOther,
    }
    .text(locale)
}

/// Why the catalogue cannot be shown.
pub fn catalogue_error_text(locale: Locale, error: &CatalogueError) -> &'static str {
    match error {
        CatalogueError::Malformed(_) => Msg::CatalogueUnreadable.text(locale),
        CatalogueError::UnsupportedVersion(_) => Msg::CatalogueTooNew.text(locale),
    }
}

/// A fact that names a family inside a finer breakdown, seen from the family: "United States:
/// 71 % of this family's exports shipped from Casablanca".
pub fn family_detail_text(
    locale: Locale,
    dataset: &Dataset,
    detail: &ProfileDetail,
    observation: &Observation,
) -> String {
    let codes = &dataset.codes;
    let name = |dimension: CodedDimension| part_name(locale, codes, detail, dimension.name());
    let place = city_name(locale, codes, detail);
    let (dimension, metric) = (
        dataset.text(observation.dimension),
        dataset.text(observation.metric),
    );
    let combined = dimension == CodedDimension::ProductFamily.name();
    let template = match (dimension, metric) {
        (_, "exports_share") if combined => Msg::FamilyDetailShareWithPartners,
        (_, "exports_growth" | "exports_growth_factor") if combined => {
            Msg::FamilyDetailGrowthWithPartners
        }
        ("destination>product_family", metric) if metric.contains("imports") => {
            Msg::FamilyDetailImports
        }
        ("city>product_family", "regional_production_share") => Msg::FamilyDetailProductionShare,
        ("product_family>exit_point>destination", "exports_share") => {
            Msg::FamilyDetailMarketFromCity
        }
        ("product_family>exit_point", "exports_share") => Msg::FamilyDetailFromCity,
        ("destination>product_family", "exports_share_within_destination") => {
            Msg::FamilyDetailShareOfMarket
        }
        ("city>product_family", "regional_exports_share") => Msg::FamilyDetailRegionalShare,
        ("city>product_family", _) => Msg::FamilyDetailPlaceValue,
        _ => Msg::FamilyDetailPartsValue,
    };
    let parts = part_names(locale, codes, detail, None);
    let partners = part_names(
        locale,
        codes,
        detail,
        Some(CodedDimension::ProductFamily.name()),
    );
    let together = match partners.is_empty() || combined {
        true => String::new(),
        false => Msg::FamilyDetailTogetherWith.fill(
            locale,
            &[("partners", &partners.join(list_separator(locale)))],
        ),
    };
    let text = template
        .text(locale)
        .replace("{value}", &fact_value_text(locale, dataset, observation))
        .replace("{city}", &name(CodedDimension::ExitPoint))
        .replace("{market}", &name(CodedDimension::Destination))
        .replace("{place}", &place)
        .replace("{parts}", &parts.join(" · "))
        .replace("{partners}", &partners.join(list_separator(locale)));
    format!("{text}{together}")
}

/// A fact about a label, programme, fair or platform, worded by its metric.
pub fn channel_fact_text(locale: Locale, dataset: &Dataset, observation: &Observation) -> String {
    let value = fact_value_text(locale, dataset, observation);
    let key = dataset.text(observation.key);
    let template = match dataset.text(observation.metric) {
        "fair_exhibitors" => Msg::ChannelFactFairExhibitors,
        "fair_pavilion_area" => Msg::ChannelFactFairPavilionArea,
        "fair_stands" => Msg::ChannelFactFairStands,
        "labelled_units" => Msg::ChannelFactLabelledUnits,
        "programme_beneficiaries" => Msg::ChannelFactProgrammeBeneficiaries,
        "platform_sellers" => Msg::ChannelFactPlatformSellers,
        "ecommerce_partner_platforms" => Msg::ChannelFactEcommercePartnerPlatforms,
        "retail_popup_brands" => Msg::ChannelFactRetailPopupBrands,
        "convention_amount" => Msg::ChannelFactConventionAmount,
        _ => return super::trade_fact_text(locale, dataset, observation),
    };
    template
        .text(locale)
        .replace("{value}", &value)
        .replace("{key}", &key.replace('_', " "))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::test_dataset;
    use crate::stats::{BreakdownIndex, Levels, profile};

    #[test]
    fn facts_read_from_the_family() {
        let loaded = test_dataset(
            "F1,exports_share,product_family>exit_point>destination,carpets>Casablanca>US,2023-01-01,2023-08-31,71,percent,,,https://a.ma/1,,\n\
             F2,regional_exports_share,city>product_family,Fes>zellige,2018-01-01,2018-12-31,51,percent,,,https://a.ma/1,,\n\
             F3,regional_exports_share,city>product_family,Fes>zellige+pottery_ceramics,2023-01-01,2023-11-30,35,percent,,,https://a.ma/1,,\n\
             F4,exports_share,product_family,wood+basketry,2025-01-01,2025-12-31,6,percent,,,https://a.ma/1,,\n\
             F5,carpet_imports_germany_m2,destination>product_family,DE>blankets,2003-01-01,2003-06-30,142984,square_metres,,,https://a.ma/1,,\n",
        );
        let levels = Levels::new(&loaded.dataset);
        let family = CodedDimension::ProductFamily;
        let history = BreakdownIndex::new(&levels, family).history();
        let text = |code: &str, locale| {
            let profile = profile(&levels, &history, family, code);
            let detail = &profile.details[0];
            let observation = loaded.dataset.observations()[detail.position];
            family_detail_text(locale, &loaded.dataset, detail, &observation)
        };
        assert_eq!(
            text("carpets", Locale::En),
            "United States: 71% of this family’s exports shipped from Casablanca"
        );
        assert!(text("zellige", Locale::Fr).ends_with("des exportations d’artisanat de Fès"));
        assert!(
            text("pottery_ceramics", Locale::En)
                .ends_with("of the craft exports of Fez (together with Zellige)")
        );
        assert_eq!(
            text("basketry", Locale::En),
            "Together with Wood: 6% of craft exports"
        );
        assert_eq!(text("blankets", Locale::En), "Germany: 142,984 m² imported");
        assert_eq!(results_count_text(Locale::En, 1, 13), "1 family of 13");
        assert_eq!(results_count_text(Locale::Fr, 3, 13), "3 familles sur 13");
    }
}
