#![cfg(target_arch = "wasm32")]
//! The fan-out exercises that fetch from the built-in endpoint (lab.invalid, answered in-page
//! under the test runner) print, run live in the browser, the same lines in the same order as
//! their ideal trace on the virtual clock.

use loopscope::python::interp::Limits;
use loopscope::python::Program;
use loopscope::runtime::trace::Trace;
use loopscope::web::live::{run_live, LiveRun};
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};

wasm_bindgen_test_configure!(run_in_browser);

fn lines(trace: &Trace) -> Vec<String> {
    trace.output().map(|(_, _, text)| text.to_string()).collect()
}

async fn same_order_live_as_ideal(source: &str) {
    let mut ideal = Program::new(source, "main.py", Box::new(loopscope::web::clock::VirtualHost), Limits::default()).expect("compiles");
    ideal.run_to_end();
    let live = run_live(source, 1.0, LiveRun::default(), |_| {}).await.expect("compiles");
    assert_eq!(lines(&live.trace), lines(&ideal.trace()));
    assert!(live.network.in_page > 0 && live.network.aborted == 0, "{:?}", live.network);
}

#[wasm_bindgen_test]
async fn gather_fan_out_prints_in_its_ideal_order() {
    same_order_live_as_ideal(include_str!("../exercises/fan-out/02-gather-fan-out.py")).await;
}

#[wasm_bindgen_test]
async fn semaphore_limit_prints_in_its_ideal_order() {
    same_order_live_as_ideal(include_str!("../exercises/fan-out/03-semaphore-limit.py")).await;
}
