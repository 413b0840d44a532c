//! Colours shared by every chart, chosen for contrast on the light page background.

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
