#![cfg(not(target_arch = "wasm32"))]
//! Reading a run: the traceback of an uncaught exception is cut off and summarised by its
//! type; traces become lines with times and an end.

mod grading_support;

use grading_support::out;
use loopscope::grading::{Line, Run};
use loopscope::runtime::trace::{Event, Stream, Trace};

fn err(t: f64, text: &str) -> Line {
    Line { t, stream: Stream::Err, text: text.to_string(), partial: false }
}

fn errs(t: f64, text: &str) -> Vec<Line> {
    text.lines().map(|l| err(t, l)).collect()
}

const PLAIN: &str = "Traceback (most recent call last):
  File \"main.py\", line 24, in <module>
    asyncio.run(main())
  File \"main.py\", line 13, in migrate
    raise KeyError(table)
KeyError: 'invoices'";

const CHAINED: &str = "Traceback (most recent call last):
  File \"main.py\", line 2, in <module>
    {}['a']
KeyError: 'a'

During handling of the above exception, another exception occurred:

Traceback (most recent call last):
  File \"main.py\", line 4, in <module>
    raise RuntimeError(\"boom\")
RuntimeError: boom";

const GROUP: &str = "  + Exception Group Traceback (most recent call last):
  |   File \"main.py\", line 6, in <module>
  |     asyncio.run(main())
  | ExceptionGroup: unhandled errors in a TaskGroup (1 sub-exception)
  +-+---------------- 1 ----------------
    | Traceback (most recent call last):
    |   File \"main.py\", line 2, in bad
    | ValueError: x
    +------------------------------------";

const CANCELLED: &str = "Traceback (most recent call last):
  File \"main.py\", line 5, in <module>
    asyncio.run(m())
asyncio.exceptions.CancelledError";

/// `(traceback text, exception type, exception line)`.
const TRACEBACKS: &[(&str, &str, &str)] = &[
    (PLAIN, "KeyError", "KeyError: 'invoices'"),
    (CHAINED, "RuntimeError", "RuntimeError: boom"),
    (GROUP, "ExceptionGroup", "ExceptionGroup: unhandled errors in a TaskGroup (1 sub-exception)"),
    (CANCELLED, "asyncio.exceptions.CancelledError", "asyncio.exceptions.CancelledError"),
];

#[test]
fn the_final_traceback_is_cut_off_and_named() {
    for &(traceback, name, line) in TRACEBACKS {
        let mut lines = vec![out(0.0, "start"), err(0.5, "a warning")];
        lines.extend(errs(1.0, traceback));
        let run = Run::new(lines, 1, None);
        let texts: Vec<&str> = run.lines.iter().map(|l| l.text.as_str()).collect();
        assert_eq!(texts, ["start", "a warning"], "{name}");
        let exception = run.exception.expect("an exception");
        assert_eq!((exception.name.as_str(), exception.line.as_str()), (name, line));
        assert_eq!(run.end, 1.0, "the run ends when the traceback is written");
    }
}

#[test]
fn a_clean_exit_keeps_traceback_lines_as_output() {
    let run = Run::new(errs(1.0, PLAIN), 0, None);
    assert_eq!((run.lines.len(), run.exception), (6, None));
}

#[test]
fn a_failing_exit_without_traceback_has_no_exception() {
    let run = Run::new(vec![out(0.0, "bye"), err(0.0, "fatal: no config")], 1, None);
    assert_eq!((run.lines.len(), run.exception), (2, None));
}

#[test]
fn a_traceback_followed_by_stdout_is_not_the_ending_one() {
    let mut lines = errs(0.5, PLAIN);
    lines.push(out(1.0, "still running"));
    let run = Run::new(lines, 1, None);
    assert_eq!((run.lines.len(), run.exception), (7, None));
}

#[test]
fn a_trace_becomes_lines_split_at_newlines_ending_at_its_last_event() {
    let mut trace = Trace::default();
    trace.push(Event::Output { t: 0.0, stream: Stream::Out, text: "one\ntwo".into(), partial: false });
    trace.push(Event::Blocked { t: 0.5, until: 1.5, task: 1, reason: "time.sleep(1)".into() });
    trace.push(Event::Output { t: 1.5, stream: Stream::Err, text: "tail".into(), partial: true });
    trace.push(Event::TaskDone { t: 2.0, task: 1, end: loopscope::runtime::trace::TaskEnd::Returned("None".into()) });
    let run = Run::from_trace(&trace, 0);
    let lines: Vec<(f64, &str, bool)> = run.lines.iter().map(|l| (l.t, l.text.as_str(), l.partial)).collect();
    assert_eq!(lines, [(0.0, "one", false), (0.0, "two", false), (1.5, "tail", true)]);
    assert_eq!(run.end, 2.0);
}

#[test]
fn a_blocking_call_still_running_sets_the_end() {
    let mut trace = Trace::default();
    trace.push(Event::Worker { t: 0.0, until: 3.0, worker: 0, call: "resize".into() });
    assert_eq!(Run::from_trace(&trace, 0).end, 3.0);
    assert_eq!(Run::from_trace(&Trace::default(), 0).end, 0.0);
}
