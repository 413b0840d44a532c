//! Page shells written at build time (`src/bin/atlas-shells.rs`): for each page that opens with
//! a heading and a lead paragraph, and for each language, a copy of the built `index.html` that
//! already shows the page's header, heading and lead in that language, with its own title,
//! description and direction. The web server sends `<page>.<lang>.html` for `<page>?lang=<lang>`
//! (deploy/), so a phone on a slow connection paints the page's words before the WebAssembly has
//! arrived; the app then replaces the shell in the same task as its first render.

use crate::embed::escape_html as escape;
use crate::i18n::{Locale, METHOD_RULES, Msg, map_hint_text, page_title};
use crate::url_state::{SITE_SECTIONS, localized_path};

/// A page written as a shell: its address below the app's base, its title and lead, and the
/// first screen it shows.
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

/// The first screen of a shell.
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

/// The pages with a shell: those whose first screen is a heading and a lead paragraph in the
/// app (`PageIntro`), and the map's embed. The home page has its own small bundle.
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

/// Where the shell of `page` in `locale` is written in the build, e.g. `map.ar.html`: the file
/// the web server looks for as `$uri.<lang>.html`.
pub fn shell_file_name(page: &ShellPage, locale: Locale) -> String {
    format!(
        "{}.{}.html",
        page.path.trim_start_matches('/'),
        locale.tag()
    )
}

