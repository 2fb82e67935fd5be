//! Fuzz target: any UTF-8 text goes through `run_one::run` (parse → resolve → run on the
//! virtual clock with small budgets, then the renderers) on a thread with a large stack.
//! Whatever the text, none of it may panic, overflow the stack or outlast the budgets.
#![no_main]

use libfuzzer_sys::fuzz_target;

#[path = "../run_one.rs"]
mod run_one;

fuzz_target!(|data: &[u8]| {
    let Ok(source) = std::str::from_utf8(data) else { return };
    let source = source.to_owned();
    let worker = std::thread::Builder::new().stack_size(run_one::STACK_BYTES).spawn(move || run_one::run(&source));
    // libfuzzer-sys's panic hook already aborts on a panic in any thread; this keeps it so.
    if worker.expect("spawn interpreter thread").join().is_err() {
        std::process::abort();
    }
});
