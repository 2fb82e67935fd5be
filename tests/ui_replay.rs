#![cfg(not(target_arch = "wasm32"))]
//! Replaying a run: the trace at a moment holds what had happened by then (blocking calls cut
//! off there), and the playhead plays lesson time at 1×, faster only for long runs.

use loopscope::runtime::trace::{Event, Stream, Trace};
use loopscope::ui::replay::{end_of, trace_until, Replay, LONGEST_REPLAY_S};

fn trace() -> Trace {
    let out = |t: f64, text: &str| Event::Output { t, stream: Stream::Out, text: text.into(), partial: false };
    Trace {
        events: vec![
            out(0.0, "start"),
            Event::Blocked { t: 0.5, until: 1.5, task: 0, reason: "time.sleep(1)".into() },
            out(1.5, "after the block"),
            out(2.0, "end"),
        ],
    }
}

#[test]
fn the_trace_at_a_moment_has_only_what_had_happened() {
    let at = trace_until(&trace(), 1.0);
    assert_eq!(at.events.len(), 2);
    assert_eq!(at.events[1], Event::Blocked { t: 0.5, until: 1.0, task: 0, reason: "time.sleep(1)".into() });
    assert_eq!(trace_until(&trace(), 2.0), trace());
    assert!(trace_until(&trace(), -1.0).events.is_empty());
}

#[test]
fn a_run_ends_at_its_latest_moment() {
    assert_eq!(end_of(&trace()), 2.0);
    let blocked_last = Trace { events: vec![Event::Blocked { t: 0.0, until: 3.0, task: 0, reason: "x".into() }] };
    assert_eq!(end_of(&blocked_last), 3.0);
    assert_eq!(end_of(&Trace::default()), 0.0);
}

#[test]
fn short_runs_replay_at_lesson_speed_and_long_ones_within_the_limit() {
    let short = Replay { end: 2.0 };
    assert_eq!(short.pace(), 1.0);
    assert_eq!(short.playhead(0.5), Some(0.5));
    assert_eq!(short.playhead(2.5), None);
    let long = Replay { end: 60.0 };
    assert_eq!(long.playhead(LONGEST_REPLAY_S), Some(60.0));
    assert_eq!(long.playhead(LONGEST_REPLAY_S + 0.1), None);
}
