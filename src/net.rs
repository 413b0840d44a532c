//! The only network code: same-origin GETs of the app's own data files.

use gloo_net::http::Request;

/// Why a file could not be fetched.
#[derive(Clone, Debug, PartialEq, thiserror::Error)]
pub enum FetchError {
    /// No answer: offline, DNS, connection reset, blocked.
    #[error("network error: {0}")]
    Network(String),
    /// An answer that is not the file (404, 500…).
    #[error("HTTP status {0}")]
    Status(u16),
    /// The body could not be read as text (cut connection, bad encoding).
    #[error("unreadable body: {0}")]
    Body(String),
}

/// Fetches `url` and returns its body as text.
pub async fn fetch_text(url: &str) -> Result<String, FetchError> {
    let response = Request::get(url)
        .send()
        .await
        .map_err(|error| FetchError::Network(error.to_string()))?;
    if !response.ok() {
        return Err(FetchError::Status(response.status()));
    }
    response
        .text()
        .await
        .map_err(|error| FetchError::Body(error.to_string()))
}
