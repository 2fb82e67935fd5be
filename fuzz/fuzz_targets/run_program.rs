//! Fuzz target: any UTF-8 text goes through parse → resolve → run on the virtual clock with
//! small budgets, and then through the renderers (syntax error text, `.expected` records).
//! Whatever the text, none of it may panic, overflow the stack or outlast the budgets.
#![no_main]

use libfuzzer_sys::fuzz_target;
use loopscope::python::interp::{Limits, NativeVirtualHost};
use loopscope::python::Program;

/// Budgets small enough for thousands of runs a second, large enough to reach the event loop.
fn limits() -> Limits {
    Limits { max_steps: 20_000, max_wall_ms: 250, max_depth: 100, max_output: 16_384 }
}

/// Stack for the interpreter thread: what 100 Python frames need, with room to spare.
const STACK_BYTES: usize = 64 << 20;

fn run(source: String) {
    match Program::new(&source, "main.py", Box::new(NativeVirtualHost::default()), limits()) {
        Ok(mut program) => {
            let outcome = program.run_to_end();
            let _ = loopscope::fixture::render(&program.trace(), outcome.exit_code);
        }
        Err(error) => {
            let _ = error.render("main.py", &source);
        }
    }
}

fuzz_target!(|data: &[u8]| {
    let Ok(source) = std::str::from_utf8(data) else { return };
    let source = source.to_owned();
    let worker = std::thread::Builder::new().stack_size(STACK_BYTES).spawn(move || run(source));
    // libfuzzer-sys's panic hook already aborts on a panic in any thread; this keeps it so.
    if worker.expect("spawn interpreter thread").join().is_err() {
        std::process::abort();
    }
});
