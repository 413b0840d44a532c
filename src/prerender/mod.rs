//! Page shells written at build time (`src/bin/atlas-shells.rs`): for each page and each
//! language, a copy of the built `index.html` that already shows the page's header, heading
//! and lead in that language, with its own title, description and direction. The site's pages
//! come from texts alone; a family's page, a market's page and a chart's embed also show what
//! the app computes first from the bundled facts (a name, a text, a chart's summary), computed
//! here by the same code. The web server sends `<page>.<lang>.html` for `<page>?lang=<lang>`
//! (deploy/), so a phone on a slow connection paints the page's words before the WebAssembly
//! has arrived; the app then takes the shell's place (`ui::app::start`).

mod brief;
mod markup;
mod site;

pub use markup::MissingPart;
pub use site::{SiteAddress, robots, sitemap};

use brief::brief_markup;
use markup::{
    embed_body, html_attributes, link, loading_line, method_section, motif_svg, page_body,
    replace_between,
};
use site::open_graph_locale;

use crate::charts::{
    CHART_EMBED_PREFIX, ChartId, ChartSpec, MAP_PREVIEW_LEADERS, SpecVisitor, map_preview,
};
use crate::data::{
    Catalogue, CodedDimension, CountryNames, Dataset, DatasetCut, Family, Motif, Source,
};
use crate::embed::{escape_html as escape, kpi_card_name, kpi_name};
use crate::i18n::{
    Locale, Msg, Plural, TEXT_FILES, code_name, family_card_text, kpi_text, label_text,
    latest_share_text, list_separator, map_hint_text, market_name, outlet_label, page_title,
    period_label, value_text, words,
};
use crate::previews::{Preview, PreviewFigure};
use crate::showcase::family_card;
use crate::stats::{
    BASE_YEAR, Kpi, KpiKind, KpiUnit, Profile, Profiles, headline_source_count, kpis, markets,
};
use crate::url_state::{brief_path, craft_path, market_path};

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
/// lead paragraph in the app (`PageIntro`), and the map's embed. The home page and the
/// indicators page lead with figures (`home_shell`, `indicators_shell`).
pub const SHELL_PAGES: [ShellPage; 4] = [
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
    /// What the page's link preview shows.
    pub preview: Preview,
}

/// The CSS selector, on a shell whose words come from the facts, of the element the app shows
/// them in: the app keeps the shell on screen until that element (or an error) is rendered,
/// so the words are never replaced by a loading line.
pub const READY_ATTRIBUTE: &str = "data-ready-when";

impl Shell {
    /// Where the shell is written in the build, e.g. `map.ar.html`: the file the web server
    /// looks for as `$uri.<lang>.html` (`index.ar.html` for the home page).
    pub fn file_name(&self) -> String {
        format!("{}.{}.html", self.stem(), self.locale.tag())
    }

    /// Where the page's link preview is written in the build, e.g. `previews/map.ar.png`.
    pub fn preview_file(&self) -> String {
        format!("previews/{}.{}.png", self.stem(), self.locale.tag())
    }

    /// The page's route as a file name without extension: `map`, `craft/carpets`, `index`.
    fn stem(&self) -> &str {
        match self.path.trim_start_matches('/') {
            "" => "index",
            below => below,
        }
    }

    /// Whether search engines are asked to list it (the site's pages, not the embeds).
    pub fn indexed(&self) -> bool {
        self.indexed
    }

    /// `template` (the built `index.html`) as this shell, published at `site`.
    pub fn document(&self, template: &str, site: &SiteAddress) -> Result<String, MissingPart> {
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
        let robots = match self.indexed {
            true => "",
            false => "<meta name=\"robots\" content=\"noindex\" />",
        };
        if !html.contains("</head>") {
            return Err(MissingPart("</head>"));
        }
        // The app starts once its language's texts are in, and shows its figures once the
        // data are: the browser fetches both with the page, not after the code.
        let preloads: String = [
            self.locale.pick(TEXT_FILES),
            DatasetCut::read_on(&self.path).path(),
        ]
        .iter()
        .map(|file| {
            format!(
                "<link rel=\"preload\" href=\"{file}\" as=\"fetch\" crossorigin=\"anonymous\" />"
            )
        })
        .collect();
        let html = html.replacen(
            "</head>",
            &format!("{robots}{preloads}{}</head>", self.head_links(site)),
            1,
        );
        replace_between(
            &html,
            "<!-- boot-shell -->",
            "<!-- /boot-shell -->",
            &self.body,
            "boot-shell markers",
        )
    }

