//! Runs `.py` fixtures through the interpreter on the virtual clock and compares the result
//! with the `.expected` output recorded from CPython 3.11.

use loopscope::fixture::{normalize, parse, render};
use loopscope::python::interp::{Limits, NativeVirtualHost};
use loopscope::python::Program;
use std::path::{Path, PathBuf};

/// Runs one program and renders it in the `.expected` format.
pub fn run_fixture(source: &str) -> Vec<String> {
    match Program::new(source, "main.py", Box::new(NativeVirtualHost::default()), Limits::default()) {
        Ok(mut p) => {
            let outcome = p.run_to_end();
            let trace = p.trace();
            render(&trace, outcome.exit_code)
        }
        Err(e) => {
            let mut v: Vec<String> = e.render("main.py", source).lines().map(|l| format!("0.000 err {l}")).collect();
            v.push("exit 1".into());
            v
        }
    }
}

/// Every `.py` file with an `.expected` beside it under `dir` (relative to the crate root).
pub fn fixtures(dir: &str) -> Vec<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join(dir);
    let mut out = Vec::new();
    let mut stack = vec![root];
    while let Some(d) = stack.pop() {
        for entry in std::fs::read_dir(&d).expect("fixture dir").flatten() {
            let p = entry.path();
            if p.is_dir() {
                stack.push(p);
            } else if p.extension().is_some_and(|e| e == "py") && p.with_extension("expected").exists() {
                out.push(p);
            }
        }
    }
    out.sort();
    out
}

/// The fixtures known not to match yet, from `tests/fixtures/known_gaps.txt`: one
/// `path  reason` per line. The list may only shrink: a listed fixture that passes fails the
/// suite until it is taken off the list.
fn known_gaps() -> Vec<String> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/known_gaps.txt");
    std::fs::read_to_string(path)
        .unwrap_or_default()
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .filter_map(|l| l.split_whitespace().next().map(str::to_string))
        .collect()
}

/// Runs every fixture under `dir`; panics listing each mismatch with the first differing line,
/// and each known gap that now passes.
pub fn check_dir(dir: &str) {
    check_dir_on_stack(dir, 512 << 20);
}

/// [`check_dir`] on a thread with `stack_bytes` of stack.
pub fn check_dir_on_stack(dir: &str, stack_bytes: usize) {
    let dir = dir.to_string();
    let failures = std::thread::Builder::new()
        .stack_size(stack_bytes)
        .spawn(move || {
            let files = fixtures(&dir);
            assert!(!files.is_empty(), "no fixtures under {dir}");
            let gaps = known_gaps();
            let mut failures = Vec::new();
            for f in &files {
                let rel = f.strip_prefix(env!("CARGO_MANIFEST_DIR")).unwrap_or(f).display().to_string();
                let rel = rel.trim_start_matches('/').to_string();
                let known = gaps.contains(&rel);
                let source = std::fs::read_to_string(f).expect("read fixture");
                let expected = normalize(&parse(&std::fs::read_to_string(f.with_extension("expected")).expect("read expected")));
                let actual = normalize(&run_fixture(&source));
                if known && actual == expected {
                    failures.push(format!("{rel}\n    now matches CPython: remove it from tests/fixtures/known_gaps.txt"));
                }
                if actual != expected && !known {
                    let i = actual.iter().zip(&expected).take_while(|(a, b)| a == b).count();
                    failures.push(format!(
                        "{}\n    line {}: expected {:?}\n             got      {:?}",
                        rel,
                        i + 1,
                        expected.get(i),
                        actual.get(i)
                    ));
                }
            }
            (files.len(), failures)
        })
        .expect("spawn")
        .join()
        .expect("fixture thread");
    let (total, failures) = failures;
    assert!(
        failures.is_empty(),
        "{} of {} fixtures differ from CPython (beyond tests/fixtures/known_gaps.txt):\n{}",
        failures.len(),
        total,
        failures.join("\n")
    );
}
