//! Link previews: the 1200 × 630 picture a page shows when its address is shared on WhatsApp,
//! Facebook or LinkedIn (its `og:image`). Written here as SVG from what the page's shell says
//! (title, lead, headline figure with period and source), the family's motif and, for a market,
//! the app's own world map with the country marked; `atlas-shells` rasterises it at build time
//! with resvg, in the fonts the app asks for (Noto Sans, Noto Naskh Arabic).

use crate::data::{Motif, WorldGeometry};
use crate::embed::escape_html as escape;
use crate::i18n::{Direction, Locale, Msg};
use crate::showcase::motif::{HEIGHT as MOTIF_HEIGHT, Layer, WIDTH as MOTIF_WIDTH};
use crate::showcase::motif_paths;
use std::fmt::Write;

/// The picture's width in pixels (Open Graph's recommended size).
pub const WIDTH: u32 = 1200;
/// The picture's height in pixels.
pub const HEIGHT: u32 = 630;

/// The colours of `style/tokens.css` (light theme), which an image cannot read.
const PAGE: &str = "#fbf8f2";
const INK: &str = "#1f1f1f";
const MUTED: &str = "#555049";
const SAND: &str = "#f3e9d8";
const LINE: &str = "#d9cdb8";
const PRIMARY: &str = "#1d4e89";
const ACCENT: &str = "#b3471d";

/// Left and right margin.
const MARGIN: f64 = 64.0;
/// Height of the band with the atlas's name.
const BAND: f64 = 96.0;
/// Height of the motif along the bottom.
const FOOTER: f64 = 72.0;

/// What a page's preview shows.
#[derive(Debug, Clone, PartialEq)]
pub struct Preview {
    /// The page's name.
    pub title: String,
    /// Its introduction, shortened to fit.
    pub lead: String,
    /// The figure the page leads with, if it has one (shown instead of the lead).
    pub figure: Option<PreviewFigure>,
    /// The outlets that publish what the picture shows, if it shows a figure.
    pub source: Option<String>,
    /// The family's motif, or the atlas's own for the other pages.
    pub motif: Motif,
    /// The market to mark on the world map (ISO code), for a market's page.
    pub market: Option<String>,
}

/// A headline figure as the page shows it.
#[derive(Debug, Clone, PartialEq)]
pub struct PreviewFigure {
    /// What it measures, e.g. "Part des exportations".
    pub label: String,
    /// The value as the app writes it, e.g. "7,25 %".
    pub value: String,
    /// Its period (and rank).
    pub detail: String,
}

/// The preview of a page as an SVG document of [`WIDTH`] × [`HEIGHT`] in `locale`: the atlas's
/// name on a band, the title, the lead or the figure, the motif along the bottom, and the
/// world map when a market is marked. Arabic is laid out from the right.
pub fn preview_svg(preview: &Preview, locale: Locale, world: &WorldGeometry) -> String {
    let rtl = locale.direction() == Direction::Rtl;
    let has_map = preview.market.is_some();
    let column = match has_map {
        true => 560.0,
        false => f64::from(WIDTH) - 2.0 * MARGIN,
    };
    let mut text = Text {
        rtl,
        font: font_family(locale),
        svg: String::new(),
    };
    text.line(
        BAND / 2.0 + 12.0,
        34.0,
        "#ffffff",
        true,
        Msg::AppName.text(locale),
    );
    let mut y = BAND + 84.0;
    for line in wrap(&preview.title, column, 54.0, 2) {
        text.line(y, 54.0, INK, true, &line);
        y += 64.0;
    }
    match &preview.figure {
        Some(figure) => text.figure(y + 8.0, column, figure),
        None => {
            for line in wrap(&preview.lead, column, 28.0, 4) {
                text.line(y + 12.0, 28.0, MUTED, false, &line);
                y += 40.0;
            }
        }
    }
    if let Some(source) = &preview.source {
        let source = format!("{} {source}", Msg::SourcesLabel.text(locale));
        for line in wrap(&source, column, 22.0, 1) {
            text.line(f64::from(HEIGHT) - FOOTER - 28.0, 22.0, MUTED, false, &line);
        }
    }
    let map = preview
        .market
        .as_deref()
        .map(|code| world_map(world, code, rtl))
        .unwrap_or_default();
    format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{WIDTH}\" height=\"{HEIGHT}\" \
         viewBox=\"0 0 {WIDTH} {HEIGHT}\">\
         <rect width=\"100%\" height=\"100%\" fill=\"{PAGE}\"/>\
         <rect width=\"100%\" height=\"{BAND}\" fill=\"{PRIMARY}\"/>{map}{motif}{text}</svg>",
        motif = motif_band(preview.motif),
        text = text.svg,
    )
}