    /// The page's full address, its languages (`hreflang`), and its link preview (Open Graph
    /// and Twitter card), all absolute as crawlers and link previews need them.
    fn head_links(&self, site: &SiteAddress) -> String {
        let address = site.page(&self.path, self.locale);
        let alternates: String = Locale::ALL
            .iter()
            .map(|&locale| (locale.tag(), site.page(&self.path, locale)))
            .chain([("x-default", site.page(&self.path, Locale::default()))])
            .map(|(tag, href)| {
                format!(
                    "<link rel=\"alternate\" hreflang=\"{tag}\" href=\"{}\" />",
                    escape(&href)
                )
            })
            .collect();
        let other_locales: String = Locale::ALL
            .iter()
            .filter(|&&locale| locale != self.locale)
            .map(|&locale| {
                format!(
                    "<meta property=\"og:locale:alternate\" content=\"{}\" />",
                    open_graph_locale(locale)
                )
            })
            .collect();
        let meta = |attribute: &str, name: &str, content: &str| {
            format!(
                "<meta {attribute}=\"{name}\" content=\"{}\" />",
                escape(content)
            )
        };
        let image = site.file(&self.preview_file());
        let (width, height) = (crate::previews::WIDTH, crate::previews::HEIGHT);
        [
            format!("<link rel=\"canonical\" href=\"{}\" />", escape(&address)),
            alternates,
            meta("property", "og:type", "website"),
            meta("property", "og:site_name", Msg::AppName.text(self.locale)),
            meta("property", "og:title", &self.title),
            meta("property", "og:description", &self.description),
            meta("property", "og:url", &address),
            meta("property", "og:locale", open_graph_locale(self.locale)),
            other_locales,
            meta("property", "og:image", &image),
            meta("property", "og:image:type", "image/png"),
            meta("property", "og:image:width", &width.to_string()),
            meta("property", "og:image:height", &height.to_string()),
            meta("property", "og:image:alt", &self.preview.title),
            meta("name", "twitter:card", "summary_large_image"),
            meta("name", "twitter:title", &self.title),
            meta("name", "twitter:description", &self.description),
            meta("name", "twitter:image", &image),
        ]
        .concat()
    }
}

