//! The shareable view state carried in the URL query: parsed parameter by parameter into
//! valid, invalid (with the raw text) or missing, and written back with defaults omitted.

use crate::i18n::Locale;

/// Name of the language parameter (`?lang=ar`).
pub const LANG_PARAM: &str = "lang";

/// One query parameter after parsing.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Parsed<T> {
    Valid(T),
    /// Present but unusable; the raw text is kept so the UI can say what was ignored.
    Invalid(String),
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

/// The directory a document's base URL points to, without trailing slash: the prefix of every
/// route when the app is hosted under a sub-path (`/atlas/index.html` → `/atlas`, `/` → `""`).
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
}
