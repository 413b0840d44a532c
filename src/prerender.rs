//! Page shells written at build time (`src/bin/atlas-shells.rs`): for each page and each
//! language, a copy of the built `index.html` that already shows the page's header, heading
//! and lead in that language, with its own title, description and direction. The site's pages
//! come from texts alone; a family's page, a market's page and a chart's embed also show what
//! the app computes first from the bundled facts (a name, a text, a chart's summary), computed
//! here by the same code. The web server sends `<page>.<lang>.html` for `<page>?lang=<lang>`
//! (deploy/), so a phone on a slow connection paints the page's words before the WebAssembly
//! has arrived; the app then takes the shell's place (`ui::app::start`).

use crate::charts::{CHART_EMBED_PREFIX, ChartId, ChartSpec, SpecVisitor};
use crate::data::{Catalogue, CodedDimension, CountryNames, Dataset, Family, Motif};
use crate::embed::escape_html as escape;
use crate::i18n::{
    Locale, METHOD_RULES, Msg, code_name, family_card_text, map_hint_text, market_name, page_title,
    words,
};
use crate::showcase::motif::{HEIGHT, WIDTH};
use crate::showcase::{family_card, motif_paths};
use crate::stats::{Profiles, markets};
use crate::url_state::{SITE_SECTIONS, craft_path, localized_path, market_path};

/// A page of the site written as a shell from texts alone: its address below the app's base,
/// its title and lead, and the first screen it shows.
#[derive(Debug, Clone, Copy)]
pub struct ShellPage {
    /// The route, e.g. `/map`.
    pub path: &'static str,
    /// The page's heading (or its widget's title), also the start of its `<title>`.
    pub title: Msg,
    /// The paragraph under a page's heading, and the meta description.
    pub lead: Msg,
    /// What the first screen holds.
    pub layout: ShellLayout,
}

/// The first screen of a site page's shell.
#[derive(Debug, Clone, Copy)]
pub enum ShellLayout {
    /// A page of the site: its header, then the heading and lead (`PageIntro`) and what the
    /// page shows next without waiting for data, if anything (its markup in that language).
    Page {
        /// The page's next part, written from texts alone.
        static_part: Option<fn(Locale) -> String>,
    },
    /// An embedded widget alone (`/embed/…`): its chart frame's title and the text under its
    /// picture, which the app shows in the same place; kept out of search engines.
    Widget {
        /// The class of the element the app puts the widget's frame in (its width).
        layout_class: &'static str,
        /// The text under the widget's picture.
        hint: fn(Locale) -> String,
    },
}

/// The site's pages with a shell from texts alone: those whose first screen is a heading and a
/// lead paragraph in the app (`PageIntro`), and the map's embed. The home page has its own
/// small bundle.
pub const SHELL_PAGES: [ShellPage; 5] = [
    ShellPage {
        path: "/indicators",
        title: Msg::IndicatorsTitle,
        lead: Msg::IndicatorsIntro,
        layout: ShellLayout::Page { static_part: None },
    },
    ShellPage {
        path: "/map",
        title: Msg::MapTitle,
        lead: Msg::MapIntro,
        layout: ShellLayout::Page { static_part: None },
    },
    ShellPage {
        path: "/crafts",
        title: Msg::CraftsTitle,
        lead: Msg::CraftsLead,
        layout: ShellLayout::Page { static_part: None },
    },
    ShellPage {
        path: "/sources",
        title: Msg::SourcesTitle,
        lead: Msg::SourcesIntro,
        layout: ShellLayout::Page {
            static_part: Some(method_section),
        },
    },
    ShellPage {
        path: "/embed/map",
        title: Msg::MapChartTitle,
        lead: Msg::MapIntro,
        layout: ShellLayout::Widget {
            layout_class: "map-layout",
            hint: map_hint_text,
        },
    },
];

