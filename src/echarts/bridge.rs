//! wasm-bindgen bindings to the global `echarts` object and a safe handle around one instance.

use js_sys::{Function, JSON, Reflect};
use wasm_bindgen::prelude::*;
use web_sys::{HtmlElement, ResizeObserver};

#[wasm_bindgen]
extern "C" {
    /// One ECharts instance, bound to one element.
    type EChartsInstance;

    #[wasm_bindgen(catch, js_namespace = echarts, js_name = init)]
    fn echarts_init(element: &HtmlElement) -> Result<EChartsInstance, JsValue>;

    #[wasm_bindgen(catch, method, js_name = setOption)]
    fn set_option(
        this: &EChartsInstance,
        option: &JsValue,
        not_merge: bool,
        lazy_update: bool,
    ) -> Result<(), JsValue>;

    #[wasm_bindgen(catch, method)]
    fn resize(this: &EChartsInstance) -> Result<(), JsValue>;

    #[wasm_bindgen(method, js_name = getWidth)]
    fn get_width(this: &EChartsInstance) -> f64;

    #[wasm_bindgen(method, js_name = getHeight)]
    fn get_height(this: &EChartsInstance) -> f64;

    #[wasm_bindgen(catch, method)]
    fn dispose(this: &EChartsInstance) -> Result<(), JsValue>;

    #[wasm_bindgen(catch, method)]
    fn on(this: &EChartsInstance, event: &str, handler: &Function) -> Result<(), JsValue>;

    #[wasm_bindgen(catch, js_namespace = echarts, js_name = getInstanceByDom)]
    fn echarts_instance_of(element: &HtmlElement) -> Result<Option<EChartsInstance>, JsValue>;

    #[wasm_bindgen(catch, js_namespace = atlasCharts, js_name = prepareOption)]
    fn prepare_option(
        chart: &EChartsInstance,
        option: &JsValue,
        number_tag: &str,
    ) -> Result<JsValue, JsValue>;

    #[wasm_bindgen(catch, js_namespace = atlasCharts, js_name = matchPageInk)]
    fn match_page_ink(chart: &EChartsInstance) -> Result<(), JsValue>;

    #[wasm_bindgen(catch, js_namespace = atlasCharts, js_name = toSvg)]
    fn to_svg(element: &HtmlElement) -> Result<String, JsValue>;

    #[wasm_bindgen(catch, method, js_name = getDataURL)]
    fn get_data_url(this: &EChartsInstance, options: &JsValue) -> Result<String, JsValue>;
}

/// What went wrong on the ECharts side; the UI falls back to the data table.
#[derive(Clone, Debug, PartialEq, thiserror::Error)]
pub enum EchartsError {
    #[error("ECharts could not be loaded")]
    /// The script could not be loaded or did not define `echarts`.
    NotLoaded,
    #[error("ECharts refused the call: {0}")]
    /// ECharts threw: its message.
    Call(String),
    #[error("the chart option could not be serialized: {0}")]
    /// The option could not be written as JSON.
    Option(String),
    /// A file the chart is drawn on (geometry, positions) could not be loaded.
    #[error("what the chart is drawn on is missing: {0}")]
    MissingInput(String),
}

impl From<JsValue> for EchartsError {
    fn from(value: JsValue) -> Self {
        let text = value
            .dyn_ref::<js_sys::Error>()
            .map(|error| String::from(error.message()))
            .or_else(|| value.as_string())
            .unwrap_or_else(|| format!("{value:?}"));
        EchartsError::Call(text)
    }
}

/// A clicked chart item: its category (e.g. the year) or region name, its series position, and
/// the `code` its data item carries, if any (map regions with a figure).
#[derive(Clone, Debug, PartialEq)]
pub struct ChartClick {
    /// The item's category or region name.
    pub name: String,
    /// Position of its series.
    pub series_index: u32,
    /// Position of the item in its series.
    pub data_index: u32,
    /// The code its data item carries (a market's ISO code on the map).
    pub code: Option<String>,
}

