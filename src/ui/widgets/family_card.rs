//! A family's card, as on the crafts page and in its embed: motif, name linking to its page,
//! crafts, places, labels and latest share of craft exports.

use crate::data::{Catalogue, Loaded};
use crate::i18n::{FamilyCardText, family_card_text};
use crate::showcase::FamilyCard;
use crate::stats::ProfilePeriod;
use crate::ui::context::{use_base, use_locale};
use crate::ui::widgets::FamilyMotif;
use crate::url_state::craft_path;
use leptos::prelude::*;
use std::sync::Arc;

/// A family's card: motif, name linking to its page, crafts, places, labels and latest share,
/// in words written by `i18n::family_card_text` (as its shell is).
#[component]
pub fn FamilyCardView(
    card: FamilyCard,
    catalogue: Arc<Catalogue>,
    loaded: Arc<Loaded>,
    latest: Option<ProfilePeriod>,
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
    let code = card.code.clone();
    let has_crafts = !card.crafts.is_empty();
    let text = Memo::new(move |_| {
        family_card_text(
            locale.get(),
            &card,
            &catalogue,
            &loaded.dataset.codes,
            latest.as_ref(),
        )
    });
    let part =
        move |pick: fn(&FamilyCardText) -> &String| move || text.with(|text| pick(text).clone());
    let labels = move || {
        text.with(|text| {
            text.labels
                .iter()
                .map(|label| view! { <li class="badge">{label.clone()}</li> })
                .collect_view()
        })
    };
    view! {
        <li class="family-card" data-family=code>
            <FamilyMotif motif />
            <h2><a href=href>{part(|t| &t.name)}</a></h2>
            <p class="family-share">
                <span class="muted">{part(|t| &t.share_label)}</span>
                <strong>{part(|t| &t.share)}</strong>
            </p>
            <Show when=move || has_crafts>
                <p class="family-crafts"><span class="muted">{part(|t| &t.crafts_label)}</span>{part(|t| &t.crafts)}</p>
                <p class="family-places"><span class="muted">{part(|t| &t.places_label)}</span>{part(|t| &t.places)}</p>
            </Show>
            <ul class="badge-list">{labels}</ul>
        </li>
    }
}
