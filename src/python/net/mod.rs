//! Network requests from the dialect: one native primitive (a request: method, URL, headers,
//! body, timeout → status, reason, headers, body text; cancellable) under the `aiohttp` and
//! `httpx` subsets written in the dialect (`common.py`, `aiohttp.py`, `httpx.py`).
//!
//! A request resolves an asyncio future on the loop. Where the answer comes from depends on
//! the host:
//! - **virtual clock** (no [`Network`]): a simulated network that serves only the built-in
//!   latency endpoint ([`lab`]); the answer is a loop timer `ms` after the request, and any
//!   other URL fails at once. The recorder's shim (`tools/netshim/`) does the same on CPython.
//! - **live clock**: the host's [`Network`] (the browser's `fetch`) starts the request and
//!   reports replies; the loop collects them each time it looks for work, and waits for them
//!   when nothing else is due.
//!
//! A request's timeout is a loop timer on either clock. Request lifecycle: in flight (in
//! [`NetState`]) → ended once, by a reply, its timeout, or an abort (its awaiting task was
//! cancelled, or the run ended); each end is one `Response` event in the trace.

pub mod lab;
mod json;
mod module;
mod reasons;

pub use module::make_module;
pub use reasons::reason;

use super::asyncio::{Callback, Fut};
use super::interp::Interp;
use super::value::Value;
use super::PyResult;
use crate::runtime::trace::{Event, RequestOutcome};
use crate::runtime::Handle;
use std::cell::{Cell, RefCell};
use std::collections::BTreeMap;
use std::rc::Rc;

/// The message of a failed request on the virtual clock's network.
pub const VIRTUAL_ONLY: &str = "the virtual network serves only lab.invalid";

/// One request as the program made it.
#[derive(Clone, Debug, PartialEq)]
pub struct RequestSpec {
    /// `GET`, `POST` ...
    pub method: String,
    /// Absolute URL.
    pub url: String,
    /// Request headers.
    pub headers: Vec<(String, String)>,
    /// Request body text.
    pub body: Option<String>,
}

/// A response: status line, headers and body text.
#[derive(Clone, Debug, PartialEq)]
pub struct Response {
    /// HTTP status.
    pub status: u16,
    /// Reason phrase (`OK`, `Service Unavailable`).
    pub reason: String,
    /// Response headers.
    pub headers: Vec<(String, String)>,
    /// Body text.
    pub body: String,
}

/// How the network answered a request.
#[derive(Clone, Debug, PartialEq)]
pub enum Reply {
    /// A response came in (any status).
    Response(Response),
    /// No response; the message says why, as far as the network knows.
    Failed(String),
}

/// How a request ends, as the loop sees it.
#[derive(Clone, Debug, PartialEq)]
pub enum NetEnd {
    /// The network answered.
    Reply(Reply),
    /// The request's timeout passed first.
    TimedOut,
}

/// A network a live host provides (the browser's `fetch`).
pub trait Network {
    /// Starts request `id`; its reply is reported later by [`take_replies`](Self::take_replies).
    fn start(&self, id: u32, request: &RequestSpec);
    /// Aborts request `id`: no reply for it will be reported.
    fn abort(&self, id: u32);
    /// The replies that came in since the last call.
    fn take_replies(&self) -> Vec<(u32, Reply)>;
}

/// A request in flight: the future its awaiter waits on and the loop timers that may end it.
struct InFlight {
    fut: Rc<Fut>,
    timers: Vec<Handle<Callback>>,
}

/// The requests of one run.
#[derive(Default)]
pub struct NetState {
    counter: Cell<u32>,
    in_flight: RefCell<BTreeMap<u32, InFlight>>,
}

impl NetState {
    /// Whether any request is in flight.
    pub fn busy(&self) -> bool {
        !self.in_flight.borrow().is_empty()
    }
}

impl Response {
    /// A response of the lab endpoint.
    pub fn from_lab(answer: lab::LabAnswer) -> Response {
        Response {
            status: answer.status,
            reason: reason(answer.status).to_string(),
            headers: vec![("Content-Type".into(), "application/json".into())],
            body: answer.body,
        }
    }
}

impl Interp {
    fn net_state(&self) -> &NetState {
        &self.aio.net
    }

