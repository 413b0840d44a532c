//! A family's card, as on the crafts page and in its embed: motif, name linking to its page,
//! crafts, places, labels and latest share of craft exports.

use crate::data::{Catalogue, Loaded};
use crate::i18n::{
    Msg, code_name, format_percent, label_text, list_separator, period_label, words,
};
use crate::showcase::FamilyCard;
use crate::stats::Profile;
use crate::ui::context::{use_base, use_locale};
use crate::ui::widgets::FamilyMotif;
use crate::url_state::craft_path;
use leptos::prelude::*;
use std::sync::Arc;

/// A family's card: motif, name linking to its page, crafts, places, labels and latest share.
#[component]
pub fn FamilyCardView(
    card: FamilyCard,
    catalogue: Arc<Catalogue>,
    loaded: Arc<Loaded>,
    profile: Option<Arc<Profile>>,
) -> impl IntoView {
    let locale = use_locale();
    let base = use_base();
    let motif = catalogue
        .family(&card.code)
        .map(|f| f.motif)
        .unwrap_or(crate::data::Motif::Plain);
    let href = {
        let path = craft_path(&card.code);
        move || base.page(&path, locale.get())
    };
    let name = {
        let (loaded, code) = (Arc::clone(&loaded), card.code.clone());
        move || code_name(locale.get(), &loaded.dataset.codes, &code)
    };
    let crafts = {
        let (catalogue, codes) = (Arc::clone(&catalogue), card.crafts.clone());
        move || {
            codes
                .iter()
                .filter_map(|code| catalogue.crafts.iter().find(|c| &c.code == code))
                .map(|craft| words(locale.get(), &craft.name).to_owned())
                .collect::<Vec<_>>()
                .join(" · ")
        }
    };
    let places = {
        let (catalogue, codes) = (Arc::clone(&catalogue), card.places.clone());
        move || {
            codes
                .iter()
                .filter_map(|code| catalogue.place(code))
                .map(|place| words(locale.get(), &place.name).to_owned())
                .collect::<Vec<_>>()
                .join(list_separator(locale.get()))
        }
    };
    let labels = card
        .labels
        .iter()
        .filter_map(|code| catalogue.label(code).cloned())
        .map(|label| view! { <li class="badge">{move || words(locale.get(), &label.name).to_owned()}</li> })
        .collect_view();
    let share = profile.and_then(|p| p.latest_share().cloned());
    let figure = move || match &share {
        Some(row) => format!(
            "{} · {}",
            format_percent(
                locale.get(),
                row.share.figure.value().unwrap_or_default(),
                1
            ),
            period_label(locale.get(), row.period)
        ),
        None => Msg::NoNationalFigure.text(locale.get()).to_owned(),
    };
    let has_crafts = !card.crafts.is_empty();
    view! {
        <li class="family-card" data-family=card.code.clone()>
            <FamilyMotif motif />
            <h2><a href=href>{name}</a></h2>
            <p class="family-share">
                <span class="muted">{move || label_text(locale.get(), Msg::MarketLatestShare.text(locale.get()))}</span>
                <strong>{figure}</strong>
            </p>
            <Show when=move || has_crafts>
                <p class="family-crafts"><span class="muted">{move || label_text(locale.get(), Msg::CardCrafts.text(locale.get()))}</span>{crafts.clone()}</p>
                <p class="family-places"><span class="muted">{move || label_text(locale.get(), Msg::PlacesLabel.text(locale.get()))}</span>{places.clone()}</p>
            </Show>
            <ul class="badge-list">{labels}</ul>
        </li>
    }
}
