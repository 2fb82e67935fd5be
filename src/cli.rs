//! The native command-line runner: `loopscope run FILE.py [--trace-json] [--expected]`.
//!
//! Runs a program on the virtual clock and behaves like `python3 FILE.py`: the program's
//! stdout on stdout, warnings and tracebacks on stderr, exit status 1 on an uncaught exception.

use crate::python::interp::{Limits, NativeVirtualHost};
use crate::python::Program;
use crate::runtime::trace::{Event, Stream};
use std::io::Write;
use std::process::ExitCode;

const USAGE: &str = "usage: loopscope run FILE.py [--trace-json] [--expected]
  --trace-json   print the run's trace (ideal times) as JSON on stdout instead of its output
  --expected     print the run in the .expected fixture format";

/// Runs the command line; returns the process exit status.
pub fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (Some(cmd), Some(file)) = (args.first(), args.get(1)) else {
        eprintln!("{USAGE}");
        return ExitCode::from(2);
    };
    if cmd != "run" {
        eprintln!("{USAGE}");
        return ExitCode::from(2);
    }
    let flags: Vec<&str> = args[2..].iter().map(String::as_str).collect();
    if let Some(bad) = flags.iter().find(|f| !matches!(**f, "--trace-json" | "--expected")) {
        eprintln!("loopscope: unknown option {bad}\n{USAGE}");
        return ExitCode::from(2);
    }
    let source = match std::fs::read_to_string(file) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("loopscope: can't open file '{file}': {e}");
            return ExitCode::from(2);
        }
    };
    let mode = flags.first().copied().unwrap_or("").to_string();
    let code = run_on_big_stack(move || run(&source, &mode));
    ExitCode::from(code)
}

/// Runs `f` on a thread with a stack deep enough for Python's recursion limit.
pub fn run_on_big_stack<T: Send + 'static>(f: impl FnOnce() -> T + Send + 'static) -> T {
    std::thread::Builder::new()
        .stack_size(512 << 20)
        .spawn(f)
        .expect("spawn interpreter thread")
        .join()
        .expect("interpreter thread")
}

fn run(source: &str, mode: &str) -> u8 {
    let mut program = match Program::new(source, "main.py", Box::new(NativeVirtualHost::default()), Limits::default()) {
        Ok(p) => p,
        Err(e) => {
            let text = e.render("main.py", source);
            if mode == "--expected" {
                for line in text.lines() {
                    println!("0.000 err {line}");
                }
                println!("exit 1");
            } else {
                eprint!("{text}");
            }
            return 1;
        }
    };
    let outcome = program.run_to_end();
    let trace = program.trace();
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    match mode {
        "--trace-json" => {
            let _ = writeln!(out, "{}", serde_json::to_string_pretty(&*trace).unwrap_or_default());
        }
        "--expected" => {
            for r in crate::fixture::render(&trace, outcome.exit_code) {
                let _ = writeln!(out, "{r}");
            }
        }
        _ => {
            for e in &trace.events {
                if let Event::Output { stream, text, partial, .. } = e {
                    let line = if *partial { text.clone() } else { format!("{text}\n") };
                    let _ = match stream {
                        Stream::Out => out.write_all(line.as_bytes()).and_then(|_| out.flush()),
                        Stream::Err => std::io::stderr().write_all(line.as_bytes()),
                    };
                }
            }
        }
    }
    outcome.exit_code.clamp(0, 255) as u8
}
