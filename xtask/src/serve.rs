//! `cargo xtask serve`: the playground at <http://127.0.0.1:8080/>, rebuilt when sources change.

use std::path::Path;
use std::process::Command;

use crate::error::Result;
use crate::proc;
use crate::setup::{self, Scope};

/// Where `trunk serve` listens (address and port are set in Trunk.toml).
const URL: &str = "http://127.0.0.1:8080/";

/// Installs the site's tools, then runs `trunk serve` (a debug build, rebuilt on every change)
/// until interrupted.
pub fn serve(root: &Path) -> Result<()> {
    setup::ensure(root, Scope::Site)?;
    println!(
        "serve: Loopscope will be at {URL} once built (Ctrl-C stops; reload by hand after edits)"
    );
    proc::run(Command::new("trunk").arg("serve").current_dir(root))
}