/// The fonts the app's stylesheet asks for, in the language's script.
fn font_family(locale: Locale) -> &'static str {
    match locale {
        Locale::Ar => "Noto Naskh Arabic, Noto Sans",
        Locale::Fr | Locale::En => "Noto Sans",
    }
}

/// Lines of text written from the start side of the picture.
struct Text {
    rtl: bool,
    font: &'static str,
    svg: String,
}

impl Text {
    /// One line with its baseline at `y`.
    fn line(&mut self, y: f64, size: f64, fill: &str, bold: bool, words: &str) {
        // resvg anchors "start" on the left whatever the direction: Arabic ends on the right.
        let (x, direction, anchor) = match self.rtl {
            true => (f64::from(WIDTH) - MARGIN, "rtl", "end"),
            false => (MARGIN, "ltr", "start"),
        };
        let weight = if bold { 700 } else { 400 };
        let words = match self.rtl {
            true => right_to_left(words),
            false => escape(words),
        };
        let _ = write!(
            self.svg,
            "<text x=\"{x}\" y=\"{y}\" font-family=\"{font}\" font-size=\"{size}\" \
             font-weight=\"{weight}\" fill=\"{fill}\" direction=\"{direction}\" text-anchor=\"{anchor}\">{words}</text>",
            font = self.font,
        );
    }

    /// The headline figure: what it measures, the value and its period.
    fn figure(&mut self, top: f64, column: f64, figure: &PreviewFigure) {
        self.line(top + 24.0, 28.0, MUTED, false, &figure.label);
        self.line(top + 112.0, 88.0, PRIMARY, true, &figure.value);
        for (line, y) in wrap(&figure.detail, column, 26.0, 2)
            .iter()
            .zip([160.0, 196.0])
        {
            self.line(top + y, 26.0, INK, false, line);
        }
    }
}

/// A line of Arabic for resvg, which lays every line out left to right: embedded right to
/// left (U+202B … U+202C), with each run of Latin letters and digits (an outlet, a year) in
/// the Latin font of the same weight rather than in whichever face has the characters.
fn right_to_left(words: &str) -> String {
    let latin = |c: char| c.is_ascii_alphanumeric() || ".%/@_-".contains(c);
    let mut runs = String::from('\u{202B}');
    let mut chars = words.chars().peekable();
    while let Some(&c) = chars.peek() {
        let in_latin = latin(c);
        let mut run = String::new();
        while let Some(&c) = chars.peek().filter(|&&c| latin(c) == in_latin) {
            run.push(c);
            chars.next();
        }
        match in_latin {
            true => {
                let _ = write!(
                    runs,
                    "<tspan font-family=\"Noto Sans\">{}</tspan>",
                    escape(&run)
                );
            }
            false => runs.push_str(&escape(&run)),
        }
    }
    runs.push('\u{202C}');
    runs
}

/// `words` cut into at most `lines` lines that fit `width` at `size` (an average glyph is
/// about half the font size wide in Noto Sans and Noto Naskh Arabic); the last line ends with
/// an ellipsis when words are left over.
pub fn wrap(words: &str, width: f64, size: f64, lines: usize) -> Vec<String> {
    let fits = (width / (size * 0.52)).floor().max(1.0) as usize;
    let mut wrapped: Vec<String> = Vec::new();
    let mut current = String::new();
    for word in words.split_whitespace() {
        let longer = current.chars().count() + 1 + word.chars().count();
        if !current.is_empty() && longer > fits {
            wrapped.push(std::mem::take(&mut current));
        }
        if !current.is_empty() {
            current.push(' ');
        }
        current.push_str(word);
    }
    if !current.is_empty() {
        wrapped.push(current);
    }
    if wrapped.len() > lines {
        wrapped.truncate(lines);
        if let Some(last) = wrapped.last_mut() {
            let kept: String = last.chars().take(fits.saturating_sub(1)).collect();
            *last = format!("{}…", kept.trim_end_matches([' ', ',', ';', ':', '.']));
        }
    }
    wrapped
}

