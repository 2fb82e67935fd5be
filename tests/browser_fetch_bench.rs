#![cfg(target_arch = "wasm32")]
//! Fan-out on the live clock: 100 requests of 100 ms to lab.invalid (answered in-page under
//! the test runner), one by one, with `gather` and under `Semaphore(5)`. Prints the totals and
//! the overhead per request above the ideal (10 s, 0.1 s and 2 s), and checks that `gather`
//! takes less than a quarter of the sequential time.

use loopscope::web::live::{run_live, LiveRun};
use wasm_bindgen_test::{console_log, wasm_bindgen_test, wasm_bindgen_test_configure};

wasm_bindgen_test_configure!(run_in_browser);

const FAN_OUT: &str = r#"
import asyncio, time, aiohttp

async def fetch(session, i, sem=None):
    if sem is None:
        async with session.get(f"https://lab.invalid/delay?ms=100&id={i}") as resp:
            return await resp.json()
    async with sem:
        return await fetch(session, i)

async def main():
    async with aiohttp.ClientSession() as session:
        t = time.perf_counter()
        for i in range(100):
            await fetch(session, i)
        sequential = time.perf_counter() - t
        t = time.perf_counter()
        await asyncio.gather(*(fetch(session, i) for i in range(100)))
        gathered = time.perf_counter() - t
        t = time.perf_counter()
        sem = asyncio.Semaphore(5)
        await asyncio.gather(*(fetch(session, i, sem) for i in range(100)))
        limited = time.perf_counter() - t
    print(sequential, gathered, limited)

asyncio.run(main())
"#;

#[wasm_bindgen_test]
async fn fan_out_of_100_requests_of_100_ms() {
    let result = run_live(FAN_OUT, 1.0, LiveRun::default(), |_| {}).await.expect("compiles");
    let line = result.trace.output().map(|(_, _, text)| text.to_string()).last().expect("printed");
    let totals: Vec<f64> = line.split(' ').map(|x| x.parse().expect("number")).collect();
    let [sequential, gathered, limited] = totals[..] else { panic!("{line}") };
    console_log!(
        "100 x 100 ms, in-page lab path: sequential {sequential:.3} s ({:.2} ms/request over ideal), \
         gather {gathered:.3} s ({:.1} ms over ideal), Semaphore(5) {limited:.3} s ({:.2} ms/wave over ideal)",
        (sequential - 10.0) * 10.0,
        (gathered - 0.1) * 1000.0,
        (limited - 2.0) * 50.0,
    );
    assert!(gathered < sequential / 4.0, "{line}");
    assert_eq!(result.network.in_page, 300);
}
