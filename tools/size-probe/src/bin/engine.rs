//! The baseline plus the engine: the export parses and runs the Python program it is given (on
//! the virtual clock, asyncio and all), and returns what it printed.

use loopscope::python::interp::Limits;
use loopscope::python::Program;
use loopscope::web::clock::VirtualHost;
use wasm_bindgen::prelude::wasm_bindgen;

/// Runs `source` and returns its output lines.
#[wasm_bindgen]
pub fn run(source: &str) -> String {
    match Program::new(source, "main.py", Box::new(VirtualHost), Limits::default()) {
        Ok(mut program) => {
            program.run_to_end();
            let trace = program.trace();
            trace.output().map(|(_, _, text)| text.to_owned()).collect::<Vec<_>>().join("\n")
        }
        Err(e) => e.to_string(),
    }
}

fn main() {}
