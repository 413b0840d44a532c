//! A source's outlet name, linked to the page it was read in; the source lines of charts, cards
//! and catalogue entries.

use crate::data::{Catalogue, CatalogueSource, Source, is_web_address};
use crate::i18n::{Msg, Plural, outlet_label};
use crate::order::sort_by;
use crate::ui::context::use_locale;
use leptos::prelude::*;
use std::sync::Arc;

/// An outlet name, linked to the page when the source is online (a web address only: never a
/// `javascript:` or `data:` one, whatever the file says). Isolated from the surrounding
/// direction, so that a Latin domain name stays whole inside Arabic text.
/// A document that names no outlet reads "outlet not named" in the page's language.
#[component]
pub fn SourceLink(outlet: String, url: Option<String>) -> impl IntoView {
    let locale = use_locale();
    let label = move || outlet_label(locale.get(), &outlet);
    let name = match url.filter(|url| is_web_address(url)) {
        Some(url) => {
            view! { <a href=url rel="noopener noreferrer external" target="_blank">{label}</a> }
                .into_any()
        }
        None => view! { <span>{label}</span> }.into_any(),
    };
    view! { <bdi>{name}</bdi> }
}

/// Several sources, linked, separated by middle dots.
pub fn source_links(sources: Vec<Source>) -> impl IntoView {
    sources
        .into_iter()
        .enumerate()
        .map(|(position, source)| {
            view! {
                {(position > 0).then_some(" · ")}
                <SourceLink outlet=source.outlet url=source.url />
            }
        })
        .collect_view()
}

/// Catalogue sources as links, each marked when of low reliability.
pub fn catalogue_sources(catalogue: &Catalogue, ids: &[String]) -> impl IntoView + use<> {
    let locale = use_locale();
    let sources: Vec<CatalogueSource> = ids
        .iter()
        .filter_map(|id| catalogue.source(id).cloned())
        .collect();
    sources
        .into_iter()
        .enumerate()
        .map(|(position, source)| {
            let low = source.low_reliability;
            view! {
                {(position > 0).then_some(" · ")}
                <SourceLink outlet=source.outlet url=source.url />
                {low.then(|| view! { " " <span class="badge-warning">{move || Msg::LowReliabilityMark.text(locale.get())}</span> })}
            }
        })
        .collect_view()
}

/// "Sources: …" under a catalogue entry.
#[component]
pub fn CatalogueSourceLine(catalogue: Arc<Catalogue>, ids: Vec<String>) -> impl IntoView {
    let locale = use_locale();
    view! {
        <p class="kpi-sources">
            <span>{move || Msg::SourcesLabel.text(locale.get())}</span> " " {catalogue_sources(&catalogue, &ids)}
        </p>
    }
}

/// "Sources: …" under a chart or a card: `lead` named, each linking to the page it was read
/// in, and the rest of `sources` behind "and N more sources".
#[component]
pub fn SourceLine(
    sources: Signal<Vec<Source>>,
    lead: Signal<Vec<Source>>,
    /// The line's class: `source-line` under a chart, `source-line kpi-sources` on a card.
    #[prop(default = "source-line")]
    class: &'static str,
) -> impl IntoView {
    let locale = use_locale();
    let links = |sources: Vec<Source>| {
        sources
            .into_iter()
            .map(|s| view! { <li><SourceLink outlet=s.outlet url=s.url /></li> })
            .collect_view()
    };
    let others = Memo::new(move |_| {
        let lead = lead.get();
        let mut others = sources.get();
        others.retain(|source| !lead.contains(source));
        others
    });
    let more = move || {
        let count = others.with(Vec::len);
        (count > 0).then(|| {
            view! {
                <details class="more-sources">
                    <summary>{move || Plural::MoreSources.fill(locale.get(), count, &[])}</summary>
                    <ul>{move || links(others.get())}</ul>
                </details>
            }
        })
    };
    view! {
        <div class=class>
            <span>{move || Msg::SourcesLabel.text(locale.get())}</span>
            <ul>{move || links(lead.get())}</ul>
            {more}
        </div>
    }
}

/// How many outlets a card's source line names before folding the others.
const NAMED_ON_A_CARD: usize = 3;

/// A card's source line: its most recent outlets named (at most [`NAMED_ON_A_CARD`]), the others
/// one click away.
#[component]
pub fn CardSourceLine(#[prop(into)] sources: Signal<Vec<Source>>) -> impl IntoView {
    let lead =
        Signal::derive(move || sources.with(|sources| most_recent(sources, NAMED_ON_A_CARD)));
    view! { <SourceLine sources lead class="source-line kpi-sources" /> }
}

/// The `count` most recently published of `sources` (undated ones last), newest first.
fn most_recent(sources: &[Source], count: usize) -> Vec<Source> {
    let mut sorted = sources.to_vec();
    // Dates are `YYYY`, `YYYY-MM` or `YYYY-MM-DD`: their text order is their time order.
    sort_by(&mut sorted, |a, b| b.date.cmp(&a.date));
    sorted.truncate(count);
    sorted
}

#[cfg(test)]
mod tests {
    use super::*;

    fn source(id: &str, date: Option<&str>) -> Source {
        Source {
            id: id.to_owned(),
            outlet: format!("{id}.ma"),
            url: None,
            date: date.map(str::to_owned),
        }
    }

    #[test]
    fn a_card_names_its_most_recent_sources_first_and_undated_ones_last() {
        let sources = [
            source("a", Some("2021")),
            source("b", None),
            source("c", Some("2025-03-02")),
            source("d", Some("2025-11")),
        ];
        let named: Vec<String> = most_recent(&sources, 3)
            .into_iter()
            .map(|source| source.id)
            .collect();
        assert_eq!(named, ["d", "c", "a"]);
        assert_eq!(most_recent(&sources[..1], 3), sources[..1]);
    }
}
