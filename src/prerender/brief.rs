//! A buyer brief's words as markup for its shell: the same lead, paragraphs, reference marks
//! and references as `ui::pages::brief` shows once the app has started.

use super::BUILD_FIGURE;
use super::markup::link;
use crate::data::{Catalogue, CountryNames, Dataset, Family, is_web_address};
use crate::embed::escape_html as escape;
use crate::i18n::{
    Locale, Msg, claim_text, list_separator, outlet_label, reference_run_text, topic_heading, words,
};
use crate::showcase::{Brief, Reference, family_brief, reference_runs};
use crate::stats::Profile;
use crate::url_state::brief_path;

/// The brief of `family` for all its markets: lead, paragraphs and references.
pub(super) fn brief_markup(
    dataset: &Dataset,
    catalogue: &Catalogue,
    names: &CountryNames,
    profile: &Profile,
    family: &Family,
    locale: Locale,
) -> String {
    let brief: Brief = family_brief(dataset, catalogue, profile, None);
    let page = link(&brief_path(&family.code), locale);
    let paragraphs: String = brief
        .paragraphs
        .iter()
        .map(|paragraph| {
            let sentences: String = paragraph
                .sentences
                .iter()
                .map(|sentence| {
                    let text = claim_text(locale, dataset, Some(names), &sentence.claim);
                    format!(
                        "<span class=\"brief-sentence\">{}{}</span> ",
                        escape(&text),
                        marks(&sentence.references, &page, locale)
                    )
                })
                .collect();
            format!(
                "<section class=\"brief-section\"><h2>{}</h2><p>{sentences}</p></section>",
                escape(topic_heading(locale, paragraph.topic))
            )
        })
        .collect();
    let references: String = brief
        .references
        .iter()
        .enumerate()
        .map(|(index, reference)| reference_item(index + 1, reference, locale))
        .collect();
    format!(
        "<p class=\"brief-lead\">{lead}{lead_marks}</p>\
         <div class=\"brief-prose\" {BUILD_FIGURE}>{paragraphs}</div>\
         <section class=\"brief-references\"><h2>{heading}</h2><ol>{references}</ol></section>",
        lead = escape(words(locale, &family.text)),
        lead_marks = marks(&brief.lead, &page, locale),
        heading = escape(Msg::BriefReferencesHeading.text(locale)),
    )
}

/// A sentence's reference numbers, linked to the list on `page` (the brief's address below the
/// document's base).
fn marks(numbers: &[usize], page: &str, locale: Locale) -> String {
    let links: Vec<String> = reference_runs(numbers)
        .into_iter()
        .map(|run| {
            let (shown, label) = reference_run_text(locale, run);
            format!(
                "<a href=\"{}#brief-ref-{}\" aria-label=\"{}\">{}</a>",
                escape(page),
                run.0,
                escape(&label),
                escape(&shown)
            )
        })
        .collect();
    format!(
        "<sup class=\"brief-refs\">{}</sup>",
        links.join(list_separator(locale))
    )
}

/// One entry of the references: its outlet, linked when online, and its date.
fn reference_item(number: usize, reference: &Reference, locale: Locale) -> String {
    let outlet = escape(&outlet_label(locale, &reference.outlet));
    let name = match reference.url.as_deref().filter(|url| is_web_address(url)) {
        Some(url) => format!(
            "<a href=\"{}\" rel=\"noopener noreferrer external\" target=\"_blank\">{outlet}</a>",
            escape(url)
        ),
        None => format!("<span>{outlet}</span>"),
    };
    let date = reference
        .date
        .as_deref()
        .map(|date| format!(", <bdi>{}</bdi>", escape(date)))
        .unwrap_or_default();
    format!("<li id=\"brief-ref-{number}\"><bdi>{name}</bdi>{date}</li>")
}
