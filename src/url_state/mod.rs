//! The shareable view state carried in the URL query: parsed parameter by parameter into
//! valid, invalid (with the raw text) or missing, and written back with defaults omitted.
//! Each setting has a text form that reads back to itself (`2019-2025`, `destination`,
//! `2024-01-01..2024-12-31`).

use crate::charts::MapMeasure;
use crate::data::{CodedDimension, Date};
use crate::i18n::{Locale, Msg};
use crate::stats::Period;
use std::fmt;
use std::str::FromStr;

mod params;
mod route;

pub use params::{
    ACCENT_PARAM, BREAKDOWN_PARAM, CAGR_PARAM, DATA_PARAM, FAMILY_PARAM, FLOWS_PARAM, LABEL_PARAM,
    LANG_PARAM, MARKET_PARAM, MATERIAL_PARAM, MEASURE_PARAM, MONTHS_PARAM, PERIOD_PARAM,
    PUBLISHED_LANGUAGES, Param, REGION_PARAM, SEARCH_PARAM, SETTING_KEYS, SOURCE_PARAM,
    TABLE_PARAM, THEME_PARAM, TITLE_PARAM, canonical_setting,
};
pub use route::{RouteParams, RoutePattern, match_route};

/// Two years, the first before the second: `2019-2025`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct YearSpan(pub i32, pub i32);

impl FromStr for YearSpan {
    type Err = ();
    fn from_str(text: &str) -> Result<Self, ()> {
        let (from, to) = text.split_once('-').ok_or(())?;
        let year = |text: &str| {
            text.parse::<i32>()
                .ok()
                .filter(|y| (1900..=2100).contains(y))
        };
        match (year(from), year(to)) {
            (Some(from), Some(to)) if from < to => Ok(YearSpan(from, to)),
            _ => Err(()),
        }
    }
}

impl fmt::Display for YearSpan {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}-{}", self.0, self.1)
    }
}

/// A breakdown the composition chart offers, by its data name.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct BreakdownChoice(pub CodedDimension);

impl FromStr for BreakdownChoice {
    type Err = ();
    fn from_str(text: &str) -> Result<Self, ()> {
        match CodedDimension::from_name(text) {
            Some(
                dimension @ (CodedDimension::ProductFamily
                | CodedDimension::Destination
                | CodedDimension::ExitPoint),
            ) => Ok(BreakdownChoice(dimension)),
            _ => Err(()),
        }
    }
}

impl fmt::Display for BreakdownChoice {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.0.name())
    }
}

/// A period as `first..last` day, both ISO dates.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PeriodParam(pub Period);

impl FromStr for PeriodParam {
    type Err = ();
    fn from_str(text: &str) -> Result<Self, ()> {
        let (start, end) = text.split_once("..").ok_or(())?;
        let date = |text: &str| Date::try_from(text.to_owned()).map_err(|_| ());
        let period = Period {
            start: date(start)?,
            end: date(end)?,
        };
        match period.start <= period.end {
            true => Ok(PeriodParam(period)),
            false => Err(()),
        }
    }
}

impl fmt::Display for PeriodParam {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.fmt(f)
    }
}

/// The market of a profile link (`/market/US`, `/market/region:europe`): an ISO 3166-1
/// alpha-2 code (any case, kept upper-case) or a world region's code.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MarketCode(pub String);

/// The path of a market's profile, below the app's base: `/market/US`.
pub fn market_path(code: &str) -> String {
    format!("/market/{code}")
}

impl FromStr for MarketCode {
    type Err = ();
    fn from_str(text: &str) -> Result<Self, ()> {
        let is_country = text.len() == 2 && text.bytes().all(|b| b.is_ascii_alphabetic());
        let region = text.strip_prefix(crate::data::REGION_PREFIX).unwrap_or("");
        let is_region = (1..=40).contains(&region.len())
            && region.bytes().all(|b| b.is_ascii_lowercase() || b == b'_');
        match (is_country, is_region) {
            (true, _) => Ok(MarketCode(text.to_ascii_uppercase())),
            (_, true) => Ok(MarketCode(text.to_owned())),
            _ => Err(()),
        }
    }
}

impl fmt::Display for MarketCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// A code of the crafts catalogue in a link (`/craft/carpets`, `?region=souss_massa`): lower-case
/// ASCII letters, digits and `_`, at most 40 characters.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CatalogueCode(pub String);

impl FromStr for CatalogueCode {
    type Err = ();
    fn from_str(text: &str) -> Result<Self, ()> {
        let valid = (1..=40).contains(&text.len())
            && text
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_');
        valid.then(|| CatalogueCode(text.to_owned())).ok_or(())
    }
}

