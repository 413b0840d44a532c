//! The only network code: same-origin GETs of the app's own data files.

use gloo_net::http::Request;

/// How long a file may take to arrive before the app gives up and offers to try again.
pub const TIMEOUT_MS: u32 = 20_000;

/// Why a file could not be fetched.
#[derive(Clone, Debug, PartialEq, thiserror::Error)]
pub enum FetchError {
    /// No answer: offline, DNS, connection reset, blocked.
    #[error("network error: {0}")]
    Network(String),
    /// An answer that is not the file (404, 500…).
    #[error("HTTP status {0}")]
    Status(u16),
    /// The body could not be read (cut connection).
    #[error("unreadable body: {0}")]
    Body(String),
    /// Nothing complete arrived within [`TIMEOUT_MS`].
    #[error("no complete answer within {TIMEOUT_MS} ms")]
    Timeout,
}

/// Fetches `url` and returns its body as text, giving up after [`TIMEOUT_MS`]. The browser's
/// own timeout signal (`AbortSignal.timeout`) ends it: no callback of the app's stays behind a
/// timer once the file is in.
pub async fn fetch_text(url: &str) -> Result<String, FetchError> {
    let signal = web_sys::AbortSignal::timeout_with_u32(TIMEOUT_MS);
    match fetch_with(url, &signal).await {
        Err(_) if signal.aborted() => Err(FetchError::Timeout),
        other => other,
    }
}

async fn fetch_with(url: &str, signal: &web_sys::AbortSignal) -> Result<String, FetchError> {
    let response = Request::get(url)
        .abort_signal(Some(signal))
        .send()
        .await
        .map_err(|error| FetchError::Network(error.to_string()))?;
    if !response.ok() {
        return Err(FetchError::Status(response.status()));
    }
    // Read as bytes and decoded here: a JavaScript string (UTF-16) would be decoded and encoded
    // again on its way into WebAssembly, for every file. Bytes that are not UTF-8 become U+FFFD,
    // as the browser's own text decoding does, so the records around them still load.
    let bytes = response
        .binary()
        .await
        .map_err(|error| FetchError::Body(error.to_string()))?;
    Ok(String::from_utf8(bytes)
        .unwrap_or_else(|invalid| String::from_utf8_lossy(invalid.as_bytes()).into_owned()))
}
