//! The searchable list of markets beside the map: every country and world region the
//! destination figures name, with its share in the period shown, each opening its profile. The
//! keyboard and screen-reader way into the profiles.

use crate::data::{CountryNames, Loaded, REGION_PREFIX};
use crate::i18n::{Msg, format_percent, market_name, no_market_match_text};
use crate::order::sort_by;
use crate::stats::Breakdown;
use crate::ui::context::{use_base, use_locale};
use crate::url_state::market_path;
use leptos::prelude::*;
use std::sync::Arc;

/// A market in the list: code, name in the page's language, share in the period shown.
type Entry = (String, String, Option<f64>);

/// True when `query` (any case) is part of the name or is the code.
fn matches(name: &str, code: &str, query: &str) -> bool {
    let query = query.trim().to_lowercase();
    query.is_empty() || name.to_lowercase().contains(&query) || code.eq_ignore_ascii_case(&query)
}

/// The list, filtered as the visitor types; countries first, then groups of countries.
#[component]
pub fn MarketList(
    /// Every market code, countries before regions.
    codes: Vec<String>,
    loaded: Arc<Loaded>,
    /// The map's country names, when they could be loaded.
    names: Option<Arc<CountryNames>>,
    /// The breakdown of the period the map shows.
    #[prop(into)]
    breakdown: Signal<Option<Breakdown>>,
) -> impl IntoView {
    let locale = use_locale();
    let base = use_base();
    let (query, set_query) = signal(String::new());
    let entries = Memo::new(move |_| {
        let (tables, locale) = (&loaded.dataset.codes, locale.get());
        breakdown.with(|breakdown| {
            codes
                .iter()
                .map(|code| {
                    let name = market_name(locale, tables, names.as_deref(), code);
                    let share = breakdown
                        .as_ref()
                        .and_then(|b| b.rows.iter().find(|row| &row.key == code))
                        .and_then(|row| row.share.figure.value());
                    (code.clone(), name, share)
                })
                .collect::<Vec<Entry>>()
        })
    });
    // Largest share in the period first, then the others by name.
    let group = move |regions: bool| {
        Memo::new(move |_| {
            let query = query.get();
            let mut shown: Vec<Entry> = entries.with(|entries| {
                entries
                    .iter()
                    .filter(|(code, name, _)| {
                        code.starts_with(REGION_PREFIX) == regions && matches(name, code, &query)
                    })
                    .cloned()
                    .collect()
            });
            sort_by(&mut shown, |(_, a_name, a), (_, b_name, b)| {
                let share = |s: &Option<f64>| s.unwrap_or(f64::NEG_INFINITY);
                share(b)
                    .total_cmp(&share(a))
                    .then_with(|| a_name.cmp(b_name))
            });
            shown
        })
    };
    let (countries, regions) = (group(false), group(true));
    let items = move |shown: Memo<Vec<Entry>>| {
        let base = base.clone();
        move || {
            shown
                .get()
                .into_iter()
                .map(|(code, name, share)| {
                    let href = base.page(&market_path(&code), locale.get());
                    view! {
                        <li>
                            <a href=href data-market=code>
                                <span class="market-name">{name}</span>
                                <span class="market-share">
                                    {share.map_or_else(|| "—".to_owned(), |s| format_percent(locale.get(), s, 1))}
                                </span>
                            </a>
                        </li>
                    }
                })
                .collect_view()
        }
    };
    let nothing = move || countries.with(Vec::is_empty) && regions.with(Vec::is_empty);
    view! {
        <aside class="market-list" aria-labelledby="market-list-heading">
            <h2 id="market-list-heading">{move || Msg::MarketListHeading.text(locale.get())}</h2>
            <p class="hint">{move || Msg::MarketListHint.text(locale.get())}</p>
            <label class="market-search">
                {move || Msg::MarketSearchLabel.text(locale.get())}
                <input type="search" data-testid="market-search" autocomplete="off"
                    prop:value=query on:input=move |ev| set_query.set(event_target_value(&ev)) />
            </label>
            <Show when=nothing>
                <p class="empty-state" role="status">{move || no_market_match_text(locale.get(), &query.get())}</p>
            </Show>
            <ul class="market-items" data-testid="market-countries">{items(countries)}</ul>
            <Show when=move || !regions.with(Vec::is_empty)>
                <h3>{move || Msg::MarketRegionsHeading.text(locale.get())}</h3>
            </Show>
            <ul class="market-items" data-testid="market-regions">{items(regions)}</ul>
        </aside>
    }
}
