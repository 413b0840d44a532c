//! `<WorldMapView>`: the world drawn as SVG from the shapes projected at build time. Every
//! shape is created once; a new period, measure or language only changes fills, labels and
//! the tooltip. Pointer, touch and keyboard all reach every country:
//! - a mouse hovers for the tooltip and clicks to open the market's page;
//! - a tap shows the tooltip with a link to the page; a tap near a country too small for a
//!   finger picks it ([`WorldGeometry::small_country_near`]);
//! - Tab goes through the countries with a figure, west to east, each named with its figure;
//!   Enter opens the page, Escape closes the tooltip;
//! - buttons, pinch and the wheel zoom; a drag pans once zoomed (on a phone one finger still
//!   scrolls the page until then, and the wheel scrolls it once the map is whole).

use crate::charts::{Flow, MapPaint, MapView, NO_FIGURE_PATTERN, ZOOM_STEP};
use crate::data::WorldGeometry;
use crate::i18n::Msg;
use crate::tasks::after_next_paint;
use crate::ui::context::{use_base, use_locale};
use crate::url_state::market_path;
use leptos::ev::{KeyboardEvent, MouseEvent, PointerEvent, WheelEvent};
use leptos::prelude::*;
use std::collections::HashMap;
use std::sync::Arc;
use wasm_bindgen::JsCast;

/// How far a finger reaches, in screen pixels: a tap this close to a small country picks it.
const FINGER: f64 = 22.0;
/// How far a pointer may move, in pixels, and still be a click rather than a drag.
const CLICK_SLOP: f64 = 6.0;

/// The tooltip: which country, where (pixels in the map's box), and whether a tap pinned it
/// (it then holds a link to the market's page and stays until closed).
#[derive(Clone, Debug, PartialEq)]
struct Tip {
    code: String,
    at: [f64; 2],
    pinned: bool,
}

/// Pointers down on the map, for drags and pinches.
#[derive(Default)]
struct Gesture {
    pointers: HashMap<i32, [f64; 2]>,
    travelled: f64,
}

