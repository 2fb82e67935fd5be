//! `cargo xtask`: set up, serve, build and test Loopscope with one command each.
//!
//! Std only, so it compiles in seconds on a fresh machine. Every command first installs what
//! it needs and is missing (see `setup`), printing what it installs.

mod bench;
mod bench_peers;
mod error;
mod fuzz;
mod lockfile;
mod paths;
mod proc;
mod serve;
mod setup;
mod site;
mod size;
mod soak;
mod static_server;
mod summary;
mod test;

use std::path::Path;
use std::process::ExitCode;

use error::{Error, Result};
use setup::Scope;

/// What `cargo xtask` with no or unknown arguments prints.
const USAGE: &str = "\
usage: cargo xtask <command>

  setup                    install everything serve, build and test need (idempotent)
  serve                    serve the playground at http://127.0.0.1:8080/ (debug build, rebuilt on change)
  build [--public-url P]   release build into dist/, asset URLs under P (default /)
  test                     native, Chrome, Firefox and end-to-end tests; ends with `N passed, N failed`
  bench                    time the benchmark programs natively and in headless Chromium, beside CPython 3.11 and Pyodide
  size                     what the interpreter adds to a release wasm, and the site's first-visit bytes (gzip)
  fuzz [--seconds N]       run the interpreter's cargo-fuzz target for N seconds (default 600)
  soak [--runs N] [--browsers chromium,firefox] [--only ID]
                           run every exercise N times (default 50) on the browser clock: same order, no heap growth";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let root = paths::repo_root();
    paths::put_tools_first_on_path(&root);
    match dispatch(&root, &args) {
        Ok(code) => code,
        Err(error) => {
            eprintln!("xtask: {error}");
            ExitCode::FAILURE
        }
    }
}

/// Runs the command `args` names.
fn dispatch(root: &Path, args: &[String]) -> Result<ExitCode> {
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    match args.as_slice() {
        ["setup"] => setup::ensure(root, Scope::Tests).map(|()| ExitCode::SUCCESS),
        ["serve"] => serve::serve(root).map(|()| ExitCode::SUCCESS),
        ["build"] => build(root, "/"),
        ["build", "--public-url", public_url] => build(root, public_url),
        ["test"] => test::test(root),
        ["bench"] => bench::bench(root).map(|()| ExitCode::SUCCESS),
        ["size"] => size::size(root).map(|()| ExitCode::SUCCESS),
        ["soak", rest @ ..] => soak::soak(root, rest),
        ["fuzz", rest @ ..] => fuzz::fuzz(root, fuzz::seconds(rest)?),
        _ => Err(Error::new(USAGE)),
    }
}

/// `cargo xtask build`: the release site in dist/.
fn build(root: &Path, public_url: &str) -> Result<ExitCode> {
    setup::ensure(root, Scope::Site)?;
    let dist = site::dist_dir(root);
    site::build_release(root, public_url, &dist)?;
    println!(
        "build: release site in {} (public URL {public_url})",
        dist.display()
    );
    Ok(ExitCode::SUCCESS)
}
