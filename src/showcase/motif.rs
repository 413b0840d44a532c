//! Each family's motif as SVG paths drawn from geometry — zellige stars, carpet lozenges, woven
//! strips… — on a tile of [`WIDTH`] × [`HEIGHT`] that repeats seamlessly (every grid step
//! divides the tile, and staggered grids have an even number of rows), so the page can fill a
//! banner of any size with it as an SVG pattern. The page colours the layers from the theme.

use crate::data::Motif;
use std::f64::consts::PI;
use std::fmt::Write;

/// The banner's size in SVG units.
pub const WIDTH: f64 = 120.0;
/// The banner's height in SVG units.
pub const HEIGHT: f64 = 60.0;

/// How a path is painted: the main lines, the accent shapes, or filled ground.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Layer {
    /// The main lines.
    Ink,
    /// The accent shapes.
    Accent,
    /// The filled ground.
    Ground,
}

impl Layer {
    /// The CSS class the stylesheet colours.
    pub fn class(self) -> &'static str {
        match self {
            Layer::Ink => "motif-ink",
            Layer::Accent => "motif-accent",
            Layer::Ground => "motif-ground",
        }
    }
}

/// One path of a motif.
#[derive(Clone, Debug, PartialEq)]
pub struct MotifPath {
    /// How it is painted.
    pub layer: Layer,
    /// SVG path data: each shape's first point absolute, the next ones relative, with one
    /// decimal at most.
    pub d: String,
}

/// The paths of a motif, ground first.
pub fn motif_paths(motif: Motif) -> Vec<MotifPath> {
    let mut paths = Paths::default();
    match motif {
        Motif::Star => stars(&mut paths),
        Motif::Lozenge => lozenges(&mut paths),
        Motif::Braid => braid(&mut paths),
        Motif::Weave => weave(&mut paths),
        Motif::Chevron => chevrons(&mut paths),
        Motif::Scroll => scrolls(&mut paths),
        Motif::Rosette => rosettes(&mut paths),
        Motif::Stitch => stitches(&mut paths),
        Motif::Fibula => fibulas(&mut paths),
        Motif::Mosaic => mosaic(&mut paths),
        Motif::Plain => dots(&mut paths),
    }
    paths.finish()
}

/// Path data per layer, built shape by shape.
#[derive(Default)]
struct Paths {
    ink: String,
    accent: String,
    ground: String,
}

impl Paths {
    fn layer(&mut self, layer: Layer) -> &mut String {
        match layer {
            Layer::Ink => &mut self.ink,
            Layer::Accent => &mut self.accent,
            Layer::Ground => &mut self.ground,
        }
    }

    /// A closed polygon through `points`.
    fn polygon(&mut self, layer: Layer, points: &[(f64, f64)]) {
        let data = self.layer(layer);
        write_points(data, points);
        data.push('Z');
    }

    /// An open line through `points`.
    fn line(&mut self, layer: Layer, points: &[(f64, f64)]) {
        write_points(self.layer(layer), points);
    }

    /// A circle as two arcs.
    fn circle(&mut self, layer: Layer, (x, y): (f64, f64), r: f64) {
        let data = self.layer(layer);
        let r = tenths(r);
        data.push('M');
        write_pair(data, (tenths(x) - r, tenths(y)));
        for across in [2 * r, -2 * r] {
            data.push('a');
            write_pair(data, (r, r));
            data.push_str(" 0 1 0 ");
            write_pair(data, (across, 0));
        }
    }

    fn finish(self) -> Vec<MotifPath> {
        [
            (Layer::Ground, self.ground),
            (Layer::Ink, self.ink),
            (Layer::Accent, self.accent),
        ]
        .into_iter()
        .filter(|(_, d)| !d.is_empty())
        .map(|(layer, d)| MotifPath { layer, d })
        .collect()
    }
}

/// A coordinate in tenths of a unit: path data keeps one decimal.
fn tenths(value: f64) -> i64 {
    (value * 10.0).round() as i64
}

/// Writes `points` as path data: the first point absolute (`M`), each next one relative to the
/// one before (`l`), from coordinates rounded once to tenths, so the steps add up exactly to the
/// rounded corners. A shape repeated across the tile then writes the same text after its first
/// point, which compression folds: the thirteen motifs of the home page's shell are about half
/// the bytes gzip they were with absolute corners.
fn write_points(data: &mut String, points: &[(f64, f64)]) {
    let mut previous: Option<(i64, i64)> = None;
    for &(x, y) in points {
        let at = (tenths(x), tenths(y));
        match previous {
            None => {
                data.push('M');
                write_pair(data, at);
            }
            Some(before) => {
                data.push('l');
                write_pair(data, (at.0 - before.0, at.1 - before.1));
            }
        }
        previous = Some(at);
    }
}

