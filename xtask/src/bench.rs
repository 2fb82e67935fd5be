//! `cargo xtask bench`: native timings of the benchmark programs, Loopscope beside CPython.
//!
//! Each program in `benches/programs/` runs as a whole process (`loopscope run` on the
//! virtual clock, and `python3`), several times alternately; the report gives medians and the
//! ratio Loopscope / CPython. Virtual sleeps take no time, so for the asyncio programs the
//! CPython figure includes its real sleeping (0.1 s for the gather); the table says which.

use crate::error::Result;
use crate::proc;
use std::path::Path;
use std::process::Command;
use std::time::Instant;

const RUNS: usize = 5;

/// Runs every benchmark and prints a Markdown table.
pub fn bench(root: &Path) -> Result<()> {
    proc::run(Command::new("cargo").args(["build", "--release", "--bin", "loopscope"]).current_dir(root))?;
    let loopscope = root.join("target/release/loopscope");
    let dir = root.join("benches/programs");
    let mut programs: Vec<_> = std::fs::read_dir(&dir)?.flatten().map(|e| e.path()).filter(|p| p.extension().is_some_and(|e| e == "py")).collect();
    programs.sort();
    println!("| program | Loopscope (ms) | CPython 3.11 (ms) | ratio |");
    println!("|---|---:|---:|---:|");
    for p in programs {
        let mut ours = Vec::new();
        let mut theirs = Vec::new();
        for _ in 0..RUNS {
            ours.push(time(Command::new(&loopscope).arg("run").arg(&p))?);
            theirs.push(time(Command::new("python3").arg(&p))?);
        }
        let (a, b) = (median(&mut ours), median(&mut theirs));
        let name = p.file_stem().map(|s| s.to_string_lossy().to_string()).unwrap_or_default();
        println!("| {name} | {a:.0} | {b:.0} | {:.2} |", a / b);
    }
    Ok(())
}

fn time(cmd: &mut Command) -> Result<f64> {
    let start = Instant::now();
    let out = cmd.output()?;
    if !out.status.success() {
        return Err(crate::error::Error::new(format!("{cmd:?} failed: {}", String::from_utf8_lossy(&out.stderr))));
    }
    Ok(start.elapsed().as_secs_f64() * 1000.0)
}

fn median(v: &mut [f64]) -> f64 {
    v.sort_by(f64::total_cmp);
    v[v.len() / 2]
}
