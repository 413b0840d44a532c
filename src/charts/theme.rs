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
    /// Axis labels and lines.
    pub const INK: &'static str = "#3b3b3b";
}
