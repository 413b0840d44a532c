//! Embedding a widget in another site (pure): which widget an embed address shows, the options
//! an embed takes from its link (theme, accent colour, title, source line, data version), and the one message
//! an embed sends its host page — its height, under a fixed type tag — which the host script
//! `public/embed.js` reads to size the iframe.

use crate::charts::ChartId;
use crate::data::DataVersion;
use crate::stats::KpiKind;
use crate::url_state::{
    ACCENT_PARAM, DATA_PARAM, LANG_PARAM, SOURCE_PARAM, THEME_PARAM, TITLE_PARAM,
};
use std::fmt;
use std::str::FromStr;

/// The `type` of the height message; the host script ignores every other message.
pub const HEIGHT_MESSAGE_TYPE: &str = "artisanat-atlas:height";

/// The message an embed posts to its host page when its height changes, as JSON.
///
/// ```
/// use artisanat_atlas::embed::height_message;
/// assert_eq!(height_message(412.3), r#"{"type":"artisanat-atlas:height","height":413}"#);
/// ```
pub fn height_message(height: f64) -> String {
    let height = if height.is_finite() {
        height.max(0.0).ceil()
    } else {
        0.0
    };
    format!(r#"{{"type":"{HEIGHT_MESSAGE_TYPE}","height":{height}}}"#)
}

/// The options chosen in the embed dialog; defaults are left out of the link, except the data
/// version, which pins the figures the embed was made with.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct EmbedChoice {
    /// The language tag, when not French.
    pub lang: Option<String>,
    /// Light, dark or the visitor's setting.
    pub theme: Theme,
    /// The accent colour, when not the default.
    pub accent: Option<Accent>,
    /// Whether the title is shown.
    pub title: bool,
    /// The source line's style.
    pub source: SourceStyle,
    /// The data version the embed is pinned to.
    pub data: Option<DataVersion>,
}

impl EmbedChoice {
    /// The embed's address: `origin` + `base` + `/embed/` + `widget`, and the chosen options.
    pub fn src(&self, origin: &str, base: &str, widget: &str) -> String {
        let mut query: Vec<String> = Vec::new();
        if let Some(lang) = &self.lang {
            query.push(format!("{LANG_PARAM}={lang}"));
        }
        if self.theme != Theme::default() {
            query.push(format!("{THEME_PARAM}={}", self.theme));
        }
        if let Some(accent) = &self.accent {
            query.push(format!("{ACCENT_PARAM}={accent}"));
        }
        if !self.title {
            query.push(format!("{TITLE_PARAM}=off"));
        }
        if self.source != SourceStyle::default() {
            query.push(format!("{SOURCE_PARAM}={}", self.source));
        }
        if let Some(version) = &self.data {
            query.push(format!("{DATA_PARAM}={version}"));
        }
        let query = match query.is_empty() {
            true => String::new(),
            false => format!("?{}", query.join("&")),
        };
        format!("{origin}{base}/embed/{widget}{query}")
    }
}

/// The HTML a web team pastes: an iframe with an accessible title, loaded lazily, full width,
/// sized by the host script, which the snippet loads from the app.
pub fn snippet(src: &str, title: &str, script: &str) -> String {
    format!(
        "<iframe data-atlas-embed src=\"{}\" title=\"{}\" loading=\"lazy\" style=\"width:100%;border:0\"></iframe>\n<script src=\"{}\" defer></script>",
        escape_html(src),
        escape_html(title),
        escape_html(script)
    )
}

