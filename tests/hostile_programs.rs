#![cfg(not(target_arch = "wasm32"))]
//! Hostile and broken programs (`tests/fixtures/hostile/`) end calmly. Each one either prints
//! exactly what CPython 3.11 prints (its `.expected`, recorded by `tools/record.py`), or is
//! stopped by a budget (wall time, output, loop clock, a deadlock) with a message naming it,
//! within the budget plus slack, or is refused with a clear message (a construct or module
//! outside the dialect). Never a panic; when a budget stops a program, no single step of the
//! run (the unit the browser runs between yields) took longer than the wall-time budget plus
//! slack; and the next program on the same thread runs normally.

use loopscope::fixture::{normalize, parse, render};
use loopscope::python::interp::{Limits, NativeVirtualHost};
use loopscope::python::{Program, Step};
use std::path::Path;
use std::time::{Duration, Instant};

/// How a hostile program must end.
enum End {
    /// As CPython ends it: output, order, times and exit status equal its `.expected`.
    AsCpython,
    /// Stopped by a budget: the last line of stderr names it (one of these phrases).
    Stopped(&'static [&'static str]),
    /// Refused: the output contains this message.
    Refused(&'static str),
}

use End::{AsCpython, Refused, Stopped};

const WALL: &[&str] = &["it computed for 2 s without finishing"];
const OUTPUT: &[&str] = &["it printed more than 2000000 bytes"];
/// Printing line by line: a fast build passes the output budget first, a slow one the wall time.
const FLOOD: &[&str] = &["it printed more than 2000000 bytes", "it computed for 2 s without finishing"];
const DEADLOCK: &[&str] = &["every task is waiting and nothing can wake them up"];
/// On the virtual clock a loop that sleeps forever races ahead: a fast build passes a day of
/// loop time first, a slow one runs out of wall time first.
const FOREVER: &[&str] = &["its clock passed 86400 s of loop time", "it computed for 2 s without finishing"];