/// The map. `paint` says how each country looks and reads; `on_open` opens a market's page.
#[component]
pub fn WorldMapView(
    geometry: Arc<WorldGeometry>,
    #[prop(into)] paint: Signal<Arc<MapPaint>>,
    /// The tooltip's lines for a country's code, its name first.
    tooltip: Callback<String, Vec<String>>,
    #[prop(into)] flows: Signal<Vec<Flow>>,
    /// The map's accessible name.
    #[prop(into)]
    label: Signal<String>,
    on_open: Callback<String>,
) -> impl IntoView {
    let locale = use_locale();
    let base = use_base();
    let (width, height) = (geometry.width, geometry.height);
    let view = RwSignal::new(MapView::whole(width, height));
    let tip = RwSignal::new(None::<Tip>);
    let gesture = StoredValue::new_local(Gesture::default());
    let svg_ref = NodeRef::<leptos::svg::Svg>::new();
    // Screen pixels per map unit at zoom 1, and the map's box.
    let frame = move || {
        svg_ref.get_untracked().map(|svg| {
            let rect = svg.get_bounding_client_rect();
            (rect.width() / width, rect)
        })
    };
    // A point of the screen as a point of the frame, in map units.
    let frame_point = move |client: [f64; 2]| {
        frame().map(|(scale, rect)| {
            [
                (client[0] - rect.left()) / scale,
                (client[1] - rect.top()) / scale,
            ]
        })
    };
    // Where a map point is on screen, in pixels from the map's corner.
    let pixels_of = move |point: [f64; 2]| {
        frame().map(|(scale, _)| view.get_untracked().to_frame(point).map(|v| v * scale))
    };
    // Events can still arrive as the map goes away (a click that opens a market's page): the
    // handlers then do nothing rather than read disposed state.
    let gone = move || tip.is_disposed();
    let show_at_centre = {
        let geometry = Arc::clone(&geometry);
        move |code: &str, pinned: bool| {
            if gone() {
                return;
            }
            let at = geometry
                .country(code)
                .and_then(|shape| pixels_of(shape.centre));
            if let Some(at) = at {
                tip.set(Some(Tip {
                    code: code.to_owned(),
                    at,
                    pinned,
                }));
            }
        }
    };
    let code_of = |event: &web_sys::Event| {
        event
            .target()
            .and_then(|target| target.dyn_into::<web_sys::Element>().ok())
            .and_then(|element| element.get_attribute("data-code"))
    };
    let on_pointer_down = move |event: PointerEvent| {
        if gone() {
            return;
        }
        let at = [f64::from(event.client_x()), f64::from(event.client_y())];
        gesture.update_value(|g| {
            if g.pointers.is_empty() {
                g.travelled = 0.0;
            }
            g.pointers.insert(event.pointer_id(), at);
        });
        if view.get_untracked().is_zoomed()
            && let Some(svg) = svg_ref.get_untracked()
        {
            let _ = svg.set_pointer_capture(event.pointer_id());
        }
    };
    let on_pointer_move = move |event: PointerEvent| {
        if gone() {
            return;
        }
        let id = event.pointer_id();
        let at = [f64::from(event.client_x()), f64::from(event.client_y())];
        let Some(before) = gesture.with_value(|g| g.pointers.get(&id).copied()) else {
            // Hovering with a mouse or a pen.
            if event.pointer_type() != "touch" && !tip.get_untracked().is_some_and(|t| t.pinned) {
                let hovered = code_of(&event).zip(frame()).map(|(code, (_, rect))| Tip {
                    code,
                    at: [at[0] - rect.left(), at[1] - rect.top()],
                    pinned: false,
                });
                tip.set(hovered);
            }
            return;
        };
        let others: Vec<[f64; 2]> = gesture.with_value(|g| {
            g.pointers
                .iter()
                .filter(|(other, _)| **other != id)
                .map(|(_, p)| *p)
                .collect()
        });
        let moved = (at[0] - before[0]).hypot(at[1] - before[1]);
        gesture.update_value(|g| {
            g.pointers.insert(id, at);
            g.travelled += moved;
        });
        let Some((scale, _)) = frame() else { return };
        match others.first() {
            Some(other) => {
                // Pinch: the distance between two fingers scales the map around their middle.
                let (old, new) = (before[0] - other[0], at[0] - other[0]);
                let old = old.hypot(before[1] - other[1]);
                let new = new.hypot(at[1] - other[1]);
                let middle = [(at[0] + other[0]) / 2.0, (at[1] + other[1]) / 2.0];
                if old > 0.0
                    && let Some(anchor) = frame_point(middle)
                {
                    event.prevent_default();
                    view.update(|v| *v = v.zoom_at(new / old, anchor));
                }
            }
            None if view.get_untracked().is_zoomed() => {
                view.update(|v| {
                    *v = v.pan_by([(at[0] - before[0]) / scale, (at[1] - before[1]) / scale])
                });
            }
            None => {}
        }
    };
    let on_pointer_up = move |event: PointerEvent| {
        if gone() {
            return;
        }
        gesture.update_value(|g| {
            g.pointers.remove(&event.pointer_id());
        });
    };
    let on_click = {
        let (geometry, show_at_centre) = (Arc::clone(&geometry), show_at_centre.clone());
        move |event: MouseEvent| {
            if gone() || gesture.with_value(|g| g.travelled) > CLICK_SLOP {
                return;
            }
            let touch = event
                .dyn_ref::<web_sys::PointerEvent>()
                .is_some_and(|pointer| pointer.pointer_type() == "touch");
            // The shape under the pointer, found by position: once zoomed the map captures the
            // pointer (for drags), and the click's target is then the map itself.
            let under = document()
                .element_from_point(event.client_x() as f32, event.client_y() as f32)
                .and_then(|element| element.get_attribute("data-code"));
            if !touch {
                if let Some(code) = under {
                    on_open.run(code);
                }
                return;
            }
            let Some((scale, _)) = frame() else { return };
            let tapped = frame_point([f64::from(event.client_x()), f64::from(event.client_y())])
                .map(|point| view.get_untracked().to_map(point));
            let reach = FINGER / (scale * view.get_untracked().zoom);
            let small = tapped.and_then(|point| {
                geometry
                    .small_country_near(point, reach, |_| true)
                    .map(|shape| shape.code.clone())
            });
            match small.or(under) {
                Some(code) => show_at_centre(&code, true),
                None => tip.set(None),
            }
        }
    };
    // The wheel zooms in and out around the pointer; once the map can zoom no further that
    // way, the page scrolls as usual.
    let on_wheel = move |event: WheelEvent| {
        if gone() {
            return;
        }
        let factor = if event.delta_y() < 0.0 {
            ZOOM_STEP
        } else {
            1.0 / ZOOM_STEP
        };
        let pointer = [f64::from(event.client_x()), f64::from(event.client_y())];
        let Some(anchor) = frame_point(pointer) else {
            return;
        };
        let before = view.get_untracked();
        let after = before.zoom_at(factor, anchor);
        if after != before {
            event.prevent_default();
            view.set(after);
            tip.set(None);
        }
    };
    let zoom_button = move |factor: Option<f64>| {
        move |_| {
            view.update(|v| {
                *v = match factor {
                    Some(factor) => v.zoom_centre(factor),
                    None => MapView::whole(width, height),
                }
            });
            tip.set(None);
        }
    };
    let on_key = move |event: KeyboardEvent| {
        if !gone() && event.key() == "Escape" {
            tip.set(None);
        }
    };
    // Hides a tooltip shown by hover or focus (of `code`, when given). Also runs as the map goes
    // away (a focused country loses focus when a click opens a market's page), hence `try_`.
    let hide_unpinned = move |code: Option<&str>| {
        let shown = tip.try_get_untracked().flatten();
        if shown.is_some_and(|t| !t.pinned && code.is_none_or(|code| t.code == code)) {
            tip.try_set(None);
        }
    };
    // Every shape is built once, with no reactive attribute of its own: one effect below
    // repaints them all (fills, and the name, focus and role of each country with a figure),
    // which at 175 shapes costs a fraction of 175 × 5 attribute effects and their closures.
    // The shapes are built after the frame that shows the rest of the page, and laid out in a
    // frame of their own: building the page and drawing the world are shorter tasks and frames
    // than one long one (the SVG's box, set by its viewBox, does not move).
    let drawn = RwSignal::new(false);
    leptos::task::spawn_local(async move {
        after_next_paint().await;
        drawn.try_set(true);
    });
    let shapes = {
        let geometry = Arc::clone(&geometry);
        move || {
            drawn.get().then(|| {
                geometry
                    .countries
                    .iter()
                    .map(|shape| view! { <path d=shape.path.clone() data-code=shape.code.clone() /> })
                    .collect_view()
            })
        }
    };
    let countries = NodeRef::<leptos::svg::G>::new();
    Effect::new(move |_| {
        let (Some(group), true) = (countries.get(), drawn.get()) else {
            return;
        };
        paint.with(|paint| repaint(&group, paint));
    });
    // Focus, blur and Enter reach the countries through their group.
    let on_focus_in = {
        let show_at_centre = show_at_centre.clone();
        move |event: leptos::ev::FocusEvent| {
            if let Some(code) = code_of(&event) {
                show_at_centre(&code, false);
            }
        }
    };
    let on_focus_out = move |event: leptos::ev::FocusEvent| {
        if let Some(code) = code_of(&event) {
            hide_unpinned(Some(&code));
        }
    };
    let on_country_key = move |event: KeyboardEvent| {
        if event.key() == "Enter"
            && let Some(code) = code_of(&event)
        {
            on_open.run(code);
        }
    };
    let highlight = {
        let geometry = Arc::clone(&geometry);
        // `try_`: a tooltip hidden as the map goes away may redraw this once more.
        move || {
            tip.try_with(|tip| {
                let shape = geometry.country(&tip.as_ref()?.code)?;
                Some(view! { <path class="map-highlight" d=shape.path.clone() fill="none" pointer-events="none" /> })
            })
            .flatten()
        }
    };
    let tooltip = move || {
        let Tip { code, at, pinned } = tip.try_get().flatten()?;
        let lines = tooltip.try_run(code.clone())?;
        let box_width = frame().map_or(0.0, |(scale, _)| scale * width);
        let left = at[0].clamp(
            100.0_f64.min(box_width / 2.0),
            (box_width - 100.0).max(box_width / 2.0),
        );
        let below = at[1] < 140.0;
        let mut lines = lines.into_iter();
        let name = lines.next().unwrap_or_default();
        let link = pinned.then(|| {
            let href = base.page(&market_path(&code), locale.get());
            view! {
                <a href=href>{Msg::TooltipOpenProfile.text(locale.get())}</a>
                <button type="button" class="map-tooltip-close" on:click=move |_| tip.set(None)
                    aria-label=Msg::MapCloseTooltip.text(locale.get())>"×"</button>
            }
        });
        Some(view! {
            <div class="map-tooltip" class:below=below data-testid="map-tooltip" data-code=code
                style:left=format!("{left:.0}px") style:top=format!("{:.0}px", at[1])>
                <strong>{name}</strong>
                {lines.map(|line| view! { <span>{line}</span> }).collect_view()}
                {link}
            </div>
        })
    };
    view! {
        <div class="world-map" class:zoomed=move || view.get().is_zoomed() on:keydown=on_key>
            <svg node_ref=svg_ref xmlns="http://www.w3.org/2000/svg" viewBox=format!("0 0 {width} {height}")
                role="group" aria-label=label data-testid="world-map"
                on:pointerdown=on_pointer_down on:pointermove=on_pointer_move on:pointerup=on_pointer_up
                on:pointercancel=on_pointer_up on:pointerleave=move |_| hide_unpinned(None)
                on:click=on_click on:wheel=on_wheel>
                <NoFigurePattern map_width=width />
                <g transform=move || view.get().transform()>
                    <g class="map-countries" node_ref=countries stroke="#ffffff" stroke-width="1.5" stroke-linejoin="round"
                        on:focusin=on_focus_in on:focusout=on_focus_out on:keydown=on_country_key>{shapes}</g>
                    <g class="map-flows" fill="none" stroke="#b3471d" stroke-opacity="0.8" stroke-linecap="round" pointer-events="none">
                        {move || flows.get().into_iter().map(|flow| view! {
                            <path d=flow.path stroke-width=flow.width vector-effect="non-scaling-stroke" data-flow=flow.code />
                        }).collect_view()}
                    </g>
                    {highlight}
                </g>
            </svg>
            <div class="map-zoom">
                <button type="button" on:click=zoom_button(Some(ZOOM_STEP)) aria-label=move || Msg::MapZoomIn.text(locale.get())
                    title=move || Msg::MapZoomIn.text(locale.get())>"+"</button>
                <button type="button" on:click=zoom_button(Some(1.0 / ZOOM_STEP)) aria-label=move || Msg::MapZoomOut.text(locale.get())
                    title=move || Msg::MapZoomOut.text(locale.get()) disabled=move || !view.get().is_zoomed()>"−"</button>
                <button type="button" on:click=zoom_button(None) aria-label=move || Msg::MapZoomReset.text(locale.get())
                    title=move || Msg::MapZoomReset.text(locale.get()) disabled=move || !view.get().is_zoomed()>"⟲"</button>
            </div>
            {tooltip}
        </div>
    }
}

