//! Installing what the other commands need. Every piece is checked first and installed only
//! when missing or at the wrong version, and each install is announced, so a second run
//! installs nothing.

use std::fs;
use std::path::Path;
use std::process::Command;

use crate::error::Result;
use crate::{lockfile, paths, proc};

/// Trunk's version: 0.22 needs a newer rustc than stable here.
const TRUNK_VERSION: &str = "0.21.14";
/// wasm-pack's version, used for the browser tests.
const WASM_PACK_VERSION: &str = "0.15.1";
/// geckodriver's version, which drives Firefox for the browser tests.
const GECKODRIVER_VERSION: &str = "0.37.1";

/// How much to set up.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Scope {
    /// What building and serving the site needs: the wasm32 target, wasm-bindgen, trunk and
    /// the npm packages (binaryen's wasm-opt).
    Site,
    /// Everything `cargo xtask test` needs: the site's tools plus Chromium, Firefox, their
    /// drivers and wasm-pack.
    Tests,
}

/// Installs whatever `scope` needs and is missing.
pub fn ensure(root: &Path, scope: Scope) -> Result<()> {
    ensure_debian_packages(scope)?;
    ensure_wasm_target()?;
    for tool in cargo_tools(root, scope)? {
        tool.ensure()?;
    }
    ensure_npm_packages(root)
}

/// A program from a Debian package, found on PATH when installed.
struct DebianProgram {
    program: &'static str,
    package: &'static str,
}

/// The Debian programs `scope` needs.
fn debian_programs(scope: Scope) -> &'static [DebianProgram] {
    const PROGRAMS: &[DebianProgram] = &[
        DebianProgram {
            program: "npm",
            package: "npm",
        },
        DebianProgram {
            program: "chromium",
            package: "chromium",
        },
        DebianProgram {
            program: "chromedriver",
            package: "chromium-driver",
        },
        DebianProgram {
            program: "firefox-esr",
            package: "firefox-esr",
        },
    ];
    match scope {
        Scope::Site => &PROGRAMS[..1],
        Scope::Tests => PROGRAMS,
    }
}

/// Installs with apt-get the packages of the programs that are missing from PATH.
fn ensure_debian_packages(scope: Scope) -> Result<()> {
    let missing: Vec<&str> = debian_programs(scope)
        .iter()
        .filter(|wanted| paths::find_on_path(wanted.program).is_none())
        .map(|wanted| wanted.package)
        .collect();
    if missing.is_empty() {
        println!("setup: present: Debian packages {}", package_list(scope));
        return Ok(());
    }
    println!(
        "setup: installing Debian packages {} (apt-get)",
        missing.join(" ")
    );
    proc::run(as_root("apt-get").arg("update"))?;
    proc::run(as_root("apt-get").args(["install", "-y"]).args(&missing))
}

/// The package names of `scope`, space-separated.
fn package_list(scope: Scope) -> String {
    let packages: Vec<&str> = debian_programs(scope)
        .iter()
        .map(|wanted| wanted.package)
        .collect();
    packages.join(" ")
}

/// `program` run as root: directly when we are root, else through sudo.
fn as_root(program: &str) -> Command {
    let is_root = proc::probe("id", &["-u"]).is_some_and(|uid| uid.trim() == "0");
    let mut command = Command::new(if is_root { program } else { "sudo" });
    if !is_root {
        command.arg(program);
    }
    command.env("DEBIAN_FRONTEND", "noninteractive");
    command
}

/// Adds rustup's wasm32-unknown-unknown target unless it is installed.
fn ensure_wasm_target() -> Result<()> {
    const TARGET: &str = "wasm32-unknown-unknown";
    let installed = proc::probe("rustup", &["target", "list", "--installed"]);
    if installed.is_some_and(|list| list.lines().any(|line| line.trim() == TARGET)) {
        println!("setup: present: Rust target {TARGET}");
        return Ok(());
    }
    println!("setup: installing Rust target {TARGET} (rustup)");
    proc::run(Command::new("rustup").args(["target", "add", TARGET]))
}

