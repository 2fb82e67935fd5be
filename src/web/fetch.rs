//! The browser's network for live runs: the engine's [`Network`] on `fetch()` and
//! `AbortController`.
//!
//! URLs of the built-in latency endpoint (`https://lab.invalid/...`) are mapped to the site's
//! own `lab/...` (relative to the document's base URL). When a service worker controls the
//! page (`www/sw.js`), a real `fetch` goes there and the worker answers after the delay; when
//! none does (first visit, a test page, a host without workers), the page answers itself on a
//! browser timer with the same rules. [`NetStats`] says which path answered. Every other URL is
//! fetched as it is.
//!
//! A request that fails without a response (CORS, DNS, a refused connection, offline) is
//! reported as failed with [`BROWSER_HIDES`]: browsers do not tell pages which it was. HTTP
//! error statuses are responses like any other.
//!
//! # Cancellation
//! [`Network::abort`] aborts the `fetch` through its `AbortController` (or drops the in-page
//! timer); its reply is never reported, even if it was already on its way.

use super::fetch_wake::Wake;
use crate::python::net::lab::{self, LabAnswer};
use crate::python::net::{reason, Network, Reply, RequestSpec, Response};
use gloo_timers::callback::Timeout;
use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;

/// The message of a request that got no response in the browser.
pub const BROWSER_HIDES: &str = "the browser hides why the request failed: a CORS refusal, an unknown host, \
a refused connection or being offline all look the same to the page";

/// Which path answers requests to `lab.invalid`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LabPath {
    /// The site's service worker (`www/sw.js`) controls the page and answers `lab/delay`.
    ServiceWorker,
    /// No service worker controls the page: the page answers on its own timers.
    InPage,
}

/// What a network has done so far.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct NetStats {
    /// Lab requests answered by the service worker.
    pub service_worker: u32,
    /// Lab requests answered in the page.
    pub in_page: u32,
    /// Requests sent with `fetch` to other URLs.
    pub fetched: u32,
    /// Requests aborted before their reply.
    pub aborted: u32,
}

/// Which path would answer a `lab.invalid` request right now.
pub fn lab_path_now() -> LabPath {
    let controlled = web_sys::window().is_some_and(|w| w.navigator().service_worker().controller().is_some());
    if controlled {
        LabPath::ServiceWorker
    } else {
        LabPath::InPage
    }
}

/// A request in flight, and how to abort it.
enum Pending {
    Fetch(web_sys::AbortController),
    InPage(Timeout),
}

#[derive(Default)]
struct Inner {
    in_flight: RefCell<HashMap<u32, Pending>>,
    replies: RefCell<Vec<(u32, Reply)>>,
    stats: Cell<NetStats>,
    wake: Rc<Wake>,
}

impl Inner {
    /// Request `id` got its reply: queue it (unless it was aborted) and wake the driver.
    fn reply(&self, id: u32, reply: Reply) {
        if self.in_flight.borrow_mut().remove(&id).is_none() {
            return;
        }
        self.replies.borrow_mut().push((id, reply));
        self.wake.fire();
    }

    fn count(&self, f: impl FnOnce(&mut NetStats)) {
        let mut s = self.stats.get();
        f(&mut s);
        self.stats.set(s);
    }
}

/// The browser's network (one per live run).
#[derive(Clone, Default)]
pub struct FetchNetwork {
    inner: Rc<Inner>,
}

impl FetchNetwork {
    /// A network with nothing in flight.
    pub fn new() -> Self {
        Self::default()
    }

    /// A network whose replies fire `wake`.
    pub fn waking(wake: Rc<Wake>) -> Self {
        FetchNetwork { inner: Rc::new(Inner { wake, ..Default::default() }) }
    }

    /// What it has done so far.
    pub fn stats(&self) -> NetStats {
        self.inner.stats.get()
    }

    /// The flag a reply fires.
    pub fn wake(&self) -> Rc<Wake> {
        self.inner.wake.clone()
    }