/// The bundled facts the shells of families, markets and charts are written from: what the
/// app reads on those pages (`data/atlas.json`, `data/catalogue.json`, `country-names.json`).
#[derive(Debug, Clone, Copy)]
pub struct ShellFacts<'a> {
    /// The dataset.
    pub dataset: &'a Dataset,
    /// The crafts catalogue.
    pub catalogue: &'a Catalogue,
    /// The world map's country names.
    pub names: &'a CountryNames,
}

/// One page of the app in one language, as its shell.
#[derive(Debug, Clone, PartialEq)]
pub struct Shell {
    /// The route, e.g. `/craft/carpets`.
    pub path: String,
    /// The shell's language.
    pub locale: Locale,
    /// The page's name, the start of its `<title>`.
    title: String,
    /// The meta description.
    description: String,
    /// What takes the place of `index.html`'s loading screen.
    body: String,
    /// False for embeds, kept out of search engines.
    indexed: bool,
}

/// The CSS selector, on a shell whose words come from the facts, of the element the app shows
/// them in: the app keeps the shell on screen until that element (or an error) is rendered,
/// so the words are never replaced by a loading line.
pub const READY_ATTRIBUTE: &str = "data-ready-when";

impl Shell {
    /// Where the shell is written in the build, e.g. `map.ar.html`: the file the web server
    /// looks for as `$uri.<lang>.html`.
    pub fn file_name(&self) -> String {
        format!(
            "{}.{}.html",
            self.path.trim_start_matches('/'),
            self.locale.tag()
        )
    }

    /// `template` (the built `index.html`) as this shell.
    pub fn document(&self, template: &str) -> Result<String, MissingPart> {
        let title = page_title(self.locale, &self.title);
        let html = replace_between(
            template,
            "<html ",
            ">",
            &html_attributes(self.locale),
            "<html> tag",
        )?;
        let html = replace_between(&html, "<title>", "</title>", &escape(&title), "<title>")?;
        let html = replace_between(
            &html,
            "<meta name=\"description\" content=\"",
            "\"",
            &escape(&self.description),
            "meta description",
        )?;
        let html = match self.indexed {
            true => html,
            false => html.replacen(
                "</head>",
                "<meta name=\"robots\" content=\"noindex\" /></head>",
                1,
            ),
        };
        replace_between(
            &html,
            "<!-- boot-shell -->",
            "<!-- /boot-shell -->",
            &self.body,
            "boot-shell markers",
        )
    }
}

/// Every shell of the build, in every language: the site's pages, each family of the
/// catalogue (its page and its card's embed), each market the facts name, and each chart's
/// embed.
pub fn all_shells(facts: ShellFacts) -> Vec<Shell> {
    let markets = markets(facts.dataset);
    let family_profiles = Profiles::new(facts.dataset, CodedDimension::ProductFamily);
    let family_profiles = &family_profiles;
    Locale::ALL
        .into_iter()
        .flat_map(|locale| {
            let site = SHELL_PAGES.iter().map(move |page| site_shell(page, locale));
            let families = facts.catalogue.families.iter().flat_map(move |family| {
                [
                    family_shell(facts, family, locale),
                    family_embed_shell(facts, family_profiles, family, locale),
                ]
            });
            let markets = markets
                .iter()
                .map(move |code| market_shell(facts, code, locale));
            let charts = ChartId::ALL
                .iter()
                .filter_map(move |chart| chart_embed_shell(facts.dataset, *chart, locale));
            site.chain(families)
                .chain(markets)
                .chain(charts)
                .collect::<Vec<_>>()
        })
        .collect()
}

