#![cfg(not(target_arch = "wasm32"))]
//! Requests leave `Request` and `Response` events in the trace: one of each per request, with
//! the task that made it, and an outcome saying whether it answered, failed, timed out or was
//! aborted (a cancelled awaiter, or the run ending, aborts it exactly once).

use loopscope::python::interp::{Limits, NativeVirtualHost};
use loopscope::python::Program;
use loopscope::runtime::trace::{Event, RequestOutcome};

/// (time, id, outcome) of every `Response`, and (time, id, task, method, url) of every `Request`.
fn requests(source: &str) -> (Vec<(f64, u32, Option<u32>, String, String)>, Vec<(f64, u32, RequestOutcome)>) {
    let mut p = Program::new(source, "main.py", Box::new(NativeVirtualHost::default()), Limits::default()).expect("compiles");
    let outcome = p.run_to_end();
    assert_eq!(outcome.exit_code, 0, "{:?}", p.trace().output().collect::<Vec<_>>());
    let trace = p.trace();
    let mut sent = Vec::new();
    let mut ended = Vec::new();
    for e in &trace.events {
        match e {
            Event::Request { t, id, task, method, url } => sent.push((*t, *id, *task, method.clone(), url.clone())),
            Event::Response { t, id, outcome } => ended.push((*t, *id, outcome.clone())),
            _ => {}
        }
    }
    (sent, ended)
}

const PROGRAM: &str = r#"
import asyncio, aiohttp

async def get(session, url, **kw):
    try:
        async with session.get(url, **kw) as resp:
            return resp.status
    except Exception as e:
        return type(e).__name__

async def main():
    async with aiohttp.ClientSession() as s:
        await get(s, "https://lab.invalid/delay?ms=100&status=503")
        await get(s, "https://example.com/")
        await get(s, "https://lab.invalid/delay?ms=500", timeout=aiohttp.ClientTimeout(total=0.2))
        t = asyncio.create_task(get(s, "https://lab.invalid/delay?ms=500"))
        await asyncio.sleep(0.1)
        t.cancel()
        await asyncio.gather(t, return_exceptions=True)

asyncio.run(main())
"#;

#[test]
fn each_request_starts_once_with_its_task_method_and_url() {
    let (sent, _) = requests(PROGRAM);
    let ids: Vec<u32> = sent.iter().map(|r| r.1).collect();
    assert_eq!(ids, [1, 2, 3, 4]);
    assert_eq!(sent[0], (0.0, 1, Some(1), "GET".into(), "https://lab.invalid/delay?ms=100&status=503".into()));
    assert_eq!(sent[3].2, Some(2), "the fourth request is made by the second task");
}

#[test]
fn each_request_ends_once_with_how_it_ended() {
    let (_, ended) = requests(PROGRAM);
    let expected = [
        (0.1, 1, RequestOutcome::Status(503)),
        (0.1, 2, RequestOutcome::Failed("the virtual network serves only lab.invalid".into())),
        (0.3, 3, RequestOutcome::TimedOut),
        (0.4, 4, RequestOutcome::Aborted),
    ];
    assert_eq!(ended.len(), expected.len(), "{ended:?}");
    for ((t, id, outcome), (et, eid, eo)) in ended.iter().zip(expected) {
        assert!((t - et).abs() < 1e-9, "request {id} ended at {t}, not {et}");
        assert_eq!((*id, outcome), (eid, &eo));
    }
}

#[test]
fn requests_still_in_flight_when_the_run_ends_are_aborted() {
    let source = r#"
import asyncio, aiohttp

async def main():
    s = aiohttp.ClientSession()
    asyncio.ensure_future(s.get("https://lab.invalid/delay?ms=900"))
    await asyncio.sleep(0.5)
    raise SystemExit(0)

asyncio.run(main())
"#;
    let (sent, ended) = requests(source);
    assert_eq!(sent.len(), 1);
    assert_eq!(ended.len(), 1, "{ended:?}");
    assert_eq!(ended[0].2, RequestOutcome::Aborted);
}