/// A command-line tool installed with `cargo install` at an exact version.
struct CargoTool {
    /// The binary, which answers `--version` with `<name> <version> …`.
    binary: &'static str,
    /// The crate that provides it.
    krate: &'static str,
    /// The version to install.
    version: String,
    /// Whether to install with `--locked` (the crate's own lockfile).
    locked: bool,
}

/// The cargo-installed tools `scope` needs.
fn cargo_tools(root: &Path, scope: Scope) -> Result<Vec<CargoTool>> {
    let mut tools = vec![
        CargoTool {
            binary: "wasm-bindgen",
            krate: "wasm-bindgen-cli",
            // The CLI must equal the library the app links; --locked fails (a yanked dependency).
            version: lockfile::locked_version(root, "wasm-bindgen")?,
            locked: false,
        },
        CargoTool::locked("trunk", "trunk", TRUNK_VERSION),
    ];
    if scope == Scope::Tests {
        tools.push(CargoTool::locked(
            "wasm-pack",
            "wasm-pack",
            WASM_PACK_VERSION,
        ));
        tools.push(CargoTool::locked(
            "geckodriver",
            "geckodriver",
            GECKODRIVER_VERSION,
        ));
    }
    Ok(tools)
}

impl CargoTool {
    /// A tool installed with `--locked`.
    fn locked(binary: &'static str, krate: &'static str, version: &str) -> Self {
        CargoTool {
            binary,
            krate,
            version: version.to_owned(),
            locked: true,
        }
    }

    /// Installs the tool unless `binary --version` already reports the wanted version.
    fn ensure(&self) -> Result<()> {
        let found = installed_version(self.binary);
        if found.as_deref() == Some(self.version.as_str()) {
            println!("setup: present: {} {}", self.binary, self.version);
            return Ok(());
        }
        let had = found.map_or_else(String::new, |version| format!(", replacing {version}"));
        println!(
            "setup: installing {} {} (cargo install{had})",
            self.krate, self.version
        );
        let mut command = Command::new("cargo");
        command.args(["install", self.krate, "--version", &self.version]);
        if self.locked {
            command.arg("--locked");
        }
        proc::run(&mut command)
    }
}

/// The version `binary --version` reports: the second word of its first line.
fn installed_version(binary: &str) -> Option<String> {
    let output = proc::probe(binary, &["--version"])?;
    output
        .lines()
        .next()?
        .split_whitespace()
        .nth(1)
        .map(str::to_owned)
}

/// Installs the npm packages of `e2e/` (playwright-core, binaryen's wasm-opt).
fn ensure_npm_packages(root: &Path) -> Result<()> {
    ensure_npm_folder(&paths::e2e_dir(root), "playwright-core, binaryen")
}

/// Runs `npm ci` in `dir` unless its `node_modules` is newer than its `package-lock.json`;
/// `packages` names them in what it prints.
pub fn ensure_npm_folder(dir: &Path, packages: &str) -> Result<()> {
    let modified = |file: &str| {
        fs::metadata(dir.join(file))
            .and_then(|meta| meta.modified())
            .ok()
    };
    let wanted = modified("package-lock.json");
    let installed = modified("node_modules/.package-lock.json");
    let name = dir.file_name().map_or_else(String::new, |n| n.to_string_lossy().into_owned());
    if matches!((wanted, installed), (Some(wanted), Some(installed)) if installed >= wanted) {
        println!("setup: present: npm packages of {name}/ ({packages})");
        return Ok(());
    }
    println!("setup: installing npm packages of {name}/ ({packages}: npm ci)");
    proc::run(
        Command::new("npm")
            .args(["ci", "--no-audit", "--no-fund"])
            .current_dir(dir),
    )
}
