//! Where the build is published, for what must name a page in full: the canonical links and
//! language alternates of each shell, its link preview, `sitemap.xml` and `robots.txt`.

use super::Shell;
use super::markup::link;
use crate::embed::escape_html as escape;
use crate::i18n::Locale;

/// Open Graph's name of a language (Facebook's list has no Moroccan variants).
pub(super) fn open_graph_locale(locale: Locale) -> &'static str {
    match locale {
        Locale::Fr => "fr_FR",
        Locale::Ar => "ar_AR",
        Locale::En => "en_US",
    }
}

/// The absolute address the build is published at: the site's origin and the build's public
/// URL, e.g. `https://atlas.example.ma/atlas/`. Canonical links, language alternates, link
/// previews and the sitemap must name pages in full.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SiteAddress {
    /// Ends with `/`.
    root: String,
}

impl SiteAddress {
    /// `origin` is a scheme and host (`https://atlas.example.ma`, a port allowed); `base` the
    /// build's public URL (`/` or `/atlas/`). What is not such an address is refused, named.
    pub fn new(origin: &str, base: &str) -> Result<SiteAddress, String> {
        let origin = origin.trim_end_matches('/');
        let host = origin
            .strip_prefix("https://")
            .or_else(|| origin.strip_prefix("http://"))
            .unwrap_or_default();
        let plain = |text: &str| {
            !text
                .chars()
                .any(|c| c.is_whitespace() || "\"'<>".contains(c))
        };
        if host.is_empty() || host.contains(['/', '?', '#']) || !plain(host) {
            return Err(format!(
                "{origin:?} is not a site origin such as https://atlas.example.ma"
            ));
        }
        if !base.starts_with('/') || !base.ends_with('/') || !plain(base) {
            return Err(format!("{base:?} is not a public URL such as / or /atlas/"));
        }
        Ok(SiteAddress {
            root: format!("{origin}{base}"),
        })
    }

    /// The address of the page at `path` in `locale`.
    pub fn page(&self, path: &str, locale: Locale) -> String {
        self.file(link(path, locale).trim_start_matches("./"))
    }

    /// The address of a file of the build.
    pub fn file(&self, file: &str) -> String {
        format!("{}{file}", self.root)
    }
}

/// `sitemap.xml`: every indexed shell's address, each with its languages (embeds are left
/// out: they are not pages to find).
pub fn sitemap(shells: &[Shell], site: &SiteAddress) -> String {
    let urls: String = shells
        .iter()
        .filter(|shell| shell.indexed())
        .map(|shell| {
            let alternates: String = Locale::ALL
                .iter()
                .map(|&locale| {
                    format!(
                        "<xhtml:link rel=\"alternate\" hreflang=\"{}\" href=\"{}\"/>",
                        locale.tag(),
                        escape(&site.page(&shell.path, locale))
                    )
                })
                .collect();
            format!(
                "<url><loc>{}</loc>{alternates}</url>\n",
                escape(&site.page(&shell.path, shell.locale))
            )
        })
        .collect();
    format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n\
         <urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" \
         xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n{urls}</urlset>\n"
    )
}

/// `robots.txt`: every page may be read (embeds say `noindex` themselves, which a crawler
/// kept out would never see), and where the sitemap is.
pub fn robots(site: &SiteAddress) -> String {
    format!(
        "User-agent: *\nAllow: /\nSitemap: {}\n",
        site.file("sitemap.xml")
    )
}
