//! The home page (`#/`): what Loopscope is, and the pages there are.

use yew::prelude::*;

use crate::ui::route::Route;

/// The home page.
#[component]
pub fn Home() -> Html {
    html! {
        <main id="main" class="page">
            <h1>{ "Loopscope" }</h1>
            <p class="lede">
                { "Predict what a Python asyncio program prints, and when. Then run it in your \
                   browser, on Loopscope's own Python interpreter and event loop, and compare." }
            </p>
            <ul class="cards">
                <li>
                    <a class="card" href={Route::Play.href()}>
                        <span class="card-title">{ "Scratchpad" }</span>
                        <span class="card-text">
                            { "Write any asyncio program, run it at 0.1× to 1× speed, and watch \
                               every task on a timeline." }
                        </span>
                    </a>
                </li>
                <li>
                    <a class="card" href={Route::Timers.href()}>
                        <span class="card-title">{ "Timer check" }</span>
                        <span class="card-text">
                            { "See how punctually this browser wakes two sleeping timers." }
                        </span>
                    </a>
                </li>
            </ul>
        </main>
    }
}
