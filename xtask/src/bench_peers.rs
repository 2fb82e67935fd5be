//! `cargo xtask bench`'s peers section: Loopscope's release site beside Pyodide (from npm,
//! offline) in one headless system Chromium, by `bench/peers.mjs` (its comments say how each
//! figure is measured). This side installs what it needs, builds the site into dist/, and hands
//! over the native CPython medians for the ratios.

use std::collections::BTreeMap;
use std::path::Path;
use std::process::Command;

use crate::error::Result;
use crate::setup::{self, Scope};
use crate::{proc, site};

/// Builds the release site and runs the peers benchmark; `cpython` holds native CPython 3.11
/// medians (ms) by program name.
pub fn peers(root: &Path, cpython: &BTreeMap<String, f64>) -> Result<()> {
    setup::ensure(root, Scope::Site)?;
    setup::ensure_npm_folder(&root.join("bench"), "pyodide")?;
    let dist = site::dist_dir(root);
    site::build_release(root, "/", &dist)?;
    let medians: Vec<String> = cpython
        .iter()
        .map(|(name, ms)| format!("{name}={ms:.1}"))
        .collect();
    proc::run(
        Command::new("node")
            .arg("bench/peers.mjs")
            .env("BENCH_CPYTHON_MS", medians.join(","))
            .env("BENCH_DIST", &dist)
            .current_dir(root),
    )
}
