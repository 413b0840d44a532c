//! The crafts showcase in words: the interface texts of the crafts page, family pages and buyer
//! briefs, the catalogue's own texts in the chosen language, and facts seen from a family.

use super::market_text::{city_name, fact_value_text, part_name, part_names};
use super::{Locale, code_name};
use crate::data::{
    Catalogue, CatalogueError, ChannelKind, CodedDimension, Codes, Dataset, LabelKind, Observation,
    Words,
};
use crate::showcase::Facet;
use crate::stats::ProfileDetail;

/// A catalogue text in the chosen language.
pub fn words(locale: Locale, words: &Words) -> &str {
    locale.pick(words.in_order())
}

/// The interface texts of the showcase.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ShowcaseMsg {
    CraftsLead,
    SearchLabel,
    SearchPlaceholder,
    AnyChoice,
    ResetFilters,
    NoMatch,
    CardCrafts,
    NoNationalFigure,
    BackToCrafts,
    ExportsHeading,
    FamilyShareChartTitle,
    FamilyNoShares,
    FamilyNoGrowth,
    FamilyDetailsHeading,
    FamilyNoDetails,
    MarketsLabel,
    CraftsHeading,
    NoCrafts,
    PlacesMapTitle,
    PlaceNotLocated,
    MaterialsLabel,
    TechniquesLabel,
    PlacesLabel,
    LabelsHeading,
    NoLabels,
    SourcingHeading,
    SourcingNote,
    NoChannels,
    BriefLink,
    BriefTitle,
    BriefMarketLabel,
    BriefAllMarkets,
    PrintButton,
    BriefGenerated,
    UnknownFamily,
    CatalogueUnreadable,
    CatalogueTooNew,
    ChartFamiliesLabel,
    CatalogueSourcesHeading,
}