    fn answer_in_page(&self, id: u32, answer: LabAnswer) {
        let inner = self.inner.clone();
        let delay = answer.delay_ms.min(u32::MAX as u64) as u32;
        let timer = Timeout::new(delay, move || inner.reply(id, Reply::Response(Response::from_lab(answer))));
        self.inner.in_flight.borrow_mut().insert(id, Pending::InPage(timer));
        self.inner.count(|s| s.in_page += 1);
    }

    fn fetch(&self, id: u32, url: &str, request: &RequestSpec) {
        let Ok(controller) = web_sys::AbortController::new() else {
            self.inner.replies.borrow_mut().push((id, Reply::Failed(BROWSER_HIDES.into())));
            self.inner.wake.fire();
            return;
        };
        let init = web_sys::RequestInit::new();
        init.set_method(&request.method);
        init.set_signal(Some(&controller.signal()));
        if let Ok(headers) = web_sys::Headers::new() {
            for (k, v) in &request.headers {
                let _ = headers.append(k, v);
            }
            init.set_headers(&headers);
        }
        if let Some(body) = &request.body {
            init.set_body(&JsValue::from_str(body));
        }
        self.inner.in_flight.borrow_mut().insert(id, Pending::Fetch(controller));
        let inner = self.inner.clone();
        let url = url.to_string();
        wasm_bindgen_futures::spawn_local(async move {
            let reply = match web_sys::window() {
                Some(w) => fetch_reply(w.fetch_with_str_and_init(&url, &init)).await,
                None => Reply::Failed(BROWSER_HIDES.into()),
            };
            inner.reply(id, reply);
        });
    }
}

/// The reply of a started `fetch`: the response with its body text, or a failure.
async fn fetch_reply(promise: js_sys::Promise) -> Reply {
    let Ok(value) = JsFuture::from(promise).await else { return Reply::Failed(BROWSER_HIDES.into()) };
    let Ok(resp) = value.dyn_into::<web_sys::Response>() else { return Reply::Failed(BROWSER_HIDES.into()) };
    let mut headers = Vec::new();
    if let Ok(Some(entries)) = js_sys::try_iter(&resp.headers().entries()) {
        for pair in entries.flatten() {
            let pair = js_sys::Array::from(&pair);
            headers.push((pair.get(0).as_string().unwrap_or_default(), pair.get(1).as_string().unwrap_or_default()));
        }
    }
    let body = match resp.text() {
        Ok(p) => JsFuture::from(p).await.ok().and_then(|t| t.as_string()).unwrap_or_default(),
        Err(_) => String::new(),
    };
    let status = resp.status();
    let reason = match resp.status_text() {
        t if t.is_empty() => reason(status).to_string(),
        t => t,
    };
    Reply::Response(Response { status, reason, headers, body })
}

/// The site's own URL for lab path `path` (`lab/delay?ms=5`), relative to the document's base.
fn site_lab_url(path: &str) -> Option<String> {
    let base = web_sys::window()?.document()?.base_uri().ok()??;
    web_sys::Url::new_with_base(&format!("lab/{path}"), &base).ok().map(|u| u.href())
}

impl Network for FetchNetwork {
    fn start(&self, id: u32, request: &RequestSpec) {
        match lab::lab_path(&request.url) {
            Some(path) => match (lab_path_now(), site_lab_url(path)) {
                (LabPath::ServiceWorker, Some(url)) => {
                    self.inner.count(|s| s.service_worker += 1);
                    self.fetch(id, &url, request);
                }
                _ => self.answer_in_page(id, lab::answer(path)),
            },
            None => {
                self.inner.count(|s| s.fetched += 1);
                self.fetch(id, &request.url, request);
            }
        }
    }

    fn abort(&self, id: u32) {
        let pending = self.inner.in_flight.borrow_mut().remove(&id);
        match pending {
            Some(Pending::Fetch(controller)) => controller.abort(),
            Some(Pending::InPage(timer)) => drop(timer),
            None => return,
        }
        self.inner.count(|s| s.aborted += 1);
    }

    fn take_replies(&self) -> Vec<(u32, Reply)> {
        std::mem::take(&mut *self.inner.replies.borrow_mut())
    }
}
