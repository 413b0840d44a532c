//! `<RegisteredChart>`: any chart of the registry in the shared chart frame, drawn from its
//! pure description ([`ChartSpec`]). The figures are computed once per choice; the texts, the
//! option and the table follow the language.

use crate::charts::ChartSpec;
use crate::data::Loaded;
use crate::echarts::{ChartClick, EchartsError, option_json};
use crate::ui::context::use_locale;
use crate::ui::widgets::ChartPanel;
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
    let text = |describe: fn(&S::Figures, &Loaded, crate::i18n::Locale) -> String| {
        let loaded = Arc::clone(&loaded);
        Signal::derive(move || figures.with(|f| describe(f, &loaded, locale.get())))
    };
    let title = text(|f, _, locale| S::title(f, locale));
    let subtitle = text(|f, _, locale| S::subtitle(f, locale));
    let summary = text(|f, loaded, locale| S::summary(f, &loaded.dataset, locale));
    let option = {
        let loaded = Arc::clone(&loaded);
        Signal::derive(move || {
            figures.with(|f| match S::missing_input(f) {
                Some(missing) => Err(EchartsError::MissingInput(missing)),
                None => option_json(&S::drawing(f, &loaded.dataset, locale.get())),
            })
        })
    };
    let table = {
        let loaded = Arc::clone(&loaded);
        Signal::derive(move || figures.with(|f| S::table(f, &loaded.dataset, locale.get())))
    };
    let csv = {
        let loaded = Arc::clone(&loaded);
        Signal::derive(move || figures.with(|f| S::csv(f, &loaded.dataset, locale.get())))
    };
    let sources = Signal::derive(move || figures.with(|f| S::sources(f, &loaded.dataset)));
    view! {
        <ChartPanel
            name=S::ID
            title subtitle summary option table csv sources
            on_click hint controls
        >
            {children.as_ref().map(|children| children())}
        </ChartPanel>
    }
}
