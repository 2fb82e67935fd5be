//! The timer check (`#/timers`): a button that runs two sleeps on browser timers and lists
//! when each woke, to see how punctual this browser is.

use yew::prelude::*;

use crate::web::clock::{now_ms, spawn_sleeps, TWO_SLEEPS};
use crate::web::components::FinishList;
use crate::web::sleep_log::{Action, SleepLog};

/// The timer check page.
#[component]
pub fn TimerCheck() -> Html {
    let log = use_reducer(SleepLog::default);
    let on_run = {
        let log = log.clone();
        Callback::from(move |_: MouseEvent| {
            let start = now_ms();
            let run = log.run + 1;
            log.dispatch(Action::Start { run });
            let dispatcher = log.dispatcher();
            spawn_sleeps(&TWO_SLEEPS, start, move |finish| {
                dispatcher.dispatch(Action::Finished { run, finish })
            });
        })
    };
    html! {
        <main id="main" class="page">
            <h1>{ "Timer check" }</h1>
            <p class="lede">
                { "Two wasm futures sleep 300 ms and 100 ms on browser timers. \
                   Which finishes first, and when?" }
            </p>
            <button id="run-sleeps" type="button" onclick={on_run}>{ "Run two sleeps" }</button>
            <FinishList finishes={log.finishes.clone()} />
        </main>
    }
}
