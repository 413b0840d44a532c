//! `<ChartCanvas>`: one ECharts instance for the lifetime of one element.

use super::{ChartClick, EChart, EchartsError, load_echarts};
use leptos::html::Div;
use leptos::prelude::*;

/// Draws `option` and keeps it up to date: ECharts is loaded and started once the element is
/// mounted, `setOption` runs on every change, the chart follows its container's size and is
/// disposed when the component goes away. When ECharts cannot start, `on_failure` is called
/// so the caller can show its data table instead.
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
    let library = LocalResource::new(move || {
        let url = script_url.clone();
        async move { load_echarts(&url).await }
    });
    Effect::new(move |_| {
        let option = option.get();
        let number_tag = number_tag.get();
        let (Some(element), Some(loaded)) = (node.get(), library.get()) else {
            return;
        };
        let outcome = loaded.and(option).and_then(|option| {
            chart
                .try_update_value(|slot| {
                    if slot.is_none() {
                        *slot = Some(EChart::init(&element, move |click| on_click.run(click))?);
                    }
                    slot.as_ref()
                        .map_or(Ok(()), |chart| chart.set_option(&option, number_tag))
                })
                .unwrap_or(Ok(()))
        });
        if let Err(error) = outcome {
            leptos::logging::warn!("chart unavailable: {error}");
            on_failure.run(());
        }
    });
    on_cleanup(move || chart.update_value(|slot| drop(slot.take())));
    view! { <div class="chart-canvas" node_ref=node role="img" aria-label=move || label.get() aria-describedby=described_by></div> }
}
