#![cfg(not(target_arch = "wasm32"))]
//! The waterfall's bars from a trace: one per request, queued from its task's creation to its
//! request, then in flight until its response, ending done, HTTP error, failed, timed out or
//! aborted; unanswered requests grow to "now" while the run goes on and are aborted once it
//! is over. Real programs on the virtual clock give the expected shapes (waves under a
//! semaphore).

use loopscope::python::interp::{Limits, NativeVirtualHost};
use loopscope::python::Program;
use loopscope::runtime::trace::{Event, RequestOutcome};
use loopscope::ui::fetch_lab::{bars, program, requests_end, tally, BarState, LabSettings, Latency, Mode, UrlSet};

fn created(t: f64, task: u32) -> Event {
    Event::TaskCreated { t, task, name: format!("Task-{task}"), coro: "fetch".into() }
}

fn request(t: f64, id: u32, task: Option<u32>) -> Event {
    Event::Request { t, id, task, method: "GET".into(), url: format!("https://lab.invalid/delay?id={id}") }
}

fn response(t: f64, id: u32, outcome: RequestOutcome) -> Event {
    Event::Response { t, id, outcome }
}

#[test]
fn a_bar_is_queued_from_its_task_start_then_in_flight_until_its_response() {
    let events = [created(0.0, 2), request(0.2, 1, Some(2)), response(0.3, 1, RequestOutcome::Status(200))];
    let bar = &bars(&events, 0.3, true)[0];
    assert_eq!((bar.id, bar.queued_from, bar.start, bar.end), (1, 0.0, 0.2, 0.3));
    assert_eq!(bar.state, BarState::Done(200));
    assert_eq!(bar.url, "https://lab.invalid/delay?id=1");
}

#[test]
fn each_outcome_has_its_state_key_and_label() {
    let events = [
        request(0.0, 1, None),
        request(0.0, 2, None),
        request(0.0, 3, None),
        request(0.0, 4, None),
        request(0.0, 5, None),
        response(0.1, 1, RequestOutcome::Status(503)),
        response(0.1, 2, RequestOutcome::Failed("refused".into())),
        response(0.1, 3, RequestOutcome::TimedOut),
        response(0.1, 4, RequestOutcome::Aborted),
    ];
    let got: Vec<(&str, String)> = bars(&events, 0.2, false).iter().map(|b| (b.state.key(), b.state.label())).collect();
    let want = [("http-error", "HTTP 503"), ("failed", "failed"), ("timed-out", "timed out"), ("aborted", "aborted"), ("in-flight", "in flight")];
    assert_eq!(got, want.map(|(k, l)| (k, l.to_string())));
}

#[test]
fn unanswered_requests_grow_to_now_and_are_aborted_when_the_run_is_over() {
    let events = [request(0.1, 1, None)];
    let live = &bars(&events, 0.25, false)[0];
    assert_eq!((live.end, &live.state), (0.25, &BarState::InFlight));
    let stopped = &bars(&events, 0.4, true)[0];
    assert_eq!((stopped.end, &stopped.state), (0.4, &BarState::Aborted));
    assert_eq!(requests_end(&events), None);
}

#[test]
fn a_second_response_for_the_same_request_changes_nothing() {
    let events = [request(0.0, 1, None), response(0.1, 1, RequestOutcome::TimedOut), response(0.2, 1, RequestOutcome::Aborted)];
    let bar = &bars(&events, 0.2, true)[0];
    assert_eq!((bar.end, &bar.state), (0.1, &BarState::TimedOut));
}

#[test]
fn the_tally_counts_states_in_a_fixed_order() {
    let events = [
        request(0.0, 1, None),
        request(0.0, 2, None),
        request(0.0, 3, None),
        response(0.1, 2, RequestOutcome::TimedOut),
        response(0.1, 3, RequestOutcome::Status(200)),
    ];
    let counts: Vec<(&str, String, usize)> = tally(&bars(&events, 0.1, false));
    assert_eq!(counts, [("in-flight", "in flight".into(), 1), ("done", "done".into(), 1), ("timed-out", "timed out".into(), 1)]);
}

/// The bars of the lab's program for `mode` over `count` fixed 100 ms requests.
fn run(mode: Mode, count: u32, timeout_s: Option<f64>) -> (Vec<loopscope::ui::fetch_lab::Bar>, f64) {
    let urls = UrlSet::Builtin { latency: Latency::Fixed100, fail_rate: 0.0 };
    let code = program(&LabSettings { urls, count, mode, timeout_s, rate_per_s: None });
    let mut p = Program::new(&code, "main.py", Box::new(NativeVirtualHost::default()), Limits::default()).expect("compiles");
    p.run_to_end();
    let events = p.trace().events.clone();
    let end = requests_end(&events).expect("requests ended");
    (bars(&events, end, true), end)
}

#[test]
fn a_semaphore_of_five_starts_twenty_requests_in_four_waves() {
    let (bars, end) = run(Mode::Semaphore(5), 20, None);
    let starts: Vec<f64> = bars.iter().map(|b| (b.start * 1000.0).round() / 1000.0).collect();
    assert_eq!(starts, [0.0, 0.1, 0.2, 0.3].iter().flat_map(|&t| [t; 5]).collect::<Vec<_>>());
    assert!(bars.iter().all(|b| b.queued_from == 0.0 && b.state == BarState::Done(200)));
    assert!((end - 0.4).abs() < 1e-9);
}

#[test]
fn gather_is_one_wave_and_sequential_one_request_at_a_time() {
    let (gathered, gather_end) = run(Mode::Gather, 100, None);
    assert!(gathered.iter().all(|b| b.start == 0.0));
    let (sequential, sequential_end) = run(Mode::Sequential, 100, None);
    assert!(sequential.windows(2).all(|w| (w[1].start - w[0].end).abs() < 1e-9));
    assert!((gather_end - 0.1).abs() < 1e-9 && (sequential_end - 10.0).abs() < 1e-6);
}

#[test]
fn a_timeout_under_plain_gather_times_one_request_out_and_aborts_the_rest_at_exit() {
    let (bars, _) = run(Mode::Gather, 3, Some(0.05));
    let states: Vec<&str> = bars.iter().map(|b| b.state.key()).collect();
    assert_eq!(states[0], "timed-out");
    assert!(states.iter().all(|s| *s == "timed-out" || *s == "aborted"), "{states:?}");
}