/// Every shell of the build, in every language: the site's pages, each family of the
/// catalogue (its page, its buyer brief and its card's embed), each market the facts name,
/// each chart's embed and each headline card's embed.
pub fn all_shells(facts: ShellFacts) -> Vec<Shell> {
    let markets = markets(facts.dataset);
    let family_profiles = Profiles::new(facts.dataset, CodedDimension::ProductFamily);
    let market_profiles = Profiles::new(facts.dataset, CodedDimension::Destination);
    let (family_profiles, market_profiles) = (&family_profiles, &market_profiles);
    let headline_kpis = kpis(facts.dataset, BASE_YEAR, None);
    let headline_kpis = headline_kpis.as_slice();
    Locale::ALL
        .into_iter()
        .flat_map(|locale| {
            let site = SHELL_PAGES
                .iter()
                .map(move |page| site_shell(page, locale))
                .chain([
                    home_shell(facts, headline_kpis, locale),
                    indicators_shell(facts.dataset, headline_kpis, locale),
                ]);
            let cards = headline_kpis
                .iter()
                .map(move |kpi| kpi_embed_shell(facts.dataset, kpi, locale));
            let families = facts.catalogue.families.iter().flat_map(move |family| {
                let profile = family_profiles.of(&family.code);
                [
                    family_shell(facts, &profile, family, locale),
                    brief_shell(facts, &profile, family, locale),
                    family_embed_shell(facts, &profile, family, locale),
                ]
            });
            let markets = markets
                .iter()
                .map(move |code| market_shell(facts, &market_profiles.of(code), code, locale));
            let charts = ChartId::ALL
                .iter()
                .filter_map(move |chart| chart_embed_shell(facts.dataset, *chart, locale));
            site.chain(families)
                .chain(markets)
                .chain(charts)
                .chain(cards)
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
                "{}{}",
                page_intro(page.title.text(locale), page.lead.text(locale)),
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
    let (title, lead) = (page.title.text(locale), page.lead.text(locale));
    Shell {
        path: page.path.to_owned(),
        locale,
        title: title.to_owned(),
        description: lead.to_owned(),
        body,
        indexed: !matches!(page.layout, ShellLayout::Widget { .. }),
        preview: text_preview(title, lead, SITE_MOTIF),
    }
}

/// The motif of the pages that are not a family's: the zellige star.
const SITE_MOTIF: Motif = Motif::Star;

/// A preview with a title and a lead.
fn text_preview(title: &str, lead: &str, motif: Motif) -> Preview {
    Preview {
        title: title.to_owned(),
        lead: lead.to_owned(),
        figure: None,
        source: None,
        motif,
        market: None,
    }
}

/// A headline card as a shell shows it: what the app's card shows first.
struct Headline {
    /// The card's `data-kpi` name.
    kind: &'static str,
    /// Its title, value and period.
    figure: PreviewFigure,
    /// What the figure is about (a market, a family), when the card names it.
    subject: Option<String>,
    /// The outlets that publish it.
    sources: String,
}

/// A profile's headline (`ui::widgets::ProfileFigures`' first card): the latest share of
/// craft exports with its period and rank.
fn headline_share(dataset: &Dataset, profile: &Profile, locale: Locale) -> Option<Headline> {
    let row = profile.latest_share()?;
    let (value, detail) = latest_share_text(locale, profile.dimension, row);
    let sources = dataset.sources_printing(row.share.figure.observations());
    Some(Headline {
        kind: "share",
        figure: PreviewFigure {
            label: Msg::MarketLatestShare.text(locale).to_owned(),
            value,
            detail,
        },
        subject: None,
        sources: outlets(&sources, locale),
    })
}

/// A headline card of the indicators (`ui::widgets::KpiCards`), in the words `i18n::kpi_text`
/// writes for the app's card.
fn headline_kpi(dataset: &Dataset, kpi: &Kpi, locale: Locale) -> Headline {
    let text = kpi_text(locale, kpi, &dataset.codes);
    let sources = kpi.point.figure.cited_sources(dataset);
    Headline {
        kind: kpi_card_name(kpi.kind),
        figure: PreviewFigure {
            label: text.title,
            value: text.value,
            detail: text.detail,
        },
        subject: text.subject,
        sources: outlets(&sources, locale),
    }
}

/// The outlets of some sources, each once, as a reader cites them.
fn outlets(sources: &[Source], locale: Locale) -> String {
    let mut names: Vec<String> = Vec::new();
    for source in sources {
        let name = outlet_label(locale, &source.outlet);
        if !names.contains(&name) {
            names.push(name);
        }
    }
    names.join(", ")
}

/// A headline card computed at build time and marked so, with its title as a heading of
/// `level`.
fn card_html(card: &Headline, level: u8, locale: Locale) -> String {
    let sources = format!(
        "<p class=\"kpi-sources\"><span>{}</span> {}</p>",
        escape(Msg::SourcesLabel.text(locale)),
        escape(&card.sources),
    );
    card_markup(card, level, "kpi-card", &sources)
}

/// A card of `class` with its title as a heading of `level`, its figure, and `sources` (the
/// markup that names them), marked as computed at build time.
fn card_markup(card: &Headline, level: u8, class: &str, sources: &str) -> String {
    let subject = card
        .subject
        .as_deref()
        .map(|subject| format!("<p class=\"kpi-subject\">{}</p>", escape(subject)))
        .unwrap_or_default();
    format!(
        "<article class=\"{class}\" data-kpi=\"{kind}\" {BUILD_FIGURE}>\
         <h{level} class=\"kpi-title\">{label}</h{level}><p class=\"kpi-value\">{value}</p>\
         {subject}<p class=\"kpi-detail\">{detail}</p>{sources}</article>",
        kind = card.kind,
        label = escape(&card.figure.label),
        value = escape(&card.figure.value),
        detail = escape(&card.figure.detail),
    )
}

/// The headline section of a page under `heading`: its cards, as the app shows them first.
fn headline_section(cards: &[Headline], heading: Msg, locale: Locale) -> String {
    if cards.is_empty() {
        return String::new();
    }
    let cards: String = cards
        .iter()
        .map(|card| card_html(card, 3, locale))
        .collect();
    format!(
        "<section class=\"kpi-section\" aria-labelledby=\"shell-figures-heading\">\
         <h2 id=\"shell-figures-heading\">{}</h2><div class=\"kpi-grid\">{cards}</div></section>",
        escape(heading.text(locale)),
    )
}

/// The attribute that marks a figure of a shell as computed at build time from the bundled
/// facts (the app, once started, shows the same figure computed in the browser).
pub const BUILD_FIGURE: &str = "data-computed-at-build";

/// A preview with the page's headline figure when it has one (named with its subject, e.g.
/// "Top family — Pottery"), else its lead.
fn figure_preview(title: &str, lead: &str, motif: Motif, headline: Option<&Headline>) -> Preview {
    let figure = |card: &Headline| PreviewFigure {
        label: match &card.subject {
            Some(subject) => format!("{} — {subject}", card.figure.label),
            None => card.figure.label.clone(),
        },
        ..card.figure.clone()
    };
    Preview {
        figure: headline.map(figure),
        source: headline.map(|card| card.sources.clone()),
        ..text_preview(title, lead, motif)
    }
}

/// A page's heading and lead (`ui::widgets::PageIntro`).
fn page_intro(title: &str, lead: &str) -> String {
    format!(
        "<h1>{}</h1><p class=\"lead\">{}</p>",
        escape(title),
        escape(lead)
    )
}

/// The indicators page (`ui::pages::indicators`): its heading and lead, then its headline
/// cards (`kpis`, for the default span), computed at build time.
fn indicators_shell(dataset: &Dataset, kpis: &[Kpi], locale: Locale) -> Shell {
    let cards: Vec<Headline> = kpis
        .iter()
        .map(|kpi| headline_kpi(dataset, kpi, locale))
        .collect();
    let (title, lead) = (
        Msg::IndicatorsTitle.text(locale),
        Msg::IndicatorsIntro.text(locale),
    );
    let content = format!(
        "{}{}",
        page_intro(title, lead),
        headline_section(&cards, Msg::KpiHeading, locale)
    );
    figures_shell(
        "/indicators",
        (title, lead),
        "[data-kpi]",
        &content,
        &cards,
        locale,
    )
}

/// A page of the site whose shell leads with `cards` computed at build time (the first one in
/// its link preview), shown until the app shows `ready_when`.
fn figures_shell(
    path: &str,
    (title, lead): (&str, &str),
    ready_when: &str,
    content: &str,
    cards: &[Headline],
    locale: Locale,
) -> Shell {
    Shell {
        path: path.to_owned(),
        locale,
        title: title.to_owned(),
        description: lead.to_owned(),
        body: page_body(path, locale, Some(ready_when), content),
        indexed: true,
        preview: figure_preview(title, lead, SITE_MOTIF, cards.first()),
    }
}

/// The home page (`ui::pages::home`): its hero, its headline figures, the small map's
/// largest markets beside the space its picture takes, the crafts with their motifs, and
/// where the figures come from, all computed at build time. The app takes its place once it
/// shows the crafts (the last part it reads).
fn home_shell(facts: ShellFacts, kpis: &[Kpi], locale: Locale) -> Shell {
    let dataset = facts.dataset;
    let cards: Vec<Headline> = kpis
        .iter()
        .filter(|kpi| KpiKind::HOME.contains(&kpi.kind))
        .map(|kpi| headline_kpi(dataset, kpi, locale))
        .collect();
    let figures: String = cards
        .iter()
        .map(|card| home_card_html(card, locale))
        .collect();
    let (title, lead) = (Msg::HomeTitle.text(locale), Msg::HomeIntro.text(locale));
    let provenance = format!(
        "<p class=\"home-provenance\">{} <a href=\"{}\">{}</a></p>",
        escape(&Plural::HomeProvenance.fill(locale, headline_source_count(dataset), &[])),
        escape(&link("/sources", locale)),
        escape(Msg::HomeMethodLink.text(locale)),
    );
    let content = format!(
        "<section class=\"hero home-hero\"><h1>{title}</h1><p class=\"lead\">{lead}</p></section>\
         <section class=\"home-figures\" aria-labelledby=\"home-figures-heading\">{head}\
         <div class=\"kpi-grid home-kpi-grid\">{figures}</div>{provenance}</section>\
         <div class=\"home-atlas\">{map}{crafts}</div>",
        title = escape(title),
        lead = escape(lead),
        head = home_section_head(
            "home-figures-heading",
            Msg::HomeFiguresHeading,
            "/indicators",
            Msg::HomeAllIndicators,
            locale
        ),
        map = home_map_html(facts, locale),
        crafts = home_crafts_html(facts, locale),
    );
    figures_shell(
        "/",
        (title, lead),
        ".home-craft-list a",
        &content,
        &cards,
        locale,
    )
}

/// A home section's heading and the link to its page (`SectionHead`).
fn home_section_head(id: &str, heading: Msg, path: &str, more: Msg, locale: Locale) -> String {
    format!(
        "<div class=\"home-section-head\"><h2 id=\"{id}\">{}</h2>\
         <a class=\"home-more\" href=\"{}\">{}</a></div>",
        escape(heading.text(locale)),
        escape(&link(path, locale)),
        escape(more.text(locale)),
    )
}

/// The home page's closed "Sources" disclosure around `content`.
fn sources_disclosure(content: &str, locale: Locale) -> String {
    format!(
        "<details class=\"figure-sources\"><summary>{}</summary>{content}</details>",
        escape(Msg::FigureSourcesToggle.text(locale))
    )
}

/// A home page figure (`HomeFigure`), computed at build time and marked so.
fn home_card_html(card: &Headline, locale: Locale) -> String {
    let sources = sources_disclosure(&format!("<p>{}</p>", escape(&card.sources)), locale);
    card_markup(card, 3, "kpi-card home-figure", &sources)
}

/// The home page's small map (`HomeMap`): the space its picture takes once the app draws it,
/// and its largest markets.
fn home_map_html(facts: ShellFacts, locale: Locale) -> String {
    let dataset = facts.dataset;
    let Some(preview) = map_preview(dataset, MAP_PREVIEW_LEADERS) else {
        return String::new();
    };
    let leaders: String = preview
        .leaders
        .iter()
        .map(|row| {
            format!(
                "<li><span>{}</span><strong>{}</strong></li>",
                escape(&code_name(locale, &dataset.codes, &row.key)),
                escape(&value_text(locale, KpiUnit::Percent, &row.share.figure))
            )
        })
        .collect();
    let sources = outlets(&preview.leader_sources(dataset), locale);
    format!(
        "<section class=\"home-map\" aria-labelledby=\"home-map-heading\">{head}\
         <div class=\"home-map-picture\"></div>\
         <p class=\"home-map-caption\">{caption}</p><ol class=\"home-leaders\">{leaders}</ol>\
         {sources}</section>",
        head = home_section_head(
            "home-map-heading",
            Msg::HomeMapHeading,
            "/map",
            Msg::HomeOpenMap,
            locale
        ),
        caption = escape(
            &Msg::HomeMapCaption.fill(locale, &[("period", &period_label(locale, preview.period))])
        ),
        sources = sources_disclosure(&format!("<p>{}</p>", escape(&sources)), locale),
    )
}

/// The home page's crafts (`HomeCrafts`): each family with its motif, linking to its page.
fn home_crafts_html(facts: ShellFacts, locale: Locale) -> String {
    let families: String = facts
        .catalogue
        .families
        .iter()
        .map(|family| {
            format!(
                "<li><a href=\"{}\">{}<span>{}</span></a></li>",
                escape(&link(&craft_path(&family.code), locale)),
                motif_svg(family.motif, &format!("motif-shell-{}", family.code)),
                escape(&code_name(locale, &facts.dataset.codes, &family.code))
            )
        })
        .collect();
    format!(
        "<section class=\"home-crafts\" aria-labelledby=\"home-crafts-heading\">{}\
         <ul class=\"home-craft-list\">{families}</ul></section>",
        home_section_head(
            "home-crafts-heading",
            Msg::HomeFamiliesHeading,
            "/crafts",
            Msg::HomeAllCrafts,
            locale
        ),
    )
}

/// A headline card's embed (`/embed/kpi/<name>`, `ui::widgets::SingleKpi`): the card alone,
/// with the default span.
fn kpi_embed_shell(dataset: &Dataset, kpi: &Kpi, locale: Locale) -> Shell {
    let card = headline_kpi(dataset, kpi, locale);
    let content = format!(
        "<div class=\"kpi-grid kpi-single\">{}</div>",
        card_html(&card, 2, locale)
    );
    let description = format!("{} {}", card.figure.value, card.figure.detail);
    Shell {
        path: format!("/embed/kpi/{}", kpi_name(kpi.kind)),
        locale,
        body: embed_body(locale, Some("[data-kpi]"), &content),
        preview: figure_preview(&card.figure.label, "", SITE_MOTIF, Some(&card)),
        title: card.figure.label,
        description,
        indexed: false,
    }
}

/// A family's page (`ui::pages::family`): the way back to the crafts, then its motif, name,
/// what it is, and its flagship crafts with their places.
fn family_shell(facts: ShellFacts, profile: &Profile, family: &Family, locale: Locale) -> Shell {
    let path = craft_path(&family.code);
    let name = code_name(locale, &facts.dataset.codes, &family.code);
    let text = words(locale, &family.text).to_owned();
    let headline = headline_share(facts.dataset, profile, locale);
    let content = format!(
        "<p class=\"breadcrumb no-print\"><a href=\"{back}\">{back_text}</a></p>\
         <article class=\"family-page\" data-family=\"{code}\"><header class=\"family-hero\">\
         {motif}<h1>{name}</h1><p class=\"lead\">{lead}</p></header>{crafts}</article>",
        back = escape(&link("/crafts", locale)),
        back_text = escape(Msg::BackToCrafts.text(locale)),
        code = escape(&family.code),
        motif = motif_svg(family.motif, "motif-shell"),
        name = escape(&name),
        lead = escape(&text),
        crafts = crafts_section(facts.catalogue, &family.code, locale),
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
        preview: figure_preview(&name, &text, family.motif, headline.as_ref()),
        title: name,
        description: text,
        indexed: true,
    }
}

/// A family's flagship crafts as its page first shows them (`FlagshipCrafts`): each craft's
/// name and places, its details folded.
fn crafts_section(catalogue: &Catalogue, family: &str, locale: Locale) -> String {
    let places_label = escape(&label_text(locale, Msg::PlacesLabel.text(locale)));
    let items: String = catalogue
        .crafts_of(family)
        .map(|craft| {
            let places: Vec<&str> = craft
                .places
                .iter()
                .filter_map(|code| catalogue.place(code))
                .map(|place| words(locale, &place.name))
                .collect();
            let places = match places.is_empty() {
                true => String::new(),
                false => format!(
                    "<span class=\"craft-facts\"><span class=\"muted\">{places_label}</span>{}</span>",
                    escape(&places.join(list_separator(locale)))
                ),
            };
            format!(
                "<li class=\"craft-item\" data-craft=\"{}\"><details><summary><h3>{}</h3>{places}\
                 </summary></details></li>",
                escape(&craft.code),
                escape(words(locale, &craft.name)),
            )
        })
        .collect();
    match items.is_empty() {
        true => String::new(),
        false => format!(
            "<section class=\"profile-section\"><h2>{}</h2><ul class=\"craft-list\">{items}</ul>\
             </section>",
            escape(Msg::CraftsHeading.text(locale))
        ),
    }
}

/// A family's buyer brief (`ui::pages::brief`), for all its markets: the way back, then its
/// motif, heading, and the brief's words with their references.
fn brief_shell(facts: ShellFacts, profile: &Profile, family: &Family, locale: Locale) -> Shell {
    let name = code_name(locale, &facts.dataset.codes, &family.code);
    let heading = format!("{} — {name}", Msg::BriefTitle.text(locale));
    let text = words(locale, &family.text).to_owned();
    let headline = headline_share(facts.dataset, profile, locale);
    let content = format!(
        "<div class=\"brief-controls no-print\"><a href=\"{back}\">{back_text}</a></div>\
         <article class=\"brief\" data-family=\"{code}\"><header class=\"brief-header\">\
         {motif}<h1>{heading}</h1></header>{brief}</article>",
        back = escape(&link(&craft_path(&family.code), locale)),
        back_text = escape(Msg::BackToCrafts.text(locale)),
        code = escape(&family.code),
        motif = motif_svg(family.motif, "motif-shell"),
        heading = escape(&heading),
        brief = brief_markup(
            facts.dataset,
            facts.catalogue,
            facts.names,
            profile,
            family,
            locale
        ),
    );
    let path = brief_path(&family.code);
    Shell {
        body: page_body(&path, locale, Some("[data-testid=\"brief\"]"), &content),
        path,
        locale,
        preview: figure_preview(&heading, &text, family.motif, headline.as_ref()),
        title: heading,
        description: text,
        indexed: true,
    }
}

/// A family's card alone (`/embed/family/<code>`, `ui::pages::embed`), in the words the app
/// writes it with.
fn family_embed_shell(
    facts: ShellFacts,
    profile: &Profile,
    family: &Family,
    locale: Locale,
) -> Shell {
    let card = family_card(facts.catalogue, &facts.dataset.codes, family);
    let text = family_card_text(
        locale,
        &card,
        facts.catalogue,
        &facts.dataset.codes,
        profile.latest_share(),
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
        motif = motif_svg(family.motif, "motif-shell"),
        href = escape(&link(&craft_path(&family.code), locale)),
        name = escape(&text.name),
        share_label = escape(&text.share_label),
        share = escape(&text.share),
    );
    let lead = words(locale, &family.text).to_owned();
    let headline = headline_share(facts.dataset, profile, locale);
    Shell {
        path: format!("/embed/family/{}", family.code),
        locale,
        body: embed_body(locale, Some(".family-card"), &content),
        preview: figure_preview(&text.name, &lead, family.motif, headline.as_ref()),
        description: lead,
        title: text.name,
        indexed: false,
    }
}

/// A market's profile (`ui::pages::market`): the way back to the map, its name, lead and
/// headline figure.
fn market_shell(facts: ShellFacts, profile: &Profile, code: &str, locale: Locale) -> Shell {
    let path = market_path(code);
    let name = market_name(locale, &facts.dataset.codes, Some(facts.names), code);
    let lead = Msg::MarketLead.text(locale);
    let headline = headline_share(facts.dataset, profile, locale);
    let content = format!(
        "<p class=\"breadcrumb\"><a href=\"{back}\">{back_text}</a></p>\
         <article class=\"market-profile\" data-market=\"{code}\">\
         <h1>{name}</h1><p class=\"lead\">{lead}</p>{figures}</article>",
        back = escape(&link("/map", locale)),
        back_text = escape(Msg::MarketBackToMap.text(locale)),
        code = escape(code),
        name = escape(&name),
        lead = escape(lead),
        figures = headline_section(headline.as_slice(), Msg::MarketFiguresHeading, locale),
    );
    let preview = Preview {
        market: Some(code.to_owned()),
        ..figure_preview(&name, lead, SITE_MOTIF, headline.as_ref())
    };
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
        description: lead.to_owned(),
        indexed: true,
        preview,
    }
}

/// A chart's embed (`/embed/chart/<name>`): its frame's title, period and summary for the
/// chart's default choice, as the app computes them; `None` for a chart without a chart
/// embed.
fn chart_embed_shell(dataset: &Dataset, chart: ChartId, locale: Locale) -> Option<Shell> {
    let embed = chart
        .embed_path()
        .filter(|path| path.starts_with(CHART_EMBED_PREFIX))?;
    let ([title, subtitle, summary], sources) = chart.visit_spec(FirstWords { dataset, locale })?;
    let figure = format!(
        "<figure class=\"chart-frame\"><figcaption><h2>{title}</h2>\
         <p class=\"chart-subtitle\">{subtitle}</p><p class=\"chart-summary\">{summary}</p>\
         </figcaption>{loading}</figure>",
        title = escape(&title),
        subtitle = escape(&subtitle),
        summary = escape(&summary),
        loading = loading_line(locale),
    );
    let preview = Preview {
        source: (!sources.is_empty()).then(|| outlets(&sources, locale)),
        ..text_preview(&title, &format!("{subtitle} · {summary}"), SITE_MOTIF)
    };
    Some(Shell {
        path: format!("/embed/{embed}"),
        locale,
        body: embed_body(locale, Some(".chart-summary"), &figure),
        title,
        description: summary,
        indexed: false,
        preview,
    })
}

/// A chart's title, subtitle and summary for its default choice, and its sources.
struct FirstWords<'a> {
    dataset: &'a Dataset,
    locale: Locale,
}

