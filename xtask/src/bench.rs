//! `cargo xtask bench`: the benchmark programs of `benches/programs/`, Loopscope beside
//! CPython 3.11, natively and in headless Chromium, then beside Pyodide, as one Markdown report.
//!
//! - Native: `loopscope run` on the virtual clock (a whole process; it starts in about 2 ms)
//!   and CPython timed inside its own process around `runpy` (so its start-up, 150 ms on this
//!   machine, is left out), alternately, [`RUNS`] times each.
//! - Chromium: the ignored benchmarks of `tests/browser_bench.rs`, built in release, on the
//!   virtual clock and on the browser clock, each divided by the native CPython median.
//! - Peers: Loopscope's release site beside Pyodide in headless Chromium ([`crate::bench_peers`]).
//!
//! Virtual sleeps take no time, while CPython and the browser clock really sleep: the report
//! says so where it matters (0.1 s in `gather_10k_sleep`, 0.09 s in `gather_1k`).

use crate::error::{Error, Result};
use crate::proc;
use std::collections::BTreeMap;
use std::path::Path;
use std::process::Command;
use std::time::Instant;

const RUNS: usize = 5;

/// Times a program inside CPython: prints the milliseconds `runpy` took, on stderr's last line.
const CPYTHON_TIMER: &str = "import runpy, sys, time, io, contextlib\n\
t = time.perf_counter()\n\
with contextlib.redirect_stdout(io.StringIO()):\n    runpy.run_path(sys.argv[1], run_name='__main__')\n\
print((time.perf_counter() - t) * 1000, file=sys.stderr)\n";

/// Runs every benchmark and prints the report.
pub fn bench(root: &Path) -> Result<()> {
    proc::run(Command::new("cargo").args(["build", "--release", "--bin", "loopscope"]).current_dir(root))?;
    let target = std::env::var_os("CARGO_TARGET_DIR").map_or_else(|| root.join("target"), |dir| root.join(dir));
    let loopscope = target.join("release/loopscope");
    let dir = root.join("benches/programs");
    let mut programs: Vec<_> = std::fs::read_dir(&dir)?.flatten().map(|e| e.path()).filter(|p| p.extension().is_some_and(|e| e == "py")).collect();
    programs.sort();
    let mut cpython = BTreeMap::new();
    let mut native = Vec::new();
    for p in &programs {
        let mut ours = Vec::new();
        let mut theirs = Vec::new();
        for _ in 0..RUNS {
            ours.push(time_process(Command::new(&loopscope).arg("run").arg(p))?);
            theirs.push(time_in_cpython(p)?);
        }
        let name = p.file_stem().map(|s| s.to_string_lossy().to_string()).unwrap_or_default();
        let (a, b) = (median(&mut ours), median(&mut theirs));
        cpython.insert(name.clone(), b);
        native.push((name, a, b));
    }
    let browser = browser_medians(root)?;
    println!("\n## Native (medians of {RUNS})\n");
    println!("| program | Loopscope virtual (ms) | CPython 3.11 (ms) | Loopscope / CPython |");
    println!("|---|---:|---:|---:|");
    for (name, a, b) in &native {
        println!("| {name} | {a:.0} | {b:.0} | {:.2} |", a / b);
    }
    println!("\n## Headless Chromium, release build, beside native CPython\n");
    println!("| program | virtual clock (ms) | / CPython | browser clock (ms) | / CPython |");
    println!("|---|---:|---:|---:|---:|");
    for (name, b) in &cpython {
        let cell = |clock: &str| match browser.get(&(clock.to_string(), name.clone())) {
            Some(ms) => (format!("{ms:.0}"), format!("{:.2}", ms / b)),
            None => ("—".into(), "—".into()),
        };
        let ((v, vr), (l, lr)) = (cell("virtual"), cell("live"));
        println!("| {name} | {v} | {vr} | {l} | {lr} |");
    }
    crate::bench_peers::peers(root, &cpython)
}

/// Runs the browser benchmarks in headless Chromium and reads their `BENCH <clock> <name> <ms>`
/// lines.
fn browser_medians(root: &Path) -> Result<BTreeMap<(String, String), f64>> {
    let driver = crate::paths::find_on_path("chromedriver").ok_or_else(|| Error::new("chromedriver is not installed: run `cargo xtask setup`"))?;
    let out = Command::new("cargo")
        .args(["test", "--release", "--target", "wasm32-unknown-unknown", "--test", "browser_bench", "--", "--include-ignored", "--nocapture"])
        .env("CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER", "wasm-bindgen-test-runner")
        .env("CHROMEDRIVER", driver)
        .env("WASM_BINDGEN_TEST_ONLY_WEB", "1")
        .current_dir(root)
        .output()?;
    let stdout = String::from_utf8_lossy(&out.stdout);
    if !out.status.success() {
        return Err(Error::new(format!("the browser benchmarks failed:\n{stdout}\n{}", String::from_utf8_lossy(&out.stderr))));
    }
    let mut medians = BTreeMap::new();
    for line in stdout.lines().filter_map(|l| l.trim().strip_prefix("BENCH ")) {
        let parts: Vec<&str> = line.split_whitespace().collect();
        if let [clock, name, ms, "ms"] = parts[..] {
            if let Ok(ms) = ms.parse::<f64>() {
                medians.insert((clock.to_string(), name.to_string()), ms);
            }
        }
    }
    Ok(medians)
}

fn time_process(cmd: &mut Command) -> Result<f64> {
    let start = Instant::now();
    let out = cmd.output()?;
    if !out.status.success() {
        return Err(Error::new(format!("{cmd:?} failed: {}", String::from_utf8_lossy(&out.stderr))));
    }
    Ok(start.elapsed().as_secs_f64() * 1000.0)
}

fn time_in_cpython(program: &Path) -> Result<f64> {
    let out = Command::new("python3").args(["-c", CPYTHON_TIMER]).arg(program).output()?;
    let stderr = String::from_utf8_lossy(&out.stderr);
    let ms = stderr.lines().last().and_then(|l| l.trim().parse::<f64>().ok());
    match (out.status.success(), ms) {
        (true, Some(ms)) => Ok(ms),
        _ => Err(Error::new(format!("python3 {} failed: {stderr}", program.display()))),
    }
}

fn median(v: &mut [f64]) -> f64 {
    v.sort_by(f64::total_cmp);
    v[v.len() / 2]
}
