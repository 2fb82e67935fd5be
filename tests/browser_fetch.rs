#![cfg(target_arch = "wasm32")]
//! The browser's network for live runs: a fetch that succeeds reports status, headers and
//! body; an HTTP error status is a response; a request that gets no response fails with a
//! message saying the browser hides why; aborting a fetch in flight means its reply never
//! comes; and in programs, a timeout, a cancelled task and Stop each abort the request. Under
//! the test runner no service worker controls the page, so lab.invalid is answered in-page.

use loopscope::python::net::{Network, Reply, RequestSpec};
use loopscope::runtime::trace::{Event, RequestOutcome, Trace};
use loopscope::web::fetch::{FetchNetwork, LabPath, BROWSER_HIDES};
use loopscope::web::live::{run_live, LiveResult, LiveRun};
use std::time::Duration;
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};

wasm_bindgen_test_configure!(run_in_browser);

fn get(url: &str) -> RequestSpec {
    RequestSpec { method: "GET".into(), url: url.into(), headers: vec![], body: None }
}

/// The test page's own URL (served by the test runner).
fn page_url() -> String {
    web_sys::window().and_then(|w| w.document()).and_then(|d| d.base_uri().ok().flatten()).expect("base URI")
}

async fn sleep_ms(ms: u32) {
    gloo_timers::future::sleep(Duration::from_millis(ms as u64)).await;
}

/// Starts one request and waits (at most 5 s) for its reply.
async fn one_reply(url: &str) -> Reply {
    let net = FetchNetwork::new();
    net.start(1, &get(url));
    for _ in 0..100 {
        let replies = net.take_replies();
        if let Some((id, reply)) = replies.into_iter().next() {
            assert_eq!(id, 1);
            return reply;
        }
        sleep_ms(50).await;
    }
    panic!("no reply from {url} within 5 s");
}

#[wasm_bindgen_test]
async fn a_fetch_reports_status_headers_and_body() {
    let Reply::Response(r) = one_reply(&page_url()).await else { panic!("the test page did not load") };
    assert_eq!(r.status, 200);
    assert!(!r.body.is_empty());
    assert!(r.headers.iter().any(|(k, _)| k.eq_ignore_ascii_case("content-type")), "{:?}", r.headers);
}

#[wasm_bindgen_test]
async fn an_http_error_status_is_a_response_with_its_status() {
    let name = format!("no-such-file-{}.txt", js_sys::Math::random());
    let url = web_sys::Url::new_with_base(&name, &page_url()).expect("URL").href();
    let Reply::Response(r) = one_reply(&url).await else { panic!("expected a 404 response") };
    assert_eq!(r.status, 404, "{url}: {:?}", r.body.get(..200));
}

#[wasm_bindgen_test]
async fn no_response_fails_saying_the_browser_hides_why() {
    assert_eq!(one_reply("http://127.0.0.1:59999/refused").await, Reply::Failed(BROWSER_HIDES.into()));
}

#[wasm_bindgen_test]
async fn an_aborted_fetch_never_replies() {
    let net = FetchNetwork::new();
    net.start(1, &get(&page_url()));
    net.abort(1);
    sleep_ms(500).await;
    assert!(net.take_replies().is_empty(), "an aborted fetch replied");
    assert_eq!((net.stats().fetched, net.stats().aborted), (1, 1));
}

#[wasm_bindgen_test]
async fn lab_requests_are_answered_in_page_without_a_service_worker() {
    assert_eq!(loopscope::web::fetch::lab_path_now(), LabPath::InPage);
    let Reply::Response(r) = one_reply("https://lab.invalid/delay?ms=30&id=4&status=503").await else { panic!() };
    assert_eq!((r.status, r.reason.as_str(), r.body.as_str()), (503, "Service Unavailable", r#"{"id":4,"ms":30}"#));
}

async fn live(source: &str) -> LiveResult {
    run_live(source, 1.0, LiveRun::default(), |_| {}).await.expect("compiles")
}

fn output(trace: &Trace) -> Vec<String> {
    trace.output().map(|(_, _, text)| text.to_string()).collect()
}

fn outcomes(trace: &Trace) -> Vec<RequestOutcome> {
    trace
        .events
        .iter()
        .filter_map(|e| match e {
            Event::Response { outcome, .. } => Some(outcome.clone()),
            _ => None,
        })
        .collect()
}

const TIMEOUTS: &str = r#"
import asyncio, aiohttp

async def main():
    async with aiohttp.ClientSession() as s:
        for url, total in (("https://lab.invalid/delay?ms=2000", 0.1), (PAGE, 0.001)):
            try:
                await s.get(url, timeout=aiohttp.ClientTimeout(total=total))
                print("answered")
            except asyncio.TimeoutError:
                print("timed out")

asyncio.run(main())
"#;

#[wasm_bindgen_test]
async fn a_timeout_aborts_the_request() {
    let result = live(&TIMEOUTS.replace("PAGE", &format!("{:?}", page_url()))).await;
    assert_eq!(output(&result.trace), ["timed out", "timed out"]);
    assert_eq!(outcomes(&result.trace), [RequestOutcome::TimedOut, RequestOutcome::TimedOut]);
    assert_eq!((result.network.in_page, result.network.fetched, result.network.aborted), (1, 1, 2));
}

const CANCELS: &str = r#"
import asyncio, aiohttp

async def main():
    async with aiohttp.ClientSession() as s:
        # The page's own fetch may come back within a few ms: its task is cancelled at once.
        for url, wait in (("https://lab.invalid/delay?ms=2000", 0.05), (PAGE, 0)):
            task = asyncio.ensure_future(s.get(url))
            await asyncio.sleep(wait)
            task.cancel()
            await asyncio.gather(task, return_exceptions=True)
            print("cancelled:", task.cancelled())

asyncio.run(main())
"#;

#[wasm_bindgen_test]
async fn cancelling_the_awaiting_task_aborts_the_request() {
    let result = live(&CANCELS.replace("PAGE", &format!("{:?}", page_url()))).await;
    assert_eq!(output(&result.trace), ["cancelled: True", "cancelled: True"]);
    assert_eq!(outcomes(&result.trace), [RequestOutcome::Aborted, RequestOutcome::Aborted]);
    assert_eq!(result.network.aborted, 2);
}

#[wasm_bindgen_test]
async fn stop_aborts_every_request_in_flight() {
    let source = r#"
import asyncio, aiohttp

async def main():
    async with aiohttp.ClientSession() as s:
        await asyncio.gather(*(s.get(f"https://lab.invalid/delay?ms=5000&id={i}") for i in range(3)))

asyncio.run(main())
"#;
    let handle = LiveRun::default();
    let stopper = handle.clone();
    wasm_bindgen_futures::spawn_local(async move {
        sleep_ms(200).await;
        stopper.stop();
    });
    let result = run_live(source, 1.0, handle, |_| {}).await.expect("compiles");
    assert_eq!(result.outcome.stopped.as_deref(), Some("Stopped."));
    assert_eq!(outcomes(&result.trace), vec![RequestOutcome::Aborted; 3]);
    assert_eq!(result.network.aborted, 3);
}