impl ShowcaseMsg {
    pub fn text(self, locale: Locale) -> &'static str {
        locale.pick(self.texts())
    }

    fn texts(self) -> [&'static str; 3] {
        use ShowcaseMsg::*;
        match self {
            CraftsLead => [
                "Ce que fait le Maroc, où, avec quoi, et comment cela se vend à l’étranger : chaque famille avec ses métiers phares, ses lieux, ses labels et ses chiffres d’export.",
                "ما يصنعه المغرب وأين وبماذا وكيف يباع في الخارج: كل فئة بحرفها الرائدة وأماكنها وعلاماتها وأرقام تصديرها.",
                "What Morocco makes, where, from what, and how it sells abroad: each family with its flagship crafts, places, labels and export figures.",
            ],
            SearchLabel => [
                "Chercher un métier, une ville, une matière",
                "البحث عن حرفة أو مدينة أو مادة",
                "Search a craft, town or material",
            ],
            SearchPlaceholder => [
                "ex. Tiznit, zellige, laine",
                "مثلا: تيزنيت، زليج، صوف",
                "e.g. Tiznit, zellige, wool",
            ],
            AnyChoice => ["Tous", "الكل", "All"],
            ResetFilters => ["Tout afficher", "عرض الكل", "Show all"],
            NoMatch => [
                "Aucune famille ne correspond. Essayez un autre mot ou retirez un filtre.",
                "لا توجد فئة مطابقة. جرب كلمة أخرى أو أزل أحد المرشحات.",
                "No family matches. Try another word or remove a filter.",
            ],
            CardCrafts => ["Métiers phares", "الحرف الرائدة", "Flagship crafts"],
            NoNationalFigure => [
                "Pas de chiffre national d’export",
                "لا رقم وطني للتصدير",
                "No national export figure",
            ],
            BackToCrafts => [
                "Retour aux métiers",
                "العودة إلى الحرف",
                "Back to the crafts",
            ],
            ExportsHeading => [
                "Performance à l’export",
                "الأداء في التصدير",
                "Export performance",
            ],
            FamilyShareChartTitle => [
                "Part de cette famille dans les exportations d’artisanat",
                "حصة هذه الفئة من صادرات الصناعة التقليدية",
                "This family’s share of craft exports",
            ],
            FamilyNoShares => [
                "Aucune source fiable ne donne la part ou le montant de cette famille dans les exportations nationales d’artisanat.",
                "لا يقدم أي مصدر موثوق حصة هذه الفئة أو مبلغها في الصادرات الوطنية للصناعة التقليدية.",
                "No reliable source gives this family’s share or value of national craft exports.",
            ],
            FamilyNoGrowth => [
                "Les sources ne publient pas de croissance pour cette famille.",
                "لا تنشر المصادر أي نمو لهذه الفئة.",
                "The sources publish no growth rate for this family.",
            ],
            FamilyDetailsHeading => [
                "Marchés et villes de cette famille",
                "أسواق ومدن هذه الفئة",
                "This family’s markets and cities",
            ],
            FamilyNoDetails => [
                "Les sources ne détaillent pas cette famille par marché ni par ville.",
                "لا تفصل المصادر هذه الفئة حسب السوق أو المدينة.",
                "The sources do not break this family down by market or city.",
            ],
            MarketsLabel => ["Marchés cités :", "الأسواق المذكورة:", "Markets named:"],
            CraftsHeading => [
                "Métiers phares et lieux",
                "الحرف الرائدة وأماكنها",
                "Flagship crafts and places",
            ],
            NoCrafts => [
                "Les sources lues ne citent pas de métier phare pour cette famille.",
                "لا تذكر المصادر المقروءة حرفة رائدة لهذه الفئة.",
                "The sources read name no flagship craft for this family.",
            ],
            PlacesMapTitle => ["Où ils se font", "أين تصنع", "Where they are made"],
            PlaceNotLocated => [
                "absent de l’index GeoNames utilisé, non placé sur la carte",
                "غير موجود في فهرس GeoNames المستعمل، ولم يوضع على الخريطة",
                "not in the GeoNames index used, not on the map",
            ],
            MaterialsLabel => ["Matières", "المواد", "Materials"],
            TechniquesLabel => ["Techniques", "التقنيات", "Techniques"],
            PlacesLabel => ["Lieux", "الأماكن", "Places"],
            LabelsHeading => ["Labels et marques", "العلامات والشارات", "Labels and marks"],
            NoLabels => [
                "Les sources lues ne citent pas de label propre à cette famille.",
                "لا تذكر المصادر المقروءة علامة خاصة بهذه الفئة.",
                "The sources read name no label specific to this family.",
            ],
            SourcingHeading => ["Où s’approvisionner", "أين تتزود", "Where to source"],
            SourcingNote => [
                "Les canaux que citent les sources, avec leurs chiffres ; aucun contact n’est inventé ici.",
                "القنوات التي تذكرها المصادر مع أرقامها؛ لا يخترع هنا أي عنوان اتصال.",
                "The channels the sources name, with their figures; no contact is made up here.",
            ],
            NoChannels => [
                "Les sources ne citent aucun canal pour cette famille.",
                "لا تذكر المصادر أي قناة لهذه الفئة.",
                "The sources name no channel for this family.",
            ],
            BriefLink => [
                "Fiche acheteur à imprimer",
                "بطاقة المشتري للطباعة",
                "Printable buyer brief",
            ],
            BriefTitle => ["Fiche acheteur", "بطاقة المشتري", "Buyer brief"],
            BriefMarketLabel => ["Marché", "السوق", "Market"],
            BriefAllMarkets => ["Tous les marchés", "كل الأسواق", "All markets"],
            PrintButton => ["Imprimer (A4)", "طباعة (A4)", "Print (A4)"],
            BriefGenerated => [
                "Chiffres calculés dans le navigateur à partir des faits sourcés d’Artisanat Atlas.",
                "أرقام محسوبة في المتصفح انطلاقا من الوقائع الموثقة لأطلس الصناعة التقليدية.",
                "Figures computed in the browser from Artisanat Atlas’s sourced facts.",
            ],
            UnknownFamily => [
                "Cette famille n’est pas dans le catalogue.",
                "هذه الفئة ليست في الفهرس.",
                "This family is not in the catalogue.",
            ],
            CatalogueUnreadable => [
                "Le catalogue des métiers est illisible.",
                "فهرس الحرف غير قابل للقراءة.",
                "The crafts catalogue cannot be read.",
            ],
            CatalogueTooNew => [
                "Le catalogue des métiers a été écrit pour une autre version de l’application ; rechargez la page.",
                "كتب فهرس الحرف لنسخة أخرى من التطبيق؛ أعد تحميل الصفحة.",
                "The crafts catalogue was written for another version of the app; reload the page.",
            ],
            CatalogueSourcesHeading => [
                "Sources du catalogue des métiers (C… : pages que seul le catalogue cite)",
                "مصادر فهرس الحرف (C…: صفحات لا يذكرها إلا الفهرس)",
                "Sources of the crafts catalogue (C…: pages only the catalogue cites)",
            ],
            ChartFamiliesLabel => [
                "Les familles de ce graphique, chacune avec sa page :",
                "فئات هذا المبيان، لكل منها صفحتها:",
                "The families in this chart, each with its page:",
            ],
        }
    }
}

