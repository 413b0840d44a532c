//! The parameter registry: every query parameter the app reads, once, with its key, the codec
//! that reads and writes its value, what a link without it shows, and every value published so
//! far in links, embed codes and the README. The key constants, [`SETTING_KEYS`] and
//! [`canonical_setting`] derive from this one table; the published values are read back by the
//! tests here and, independently, by `tests/old_links.rs`.

use super::{
    BreakdownChoice, CatalogueCode, FlowsChoice, MarketCode, MeasureChoice, Months, PeriodParam,
    SearchText, YearSpan,
};
use crate::charts::ChartId;
use crate::data::DataVersion;
use crate::embed::{Accent, SourceStyle, Theme, TitleShown};
use crate::i18n::Locale;
use std::str::FromStr;

/// `raw` read with `T`'s codec and written back as the app writes it, or `None` if refused.
fn canonical<T: FromStr + ToString>(raw: &str) -> Option<String> {
    raw.parse::<T>().ok().map(|value| value.to_string())
}

/// Declares [`Param`], its key constants and codecs from one line per parameter:
/// `Variant KEY_CONST = "key": Codec, default "…", published ["…", …];`.
macro_rules! params {
    ($($(#[doc = $doc:literal])* $param:ident $constant:ident = $key:literal: $codec:ty,
        default $default:literal, published [$($published:literal),* $(,)?];)*) => {
        $($(#[doc = $doc])* pub const $constant: &str = $key;)*

        /// Every query parameter of the app, besides the language (`lang`, read by
        /// [`super::parse_locale`]).
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        pub enum Param {
            $($(#[doc = $doc])* $param,)*
        }

        impl Param {
            /// Every parameter, in registry order.
            pub const ALL: &'static [Param] = &[$(Param::$param),*];

            /// The key in the query (`?cagr=…`). Published: never renamed.
            pub const fn key(self) -> &'static str {
                match self {
                    $(Param::$param => $key,)*
                }
            }

            /// `raw` read with the parameter's codec and written back as the app writes it
            /// into links, or `None` when the codec refuses it.
            pub fn canonical(self, raw: &str) -> Option<String> {
                match self {
                    $(Param::$param => canonical::<$codec>(raw),)*
                }
            }

            /// What a link without the parameter shows.
            pub fn default_meaning(self) -> &'static str {
                match self {
                    $(Param::$param => $default,)*
                }
            }

            /// Every value of the parameter published so far; each must keep its meaning.
            pub fn published(self) -> &'static [&'static str] {
                match self {
                    $(Param::$param => &[$($published),*],)*
                }
            }
        }

        /// Every query parameter the app reads besides `lang`, by key.
        pub const SETTING_KEYS: [&str; [$($key),*].len()] = [$($key),*];
    };
}

params! {
    /// The span of the average-growth card (`?cagr=2019-2025`).
    Cagr CAGR_PARAM = "cagr": YearSpan,
        default "from the base year to the latest year", published ["2021-2024"];
    /// The months of the year-to-date chart (`?months=9`: January–September).
    Months MONTHS_PARAM = "months": Months,
        default "the span of the latest figure", published ["9"];
    /// The breakdown of the composition chart (`?by=destination`).
    Breakdown BREAKDOWN_PARAM = "by": BreakdownChoice,
        default "product_family", published ["destination", "exit_point", "product_family"];
    /// The period of the composition chart or of the map (`?period=2024-01-01..2024-12-31`).
    Period PERIOD_PARAM = "period": PeriodParam,
        default "the latest period with data",
        published ["2024-01-01..2024-12-31", "2025-01-01..2025-11-30"];
    /// What the export map colours by (`?measure=value`).
    Measure MEASURE_PARAM = "measure": MeasureChoice, default "share", published ["value"];
    /// Export map flow lines (`?flows=on`).
    Flows FLOWS_PARAM = "flows": FlowsChoice, default "off", published ["on"];
    /// The crafts page's search text (`?q=tiznit`).
    Search SEARCH_PARAM = "q": SearchText, default "no search", published ["tiznit"];
    /// The crafts page's family filter.
    Family FAMILY_PARAM = "family": CatalogueCode, default "every family", published ["carpets"];
    /// The crafts page's region filter.
    Region REGION_PARAM = "region": CatalogueCode,
        default "every region", published ["souss_massa"];
    /// The crafts page's material filter.
    Material MATERIAL_PARAM = "material": CatalogueCode,
        default "every material", published ["silver"];
    /// The crafts page's label filter.
    Label LABEL_PARAM = "label": CatalogueCode, default "every label", published ["tapis_rbati"];
    /// The market of a family × market buyer brief (`?market=US`).
    Market MARKET_PARAM = "market": MarketCode, default "every market", published ["US"];
    /// The chart shown as its table (`?table=craft-exports-by-year`).
    Table TABLE_PARAM = "table": ChartId,
        default "every chart as a chart",
        published ["craft-exports-by-year", "craft-export-map"];
    /// The data version shown (`?data=f691cf3bf9cc`), which embed codes pin.
    Data DATA_PARAM = "data": DataVersion, default "the current data", published ["f691cf3bf9cc"];
    /// An embed's theme (`?theme=dark`).
    Theme THEME_PARAM = "theme": Theme, default "light", published ["dark", "auto"];
    /// An embed's accent colour: a palette name or a hex colour (`?accent=green`).
    Accent ACCENT_PARAM = "accent": Accent,
        default "the atlas's blue", published ["green", "0a7d55"];
    /// Whether an embed shows its title (`?title=off`).
    Title TITLE_PARAM = "title": TitleShown, default "on", published ["off"];
    /// An embed's source line (`?source=compact`).
    Source SOURCE_PARAM = "source": SourceStyle, default "full", published ["compact"];
}

/// Name of the language parameter (`?lang=ar`), read by [`super::parse_locale`].
pub const LANG_PARAM: &str = "lang";

/// The languages a `lang=` link has named so far.
pub const PUBLISHED_LANGUAGES: [Locale; 2] = [Locale::Ar, Locale::En];

impl FromStr for Param {
    type Err = ();
    fn from_str(key: &str) -> Result<Self, ()> {
        Param::ALL
            .iter()
            .copied()
            .find(|param| param.key() == key)
            .ok_or(())
    }
}

/// The one table of the link's parameters: `raw` read with the codec of `key` and written back
/// as the app writes it into links, or `None` when the codec refuses it or `key` is not one of
/// [`SETTING_KEYS`]. Tests and the fuzz target check every codec through it.
///
/// ```
/// use artisanat_atlas::url_state::canonical_setting;
/// assert_eq!(canonical_setting("market", "us").as_deref(), Some("US"));
/// assert_eq!(canonical_setting("cagr", "2025-2019"), None);
/// assert_eq!(canonical_setting("unknown", "x"), None);
/// ```
pub fn canonical_setting(key: &str, raw: &str) -> Option<String> {
    key.parse::<Param>().ok()?.canonical(raw)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_published_value_reads_back_to_itself() {
        for param in Param::ALL {
            assert!(
                !param.published().is_empty(),
                "{param:?} has a published example"
            );
            for raw in param.published() {
                assert_eq!(
                    param.canonical(raw).as_deref(),
                    Some(*raw),
                    "{param:?}={raw}"
                );
            }
        }
        for locale in PUBLISHED_LANGUAGES {
            assert_eq!(Locale::from_tag(locale.tag()), Some(locale));
        }
    }

    #[test]
    fn keys_are_unique_and_name_their_parameter() {
        for (position, param) in Param::ALL.iter().enumerate() {
            assert_eq!(param.key().parse(), Ok(*param));
            assert!(
                Param::ALL[position + 1..]
                    .iter()
                    .all(|p| p.key() != param.key())
            );
            assert_ne!(param.key(), LANG_PARAM);
        }
        assert_eq!(SETTING_KEYS.len(), Param::ALL.len());
        assert_eq!(canonical_setting("lang", "ar"), None);
        assert_eq!(canonical_setting("unknown", "x"), None);
    }

    #[test]
    fn the_readme_documents_every_parameter() {
        let readme = include_str!("../../README.md");
        for param in Param::ALL {
            assert!(
                readme.contains(&format!("`{}`", param.key())),
                "README names `{}`",
                param.key()
            );
        }
    }
}