/// The shell of a page of the site, from texts alone.
pub fn site_shell(page: &ShellPage, locale: Locale) -> Shell {
    let text = |msg: Msg| escape(msg.text(locale));
    let body = match page.layout {
        ShellLayout::Page { static_part } => page_body(
            page.path,
            locale,
            None,
            &format!(
                "<h1>{}</h1><p class=\"lead\">{}</p>{}",
                text(page.title),
                text(page.lead),
                static_part.map(|part| part(locale)).unwrap_or_default()
            ),
        ),
        ShellLayout::Widget { layout_class, hint } => embed_body(
            locale,
            None,
            &format!(
                "<div class=\"{layout_class}\">\
                 <figure class=\"chart-frame compact\"><figcaption><h2>{title}</h2></figcaption>\
                 <div class=\"chart-area\">{loading}<p class=\"chart-hint\">{hint}</p></div>\
                 </figure></div>",
                title = text(page.title),
                loading = loading_line(locale),
                hint = escape(&hint(locale)),
            ),
        ),
    };
    Shell {
        path: page.path.to_owned(),
        locale,
        title: page.title.text(locale).to_owned(),
        description: page.lead.text(locale).to_owned(),
        body,
        indexed: matches!(page.layout, ShellLayout::Page { .. }),
    }
}

/// A family's page (`ui::pages::family`): the way back to the crafts, then its motif, name
/// and what it is.
fn family_shell(facts: ShellFacts, family: &Family, locale: Locale) -> Shell {
    let path = craft_path(&family.code);
    let name = code_name(locale, &facts.dataset.codes, &family.code);
    let text = words(locale, &family.text).to_owned();
    let content = format!(
        "<p class=\"breadcrumb no-print\"><a href=\"{back}\">{back_text}</a></p>\
         <article class=\"family-page\" data-family=\"{code}\"><header class=\"family-hero\">\
         {motif}<h1>{name}</h1><p class=\"lead\">{lead}</p></header></article>",
        back = escape(&link("/crafts", locale)),
        back_text = escape(Msg::BackToCrafts.text(locale)),
        code = escape(&family.code),
        motif = motif_svg(family.motif),
        name = escape(&name),
        lead = escape(&text),
    );
    Shell {
        body: page_body(
            &path,
            locale,
            Some("[data-testid=\"family-text\"]"),
            &content,
        ),
        path,
        locale,
        title: name,
        description: text,
        indexed: true,
    }
}

/// A family's card alone (`/embed/family/<code>`, `ui::pages::embed`), in the words the app
/// writes it with.
fn family_embed_shell(
    facts: ShellFacts,
    profiles: &Profiles,
    family: &Family,
    locale: Locale,
) -> Shell {
    let card = family_card(facts.catalogue, &facts.dataset.codes, family);
    let latest = profiles.of(&family.code);
    let text = family_card_text(
        locale,
        &card,
        facts.catalogue,
        &facts.dataset.codes,
        latest.latest_share(),
    );
    let crafts = match card.crafts.is_empty() {
        true => String::new(),
        false => format!(
            "<p class=\"family-crafts\"><span class=\"muted\">{}</span>{}</p>\
             <p class=\"family-places\"><span class=\"muted\">{}</span>{}</p>",
            escape(&text.crafts_label),
            escape(&text.crafts),
            escape(&text.places_label),
            escape(&text.places)
        ),
    };
    let labels: String = text
        .labels
        .iter()
        .map(|label| format!("<li class=\"badge\">{}</li>", escape(label)))
        .collect();
    let content = format!(
        "<ul class=\"family-grid embed-family\"><li class=\"family-card\" data-family=\"{code}\">\
         {motif}<h2><a href=\"{href}\">{name}</a></h2>\
         <p class=\"family-share\"><span class=\"muted\">{share_label}</span>\
         <strong>{share}</strong></p>{crafts}<ul class=\"badge-list\">{labels}</ul></li></ul>",
        code = escape(&family.code),
        motif = motif_svg(family.motif),
        href = escape(&link(&craft_path(&family.code), locale)),
        name = escape(&text.name),
        share_label = escape(&text.share_label),
        share = escape(&text.share),
    );
    Shell {
        path: format!("/embed/family/{}", family.code),
        locale,
        body: embed_body(locale, Some(".family-card"), &content),
        description: words(locale, &family.text).to_owned(),
        title: text.name,
        indexed: false,
    }
}