const CASES: &[(&str, End)] = &[
    // Syntax errors at odd places: reported before anything runs.
    ("syntax_unclosed_paren_at_eof", AsCpython),
    ("syntax_unterminated_string", AsCpython),
    ("syntax_unterminated_triple_quote", AsCpython),
    ("syntax_unexpected_indent", AsCpython),
    ("syntax_missing_colon_async_def", AsCpython),
    ("syntax_await_in_plain_def", AsCpython),
    ("syntax_return_outside_function", AsCpython),
    ("syntax_break_outside_loop", AsCpython),
    ("syntax_mismatched_brackets", AsCpython),
    ("syntax_assign_to_call", AsCpython),
    ("syntax_lone_else", AsCpython),
    ("syntax_error_on_last_line", AsCpython),
    ("syntax_fstring_unclosed_brace", AsCpython),
    ("syntax_nonlocal_at_module", AsCpython),
    ("syntax_yield_at_module", AsCpython),
    ("syntax_async_for_in_plain_def", AsCpython),
    ("syntax_keyword_as_name", AsCpython),
    ("syntax_dedent_mismatch", AsCpython),
    // Endless loops, sync and async, and programs CPython would hang in forever.
    ("endless_while_true_pass", Stopped(WALL)),
    ("endless_busy_async_loop", Stopped(WALL)),
    ("endless_sleeping_loop", Stopped(FOREVER)),
    ("endless_call_soon_chain", Stopped(WALL)),
    ("endless_huge_range", Stopped(WALL)),
    ("endless_itertools_count", Stopped(WALL)),
    ("endless_loop_in_finally", Stopped(WALL)),
    ("endless_ping_pong_tasks", Stopped(WALL)),
    ("endless_recursion_caught_in_loop", Stopped(WALL)),
    ("endless_deadlock_event", Stopped(DEADLOCK)),
    ("endless_deadlock_lock_twice", Stopped(DEADLOCK)),
    // Runaway recursion.
    ("recursion_sync_unbounded", AsCpython),
    ("recursion_async_unbounded", AsCpython),
    ("recursion_mutual_caught", AsCpython),
    ("recursion_self_referencing_list", AsCpython),
    ("recursion_in_repr", AsCpython),
    ("recursion_deep_but_allowed", AsCpython),
    ("recursion_in_task_callbacks", AsCpython),
    // Huge output.
    ("output_million_prints", Stopped(FLOOD)),
    ("output_ten_megabyte_string", Stopped(OUTPUT)),
    ("output_endless_prints", Stopped(FLOOD)),
    ("output_stderr_flood", Stopped(FLOOD)),
    ("output_long_line_without_newline", AsCpython),
    // Big and deeply nested data.
    ("data_million_element_list", AsCpython),
    ("data_million_entry_dict", AsCpython),
    ("data_repeat_huge_list", AsCpython),
    ("data_repeat_huge_string", AsCpython),
    ("data_deeply_nested_lists", AsCpython),
    ("data_deeply_nested_dicts", AsCpython),
    ("data_nested_repr_too_deep", AsCpython),
    ("data_big_integers", AsCpython),
    ("data_int_from_huge_string", AsCpython),
    ("data_float_overflow", AsCpython),
    // Deeply nested code.
    ("nest_parentheses_100", AsCpython),
    ("nest_parentheses_150", Refused("NotSupported: code nested too deeply (line 2, col 156)")),
    ("nest_long_addition_chain", Refused("NotSupported: code nested too deeply (line 2, col 603)")),
    ("nest_lists_literal_90", AsCpython),
    ("nest_if_blocks_40", AsCpython),
    ("nest_lambdas_50", AsCpython),
    // Unicode and very long lines.
    ("unicode_identifiers_and_text", AsCpython),
    ("unicode_zero_width_space_in_name", AsCpython),
    ("long_line_ten_thousand_chars", AsCpython),
    ("long_line_many_arguments", AsCpython),
    // Outside the dialect.
    ("unsupported_match_statement", Refused("NotSupported: match statement (line 3, col 1)")),
    ("unsupported_import_os", Refused("ModuleNotFoundError: No module named 'os'")),
    ("unsupported_open_file", Refused("NameError: name 'open' is not defined")),
    ("unsupported_exec", Refused("NameError: name 'exec' is not defined")),
    // asyncio misuse.
    ("aexit_raises", AsCpython),
    ("aexit_raises_uncaught", AsCpython),
    ("cancel_inside_finally", AsCpython),
    ("cancel_self", AsCpython),
    ("await_task_from_itself", AsCpython),
    ("never_awaited_coroutine", AsCpython),
    ("sleep_with_bad_arguments", AsCpython),
    ("run_with_non_coroutine", AsCpython),
    ("create_task_without_loop", AsCpython),
    ("gather_with_failing_and_cancelled", AsCpython),
    ("wait_for_timeout_zero", AsCpython),
    // Odd exceptions.
    ("raise_non_exception", AsCpython),
    ("exception_context_cycle", AsCpython),
    ("generator_already_executing", AsCpython),
    ("huge_exception_message", AsCpython),
    ("system_exit_codes", AsCpython),
];

/// Added to the wall-time budget for a loaded machine and an unoptimised build.
const SLACK: Duration = Duration::from_millis(1_500);

/// What a run produced, in the `.expected` format, and its longest step.
struct Run {
    records: Vec<String>,
    longest_step: Duration,
    total: Duration,
}

/// Runs `source` step by step, as the browser does, timing each step.
fn run(source: &str, limits: Limits) -> Run {
    let started = Instant::now();
    let mut program = match Program::new(source, "main.py", Box::new(NativeVirtualHost::default()), limits) {
        Ok(p) => p,
        Err(e) => {
            let mut records: Vec<String> = e.render("main.py", source).lines().map(|l| format!("0.000 err {l}")).collect();
            records.push("exit 1".into());
            return Run { records, longest_step: started.elapsed(), total: started.elapsed() };
        }
    };
    let mut longest_step = Duration::ZERO;
    let outcome = loop {
        let t = Instant::now();
        let step = program.step();
        longest_step = longest_step.max(t.elapsed());
        match step {
            Step::Continue => {}
            Step::WaitUntil(t) => program.interp().wait_until(t),
            Step::Done(o) => break o,
        }
    };
    let records = render(&program.trace(), outcome.exit_code);
    Run { records, longest_step, total: started.elapsed() }
}

