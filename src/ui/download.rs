//! Saving what a chart shows: its data as a CSV file, its picture as a PNG. Everything is made
//! in the page (a Blob or the chart's own data URL); nothing is sent anywhere.

use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Blob, BlobPropertyBag, HtmlAnchorElement, Url};

/// Offers `text` as a file named `filename`.
pub fn save_text(filename: &str, mime: &str, text: &str) -> Result<(), JsValue> {
    let parts = js_sys::Array::of1(&JsValue::from_str(text));
    let options = BlobPropertyBag::new();
    options.set_type(mime);
    save_blob(
        filename,
        &Blob::new_with_str_sequence_and_options(&parts, &options)?,
    )
}

/// Offers `blob` as a file named `filename`.
pub fn save_blob(filename: &str, blob: &Blob) -> Result<(), JsValue> {
    let url = Url::create_object_url_with_blob(blob)?;
    let clicked = save_url(filename, &url);
    Url::revoke_object_url(&url)?;
    clicked
}

/// Offers the resource at `url` (a blob or data URL) as a file named `filename`.
pub fn save_url(filename: &str, url: &str) -> Result<(), JsValue> {
    let document = web_sys::window()
        .and_then(|window| window.document())
        .ok_or_else(|| JsValue::from_str("no document"))?;
    let anchor: HtmlAnchorElement = document.create_element("a")?.dyn_into()?;
    anchor.set_href(url);
    anchor.set_download(filename);
    anchor.click();
    Ok(())
}

/// An SVG element of the page as a standalone SVG document.
pub fn svg_document(element: &web_sys::Element) -> Result<String, JsValue> {
    let markup = web_sys::XmlSerializer::new()?.serialize_to_string(element)?;
    Ok(format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n{markup}"
    ))
}

/// Offers an SVG element of the page as an SVG file.
pub fn save_svg(filename: &str, element: &web_sys::Element) -> Result<(), JsValue> {
    save_text(
        filename,
        "image/svg+xml;charset=utf-8",
        &svg_document(element)?,
    )
}

/// Offers an SVG element of the page as a PNG picture drawn from it, `width` pixels wide at
/// twice that resolution, on white.
pub async fn save_svg_as_png(
    filename: &str,
    element: &web_sys::Element,
    width: f64,
    height: f64,
) -> Result<(), JsValue> {
    // A data URL, which the Content-Security-Policy allows for images (a blob URL it refuses).
    let document = js_sys::encode_uri_component(&svg_document(element)?);
    let image = web_sys::HtmlImageElement::new()?;
    image.set_src(&format!("data:image/svg+xml;charset=utf-8,{document}"));
    wasm_bindgen_futures::JsFuture::from(image.decode()).await?;
    let page = web_sys::window()
        .and_then(|window| window.document())
        .ok_or_else(|| JsValue::from_str("no document"))?;
    let canvas: web_sys::HtmlCanvasElement = page.create_element("canvas")?.dyn_into()?;
    let (pixels_wide, pixels_high) = (width * 2.0, height * 2.0);
    canvas.set_width(pixels_wide as u32);
    canvas.set_height(pixels_high as u32);
    let context: web_sys::CanvasRenderingContext2d = canvas
        .get_context("2d")?
        .ok_or_else(|| JsValue::from_str("no 2d context"))?
        .dyn_into()?;
    context.set_fill_style_str("#ffffff");
    context.fill_rect(0.0, 0.0, pixels_wide, pixels_high);
    context.draw_image_with_html_image_element_and_dw_and_dh(
        &image,
        0.0,
        0.0,
        pixels_wide,
        pixels_high,
    )?;
    save_url(filename, &canvas.to_data_url_with_type("image/png")?)
}