impl fmt::Display for CatalogueCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// The path of a craft family's page, below the app's base: `/craft/carpets`.
pub fn craft_path(code: &str) -> String {
    format!("/craft/{code}")
}

/// The path of a family's printable buyer brief: `/craft/carpets/brief`.
pub fn brief_path(code: &str) -> String {
    format!("/craft/{code}/brief")
}

/// The crafts page's search text (`?q=`): any text up to 100 characters.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SearchText(pub String);

impl FromStr for SearchText {
    type Err = ();
    fn from_str(text: &str) -> Result<Self, ()> {
        (text.chars().count() <= 100)
            .then(|| SearchText(text.to_owned()))
            .ok_or(())
    }
}

impl fmt::Display for SearchText {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// The export map's measure: `share` or `value`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct MeasureChoice(pub MapMeasure);

impl FromStr for MeasureChoice {
    type Err = ();
    fn from_str(text: &str) -> Result<Self, ()> {
        match text {
            "share" => Ok(MeasureChoice(MapMeasure::Share)),
            "value" => Ok(MeasureChoice(MapMeasure::Value)),
            _ => Err(()),
        }
    }
}

impl fmt::Display for MeasureChoice {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self.0 {
            MapMeasure::Share => "share",
            MapMeasure::Value => "value",
        })
    }
}

/// Whether the export map draws flow lines from Morocco: `on` or `off`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FlowsChoice(pub bool);

impl FromStr for FlowsChoice {
    type Err = ();
    fn from_str(text: &str) -> Result<Self, ()> {
        match text {
            "on" => Ok(FlowsChoice(true)),
            "off" => Ok(FlowsChoice(false)),
            _ => Err(()),
        }
    }
}

impl fmt::Display for FlowsChoice {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(if self.0 { "on" } else { "off" })
    }
}

/// Months since January of a year-to-date span, 1–12.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Months(pub u8);

impl FromStr for Months {
    type Err = ();
    fn from_str(text: &str) -> Result<Self, ()> {
        match text.parse::<u8>() {
            Ok(month @ 1..=12) => Ok(Months(month)),
            _ => Err(()),
        }
    }
}

impl fmt::Display for Months {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.fmt(f)
    }
}

/// One query parameter after parsing.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Parsed<T> {
    /// Present and readable.
    Valid(T),
    /// Present but unusable; the raw text is kept so the UI can say what was ignored.
    Invalid(String),
    /// Absent.
    Missing,
}

impl<T: Copy + Default> Parsed<T> {
    /// The parsed value, or the default for missing and invalid input.
    pub fn value_or_default(&self) -> T {
        match self {
            Parsed::Valid(value) => *value,
            Parsed::Invalid(_) | Parsed::Missing => T::default(),
        }
    }
}

/// Parses the `lang` parameter's raw value.
pub fn parse_locale(raw: Option<&str>) -> Parsed<Locale> {
    match raw {
        None => Parsed::Missing,
        Some(text) => {
            Locale::from_tag(text).map_or_else(|| Parsed::Invalid(text.to_owned()), Parsed::Valid)
        }
    }
}

/// `path` with the query that selects `locale`; the default language adds nothing.
pub fn localized_path(path: &str, locale: Locale) -> String {
    if locale == Locale::default() {
        path.to_owned()
    } else {
        format!("{path}?{LANG_PARAM}={}", locale.tag())
    }
}

/// The site's sections, in navigation order: (path below the base, label, prefix of the pages
/// that belong to the section). The app's header and the page shells written at build time
/// (`prerender`) both read it.
pub const SITE_SECTIONS: [(&str, Msg, Option<&str>); 5] = [
    ("/", Msg::NavHome, None),
    ("/indicators", Msg::NavIndicators, None),
    ("/map", Msg::NavMap, Some("/market/")),
    ("/crafts", Msg::NavCrafts, Some("/craft/")),
    ("/sources", Msg::NavSources, None),
];

