//! Writes the page shells into a build (a Trunk `post_build` hook, see Trunk.toml): for every
//! page of `prerender::all_shells` and every language, `<page>.<lang>.html` next to the built
//! `index.html`, from which it is made, and from the facts the build bundles beside it; each
//! page's link preview `previews/<page>.<lang>.png` (`previews::preview_svg`, rasterised with
//! resvg); `sitemap.xml` and `robots.txt`; and each language's texts (`i18n::TEXT_FILES`), the
//! one file of words the browser downloads for the language it shows. Run after
//! `external_boot_script.mjs` (which gives `index.html` its final form) and before the service
//! worker and compression steps (see `src/build_steps/post_build.mjs`).
//!
//! `atlas-shells [<build folder>]`; the folder defaults to `$TRUNK_STAGING_DIR`. The site's
//! address is `$ATLAS_SITE_ORIGIN` (default `http://127.0.0.1:8080`, what `.ci/serve` serves)
//! followed by the build's public URL, read from `index.html`'s `<base href>`.

use artisanat_atlas::data::{Catalogue, CountryNames, WorldGeometry, parse_dataset};
use artisanat_atlas::i18n::{Locale, TEXT_FILES, built_in_file};
use artisanat_atlas::prerender::{ShellFacts, SiteAddress, all_shells, robots, sitemap};
use artisanat_atlas::previews::{HEIGHT, WIDTH, preview_svg};
use resvg::{tiny_skia, usvg};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::Arc;

/// Where `.ci/serve` and the tests serve the build, when the publisher names no other origin.
const LOCAL_ORIGIN: &str = "http://127.0.0.1:8080";

/// The fonts the previews are drawn in (Debian's fonts-noto-core, installed by `.ci/setup`).
const FONTS: [&str; 2] = ["Noto Sans", "Noto Naskh Arabic"];

fn main() -> ExitCode {
    match write_shells() {
        Ok(report) => {
            println!("atlas-shells: {report}");
            ExitCode::SUCCESS
        }
        Err(message) => {
            eprintln!("atlas-shells: {message}");
            ExitCode::FAILURE
        }
    }
}

/// Writes every shell, preview, the sitemap and robots.txt; says how many and how heavy.
fn write_shells() -> Result<String, String> {
    let folder = std::env::args()
        .nth(1)
        .or_else(|| std::env::var("TRUNK_STAGING_DIR").ok())
        .map(PathBuf::from)
        .ok_or("usage: atlas-shells <build folder> (or run as a Trunk hook)")?;
    let read = |name: &str| read_text(&folder.join(name));
    let template = read("index.html")?;
    let loaded = parse_dataset(&read("data/atlas.json")?)
        .map_err(|error| format!("data/atlas.json: {error}"))?;
    let catalogue = Catalogue::parse(&read("data/catalogue.json")?)
        .map_err(|error| format!("data/catalogue.json: {error:?}"))?;
    let names = CountryNames::from_json(&read("country-names.json")?)
        .map_err(|error| format!("country-names.json: {error}"))?;
    let world = WorldGeometry::from_json(&read("world-map.json")?)
        .map_err(|error| format!("world-map.json: {error}"))?;
    let site = site_address(&template)?;
    let shells = all_shells(ShellFacts {
        dataset: &loaded.dataset,
        catalogue: &catalogue,
        names: &names,
    });
    let rasteriser = Rasteriser::new()?;
    let mut preview_bytes = 0;
    for shell in &shells {
        let document = shell
            .document(&template, &site)
            .map_err(|error| error.to_string())?;
        write(&folder.join(shell.file_name()), document.as_bytes())?;
        let png = rasteriser.png(&preview_svg(&shell.preview, shell.locale, &world))?;
        preview_bytes += png.len();
        write(&folder.join(shell.preview_file()), &png)?;
    }
    write(
        &folder.join("sitemap.xml"),
        sitemap(&shells, &site).as_bytes(),
    )?;
    write(&folder.join("robots.txt"), robots(&site).as_bytes())?;
    for locale in Locale::ALL {
        write(
            &folder.join(locale.pick(TEXT_FILES)),
            built_in_file(locale).as_bytes(),
        )?;
    }
    Ok(format!(
        "{count} page shells and their link previews ({preview_bytes} bytes in all) for {root}",
        count = shells.len(),
        root = site.file(""),
    ))
}