impl ChartClick {
    fn from_event(event: &JsValue) -> Option<ChartClick> {
        let field = |key: &str| Reflect::get(event, &JsValue::from_str(key)).ok();
        // A map region without data has no series position: 0.
        let index = |key: &str| field(key).and_then(|v| v.as_f64()).unwrap_or_default() as u32;
        let code = field("data")
            .and_then(|data| Reflect::get(&data, &JsValue::from_str("code")).ok())
            .and_then(|code| code.as_string());
        Some(ChartClick {
            name: field("name")?.as_string()?,
            series_index: index("seriesIndex"),
            data_index: index("dataIndex"),
            code,
        })
    }
}

/// A live chart on one element; resized with its container and disposed when dropped.
pub struct EChart {
    instance: EChartsInstance,
    observer: Option<ResizeObserver>,
    _on_resize: Closure<dyn FnMut()>,
    _on_click: Closure<dyn FnMut(JsValue)>,
}

impl EChart {
    /// Starts ECharts on `element` and forwards clicks on chart items to `on_click`.
    pub fn init(
        element: &HtmlElement,
        on_click: impl Fn(ChartClick) + 'static,
    ) -> Result<EChart, EchartsError> {
        let instance = echarts_init(element)?;
        let on_click = Closure::<dyn FnMut(JsValue)>::new(move |event: JsValue| {
            if let Some(click) = ChartClick::from_event(&event) {
                on_click(click);
            }
        });
        instance.on("click", on_click.as_ref().unchecked_ref())?;
        let target: EChartsInstance = instance.clone().unchecked_into();
        let container = element.clone();
        let on_resize = Closure::<dyn FnMut()>::new(move || {
            // The observer also reports the size the chart was first drawn at: drawing it
            // again at that size (a whole world map) would only block the page.
            let (width, height) = (container.client_width(), container.client_height());
            if f64::from(width) != target.get_width() || f64::from(height) != target.get_height() {
                // A resize of a chart that is being torn down is harmless to skip.
                let _ = target.resize();
            }
            // Laid out on the page at last: its ink can now be read.
            let _ = match_page_ink(&target);
        });
        let observer = ResizeObserver::new(on_resize.as_ref().unchecked_ref()).ok();
        if let Some(observer) = &observer {
            observer.observe(element);
        }
        Ok(EChart {
            instance,
            observer,
            _on_resize: on_resize,
            _on_click: on_click,
        })
    }

    /// Replaces the chart's option with `option_json` (see [`option_json`]); the numbers
    /// ECharts prints itself follow `number_tag` (see `Locale::number_tag`), and on a dark page
    /// its text and lines take the page's text colour. With `in_next_frame`, ECharts lays the
    /// chart out and paints it in its next animation frame rather than in this task, so that a
    /// chart's first drawing is two shorter tasks instead of one long one.
    pub fn set_option(
        &self,
        option_json: &str,
        number_tag: &str,
        in_next_frame: bool,
    ) -> Result<(), EchartsError> {
        let value = JSON::parse(option_json)?;
        let value = prepare_option(&self.instance, &value, number_tag)?;
        self.instance.set_option(&value, true, in_next_frame)?;
        Ok(())
    }
}

impl Drop for EChart {
    fn drop(&mut self) {
        if let Some(observer) = &self.observer {
            observer.disconnect();
        }
        // Disposing an instance whose element is already gone may throw; nothing to do then.
        let _ = self.instance.dispose();
    }
}

/// The chart drawn in `element` as a PNG data URL, at twice its size on a white background.
pub fn chart_png(element: &HtmlElement) -> Result<String, EchartsError> {
    let chart = echarts_instance_of(element)?.ok_or(EchartsError::NotLoaded)?;
    let options = JSON::parse(r##"{"type":"png","pixelRatio":2,"backgroundColor":"#ffffff"}"##)?;
    Ok(chart.get_data_url(&options)?)
}

/// The chart drawn on `element` as an SVG document, for download.
pub fn chart_svg(element: &HtmlElement) -> Result<String, EchartsError> {
    Ok(to_svg(element)?)
}

/// Serializes a charming `Chart` (or any option written as serde JSON) for [`EChart::set_option`].
/// Charts hold JS functions on wasm and so cannot live in thread-safe signals; their JSON can.
pub fn option_json(option: &impl serde::Serialize) -> Result<String, EchartsError> {
    serde_json::to_string(option).map_err(|error| EchartsError::Option(error.to_string()))
}
