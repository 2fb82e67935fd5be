#![cfg(target_arch = "wasm32")]
//! Programs on the browser clock print in the same order as on the virtual clock, each line
//! within 15 ms of its ideal time (for sleeps of 50 ms or more), and a run during which the
//! tab was hidden is flagged.

use loopscope::python::interp::Limits;
use loopscope::python::Program;
use loopscope::runtime::trace::Trace;
use loopscope::web::live::{run_live, LiveRun};
use wasm_bindgen::JsValue;
use wasm_bindgen_test::{console_log, wasm_bindgen_test, wasm_bindgen_test_configure};

wasm_bindgen_test_configure!(run_in_browser);

const TOLERANCE_S: f64 = 0.015;
/// How long the page rests before the one retry of a late run.
const RETRY_REST_MS: u32 = 1_000;

const STAGGERED: &str = r#"
import asyncio

async def worker(name, delay):
    await asyncio.sleep(delay)
    print(name, "woke")
    await asyncio.sleep(delay)
    print(name, "done")

async def main():
    await asyncio.gather(worker("a", 0.30), worker("b", 0.05), worker("c", 0.12))
    print("all done")

asyncio.run(main())
"#;

fn lines(trace: &Trace) -> Vec<(f64, String)> {
    trace.output().map(|(t, _, text)| (t, text.to_string())).collect()
}

/// Runs `source` on the virtual clock and live, and returns an error naming the first line off
/// its ideal time by more than the tolerance. A live order that differs from the ideal one is
/// an error too when some line was that late (a starved browser wakes timers late, which can
/// swap lines due 20 ms apart), and a failed test when none was.
async fn live_against_ideal(name: &str, source: &str) -> Result<(), String> {
    let mut ideal = Program::new(source, "main.py", Box::new(loopscope::web::clock::VirtualHost), Limits::default()).expect("compiles");
    ideal.run_to_end();
    let ideal = lines(&ideal.trace());
    let live = run_live(source, 1.0, LiveRun::default(), |_| {}).await.expect("compiles");
    let live = lines(&live.trace);
    let shapes = |v: &[(f64, String)]| v.iter().map(|(_, s)| shape(s)).collect::<Vec<_>>();
    let (live_shapes, ideal_shapes) = (shapes(&live), shapes(&ideal));
    // Each live line beside the ideal line of the same shape (the n-th of its shape).
    let mut late = None;
    for (i, (t_live, text)) in live.iter().enumerate() {
        let nth = live_shapes[..i].iter().filter(|s| **s == live_shapes[i]).count();
        let ideal_t = ideal_shapes.iter().zip(&ideal).filter(|(s, _)| **s == live_shapes[i]).nth(nth).map(|(_, (t, _))| *t);
        match ideal_t {
            Some(t_ideal) if (t_live - t_ideal).abs() > TOLERANCE_S => {
                late.get_or_insert_with(|| format!("{name}: {text:?} at {t_live:.4}s, ideal {t_ideal:.4}s"));
            }
            Some(_) => {}
            None => panic!("{name}: live line {text:?} never prints on the virtual clock"),
        }
    }
    if live_shapes != ideal_shapes {
        match late {
            Some(why) => return Err(format!("order differs ({live_shapes:?}) after a late line: {why}")),
            None => panic!("{name}: order differs with every line on time: {live_shapes:?} vs {ideal_shapes:?}"),
        }
    }
    late.map_or(Ok(()), Err)
}

/// A line with each number masked as one `#`: live runs print live times (`1.0` on the
/// virtual clock is `1.0123456` live), so only the shape is compared.
fn shape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if c.is_ascii_digit() {
            while chars.peek().is_some_and(|d| d.is_ascii_digit() || *d == '.') {
                chars.next();
            }
            out.push('#');
        } else {
            out.push(c);
        }
    }
    out
}

/// The timing check, once more if the first run was disturbed: a loaded 2-core machine can
/// starve the browser of CPU for tens of milliseconds. The retry starts after a second's rest,
/// so that whatever held the browser is over before it (once, in a CI run, Firefox fired a
/// timer 163 ms late and then, retried at once, 29 ms late); the tolerance stays the same.
async fn on_time_in_one_of_two_runs(name: &str, source: &str) {
    if let Err(first) = live_against_ideal(name, source).await {
        console_log!("retrying after: {first}");
        gloo_timers::future::TimeoutFuture::new(RETRY_REST_MS).await;
        if let Err(second) = live_against_ideal(name, source).await {
            panic!("{second}");
        }
    }
}

#[wasm_bindgen_test]
async fn live_run_matches_the_ideal_order_and_times() {
    on_time_in_one_of_two_runs("staggered", STAGGERED).await;
}

/// Asyncio fixtures whose sleeps are all at least 50 ms (their recorded CPython output is the
/// ideal the native suite checks; here the live run must match our own virtual run).
const FIXTURES: &[(&str, &str)] = &[
    ("gather_child_cancelled_raises", include_str!("fixtures/asyncio/gather_child_cancelled_raises.py")),
    ("gather_return_exceptions", include_str!("fixtures/asyncio/gather_return_exceptions.py")),
    ("lock_mutual_exclusion", include_str!("fixtures/asyncio/lock_mutual_exclusion.py")),
    ("queue_producer_consumer", include_str!("fixtures/asyncio/queue_producer_consumer.py")),
    ("timeout_reschedule", include_str!("fixtures/asyncio/timeout_reschedule.py")),
];

#[wasm_bindgen_test]
async fn asyncio_fixtures_run_live_in_the_ideal_order_and_on_time() {
    for (name, source) in FIXTURES {
        on_time_in_one_of_two_runs(name, source).await;
    }
}

#[wasm_bindgen_test]
async fn a_run_while_the_tab_is_hidden_is_flagged() {
    let document = web_sys::window().unwrap().document().unwrap();
    let define = |hidden: bool| {
        let descriptor = js_sys::Object::new();
        js_sys::Reflect::set(&descriptor, &"value".into(), &JsValue::from_bool(hidden)).unwrap();
        js_sys::Reflect::set(&descriptor, &"configurable".into(), &JsValue::TRUE).unwrap();
        js_sys::Object::define_property(&document, &"hidden".into(), &descriptor);
    };
    let program = "import asyncio\nasyncio.run(asyncio.sleep(0.2))\n";
    let run = run_live(program, 1.0, LiveRun::default(), |_| {});
    let hide = async {
        gloo_timers::future::TimeoutFuture::new(50).await;
        define(true);
        document.dispatch_event(&web_sys::Event::new("visibilitychange").unwrap()).unwrap();
        define(false);
    };
    let (result, ()) = futures_join(run, hide).await;
    assert!(result.expect("compiles").hidden);
}

/// Runs two futures to completion concurrently.
async fn futures_join<A: std::future::Future, B: std::future::Future>(a: A, b: B) -> (A::Output, B::Output) {
    let mut a = Box::pin(a);
    let mut b = Box::pin(b);
    let (mut ra, mut rb) = (None, None);
    std::future::poll_fn(|cx| {
        if ra.is_none() {
            if let std::task::Poll::Ready(v) = a.as_mut().poll(cx) {
                ra = Some(v);
            }
        }
        if rb.is_none() {
            if let std::task::Poll::Ready(v) = b.as_mut().poll(cx) {
                rb = Some(v);
            }
        }
        if ra.is_some() && rb.is_some() {
            std::task::Poll::Ready(())
        } else {
            std::task::Poll::Pending
        }
    })
    .await;
    (ra.unwrap(), rb.unwrap())
}
