//! `<ChartCanvas>`: one ECharts instance for the lifetime of one element.

use super::{ChartClick, EChart, EchartsError, load_echarts, prefetch_echarts};
use crate::tasks::{after_next_paint, when_idle, yield_to_browser};
use leptos::html::Div;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen::closure::Closure;

/// Draws `option` and keeps it up to date: ECharts is loaded (if no one has yet) and started
/// once the element is about to scroll into view, so a page's charts are set up one by one
/// as the reader reaches them, not all at once; a chart further down has the script
/// prefetched once the page is idle, so that it is drawn soon after the reader scrolls to it.
/// `setOption` runs on every change, the chart follows its container's size and is disposed
/// when the component goes away. When ECharts cannot start, `on_failure` is called so the
/// caller can show its data table instead.
#[component]
pub fn ChartCanvas(
    /// The chart to draw, as produced by [`super::option_json`].
    #[prop(into)]
    option: Signal<Result<String, EchartsError>>,
    /// Where the app serves `echarts.min.js`.
    #[prop(into)]
    script_url: String,
    /// BCP 47 tag of the number format for what ECharts prints itself (axes, tooltips).
    #[prop(into)]
    number_tag: Signal<&'static str>,
    /// The chart's name for assistive technologies (the data table is the full alternative).
    #[prop(into)]
    label: Signal<String>,
    /// `id` of the element that describes the chart in words.
    #[prop(into)]
    described_by: String,
    /// Called with the clicked item.
    #[prop(into)]
    on_click: Callback<ChartClick>,
    /// Called once when ECharts cannot be loaded or refuses the option.
    #[prop(into)]
    on_failure: Callback<()>,
) -> impl IntoView {
    let node = NodeRef::<Div>::new();
    let chart = StoredValue::new_local(None::<EChart>);
    // Whether ECharts has been loaded for this chart: `None` until the chart nears the screen,
    // since ECharts is not run before (at most prefetched). A signal, not a resource: a
    // resource read here would suspend the page around the chart each time it is asked again.
    let library = RwSignal::new(None::<Result<(), EchartsError>>);
    let requested = StoredValue::new(false);
    let prefetch_url = script_url.clone();
    let request = Callback::new(move |()| {
        if requested.get_value() {
            return;
        }
        requested.set_value(true);
        let url = script_url.clone();
        leptos::task::spawn_local(async move {
            let loaded = load_echarts(&url).await;
            // Each chart is set up in a task of its own, not all of a page's charts in the
            // task where ECharts arrives.
            yield_to_browser().await;
            library.try_set(Some(loaded));
        });
    });
    let observer = StoredValue::new_local(None::<NearScreen>);
    Effect::new(move |_| {
        if let Some(element) = node.get()
            && !requested.get_value()
        {
            let watching = NearScreen::watch(&element, move || request.run(()));
            match watching {
                Some(_) => {
                    let url = prefetch_url.clone();
                    leptos::task::spawn_local(async move {
                        when_idle().await;
                        prefetch_echarts(&url);
                    });
                }
                None => request.run(()),
            }
            observer.set_value(watching);
        }
    });
    // Draws `option` on `element`, starting ECharts there the first time.
    let draw = move |element: web_sys::HtmlDivElement,
                     option: Result<String, EchartsError>,
                     number_tag: &str| {
        let outcome = option.and_then(|option| {
            chart
                .try_update_value(|slot| {
                    let first = slot.is_none();
                    if first {
                        *slot = Some(EChart::init(&element, move |click| on_click.run(click))?);
                    }
                    slot.as_ref()
                        .map_or(Ok(()), |chart| chart.set_option(&option, number_tag, first))
                })
                .unwrap_or(Ok(()))
        });
        if let Err(error) = outcome {
            leptos::logging::warn!("chart unavailable: {error}");
            on_failure.run(());
        }
    };
    Effect::new(move |_| {
        let option = option.get();
        let number_tag = number_tag.get();
        let (Some(element), Some(loaded)) = (node.get(), library.get()) else {
            return;
        };
        let option = loaded.and(option);
        let drawn = chart.try_with_value(Option::is_some).unwrap_or(false);
        match drawn {
            // A chart already on screen is drawn again after the page has painted what
            // changed with it (a menu, a language): the visitor sees the answer first.
            true => leptos::task::spawn_local(async move {
                after_next_paint().await;
                draw(element, option, number_tag);
            }),
            false => draw(element, option, number_tag),
        }
    });
    on_cleanup(move || {
        chart.update_value(|slot| drop(slot.take()));
        observer.update_value(|slot| drop(slot.take()));
    });
    view! { <div class="chart-canvas" node_ref=node role="img" aria-label=move || label.get() aria-describedby=described_by></div> }
}

/// Calls back once when an element comes within half a screen's height of the viewport.
struct NearScreen {
    observer: web_sys::IntersectionObserver,
    _callback: Closure<dyn FnMut(js_sys::Array)>,
}

impl NearScreen {
    /// Starts watching; `None` when the browser has no IntersectionObserver (then nothing
    /// waits: the caller loads at once).
    fn watch(element: &web_sys::Element, near: impl Fn() + 'static) -> Option<NearScreen> {
        let callback = Closure::<dyn FnMut(js_sys::Array)>::new(move |entries: js_sys::Array| {
            let seen = entries.iter().any(|entry| {
                entry
                    .dyn_into::<web_sys::IntersectionObserverEntry>()
                    .is_ok_and(|entry| entry.is_intersecting())
            });
            if seen {
                near();
            }
        });
        let options = web_sys::IntersectionObserverInit::new();
        options.set_root_margin("50% 0px");
        match web_sys::IntersectionObserver::new_with_options(
            callback.as_ref().unchecked_ref(),
            &options,
        ) {
            Ok(observer) => {
                observer.observe(element);
                Some(NearScreen {
                    observer,
                    _callback: callback,
                })
            }
            Err(_) => None,
        }
    }
}

impl Drop for NearScreen {
    fn drop(&mut self) {
        self.observer.disconnect();
    }
}
