//! Home: the atlas in one screen. Its headline figures, where crafts sell, the crafts, and
//! where the figures come from, each computed in the browser from the bundled facts and each
//! leading to its page.

use crate::charts::{MAP_PREVIEW_LEADERS, MapPreview, map_preview};
use crate::data::{FamilyMarks, Loaded, WorldGeometry};
use crate::embed::kpi_card_name;
use crate::i18n::{Msg, Plural, code_name, kpi_text, page_title, period_label, value_text};
use crate::stats::{BASE_YEAR, Kpi, KpiKind, KpiUnit, headline_source_count, kpis};
use crate::ui::context::{use_base, use_locale};
use crate::ui::loaders::{use_family_marks, use_small_world_geometry};
use crate::ui::widgets::{
    ConflictDetail, DatasetView, FamilyMotif, FileView, FormulaNote, NoFigurePattern, source_links,
};
use crate::url_state::craft_path;
use leptos::prelude::*;
use leptos_meta::Title;
use std::sync::Arc;

/// `/`: the atlas at a glance, and the way into each part.
#[component]
pub fn HomePage() -> impl IntoView {
    let locale = use_locale();
    // The crafts and the small map's shapes are fetched beside the dataset, not after it.
    let _ = (use_family_marks(), use_small_world_geometry());
    view! {
        <Title text=move || page_title(locale.get(), Msg::HomeTitle.text(locale.get())) />
        <section class="hero home-hero">
            <h1>{move || Msg::HomeTitle.text(locale.get())}</h1>
            <p class="lead">{move || Msg::HomeIntro.text(locale.get())}</p>
        </section>
        <DatasetView children=|loaded| view! {
            <HomeFigures loaded=Arc::clone(&loaded) />
            <div class="home-atlas">
                <HomeMap loaded=Arc::clone(&loaded) />
                <HomeCrafts loaded=Arc::clone(&loaded) />
            </div>
        } />
    }
}

/// A home section's heading, with the link to the page that tells more.
#[component]
fn SectionHead(id: &'static str, heading: Msg, path: &'static str, more: Msg) -> impl IntoView {
    let locale = use_locale();
    let base = use_base();
    view! {
        <div class="home-section-head">
            <h2 id=id>{move || heading.text(locale.get())}</h2>
            <a class="home-more" href=move || base.page(path, locale.get())>{move || more.text(locale.get())}</a>
        </div>
    }
}

/// The latest year's exports, this year's so far, the top market and the top family, and where
/// they come from.
#[component]
fn HomeFigures(loaded: Arc<Loaded>) -> impl IntoView {
    let cards = kpis(&loaded.dataset, BASE_YEAR, None)
        .into_iter()
        .filter(|kpi| KpiKind::HOME.contains(&kpi.kind))
        .map(|kpi| view! { <HomeFigure kpi loaded=Arc::clone(&loaded) /> })
        .collect_view();
    view! {
        <section class="home-figures" aria-labelledby="home-figures-heading">
            <SectionHead id="home-figures-heading" heading=Msg::HomeFiguresHeading
                path="/indicators" more=Msg::HomeAllIndicators />
            <div class="kpi-grid home-kpi-grid">{cards}</div>
            <Provenance loaded />
        </section>
    }
}

/// One headline figure, its sources (and its arithmetic, when computed) one tap away.
#[component]
fn HomeFigure(kpi: Kpi, loaded: Arc<Loaded>) -> impl IntoView {
    let locale = use_locale();
    let text = {
        let (kpi, loaded) = (kpi.clone(), Arc::clone(&loaded));
        Memo::new(move |_| kpi_text(locale.get(), &kpi, &loaded.dataset.codes))
    };
    let field = move |pick: fn(&crate::i18n::KpiText) -> String| move || text.with(pick);
    let subject = move || {
        text.with(|t| t.subject.clone())
            .map(|subject| view! { <p class="kpi-subject">{subject}</p> })
    };
    let formula = move || {
        text.with(|t| t.formula.clone())
            .map(|formula| view! { <FormulaNote formula /> })
    };
    let sources = kpi.point.figure.cited_sources(&loaded.dataset);
    let raw = kpi.point.figure.value().map(|value| value.to_string());
    let conflict = (kpi.point.reported.len() > 1)
        .then(|| view! { <ConflictDetail kpi=kpi.clone() loaded=Arc::clone(&loaded) /> });
    view! {
        <article class="kpi-card home-figure" data-kpi=kpi_card_name(kpi.kind) data-value=raw>
            <h3 class="kpi-title">{field(|t| t.title.clone())}</h3>
            <p class="kpi-value">{field(|t| t.value.clone())}</p>
            {subject}
            <p class="kpi-detail">{field(|t| t.detail.clone())}</p>
            <SourcesDisclosure>
                {formula}
                <p>{source_links(sources)}</p>
                {conflict}
            </SourcesDisclosure>
        </article>
    }
}