/// An interface text from either table: the app's messages or the showcase's.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UiText {
    App(super::Msg),
    Showcase(ShowcaseMsg),
}

impl UiText {
    pub fn text(self, locale: Locale) -> &'static str {
        match self {
            UiText::App(msg) => msg.text(locale),
            UiText::Showcase(msg) => msg.text(locale),
        }
    }
}

impl From<super::Msg> for UiText {
    fn from(msg: super::Msg) -> UiText {
        UiText::App(msg)
    }
}

impl From<ShowcaseMsg> for UiText {
    fn from(msg: ShowcaseMsg) -> UiText {
        UiText::Showcase(msg)
    }
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
    locale.pick(match facet {
        Facet::Family => ["Famille", "الفئة", "Family"],
        Facet::Region => ["Région", "الجهة", "Region"],
        Facet::Material => ["Matière", "المادة", "Material"],
        Facet::Label => ["Label", "العلامة", "Label"],
    })
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
    match locale {
        Locale::Fr => format!(
            "{shown} famille{} sur {total}",
            if shown > 1 { "s" } else { "" }
        ),
        Locale::Ar => format!("{shown} من أصل {total} فئة"),
        Locale::En => format!(
            "{shown} famil{} of {total}",
            if shown == 1 { "y" } else { "ies" }
        ),
    }
}

/// What separates items of a list: the Arabic comma in Arabic.
pub fn list_separator(locale: Locale) -> &'static str {
    locale.pick([", ", "، ", ", "])
}

/// The places map's summary: "Places: Fez, Tiznit".
pub fn places_summary<'a>(locale: Locale, towns: impl Iterator<Item = &'a str>) -> String {
    let towns: Vec<&str> = towns.collect();
    label_text(locale, ShowcaseMsg::PlacesLabel.text(locale)) + &towns.join(list_separator(locale))
}

/// "9 places, 8 of them on the map".
pub fn places_count_text(locale: Locale, total: usize, on_map: usize) -> String {
    match locale {
        Locale::Fr => format!("{total} lieux, dont {on_map} placés sur la carte"),
        Locale::Ar => format!("{total} أماكن، منها {on_map} على الخريطة"),
        Locale::En => format!("{total} places, {on_map} of them on the map"),
    }
}

/// What a label is.
pub fn label_kind_text(locale: Locale, kind: LabelKind) -> &'static str {
    locale.pick(match kind {
        LabelKind::NationalLabel => ["Label national", "علامة وطنية", "National label"],
        LabelKind::CollectiveMark => ["Marque collective", "علامة جماعية", "Collective mark"],
        LabelKind::Certification => ["Certification", "إشهاد", "Certification"],
        LabelKind::Unesco => ["UNESCO", "اليونسكو", "UNESCO"],
        LabelKind::Other => ["Distinction", "تمييز", "Distinction"],
    })
}

/// What a sourcing channel is.
pub fn channel_kind_text(locale: Locale, kind: ChannelKind) -> &'static str {
    locale.pick(match kind {
        ChannelKind::Programme => ["Programme public", "برنامج عمومي", "Public programme"],
        ChannelKind::Fair => ["Salon international", "معرض دولي", "International fair"],
        ChannelKind::Online => ["En ligne", "عبر الإنترنت", "Online"],
        ChannelKind::Retail => ["Distribution", "التوزيع", "Retail"],
        ChannelKind::Other => ["Autre canal", "قناة أخرى", "Other channel"],
    })
}