/// Writes two numbers given in tenths, separated by a space.
fn write_pair(data: &mut String, (x, y): (i64, i64)) {
    write_tenths(data, x);
    data.push(' ');
    write_tenths(data, y);
}

/// Writes a number given in tenths, without a needless ".0".
fn write_tenths(data: &mut String, tenths: i64) {
    let sign = if tenths < 0 { "-" } else { "" };
    let (whole, fraction) = (tenths.unsigned_abs() / 10, tenths.unsigned_abs() % 10);
    let _ = match fraction {
        0 => write!(data, "{sign}{whole}"),
        _ => write!(data, "{sign}{whole}.{fraction}"),
    };
}

/// Centres of a grid of cells `step` wide, every other row shifted by half a cell when
/// `staggered`, covering the tile (its far edges included, so shapes cut by one edge are
/// completed by the next tile).
fn grid(step: f64, staggered: bool) -> Vec<(f64, f64)> {
    let mut centres = Vec::new();
    if !tiles(step, staggered) {
        return centres;
    }
    let rows = (HEIGHT / step).ceil() as usize + 1;
    let columns = (WIDTH / step).ceil() as usize + 1;
    for row in 0..rows {
        let shift = if staggered && row % 2 == 1 {
            step / 2.0
        } else {
            0.0
        };
        for column in 0..columns {
            centres.push((column as f64 * step + shift, row as f64 * step));
        }
    }
    centres
}

/// True when a grid repeats seamlessly from tile to tile: its step divides the tile, and a
/// staggered grid has an even number of rows (else the next tile starts with a shifted row).
fn tiles(step: f64, staggered: bool) -> bool {
    let (columns, rows) = (WIDTH / step, HEIGHT / step);
    columns.fract() == 0.0 && rows.fract() == 0.0 && (!staggered || rows % 2.0 == 0.0)
}

/// The index of the grid cell a coordinate falls in.
fn cell(coordinate: f64, step: f64) -> usize {
    (coordinate / step).round() as usize
}

/// Points on a star or polygon around `centre`, alternating `outer` and `inner` radii.
fn star((x, y): (f64, f64), points: usize, outer: f64, inner: f64, turn: f64) -> Vec<(f64, f64)> {
    (0..points * 2)
        .map(|index| {
            let radius = if index % 2 == 0 { outer } else { inner };
            let angle = turn + index as f64 * PI / points as f64;
            (x + radius * angle.cos(), y + radius * angle.sin())
        })
        .collect()
}

/// Zellige: eight-pointed stars (two squares at 45°) with a small square in each.
fn stars(paths: &mut Paths) {
    for centre in grid(30.0, false) {
        paths.polygon(Layer::Ink, &star(centre, 8, 13.0, 9.6, PI / 8.0));
        paths.polygon(
            Layer::Accent,
            &star(centre, 4, 4.5, 4.5 * std::f64::consts::FRAC_1_SQRT_2, 0.0),
        );
    }
    for centre in grid(30.0, false) {
        let between = (centre.0 + 15.0, centre.1 + 15.0);
        paths.polygon(Layer::Ground, &star(between, 2, 3.5, 3.5, PI / 4.0));
    }
}

/// Carpets: nested lozenges with a small one at the centre.
fn lozenges(paths: &mut Paths) {
    for (x, y) in grid(15.0, true) {
        let lozenge = |w: f64, h: f64| [(x, y - h), (x + w, y), (x, y + h), (x - w, y)];
        paths.polygon(Layer::Ground, &lozenge(7.5, 7.5));
        paths.polygon(Layer::Ink, &lozenge(5.5, 5.5));
        paths.polygon(Layer::Accent, &lozenge(2.5, 2.5));
    }
}

