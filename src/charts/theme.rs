//! Colours shared by every chart, chosen for contrast on the light page background; on a dark
//! page the bridge (`src/echarts/entry.js`, `ON_DARK`) draws each in a lighter tone.

/// Series colours; each passes 3:1 contrast against white for graphical objects.
pub struct Palette;

impl Palette {
    /// Reported headline values (deep zellige blue).
    pub const HEADLINE: &'static str = "#1d4e89";
    /// Levels computed from a printed growth rate (light blue, dashed outline).
    pub const DERIVED: &'static str = "#9dbbe0";
    /// Other published values (terracotta).
    pub const OTHER: &'static str = "#b3471d";
    /// Axis labels and lines; on a dark page the bridge (`entry.js`) swaps it for the page's
    /// text colour.
    pub const INK: &'static str = "#3b3b3b";
    /// One colour per line when a chart compares several subjects (cities), each dark enough
    /// for 3:1 contrast on white; paired with distinct symbols so colour is not the only cue.
    pub const CATEGORIES: [&'static str; 8] = [
        "#1d4e89", "#b3471d", "#2e7d32", "#6a1b9a", "#8d6e00", "#00838f", "#ad1457", "#5d4037",
    ];
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The relative luminance of `#rrggbb` (WCAG 2).
    fn luminance(colour: &str) -> f64 {
        let channel = |at: usize| {
            let value = f64::from(u8::from_str_radix(&colour[at..at + 2], 16).unwrap()) / 255.0;
            match value <= 0.039_28 {
                true => value / 12.92,
                false => ((value + 0.055) / 1.055).powf(2.4),
            }
        };
        0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5)
    }

    fn contrast(a: &str, b: &str) -> f64 {
        let (a, b) = (luminance(a), luminance(b));
        (a.max(b) + 0.05) / (a.min(b) + 0.05)
    }

    /// Every series colour has its dark-page tone in the bridge, and both reach 3:1 against
    /// their page (graphical objects, WCAG 1.4.11).
    #[test]
    fn every_series_colour_reads_on_a_light_and_a_dark_page() {
        let bridge = include_str!("../echarts/entry.js");
        assert!(bridge.contains(&format!("const INK = '{}';", Palette::INK)));
        for colour in [Palette::HEADLINE, Palette::OTHER]
            .iter()
            .chain(&Palette::CATEGORIES)
        {
            assert!(contrast(colour, "#ffffff") >= 3.0, "{colour} on white");
            let line = bridge
                .lines()
                .find(|line| line.trim_start().starts_with(&format!("'{colour}':")))
                .unwrap_or_else(|| panic!("{colour} has no tone for a dark page"));
            let dark = line.split('\'').nth(3).unwrap();
            assert!(
                contrast(dark, "#1f232a") >= 3.0,
                "{dark} on the dark surface"
            );
        }
    }
}