/// What keeps a shell from being written: the built `index.html` lacks a part it replaces.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("index.html has no {0}: the page shells replace it")]
pub struct MissingPart(pub &'static str);

/// `template` (the built `index.html`) as the shell of `page` in `locale`.
pub fn page_shell(template: &str, page: &ShellPage, locale: Locale) -> Result<String, MissingPart> {
    let title = page_title(locale, page.title.text(locale));
    let html = replace_between(
        template,
        "<html ",
        ">",
        &html_attributes(locale),
        "<html> tag",
    )?;
    let html = replace_between(&html, "<title>", "</title>", &escape(&title), "<title>")?;
    let description = escape(page.lead.text(locale));
    let html = replace_between(
        &html,
        "<meta name=\"description\" content=\"",
        "\"",
        &description,
        "meta description",
    )?;
    let (html, body) = match page.layout {
        ShellLayout::Page { static_part } => {
            let body = page_body(page, locale, static_part.map(|part| part(locale)));
            (html, body)
        }
        ShellLayout::Widget { layout_class, hint } => {
            let unindexed = html.replacen(
                "</head>",
                "<meta name=\"robots\" content=\"noindex\" /></head>",
                1,
            );
            (
                unindexed,
                widget_body(page, locale, layout_class, &hint(locale)),
            )
        }
    };
    replace_between(
        &html,
        "<!-- boot-shell -->",
        "<!-- /boot-shell -->",
        &body,
        "boot-shell markers",
    )
}

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

/// The shell's visible page: skip link, header, heading, lead and the app's loading line, with
/// the classes the app gives them, so its first render replaces them where they stand.
fn page_body(page: &ShellPage, locale: Locale, static_part: Option<String>) -> String {
    let text = |msg: Msg| escape(msg.text(locale));
    format!(
        "<div id=\"boot-shell\" class=\"page-shell\">\
         <a class=\"skip-link\" href=\"#main\">{skip}</a>\
         {header}\
         <main id=\"main\" tabindex=\"-1\">\
         <h1>{title}</h1><p class=\"lead\">{lead}</p>{static_part}\
         {loading}{no_script}\
         </main></div>",
        skip = text(Msg::SkipToContent),
        header = header(page, locale),
        title = text(page.title),
        lead = text(page.lead),
        static_part = static_part.unwrap_or_default(),
        loading = loading_line(locale),
        no_script = no_script_notice(locale),
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

/// The shell of an embedded widget: the embed's frame (`ui::pages::embed`, its default options)
/// around the chart frame's title and the text under its picture, with the loading line where
/// the picture will be; the app's first render puts the same text in the same frame.
fn widget_body(page: &ShellPage, locale: Locale, layout_class: &str, hint: &str) -> String {
    let text = |msg: Msg| escape(msg.text(locale));
    format!(
        "<div id=\"boot-shell\" class=\"page-shell\">\
         <main id=\"main\" tabindex=\"-1\" class=\"embedded\">\
         <div class=\"embed\" data-theme=\"light\" data-title=\"true\" data-source=\"full\">\
         <h1 class=\"visually-hidden\">{name}</h1><div class=\"{layout_class}\">\
         <figure class=\"chart-frame compact\"><figcaption><h2>{title}</h2></figcaption>\
         <div class=\"chart-area\">\
         {loading}<p class=\"chart-hint\">{hint}</p></div></figure></div>{no_script}\
         </div></main></div>",
        name = text(Msg::AppName),
        title = text(page.title),
        loading = loading_line(locale),
        hint = escape(hint),
        no_script = no_script_notice(locale),
    )
}

/// The app's header (brand, sections, languages) as `ui::shell::Header` renders it on `page`.
fn header(page: &ShellPage, locale: Locale) -> String {
    let sections: String = SITE_SECTIONS
        .iter()
        .map(|&(path, label, _)| {
            let current = if path == page.path {
                " aria-current=\"page\""
            } else {
                ""
            };
            format!(
                "<li><a href=\"{}\"{current}>{}</a></li>",
                escape(&link(path, locale)),
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
                escape(&link(page.path, choice)),
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

    fn map_page() -> ShellPage {
        SHELL_PAGES[1]
    }

    fn map_embed() -> ShellPage {
        SHELL_PAGES[4]
    }

    #[test]
    fn a_widget_shell_shows_its_title_and_hint_in_the_embed_frame_and_is_not_indexed() {
        let shell = page_shell(TEMPLATE, &map_embed(), Locale::Fr).unwrap();
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
            shell_file_name(&map_embed(), Locale::Ar),
            "embed/map.ar.html"
        );
    }

    #[test]
    fn the_sources_shell_lists_the_method_after_its_lead() {
        let sources = SHELL_PAGES[3];
        assert_eq!(sources.path, "/sources");
        let shell = page_shell(TEMPLATE, &sources, Locale::En).unwrap();
        let lead = shell.find("class=\"lead\"").unwrap();
        let method = shell.find("<section class=\"method\"").unwrap();
        assert!(lead < method);
        for rule in METHOD_RULES {
            assert!(shell.contains(&format!("<li>{}</li>", escape(rule.text(Locale::En)))));
        }
        let map = page_shell(TEMPLATE, &map_page(), Locale::En).unwrap();
        assert!(
            !map.contains("class=\"method\""),
            "only the Sources page has a method"
        );
    }

    #[test]
    fn a_page_shell_is_indexed() {
        let shell = page_shell(TEMPLATE, &map_page(), Locale::Fr).unwrap();
        assert!(!shell.contains("noindex"));
    }

    #[test]
    fn a_shell_speaks_its_language_and_direction() {
        let shell = page_shell(TEMPLATE, &map_page(), Locale::Ar).unwrap();
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
        let shell = page_shell(TEMPLATE, &map_page(), Locale::En).unwrap();
        assert!(shell.contains("<a href=\"map?lang=en\" aria-current=\"page\">Map</a>"));
        assert!(shell.contains("<a href=\"./?lang=en\">Home</a>"));
        assert!(shell.contains("<a href=\"map\" lang=\"fr\" hreflang=\"fr\">Français</a>"));
        assert!(shell.contains("hreflang=\"en\" aria-current=\"true\">English</a>"));
    }

    #[test]
    fn the_default_language_has_no_parameter() {
        let shell = page_shell(TEMPLATE, &map_page(), Locale::Fr).unwrap();
        assert!(shell.contains("<a href=\"indicators\">Indicateurs</a>"));
        assert!(!shell.contains("lang=fr"));
    }

    #[test]
    fn a_template_without_the_markers_is_refused() {
        let template = TEMPLATE.replace("<!-- /boot-shell -->", "");
        assert_eq!(
            page_shell(&template, &map_page(), Locale::Fr),
            Err(MissingPart("boot-shell markers"))
        );
    }

    #[test]
    fn texts_are_escaped() {
        assert_eq!(escape("a < b & \"c\""), "a &lt; b &amp; &quot;c&quot;");
    }

    #[test]
    fn every_page_and_language_has_its_own_file() {
        let names: std::collections::BTreeSet<String> = SHELL_PAGES
            .iter()
            .flat_map(|page| Locale::ALL.map(|locale| shell_file_name(page, locale)))
            .collect();
        assert_eq!(names.len(), SHELL_PAGES.len() * Locale::ALL.len());
        assert!(names.contains("map.ar.html"));
    }
}
