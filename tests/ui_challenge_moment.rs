#![cfg(not(target_arch = "wasm32"))]
//! Finding a check's moment on the timeline: what begins or falls at that time, else what
//! spans it; nothing at a time when nothing happens.

use loopscope::runtime::trace::Trace;
use loopscope::ui::challenge_moment::{hits_at, Item};
use loopscope::ui::timeline::Timeline;

fn timeline(source: &str) -> Timeline {
    let source = source.to_string();
    let trace: Trace = loopscope::cli::run_on_big_stack(move || {
        let mut program = loopscope::python::Program::new(
            &source,
            "main.py",
            Box::new(loopscope::python::interp::NativeVirtualHost::default()),
            loopscope::python::interp::Limits::default(),
        )
        .expect("compiles");
        program.run_to_end();
        let trace = program.trace().clone();
        trace
    });
    Timeline::from_trace(&trace)
}

const PROGRAM: &str = "import asyncio, time\n\
async def slow():\n    await asyncio.sleep(1)\n    print('late')\n\
async def blocker():\n    await asyncio.sleep(2)\n    time.sleep(1)\n\
async def main():\n    await asyncio.gather(slow(), blocker())\n\
asyncio.run(main())\n";

#[test]
fn what_falls_at_the_moment_is_found() {
    let hits = hits_at(&timeline(PROGRAM), 1.0);
    assert!(hits.iter().any(|h| matches!(h.item, Item::Mark(_)) && h.text.contains("prints “late”")), "{hits:?}");
}

#[test]
fn without_anything_at_the_moment_what_spans_it_is_found() {
    let hits = hits_at(&timeline(PROGRAM), 2.5);
    assert!(hits.iter().any(|h| h.text.contains("blocks the loop")), "{hits:?}");
}

#[test]
fn nothing_is_found_after_the_end() {
    assert_eq!(hits_at(&timeline(PROGRAM), 10.0), vec![]);
}
