//! Shared by the `challenge_*` tests: the challenges on disk, their wrong solutions, and
//! checking on a thread with a stack deep enough for Python's recursion limit.
#![allow(dead_code)]

use loopscope::challenge::{self, Challenge, CheckReport};
use std::path::PathBuf;

/// The folder of a challenge on disk.
pub fn folder(c: &Challenge) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("challenges").join(format!("{:02}-{}", c.number, c.meta.id))
}

/// Every challenge compiled in (the catalogue must load).
pub fn all() -> Vec<Challenge> {
    challenge::catalogue().unwrap_or_else(|e| panic!("catalogue: {e}"))
}

/// Each wrong solution of `c`: its file name, its source, and the check it must fail.
pub fn wrong(c: &Challenge) -> Vec<(String, String, String)> {
    c.meta
        .wrong
        .iter()
        .map(|(file, fails)| {
            let path = folder(c).join("wrong").join(file);
            let source = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
            (file.clone(), source, fails.clone())
        })
        .collect()
}

/// Checks `source` against `c` with `seed`, on a big stack.
pub fn check(c: &Challenge, source: &str, seed: u64) -> CheckReport {
    let (c, source) = (c.clone(), source.to_string());
    loopscope::cli::run_on_big_stack(move || challenge::check(&c, &source, seed))
}

/// A one-line account of a report, for failure messages.
pub fn summary(r: &CheckReport) -> String {
    let mut s = format!("passed={} error={:?}\n", r.passed, r.error);
    for c in &r.checks {
        s.push_str(&format!(
            "  [{}] {}: measured {} / expected {} at {:?}\n",
            if c.passed { "ok" } else { "FAIL" },
            c.name,
            c.measured,
            c.expected,
            c.at
        ));
    }
    for l in &r.run.lines {
        s.push_str(&format!("  | {:.3} {:?} {}\n", l.t, l.stream, l.text));
    }
    s
}
