#![cfg(not(target_arch = "wasm32"))]
//! The timeline's axis: round steps of 1, 2 or 5 times a power of ten, a span that covers the
//! run, labels with just enough decimals, and positions clamped to the drawing.

use loopscope::ui::timeline_axis::Axis;

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() < 1e-9
}

#[test]
fn steps_are_round_and_the_span_covers_the_run() {
    for (end, step, span) in [(0.3, 0.05, 0.3), (1.5, 0.2, 1.6), (2.0, 0.5, 2.0), (7.0, 1.0, 7.0), (12.0, 2.0, 12.0)] {
        let axis = Axis::new(end, 8);
        assert!(close(axis.step, step), "end {end}: step {} not {step}", axis.step);
        assert!(close(axis.span, span), "end {end}: span {} not {span}", axis.span);
        assert!(axis.ticks().len() <= 9);
    }
}

#[test]
fn a_run_where_no_time_passes_still_gets_an_axis() {
    let axis = Axis::new(0.0, 6);
    assert!(axis.span > 0.0);
    assert_eq!(axis.ticks().first(), Some(&0.0));
    let axis = Axis::new(f64::NAN, 6);
    assert!(axis.span > 0.0);
}

#[test]
fn labels_carry_the_decimals_the_step_needs() {
    assert_eq!(Axis::new(0.3, 8).label(0.15), "0.15 s");
    assert_eq!(Axis::new(1.5, 8).label(0.4), "0.4 s");
    assert_eq!(Axis::new(7.0, 8).label(3.0), "3 s");
}

#[test]
fn positions_map_linearly_and_stay_inside_the_drawing() {
    let axis = Axis::new(2.0, 4);
    assert!(close(axis.x(1.0, 10.0, 110.0), 60.0));
    assert!(close(axis.x(5.0, 10.0, 110.0), 110.0));
    assert!(close(axis.x(-1.0, 10.0, 110.0), 10.0));
}