/// The site's address: `$ATLAS_SITE_ORIGIN` and the build's `<base href>`.
fn site_address(template: &str) -> Result<SiteAddress, String> {
    let origin = std::env::var("ATLAS_SITE_ORIGIN").unwrap_or_else(|_| LOCAL_ORIGIN.to_owned());
    let base = template
        .split("<base href=\"")
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .ok_or("index.html has no <base href>: build with Trunk's public URL")?;
    SiteAddress::new(&origin, base).map_err(|error| format!("ATLAS_SITE_ORIGIN: {error}"))
}

/// Draws the previews' SVG in the system's fonts.
struct Rasteriser {
    options: usvg::Options<'static>,
}

impl Rasteriser {
    /// Loads the regular and bold faces of the previews' fonts from the system's, and only
    /// those, so that a character one of them lacks (a digit in Arabic) is drawn in the other,
    /// never in a face found by chance; refuses to draw without them.
    fn new() -> Result<Rasteriser, String> {
        let mut options = usvg::Options::default();
        let fonts = Arc::make_mut(&mut options.fontdb);
        fonts.load_system_fonts();
        let kept = |face: &usvg::fontdb::FaceInfo| {
            face.style == usvg::fontdb::Style::Normal
                && [400, 700].contains(&face.weight.0)
                && face
                    .families
                    .iter()
                    .any(|(name, _)| FONTS.contains(&name.as_str()))
        };
        let others: Vec<_> = fonts
            .faces()
            .filter(|face| !kept(face))
            .map(|face| face.id)
            .collect();
        for id in others {
            fonts.remove_face(id);
        }
        let missing: Vec<&str> = FONTS
            .into_iter()
            .filter(|family| {
                !fonts
                    .faces()
                    .any(|face| face.families.iter().any(|(name, _)| name == family))
            })
            .collect();
        match missing.is_empty() {
            true => Ok(Rasteriser { options }),
            false => Err(format!(
                "the link previews need the fonts {missing:?}: apt-get install fonts-noto-core (bash .ci/setup does)"
            )),
        }
    }

    /// `svg` as a PNG of the previews' size.
    fn png(&self, svg: &str) -> Result<Vec<u8>, String> {
        let tree = usvg::Tree::from_str(svg, &self.options)
            .map_err(|error| format!("a preview's SVG: {error}"))?;
        let mut pixmap = tiny_skia::Pixmap::new(WIDTH, HEIGHT).ok_or("no room for a preview")?;
        resvg::render(&tree, tiny_skia::Transform::default(), &mut pixmap.as_mut());
        let mut png = Vec::new();
        let mut encoder = png::Encoder::new(&mut png, WIDTH, HEIGHT);
        encoder.set_color(png::ColorType::Rgba);
        encoder.set_depth(png::BitDepth::Eight);
        encoder.set_compression(png::Compression::High);
        encoder
            .write_header()
            .and_then(|mut writer| writer.write_image_data(pixmap.data()))
            .map_err(|error| format!("a preview's PNG: {error}"))?;
        Ok(png)
    }
}

/// Writes `bytes` to `path`, making its folder; or a message naming it.
fn write(path: &Path, bytes: &[u8]) -> Result<(), String> {
    path.parent()
        .map_or(Ok(()), std::fs::create_dir_all)
        .and_then(|()| std::fs::write(path, bytes))
        .map_err(|error| format!("{}: {error}", path.display()))
}

/// The text of `path`, or a message naming it.
fn read_text(path: &Path) -> Result<String, String> {
    std::fs::read_to_string(path).map_err(|error| format!("{}: {error}", path.display()))
}
