//! Where things are: the repository, the installed tools, and the PATH that finds them.

use std::env;
use std::path::{Path, PathBuf};

/// The repository root (the parent of `xtask/`).
pub fn repo_root() -> PathBuf {
    let root = Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/.."));
    root.canonicalize().unwrap_or_else(|_| root.to_path_buf())
}

/// The end-to-end test package, whose `node_modules` also provides `wasm-opt`.
pub fn e2e_dir(root: &Path) -> PathBuf {
    root.join("e2e")
}

/// Where `cargo install` puts binaries: `$CARGO_HOME/bin`, else `~/.cargo/bin`.
pub fn cargo_bin_dir() -> PathBuf {
    match env::var_os("CARGO_HOME") {
        Some(home) => PathBuf::from(home).join("bin"),
        None => PathBuf::from(env::var_os("HOME").unwrap_or_default()).join(".cargo/bin"),
    }
}

/// Puts npm's binaries (binaryen's `wasm-opt`) and then cargo's first on this process's PATH,
/// so every child finds the tools setup installed before any older copy elsewhere.
pub fn put_tools_first_on_path(root: &Path) {
    let npm_bin = e2e_dir(root).join("node_modules/.bin");
    let current = env::var_os("PATH").unwrap_or_default();
    let dirs = [npm_bin, cargo_bin_dir()]
        .into_iter()
        .chain(env::split_paths(&current));
    if let Ok(path) = env::join_paths(dirs) {
        env::set_var("PATH", path);
    }
}

/// The first executable file called `program` on PATH.
pub fn find_on_path(program: &str) -> Option<PathBuf> {
    let path = env::var_os("PATH")?;
    env::split_paths(&path)
        .map(|dir| dir.join(program))
        .find(|file| file.is_file())
}
