//! One loader per kind of file the app reads beside its code: the dataset, the crafts
//! catalogue, the country names, the towns' positions, and the maps' shapes.
//! Each is started once, on the first page that needs it, and shared through context, so a
//! second widget or page reuses the same download (and a retry retries it for all); each fails
//! with the one typed [`LoadError`], which a page shows translated.

use crate::data::{
    Catalogue, CatalogueError, CountryNames, DataError, DataVersion, DatasetCut, FamilyMarks,
    Loaded, MoroccoGeometry, PlacePoints, VERSIONS_FILE, VersionChoice, VersionIndex,
    WorldGeometry, parse_dataset,
};
use crate::i18n::{
    Locale, Msg, TEXT_FILES, TextsMismatch, catalogue_error_text, data_error_text,
    fetch_status_text, has_texts, install_texts,
};
use crate::net::{FetchError, fetch_text};
use crate::tasks::yield_to_browser;
use crate::ui::context::{AppBase, use_base};
use leptos::prelude::*;
use std::future::Future;
use std::sync::Arc;

/// A file the build writes beside the app, read as JSON.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AppFile {
    /// `data/catalogue.json`: families, crafts, places, labels, channels.
    Catalogue,
    /// `data/families.json`: the catalogue's families and their motifs alone, for the home page.
    Families,
    /// `country-names.json`: every country of the world map in French, Arabic and English.
    CountryNames,
    /// `place-points.json`: the catalogue's towns, located in GeoNames.
    PlacePoints,
    /// `world-map.json`: the world's shapes, projected for the export map.
    WorldGeometry,
    /// `world-map-small.json`: the same, coarse, for the home page's small map.
    SmallWorldGeometry,
    /// `morocco-map.json`: Morocco and its neighbours, projected for the towns' maps.
    MoroccoGeometry,
}

impl AppFile {
    /// The file's path below the app's base.
    pub fn path(self) -> &'static str {
        match self {
            AppFile::Catalogue => "data/catalogue.json",
            AppFile::Families => "data/families.json",
            AppFile::CountryNames => "country-names.json",
            AppFile::PlacePoints => "place-points.json",
            AppFile::WorldGeometry => "world-map.json",
            AppFile::SmallWorldGeometry => "world-map-small.json",
            AppFile::MoroccoGeometry => "morocco-map.json",
        }
    }
}

