//! Why the waterfall looks as it does: who limits how many requests are in flight at once —
//! the browser (six HTTP/1.1 connections per host), or nobody (the service worker or the page
//! answers the built-in endpoint) — and which path answered this run.

use yew::prelude::*;

use crate::ui::fetch_lab::Answerer;

/// Props of [`FetchExplain`].
#[derive(Properties, PartialEq)]
pub struct FetchExplainProps {
    /// Who answered the built-in endpoint in the latest run, if it used it.
    pub answerer: Option<Answerer>,
    /// The latest run went to the learner's own URLs.
    pub custom: bool,
}

/// The explanation, ending with this run's path.
#[component]
pub fn FetchExplain(props: &FetchExplainProps) -> Html {
    let this_run = match (props.custom, props.answerer) {
        (true, _) => "This run fetched your own URLs over the network, so the browser's connection limit applies.",
        (false, Some(Answerer::ServiceWorker)) => {
            "This run: the site's service worker answered every lab.invalid request, so nothing but the program limited concurrency."
        }
        (false, Some(Answerer::InPage)) => {
            "This run: no service worker controls this page, so the page answered every lab.invalid request on its own timers; nothing but the program limited concurrency."
        }
        (false, None) => "Run the lab to see which path answers.",
    };
    html! {
        <div class="lab-explain">
            <p>
                { "A browser opens at most six HTTP/1.1 connections to one host. Send a hundred requests \
                   to an HTTP/1.1 server at once and the browser holds all but six in its own queue: the \
                   waterfall then shows waves of six, even under " }<code>{ "gather" }</code>
                { ", and each bar's \"in flight\" time includes that hidden wait, which the program cannot \
                   see. Over HTTP/2 or HTTP/3 one connection carries many requests at once, so the limit \
                   seldom shows." }
            </p>
            <p>
                { "The built-in delays never reach a server. When the site's service worker controls the \
                   page, each request to " }<code>{ "lab.invalid" }</code>
                { " becomes a real fetch that the worker answers itself after the delay: no connection \
                   is opened, so no per-host limit applies, though each answer still crosses from \
                   the page to the worker and back, which adds time per request (more on a busy \
                   machine). Without a service worker (the first visit, \
                   some private windows, hosts that do not allow them) the page answers on its own \
                   timers: the same shape, without the round trip. Either way, only the program's own choices — a \
                   semaphore, a rate limit, awaiting one request at a time — shape the waterfall." }
            </p>
            <p id="lab-path"><strong>{ this_run }</strong></p>
        </div>
    }
}
