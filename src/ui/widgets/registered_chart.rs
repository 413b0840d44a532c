//! `<RegisteredChart>`: any chart of the registry in the shared chart frame, drawn from its
//! pure description ([`ChartSpec`]). The figures are computed once per choice; the texts, the
//! option and the table follow the language.

use crate::charts::ChartSpec;
use crate::data::{Dataset, Loaded};
use crate::echarts::{ChartClick, EchartsError, option_json};
use crate::i18n::Locale;
use crate::ui::context::use_locale;
use crate::ui::widgets::{ChartPanel, Picture};
use leptos::prelude::*;
use std::marker::PhantomData;
use std::sync::Arc;

/// The figures of chart `S` for the reader's choice, computed again only when the choice
/// changes (never when the language does).
pub fn chart_figures<S: ChartSpec>(
    loaded: &Arc<Loaded>,
    choice: Signal<S::Choice>,
) -> Memo<Arc<S::Figures>> {
    let loaded = Arc::clone(loaded);
    Memo::new(move |_| Arc::new(S::figures(&loaded.dataset, &choice.get())))
}

/// `describe` of `S`'s figures in the page's language, kept up to date with both.
pub fn follow<S: ChartSpec, R: Clone + Send + Sync + 'static>(
    loaded: &Arc<Loaded>,
    figures: Memo<Arc<S::Figures>>,
    describe: fn(&S::Figures, &Dataset, Locale) -> R,
) -> Signal<R> {
    let (loaded, locale) = (Arc::clone(loaded), use_locale());
    Signal::derive(move || figures.with(|f| describe(f, &loaded.dataset, locale.get())))
}

/// The chart `S`, with its menus (`controls`) and what a click shows (`children`). Without
/// `figures`, the chart shows its default choice: a chart without menus needs nothing else.
#[component]
pub fn RegisteredChart<S: ChartSpec>(
    loaded: Arc<Loaded>,
    /// From [`chart_figures`], for a chart whose menus choose what it shows.
    #[prop(optional)]
    figures: Option<Memo<Arc<S::Figures>>>,
    #[prop(optional, into)] on_click: Option<Callback<ChartClick>>,
    #[prop(optional, into)] controls: Option<ChildrenFn>,
    #[prop(optional)] children: Option<ChildrenFn>,
    /// Names `S` for the component's body, which sees it only through its associated types.
    #[prop(optional)]
    _spec: PhantomData<S>,
) -> impl IntoView {
    let locale = use_locale();
    let figures =
        figures.unwrap_or_else(|| chart_figures::<S>(&loaded, Signal::stored(Default::default())));
    let hint = S::hint(locale.get_untracked())
        .map(|_| Signal::derive(move || S::hint(locale.get()).unwrap_or_default()));
    let title = follow::<S, _>(&loaded, figures, |f, _, locale| S::title(f, locale));
    let subtitle = follow::<S, _>(&loaded, figures, |f, _, locale| S::subtitle(f, locale));
    let summary = follow::<S, _>(&loaded, figures, S::summary);
    let option = follow::<S, _>(
        &loaded,
        figures,
        |f, dataset, locale| match S::missing_input(f) {
            Some(missing) => Err(EchartsError::MissingInput(missing)),
            None => option_json(&S::drawing(f, dataset, locale)),
        },
    );
    let table = follow::<S, _>(&loaded, figures, S::table);
    let csv = follow::<S, _>(&loaded, figures, S::csv);
    let sources = follow::<S, _>(&loaded, figures, |f, dataset, _| S::sources(f, dataset));
    let lead_sources = follow::<S, _>(&loaded, figures, |f, dataset, _| {
        S::lead_sources(f, dataset)
    });
    view! {
        <ChartPanel
            name=S::ID
            title subtitle summary picture=Picture::Echarts(option) table csv sources
            lead_sources on_click hint controls
        >
            {children.as_ref().map(|children| children())}
        </ChartPanel>
    }
}