/// The hatching of countries without a figure ([`NO_FIGURE_PATTERN`]) on a map `map_width`
/// units wide: cells of 7 thousandths of its width, so that both world maps hatch alike.
#[component]
pub fn NoFigurePattern(map_width: f64) -> impl IntoView {
    let cell = map_width * 7.0 / 1000.0;
    view! {
        <defs>
            <pattern id=NO_FIGURE_PATTERN patternUnits="userSpaceOnUse" width=cell height=cell patternTransform="rotate(45)">
                <rect width=cell height=cell fill="#efebe4" />
                <line x1="0" y1="0" x2="0" y2=cell stroke="#c4bcae" stroke-width=cell * 9.0 / 28.0 />
            </pattern>
        </defs>
    }
}

/// Paints every country of `group`: its fill, and for a country with a figure its name for
/// screen readers and a place in the Tab order (a link to its page); the others are hidden
/// from assistive technologies, the table and the market list naming them.
fn repaint(group: &web_sys::SvgElement, paint: &MapPaint) {
    let Ok(paths) = group.query_selector_all("path[data-code]") else {
        return;
    };
    for index in 0..paths.length() {
        let Some(path) = paths
            .item(index)
            .and_then(|node| node.dyn_into::<web_sys::Element>().ok())
        else {
            continue;
        };
        let code = path.get_attribute("data-code").unwrap_or_default();
        let _ = path.set_attribute("fill", paint.fill(&code));
        let attributes: [(&str, Option<&str>); 4] = match paint.label(&code) {
            Some(label) => [
                ("aria-label", Some(label)),
                ("tabindex", Some("0")),
                ("role", Some("link")),
                ("aria-hidden", None),
            ],
            None => [
                ("aria-label", None),
                ("tabindex", None),
                ("role", None),
                ("aria-hidden", Some("true")),
            ],
        };
        for (name, value) in attributes {
            let _ = match value {
                Some(value) => path.set_attribute(name, value),
                None => path.remove_attribute(name),
            };
        }
    }
}