/// "Sources", closed: what a figure rests on, for the reader who asks.
#[component]
fn SourcesDisclosure(children: Children) -> impl IntoView {
    let locale = use_locale();
    view! {
        <details class="figure-sources">
            <summary>{move || Msg::FigureSourcesToggle.text(locale.get())}</summary>
            {children()}
        </details>
    }
}

/// A small world map of where crafts sell, for the top market's period, with its largest
/// markets named; the picture and the link lead to the map.
#[component]
fn HomeMap(loaded: Arc<Loaded>) -> impl IntoView {
    let locale = use_locale();
    let Some(preview) = map_preview(&loaded.dataset, MAP_PREVIEW_LEADERS) else {
        return ().into_any();
    };
    let preview = Arc::new(preview);
    let period = preview.period;
    let caption = move || {
        Msg::HomeMapCaption.fill(
            locale.get(),
            &[("period", &period_label(locale.get(), period))],
        )
    };
    let leaders = preview
        .leaders
        .iter()
        .map(|row| {
            let (code, share) = (row.key.clone(), row.share.figure.clone());
            let loaded = Arc::clone(&loaded);
            view! {
                <li>
                    <span>{move || code_name(locale.get(), &loaded.dataset.codes, &code)}</span>
                    <strong>{move || value_text(locale.get(), KpiUnit::Percent, &share)}</strong>
                </li>
            }
        })
        .collect_view();
    let sources = preview.leader_sources(&loaded.dataset);
    view! {
        <section class="home-map" aria-labelledby="home-map-heading">
            <SectionHead id="home-map-heading" heading=Msg::HomeMapHeading
                path="/map" more=Msg::HomeOpenMap />
            <SmallMapPicture preview />
            <p class="home-map-caption">{caption}</p>
            <ol class="home-leaders">{leaders}</ol>
            <SourcesDisclosure>
                <p>{source_links(sources)}</p>
            </SourcesDisclosure>
        </section>
    }
    .into_any()
}

/// The coarse world painted as `preview` says, once its shapes are in, leading to the map; its
/// space is kept while they load. The link is left out of the Tab order and of what screen
/// readers hear: the "open the map" link of its heading says the same.
#[component]
fn SmallMapPicture(preview: Arc<MapPreview>) -> impl IntoView {
    let locale = use_locale();
    let base = use_base();
    view! {
        <FileView loading=use_small_world_geometry()
            fallback=|| view! { <div class="home-map-picture"></div> }
            children=move |world| {
                let base = base.clone();
                view! {
                    <a class="home-map-picture" href=move || base.page("/map", locale.get())
                        tabindex="-1" aria-hidden="true">
                        {small_map_svg(&world, &preview)}
                    </a>
                }
            } />
    }
}

/// The coarse world's shapes filled as the export map fills them; decorative, the list beside
/// it names the markets.
fn small_map_svg(world: &WorldGeometry, preview: &MapPreview) -> impl IntoView + use<> {
    let shapes = world
        .countries
        .iter()
        .map(|shape| view! { <path d=shape.path.clone() fill=preview.paint.fill(&shape.code) /> })
        .collect_view();
    view! {
        <svg viewBox=format!("0 0 {} {}", world.width, world.height) focusable="false">
            <NoFigurePattern map_width=world.width />
            <g stroke="#ffffff" stroke-width="0.4" stroke-linejoin="round">{shapes}</g>
        </svg>
    }
}

/// The craft families, each with its motif, leading to its page.
#[component]
fn HomeCrafts(loaded: Arc<Loaded>) -> impl IntoView {
    let locale = use_locale();
    let base = use_base();
    let families = move |marks: Arc<FamilyMarks>| {
        let items = marks
            .families
            .iter()
            .map(|family| {
                let (code, motif, base) = (family.code.clone(), family.motif, base.clone());
                let path = craft_path(&code);
                let loaded = Arc::clone(&loaded);
                view! {
                    <li>
                        <a href=move || base.page(&path, locale.get())>
                            <FamilyMotif motif />
                            <span>{move || code_name(locale.get(), &loaded.dataset.codes, &code)}</span>
                        </a>
                    </li>
                }
            })
            .collect_view();
        view! { <ul class="home-craft-list">{items}</ul> }
    };
    view! {
        <section class="home-crafts" aria-labelledby="home-crafts-heading">
            <SectionHead id="home-crafts-heading" heading=Msg::HomeFamiliesHeading
                path="/crafts" more=Msg::HomeAllCrafts />
            <FileView loading=use_family_marks() children=families />
        </section>
    }
}

/// Where the figures come from, in one line, with the way to the sources and the method.
#[component]
fn Provenance(loaded: Arc<Loaded>) -> impl IntoView {
    let locale = use_locale();
    let base = use_base();
    let sources = headline_source_count(&loaded.dataset);
    view! {
        <p class="home-provenance">
            {move || Plural::HomeProvenance.fill(locale.get(), sources, &[])} " "
            <a href=move || base.page("/sources", locale.get())>{move || Msg::HomeMethodLink.text(locale.get())}</a>
        </p>
    }
}