/// The motif along the bottom of the picture, coloured as the stylesheet colours it.
fn motif_band(motif: Motif) -> String {
    let paths: String = motif_paths(motif)
        .iter()
        .map(|path| {
            let paint = match path.layer {
                Layer::Ink => {
                    format!("fill=\"none\" stroke=\"{PRIMARY}\" stroke-width=\"1.2\" stroke-linejoin=\"round\"")
                }
                Layer::Accent => format!("fill=\"{ACCENT}\""),
                Layer::Ground => format!("fill=\"{LINE}\" opacity=\"0.6\""),
            };
            format!("<path d=\"{}\" {paint}/>", path.d)
        })
        .collect();
    let top = f64::from(HEIGHT) - FOOTER;
    format!(
        "<defs><pattern id=\"motif\" patternUnits=\"userSpaceOnUse\" width=\"{MOTIF_WIDTH}\" \
         height=\"{MOTIF_HEIGHT}\" patternTransform=\"translate(0 {top}) scale(1.2)\">{paths}\
         </pattern></defs><rect y=\"{top}\" width=\"100%\" height=\"{FOOTER}\" fill=\"{SAND}\"/>\
         <rect y=\"{top}\" width=\"100%\" height=\"{FOOTER}\" fill=\"url(#motif)\"/>"
    )
}

/// The world map in the picture's free half, Morocco in the atlas's blue and `market` in its
/// accent colour.
fn world_map(world: &WorldGeometry, market: &str, rtl: bool) -> String {
    let width = 520.0;
    let scale = width / world.width.max(1.0);
    let left = match rtl {
        true => MARGIN,
        false => f64::from(WIDTH) - MARGIN - width,
    };
    let room = f64::from(HEIGHT) - FOOTER - BAND;
    let top = BAND + (room - world.height * scale) / 2.0;
    let shapes: String = world
        .countries
        .iter()
        .map(|country| {
            let fill = match country.code.as_str() {
                code if code == market => ACCENT,
                "MA" => PRIMARY,
                _ => LINE,
            };
            format!("<path d=\"{}\" fill=\"{fill}\"/>", country.path)
        })
        .collect();
    format!("<g transform=\"translate({left} {top}) scale({scale})\">{shapes}</g>")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wrapping_keeps_every_word_when_it_fits_and_says_when_it_cuts() {
        assert_eq!(
            wrap("Tapis et tissages", 1000.0, 20.0, 2),
            ["Tapis et tissages"]
        );
        let cut = wrap("un deux trois quatre cinq six sept", 80.0, 20.0, 2);
        assert_eq!(cut.len(), 2);
        assert!(cut[1].ends_with('…'), "{cut:?}");
        assert_eq!(cut[0], "un deux");
    }

    fn preview(market: Option<&str>) -> Preview {
        Preview {
            title: "États-Unis".into(),
            lead: "Les exportations & leurs sources".into(),
            figure: None,
            source: None,
            motif: Motif::Star,
            market: market.map(str::to_owned),
        }
    }

    fn world() -> WorldGeometry {
        WorldGeometry::from_json(
            r#"{"width":4000,"height":2000,"countries":[["US","M0 0h10v10z",0,0,1],["MA","M20 0h10v10z",0,0,1]]}"#,
        )
        .unwrap()
    }

    #[test]
    fn a_market_preview_marks_the_market_and_morocco_on_the_map() {
        let svg = preview_svg(&preview(Some("US")), Locale::Fr, &world());
        assert!(svg.contains(&format!("<path d=\"M0 0h10v10z\" fill=\"{ACCENT}\"/>")));
        assert!(svg.contains(&format!("<path d=\"M20 0h10v10z\" fill=\"{PRIMARY}\"/>")));
        assert!(svg.contains("Les exportations &amp; leurs sources"));
        assert!(!preview_svg(&preview(None), Locale::Fr, &world()).contains("M0 0h10v10z"));
    }

    #[test]
    fn arabic_is_written_from_the_right_in_an_arabic_font() {
        let svg = preview_svg(&preview(None), Locale::Ar, &world());
        assert!(svg.contains("direction=\"rtl\""));
        assert!(svg.contains("Noto Naskh Arabic"));
        assert!(!preview_svg(&preview(None), Locale::En, &world()).contains("direction=\"rtl\""));
    }
}