/// Why a file is not available.
#[derive(Clone, Debug, PartialEq, thiserror::Error)]
pub enum LoadError {
    #[error(transparent)]
    /// The file could not be fetched.
    Fetch(#[from] FetchError),
    #[error(transparent)]
    /// The dataset could not be read.
    Data(#[from] DataError),
    #[error("crafts catalogue: {0:?}")]
    /// The catalogue could not be read.
    Catalogue(CatalogueError),
    #[error("{0:?} is not the JSON the build writes: {1}")]
    /// A file the build writes is not what the app expects: which, and why.
    Unreadable(AppFile, String),
    #[error("a language's texts: {0}")]
    /// A language's texts are not the ones this build wrote.
    Texts(#[from] TextsMismatch),
}

impl LoadError {
    /// The message a visitor reads.
    pub fn message(&self, locale: Locale) -> String {
        match self {
            LoadError::Fetch(FetchError::Status(status)) => fetch_status_text(locale, *status),
            LoadError::Fetch(FetchError::Network(_)) => Msg::FetchNetwork.text(locale).to_owned(),
            LoadError::Fetch(FetchError::Timeout) => Msg::FetchTimeout.text(locale).to_owned(),
            LoadError::Fetch(FetchError::Body(_))
            | LoadError::Unreadable(..)
            | LoadError::Texts(_) => Msg::DataMalformed.text(locale).to_owned() + ".",
            LoadError::Data(error) => data_error_text(locale, error),
            LoadError::Catalogue(error) => catalogue_error_text(locale, error).to_owned(),
        }
    }
}

/// Downloads and installs `locale`'s texts (its file of `TEXT_FILES`), unless they already
/// are: the app shows a language once they are.
pub async fn load_texts(base: &AppBase, locale: Locale) -> Result<(), LoadError> {
    if has_texts(locale) {
        return Ok(());
    }
    let text = fetch_text(&base.file(locale.pick(TEXT_FILES))).await?;
    Ok(install_texts(locale, &text)?)
}

/// A file being loaded and read: the value once in, or why not.
pub type Loading<T> = LocalResource<Result<Arc<T>, LoadError>>;

/// The outcome of loading the dataset, shared by every page.
pub type DatasetResult = Result<Arc<Loaded>, LoadError>;

/// The dataset resource in context; pages await it inside `Suspense`.
#[derive(Clone, Copy)]
pub struct DatasetResource(pub LocalResource<DatasetResult>);

/// The dataset being loaded, when a provider shares one.
pub fn use_dataset() -> Option<LocalResource<DatasetResult>> {
    use_context::<DatasetResource>().map(|resource| resource.0)
}

/// Fetches and parses the bundled dataset: the current file of `cut`, or the kept version a
/// link pins (`?data=`), which is whole. A pin to a version that is not kept loads the current
/// whole file and says so.
pub async fn load_dataset(
    base: AppBase,
    requested: Option<DataVersion>,
    cut: DatasetCut,
) -> DatasetResult {
    let (choice, cut) = match requested {
        Some(version) => (choose_version(&base, version).await, DatasetCut::Whole),
        None => (VersionChoice::Current, cut),
    };
    let path = match &choice {
        VersionChoice::Kept(version) => version.kept_path(),
        VersionChoice::Current | VersionChoice::NotKept(_) => cut.path().to_owned(),
    };
    let text = fetch_text(&base.file(&path)).await?;
    let mut loaded = parse_dataset(&text)?;
    // A cut names the version of the whole file it was cut from; any other file is its bytes'.
    if loaded.version == DataVersion::default() {
        loaded.version = DataVersion::of(text.as_bytes());
    }
    // The pages built from the data are a task of their own, after the reading.
    yield_to_browser().await;
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

/// Fetches `file` and reads it with `read`.
async fn read_file<T, E: ToString>(
    base: AppBase,
    file: AppFile,
    read: fn(&str) -> Result<T, E>,
) -> Result<Arc<T>, LoadError> {
    let text = fetch_text(&base.file(file.path())).await?;
    let outcome = read(&text)
        .map(Arc::new)
        .map_err(|error| LoadError::Unreadable(file, error.to_string()));
    // What is built from the file is a task of its own, after the reading.
    yield_to_browser().await;
    outcome
}

/// The loaders started so far.
#[derive(Default)]
struct Started {
    catalogue: Option<Loading<Catalogue>>,
    family_marks: Option<Loading<FamilyMarks>>,
    country_names: Option<Loading<CountryNames>>,
    place_points: Option<Loading<PlacePoints>>,
    world_geometry: Option<Loading<WorldGeometry>>,
    small_world_geometry: Option<Loading<WorldGeometry>>,
    morocco_geometry: Option<Loading<MoroccoGeometry>>,
}

/// The shared loaders: each is created on first use under the app's owner, so that it outlives
/// the page that first asked for it.
#[derive(Clone)]
pub struct Loaders {
    owner: Owner,
    base: AppBase,
    started: StoredValue<Started>,
}

impl Loaders {
    /// Shares the loaders with every page below the current owner.
    pub fn provide(base: AppBase) {
        provide_context(Loaders::new(base));
    }

    fn new(base: AppBase) -> Loaders {
        Loaders {
            owner: Owner::current().unwrap_or_default(),
            base,
            started: StoredValue::new(Started::default()),
        }
    }

    /// The loader in `slot`, started with `load` the first time.
    fn shared<T, F>(
        &self,
        slot: fn(&mut Started) -> &mut Option<Loading<T>>,
        load: fn(AppBase) -> F,
    ) -> Loading<T>
    where
        T: 'static,
        F: Future<Output = Result<Arc<T>, LoadError>> + 'static,
    {
        if let Some(started) = self
            .started
            .try_update_value(|started| *slot(started))
            .flatten()
        {
            return started;
        }
        let base = self.base.clone();
        let loader = self
            .owner
            .with(|| LocalResource::new(move || load(base.clone())));
        self.started
            .update_value(|started| *slot(started) = Some(loader));
        loader
    }
}

/// The loaders in context; outside the app (isolated component tests), loaders of this owner.
fn use_loaders() -> Loaders {
    use_context::<Loaders>().unwrap_or_else(|| Loaders::new(use_base()))
}

/// The crafts catalogue.
pub fn use_catalogue() -> Loading<Catalogue> {
    use_loaders().shared(
        |started| &mut started.catalogue,
        |base| read_catalogue(base, AppFile::Catalogue, Catalogue::parse),
    )
}

/// The catalogue's families and their motifs alone, for the home page.
pub fn use_family_marks() -> Loading<FamilyMarks> {
    use_loaders().shared(
        |started| &mut started.family_marks,
        |base| read_catalogue(base, AppFile::Families, FamilyMarks::parse),
    )
}

/// Fetches `file`, the catalogue or a part of it, and reads it with `read`.
async fn read_catalogue<T>(
    base: AppBase,
    file: AppFile,
    read: fn(&str) -> Result<T, CatalogueError>,
) -> Result<Arc<T>, LoadError> {
    let text = fetch_text(&base.file(file.path())).await?;
    read(&text).map(Arc::new).map_err(LoadError::Catalogue)
}

/// The names of every country on the world map.
pub fn use_country_names() -> Loading<CountryNames> {
    use_loaders().shared(
        |started| &mut started.country_names,
        |base| read_file(base, AppFile::CountryNames, CountryNames::from_json),
    )
}

/// The catalogue's towns, for the small maps of Morocco.
pub fn use_place_points() -> Loading<PlacePoints> {
    use_loaders().shared(
        |started| &mut started.place_points,
        |base| read_file(base, AppFile::PlacePoints, PlacePoints::from_json),
    )
}

/// The world's shapes, for the export map.
pub fn use_world_geometry() -> Loading<WorldGeometry> {
    use_loaders().shared(
        |started| &mut started.world_geometry,
        |base| read_file(base, AppFile::WorldGeometry, WorldGeometry::from_json),
    )
}

/// The world's coarse shapes, for the home page's small map.
pub fn use_small_world_geometry() -> Loading<WorldGeometry> {
    use_loaders().shared(
        |started| &mut started.small_world_geometry,
        |base| read_file(base, AppFile::SmallWorldGeometry, WorldGeometry::from_json),
    )
}

/// Morocco and its neighbours, for the small maps of a family's towns.
pub fn use_morocco_geometry() -> Loading<MoroccoGeometry> {
    use_loaders().shared(
        |started| &mut started.morocco_geometry,
        |base| read_file(base, AppFile::MoroccoGeometry, MoroccoGeometry::from_json),
    )
}
