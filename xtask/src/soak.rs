//! `cargo xtask soak [--runs N] [--browsers chromium,firefox] [--only ID]`: every catalogue
//! exercise run N times (50 unless told) on the browser clock, in headless Chromium and
//! Firefox ESR, by `bench/soak.mjs` (its comments say what is checked). This side installs the
//! browsers and drivers, builds the release site and serves it.

use std::path::Path;
use std::process::{Command, ExitCode};

use crate::error::{Error, Result};
use crate::setup::{self, Scope};
use crate::static_server::StaticServer;
use crate::{proc, site};

/// The arguments `bench/soak.mjs` understands, each followed by a value.
const OPTIONS: &[&str] = &["--runs", "--browsers", "--only"];

/// Checks the arguments, builds and serves the site, and runs the soak; fails when any run
/// differed or the heap grew too much.
pub fn soak(root: &Path, args: &[&str]) -> Result<ExitCode> {
    let pairs_ok = args.len() % 2 == 0 && args.chunks(2).all(|pair| OPTIONS.contains(&pair[0]));
    if !pairs_ok {
        return Err(Error::new(
            "usage: cargo xtask soak [--runs N] [--browsers chromium,firefox] [--only EXERCISE_ID]",
        ));
    }
    setup::ensure(root, Scope::Tests)?;
    let dist = site::dist_dir(root);
    site::build_release(root, "/", &dist)?;
    let server = StaticServer::start(&dist)?;
    let outcome = proc::run(
        Command::new("node")
            .arg("bench/soak.mjs")
            .args(args)
            .env("SOAK_BASE_URL", server.url("/"))
            .current_dir(root),
    );
    Ok(if outcome.is_ok() {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    })
}
