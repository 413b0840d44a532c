//! App-wide state shared through context: the language, where the app is hosted, and the
//! dataset being loaded.

use crate::data::{
    Catalogue, CatalogueError, CountryNames, DataError, DataVersion, Loaded, VERSIONS_FILE,
    VersionChoice, VersionIndex, parse_dataset,
};
use crate::i18n::{Locale, Msg, catalogue_error_text, data_error_text, fetch_status_text};
use crate::net::{FetchError, fetch_text};
use crate::url_state::{base_path_of, localized_path};
use leptos::prelude::*;
use std::sync::Arc;

/// The current language, read from the URL (`?lang=`).
#[derive(Clone, Copy)]
pub struct CurrentLocale(pub Signal<Locale>);

/// The language in context; French when no provider is mounted (isolated component tests).
pub fn use_locale() -> Signal<Locale> {
    use_context::<CurrentLocale>().map_or_else(|| Signal::stored(Locale::default()), |c| c.0)
}

/// `f` of `data` in the current language, computed again when the language changes: the
/// texts, tables and chart options of a widget whose figures are computed once.
pub fn per_locale<T, R>(
    data: &Arc<T>,
    f: impl Fn(&T, Locale) -> R + Send + Sync + 'static,
) -> Signal<R>
where
    T: Send + Sync + 'static,
    R: Clone + Send + Sync + 'static,
{
    let (data, locale) = (Arc::clone(data), use_locale());
    Signal::derive(move || f(&data, locale.get()))
}

/// The path the app is served under (`""` at the site root, `/atlas` under a sub-path), taken
/// from the document's `<base href>`, so one build works wherever it is hosted.
#[derive(Clone, Debug, PartialEq)]
pub struct AppBase(pub String);

impl AppBase {
    /// Reads the base path from the document; empty when there is none.
    pub fn from_document() -> AppBase {
        let path = web_sys::window()
            .and_then(|window| window.document())
            .and_then(|document| document.base_uri().ok().flatten())
            .and_then(|uri| web_sys::Url::new(&uri).ok())
            .map(|url| url.pathname())
            .unwrap_or_default();
        AppBase(base_path_of(&path))
    }

    /// A page link in `locale`, e.g. `/atlas/indicators?lang=ar`.
    pub fn page(&self, path: &str, locale: Locale) -> String {
        localized_path(&format!("{}{path}", self.0), locale)
    }

    /// A static file served by the app, e.g. `/atlas/data/atlas.json`.
    pub fn file(&self, path: &str) -> String {
        format!("{}/{path}", self.0)
    }

    /// Where the app serves the ECharts build.
    pub fn echarts_script(&self) -> String {
        self.file("echarts.min.js")
    }
}

/// Present in context inside an embed, where the embed tools are not offered again.
#[derive(Clone, Copy)]
pub struct InEmbed;

/// The base in context; the site root when no provider is mounted.
pub fn use_base() -> AppBase {
    use_context::<AppBase>().unwrap_or(AppBase(String::new()))
}

/// Why the dataset is not available.
#[derive(Clone, Debug, PartialEq, thiserror::Error)]
pub enum LoadError {
    #[error(transparent)]
    Fetch(#[from] FetchError),
    #[error(transparent)]
    Data(#[from] DataError),
    #[error("crafts catalogue: {0:?}")]
    Catalogue(CatalogueError),
}

impl LoadError {
    /// The message a visitor reads.
    pub fn message(&self, locale: Locale) -> String {
        match self {
            LoadError::Fetch(FetchError::Status(status)) => fetch_status_text(locale, *status),
            LoadError::Fetch(FetchError::Network(_)) => Msg::FetchNetwork.text(locale).to_owned(),
            LoadError::Fetch(FetchError::Timeout) => Msg::FetchTimeout.text(locale).to_owned(),
            LoadError::Fetch(FetchError::Body(_)) => {
                Msg::DataMalformed.text(locale).to_owned() + "."
            }
            LoadError::Data(error) => data_error_text(locale, error),
            LoadError::Catalogue(error) => catalogue_error_text(locale, error).to_owned(),
        }
    }
}

/// The outcome of loading the dataset, shared by every page.
pub type DatasetResult = Result<Arc<Loaded>, LoadError>;

/// The dataset resource in context; pages await it inside `Suspense`.
#[derive(Clone, Copy)]
pub struct DatasetResource(pub LocalResource<DatasetResult>);

/// Fetches and parses the bundled dataset: the current `atlas.json`, or the kept version a
/// link pins (`?data=`). A pin to a version that is not kept loads the current file and says so.
pub async fn load_dataset(base: AppBase, requested: Option<DataVersion>) -> DatasetResult {
    let choice = match requested {
        Some(version) => choose_version(&base, version).await,
        None => VersionChoice::Current,
    };
    let path = match &choice {
        VersionChoice::Kept(version) => version.kept_path(),
        VersionChoice::Current | VersionChoice::NotKept(_) => "data/atlas.json".to_owned(),
    };
    let mut loaded = parse_dataset(&fetch_text(&base.file(&path)).await?)?;
    loaded.pinned = match choice {
        // Without an index, a pin to the file that is current anyway is no pin.
        VersionChoice::NotKept(version) if version == loaded.version => VersionChoice::Current,
        choice => choice,
    };
    for issue in &loaded.issues {
        leptos::logging::warn!("data record skipped: {issue}");
    }
    Ok(Arc::new(loaded))
}

/// Which file answers a pin, from the index of kept versions; without a readable index, the
/// current file (whose own version is compared with the pin once read).
async fn choose_version(base: &AppBase, requested: DataVersion) -> VersionChoice {
    let index = fetch_text(&base.file(VERSIONS_FILE)).await.ok();
    match index.as_deref().and_then(VersionIndex::parse) {
        Some(index) => index.choose(&requested),
        None => VersionChoice::NotKept(requested),
    }
}

/// Names of every country on the world map in French, Arabic and English, from the file the
/// build writes (`country-names.json`); an error says why it could not be read.
pub async fn load_country_names(base: AppBase) -> Result<Arc<CountryNames>, String> {
    let text = fetch_text(&base.file("country-names.json"))
        .await
        .map_err(|error| error.to_string())?;
    CountryNames::from_json(&text)
        .map(Arc::new)
        .map_err(|error| error.to_string())
}

/// Fetches and reads the crafts catalogue (`catalogue.json`).
pub async fn load_catalogue(base: AppBase) -> Result<Arc<Catalogue>, LoadError> {
    let text = fetch_text(&base.file("data/catalogue.json")).await?;
    Catalogue::parse(&text)
        .map(Arc::new)
        .map_err(LoadError::Catalogue)
}
