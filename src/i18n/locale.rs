//! The app's languages and what each implies for layout.

/// A language the app speaks. French is the default (omitted from URLs).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Locale {
    #[default]
    /// French, the default.
    Fr,
    /// Arabic, written right to left.
    Ar,
    /// English.
    En,
}

/// Writing direction, which mirrors the layout and the charts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Direction {
    /// Left to right.
    Ltr,
    /// Right to left.
    Rtl,
}

impl Locale {
    /// Every locale, in the order the language switcher shows them.
    pub const ALL: [Locale; 3] = [Locale::Fr, Locale::Ar, Locale::En];

    /// BCP 47 tag, used in `<html lang>` and in URLs (`?lang=ar`).
    pub fn tag(self) -> &'static str {
        match self {
            Locale::Fr => "fr",
            Locale::Ar => "ar",
            Locale::En => "en",
        }
    }

    /// The locale whose number format the app follows (`1 230,5`, `1.230,5`, `1,230.5`), for
    /// the browser's `Intl.NumberFormat` where ECharts prints numbers itself.
    pub fn number_tag(self) -> &'static str {
        match self {
            Locale::Fr => "fr-FR",
            Locale::Ar => "ar-MA",
            Locale::En => "en-GB",
        }
    }

    /// The language's own name, as the switcher shows it.
    pub fn native_name(self) -> &'static str {
        match self {
            Locale::Fr => "Français",
            Locale::Ar => "العربية",
            Locale::En => "English",
        }
    }

    /// The language's short mark, as the folded switcher of a phone's header shows it.
    pub fn short_name(self) -> &'static str {
        match self {
            Locale::Fr => "FR",
            Locale::Ar => "ع",
            Locale::En => "EN",
        }
    }

    /// The writing direction.
    pub fn direction(self) -> Direction {
        match self {
            Locale::Ar => Direction::Rtl,
            Locale::Fr | Locale::En => Direction::Ltr,
        }
    }

    /// Whether the language is written right to left.
    pub fn is_rtl(self) -> bool {
        self.direction() == Direction::Rtl
    }

    /// The one of three texts (French, Arabic, English) written for this language.
    pub fn pick<T>(self, [fr, ar, en]: [T; 3]) -> T {
        match self {
            Locale::Fr => fr,
            Locale::Ar => ar,
            Locale::En => en,
        }
    }

    /// Parses a tag case-insensitively (`"AR"`, `"ar"`); anything else is `None`.
    pub fn from_tag(tag: &str) -> Option<Locale> {
        Locale::ALL
            .into_iter()
            .find(|locale| locale.tag().eq_ignore_ascii_case(tag.trim()))
    }
}

impl Direction {
    /// Value of the HTML `dir` attribute.
    pub fn as_str(self) -> &'static str {
        match self {
            Direction::Ltr => "ltr",
            Direction::Rtl => "rtl",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags_round_trip_and_only_arabic_is_rtl() {
        for locale in Locale::ALL {
            assert_eq!(Locale::from_tag(locale.tag()), Some(locale));
        }
        assert_eq!(Locale::from_tag(" AR "), Some(Locale::Ar));
        assert_eq!(Locale::from_tag("de"), None);
        assert_eq!(Locale::from_tag("<script>"), None);
        let rtl: Vec<_> = Locale::ALL.into_iter().filter(|l| l.is_rtl()).collect();
        assert_eq!(rtl, [Locale::Ar]);
        assert_eq!(Locale::Ar.direction().as_str(), "rtl");
    }
}