/// Traditional clothing: a braid of crossing waves with a row of buttons.
fn braid(paths: &mut Paths) {
    for row in [15.0, 45.0] {
        for phase in [0.0, PI] {
            let wave: Vec<(f64, f64)> = (0..=60)
                .map(|step| {
                    let x = step as f64 * 2.0;
                    (x, row + 6.0 * (x * PI / 10.0 + phase).sin())
                })
                .collect();
            paths.line(Layer::Ink, &wave);
        }
        for column in 0..12 {
            paths.circle(Layer::Accent, (5.0 + column as f64 * 10.0, row), 1.6);
        }
    }
    paths.polygon(
        Layer::Ground,
        &[(0.0, 27.0), (WIDTH, 27.0), (WIDTH, 33.0), (0.0, 33.0)],
    );
}

/// Basketry: strips going over and under, alternating direction cell by cell.
fn weave(paths: &mut Paths) {
    let step = 15.0;
    for (x, y) in grid(step, false) {
        let across = (cell(x, step) + cell(y, step)).is_multiple_of(2);
        let (w, h) = if across {
            (step, step * 0.6)
        } else {
            (step * 0.6, step)
        };
        let corners = [
            (x - w / 2.0, y - h / 2.0),
            (x + w / 2.0, y - h / 2.0),
            (x + w / 2.0, y + h / 2.0),
            (x - w / 2.0, y + h / 2.0),
        ];
        let layer = if across { Layer::Ink } else { Layer::Ground };
        paths.polygon(layer, &corners);
    }
}

/// Wood: marquetry chevrons in bands.
fn chevrons(paths: &mut Paths) {
    for band in 0..7 {
        let y = band as f64 * 10.0;
        let zigzag: Vec<(f64, f64)> = (0..=12)
            .map(|step| {
                (
                    step as f64 * 10.0,
                    y + if step % 2 == 0 { 0.0 } else { 6.0 },
                )
            })
            .collect();
        let layer = if band % 3 == 1 {
            Layer::Accent
        } else {
            Layer::Ink
        };
        paths.line(layer, &zigzag);
    }
}

/// Wrought iron: pairs of C-scrolls back to back, on a bar.
fn scrolls(paths: &mut Paths) {
    for (x, y) in grid(30.0, true) {
        for side in [-1.0, 1.0] {
            let spiral: Vec<(f64, f64)> = (0..=12)
                .map(|step| {
                    let t = step as f64 / 12.0;
                    let angle = t * 1.6 * PI;
                    let radius = 7.0 * (1.0 - 0.6 * t);
                    (
                        x + side * (3.0 + radius * angle.cos()),
                        y - radius * angle.sin(),
                    )
                })
                .collect();
            paths.line(Layer::Ink, &spiral);
        }
        paths.circle(Layer::Accent, (x, y), 1.4);
    }
}

/// Copperware: hammered rosettes, petals on a ring.
fn rosettes(paths: &mut Paths) {
    for centre in grid(30.0, true) {
        paths.circle(Layer::Ground, centre, 12.0);
        paths.circle(Layer::Ink, centre, 9.0);
        for petal in 0..8 {
            let angle = petal as f64 * PI / 4.0;
            let at = (centre.0 + 6.0 * angle.cos(), centre.1 + 6.0 * angle.sin());
            paths.circle(Layer::Accent, at, 2.2);
        }
    }
}

/// Leather: saddle stitches along bands, with tooled triangles between.
fn stitches(paths: &mut Paths) {
    for band in 0..4 {
        let y = 7.5 + band as f64 * 15.0;
        for stitch in 0..20 {
            let x = stitch as f64 * 6.0 + 1.0;
            paths.line(Layer::Ink, &[(x, y), (x + 3.5, y)]);
        }
        if band < 3 {
            for column in 0..8 {
                let x = column as f64 * 15.0 + 7.5;
                let top = y + 4.0;
                paths.polygon(
                    Layer::Accent,
                    &[(x - 3.5, top), (x + 3.5, top), (x, top + 7.0)],
                );
            }
        }
    }
}

/// Jewellery: the triangle of the tazerzit fibula hanging from a ring.
fn fibulas(paths: &mut Paths) {
    for (x, y) in grid(30.0, true) {
        paths.circle(Layer::Ink, (x, y - 6.0), 3.5);
        paths.polygon(Layer::Ink, &[(x - 7.0, y), (x + 7.0, y), (x, y + 10.0)]);
        paths.polygon(
            Layer::Accent,
            &[(x - 2.5, y + 2.0), (x + 2.5, y + 2.0), (x, y + 6.0)],
        );
    }
}