    /// Starts a request; returns the future its reply resolves (see `common.py` for the
    /// tuple it holds). `timeout` is in seconds.
    pub fn start_request(&self, spec: RequestSpec, timeout: Option<f64>) -> PyResult<Rc<Fut>> {
        let net = self.net_state();
        let id = net.counter.get() + 1;
        net.counter.set(id);
        let now = self.now();
        let task = self.aio.current_task.borrow().as_ref().and_then(|t| t.task.as_ref().map(|p| p.id));
        self.trace.borrow_mut().push(Event::Request {
            t: now,
            id,
            task,
            method: spec.method.clone(),
            url: spec.url.clone(),
        });
        let fut = Fut::new(self, None);
        *fut.label.borrow_mut() = Some(Rc::from(format!("{} {}", spec.method, spec.url).as_str()));
        let mut timers = Vec::new();
        {
            let mut lp = self.aio.event_loop.borrow_mut();
            match self.host.network() {
                Some(network) => network.start(id, &spec),
                None => match lab::lab_path(&spec.url) {
                    Some(path) => {
                        let answer = lab::answer(path);
                        let when = now + answer.delay_ms as f64 / 1000.0;
                        let reply = NetEnd::Reply(Reply::Response(Response::from_lab(answer)));
                        timers.push(lp.call_at(when, Callback::Net(id, reply)));
                    }
                    None => {
                        lp.call_soon(Callback::Net(id, NetEnd::Reply(Reply::Failed(VIRTUAL_ONLY.into()))));
                    }
                },
            }
            if let Some(secs) = timeout {
                timers.push(lp.call_at(now + secs, Callback::Net(id, NetEnd::TimedOut)));
            }
        }
        net.in_flight.borrow_mut().insert(id, InFlight { fut: fut.clone(), timers });
        Ok(fut)
    }

    /// Ends request `id` (a loop callback): records how, and resolves its future unless the
    /// request was aborted or its future cancelled meanwhile.
    pub(crate) fn finish_request(&self, id: u32, end: NetEnd) -> PyResult<()> {
        let Some(req) = self.end_request(id) else { return Ok(()) };
        if matches!(end, NetEnd::TimedOut) {
            if let Some(network) = self.host.network() {
                network.abort(id);
            }
        }
        let outcome = match (&end, req.fut.cancelled()) {
            (_, true) => RequestOutcome::Aborted,
            (NetEnd::TimedOut, _) => RequestOutcome::TimedOut,
            (NetEnd::Reply(Reply::Failed(m)), _) => RequestOutcome::Failed(m.clone()),
            (NetEnd::Reply(Reply::Response(r)), _) => RequestOutcome::Status(r.status),
        };
        self.trace.borrow_mut().push(Event::Response { t: self.now_for_trace(), id, outcome });
        if req.fut.done() {
            return Ok(());
        }
        let value = match end {
            NetEnd::TimedOut => Value::tuple(vec![Value::str("timeout")]),
            NetEnd::Reply(Reply::Failed(m)) => Value::tuple(vec![Value::str("failed"), Value::str(&m)]),
            NetEnd::Reply(Reply::Response(r)) => {
                let headers = r
                    .headers
                    .iter()
                    .map(|(k, v)| Value::tuple(vec![Value::str(k), Value::str(v)]))
                    .collect();
                Value::tuple(vec![
                    Value::str("ok"),
                    Value::Int(r.status as i64),
                    Value::str(&r.reason),
                    Value::list(headers),
                    Value::str(&r.body),
                ])
            }
        };
        req.fut.set_result(self, value)
    }

    /// Takes request `id` out of flight and cancels its timers.
    fn end_request(&self, id: u32) -> Option<InFlight> {
        let req = self.net_state().in_flight.borrow_mut().remove(&id)?;
        let mut lp = self.aio.event_loop.borrow_mut();
        for h in &req.timers {
            lp.cancel(h);
        }
        Some(req)
    }

    /// Aborts the request whose future is `fut`, if it is still in flight.
    pub fn abort_request(&self, fut: &Rc<Fut>) {
        let id = self.net_state().in_flight.borrow().iter().find(|(_, r)| Rc::ptr_eq(&r.fut, fut)).map(|(id, _)| *id);
        if let Some(id) = id {
            self.abort_id(id);
        }
    }

    fn abort_id(&self, id: u32) {
        if self.end_request(id).is_none() {
            return;
        }
        if let Some(network) = self.host.network() {
            network.abort(id);
        }
        let t = self.now_for_trace();
        self.trace.borrow_mut().push(Event::Response { t, id, outcome: RequestOutcome::Aborted });
    }

    /// Aborts every request in flight (the run is over or was stopped).
    pub fn abort_all_requests(&self) {
        let ids: Vec<u32> = self.net_state().in_flight.borrow().keys().copied().collect();
        for id in ids {
            self.abort_id(id);
        }
    }

    /// The loop's selector, for the network: queues the replies the host's network reported.
    pub(crate) fn poll_network(&self) {
        let Some(network) = self.host.network() else { return };
        let replies = network.take_replies();
        let mut lp = self.aio.event_loop.borrow_mut();
        for (id, reply) in replies {
            lp.call_soon(Callback::Net(id, NetEnd::Reply(reply)));
        }
    }
}
