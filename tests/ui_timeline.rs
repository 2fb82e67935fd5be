#![cfg(not(target_arch = "wasm32"))]
//! The timeline's model: one lane per task in creation order, each print on the lane of the
//! task that printed it, waits labelled with what they wait on, module code and blocking
//! calls on their own lane, and a trace cut short leaves its segments open.

use loopscope::python::interp::{Limits, NativeVirtualHost};
use loopscope::python::Program;
use loopscope::runtime::trace::{Event, TaskEnd, Trace};
use loopscope::ui::scratchpad::EXAMPLE;
use loopscope::ui::timeline::{Activity, LaneKind, MarkKind, Timeline};

fn trace_of(source: &str) -> Trace {
    let host = Box::new(NativeVirtualHost::default());
    let mut program = Program::new(source, "main.py", host, Limits::default()).expect("compiles");
    program.run_to_end();
    let trace = program.trace().clone();
    trace
}

fn prints(timeline: &Timeline, lane: usize) -> Vec<(f64, String)> {
    timeline.lanes[lane]
        .marks
        .iter()
        .filter_map(|m| match &m.kind {
            MarkKind::Print { text, .. } => Some((m.t, text.clone())),
            _ => None,
        })
        .collect()
}

#[test]
fn the_example_has_one_lane_per_task_in_creation_order() {
    let timeline = Timeline::from_trace(&trace_of(EXAMPLE));
    let titles: Vec<String> = timeline.lanes.iter().map(|lane| lane.title()).collect();
    assert_eq!(titles, ["Task-1 · main()", "Task-2 · brew()", "Task-3 · brew()"]);
    assert_eq!(timeline.lanes[0].kind, LaneKind::Task(1));
    assert!((timeline.end - 0.3).abs() < 1e-9);
}

#[test]
fn each_print_lands_on_the_lane_of_the_task_that_printed_it() {
    let timeline = Timeline::from_trace(&trace_of(EXAMPLE));
    assert_eq!(prints(&timeline, 1), [(0.0, "start tea".into()), (0.3, "tea ready".into())]);
    assert_eq!(prints(&timeline, 2), [(0.0, "start coffee".into()), (0.2, "coffee ready".into())]);
    assert_eq!(prints(&timeline, 0), [(0.3, "served: ['tea', 'coffee']".into())]);
}

#[test]
fn waits_are_labelled_with_what_they_wait_on_and_tasks_end_with_their_result() {
    let timeline = Timeline::from_trace(&trace_of(EXAMPLE));
    let tea = &timeline.lanes[1];
    let activities: Vec<&Activity> = tea.segments.iter().map(|s| &s.activity).collect();
    assert_eq!(
        activities,
        [&Activity::Scheduled, &Activity::Running, &Activity::Waiting("sleep(0.3)".into()), &Activity::Running]
    );
    let wait = &tea.segments[2];
    assert_eq!((wait.from, wait.to, wait.open), (0.0, 0.3, false));
    let end = tea.marks.last().expect("an end mark");
    assert_eq!(end.kind, MarkKind::End(TaskEnd::Returned("'tea'".into())));
    assert_eq!(timeline.lanes[0].segments[2].activity, Activity::Waiting("gather".into()));
}

#[test]
fn a_lane_describes_itself_in_the_order_things_happened() {
    let timeline = Timeline::from_trace(&trace_of(EXAMPLE));
    assert_eq!(
        timeline.lanes[2].describe(),
        [
            "waits for its first turn at 0.000 s",
            "runs at 0.000 s",
            "prints “start coffee” at 0.000 s",
            "waits on sleep(0.2) from 0.000 s to 0.200 s",
            "runs at 0.200 s",
            "prints “coffee ready” at 0.200 s",
            "returns 'coffee' at 0.200 s",
        ]
    );
}

#[test]
fn module_code_and_blocking_calls_get_their_own_lane() {
    let source = "import asyncio, time\nprint('before')\ntime.sleep(0.5)\n\
                  async def main():\n    time.sleep(0.25)\nasyncio.run(main())\nprint('after')\n";
    let timeline = Timeline::from_trace(&trace_of(source));
    let module = &timeline.lanes[0];
    assert_eq!(module.kind, LaneKind::Module);
    assert_eq!(prints(&timeline, 0), [(0.0, "before".into()), (0.75, "after".into())]);
    assert_eq!(module.segments[0].activity, Activity::Blocked("time.sleep(0.5)".into()));
    let main = &timeline.lanes[1];
    let blocked = main.segments.iter().find(|s| matches!(s.activity, Activity::Blocked(_))).expect("blocked");
    assert_eq!((blocked.from, blocked.to), (0.5, 0.75));
    assert!((timeline.end - 0.75).abs() < 1e-9);
}

#[test]
fn a_trace_cut_short_leaves_the_waits_open_until_its_last_moment() {
    let trace = trace_of(EXAMPLE);
    let cut = trace
        .events
        .iter()
        .position(|e| matches!(e, Event::Output { text, .. } if text == "coffee ready"))
        .expect("coffee is ready at some point");
    let partial = Trace { events: trace.events[..=cut].to_vec() };
    let timeline = Timeline::from_trace(&partial);
    let tea_wait = &timeline.lanes[1].segments[2];
    assert_eq!(tea_wait.activity, Activity::Waiting("sleep(0.3)".into()));
    assert!(tea_wait.open);
    assert!((tea_wait.to - 0.2).abs() < 1e-9);
    assert!(tea_wait.describe().ends_with("(still going)"));
}

#[test]
fn an_empty_trace_has_no_lanes() {
    let timeline = Timeline::from_trace(&Trace::default());
    assert!(timeline.lanes.is_empty());
    assert_eq!(timeline.end, 0.0);
}