/// Miscellaneous: a mosaic of squares of the three layers.
fn mosaic(paths: &mut Paths) {
    let layers = [Layer::Ink, Layer::Ground, Layer::Accent, Layer::Ground];
    for (x, y) in grid(10.0, false) {
        let layer = layers[(cell(x, 10.0) + 2 * cell(y, 10.0) + cell(x, 30.0)) % layers.len()];
        paths.polygon(
            layer,
            &[(x, y), (x + 8.0, y), (x + 8.0, y + 8.0), (x, y + 8.0)],
        );
    }
}

/// A grid of dots, for a motif this build does not know.
fn dots(paths: &mut Paths) {
    for centre in grid(10.0, true) {
        paths.circle(Layer::Ink, centre, 1.2);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const ALL: [Motif; 11] = [
        Motif::Star,
        Motif::Lozenge,
        Motif::Braid,
        Motif::Weave,
        Motif::Chevron,
        Motif::Scroll,
        Motif::Rosette,
        Motif::Stitch,
        Motif::Fibula,
        Motif::Mosaic,
        Motif::Plain,
    ];

    /// The numbers of a path's data.
    fn numbers(d: &str) -> Vec<f64> {
        d.split(|c: char| !(c.is_ascii_digit() || c == '.' || c == '-'))
            .filter(|part| !part.is_empty())
            .filter_map(|part| part.parse().ok())
            .collect()
    }

    #[test]
    fn every_motif_draws_ink_and_stays_small_and_finite() {
        for motif in ALL {
            let paths = motif_paths(motif);
            assert!(paths.iter().any(|p| p.layer == Layer::Ink), "{motif:?}");
            let size: usize = paths.iter().map(|p| p.d.len()).sum();
            assert!(size < 12_000, "{motif:?}: {size} bytes");
            for path in &paths {
                assert!(path.d.starts_with('M'), "{motif:?}");
                assert!(
                    numbers(&path.d)
                        .iter()
                        .all(|n| n.is_finite() && n.abs() < 200.0)
                );
            }
        }
    }

    #[test]
    fn a_zellige_star_has_sixteen_corners_at_two_radii() {
        let star = star((0.0, 0.0), 8, 13.0, 9.6, PI / 8.0);
        assert_eq!(star.len(), 16);
        let radii: Vec<f64> = star.iter().map(|(x, y)| x.hypot(*y)).collect();
        assert!(radii.iter().step_by(2).all(|r| (r - 13.0).abs() < 1e-9));
        assert!(
            radii
                .iter()
                .skip(1)
                .step_by(2)
                .all(|r| (r - 9.6).abs() < 1e-9)
        );
    }

    #[test]
    fn only_grids_that_tile_without_a_seam_are_drawn() {
        assert!(tiles(30.0, false) && tiles(15.0, true) && tiles(10.0, true));
        // 24 does not divide 120 × 60; 20 gives 3 rows, an odd number for a staggered grid.
        assert!(!tiles(24.0, false) && !tiles(20.0, true) && tiles(20.0, false));
        assert!(grid(20.0, true).is_empty());
        let points = grid(15.0, true);
        assert!(points.contains(&(0.0, 0.0)) && points.contains(&(120.0, 60.0)));
    }

    #[test]
    fn relative_steps_add_up_to_every_corner_to_a_tenth() {
        let corners = star((47.5, -12.25), 8, 13.0, 9.6, PI / 8.0);
        let mut data = String::new();
        write_points(&mut data, &corners);
        assert!(data.starts_with('M'));
        assert_eq!(data.matches('l').count(), corners.len() - 1);
        let mut at = (0.0, 0.0);
        let walked: Vec<(f64, f64)> = data[1..]
            .split('l')
            .map(|step| {
                let step = numbers(step);
                at = (at.0 + step[0], at.1 + step[1]);
                at
            })
            .collect();
        for ((x, y), (wx, wy)) in corners.iter().zip(&walked) {
            assert!((x - wx).abs() <= 0.05 + 1e-9 && (y - wy).abs() <= 0.05 + 1e-9);
        }
        let mut numbers_written = String::new();
        write_pair(&mut numbers_written, (-5, 120));
        assert_eq!(numbers_written, "-0.5 12");
    }

    #[test]
    fn motifs_differ_from_one_another() {
        let drawn: Vec<Vec<MotifPath>> = ALL.iter().map(|&m| motif_paths(m)).collect();
        for (index, paths) in drawn.iter().enumerate() {
            assert!(!drawn[..index].contains(paths));
        }
    }
}
