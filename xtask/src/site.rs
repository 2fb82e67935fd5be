//! Building the static site: Trunk's release build (wasm-opt included) into a folder.

use std::path::{Path, PathBuf};
use std::process::Command;

use crate::error::Result;
use crate::proc;

/// Where `cargo xtask build` puts the site (the folder Trunk.toml names).
pub fn dist_dir(root: &Path) -> PathBuf {
    root.join("dist")
}

/// Builds the release site into `dist`, its asset URLs starting with `public_url`
/// (`/` at a host's root, `/loopscope/` under that sub-path).
pub fn build_release(root: &Path, public_url: &str, dist: &Path) -> Result<()> {
    proc::run(
        Command::new("trunk")
            .args(["build", "--release", "--public-url", public_url, "--dist"])
            .arg(dist)
            .current_dir(root),
    )
}