/// The directory a document's base URL points to, without trailing slash: the prefix of every
/// route when the app is hosted under a sub-path (`/atlas/index.html` → `/atlas`, `/` → `""`).
///
/// ```
/// use artisanat_atlas::url_state::base_path_of;
/// assert_eq!(base_path_of("/atlas/index.html"), "/atlas");
/// assert_eq!(base_path_of("/atlas/"), "/atlas");
/// assert_eq!(base_path_of("/"), "");
/// ```
pub fn base_path_of(pathname: &str) -> String {
    let directory = pathname.rsplit_once('/').map_or("", |(dir, _)| dir);
    directory.trim_end_matches('/').to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn locale_parses_as_valid_invalid_or_missing() {
        assert_eq!(parse_locale(Some("ar")), Parsed::Valid(Locale::Ar));
        assert_eq!(parse_locale(None), Parsed::Missing);
        let hostile = "<script>alert(1)</script>";
        assert_eq!(
            parse_locale(Some(hostile)),
            Parsed::Invalid(hostile.to_owned())
        );
        assert_eq!(parse_locale(Some(hostile)).value_or_default(), Locale::Fr);
        assert_eq!(parse_locale(Some("EN")).value_or_default(), Locale::En);
    }

    #[test]
    fn settings_read_back_what_they_write_and_refuse_the_rest() {
        fn round_trip<T: FromStr + fmt::Display>(text: &str) -> Option<String> {
            text.parse::<T>().ok().map(|value| value.to_string())
        }
        assert_eq!(
            round_trip::<YearSpan>("2019-2025").as_deref(),
            Some("2019-2025")
        );
        assert_eq!(round_trip::<YearSpan>("2025-2019"), None);
        assert_eq!(round_trip::<YearSpan>("2019-"), None);
        assert_eq!(round_trip::<YearSpan>("20000-2025"), None);
        assert_eq!(
            round_trip::<BreakdownChoice>("destination").as_deref(),
            Some("destination")
        );
        assert_eq!(round_trip::<BreakdownChoice>("manufacturing_city"), None);
        assert_eq!(
            round_trip::<PeriodParam>("2024-01-01..2024-12-31").as_deref(),
            Some("2024-01-01..2024-12-31")
        );
        assert_eq!(round_trip::<PeriodParam>("2024-02-30..2024-12-31"), None);
        assert_eq!(round_trip::<FlowsChoice>("on").as_deref(), Some("on"));
        assert_eq!(round_trip::<FlowsChoice>("yes"), None);
        let market = |text: &str| text.parse::<MarketCode>().ok().map(|m| m.0);
        assert_eq!(market("us").as_deref(), Some("US"));
        assert_eq!(
            market_path("US").strip_prefix("/market/"),
            market("US").as_deref()
        );
        assert_eq!(
            market("region:arab_countries").as_deref(),
            Some("region:arab_countries")
        );
        for hostile in [
            "USA",
            "U1",
            "",
            "region:",
            "region:../x",
            "<script>",
            "region:EU",
        ] {
            assert_eq!(market(hostile), None, "{hostile}");
        }
        assert_eq!(round_trip::<PeriodParam>("2024-12-31..2024-01-01"), None);
        assert_eq!(
            round_trip::<MeasureChoice>("value").as_deref(),
            Some("value")
        );
        assert_eq!(round_trip::<MeasureChoice>("volume"), None);
        assert_eq!(round_trip::<Months>("9").as_deref(), Some("9"));
        assert_eq!(round_trip::<Months>("13"), None);
        assert_eq!(round_trip::<Months>("-1"), None);
    }

    #[test]
    fn default_language_is_omitted_from_paths() {
        assert_eq!(localized_path("/indicators", Locale::Fr), "/indicators");
        assert_eq!(
            localized_path("/indicators", Locale::Ar),
            "/indicators?lang=ar"
        );
        assert_eq!(localized_path("/", Locale::En), "/?lang=en");
    }

    #[test]
    fn base_path_is_the_directory_of_the_base_url() {
        assert_eq!(base_path_of("/"), "");
        assert_eq!(base_path_of("/atlas/"), "/atlas");
        assert_eq!(
            base_path_of("/ministry/atlas/index.html"),
            "/ministry/atlas"
        );
        assert_eq!(base_path_of(""), "");
    }

    #[test]
    fn catalogue_codes_and_search_text_are_checked() {
        assert_eq!("carpets".parse(), Ok(CatalogueCode("carpets".to_owned())));
        assert_eq!(
            "souss_massa"
                .parse::<CatalogueCode>()
                .map(|c| c.to_string()),
            Ok("souss_massa".to_owned())
        );
        for bad in ["", "Carpets", "../x", "<script>", &"a".repeat(41)] {
            assert_eq!(bad.parse::<CatalogueCode>(), Err(()), "{bad}");
        }
        assert_eq!(craft_path("wood"), "/craft/wood");
        assert_eq!(brief_path("wood"), "/craft/wood/brief");
        assert!("tapis rbati".parse::<SearchText>().is_ok());
        assert!("x".repeat(101).parse::<SearchText>().is_err());
    }
}
