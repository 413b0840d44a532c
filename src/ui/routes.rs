//! `<AppRoutes>`: the page an address names, among a bundle's pages, inside the router.
//!
//! The router (`leptos_router::Router`: history, links, location, query) stays Leptos's; the
//! table of pages is matched here (`url_state::match_route`) instead of by `<Routes>`, whose
//! matching and nested-route views weigh about 36 KB of gzipped WebAssembly in every bundle,
//! more than a small bundle's own page (measured in the README, "Each page downloads only
//! what it needs"). A page reads its path parameters with [`use_path_param`].

use super::context::use_base;
use crate::url_state::{RouteParams, RoutePattern, match_route};
use leptos::prelude::*;
use leptos_router::hooks::use_location;
use leptos_router::location::{BrowserUrl, LocationProvider};

/// One page of a bundle: the path it answers (`market/:code`) and its view.
#[derive(Clone, Copy)]
pub struct PageRoute {
    pattern: RoutePattern,
    view: fn() -> AnyView,
}

impl PageRoute {
    /// The page `view` at `pattern`, below the app's base.
    pub const fn new(pattern: RoutePattern, view: fn() -> AnyView) -> PageRoute {
        PageRoute { pattern, view }
    }
}

/// The path parameters of the page shown, for [`use_path_param`].
#[derive(Clone, Copy)]
struct PathParams(Memo<RouteParams>);

/// Shows the page of `pages` the address names, or `fallback` for any other address. The page
/// is built again only when the address names another page: a new parameter (`market/US` →
/// `market/FR`) or query reaches the page through its signals.
#[component]
pub fn AppRoutes(
    /// The bundle's pages, in the order they are tried.
    pages: &'static [PageRoute],
    /// The view of any other address.
    fallback: fn() -> AnyView,
) -> impl IntoView {
    let location = use_location();
    let base = use_base().0;
    let patterns = patterns(pages);
    let matched = Memo::new(move |_| {
        location
            .pathname
            .with(|path| match_route(&patterns, below_base(path, &base)))
    });
    let page = Memo::new(move |_| matched.with(|found| found.as_ref().map(|(index, _)| *index)));
    let params = Memo::new(move |_| {
        matched
            .with(|found| found.as_ref().map(|(_, params)| params.clone()))
            .unwrap_or_default()
    });
    provide_context(PathParams(params));
    complete_navigations();
    move || match page.get().and_then(|index| pages.get(index)) {
        Some(page) => (page.view)(),
        None => fallback(),
    }
}

fn patterns(pages: &[PageRoute]) -> Vec<RoutePattern> {
    pages.iter().map(|page| page.pattern).collect()
}

/// Whether one of `pages` answers `path` (below the app's base).
pub fn shows(pages: &[PageRoute], path: &str) -> bool {
    match_route(&patterns(pages), path).is_some()
}

/// `path` below the app's `base` (`/crafts` for `/atlas/crafts`), as the table of pages
/// reads it.
pub fn below_base<'a>(path: &'a str, base: &str) -> &'a str {
    path.strip_prefix(base).unwrap_or(path)
}

/// Lets the router write each new address in the browser's history once the page it names is
/// shown: the router holds a link's address back until its routes say so.
fn complete_navigations() {
    let location = use_location();
    let browser = use_context::<BrowserUrl>();
    Effect::new(move |_| {
        location.pathname.track();
        if let Some(browser) = &browser {
            browser.ready_to_complete();
        }
    });
}

/// The value of the path parameter `name` of the page shown (`code` in `market/:code`);
/// empty outside a page that has it.
pub fn use_path_param(name: &'static str) -> Signal<String> {
    let params = use_context::<PathParams>().map(|PathParams(params)| params);
    Signal::derive(move || {
        params
            .and_then(|params| {
                params.with(|params| {
                    params
                        .iter()
                        .find(|(key, _)| *key == name)
                        .map(|(_, value)| value.clone())
                })
            })
            .unwrap_or_default()
    })
}
