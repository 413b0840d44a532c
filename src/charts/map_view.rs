//! The part of the world a map shows: a zoom factor and an offset, in map units, kept so that
//! the map always covers its frame. Pure arithmetic for the SVG map's buttons, wheel, drag and
//! pinch, tested natively.

/// The largest zoom: enough for Luxembourg or Bahrain under a finger.
pub const MAX_ZOOM: f64 = 8.0;
/// How much one press of a zoom button or one wheel step zooms.
pub const ZOOM_STEP: f64 = 1.5;

/// A view of a `width` × `height` map: `point' = point × zoom + offset`.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct MapView {
    /// Map size, in map units.
    pub size: [f64; 2],
    /// 1 shows the whole map.
    pub zoom: f64,
    /// Where the map's top-left corner falls, in map units (never positive).
    pub offset: [f64; 2],
}

impl MapView {
    /// The whole map.
    pub fn whole(width: f64, height: f64) -> MapView {
        MapView {
            size: [width, height],
            zoom: 1.0,
            offset: [0.0, 0.0],
        }
    }

    /// True when zoomed in (a drag then pans rather than scrolls the page).
    pub fn is_zoomed(&self) -> bool {
        self.zoom > 1.0
    }

    /// Zoomed by `factor` around `anchor` (a point of the frame, in map units), which stays
    /// where it is.
    pub fn zoom_at(self, factor: f64, anchor: [f64; 2]) -> MapView {
        let zoom = (self.zoom * factor).clamp(1.0, MAX_ZOOM);
        let ratio = zoom / self.zoom;
        let offset = [0, 1].map(|i| anchor[i] - (anchor[i] - self.offset[i]) * ratio);
        MapView {
            zoom,
            offset,
            ..self
        }
        .clamped()
    }

    /// Zoomed by `factor` around the middle of the frame (the buttons).
    pub fn zoom_centre(self, factor: f64) -> MapView {
        self.zoom_at(factor, [self.size[0] / 2.0, self.size[1] / 2.0])
    }

    /// Moved by `delta` map units.
    pub fn pan_by(self, delta: [f64; 2]) -> MapView {
        let offset = [0, 1].map(|i| self.offset[i] + delta[i]);
        MapView { offset, ..self }.clamped()
    }

    /// The frame point (map units) where a map point is drawn.
    pub fn to_frame(&self, point: [f64; 2]) -> [f64; 2] {
        [0, 1].map(|i| point[i] * self.zoom + self.offset[i])
    }

    /// The map point drawn at a frame point (map units).
    pub fn to_map(&self, point: [f64; 2]) -> [f64; 2] {
        [0, 1].map(|i| (point[i] - self.offset[i]) / self.zoom)
    }

    /// The SVG transform that draws this view.
    pub fn transform(&self) -> String {
        format!(
            "translate({:.1} {:.1}) scale({:.4})",
            self.offset[0], self.offset[1], self.zoom
        )
    }

    /// The offset kept so that the map covers the frame: no empty band at any edge.
    fn clamped(self) -> MapView {
        let offset = [0, 1].map(|i| {
            let lowest = self.size[i] - self.size[i] * self.zoom;
            self.offset[i].clamp(lowest, 0.0)
        });
        MapView { offset, ..self }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn zooming_keeps_the_anchor_in_place_within_bounds() {
        let whole = MapView::whole(4000.0, 1757.0);
        let anchor = [2042.0, 266.0];
        let zoomed = whole.zoom_at(2.0, anchor);
        assert_eq!(zoomed.zoom, 2.0);
        let back = zoomed.to_frame(zoomed.to_map(anchor));
        assert!((back[0] - anchor[0]).abs() < 1e-9 && (back[1] - anchor[1]).abs() < 1e-9);
        assert_eq!(zoomed.to_frame(anchor), anchor, "the anchor has not moved");
        assert_eq!(whole.zoom_at(100.0, anchor).zoom, MAX_ZOOM);
        assert_eq!(
            zoomed.zoom_at(0.01, anchor),
            whole,
            "zooming out stops at the whole map"
        );
        assert!(zoomed.is_zoomed() && !whole.is_zoomed());
    }

    #[test]
    fn panning_never_uncovers_the_frame() {
        let zoomed = MapView::whole(4000.0, 1757.0).zoom_centre(2.0);
        assert_eq!(zoomed.offset, [-2000.0, -878.5]);
        assert_eq!(zoomed.pan_by([5000.0, 0.0]).offset, [0.0, -878.5]);
        assert_eq!(zoomed.pan_by([-5000.0, -5000.0]).offset, [-4000.0, -1757.0]);
        assert_eq!(
            MapView::whole(10.0, 10.0).pan_by([3.0, 3.0]).offset,
            [0.0, 0.0]
        );
        assert_eq!(
            zoomed.transform(),
            "translate(-2000.0 -878.5) scale(2.0000)"
        );
    }
}