/// Text made safe inside an HTML element or a double-quoted attribute (the embed snippet, and
/// the page shells written at build time).
pub(crate) fn escape_html(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('"', "&quot;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// A chart an embed address names (`/embed/chart/exports`), read through the chart registry.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct EmbedChart(pub ChartId);

impl FromStr for EmbedChart {
    type Err = ();
    fn from_str(text: &str) -> Result<Self, ()> {
        ChartId::from_embed_name(text).map(EmbedChart).ok_or(())
    }
}

/// A headline card's `data-kpi` name, by which styles, page shells and tests find it.
pub fn kpi_card_name(kind: KpiKind) -> &'static str {
    match kind {
        KpiKind::LatestYear => "latest-year",
        KpiKind::LatestYearToDate => "year-to-date",
        KpiKind::GrowthSince => "growth-since",
        KpiKind::Cagr => "cagr",
        KpiKind::TopDestination => "top-destination",
        KpiKind::TopFamily => "top-family",
        KpiKind::RegisteredArtisans => "artisans",
    }
}

/// The name of a headline card in an embed address (`/embed/kpi/latest-year`).
pub fn kpi_name(kind: KpiKind) -> &'static str {
    match kind {
        KpiKind::LatestYear => "latest-year",
        KpiKind::LatestYearToDate => "latest-year-to-date",
        KpiKind::GrowthSince => "growth-since",
        KpiKind::Cagr => "cagr",
        KpiKind::TopDestination => "top-destination",
        KpiKind::TopFamily => "top-family",
        KpiKind::RegisteredArtisans => "registered-artisans",
    }
}

/// The headline card an embed address names.
pub fn parse_kpi(text: &str) -> Option<KpiKind> {
    KpiKind::ALL
        .into_iter()
        .find(|&kind| kpi_name(kind) == text)
}

/// Light, dark, or the visitor's system setting.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Theme {
    #[default]
    /// Light page, dark ink.
    Light,
    /// Dark page, light ink.
    Dark,
    /// The visitor's system setting.
    Auto,
}

impl Theme {
    /// The value in links (`light`, `dark`, `auto`).
    pub fn name(self) -> &'static str {
        match self {
            Theme::Light => "light",
            Theme::Dark => "dark",
            Theme::Auto => "auto",
        }
    }
}

impl FromStr for Theme {
    type Err = ();
    fn from_str(text: &str) -> Result<Self, ()> {
        [Theme::Light, Theme::Dark, Theme::Auto]
            .into_iter()
            .find(|theme| theme.name() == text)
            .ok_or(())
    }
}

impl fmt::Display for Theme {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// The accent colour: a name from the app's palette, or a hex colour. Anything else is refused,
/// so nothing but a colour ever reaches the style attribute.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Accent(String);

/// The named accents: zellige blue, terracotta, green, saffron.
const PALETTE: [(&str, &str); 4] = [
    ("blue", "#1d4e89"),
    ("terracotta", "#b3471d"),
    ("green", "#2e7d32"),
    ("saffron", "#8d6e00"),
];

impl Default for Accent {
    /// The app's own zellige blue.
    fn default() -> Accent {
        Accent(PALETTE[0].1.to_owned())
    }
}

impl Accent {
    /// The CSS colour, `#rrggbb`.
    pub fn css(&self) -> &str {
        &self.0
    }
}

impl FromStr for Accent {
    type Err = ();
    fn from_str(text: &str) -> Result<Self, ()> {
        if let Some((_, colour)) = PALETTE.iter().find(|(name, _)| *name == text) {
            return Ok(Accent((*colour).to_owned()));
        }
        let hex = text.strip_prefix('#').unwrap_or(text);
        let valid = matches!(hex.len(), 3 | 6) && hex.bytes().all(|b| b.is_ascii_hexdigit());
        valid
            .then(|| Accent(format!("#{}", hex.to_ascii_lowercase())))
            .ok_or(())
    }
}

impl fmt::Display for Accent {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let name = PALETTE.iter().find(|(_, colour)| *colour == self.0);
        match name {
            Some((name, _)) => f.write_str(name),
            None => f.write_str(self.0.trim_start_matches('#')),
        }
    }
}

/// Whether the widget's title shows (`title=off` hides it; the source line always stays).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TitleShown(pub bool);

impl FromStr for TitleShown {
    type Err = ();
    fn from_str(text: &str) -> Result<Self, ()> {
        match text {
            "on" => Ok(TitleShown(true)),
            "off" => Ok(TitleShown(false)),
            _ => Err(()),
        }
    }
}

impl fmt::Display for TitleShown {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(if self.0 { "on" } else { "off" })
    }
}

