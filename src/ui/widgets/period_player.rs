//! A slider over the periods a chart can show, with a play button that steps through them
//! oldest to newest, so a visitor can watch the map change over time.

use crate::i18n::{Msg, period_label};
use crate::stats::Period;
use crate::ui::context::use_locale;
use leptos::prelude::*;
use std::sync::{Arc, Mutex};
use std::time::Duration;

/// How long each period stays on screen while playing.
const STEP: Duration = Duration::from_millis(1600);

/// The slider and play button; `periods` oldest first. Choosing or playing calls `on_choose`.
#[component]
pub fn PeriodPlayer(
    periods: Vec<Period>,
    #[prop(into)] current: Signal<Period>,
    on_choose: Callback<Period>,
) -> impl IntoView {
    let locale = use_locale();
    // Held outside the reactive system, so that the interval is cleared even when the
    // component's signals are already disposed.
    let timer = Arc::new(Mutex::new(None::<IntervalHandle>));
    let playing = RwSignal::new(false);
    let clear_timer = {
        let timer = Arc::clone(&timer);
        move || {
            if let Some(handle) = timer.lock().ok().and_then(|mut slot| slot.take()) {
                handle.clear();
            }
        }
    };
    // Only the timer: setting a signal while the component is torn down would redraw it.
    on_cleanup(clear_timer.clone());
    let stop = move || {
        clear_timer();
        playing.set(false);
    };
    let count = periods.len();
    let index = {
        let periods = periods.clone();
        Signal::derive(move || {
            let current = current.get();
            periods.iter().position(|&p| p == current).unwrap_or(0)
        })
    };
    let choose_index = {
        let periods = periods.clone();
        move |i: usize| {
            if let Some(&period) = periods.get(i) {
                on_choose.run(period);
            }
        }
    };
    let step = {
        let (choose_index, stop) = (choose_index.clone(), stop.clone());
        move || match index.try_get_untracked().map(|i| i + 1) {
            Some(next) if next < count => choose_index(next),
            _ => stop(),
        }
    };
    let toggle = {
        let (choose_index, stop) = (choose_index.clone(), stop.clone());
        move |_| {
            if playing.get_untracked() {
                stop();
                return;
            }
            if index.get_untracked() + 1 >= count {
                choose_index(0);
            }
            let step = step.clone();
            if let (Ok(handle), Ok(mut slot)) = (set_interval_with_handle(step, STEP), timer.lock())
            {
                *slot = Some(handle);
                playing.set(true);
            }
        }
    };
    let value_text = {
        let periods = periods.clone();
        move || {
            periods
                .get(index.get())
                .map(|&p| period_label(locale.get(), p))
                .unwrap_or_default()
        }
    };
    let value_label = value_text.clone();
    view! {
        <div class="period-player">
            <button type="button" data-testid="map-play" aria-pressed=move || playing.get().to_string() on:click=toggle>
                <span aria-hidden="true">{move || if playing.get() { "❚❚" } else { "▶" }}</span> " "
                {move || if playing.get() { Msg::MapPause.text(locale.get()) } else { Msg::MapPlay.text(locale.get()) }}
            </button>
            <label class="period-slider">
                <span class="visually-hidden">{move || Msg::PeriodLabel.text(locale.get())}</span>
                <input type="range" data-testid="map-slider" min="0" max=count.saturating_sub(1).to_string() step="1"
                    prop:value=move || index.get().to_string()
                    aria-valuetext=value_text
                    on:input=move |ev| {
                        stop();
                        if let Ok(i) = event_target_value(&ev).parse::<usize>() {
                            choose_index(i);
                        }
                    } />
                <output aria-hidden="true">{value_label}</output>
            </label>
        </div>
    }
}