/// A market's profile (`ui::pages::market`): the way back to the map, its name and lead.
fn market_shell(facts: ShellFacts, code: &str, locale: Locale) -> Shell {
    let path = market_path(code);
    let name = market_name(locale, &facts.dataset.codes, Some(facts.names), code);
    let content = format!(
        "<p class=\"breadcrumb\"><a href=\"{back}\">{back_text}</a></p>\
         <article class=\"market-profile\" data-market=\"{code}\">\
         <h1>{name}</h1><p class=\"lead\">{lead}</p></article>",
        back = escape(&link("/map", locale)),
        back_text = escape(Msg::MarketBackToMap.text(locale)),
        code = escape(code),
        name = escape(&name),
        lead = escape(Msg::MarketLead.text(locale)),
    );
    Shell {
        body: page_body(
            &path,
            locale,
            Some("[data-testid=\"market-name\"]"),
            &content,
        ),
        path,
        locale,
        title: name,
        description: Msg::MarketLead.text(locale).to_owned(),
        indexed: true,
    }
}

/// A chart's embed (`/embed/chart/<name>`): its frame's title, period and summary for the
/// chart's default choice, as the app computes them; `None` for a chart without a chart
/// embed.
fn chart_embed_shell(dataset: &Dataset, chart: ChartId, locale: Locale) -> Option<Shell> {
    let embed = chart
        .embed_path()
        .filter(|path| path.starts_with(CHART_EMBED_PREFIX))?;
    let [title, subtitle, summary] = chart.visit_spec(FirstWords { dataset, locale })?;
    let figure = format!(
        "<figure class=\"chart-frame\"><figcaption><h2>{title}</h2>\
         <p class=\"chart-subtitle\">{subtitle}</p><p class=\"chart-summary\">{summary}</p>\
         </figcaption>{loading}</figure>",
        title = escape(&title),
        subtitle = escape(&subtitle),
        summary = escape(&summary),
        loading = loading_line(locale),
    );
    Some(Shell {
        path: format!("/embed/{embed}"),
        locale,
        body: embed_body(locale, Some(".chart-summary"), &figure),
        title,
        description: summary,
        indexed: false,
    })
}

/// A chart's title, subtitle and summary for its default choice.
struct FirstWords<'a> {
    dataset: &'a Dataset,
    locale: Locale,
}

impl SpecVisitor for FirstWords<'_> {
    type Output = [String; 3];
    fn visit<S: ChartSpec>(self) -> [String; 3] {
        let figures = S::figures(self.dataset, &S::Choice::default());
        [
            S::title(&figures, self.locale),
            S::subtitle(&figures, self.locale),
            S::summary(&figures, self.dataset, self.locale),
        ]
    }
}

/// A family's motif as `ui::widgets::FamilyMotif` draws it (a decorative banner).
fn motif_svg(motif: Motif) -> String {
    let paths: String = motif_paths(motif)
        .iter()
        .map(|path| {
            format!(
                "<path class=\"{}\" d=\"{}\"></path>",
                path.layer.class(),
                path.d
            )
        })
        .collect();
    format!(
        "<svg class=\"motif\" aria-hidden=\"true\" focusable=\"false\"><defs>\
         <pattern id=\"motif-shell\" patternUnits=\"userSpaceOnUse\" width=\"{WIDTH}\" \
         height=\"{HEIGHT}\" patternTransform=\"scale(1.5)\">{paths}</pattern></defs>\
         <rect width=\"100%\" height=\"100%\" fill=\"url(#motif-shell)\"></rect></svg>"
    )
}

