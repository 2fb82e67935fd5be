//! Entry point: mounts the web app on wasm32; the native command-line runner elsewhere.

#[cfg(target_arch = "wasm32")]
fn main() {
    loopscope::web::start();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("usage: loopscope FILE.py");
    eprintln!(
        "(the command-line runner is not built yet; `cargo xtask serve` runs the playground)"
    );
    std::process::exit(2);
}
