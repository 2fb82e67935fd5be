#![cfg(not(target_arch = "wasm32"))]
//! Every challenge's reference solution, with its demo and with its checks (seed 0), prints
//! on Loopscope what it printed under CPython 3.11 with the `loopscope` twin
//! (`tools/challenge_record.py` wrote `demo.expected` and `checks.expected`), at the same
//! virtual times. Under CPython a failing check prints a line, so a matching `checks.expected`
//! also says every check `checks.py` records passed there.

mod challenge_support;

use challenge_support::{all, folder};
use loopscope::fixture::{normalize, parse, render};
use loopscope::python::interp::{Limits, NativeVirtualHost};
use loopscope::python::Program;

fn run(program: String) -> Vec<String> {
    loopscope::cli::run_on_big_stack(move || {
        let mut p = Program::new(&program, "main.py", Box::new(NativeVirtualHost::default()), Limits::default())
            .expect("compiles");
        let outcome = p.run_to_end();
        let trace = p.trace();
        render(&trace, outcome.exit_code)
    })
}

#[test]
fn reference_solutions_print_what_cpython_printed() {
    let mut failures = Vec::new();
    for c in all() {
        for (name, program) in [("demo", c.demo_program(&c.solution)), ("checks", c.check_program(&c.solution))] {
            let path = folder(&c).join(format!("{name}.expected"));
            let recorded = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
            let (expected, actual) = (normalize(&parse(&recorded)), normalize(&run(program)));
            if expected != actual {
                failures.push(format!("{}/{name}:\n  CPython  {expected:?}\n  Loopscope {actual:?}", c.meta.id));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn each_example_shows_what_the_demo_prints() {
    for c in all() {
        let recorded = std::fs::read_to_string(folder(&c).join("demo.expected")).expect("demo.expected");
        let printed: Vec<&str> = recorded.lines().filter_map(|l| l.split_once(" out ").map(|(_, text)| text)).collect();
        let example = &c.meta.examples[0].output;
        assert_eq!(example.lines().collect::<Vec<_>>(), printed, "{}: example output", c.meta.id);
    }
}
