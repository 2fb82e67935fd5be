//! Entry point: mounts the web app on wasm32; the native command-line runner elsewhere.

#[cfg(target_arch = "wasm32")]
fn main() {
    loopscope::web::start();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    loopscope::cli::main()
}