/// Why the catalogue cannot be shown.
pub fn catalogue_error_text(locale: Locale, error: &CatalogueError) -> &'static str {
    match error {
        CatalogueError::Malformed(_) => ShowcaseMsg::CatalogueUnreadable.text(locale),
        CatalogueError::UnsupportedVersion(_) => ShowcaseMsg::CatalogueTooNew.text(locale),
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
        (_, "exports_share") if combined => [
            "Avec {partners} : {value} des exportations d’artisanat",
            "مع {partners}: {value} من صادرات الصناعة التقليدية",
            "Together with {partners}: {value} of craft exports",
        ],
        (_, "exports_growth" | "exports_growth_factor") if combined => [
            "Avec {partners} : {value}",
            "مع {partners}: {value}",
            "Together with {partners}: {value}",
        ],
        ("destination>product_family", metric) if metric.contains("imports") => [
            "{market} : {value} importés",
            "{market}: {value} مستوردة",
            "{market}: {value} imported",
        ],
        ("city>product_family", "regional_production_share") => [
            "{value} de la production artisanale de {place}",
            "{value} من الإنتاج الحرفي لـ{place}",
            "{value} of the craft production of {place}",
        ],
        ("product_family>exit_point>destination", "exports_share") => [
            "{market} : {value} des exportations de cette famille parties de {city}",
            "{market}: {value} من صادرات هذه الفئة المنطلقة من {city}",
            "{market}: {value} of this family’s exports shipped from {city}",
        ],
        ("product_family>exit_point", "exports_share") => [
            "{value} des exportations de cette famille sont parties de {city}",
            "{value} من صادرات هذه الفئة انطلقت من {city}",
            "{value} of this family’s exports were shipped from {city}",
        ],
        ("destination>product_family", "exports_share_within_destination") => [
            "{market} : cette famille fait {value} des exportations d’artisanat vers ce marché",
            "{market}: تمثل هذه الفئة {value} من صادرات الصناعة التقليدية نحو هذه السوق",
            "{market}: this family is {value} of craft exports to that market",
        ],
        ("city>product_family", "regional_exports_share") => [
            "{value} des exportations d’artisanat de {place}",
            "{value} من صادرات الصناعة التقليدية لـ{place}",
            "{value} of the craft exports of {place}",
        ],
        ("city>product_family", _) => ["{place} : {value}", "{place}: {value}", "{place}: {value}"],
        _ => ["{parts} : {value}", "{parts}: {value}", "{parts}: {value}"],
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
        false => locale
            .pick([" (avec {x})", " (مع {x})", " (together with {x})"])
            .replace("{x}", &partners.join(list_separator(locale))),
    };
    let text = locale
        .pick(template)
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
        "fair_exhibitors" => [
            "{key} : {value} exposants marocains",
            "{key}: {value} عارضين مغاربة",
            "{key}: {value} Moroccan exhibitors",
        ],
        "fair_pavilion_area" => [
            "{key} : pavillon marocain de {value}",
            "{key}: رواق مغربي مساحته {value}",
            "{key}: Moroccan pavilion of {value}",
        ],
        "fair_stands" => [
            "{key} : {value} stands",
            "{key}: {value} أروقة",
            "{key}: {value} stands",
        ],
        "labelled_units" => [
            "{value} unités ayant droit à la marque",
            "{value} وحدة يحق لها حمل العلامة",
            "{value} units entitled to the mark",
        ],
        "programme_beneficiaries" => [
            "{value} bénéficiaires ({key})",
            "{value} مستفيدا ({key})",
            "{value} beneficiaries ({key})",
        ],
        "platform_sellers" => [
            "{key} : {value} vendeurs",
            "{key}: {value} بائعا",
            "{key}: {value} sellers",
        ],
        "ecommerce_partner_platforms" => [
            "{value} plateformes partenaires",
            "{value} منصات شريكة",
            "{value} partner platforms",
        ],
        "retail_popup_brands" => [
            "{value} marques dans la boutique éphémère",
            "{value} علامة في المتجر المؤقت",
            "{value} brands in the pop-up",
        ],
        "convention_amount" => [
            "Convention de {value}",
            "اتفاقية بقيمة {value}",
            "An agreement worth {value}",
        ],
        _ => return super::trade_fact_text(locale, dataset, observation),
    };
    locale
        .pick(template)
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