impl SpecVisitor for FirstWords<'_> {
    type Output = ([String; 3], Vec<Source>);
    fn visit<S: ChartSpec>(self) -> Self::Output {
        let figures = S::figures(self.dataset, &S::Choice::default());
        let words = [
            S::title(&figures, self.locale),
            S::subtitle(&figures, self.locale),
            S::summary(&figures, self.dataset, self.locale),
        ];
        (words, S::sources(&figures, self.dataset))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::METHOD_RULES;
    use crate::stats::KpiKind;

    const TEMPLATE: &str = "<!DOCTYPE html>\n<html lang=\"fr\" dir=\"ltr\">\n<head>\
        <base href=\"/atlas/\" /><title>Artisanat Atlas</title>\
        <meta name=\"description\" content=\"trilingual\" /></head>\n<body>\
        <!-- boot-shell --><div id=\"boot-shell\">Chargement…</div><!-- /boot-shell -->\
        <script src=\"/atlas/boot.js\"></script></body></html>";

    /// Where the tests publish the build.
    fn site() -> SiteAddress {
        SiteAddress::new("https://atlas.example.ma", "/atlas/").unwrap()
    }

    /// The shell of a site page, written into the test template.
    fn document_of(page: ShellPage, locale: Locale) -> String {
        site_shell(&page, locale)
            .document(TEMPLATE, &site())
            .unwrap()
    }

    /// The site page at `path`.
    fn site_page(path: &str) -> ShellPage {
        SHELL_PAGES
            .into_iter()
            .find(|page| page.path == path)
            .unwrap()
    }

    fn map_page() -> ShellPage {
        site_page("/map")
    }

    fn map_embed() -> ShellPage {
        site_page("/embed/map")
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
        assert!(shell.contains("<meta name=\"robots\" content=\"noindex\" />"));
        assert!(!shell.contains("site-header"), "an embed has no header");
        assert_eq!(
            site_shell(&map_embed(), Locale::Ar).file_name(),
            "embed/map.ar.html"
        );
    }

    #[test]
    fn the_sources_shell_lists_the_method_after_its_lead() {
        let shell = document_of(site_page("/sources"), Locale::En);
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
            site_shell(&map_page(), Locale::Fr).document(&template, &site()),
            Err(MissingPart("boot-shell markers"))
        );
    }

    #[test]
    fn texts_are_escaped() {
        assert_eq!(escape("a < b & \"c\""), "a &lt; b &amp; &quot;c&quot;");
    }

    /// The bundled facts, as the build reads them.
    fn facts_then<R>(check: impl FnOnce(ShellFacts) -> R) -> R {
        let loaded =
            crate::data::parse_dataset(include_str!("../../public/data/atlas.json")).unwrap();
        let catalogue = Catalogue::parse(include_str!("../../public/data/catalogue.json")).unwrap();
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
            .document(TEMPLATE, &site())
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
                (SHELL_PAGES.len() + 2 + 3 * families + markets + 5 + KpiKind::ALL.len())
                    * Locale::ALL.len(),
                "site pages, home, indicators, families' pages, briefs and embeds, markets, five chart \
                 embeds and every headline card's embed"
            );
            for name in [
                "index.fr.html",
                "map.ar.html",
                "craft/carpets/brief.en.html",
                "craft/carpets.fr.html",
                "market/US.en.html",
                "embed/chart/exports.ar.html",
                "embed/chart/sector.fr.html",
                "embed/family/zellige.ar.html",
                "embed/kpi/latest-year.en.html",
                "indicators.fr.html",
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
            // Then its crafts, as the page first shows them: each one's name and places.
            let crafts = facts.catalogue.crafts_of("carpets").count();
            assert!(crafts > 0);
            assert_eq!(page.matches("<li class=\"craft-item\"").count(), crafts);
            assert!(page.contains("data-craft=\"taznakht_carpets\"><details><summary><h3>"));
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
            assert!(page.contains("<meta name=\"robots\" content=\"noindex\" />"));
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
            assert!(page.contains("<meta name=\"robots\" content=\"noindex\" />"));
            assert!(!page.contains("site-header"));
            assert!(page.contains("data-ready-when=\".chart-summary\""));
        });
    }

    #[test]
    fn a_site_page_shell_is_replaced_at_once() {
        let shell = document_of(map_page(), Locale::Fr);
        assert!(!shell.contains(READY_ATTRIBUTE));
    }

    #[test]
    fn a_shell_names_its_address_its_languages_and_its_preview_in_full() {
        let shell = document_of(map_page(), Locale::Ar);
        for tag in [
            "<link rel=\"canonical\" href=\"https://atlas.example.ma/atlas/map?lang=ar\" />",
            "<link rel=\"alternate\" hreflang=\"fr\" href=\"https://atlas.example.ma/atlas/map\" />",
            "<link rel=\"alternate\" hreflang=\"en\" href=\"https://atlas.example.ma/atlas/map?lang=en\" />",
            "<link rel=\"alternate\" hreflang=\"x-default\" href=\"https://atlas.example.ma/atlas/map\" />",
            "<meta property=\"og:url\" content=\"https://atlas.example.ma/atlas/map?lang=ar\" />",
            "<meta property=\"og:locale\" content=\"ar_AR\" />",
            "<meta property=\"og:locale:alternate\" content=\"fr_FR\" />",
            "<meta property=\"og:image\" content=\"https://atlas.example.ma/atlas/previews/map.ar.png\" />",
            "<meta property=\"og:image:width\" content=\"1200\" />",
            "<meta name=\"twitter:card\" content=\"summary_large_image\" />",
        ] {
            assert!(shell.contains(tag), "{tag}");
        }
        assert!(shell.contains(&format!(
            "<meta property=\"og:title\" content=\"{}\" />",
            Msg::MapTitle.text(Locale::Ar)
        )));
        let home = facts_then(|facts| written(facts, "/", Locale::Fr));
        assert!(
            home.contains("<link rel=\"canonical\" href=\"https://atlas.example.ma/atlas/\" />")
        );
        assert!(home.contains("hreflang=\"ar\" href=\"https://atlas.example.ma/atlas/?lang=ar\""));
        assert!(home.contains("content=\"https://atlas.example.ma/atlas/previews/index.fr.png\""));
    }

    #[test]
    fn the_home_shell_is_the_atlas_at_a_glance_computed_at_build_time() {
        let (home, families, leaders) = facts_then(|facts| {
            let families = facts.catalogue.families.len();
            let leaders = map_preview(facts.dataset, MAP_PREVIEW_LEADERS).map(|p| p.leaders.len());
            (written(facts, "/", Locale::En), families, leaders)
        });
        assert!(home.contains(&format!(
            "<title>{} — Artisanat Atlas</title>",
            Msg::HomeTitle.text(Locale::En)
        )));
        assert!(home.contains(&format!(
            "<section class=\"hero home-hero\"><h1>{}</h1>",
            Msg::HomeTitle.text(Locale::En)
        )));
        for kind in KpiKind::HOME {
            let card = format!("data-kpi=\"{}\" {BUILD_FIGURE}>", kpi_card_name(kind));
            assert!(home.contains(&card), "{card}");
        }
        assert_eq!(home.matches("class=\"kpi-card home-figure\"").count(), 4);
        // Each motif has its own pattern, or every craft would show the first one's.
        assert_eq!(home.matches("<pattern id=\"motif-shell-").count(), families);
        assert!(home.contains("<a href=\"craft/carpets?lang=en\"><svg class=\"motif\""));
        assert_eq!(
            home.split("<ol class=\"home-leaders\">")
                .nth(1)
                .map(|list| {
                    list.split("</ol>")
                        .next()
                        .unwrap_or_default()
                        .matches("<li>")
                        .count()
                }),
            leaders
        );
        assert!(leaders.is_some_and(|count| count > 0));
        assert!(home.contains(&format!("{READY_ATTRIBUTE}=\".home-craft-list a\"")));
        assert!(home.contains("<a href=\"./?lang=en\" aria-current=\"page\">Home</a>"));
    }

    #[test]
    fn a_site_address_is_an_origin_and_a_public_url() {
        assert_eq!(
            SiteAddress::new("http://127.0.0.1:8080/", "/")
                .unwrap()
                .page("/craft/carpets", Locale::En),
            "http://127.0.0.1:8080/craft/carpets?lang=en"
        );
        for (origin, base) in [
            ("atlas.example.ma", "/"),
            ("https://", "/"),
            ("https://atlas.example.ma/atlas", "/"),
            ("https://atlas.example.ma", "atlas/"),
            ("https://atlas.example.ma", "/atlas"),
            ("https://atlas example.ma", "/"),
            ("https://atlas.example.ma\"", "/"),
        ] {
            assert!(SiteAddress::new(origin, base).is_err(), "{origin} {base}");
        }
    }

    #[test]
    fn the_sitemap_lists_every_page_in_every_language_and_no_embed() {
        facts_then(|facts| {
            let shells = all_shells(facts);
            let sitemap = sitemap(&shells, &site());
            let pages = shells.iter().filter(|shell| shell.indexed()).count();
            assert_eq!(sitemap.matches("<url>").count(), pages);
            assert_eq!(sitemap.matches("<xhtml:link ").count(), 3 * pages);
            assert!(
                sitemap.contains("<loc>https://atlas.example.ma/atlas/market/US?lang=ar</loc>")
            );
            assert!(
                sitemap.contains("<loc>https://atlas.example.ma/atlas/craft/carpets/brief</loc>")
            );
            assert!(!sitemap.contains("/embed/"));
            assert!(shells.iter().any(|shell| !shell.indexed()));
            assert_eq!(
                robots(&site()),
                "User-agent: *\nAllow: /\nSitemap: https://atlas.example.ma/atlas/sitemap.xml\n"
            );
        });
    }

    #[test]
    fn a_profile_shell_leads_with_its_latest_share_computed_at_build_time() {
        facts_then(|facts| {
            let profile = Profiles::new(facts.dataset, CodedDimension::Destination).of("US");
            let row = profile.latest_share().unwrap();
            let (value, detail) = latest_share_text(Locale::Fr, CodedDimension::Destination, row);
            let page = written(facts, "/market/US", Locale::Fr);
            assert!(page.contains(&format!(
                "<article class=\"kpi-card\" data-kpi=\"share\" {BUILD_FIGURE}>"
            )));
            assert!(page.contains(&format!("<p class=\"kpi-value\">{}</p>", escape(&value))));
            assert!(page.contains(&format!("<p class=\"kpi-detail\">{}</p>", escape(&detail))));
            let shell = all_shells(facts)
                .into_iter()
                .find(|shell| shell.path == "/market/US" && shell.locale == Locale::Fr)
                .unwrap();
            assert_eq!(shell.preview.market.as_deref(), Some("US"));
            assert_eq!(shell.preview.figure.map(|figure| figure.value), Some(value));
            assert!(
                shell
                    .preview
                    .source
                    .is_some_and(|source| !source.is_empty())
            );
            // A family's page leads with its crafts: its figures come later, from the app.
            let family = written(facts, "/craft/carpets", Locale::Ar);
            assert!(!family.contains(BUILD_FIGURE));
        });
    }

    #[test]
    fn a_brief_shell_heads_the_brief_and_leads_back_to_its_family() {
        facts_then(|facts| {
            let page = written(facts, "/craft/carpets/brief", Locale::Fr);
            let name = code_name(Locale::Fr, &facts.dataset.codes, "carpets");
            let heading = format!("{} — {name}", Msg::BriefTitle.text(Locale::Fr));
            assert!(page.contains(&format!("<h1>{}</h1>", escape(&heading))));
            assert!(page.contains("<a href=\"craft/carpets\">"));
            assert!(page.contains("data-ready-when=\"[data-testid=&quot;brief&quot;]\""));
            assert!(!page.contains("noindex"));
            assert!(page.contains(&format!("<div class=\"brief-prose\" {BUILD_FIGURE}>")));
            let profile = Profiles::new(facts.dataset, CodedDimension::ProductFamily).of("carpets");
            let brief =
                crate::showcase::family_brief(facts.dataset, facts.catalogue, &profile, None);
            for sentence in brief.paragraphs.iter().flat_map(|p| &p.sentences) {
                let text = crate::i18n::claim_text(
                    Locale::Fr,
                    facts.dataset,
                    Some(facts.names),
                    &sentence.claim,
                );
                assert!(page.contains(&escape(&text)), "the shell says {text}");
            }
            assert_eq!(
                page.matches("<li id=\"brief-ref-").count(),
                brief.references.len()
            );
        });
    }

    #[test]
    fn the_indicators_shell_leads_with_every_headline_card_as_the_app_writes_it() {
        facts_then(|facts| {
            let page = written(facts, "/indicators", Locale::Ar);
            let cards = kpis(facts.dataset, BASE_YEAR, None);
            assert_eq!(page.matches(BUILD_FIGURE).count(), cards.len());
            for kpi in &cards {
                let text = kpi_text(Locale::Ar, kpi, &facts.dataset.codes);
                assert!(page.contains(&format!(
                    "data-kpi=\"{}\" {BUILD_FIGURE}><h3 class=\"kpi-title\">{}</h3><p class=\"kpi-value\">{}</p>",
                    kpi_card_name(kpi.kind),
                    escape(&text.title),
                    escape(&text.value)
                )));
            }
            assert!(page.contains("data-ready-when=\"[data-kpi]\""));
        });
    }

    #[test]
    fn a_headline_card_embed_shell_is_the_card_alone_and_not_indexed() {
        facts_then(|facts| {
            let page = written(facts, "/embed/kpi/top-family", Locale::En);
            assert_eq!(page.matches(BUILD_FIGURE).count(), 1);
            assert!(page.contains("<div class=\"kpi-grid kpi-single\"><article class=\"kpi-card\" data-kpi=\"top-family\""));
            assert!(
                page.contains("<p class=\"kpi-subject\">"),
                "the card names the family"
            );
            assert!(page.contains("<meta name=\"robots\" content=\"noindex\" />"));
            assert!(!page.contains("site-header"));
        });
    }
}