/// How the source line shows: in full, or compact (one small line) for a tight space; it is
/// never hidden.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum SourceStyle {
    #[default]
    /// Every source named in full.
    Full,
    /// The sources in small type on one line.
    Compact,
}

impl FromStr for SourceStyle {
    type Err = ();
    fn from_str(text: &str) -> Result<Self, ()> {
        match text {
            "full" => Ok(SourceStyle::Full),
            "compact" => Ok(SourceStyle::Compact),
            _ => Err(()),
        }
    }
}

impl fmt::Display for SourceStyle {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            SourceStyle::Full => "full",
            SourceStyle::Compact => "compact",
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_height_message_has_its_type_tag_and_a_whole_height() {
        assert_eq!(
            height_message(412.3),
            r#"{"type":"artisanat-atlas:height","height":413}"#
        );
        assert_eq!(
            height_message(f64::NAN),
            r#"{"type":"artisanat-atlas:height","height":0}"#
        );
        let parsed: serde_json::Value = serde_json::from_str(&height_message(-5.0)).expect("JSON");
        assert_eq!(parsed["height"], 0.0);
    }

    #[test]
    fn widget_names_read_back() {
        for kind in KpiKind::ALL {
            assert_eq!(parse_kpi(kpi_name(kind)), Some(kind));
        }
        for chart in ChartId::ALL {
            if let Some(name) = chart.embed_path().and_then(|p| p.strip_prefix("chart/")) {
                assert_eq!(name.parse(), Ok(EmbedChart(*chart)));
            }
        }
        assert_eq!(parse_kpi("<script>"), None);
        assert_eq!("pie".parse::<EmbedChart>(), Err(()));
    }

    #[test]
    fn the_snippet_carries_the_chosen_options_and_escapes_its_text() {
        let choice = EmbedChoice {
            lang: Some("ar".to_owned()),
            theme: Theme::Dark,
            accent: "green".parse().ok(),
            title: false,
            source: SourceStyle::Compact,
            data: "d2e3568bb286".parse().ok(),
        };
        let src = choice.src("https://atlas.example", "/atlas", "chart/exports");
        assert_eq!(
            src,
            "https://atlas.example/atlas/embed/chart/exports?lang=ar&theme=dark&accent=green&title=off&source=compact&data=d2e3568bb286"
        );
        assert_eq!(
            EmbedChoice {
                title: true,
                ..EmbedChoice::default()
            }
            .src("", "", "map"),
            "/embed/map"
        );
        let html = snippet(
            &src,
            "Exports \"2025\" <b>",
            "https://atlas.example/atlas/embed.js",
        );
        assert!(html.starts_with("<iframe data-atlas-embed src=\"https://atlas.example/atlas/embed/chart/exports?lang=ar&amp;theme=dark&amp;accent=green&amp;title=off&amp;source=compact&amp;data=d2e3568bb286\""));
        assert!(html.contains("title=\"Exports &quot;2025&quot; &lt;b&gt;\" loading=\"lazy\""));
        assert!(
            html.ends_with("<script src=\"https://atlas.example/atlas/embed.js\" defer></script>")
        );
    }

    #[test]
    fn only_colours_are_accents() {
        assert_eq!(
            "terracotta".parse::<Accent>().map(|a| a.css().to_owned()),
            Ok("#b3471d".to_owned())
        );
        assert_eq!(
            "0A7".parse::<Accent>().map(|a| a.css().to_owned()),
            Ok("#0a7".to_owned())
        );
        assert_eq!(
            "#00FF88".parse::<Accent>().map(|a| a.to_string()),
            Ok("00ff88".to_owned())
        );
        for hostile in [
            "red;background:url(x)",
            "expression(1)",
            "#12345",
            "",
            "#ggg",
        ] {
            assert_eq!(hostile.parse::<Accent>(), Err(()), "{hostile}");
        }
        assert_eq!("dark".parse(), Ok(Theme::Dark));
        assert_eq!("sepia".parse::<Theme>(), Err(()));
        assert_eq!("off".parse(), Ok(TitleShown(false)));
        assert_eq!("compact".parse(), Ok(SourceStyle::Compact));
        assert_eq!("none".parse::<SourceStyle>(), Err(()));
    }
}
