//! The HTML of the shells: the app's header, the page and embed frames, the loading line, the
//! notice for a visitor without JavaScript and a family's motif, written as the app's
//! components render them, so that the app's first render replaces them where they stand.

use super::READY_ATTRIBUTE;
use crate::data::Motif;
use crate::embed::escape_html as escape;
use crate::i18n::{Locale, METHOD_RULES, Msg};
use crate::showcase::motif::{HEIGHT, WIDTH};
use crate::showcase::motif_paths;
use crate::url_state::{SITE_SECTIONS, localized_path};

/// A family's motif as `ui::widgets::FamilyMotif` draws it (a decorative banner).
pub(super) fn motif_svg(motif: Motif, id: &str) -> String {
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
         <pattern id=\"{id}\" patternUnits=\"userSpaceOnUse\" width=\"{WIDTH}\" \
         height=\"{HEIGHT}\" patternTransform=\"scale(1.5)\">{paths}</pattern></defs>\
         <rect width=\"100%\" height=\"100%\" fill=\"url(#{id})\"></rect></svg>"
    )
}

/// What keeps a shell from being written: the built `index.html` lacks a part it replaces.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("index.html has no {0}: the page shells replace it")]
pub struct MissingPart(pub &'static str);

/// The `<html>` tag's attributes for `locale`, after `<html `.
pub(super) fn html_attributes(locale: Locale) -> String {
    format!(
        "lang=\"{}\" dir=\"{}\"",
        locale.tag(),
        locale.direction().as_str()
    )
}

/// Replaces what lies between the first `start` and the next `end` with `content`.
pub(super) fn replace_between(
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
pub(super) fn shell_box(ready_when: Option<&str>, content: &str) -> String {
    let ready = ready_when
        .map(|selector| format!(" {READY_ATTRIBUTE}=\"{}\"", escape(selector)))
        .unwrap_or_default();
    format!("<div id=\"boot-shell\" class=\"page-shell\"{ready}>{content}</div>")
}

/// A page of the site: skip link, header, then `content`, the app's loading line and the
/// notice for a visitor without JavaScript in `<main>`, with the classes the app gives them,
/// so its first render replaces them where they stand.
pub(super) fn page_body(
    path: &str,
    locale: Locale,
    ready_when: Option<&str>,
    content: &str,
) -> String {
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
pub(super) fn embed_body(locale: Locale, ready_when: Option<&str>, content: &str) -> String {
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
pub(super) fn loading_line(locale: Locale) -> String {
    format!(
        "<p class=\"loading\" role=\"status\" aria-live=\"polite\">\
         <span class=\"spinner\" aria-hidden=\"true\"></span>{}</p>",
        escape(Msg::Loading.text(locale))
    )
}

/// What a visitor without JavaScript reads instead of the figures.
pub(super) fn no_script_notice(locale: Locale) -> String {
    format!(
        "<noscript><p class=\"notice\">{}</p></noscript>",
        escape(Msg::NeedsJavascript.text(locale))
    )
}

/// The Sources page's method (`ui::pages::sources::MethodSection`): its rules, from texts alone.
pub(super) fn method_section(locale: Locale) -> String {
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
pub(super) fn header(path: &str, locale: Locale) -> String {
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
    let menu = format!(
        "<span class=\"menu-icon\" aria-hidden=\"true\"></span><span>{}</span>",
        escape(Msg::MenuLabel.text(locale))
    );
    let language = format!(
        "<span aria-hidden=\"true\">{}</span><span class=\"visually-hidden\">{}</span>",
        locale.short_name(),
        locale.native_name()
    );
    format!(
        "<header class=\"site-header\">\
         <a class=\"brand\" href=\"{home}\"><span class=\"brand-mark\" aria-hidden=\"true\"></span>\
         <span class=\"brand-text\"><span class=\"brand-name\">{name}</span>\
         <span class=\"brand-tagline\">{tagline}</span></span></a>{navigation}{languages}</header>",
        home = escape(&link("/", locale)),
        name = escape(Msg::AppName.text(locale)),
        tagline = escape(Msg::AppTagline.text(locale)),
        navigation = header_menu(
            "main-nav",
            Msg::MainNavigation.text(locale),
            &menu,
            &sections
        ),
        languages = header_menu(
            "language-switcher",
            Msg::LanguageLabel.text(locale),
            &language,
            &languages
        ),
    )
}

/// The app's `HeaderMenu` (`ui/shell.rs`): links folded into a disclosure on a phone.
fn header_menu(class: &str, label: &str, summary: &str, items: &str) -> String {
    format!(
        "<nav class=\"header-menu {class}\" aria-label=\"{}\"><details><summary>{summary}</summary>\
         <ul>{items}</ul></details></nav>",
        escape(label)
    )
}

/// A link to `path` in `locale`, relative to the document's `<base href>` (the app's public
/// URL), so the same shell serves the app at the root or under a sub-path.
pub(super) fn link(path: &str, locale: Locale) -> String {
    let relative = match path.trim_start_matches('/') {
        "" => "./",
        below => below,
    };
    localized_path(relative, locale)
}
