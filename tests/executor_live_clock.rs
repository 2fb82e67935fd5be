#![cfg(not(target_arch = "wasm32"))]
//! Executor workers on a live clock: a host whose clock moves only when the driver waits or
//! the program blocks (so the test is exact and instant) sees the same output, at the same
//! times, as the virtual clock.

use loopscope::fixture::render;
use loopscope::python::interp::{Host, Limits, NativeVirtualHost};
use loopscope::python::Program;
use std::cell::Cell;

const PROGRAM: &str = r#"
import asyncio
import time
from concurrent.futures import ThreadPoolExecutor

def work(name, seconds):
    time.sleep(seconds)
    print(f"{name} slept {seconds} at {time.monotonic():.2f}")
    return name

async def ticker():
    for _ in range(4):
        await asyncio.sleep(0.25)
        print(f"tick at {asyncio.get_running_loop().time():.2f}")

async def main():
    loop = asyncio.get_running_loop()
    beat = asyncio.create_task(ticker())
    with ThreadPoolExecutor(max_workers=2) as pool:
        calls = [loop.run_in_executor(pool, work, n, s) for n, s in (("a", 0.3), ("b", 0.6), ("c", 0.2))]
        time.sleep(0.1)
        print(await asyncio.gather(*calls), f"at {loop.time():.2f}")
    print(await asyncio.to_thread(work, "d", 0.1))
    await beat

asyncio.run(main())
"#;

/// A live clock that moves only when the program blocks or the driver waits, by exactly as
/// long as asked.
#[derive(Default)]
struct SteppedClock(Cell<f64>);

impl Host for SteppedClock {
    fn wall_ms(&self) -> f64 {
        0.0
    }
    fn live_now(&self) -> Option<f64> {
        Some(self.0.get())
    }
    fn block(&self, secs: f64) {
        self.0.set(self.0.get() + secs);
    }
}

fn run(host: Box<dyn Host>) -> Vec<String> {
    let mut p = Program::new(PROGRAM, "main.py", host, Limits::default()).expect("compiles");
    let outcome = p.run_to_end();
    let trace = p.trace();
    render(&trace, outcome.exit_code)
}

#[test]
fn workers_on_a_live_clock_print_what_and_when_the_virtual_clock_does() {
    let live = run(Box::new(SteppedClock::default()));
    assert_eq!(live, run(Box::new(NativeVirtualHost::default())));
    assert_eq!(live.last().map(String::as_str), Some("exit 0"));
}
