#![cfg(not(target_arch = "wasm32"))]
//! The scratchpad's reducer: editing checks syntax at once, a run starts only from a program
//! that parses, a new run forgets the old one, and news from stale or stopped runs is ignored.

use loopscope::python::ast::Span;
use loopscope::python::error::CompileError;
use loopscope::runtime::trace::{Event, Stream};
use loopscope::ui::scratchpad::{Action, RunEnd, RunStatus, Scratchpad};
use loopscope::ui::speed::Speed;

fn line(t: f64, text: &str) -> Event {
    Event::Output { t, stream: Stream::Out, text: text.into(), partial: false }
}

fn ended() -> RunEnd {
    RunEnd { exit_code: 0, stopped: None, hidden: false }
}

fn started(source: &str) -> Scratchpad {
    let mut pad = Scratchpad::new(source);
    pad.apply(Action::Start);
    pad
}

#[test]
fn the_example_program_parses_and_nothing_runs_yet() {
    let pad = Scratchpad::default();
    assert_eq!(pad.error, None);
    assert_eq!(pad.status, RunStatus::Idle);
    assert_eq!(pad.active_run(), None);
    assert_eq!(pad.speed, Speed::Full);
}

#[test]
fn an_edit_with_a_syntax_error_reports_its_line_and_column() {
    let mut pad = Scratchpad::new("print(1)\n");
    pad.apply(Action::Edit("print(1)\nx = (2 +\n".into()));
    let error = pad.error.clone().expect("a syntax error");
    assert_eq!(error.span.line, 2);
    assert!(error.span.col >= 1);
    pad.apply(Action::Edit("print(1)\nx = (2 + 3)\n".into()));
    assert_eq!(pad.error, None);
}

#[test]
fn a_program_with_a_syntax_error_does_not_start() {
    let mut pad = Scratchpad::new("def f(:\n");
    pad.apply(Action::Start);
    assert_eq!(pad.status, RunStatus::Idle);
    assert_eq!(pad.run, 0);
}

#[test]
fn progress_appends_events_and_finishing_keeps_them() {
    let mut pad = started("print('a')\n");
    assert_eq!(pad.active_run(), Some(1));
    pad.apply(Action::Progress { run: 1, events: vec![line(0.0, "a")] });
    pad.apply(Action::Progress { run: 1, events: vec![line(0.5, "b")] });
    pad.apply(Action::Finished { run: 1, end: ended() });
    let texts: Vec<&str> = pad.trace.output().map(|(_, _, text)| text).collect();
    assert_eq!(texts, ["a", "b"]);
    assert_eq!(pad.status, RunStatus::Finished(ended()));
    assert_eq!(pad.active_run(), None);
}

#[test]
fn a_new_run_clears_the_old_trace_and_ignores_the_old_runs_news() {
    let mut pad = started("print('a')\n");
    pad.apply(Action::Progress { run: 1, events: vec![line(0.0, "old")] });
    pad.apply(Action::Start);
    assert_eq!(pad.active_run(), Some(2));
    assert!(pad.trace.events.is_empty());
    pad.apply(Action::Progress { run: 1, events: vec![line(0.1, "stale")] });
    pad.apply(Action::Finished { run: 1, end: ended() });
    assert!(pad.trace.events.is_empty());
    assert_eq!(pad.status, RunStatus::Running);
}

#[test]
fn stop_ends_the_run_and_later_news_from_it_is_ignored() {
    let mut pad = started("print('a')\n");
    pad.apply(Action::Stop);
    assert_eq!(pad.status, RunStatus::Stopped);
    assert_eq!(pad.active_run(), None);
    pad.apply(Action::Progress { run: 1, events: vec![line(0.1, "late")] });
    pad.apply(Action::Finished { run: 1, end: ended() });
    assert_eq!(pad.status, RunStatus::Stopped);
    assert!(pad.trace.events.is_empty());
}

#[test]
fn stop_without_a_run_changes_nothing() {
    let mut pad = Scratchpad::default();
    let before = pad.clone();
    pad.apply(Action::Stop);
    assert_eq!(pad, before);
}

#[test]
fn a_compile_error_found_at_start_is_shown_and_blocks_runs_until_the_next_edit() {
    let mut pad = started("print('a')\n");
    let error = CompileError::syntax("'await' outside function", Span::new(1, 1));
    pad.apply(Action::Rejected { run: 1, error: error.clone() });
    assert_eq!(pad.status, RunStatus::Idle);
    assert_eq!(pad.error, Some(error));
    pad.apply(Action::Start);
    assert_eq!(pad.run, 1, "no run starts while the error stands");
    pad.apply(Action::Edit("print('b')\n".into()));
    pad.apply(Action::Start);
    assert_eq!(pad.active_run(), Some(2));
}

#[test]
fn the_speed_is_kept_across_runs() {
    let mut pad = Scratchpad::default();
    pad.apply(Action::SetSpeed(Speed::Quarter));
    pad.apply(Action::Start);
    assert_eq!(pad.speed, Speed::Quarter);
    assert_eq!(pad.speed.scale(), 0.25);
}