/// What keeps a shell from being written: the built `index.html` lacks a part it replaces.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("index.html has no {0}: the page shells replace it")]
pub struct MissingPart(pub &'static str);

/// The `<html>` tag's attributes for `locale`, after `<html `.
fn html_attributes(locale: Locale) -> String {
    format!(
        "lang=\"{}\" dir=\"{}\"",
        locale.tag(),
        locale.direction().as_str()
    )
}

/// Replaces what lies between the first `start` and the next `end` with `content`.
fn replace_between(
    text: &str,
    start: &str,
    end: &str,
    content: &str,
    part: &'static str,
) -> Result<String, MissingPart> {
    let from = text.find(start).ok_or(MissingPart(part))? + start.len();
    let to = from + text[from..].find(end).ok_or(MissingPart(part))?;
    Ok(format!("{}{content}{}", &text[..from], &text[to..]))
}

/// The shell's box, with the selector the app waits for when the words come from the facts.
fn shell_box(ready_when: Option<&str>, content: &str) -> String {
    let ready = ready_when
        .map(|selector| format!(" {READY_ATTRIBUTE}=\"{}\"", escape(selector)))
        .unwrap_or_default();
    format!("<div id=\"boot-shell\" class=\"page-shell\"{ready}>{content}</div>")
}

/// A page of the site: skip link, header, then `content`, the app's loading line and the
/// notice for a visitor without JavaScript in `<main>`, with the classes the app gives them,
/// so its first render replaces them where they stand.
fn page_body(path: &str, locale: Locale, ready_when: Option<&str>, content: &str) -> String {
    shell_box(
        ready_when,
        &format!(
            "<a class=\"skip-link\" href=\"#main\">{skip}</a>{header}\
             <main id=\"main\" tabindex=\"-1\">{content}{loading}{no_script}</main>",
            skip = escape(Msg::SkipToContent.text(locale)),
            header = header(path, locale),
            loading = loading_line(locale),
            no_script = no_script_notice(locale),
        ),
    )
}

/// An embedded widget: the embed's frame (`ui::pages::embed`, its default options) around
/// `content`, as the app's first render shows it.
fn embed_body(locale: Locale, ready_when: Option<&str>, content: &str) -> String {
    shell_box(
        ready_when,
        &format!(
            "<main id=\"main\" tabindex=\"-1\" class=\"embedded\">\
             <div class=\"embed\" data-theme=\"light\" data-title=\"on\" data-source=\"full\">\
             <h1 class=\"visually-hidden\">{name}</h1>{content}{no_script}</div></main>",
            name = escape(Msg::AppName.text(locale)),
            no_script = no_script_notice(locale),
        ),
    )
}

/// The app's loading line (`LoadingState`), where the page's data will show.
fn loading_line(locale: Locale) -> String {
    format!(
        "<p class=\"loading\" role=\"status\" aria-live=\"polite\">\
         <span class=\"spinner\" aria-hidden=\"true\"></span>{}</p>",
        escape(Msg::Loading.text(locale))
    )
}

/// What a visitor without JavaScript reads instead of the figures.
fn no_script_notice(locale: Locale) -> String {
    format!(
        "<noscript><p class=\"notice\">{}</p></noscript>",
        escape(Msg::NeedsJavascript.text(locale))
    )
}

/// The Sources page's method (`ui::pages::sources::MethodSection`): its rules, from texts alone.
fn method_section(locale: Locale) -> String {
    let rules: String = METHOD_RULES
        .iter()
        .map(|rule| format!("<li>{}</li>", escape(rule.text(locale))))
        .collect();
    format!(
        "<section class=\"method\" aria-labelledby=\"method-title\">\
         <h2 id=\"method-title\">{}</h2><ul>{rules}</ul></section>",
        escape(Msg::MethodTitle.text(locale))
    )
}

/// The app's header (brand, sections, languages) as `ui::shell::Header` renders it on the page
/// at `path`: the section's own page is the current page, a page below it the current location.
fn header(path: &str, locale: Locale) -> String {
    let sections: String = SITE_SECTIONS
        .iter()
        .map(|&(section, label, below)| {
            let current = if section == path {
                " aria-current=\"page\""
            } else if below.is_some_and(|prefix| path.starts_with(prefix)) {
                " aria-current=\"location\""
            } else {
                ""
            };
            format!(
                "<li><a href=\"{}\"{current}>{}</a></li>",
                escape(&link(section, locale)),
                escape(label.text(locale))
            )
        })
        .collect();
    let languages: String = Locale::ALL
        .iter()
        .map(|&choice| {
            let current = if choice == locale {
                " aria-current=\"true\""
            } else {
                ""
            };
            format!(
                "<li><a href=\"{}\" lang=\"{tag}\" hreflang=\"{tag}\"{current}>{}</a></li>",
                escape(&link(path, choice)),
                choice.native_name(),
                tag = choice.tag(),
            )
        })
        .collect();
    format!(
        "<header class=\"site-header\">\
         <a class=\"brand\" href=\"{home}\"><span class=\"brand-mark\" aria-hidden=\"true\"></span>\
         <span class=\"brand-text\"><span class=\"brand-name\">{name}</span>\
         <span class=\"brand-tagline\">{tagline}</span></span></a>\
         <nav class=\"main-nav\" aria-label=\"{navigation}\"><ul>{sections}</ul></nav>\
         <nav class=\"language-switcher\" aria-label=\"{language}\"><ul>{languages}</ul></nav>\
         </header>",
        home = escape(&link("/", locale)),
        name = escape(Msg::AppName.text(locale)),
        tagline = escape(Msg::AppTagline.text(locale)),
        navigation = escape(Msg::MainNavigation.text(locale)),
        language = escape(Msg::LanguageLabel.text(locale)),
    )
}

/// A link to `path` in `locale`, relative to the document's `<base href>` (the app's public
/// URL), so the same shell serves the app at the root or under a sub-path.
fn link(path: &str, locale: Locale) -> String {
    let relative = match path.trim_start_matches('/') {
        "" => "./",
        below => below,
    };
    localized_path(relative, locale)
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEMPLATE: &str = "<!DOCTYPE html>\n<html lang=\"fr\" dir=\"ltr\">\n<head>\
        <base href=\"/atlas/\" /><title>Artisanat Atlas</title>\
        <meta name=\"description\" content=\"trilingual\" /></head>\n<body>\
        <!-- boot-shell --><div id=\"boot-shell\">Chargement…</div><!-- /boot-shell -->\
        <script src=\"/atlas/boot.js\"></script></body></html>";

    /// The shell of a site page, written into the test template.
    fn document_of(page: ShellPage, locale: Locale) -> String {
        site_shell(&page, locale).document(TEMPLATE).unwrap()
    }

    fn map_page() -> ShellPage {
        SHELL_PAGES[1]
    }

    fn map_embed() -> ShellPage {
        SHELL_PAGES[4]
    }

    #[test]
    fn a_widget_shell_shows_its_title_and_hint_in_the_embed_frame_and_is_not_indexed() {
        let shell = document_of(map_embed(), Locale::Fr);
        assert!(shell.contains("<main id=\"main\" tabindex=\"-1\" class=\"embedded\">"));
        assert!(shell.contains(&format!(
            "<h2>{}</h2>",
            escape(Msg::MapChartTitle.text(Locale::Fr))
        )));
        assert!(shell.contains(&format!(
            "<p class=\"chart-hint\">{}</p>",
            escape(&map_hint_text(Locale::Fr))
        )));
        assert!(shell.contains("<meta name=\"robots\" content=\"noindex\" /></head>"));
        assert!(!shell.contains("site-header"), "an embed has no header");
        assert_eq!(
            site_shell(&map_embed(), Locale::Ar).file_name(),
            "embed/map.ar.html"
        );
    }

    #[test]
    fn the_sources_shell_lists_the_method_after_its_lead() {
        let sources = SHELL_PAGES[3];
        assert_eq!(sources.path, "/sources");
        let shell = document_of(sources, Locale::En);
        let lead = shell.find("class=\"lead\"").unwrap();
        let method = shell.find("<section class=\"method\"").unwrap();
        assert!(lead < method);
        for rule in METHOD_RULES {
            assert!(shell.contains(&format!("<li>{}</li>", escape(rule.text(Locale::En)))));
        }
        let map = document_of(map_page(), Locale::En);
        assert!(
            !map.contains("class=\"method\""),
            "only the Sources page has a method"
        );
    }

    #[test]
    fn a_page_shell_is_indexed() {
        let shell = document_of(map_page(), Locale::Fr);
        assert!(!shell.contains("noindex"));
    }

    #[test]
    fn a_shell_speaks_its_language_and_direction() {
        let shell = document_of(map_page(), Locale::Ar);
        assert!(shell.contains("<html lang=\"ar\" dir=\"rtl\">"));
        assert!(shell.contains(&format!("<h1>{}</h1>", Msg::MapTitle.text(Locale::Ar))));
        assert!(shell.contains(&format!(
            "<title>{} — {}</title>",
            Msg::MapTitle.text(Locale::Ar),
            Msg::AppName.text(Locale::Ar)
        )));
        assert!(shell.contains(&format!(
            "content=\"{}\"",
            escape(Msg::MapIntro.text(Locale::Ar))
        )));
        assert!(
            !shell.contains("Chargement…"),
            "the trilingual loading line is replaced"
        );
        assert!(
            shell.contains("<script src=\"/atlas/boot.js\"></script>"),
            "the boot script stays"
        );
    }

    #[test]
    fn the_header_marks_the_page_and_keeps_the_language_in_its_links() {
        let shell = document_of(map_page(), Locale::En);
        assert!(shell.contains("<a href=\"map?lang=en\" aria-current=\"page\">Map</a>"));
        assert!(shell.contains("<a href=\"./?lang=en\">Home</a>"));
        assert!(shell.contains("<a href=\"map\" lang=\"fr\" hreflang=\"fr\">Français</a>"));
        assert!(shell.contains("hreflang=\"en\" aria-current=\"true\">English</a>"));
    }

    #[test]
    fn the_default_language_has_no_parameter() {
        let shell = document_of(map_page(), Locale::Fr);
        assert!(shell.contains("<a href=\"indicators\">Indicateurs</a>"));
        assert!(!shell.contains("lang=fr"));
    }

    #[test]
    fn a_template_without_the_markers_is_refused() {
        let template = TEMPLATE.replace("<!-- /boot-shell -->", "");
        assert_eq!(
            site_shell(&map_page(), Locale::Fr).document(&template),
            Err(MissingPart("boot-shell markers"))
        );
    }

    #[test]
    fn texts_are_escaped() {
        assert_eq!(escape("a < b & \"c\""), "a &lt; b &amp; &quot;c&quot;");
    }

    /// The bundled facts, as the build reads them.
    fn facts_then<R>(check: impl FnOnce(ShellFacts) -> R) -> R {
        let loaded = crate::data::parse_dataset(include_str!("../public/data/atlas.json")).unwrap();
        let catalogue = Catalogue::parse(include_str!("../public/data/catalogue.json")).unwrap();
        let names =
            CountryNames::from_json(r#"{"US":["États-Unis","الولايات المتحدة","United States"]}"#)
                .unwrap();
        check(ShellFacts {
            dataset: &loaded.dataset,
            catalogue: &catalogue,
            names: &names,
        })
    }

    /// The written shell of `path` in `locale`, among every shell of `facts`.
    fn written(facts: ShellFacts, path: &str, locale: Locale) -> String {
        all_shells(facts)
            .into_iter()
            .find(|shell| shell.path == path && shell.locale == locale)
            .unwrap_or_else(|| panic!("no shell for {path} in {locale:?}"))
            .document(TEMPLATE)
            .unwrap()
    }

    #[test]
    fn every_page_and_language_has_its_own_file() {
        facts_then(|facts| {
            let shells = all_shells(facts);
            let names: std::collections::BTreeSet<String> =
                shells.iter().map(Shell::file_name).collect();
            assert_eq!(names.len(), shells.len());
            let families = facts.catalogue.families.len();
            let markets = markets(facts.dataset).len();
            assert_eq!(
                shells.len(),
                (SHELL_PAGES.len() + 2 * families + markets + 5) * Locale::ALL.len(),
                "site pages, families' pages and embeds, markets and five chart embeds"
            );
            for name in [
                "map.ar.html",
                "craft/carpets.fr.html",
                "market/US.en.html",
                "embed/chart/exports.ar.html",
                "embed/chart/sector.fr.html",
                "embed/family/zellige.ar.html",
            ] {
                assert!(names.contains(name), "{name}");
            }
        });
    }

    #[test]
    fn a_family_shell_shows_its_name_motif_and_text_below_the_crafts_section() {
        facts_then(|facts| {
            let page = written(facts, "/craft/carpets", Locale::Ar);
            let family = facts.catalogue.family("carpets").unwrap();
            let name = code_name(Locale::Ar, &facts.dataset.codes, "carpets");
            assert!(page.contains(&format!(
                "<title>{}</title>",
                escape(&page_title(Locale::Ar, &name))
            )));
            assert!(page.contains(&format!("<h1>{}</h1>", escape(&name))));
            let text = escape(words(Locale::Ar, &family.text));
            assert!(page.contains(&format!("<p class=\"lead\">{text}</p>")));
            assert!(page.contains(&format!("content=\"{text}\"")));
            assert!(page.contains("<svg class=\"motif\""));
            assert!(page.contains("<a href=\"crafts?lang=ar\" aria-current=\"location\">"));
            assert!(page.contains("<a href=\"craft/carpets?lang=en\" lang=\"en\""));
            assert!(page.contains("data-ready-when=\"[data-testid=&quot;family-text&quot;]\""));
        });
    }

    #[test]
    fn a_family_embed_shell_shows_its_card_in_the_embed_frame() {
        facts_then(|facts| {
            let page = written(facts, "/embed/family/carpets", Locale::Fr);
            let profiles = Profiles::new(facts.dataset, CodedDimension::ProductFamily);
            let family = facts.catalogue.family("carpets").unwrap();
            let card = family_card(facts.catalogue, &facts.dataset.codes, family);
            let text = family_card_text(
                Locale::Fr,
                &card,
                facts.catalogue,
                &facts.dataset.codes,
                profiles.of("carpets").latest_share(),
            );
            assert!(text.share.contains('%'), "the latest share is published");
            assert!(page.contains(&format!("<strong>{}</strong>", escape(&text.share))));
            assert!(page.contains(&format!("</span>{}</p>", escape(&text.crafts))));
            assert!(page.contains("<li class=\"family-card\" data-family=\"carpets\">"));
            assert!(page.contains("<meta name=\"robots\" content=\"noindex\" /></head>"));
            assert!(page.contains("data-ready-when=\".family-card\""));
        });
    }

    #[test]
    fn a_market_shell_names_the_market_as_the_map_does() {
        facts_then(|facts| {
            let page = written(facts, "/market/US", Locale::En);
            let name = market_name(Locale::En, &facts.dataset.codes, Some(facts.names), "US");
            assert!(page.contains(&format!("<h1>{}</h1>", escape(&name))));
            assert!(page.contains(&format!(
                "<p class=\"lead\">{}</p>",
                escape(Msg::MarketLead.text(Locale::En))
            )));
            assert!(page.contains("<a href=\"map?lang=en\" aria-current=\"location\">"));
        });
    }

    #[test]
    fn a_chart_embed_shell_shows_the_summary_the_app_computes_and_is_not_indexed() {
        facts_then(|facts| {
            let page = written(facts, "/embed/chart/exports", Locale::Fr);
            let figures = crate::charts::ExportsByYearSpec::figures(facts.dataset, &());
            let summary =
                crate::charts::ExportsByYearSpec::summary(&figures, facts.dataset, Locale::Fr);
            assert!(
                summary.chars().any(|c| c.is_ascii_digit()),
                "the summary gives figures"
            );
            assert!(page.contains(&format!(
                "<p class=\"chart-summary\">{}</p>",
                escape(&summary)
            )));
            assert!(page.contains("<meta name=\"robots\" content=\"noindex\" /></head>"));
            assert!(!page.contains("site-header"));
            assert!(page.contains("data-ready-when=\".chart-summary\""));
        });
    }

    #[test]
    fn a_site_page_shell_is_replaced_at_once() {
        let shell = document_of(map_page(), Locale::Fr);
        assert!(!shell.contains(READY_ATTRIBUTE));
    }
}
