#![cfg(target_arch = "wasm32")]
//! Benchmarks in the browser (ignored by default; `cargo xtask bench` runs them in release):
//! the benchmark programs on the virtual clock, and the asyncio ones on the browser clock.

use loopscope::python::interp::Limits;
use loopscope::python::Program;
use loopscope::runtime::trace::Stream;
use loopscope::web::clock::{now_ms, VirtualHost};
use loopscope::web::live::{run_live, LiveRun};
use wasm_bindgen_test::{console_log, wasm_bindgen_test, wasm_bindgen_test_configure};

wasm_bindgen_test_configure!(run_in_browser);

const PROGRAMS: &[(&str, &str)] = &[
    ("cpu_loop_module", include_str!("../benches/programs/cpu_loop_module.py")),
    ("cpu_loop_function", include_str!("../benches/programs/cpu_loop_function.py")),
    ("sleep0_hops_100k", include_str!("../benches/programs/sleep0_hops_100k.py")),
    ("gather_10k_sleep", include_str!("../benches/programs/gather_10k_sleep.py")),
    ("gather_1k", include_str!("../benches/programs/gather_1k.py")),
];

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(f64::total_cmp);
    v[v.len() / 2]
}

#[wasm_bindgen_test]
#[ignore]
async fn bench_virtual_clock() {
    for (name, source) in PROGRAMS {
        let mut times = Vec::new();
        for _ in 0..5 {
            let start = now_ms();
            let limits = Limits { max_wall_ms: 120_000, ..Limits::default() };
            let mut p = Program::new(source, "main.py", Box::new(VirtualHost), limits).expect("compiles");
            let outcome = p.run_to_end();
            let errors: Vec<String> = p.trace().output().filter(|(_, s, _)| *s == Stream::Err).map(|(_, _, t)| t.to_string()).collect();
            assert_eq!(outcome.exit_code, 0, "{name}: {errors:?}");
            times.push(now_ms() - start);
        }
        console_log!("BENCH virtual {} {:.1} ms", name, median(times));
    }
}

#[wasm_bindgen_test]
#[ignore]
async fn bench_browser_clock() {
    for (name, source) in PROGRAMS.iter().filter(|(n, _)| !n.starts_with("cpu")) {
        let mut times = Vec::new();
        for _ in 0..3 {
            let start = now_ms();
            let r = run_live(source, 1.0, LiveRun::default(), |_| {}).await.expect("compiles");
            assert_eq!(r.outcome.exit_code, 0, "{name}");
            times.push(now_ms() - start);
        }
        console_log!("BENCH live {} {:.1} ms", name, median(times));
    }
}
