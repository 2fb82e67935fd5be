//! `cargo xtask test`: every test stage in order — native, Chrome, Firefox, end-to-end — with
//! each stage's output streamed, then one recap line per stage and the final
//! `N passed, N failed` line.

use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};

use crate::error::Result;
use crate::setup::{self, Scope};
use crate::site::{self, build_release};
use crate::static_server::StaticServer;
use crate::summary::{self, Counts, Format, StageResult};
use crate::{paths, proc};

/// The sub-path the end-to-end tests also serve the site under, to prove `public_url` works.
const SUB_PATH: &str = "/loopscope/";

/// Installs everything the tests need, runs all stages, prints the summary, and fails when
/// any stage failed or ran no test.
pub fn test(root: &Path) -> Result<ExitCode> {
    setup::ensure(root, Scope::Tests)?;
    let results = vec![
        native(root),
        browser(root, "chrome", "--chromedriver", "chromedriver"),
        browser(root, "firefox", "--geckodriver", "geckodriver"),
        end_to_end(root),
    ];
    println!();
    for result in &results {
        println!("{}", result.line());
    }
    println!("{}", summary::total_line(&results));
    let all_ok = results.iter().all(StageResult::ok);
    Ok(if all_ok {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    })
}

/// The engine and xtask, natively: `cargo test --workspace`, running every test binary even
/// after one fails so the counts are complete.
fn native(root: &Path) -> StageResult {
    banner("native");
    let mut command = Command::new("cargo");
    command
        .args(["test", "--workspace", "--no-fail-fast"])
        .current_dir(root);
    run_stage("native", &mut command, Format::Libtest)
}

/// The crate's wasm tests in one headless browser with `wasm-pack test`, using the locally
/// installed `driver` (passed with `driver_flag`) so nothing is downloaded.
fn browser(root: &Path, name: &'static str, driver_flag: &str, driver: &str) -> StageResult {
    banner(name);
    let Some(driver_path) = paths::find_on_path(driver) else {
        return failed(name, format!("{driver} not found on PATH"));
    };
    let mut command = Command::new("wasm-pack");
    command
        .args(["test", "--headless", &format!("--{name}"), driver_flag])
        .arg(driver_path)
        .current_dir(root);
    run_stage(name, &mut command, Format::Libtest)
}

/// Builds the release site twice (at the root into dist/, and for the sub-path), serves both
/// with a plain static file server, and runs the node tests against both URLs.
fn end_to_end(root: &Path) -> StageResult {
    banner("e2e");
    let servers = match build_and_serve(root) {
        Ok(servers) => servers,
        Err(error) => return failed("e2e", error.to_string()),
    };
    let urls = [servers[0].url("/"), servers[1].url(SUB_PATH)].join(",");
    let mut command = Command::new("node");
    command
        .args(["--test", "--test-reporter=spec"])
        .env("E2E_BASE_URLS", urls)
        .current_dir(paths::e2e_dir(root));
    run_stage("e2e", &mut command, Format::NodeTest)
}

/// The two release builds and a server for each: dist/ at `/`, and a folder whose
/// `loopscope/` holds the build for [`SUB_PATH`].
fn build_and_serve(root: &Path) -> Result<[StaticServer; 2]> {
    let dist = site::dist_dir(root);
    build_release(root, "/", &dist)?;
    let sub_root = sub_path_root(root);
    build_release(root, SUB_PATH, &sub_root.join(SUB_PATH.trim_matches('/')))?;
    Ok([StaticServer::start(&dist)?, StaticServer::start(&sub_root)?])
}

/// The folder served at `/` for the sub-path test (inside target/, so git ignores it).
fn sub_path_root(root: &Path) -> PathBuf {
    root.join("target/site-under-sub-path")
}

/// Runs a stage's command with its output streamed and counts its tests in `format`.
fn run_stage(name: &'static str, command: &mut Command, format: Format) -> StageResult {
    match proc::run_tee(command) {
        Ok(captured) => StageResult {
            name,
            counts: format.count(&captured.text),
            problem: (!captured.success).then(|| "its command failed".to_owned()),
        },
        Err(error) => failed(name, error.to_string()),
    }
}

/// A stage that could not run its tests.
fn failed(name: &'static str, problem: String) -> StageResult {
    eprintln!("xtask: stage {name}: {problem}");
    StageResult {
        name,
        counts: Counts::default(),
        problem: Some(problem),
    }
}

/// Announces a stage in the log.
fn banner(name: &str) {
    println!("\n==> stage {name}");
}