/// Checks one program; returns what is wrong, if anything.
fn check(name: &str, end: &End) -> Option<String> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/hostile");
    let source = std::fs::read_to_string(dir.join(format!("{name}.py"))).expect("hostile program");
    let expected = dir.join(format!("{name}.expected"));
    // Programs that end as in CPython get time enough to finish in an unoptimised build too.
    let limits = match end {
        AsCpython => Limits { max_wall_ms: 60_000, ..Limits::default() },
        _ => Limits::default(),
    };
    let ran = run(&source, limits);
    let budget = Duration::from_millis(Limits::default().max_wall_ms) + SLACK;
    let problem = match end {
        AsCpython => {
            let want = normalize(&parse(&std::fs::read_to_string(&expected).expect("recorded .expected")));
            let got = normalize(&ran.records);
            (got != want).then(|| {
                let i = got.iter().zip(&want).take_while(|(a, b)| a == b).count();
                format!("line {}: expected {:?}, got {:?}", i + 1, want.get(i), got.get(i))
            })
        }
        Stopped(phrases) => {
            let last_err = ran.records.iter().rev().find(|r| r.contains(" err")).cloned().unwrap_or_default();
            if expected.exists() {
                Some("a program stopped by a budget has no .expected".into())
            } else if !phrases.iter().any(|p| last_err.contains(p)) {
                Some(format!("last stderr line {last_err:?} names none of {phrases:?}"))
            } else if ran.records.last().map(String::as_str) != Some("exit 1") {
                Some(format!("exit status {:?}", ran.records.last()))
            } else if ran.total > budget {
                Some(format!("stopped after {:?}, over the budget plus slack", ran.total))
            } else if ran.longest_step > budget {
                Some(format!("one step took {:?}: the page would freeze", ran.longest_step))
            } else {
                None
            }
        }
        Refused(message) => (!ran.records.iter().any(|r| r.contains(message)))
            .then(|| format!("no line says {message:?}: {:?}", ran.records.last())),
    };
    problem.or_else(|| {
        let after = run("import asyncio\n\nasync def main():\n    await asyncio.sleep(1)\n    print('next run works')\n\nasyncio.run(main())\n", Limits::default());
        (after.records != ["1.000 out next run works", "exit 0"]).then(|| format!("the next run printed {:?}", after.records))
    })
}

#[test]
fn hostile_programs_end_calmly_and_the_next_run_works() {
    // The stack the command-line runner's main thread has, with room for an unoptimised build.
    let failures = std::thread::Builder::new()
        .stack_size(64 << 20)
        .spawn(|| {
            CASES.iter().filter_map(|(name, end)| check(name, end).map(|p| format!("{name}: {p}"))).collect::<Vec<_>>()
        })
        .expect("spawn")
        .join()
        .expect("no panic");
    assert!(failures.is_empty(), "{} of {} hostile programs misbehave:\n{}", failures.len(), CASES.len(), failures.join("\n"));
}

#[test]
fn the_corpus_is_the_table() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/hostile");
    let mut on_disk: Vec<String> = std::fs::read_dir(&dir)
        .expect("hostile dir")
        .flatten()
        .filter_map(|e| e.file_name().to_str()?.strip_suffix(".py").map(str::to_string))
        .collect();
    on_disk.sort();
    let mut listed: Vec<String> = CASES.iter().map(|(n, _)| n.to_string()).collect();
    listed.sort();
    assert_eq!(on_disk, listed, "every program in tests/fixtures/hostile/ has one row in CASES");
    assert!(listed.len() >= 60);
    for (name, end) in CASES {
        let recorded = dir.join(format!("{name}.expected")).exists();
        assert_eq!(recorded, matches!(end, AsCpython), "{name}: .expected exactly for programs that end as in CPython");
    }
}
