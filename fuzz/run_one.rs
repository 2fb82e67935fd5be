//! One fuzz input, end to end: parse → resolve → run on the virtual clock with small budgets,
//! then the renderers (syntax error text, `.expected` records). Shared by the cargo-fuzz target
//! (`fuzz_targets/run_program.rs`) and the fixed-seed pass in `cargo test`
//! (`tests/hardening_fuzz_pass.rs`), so both exercise exactly the same code.

use loopscope::python::interp::{Limits, NativeVirtualHost};
use loopscope::python::Program;

/// Budgets small enough for thousands of runs a second, large enough to reach the event loop.
pub fn limits() -> Limits {
    Limits {
        max_steps: 20_000,
        max_wall_ms: 250,
        max_depth: 100,
        max_output: 16_384,
        ..Limits::default()
    }
}

/// Stack for the interpreter thread: what 100 Python frames need, with room to spare.
pub const STACK_BYTES: usize = 64 << 20;

/// Runs `source` through the whole pipeline and the renderers, discarding what they produce.
pub fn run(source: &str) {
    match Program::new(
        source,
        "main.py",
        Box::new(NativeVirtualHost::default()),
        limits(),
    ) {
        Ok(mut program) => {
            let outcome = program.run_to_end();
            let _ = loopscope::fixture::render(&program.trace(), outcome.exit_code);
        }
        Err(error) => {
            let _ = error.render("main.py", source);
        }
    }
}
