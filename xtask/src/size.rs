//! `cargo xtask size`: what the interpreter adds to a release wasm, and what a first visit of
//! the site transfers, gzipped.
//!
//! `tools/size-probe` builds two wasm programs like the site is built (release profile,
//! wasm-bindgen, `wasm-opt -Oz`): `baseline`, one wasm-bindgen export that echoes a string,
//! and `engine`, the same export running a Python program with the interpreter and asyncio
//! runtime. The difference of their gzipped sizes is the interpreter's cost. The site's own
//! files come from `cargo xtask build` (dist/).

use crate::error::{Error, Result};
use crate::{proc, setup, site};
use std::io::Write;
use std::path::Path;
use std::process::Command;

/// Builds the probes and the site, and prints their sizes.
pub fn size(root: &Path) -> Result<()> {
    setup::ensure(root, setup::Scope::Site)?;
    let target = root.join("target/size-probe");
    proc::run(
        Command::new("cargo")
            .args(["build", "--release", "--target", "wasm32-unknown-unknown"])
            .env("CARGO_TARGET_DIR", &target)
            .current_dir(root.join("tools/size-probe")),
    )?;
    let mut gz = Vec::new();
    for bin in ["baseline", "engine"] {
        let out = target.join("out").join(bin);
        let wasm = target.join("wasm32-unknown-unknown/release").join(format!("{bin}.wasm"));
        proc::run(Command::new("wasm-bindgen").args(["--target", "web", "--out-dir"]).arg(&out).arg(&wasm))?;
        let optimised = out.join("opt.wasm");
        proc::run(Command::new("wasm-opt").arg("-Oz").arg(out.join(format!("{bin}_bg.wasm"))).arg("-o").arg(&optimised))?;
        let bytes = std::fs::read(&optimised)?;
        gz.push((bin, bytes.len(), gzip_len(&bytes)?));
    }
    let dist = site::dist_dir(root);
    site::build_release(root, "/", &dist)?;
    println!("\n| wasm (wasm-opt -Oz) | raw bytes | gzip -9 bytes |");
    println!("|---|---:|---:|");
    for (bin, raw, packed) in &gz {
        println!("| {bin} | {raw} | {packed} |");
    }
    println!("| engine − baseline (the interpreter) | {} | {} |", gz[1].1 - gz[0].1, gz[1].2 - gz[0].2);
    println!("\n| site file (dist/) | raw bytes | gzip -9 bytes |");
    println!("|---|---:|---:|");
    let mut total = (0, 0);
    let mut files: Vec<_> = std::fs::read_dir(&dist)?.flatten().map(|e| e.path()).collect();
    files.sort();
    for file in files {
        let bytes = std::fs::read(&file)?;
        let packed = gzip_len(&bytes)?;
        total = (total.0 + bytes.len(), total.1 + packed);
        println!("| {} | {} | {packed} |", file.file_name().map(|n| n.to_string_lossy().to_string()).unwrap_or_default(), bytes.len());
    }
    println!("| first visit, all files | {} | {} |", total.0, total.1);
    Ok(())
}

/// The length of `bytes` compressed by `gzip -9` (fed from a thread, so neither pipe fills up
/// while the other waits).
fn gzip_len(bytes: &[u8]) -> Result<usize> {
    let mut child = Command::new("gzip").args(["-9", "-c"]).stdin(std::process::Stdio::piped()).stdout(std::process::Stdio::piped()).spawn()?;
    let mut stdin = child.stdin.take().ok_or_else(|| Error::new("gzip: no stdin"))?;
    let input = bytes.to_vec();
    let feeder = std::thread::spawn(move || stdin.write_all(&input));
    let out = child.wait_with_output()?;
    feeder.join().map_err(|_| Error::new("gzip: the feeding thread panicked"))??;
    if !out.status.success() {
        return Err(Error::new("gzip failed"));
    }
    Ok(out.stdout.len())
}
