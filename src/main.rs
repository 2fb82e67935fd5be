//! Entry point: mounts the web app on wasm32; the native command-line runner elsewhere.

#[cfg(target_arch = "wasm32")]
fn main() {
    loopscope::web::start();
}

#[cfg(all(not(target_arch = "wasm32"), feature = "engine-wip"))]
fn main() -> std::process::ExitCode {
    loopscope::cli::main()
}

#[cfg(all(not(target_arch = "wasm32"), not(feature = "engine-wip")))]
fn main() {
    eprintln!("the command-line runner needs `--features engine-wip` while the engine is finished");
    std::process::exit(2);
}
