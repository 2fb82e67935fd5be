//! `cargo xtask fuzz [--seconds N]`: the cargo-fuzz target `run_program` for N seconds (600
//! unless told), seeded with the fixture programs, then a one-line verdict with libFuzzer's
//! execution count and the crashes it wrote.
//!
//! cargo-fuzz is installed when missing. Its sanitizer flags are nightly-only, so the run sets
//! `RUSTC_BOOTSTRAP=1` (fuzz/README.md). The build always goes to `fuzz/target`, never to an
//! inherited `CARGO_TARGET_DIR`, whose normal builds the sanitizer flags would invalidate.
//! Leak detection is off (see [`fuzz`] and fuzz/README.md).

use std::fs;
use std::path::Path;
use std::process::{Command, ExitCode};

use crate::error::{Error, Result};
use crate::proc;

/// How long a run lasts unless `--seconds` says otherwise.
pub const DEFAULT_SECONDS: u64 = 600;
/// The fuzz target (fuzz/fuzz_targets/run_program.rs).
const TARGET: &str = "run_program";
/// Read-only seed folders, besides the target's own growing corpus.
const SEED_DIRS: &[&str] = &[
    "tests/fixtures/asyncio",
    "tests/fixtures/lang",
    "tests/fixtures/errors",
];

/// Installs cargo-fuzz if needed, fuzzes for `seconds`, and reports executions and crashes.
/// Fails when libFuzzer found a crash or could not run.
pub fn fuzz(root: &Path, seconds: u64) -> Result<ExitCode> {
    ensure_cargo_fuzz()?;
    let corpus = root.join("fuzz/corpus").join(TARGET);
    fs::create_dir_all(&corpus)?;
    let artifacts = root.join("fuzz/artifacts").join(TARGET);
    let before = count_files(&artifacts);
    let mut command = Command::new("cargo");
    command
        .args(["fuzz", "run", TARGET, "--target-dir"])
        .arg(root.join("fuzz/target"))
        .arg(&corpus)
        .args(SEED_DIRS)
        .arg("--")
        .args([
            "-dict=fuzz/python.dict",
            "-timeout=10",
            "-rss_limit_mb=2048",
        ])
        .arg(format!("-max_total_time={seconds}"))
        .env("RUSTC_BOOTSTRAP", "1")
        // A container that holds itself (`l.append(l)`) is an Rc cycle nothing breaks: ~1 KB
        // per run, which LeakSanitizer would report as a crash at the first such seed.
        .env("ASAN_OPTIONS", "detect_leaks=0")
        .env_remove("CARGO_TARGET_DIR")
        .current_dir(root);
    let captured = proc::run_tee(&mut command)?;
    let crashes = count_files(&artifacts).saturating_sub(before);
    let executions = executions(&captured.text);
    println!(
        "\nfuzz: {TARGET} for {seconds} s: {} executions, {crashes} new crash file(s) in {}",
        executions.map_or_else(|| "unknown".to_owned(), |n| n.to_string()),
        artifacts.display()
    );
    if captured.success && crashes == 0 {
        Ok(ExitCode::SUCCESS)
    } else {
        println!("fuzz: FAILED (see libFuzzer's report above; fuzz/README.md says how to minimise a crash)");
        Ok(ExitCode::FAILURE)
    }
}

/// Parses `--seconds N` (or nothing) into the run's length.
pub fn seconds(args: &[&str]) -> Result<u64> {
    match args {
        [] => Ok(DEFAULT_SECONDS),
        ["--seconds", n] => n
            .parse()
            .map_err(|_| Error::new(format!("--seconds wants a whole number, not {n:?}"))),
        _ => Err(Error::new("usage: cargo xtask fuzz [--seconds N]")),
    }
}

/// Installs cargo-fuzz with `cargo install` unless `cargo fuzz --version` answers.
fn ensure_cargo_fuzz() -> Result<()> {
    if let Some(version) = proc::probe("cargo", &["fuzz", "--version"]) {
        println!("fuzz: present: {}", version.trim());
        return Ok(());
    }
    println!("fuzz: installing cargo-fuzz (cargo install cargo-fuzz --locked, ~2 min)");
    proc::run(Command::new("cargo").args(["install", "cargo-fuzz", "--locked"]))
}

/// The number of files in `dir` (0 when it does not exist).
fn count_files(dir: &Path) -> usize {
    fs::read_dir(dir).map_or(0, |entries| entries.flatten().count())
}

/// The execution count libFuzzer prints last: `Done N runs in S second(s)`, else the last
/// status line's `#N`.
fn executions(log: &str) -> Option<u64> {
    let done = log.lines().rev().find_map(|line| {
        line.strip_prefix("Done ")?
            .split_whitespace()
            .next()?
            .parse()
            .ok()
    });
    done.or_else(|| {
        log.lines().rev().find_map(|line| {
            line.strip_prefix('#')?
                .split_whitespace()
                .next()?
                .parse()
                .ok()
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn seconds_default_to_ten_minutes_and_reject_other_arguments() {
        assert_eq!(seconds(&[]).unwrap(), 600);
        assert_eq!(seconds(&["--seconds", "30"]).unwrap(), 30);
        assert!(seconds(&["--seconds", "soon"]).is_err());
        assert!(seconds(&["--minutes", "3"]).is_err());
    }

    #[test]
    fn executions_come_from_libfuzzers_done_line_else_its_last_status_line() {
        let finished =
            "#8000\tNEW    cov: 1 ft: 2\n#8158\tDONE   cov: 1\nDone 8158 runs in 121 second(s)\n";
        assert_eq!(executions(finished), Some(8158));
        let crashed = "#511\tNEW    cov: 1\n#512\tREDUCE cov: 1\n==1==ERROR: AddressSanitizer\n";
        assert_eq!(executions(crashed), Some(512));
        assert_eq!(executions("error: could not compile"), None);
    }
}
